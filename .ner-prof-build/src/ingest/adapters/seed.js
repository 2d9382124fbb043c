import { buildDocument, idFromName } from '../build-document.js';
/**
 * The seed's format: an optional leading space, `date YYYY-MM-DD`, then the article text, on the
 * same line or the next ones.
 */
const DATE_LINE = /^\s*date[ \t]+(\S+)[ \t]*\n?/u;
export const seedAdapter = {
    name: 'seed',
    accepts: (_name, head) => /^date[ \t]+\d/u.test(head),
    *read({ name, origin, text, url }) {
        const clean = text.replace(/^\uFEFF/u, '');
        const m = DATE_LINE.exec(clean);
        yield buildDocument({ text: m ? clean.slice(m[0].length) : clean, date: m?.[1] ?? null, url: url ?? null }, { origin, fallbackId: idFromName(name), dates: 'iso' });
    },
};
//# sourceMappingURL=seed.js.map
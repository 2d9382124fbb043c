import { buildDocument, idFromName } from '../build-document.js';
/** Plain text: the whole input is the article, with no date (a dateline may still give one). */
export const textAdapter = {
    name: 'text',
    accepts: () => true,
    *read({ name, origin, text, url }) {
        yield buildDocument({ text, url: url ?? null }, { origin, fallbackId: idFromName(name), dates: 'iso' });
    },
};
//# sourceMappingURL=text.js.map
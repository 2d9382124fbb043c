import { z } from 'zod';
import { problem } from '../../core/errors.js';
import { buildDocument } from '../build-document.js';
/** The JSON article of OUTPUT.md: `{id,url,source,title,date,text}`; other fields are ignored. */
export const JsonArticle = z.object({
    id: z.union([z.string(), z.number()]).nullish(),
    url: z.string().nullish(),
    source: z.string().nullish(),
    title: z.string().nullish(),
    date: z.string().nullish(),
    text: z.string(),
});
/** Checks one parsed JSON value against the article shape and builds the document. */
export function documentFromJson(value, ctx) {
    const parsed = JsonArticle.safeParse(value);
    if (!parsed.success) {
        const detail = parsed.error.issues
            .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
            .join('; ');
        return { kind: 'problem', problem: problem('INPUT_JSON_SHAPE', `expected {id?,url?,source?,title?,date?,text}, got ${detail}`, location(ctx)) };
    }
    const a = parsed.data;
    return buildDocument({ id: a.id === null || a.id === undefined ? null : String(a.id), text: a.text, date: a.date, url: a.url, source: a.source, title: a.title }, ctx);
}
const location = (ctx) => ({ path: ctx.path ?? ctx.origin, ...(ctx.line !== undefined ? { line: ctx.line } : {}) });
/** The 1-based line of a JSON.parse error, from the position its message gives. */
export function jsonErrorLine(text, error) {
    const message = error instanceof Error ? error.message : String(error);
    const lineCol = /line (\d+) column/u.exec(message);
    if (lineCol)
        return Number(lineCol[1]);
    const position = /position (\d+)/u.exec(message);
    if (position)
        return text.slice(0, Number(position[1])).split('\n').length;
    // A truncated document: the error is where the text stops.
    if (/end of (?:JSON )?input/iu.test(message))
        return text.trimEnd().split('\n').length;
    return undefined;
}
//# sourceMappingURL=json-record.js.map
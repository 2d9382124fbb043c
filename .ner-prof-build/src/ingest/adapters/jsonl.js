import { problem } from '../../core/errors.js';
import { idFromName } from '../build-document.js';
import { extensionOf } from './extension.js';
import { documentFromJson } from './json-record.js';
export const isJsonlName = (name) => ['jsonl', 'ndjson'].includes(extensionOf(name));
/**
 * One JSONL line -> a document or a problem. A broken line is a problem with its line number;
 * the other lines still yield their documents. An object without an id takes "<file>-<line>".
 */
export function jsonlLine(line, lineNo, name, origin) {
    let value;
    try {
        value = JSON.parse(line);
    }
    catch (e) {
        return { kind: 'problem', problem: problem('INPUT_JSON_INVALID', e.message, { path: origin, line: lineNo }) };
    }
    const base = idFromName(name);
    return documentFromJson(value, { origin, line: lineNo, fallbackId: base ? `${base}-${lineNo}` : undefined, dates: 'iso' });
}
const emptyFile = (origin) => ({ kind: 'problem', problem: problem('INPUT_EMPTY', 'the JSONL file has no lines', { path: origin }) });
/** JSON Lines held in memory (standard input, a URL, a test). Files are streamed by readJsonlFile. */
export const jsonlAdapter = {
    name: 'jsonl',
    accepts: (name) => isJsonlName(name),
    *read({ name, origin, text }) {
        const lines = text.replace(/^\uFEFF/u, '').split(/\r?\n/u);
        let any = false;
        for (const [i, line] of lines.entries()) {
            if (line.trim() === '')
                continue;
            any = true;
            yield jsonlLine(line, i + 1, name, origin);
        }
        if (!any)
            yield emptyFile(origin);
    },
};
/**
 * A JSONL file streamed a line at a time, so a corpus of a million articles in one file is
 * neither held in memory nor refused by the file size cap: the cap applies to each line.
 * Each line is decoded strictly as UTF-8; an invalid line is INPUT_ENCODING with its number.
 */
export async function* readJsonlStream(chunks, name, origin, maxLineBytes) {
    const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
    let pending = new Uint8Array(0);
    let lineNo = 0;
    let any = false;
    let skipping = false; // inside a line already reported as too long
    const lineResult = (bytes) => {
        lineNo++;
        let line;
        try {
            line = decoder.decode(bytes);
        }
        catch {
            any = true;
            return { kind: 'problem', problem: problem('INPUT_ENCODING', 'expected UTF-8, got an invalid byte sequence', { path: origin, line: lineNo }) };
        }
        if (line.trim() === '')
            return null;
        any = true;
        return jsonlLine(line.replace(/^\uFEFF/u, ''), lineNo, name, origin);
    };
    try {
        yield* lines();
    }
    catch (e) {
        yield { kind: 'problem', problem: problem('INPUT_UNREADABLE', e.message, { path: origin, line: lineNo + 1 }) };
        return;
    }
    if (!skipping && pending.length) {
        const r = lineResult(pending);
        if (r)
            yield r;
    }
    if (!any)
        yield emptyFile(origin);
    async function* lines() {
        for await (const chunk of chunks) {
            let data = pending.length ? concat(pending, chunk) : chunk;
            let from = 0;
            for (let nl = data.indexOf(0x0a, from); nl >= 0; nl = data.indexOf(0x0a, from)) {
                if (skipping) {
                    skipping = false;
                }
                else {
                    const r = lineResult(data.subarray(from, nl));
                    if (r)
                        yield r;
                }
                from = nl + 1;
            }
            data = data.subarray(from);
            if (!skipping && data.length > maxLineBytes) {
                lineNo++;
                any = true;
                skipping = true;
                yield { kind: 'problem', problem: problem('INPUT_TOO_LARGE', `a line longer than ${maxLineBytes} bytes`, { path: origin, line: lineNo }) };
            }
            pending = skipping ? new Uint8Array(0) : data.slice();
        }
    }
}
function concat(a, b) {
    const out = new Uint8Array(a.length + b.length);
    out.set(a, 0);
    out.set(b, a.length);
    return out;
}
//# sourceMappingURL=jsonl.js.map
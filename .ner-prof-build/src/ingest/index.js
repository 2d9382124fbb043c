/**
 * Ingest: inputs (files, directories, standard input, URLs) -> SourceDocuments, one at a time.
 *
 * @example
 * for await (const r of readInputs(['examples/'])) {
 *   if (r.kind === 'document') console.log(r.doc.id, r.doc.date);
 *   else console.error(r.problem.code, r.problem.path, r.problem.line);
 * }
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { problem } from '../core/errors.js';
import { extensionOf, UNSUPPORTED_EXTENSIONS } from './adapters/extension.js';
import { chooseAdapter } from './adapters/index.js';
import { isJsonlName, readJsonlStream } from './adapters/jsonl.js';
import { binaryReason, decodeBytes, utf16Encoding } from './decode.js';
import { DEFAULT_FETCH_TIMEOUT_MS, DEFAULT_MAX_BYTES, defaultSkipFile, extensionForContentType, fetchBytes, readFileBytes, readHead, readStreamBytes, walkDirectory, } from './sources.js';
export { normalizeText } from './normalize.js';
export { buildDocument } from './build-document.js';
export { ADAPTERS, chooseAdapter } from './adapters/index.js';
export { detectAttribution, detectDateline } from './metadata/detect.js';
export { ATTRIBUTION_RULES, DATELINE_RULES } from './metadata/dateline-rules.js';
const isUrl = (s) => /^https?:\/\//iu.test(s);
/**
 * Reads documents from text already in memory, choosing the format from the name and the
 * text (seed format, plain text, JSON, JSONL, HTML, feed). For tests and the library API.
 *
 * @example
 * readDocumentFromText('seed.txt', ' date 2024-06-13 ASTANA. KAZINFORM – ...')
 */
export function readDocumentFromText(name, text, origin = name) {
    return [...chooseAdapter(name, text).read({ name, origin, text })];
}
/**
 * Streams documents, or coded problems, from files, directories (recursively, sorted, hidden
 * files and `*.gold.json` skipped), "-" (standard input) and http(s) URLs. Never throws for a bad
 * input: it yields `{kind: 'problem'}` with the path (and line) and goes on.
 */
export async function* readInputs(inputs, options = {}) {
    const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
    const skipFile = options.skipFile ?? defaultSkipFile;
    for (const input of inputs) {
        if (input === '-') {
            const read = await readStreamBytes((options.stdin ?? process.stdin), maxBytes, '-');
            yield* fromBytes(read, '', '-');
        }
        else if (isUrl(input)) {
            yield* readUrl(input, options.fetchTimeoutMs ?? DEFAULT_FETCH_TIMEOUT_MS, maxBytes);
        }
        else {
            let isDirectory;
            try {
                isDirectory = (await stat(input)).isDirectory();
            }
            catch (e) {
                const code = e.code === 'ENOENT' ? 'INPUT_NOT_FOUND' : 'INPUT_UNREADABLE';
                yield { kind: 'problem', problem: problem(code, e.message, { path: input }) };
                continue;
            }
            if (!isDirectory) {
                yield* readFile(input, maxBytes);
                continue;
            }
            for await (const entry of walkDirectory(input, skipFile)) {
                if ('problem' in entry)
                    yield { kind: 'problem', problem: entry.problem };
                else
                    yield* readFile(entry.path, maxBytes);
            }
        }
    }
}
async function* readUrl(url, timeoutMs, maxBytes) {
    const fetched = await fetchBytes(url, timeoutMs, maxBytes);
    if (!fetched.ok) {
        yield { kind: 'problem', problem: fetched.problem };
        return;
    }
    const path = new URL(fetched.url).pathname;
    const file = basename(path);
    const name = extensionOf(file) ? file : `${file}${extensionForContentType(fetched.contentType)}`;
    const decoded = decodeBytes(fetched.bytes, url);
    if (!decoded.ok) {
        yield { kind: 'problem', problem: decoded.problem };
        return;
    }
    yield* chooseAdapter(name, decoded.text).read({ name, origin: url, text: decoded.text, url: fetched.url });
}
/** One file: JSONL streamed a line at a time (unless UTF-16 or binary), any other format read whole. */
async function* readFile(path, maxBytes) {
    const name = basename(path);
    const extension = extensionOf(name);
    if (UNSUPPORTED_EXTENSIONS.has(extension)) {
        const detail = `expected text, seed format, JSON, JSONL, HTML or an RSS/Atom feed, got a .${extension} file`;
        yield { kind: 'problem', problem: problem('INPUT_UNSUPPORTED', detail, { path }) };
        return;
    }
    if (isJsonlName(name)) {
        const head = await readHead(path);
        if (head && head.length > 0 && !utf16Encoding(head) && !binaryReason(head)) {
            yield* readJsonlStream(createReadStream(path, { highWaterMark: 1 << 16 }), name, path, maxBytes);
            return;
        }
    }
    yield* fromBytes(await readFileBytes(path, maxBytes), name, path);
}
function* fromBytes(read, name, origin) {
    if (!read.ok) {
        yield { kind: 'problem', problem: read.problem };
        return;
    }
    const decoded = decodeBytes(read.bytes, origin);
    if (!decoded.ok) {
        yield { kind: 'problem', problem: decoded.problem };
        return;
    }
    yield* chooseAdapter(name, decoded.text).read({ name, origin, text: decoded.text });
}
//# sourceMappingURL=index.js.map
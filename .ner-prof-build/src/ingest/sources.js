import { open, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { problem } from '../core/errors.js';
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
export const DEFAULT_FETCH_TIMEOUT_MS = 15_000;
/** Files a directory walk leaves out: hidden files, gold annotations, documentation. */
export const defaultSkipFile = (name) => name.startsWith('.') || name.endsWith('.gold.json') || /\.md$/iu.test(name);
/**
 * The files under a directory, depth first, each directory's entries in code-point order so
 * that every run reads them in the same order. One directory listing is held at a time, never
 * the files' contents.
 */
export async function* walkDirectory(dir, skipFile) {
    let entries;
    try {
        entries = await readdir(dir, { withFileTypes: true });
    }
    catch (e) {
        yield { problem: problem('INPUT_UNREADABLE', `cannot list the directory: ${e.message}`, { path: dir }) };
        return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
        const path = join(dir, entry.name);
        if (entry.name.startsWith('.'))
            continue;
        if (entry.isDirectory())
            yield* walkDirectory(path, skipFile);
        else if (!skipFile(entry.name))
            yield { path };
    }
}
/** Reads a file whole, refusing one larger than the cap before reading it. */
export async function readFileBytes(path, maxBytes) {
    try {
        const info = await stat(path);
        if (info.size > maxBytes)
            return { ok: false, problem: problem('INPUT_TOO_LARGE', `${info.size} bytes, the cap is ${maxBytes}`, { path }) };
        const handle = await open(path, 'r');
        try {
            return { ok: true, bytes: new Uint8Array(await handle.readFile()) };
        }
        finally {
            await handle.close();
        }
    }
    catch (e) {
        const code = e.code === 'ENOENT' ? 'INPUT_NOT_FOUND' : 'INPUT_UNREADABLE';
        return { ok: false, problem: problem(code, e.message, { path }) };
    }
}
/** The first bytes of a file, for sniffing before streaming it; null when it cannot be read (the whole-file path then reports why). */
export async function readHead(path, length = 8192) {
    try {
        const handle = await open(path, 'r');
        try {
            const buffer = new Uint8Array(length);
            const { bytesRead } = await handle.read(buffer, 0, length, 0);
            return buffer.subarray(0, bytesRead);
        }
        finally {
            await handle.close();
        }
    }
    catch {
        return null;
    }
}
/** Reads a stream to its end, stopping with INPUT_TOO_LARGE past the cap. */
export async function readStreamBytes(stream, maxBytes, path) {
    const chunks = [];
    let size = 0;
    try {
        for await (const chunk of stream) {
            const bytes = typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk;
            size += bytes.length;
            if (size > maxBytes)
                return { ok: false, problem: problem('INPUT_TOO_LARGE', `more than ${maxBytes} bytes`, { path }) };
            chunks.push(bytes);
        }
    }
    catch (e) {
        return { ok: false, problem: problem('INPUT_UNREADABLE', e.message, { path }) };
    }
    return { ok: true, bytes: concat(chunks, size) };
}
/**
 * Fetches a URL with a timeout (AbortSignal.timeout) that covers the whole body, and a size
 * cap checked on Content-Length and again while the body streams in.
 */
export async function fetchBytes(url, timeoutMs, maxBytes) {
    const fail = (code, detail) => ({ ok: false, problem: problem(code, detail, { path: url }) });
    const signal = AbortSignal.timeout(timeoutMs);
    try {
        const response = await fetch(url, { signal, redirect: 'follow', headers: { accept: 'text/html, application/rss+xml, application/atom+xml, application/xml, application/json, text/plain;q=0.9, */*;q=0.5' } });
        if (!response.ok) {
            await response.body?.cancel().catch(() => undefined);
            return fail('FETCH_FAILED', `HTTP ${response.status} ${response.statusText}`);
        }
        const declared = Number(response.headers.get('content-length') ?? NaN);
        if (declared > maxBytes) {
            await response.body?.cancel().catch(() => undefined);
            return fail('INPUT_TOO_LARGE', `Content-Length ${declared} bytes, the cap is ${maxBytes}`);
        }
        const contentType = response.headers.get('content-type') ?? '';
        if (!response.body)
            return { ok: true, bytes: new Uint8Array(), contentType, url: response.url || url };
        const chunks = [];
        let size = 0;
        for await (const chunk of response.body) {
            size += chunk.length;
            if (size > maxBytes) {
                await response.body.cancel().catch(() => undefined);
                return fail('INPUT_TOO_LARGE', `more than ${maxBytes} bytes`);
            }
            chunks.push(chunk);
        }
        return { ok: true, bytes: concat(chunks, size), contentType, url: response.url || url };
    }
    catch (e) {
        if (signal.aborted)
            return fail('FETCH_TIMEOUT', `no complete response within ${timeoutMs} ms`);
        const cause = e.cause;
        return fail('FETCH_FAILED', cause?.code ?? cause?.message ?? e.message);
    }
}
function concat(chunks, size) {
    const out = new Uint8Array(size);
    let at = 0;
    for (const c of chunks) {
        out.set(c, at);
        at += c.length;
    }
    return out;
}
/** The extension a fetched page's Content-Type stands for, when its URL path has none. */
export function extensionForContentType(contentType) {
    const type = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
    if (/(?:rss|atom)\+xml$|^application\/xml$|^text\/xml$/u.test(type))
        return '.xml';
    if (type === 'text/html' || type === 'application/xhtml+xml')
        return '.html';
    if (type === 'application/json')
        return '.json';
    if (type === 'application/x-ndjson' || type === 'application/jsonl')
        return '.jsonl';
    return '';
}
//# sourceMappingURL=sources.js.map
import { problem } from '../core/errors.js';
/** Share of control characters (other than tab, line feed, carriage return, form feed) above which text is binary. */
const MAX_CONTROL_RATIO = 0.1;
/** Enough bytes to judge: binary formats show themselves in their first kilobytes. */
const SNIFF_BYTES = 8192;
/**
 * Turns the bytes of one input into text, or a coded problem. UTF-8 is the default and is
 * decoded strictly (an invalid sequence is INPUT_ENCODING, not silently replaced by U+FFFD);
 * UTF-16 is accepted when it starts with its byte-order mark. NUL bytes or many control
 * characters mean binary data (INPUT_BINARY).
 */
export function decodeBytes(bytes, path) {
    const fail = (code, detail) => ({ ok: false, problem: problem(code, detail, { path }) });
    if (bytes.length === 0)
        return fail('INPUT_EMPTY', 'the file has 0 bytes');
    const utf16 = utf16Encoding(bytes);
    if (utf16) {
        try {
            return { ok: true, text: new TextDecoder(utf16, { fatal: true, ignoreBOM: false }).decode(bytes) };
        }
        catch {
            return fail('INPUT_ENCODING', `expected ${utf16.toUpperCase()} after its byte-order mark, got an invalid sequence`);
        }
    }
    const binary = binaryReason(bytes);
    if (binary)
        return fail('INPUT_BINARY', binary);
    try {
        return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes) };
    }
    catch {
        return fail('INPUT_ENCODING', `expected UTF-8, got an invalid byte sequence at byte ${firstInvalidUtf8(bytes)}`);
    }
}
/** Why the first bytes look like binary data (NUL bytes, many control characters), or null. */
export function binaryReason(bytes) {
    const head = bytes.subarray(0, SNIFF_BYTES);
    if (head.includes(0))
        return 'found NUL bytes';
    let control = 0;
    for (const b of head)
        if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c)
            control++;
    return control / head.length > MAX_CONTROL_RATIO ? `${control} control bytes in the first ${head.length}` : null;
}
export function utf16Encoding(bytes) {
    if (bytes[0] === 0xff && bytes[1] === 0xfe)
        return 'utf-16le';
    if (bytes[0] === 0xfe && bytes[1] === 0xff)
        return 'utf-16be';
    return null;
}
/** Byte offset of the first invalid UTF-8 sequence, for the error message. */
function firstInvalidUtf8(bytes) {
    let i = 0;
    while (i < bytes.length) {
        const b = bytes[i] ?? 0;
        const len = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
        if (len === 0 || i + len > bytes.length)
            return i;
        for (let k = 1; k < len; k++)
            if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80)
                return i;
        i += len;
    }
    return i;
}
//# sourceMappingURL=decode.js.map
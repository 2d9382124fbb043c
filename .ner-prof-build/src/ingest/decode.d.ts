import { type Problem } from '../core/errors.js';
export type Decoded = {
    readonly ok: true;
    readonly text: string;
} | {
    readonly ok: false;
    readonly problem: Problem;
};
/**
 * Turns the bytes of one input into text, or a coded problem. UTF-8 is the default and is
 * decoded strictly (an invalid sequence is INPUT_ENCODING, not silently replaced by U+FFFD);
 * UTF-16 is accepted when it starts with its byte-order mark. NUL bytes or many control
 * characters mean binary data (INPUT_BINARY).
 */
export declare function decodeBytes(bytes: Uint8Array, path: string): Decoded;
/** Why the first bytes look like binary data (NUL bytes, many control characters), or null. */
export declare function binaryReason(bytes: Uint8Array): string | null;
export declare function utf16Encoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null;

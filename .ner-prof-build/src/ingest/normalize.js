/**
 * Text is normalised once, at ingest, and every offset downstream points into the result.
 *
 * - a byte-order mark and invisible format characters (zero-width spaces and joiners, bidi
 *   controls, soft hyphens) are removed: they carry no words and break token matching;
 * - line endings (CRLF, CR, NEL, U+2028/U+2029, form feed, vertical tab) become "\n";
 * - other C0/C1 control characters are removed, tabs are kept;
 * - exotic spaces (no-break, thin, ideographic, …) become a plain space: one character for one,
 *   so a no-break space in "10 000" keeps its place;
 * - white space at the end of each line and at both ends of the text is dropped;
 * - the result is NFC, composed after the removals so that a removed character cannot leave a
 *   decomposed sequence behind.
 * Curly quotes, «guillemets», apostrophes and dashes are kept exactly as written.
 *
 * normalizeText is idempotent: normalizeText(normalizeText(x)) === normalizeText(x), so a
 * component that normalises again cannot shift offsets.
 */
const INVISIBLE = /[\uFEFF\u200B-\u200D\u2060-\u2064\u00AD\u200E\u200F\u202A-\u202E\u2066-\u2069\u180E]/gu;
const LINE_BREAK = /\r\n|[\r\u0085\u2028\u2029\f\v]/gu;
// C0 controls except \t and \n, DEL and the C1 controls (after NEL became a line break).
const CONTROL = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F]/gu;
const SPACE = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/gu;
const TRAILING_SPACE = /[ \t]+$/gmu;
export function normalizeText(raw) {
    return raw
        .replace(LINE_BREAK, '\n')
        .replace(INVISIBLE, '')
        .replace(CONTROL, '')
        .replace(SPACE, ' ')
        .normalize('NFC')
        .replace(TRAILING_SPACE, '')
        .trim();
}
//# sourceMappingURL=normalize.js.map
/**
 * Text is normalised once, at ingest: NFC, line endings to \n, invisible characters removed.
 * Curly quotes, guillemets and apostrophes are kept as written.
 */
export function normalizeText(raw: string): string {
  return raw
    .replace(/^\uFEFF/u, '')
    .normalize('NFC')
    .replace(/\r\n?/gu, '\n')
    // zero-width and bidi controls, soft hyphen
    .replace(/[\u200B-\u200D\u2060\u00AD\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu, '')
    .replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000]/gu, ' ')
    .replace(/[ \t]+\n/gu, '\n')
    .trim();
}

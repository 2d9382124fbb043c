/**
 * Turns what a user types into an FTS5 query that cannot fail to parse. FTS5 has its own syntax
 * (quotes, AND/OR/NOT/NEAR, column filters, `^`, parentheses), and raw input like `"foo` or
 * `AND` is a syntax error. We keep the two things users mean and quote everything else:
 *   - words: every word must occur (implicit AND);
 *   - "a phrase" in double quotes (straight or curly): the words in that order;
 *   - word*: a prefix.
 * Operators become plain words. Returns null when nothing searchable is left.
 */
export declare function toFtsQuery(input: string): string | null;

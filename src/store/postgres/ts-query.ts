import { sql, type RawBuilder } from 'kysely';

/** The text search configuration of migration 001. */
export const TS_CONFIG = sql.raw(`'communique_english'::regconfig`);

/** One thing a user means in a search box (the same reading as SQLite's toFtsQuery). */
export type SearchTerm =
  | { readonly kind: 'phrase'; readonly text: string }
  | { readonly kind: 'prefix'; readonly text: string };

/**
 * Reads what a user types the way the SQLite store does (src/store/sqlite/fts-query.ts):
 *   - words: every word must occur (implicit AND);
 *   - "a phrase" in double quotes (straight or curly): the words in that order;
 *   - word*: a prefix.
 * Operators (AND, OR, NOT, `!`, `&`, `|`, `<->`) are plain words here too. NUL characters are
 * dropped (Postgres text cannot hold them). A single word is a phrase of one word.
 */
export function searchTerms(input: string): SearchTerm[] {
  const terms: SearchTerm[] = [];
  const pattern = /["“”]([^"“”]*)["“”]|(\S+)/gu;
  for (const match of input.replace(/\u0000/gu, ' ').matchAll(pattern)) {
    const phrase = match[1];
    if (phrase !== undefined) {
      if (hasWordCharacter(phrase)) terms.push({ kind: 'phrase', text: phrase });
      continue;
    }
    const word = (match[2] ?? '').replace(/["“”]/gu, '');
    const prefix = word.endsWith('*');
    const bare = word.replace(/\*+$/u, '');
    if (!hasWordCharacter(bare)) continue;
    terms.push({ kind: prefix ? 'prefix' : 'phrase', text: bare });
  }
  return terms;
}

const hasWordCharacter = (s: string): boolean => /[\p{L}\p{N}]/u.test(s);

/**
 * A tsquery for the terms, or null when nothing searchable is left. User text never reaches the
 * tsquery parser as syntax: phrases go through `phraseto_tsquery`, which reads plain text, and a
 * prefix is passed as one quoted lexeme (quotes and backslashes escaped) followed by `:*`.
 */
export function toTsQuery(input: string): RawBuilder<unknown> | null {
  const terms = searchTerms(input);
  if (terms.length === 0) return null;
  const parts = terms.map((t) =>
    t.kind === 'phrase'
      ? sql`phraseto_tsquery(${TS_CONFIG}, ${t.text})`
      : sql`to_tsquery(${TS_CONFIG}, ${prefixLexeme(t.text)})`,
  );
  return sql`(${sql.join(parts, sql` && `)})`;
}

/** `'word':*` in tsquery syntax. */
export const prefixLexeme = (word: string): string => `'${word.replace(/\\/gu, '\\\\').replace(/'/gu, "''")}':*`;

import type { PostgresMigration } from './migration.js';

/**
 * The text search configuration that stands in for SQLite's FTS5 tokenizer
 * `porter unicode61 remove_diacritics 2` (see the SQLite migration 003):
 * - English Snowball stemming, so "parliament" finds "parliaments";
 * - no stop words: FTS5 drops none, and a search for "and" or "the" must behave the same on
 *   both stores (Postgres' built-in `english` configuration would drop them and match nothing);
 * - accents folded with the `unaccent` dictionary when the extension can be installed (it is a
 *   trusted extension since Postgres 13, so a database owner may create it); without it,
 *   accented words still match themselves.
 * The objects live in the store's schema, so several stores can share one database.
 */
export const migration001: PostgresMigration = {
  id: 1,
  name: 'full_text_search',
  up: `
DO $$
DECLARE
  folding text := '';
BEGIN
  BEGIN
    CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA public;
  EXCEPTION WHEN OTHERS THEN
    RAISE NOTICE 'unaccent is not available (%), accents are not folded in search', SQLERRM;
  END;
  IF EXISTS (SELECT 1 FROM pg_ts_dict d JOIN pg_namespace n ON n.oid = d.dictnamespace
             WHERE d.dictname = 'unaccent' AND n.nspname = 'public') THEN
    folding := 'public.unaccent, ';
  END IF;
  CREATE TEXT SEARCH DICTIONARY communique_english_stem (TEMPLATE = pg_catalog.snowball, LANGUAGE = english);
  CREATE TEXT SEARCH CONFIGURATION communique_english (COPY = pg_catalog.simple);
  EXECUTE 'ALTER TEXT SEARCH CONFIGURATION communique_english ALTER MAPPING FOR '
    || 'asciiword, asciihword, hword_asciipart, word, hword, hword_part WITH '
    || folding || 'communique_english_stem';
END
$$;
`,
};

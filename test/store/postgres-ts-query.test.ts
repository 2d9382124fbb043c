import { DummyDriver, Kysely, PostgresAdapter, PostgresIntrospector, PostgresQueryCompiler } from 'kysely';
import { describe, expect, it } from 'vitest';
import { prefixLexeme, searchTerms, toTsQuery } from '../../src/store/postgres/ts-query.js';

describe('postgres search terms', () => {
  it('postgres ts-query: words, "phrases" and prefixes*, the way the SQLite store reads them', () => {
    expect(searchTerms('state visit')).toEqual([{ kind: 'phrase', text: 'state' }, { kind: 'phrase', text: 'visit' }]);
    expect(searchTerms('“border work” Pipel*')).toEqual([{ kind: 'phrase', text: 'border work' }, { kind: 'prefix', text: 'Pipel' }]);
  });

  it('postgres ts-query: punctuation alone, empty input and NUL characters leave nothing to search', () => {
    for (const q of ['', '   ', '*', '(', '""', '-', '\u0000']) expect(toTsQuery(q), JSON.stringify(q)).toBeNull();
    expect(searchTerms('a\u0000b')).toEqual([{ kind: 'phrase', text: 'a' }, { kind: 'phrase', text: 'b' }]);
  });

  it('postgres ts-query: user text is sent as parameters, and a prefix is one quoted lexeme', () => {
    // Compiles without a database, as kysely's own tests do.
    const db = new Kysely<Record<string, never>>({
      dialect: {
        createAdapter: () => new PostgresAdapter(),
        createDriver: () => new DummyDriver(),
        createIntrospector: (k) => new PostgresIntrospector(k),
        createQueryCompiler: () => new PostgresQueryCompiler(),
      },
    });
    const compiled = toTsQuery(`it's OR x'y*`)?.compile(db);
    expect(compiled?.sql).not.toContain("it's");
    expect(compiled?.sql).toContain('phraseto_tsquery');
    expect(compiled?.parameters).toEqual(["it's", 'OR', "'x''y':*"]);
    expect(prefixLexeme('back\\slash')).toBe("'back\\\\slash':*");
  });
});

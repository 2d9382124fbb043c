import Database from 'better-sqlite3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toFtsQuery } from '../../src/store/sqlite/fts-query.js';
describe('fts query', () => {
    it('fts query: words are quoted and all required', () => {
        expect(toFtsQuery('trade talks')).toBe('"trade" "talks"');
    });
    it('fts query: phrases in straight or curly quotes stay phrases', () => {
        expect(toFtsQuery('"border work" Astana')).toBe('"border work" "Astana"');
        expect(toFtsQuery('“border work”')).toBe('"border work"');
    });
    it('fts query: a trailing star is a prefix', () => {
        expect(toFtsQuery('parliament*')).toBe('"parliament"*');
    });
    it('fts query: operators and syntax become plain words or vanish', () => {
        expect(toFtsQuery('AND')).toBe('"AND"');
        expect(toFtsQuery('"foo')).toBe('"foo"');
        expect(toFtsQuery('a"b')).toBe('"ab"');
        expect(toFtsQuery('( ) * - ^ :')).toBeNull();
        expect(toFtsQuery('')).toBeNull();
    });
    it('fts query: any input is a valid FTS5 query', () => {
        const db = new Database(':memory:');
        db.exec("CREATE VIRTUAL TABLE t USING fts5(x); INSERT INTO t VALUES ('some text about trade')");
        const run = db.prepare('SELECT count(*) FROM t WHERE t MATCH ?');
        fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (input) => {
            const q = toFtsQuery(input);
            if (q !== null)
                run.get(q);
        }), { numRuns: 500 });
        fc.assert(fc.property(fc.array(fc.constantFrom('"', '*', '(', ')', 'AND', 'OR', 'NOT', 'NEAR', ':', '^', '-', '+', 'x', ' ', '“'), { maxLength: 12 }), (parts) => {
            const q = toFtsQuery(parts.join(''));
            if (q !== null)
                run.get(q);
        }), { numRuns: 500 });
        db.close();
    });
});
//# sourceMappingURL=fts-query.test.js.map
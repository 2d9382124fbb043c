import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ERRORS } from '../../src/core/errors.js';
const doc = readFileSync(new URL('../../docs/errors.md', import.meta.url), 'utf8');
/** Codes documented as `### CODE` headings. */
const documented = [...doc.matchAll(/^###\s+([A-Z][A-Z0-9_]+)\s*$/gmu)].map((m) => m[1]);
describe('docs/errors.md', () => {
    it('errors doc: documents every code of the catalog', () => {
        const missing = Object.keys(ERRORS).filter((code) => !documented.includes(code));
        expect(missing, 'codes in src/core/errors.ts without a "### CODE" section in docs/errors.md').toEqual([]);
    });
    it('errors doc: documents no code that the catalog does not have, and each code once', () => {
        const unknown = documented.filter((code) => code !== undefined && !(code in ERRORS));
        expect(unknown, 'sections in docs/errors.md for codes not in src/core/errors.ts').toEqual([]);
        expect(new Set(documented).size).toBe(documented.length);
    });
});
//# sourceMappingURL=errors-doc.test.js.map
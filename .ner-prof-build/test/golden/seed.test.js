import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sharedPath } from '../../src/core/paths.js';
import { CLI_TEST_TIMEOUT, runCli } from '../cli/run-cli.js';
/**
 * `communique extract` on the seed article, read from ../shared at run time (its text never
 * enters the repository). The structure (sentence and paragraph offsets, token count) is pinned
 * in seed.structure.json, numbers only; regenerate it after a deliberate change with
 *   UPDATE_GOLDEN=1 npx vitest run test/golden
 * and review the diff.
 */
const seedFile = sharedPath('data', 'seed', 'kazinform-2024-06-13.txt');
const goldenFile = new URL('./seed.structure.json', import.meta.url);
const present = existsSync(seedFile);
if (!present)
    console.log(`golden seed test skipped: ${seedFile} not found (../shared is only on the dev machines)`);
/** Paragraphs as a reader sees them: blocks of text between blank lines. */
function blankLineBlocks(text) {
    const blocks = [];
    const re = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/gu;
    for (const m of text.matchAll(re))
        if (m[0].trim())
            blocks.push({ start: m.index, end: m.index + m[0].trimEnd().length });
    return blocks;
}
describe.skipIf(!present)('golden: extract on the seed article', () => {
    let record;
    it('seed: extract prints a record with the date, the source, sentences and paragraphs', () => {
        const r = runCli(['extract', seedFile]);
        expect(r.stderr).not.toMatch(/rejected|failed|error/iu);
        expect(r.code).toBe(0);
        record = JSON.parse(r.stdout);
        expect(record.id).toBe('kazinform-2024-06-13');
        expect(record.date).toBe('2024-06-13');
        expect(record.source).toBe('Kazinform');
        expect(record.text.startsWith('date')).toBe(false);
    }, CLI_TEST_TIMEOUT);
    it('seed: sentences are ordered, trimmed, inside one paragraph each, and cover every paragraph', () => {
        const { text, sentences, paragraphs } = record;
        expect(paragraphs.length).toBe(blankLineBlocks(text).length);
        expect(sentences.length).toBeGreaterThanOrEqual(paragraphs.length);
        let last = 0;
        for (const s of sentences) {
            expect(s.start).toBeGreaterThanOrEqual(last);
            expect(s.end).toBeGreaterThan(s.start);
            const slice = text.slice(s.start, s.end);
            expect(slice).toBe(slice.trim());
            expect(paragraphs.some((p) => p.start <= s.start && s.end <= p.end), `sentence at ${s.start} lies in one paragraph`).toBe(true);
            last = s.end;
        }
        for (const p of paragraphs)
            expect(sentences.some((s) => s.start >= p.start && s.end <= p.end)).toBe(true);
    });
    it('seed: sentence and paragraph offsets match the reviewed golden file', () => {
        const structure = {
            tokens: record.tokens,
            paragraphs: record.paragraphs.map((p) => [p.start, p.end]),
            sentences: record.sentences.map((s) => [s.start, s.end]),
        };
        if (process.env['UPDATE_GOLDEN'])
            writeFileSync(goldenFile, JSON.stringify(structure) + '\n');
        expect(existsSync(goldenFile), 'no golden file yet: run UPDATE_GOLDEN=1 npx vitest run test/golden').toBe(true);
        expect(structure).toEqual(JSON.parse(readFileSync(goldenFile, 'utf8')));
    });
});
//# sourceMappingURL=seed.test.js.map
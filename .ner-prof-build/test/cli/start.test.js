import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir, writeBroken, writeGoodArticles } from './fixtures.js';
import { CLI_TEST_TIMEOUT, runCli } from './run-cli.js';
describe('communique start', () => {
    it('start: analyses a folder into the database, prints a summary per document, and a re-run analyses nothing', () => {
        const dir = tempDir('start');
        const examples = join(dir, 'examples');
        writeGoodArticles(examples, '', false);
        const db = join(dir, 'demo.sqlite');
        const first = runCli(['start', '--examples', examples, '--db', db, '--no-serve']);
        expect(first.code, first.stderr).toBe(0);
        for (const id of ['json-article', 'line-1', 'line-2', 'plain', 'seed-style'])
            expect(first.stdout).toContain(`\n${id}`);
        expect(first.stdout).toMatch(/5 documents read: 5 analysed and stored, 0 already stored\./u);
        const second = runCli(['start', '--examples', examples, '--db', db, '--no-serve']);
        expect(second.stdout).toMatch(/5 documents read: 0 analysed and stored, 5 already stored\./u);
        expect(second.stdout).toContain('\njson-article');
    }, CLI_TEST_TIMEOUT);
    it('start: a broken article is reported and gives exit code 2', () => {
        const dir = tempDir('start-bad');
        const examples = join(dir, 'examples');
        writeBroken(examples, 'empty', 'empty');
        const r = runCli(['start', '--examples', examples, '--db', join(dir, 'demo.sqlite'), '--no-serve']);
        expect(r.code).toBe(2);
        expect(r.stderr).toContain('INPUT_EMPTY');
    }, CLI_TEST_TIMEOUT);
});
//# sourceMappingURL=start.test.js.map
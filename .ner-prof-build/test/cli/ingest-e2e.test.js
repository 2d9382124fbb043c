import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BROKEN_KINDS, GOOD_DOCUMENTS, tempDir, writeBroken, writeGoodArticles } from './fixtures.js';
import { CLI_TEST_TIMEOUT, runCli, usesBuild } from './run-cli.js';
const ingestJson = (args) => {
    const r = runCli(['ingest', ...args, '--json']);
    let summary;
    try {
        summary = JSON.parse(r.stdout);
    }
    catch {
        throw new Error(`ingest printed no JSON summary (exit ${r.code}):\n${r.stdout}\n${r.stderr}`);
    }
    return { code: r.code, summary, stderr: r.stderr };
};
describe('communique ingest (end to end)', () => {
    it('ingest: stores good documents, rejects broken files with code, path and line, exits 2', () => {
        const dir = tempDir('ingest');
        const inputs = join(dir, 'in');
        writeGoodArticles(inputs);
        writeBroken(inputs, 'empty', 'empty');
        writeBroken(inputs, 'binary', 'binary');
        writeBroken(inputs, 'invalid-json', 'invalid');
        const db = join(dir, 'store.sqlite');
        const first = ingestJson([inputs, '--db', db]);
        expect(first.code).toBe(2);
        expect(first.summary).toMatchObject({ stored: GOOD_DOCUMENTS, duplicates: 0, rejected: 4, failed: 0 });
        expect(first.summary.read).toBe(GOOD_DOCUMENTS + 4);
        const codes = first.summary.problems.map((p) => p.code);
        expect(codes).toEqual(expect.arrayContaining(['INPUT_EMPTY', 'INPUT_BINARY', 'INPUT_JSON_INVALID']));
        for (const p of first.summary.problems)
            expect(p.path).toMatch(/\w/u);
        const badLine = first.summary.problems.find((p) => p.path?.endsWith('batch.jsonl'));
        expect(badLine).toMatchObject({ code: 'INPUT_JSON_INVALID', line: 2 });
        // A second run reads the same inputs and stores nothing new.
        const second = ingestJson([inputs, '--db', db]);
        expect(second.code).toBe(2);
        expect(second.summary).toMatchObject({ stored: 0, duplicates: GOOD_DOCUMENTS, rejected: 4 });
        const stats = runCli(['stats', '--db', db, '--json']);
        expect(stats.code).toBe(0);
        expect(JSON.parse(stats.stdout)).toMatchObject({ documents: GOOD_DOCUMENTS });
        const jsonl = runCli(['export', '--format', 'jsonl', '--db', db]);
        expect(jsonl.code).toBe(0);
        const ids = jsonl.stdout.trim().split('\n').map((l) => JSON.parse(l).id);
        expect(ids.sort()).toEqual(['json-article', 'line-1', 'line-2', 'plain', 'seed-style']);
    }, CLI_TEST_TIMEOUT);
    it('export and stats: a --db that does not exist is an error (exit 1), not a new empty database', () => {
        const dir = tempDir('no-db');
        const r = runCli(['stats', '--db', join(dir, 'missing.sqlite')]);
        expect(r.code).toBe(1);
        expect(r.stderr).toContain('STORE_OPEN_FAILED');
    }, CLI_TEST_TIMEOUT);
    it('ingest: exits 0 when every input is stored or already there, and prints a readable summary', () => {
        const dir = tempDir('ingest-ok');
        const inputs = join(dir, 'in');
        writeGoodArticles(inputs);
        const single = join(inputs, 'article.json');
        const db = join(dir, 'store.sqlite');
        const r = runCli(['ingest', single, '--db', db]);
        expect(r.code).toBe(0);
        expect(r.stdout).toMatch(/stored\s+1/u);
        expect(r.stdout).toMatch(/skipped as duplicates\s+0/u);
        expect(r.stdout).toMatch(/rejected\s+0/u);
        const again = runCli(['ingest', single, '--db', db]);
        expect(again.code).toBe(0);
        expect(again.stdout).toMatch(/skipped as duplicates\s+1/u);
    }, CLI_TEST_TIMEOUT);
    it('ingest: a folder of many copies plus broken files stores each article once and rejects each broken file', () => {
        const dir = tempDir('ingest-many');
        const inputs = join(dir, 'in');
        const copies = 40;
        // 40 copies of the 4 good files (5 documents each time) = 200 documents, plus 20 broken files.
        for (let i = 0; i < copies; i++)
            writeGoodArticles(join(inputs, `copy-${String(i).padStart(3, '0')}`), `c${i}-`, false);
        for (let i = 0; i < 20; i++)
            writeBroken(join(inputs, 'broken'), BROKEN_KINDS[i % 3] ?? 'empty', `broken-${i}`);
        const db = join(dir, 'store.sqlite');
        const first = ingestJson([inputs, '--db', db]);
        expect(first.summary).toMatchObject({ stored: GOOD_DOCUMENTS, duplicates: GOOD_DOCUMENTS * (copies - 1), rejected: 20, failed: 0 });
        expect(new Set(first.summary.problems.map((p) => p.path)).size).toBe(20);
        expect(first.code).toBe(2);
        const second = ingestJson([inputs, '--db', db]);
        expect(second.summary).toMatchObject({ stored: 0, duplicates: GOOD_DOCUMENTS * copies, rejected: 20 });
    }, CLI_TEST_TIMEOUT);
    it('ingest: an unknown path is rejected with INPUT_NOT_FOUND and the other inputs are still stored', () => {
        const dir = tempDir('ingest-missing');
        writeGoodArticles(join(dir, 'in'));
        const r = ingestJson([join(dir, 'nowhere.txt'), join(dir, 'in', 'plain.txt'), '--db', join(dir, 's.sqlite')]);
        expect(r.code).toBe(2);
        expect(r.summary).toMatchObject({ stored: 1, rejected: 1 });
        expect(r.summary.problems[0]?.code).toMatch(/^INPUT_(NOT_FOUND|UNREADABLE)$/u);
    }, CLI_TEST_TIMEOUT);
    // Worker threads run the compiled worker script: this test needs the build (npm install makes it).
    it.skipIf(!usesBuild)('ingest: --workers 2 stores the same documents as one thread and still rejects the bad ones', () => {
        const dir = tempDir('ingest-workers');
        const inputs = join(dir, 'in');
        for (let i = 0; i < 3; i++)
            writeGoodArticles(join(inputs, `copy-${i}`), `c${i}-`, i === 0);
        writeBroken(inputs, 'binary', 'binary');
        const r = ingestJson([inputs, '--db', join(dir, 'w.sqlite'), '--workers', '2']);
        expect(r.code, r.stderr).toBe(2);
        expect(r.summary).toMatchObject({ stored: GOOD_DOCUMENTS, duplicates: GOOD_DOCUMENTS * 2, rejected: 2, failed: 0 });
    }, CLI_TEST_TIMEOUT);
});
//# sourceMappingURL=ingest-e2e.test.js.map
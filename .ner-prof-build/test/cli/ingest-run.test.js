import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runExtract } from '../../src/app/extract-run.js';
import { runIngest } from '../../src/app/ingest-run.js';
import { exitCodeFor } from '../../src/app/run-counts.js';
import { CommuniqueError } from '../../src/core/errors.js';
import { buildPipeline } from '../../src/nlp/pipeline.js';
import { openSqliteStore } from '../../src/store/index.js';
import { GOOD_DOCUMENTS, tempDir, writeBroken, writeGoodArticles } from './fixtures.js';
/**
 * The ingest run with a stand-in pipeline: these tests pin the run's own behaviour (counting,
 * skipping known content before analysis, going on after a bad input) whatever the NLP
 * components do. The end-to-end tests run the real pipeline through the CLI.
 */
function countingPipeline(onRun = () => { }) {
    let analysed = 0;
    const probe = {
        name: 'probe', needs: [], provides: [],
        run: (a) => {
            analysed++;
            onRun(a.text);
        },
    };
    return { pipeline: buildPipeline([probe]), analysed: () => analysed };
}
describe('runIngest', () => {
    it('ingest run: counts every input once and skips stored content before analysing it', async () => {
        const dir = tempDir('run');
        writeGoodArticles(join(dir, 'in'));
        writeBroken(join(dir, 'in'), 'empty', 'empty');
        const store = await openSqliteStore(join(dir, 's.sqlite'));
        try {
            const probe = countingPipeline();
            const first = await runIngest([join(dir, 'in')], { store, pipeline: probe.pipeline });
            expect(first).toMatchObject({ read: GOOD_DOCUMENTS + 2, stored: GOOD_DOCUMENTS, duplicates: 0, rejected: 2, failed: 0 });
            expect(probe.analysed()).toBe(GOOD_DOCUMENTS);
            expect(exitCodeFor(first)).toBe(2);
            const second = await runIngest([join(dir, 'in')], { store, pipeline: probe.pipeline });
            expect(second).toMatchObject({ stored: 0, duplicates: GOOD_DOCUMENTS, rejected: 2 });
            expect(probe.analysed(), 'a re-run analyses nothing already stored').toBe(GOOD_DOCUMENTS);
            expect((await store.stats()).documents).toBe(GOOD_DOCUMENTS);
        }
        finally {
            await store.close();
        }
    });
    it('ingest run: a component failing on one document is counted as failed and the batch goes on', async () => {
        const dir = tempDir('run-fail');
        writeGoodArticles(join(dir, 'in'), '', false);
        const store = await openSqliteStore(join(dir, 's.sqlite'));
        try {
            const probe = countingPipeline((text) => {
                if (text.includes('green hydrogen'))
                    throw new TypeError('cannot read properties of undefined');
            });
            const steps = [];
            const summary = await runIngest([join(dir, 'in')], { store, pipeline: probe.pipeline, onStep: (s) => steps.push(s.kind) });
            expect(summary).toMatchObject({ stored: GOOD_DOCUMENTS - 1, failed: 1, rejected: 0 });
            expect(summary.problems[0]).toMatchObject({ code: 'ANALYSIS_FAILED' });
            expect(summary.problems[0]?.path).toMatch(/article\.json$/u);
            expect(steps).toHaveLength(GOOD_DOCUMENTS);
            expect(exitCodeFor(summary)).toBe(1);
        }
        finally {
            await store.close();
        }
    });
    it('ingest run: a failure of the set-up (a model) stops the run with its code', async () => {
        const dir = tempDir('run-model');
        writeGoodArticles(join(dir, 'in'), '', false);
        const store = await openSqliteStore(join(dir, 's.sqlite'));
        try {
            const probe = countingPipeline(() => {
                throw new CommuniqueError('MODEL_MISSING', 'models/ner/weights.bin');
            });
            await expect(runIngest([join(dir, 'in')], { store, pipeline: probe.pipeline })).rejects.toMatchObject({ code: 'MODEL_MISSING' });
            expect(probe.analysed()).toBe(1);
        }
        finally {
            await store.close();
        }
    });
    it('ingest run: keeps only the first problems in full and counts the rest', async () => {
        const dir = tempDir('run-many-bad');
        for (let i = 0; i < 7; i++)
            writeBroken(join(dir, 'in'), 'empty', `empty-${i}`);
        const store = await openSqliteStore(join(dir, 's.sqlite'));
        try {
            const summary = await runIngest([join(dir, 'in')], { store, pipeline: countingPipeline().pipeline, keepProblems: 3 });
            expect(summary.rejected).toBe(7);
            expect(summary.problems).toHaveLength(3);
            expect(summary.problemsNotKept).toBe(4);
        }
        finally {
            await store.close();
        }
    });
});
describe('runExtract', () => {
    it('extract run: hands each record to the writer as it goes, with the input ids', async () => {
        const dir = tempDir('extract-run');
        writeGoodArticles(dir);
        const ids = [];
        const summary = await runExtract([dir], {
            pipeline: countingPipeline().pipeline,
            write: (r) => {
                ids.push(r.id);
            },
        });
        expect(ids.sort()).toEqual(['json-article', 'line-1', 'line-2', 'plain', 'seed-style']);
        expect(summary).toMatchObject({ stored: GOOD_DOCUMENTS, rejected: 1, failed: 0 });
    });
});
//# sourceMappingURL=ingest-run.test.js.map
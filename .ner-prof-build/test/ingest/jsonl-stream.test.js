import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonlAdapter, readJsonlStream } from '../../src/ingest/adapters/jsonl.js';
import { readAll, tempDir } from './helpers.js';
const LINES = [
    JSON.stringify({ id: 'a', text: 'Министр встретился с послом. «Да», — сказал он.' }),
    '{"id": "b", "text": "broken',
    '',
    JSON.stringify({ text: 'Ministers of Kazakhstan and Malaysia met — “a new chapter”.' }),
    JSON.stringify({ id: 'c', text: 'The talks ended.' }),
];
const FILE = `${LINES.join('\r\n')}\n`;
async function collect(gen) {
    const out = [];
    for await (const r of gen)
        out.push(r);
    return out;
}
async function* chunked(bytes, cuts) {
    let at = 0;
    for (const cut of [...new Set(cuts)].sort((a, b) => a - b)) {
        yield bytes.subarray(at, cut);
        at = cut;
    }
    yield bytes.subarray(at);
}
const summary = (rs) => rs.map((r) => (r.kind === 'document' ? `${r.doc.id}:${r.doc.text}` : `${r.problem.code}@${r.problem.line}`));
describe('JSONL streaming', () => {
    it('jsonl stream: gives what the in-memory adapter gives, wherever the chunks are cut (even inside a character)', async () => {
        const bytes = new TextEncoder().encode(FILE);
        const expected = summary([...jsonlAdapter.read({ name: 'w.jsonl', origin: 'w.jsonl', text: FILE })]);
        expect(expected).toHaveLength(4);
        await fc.assert(fc.asyncProperty(fc.array(fc.integer({ min: 0, max: bytes.length }), { maxLength: 12 }), async (cuts) => {
            const got = summary(await collect(readJsonlStream(chunked(bytes, cuts), 'w.jsonl', 'w.jsonl', 1 << 20)));
            expect(got).toEqual(expected);
        }), { numRuns: 200 });
    });
    it('jsonl stream: a line over the cap is INPUT_TOO_LARGE and the next lines still yield', async () => {
        const text = [JSON.stringify({ id: 'long', text: 'x'.repeat(500) }), JSON.stringify({ id: 'ok', text: 'Short.' })].join('\n');
        const rs = await collect(readJsonlStream(chunked(new TextEncoder().encode(text), [100, 200, 300]), 'w.jsonl', 'w.jsonl', 150));
        expect(summary(rs)).toEqual(['INPUT_TOO_LARGE@1', 'ok:Short.']);
    });
    it('jsonl stream: an invalid UTF-8 line is INPUT_ENCODING with its number', async () => {
        const bytes = new Uint8Array([...new TextEncoder().encode('{"id":"a","text":"One."}\n{"text":"Caf'), 0xe9, ...new TextEncoder().encode('"}\n{"id":"c","text":"Three."}')]);
        const rs = await collect(readJsonlStream(chunked(bytes, []), 'w.jsonl', 'w.jsonl', 1000));
        expect(summary(rs)).toEqual(['a:One.', 'INPUT_ENCODING@2', 'c:Three.']);
    });
    it('jsonl stream: a JSONL file is streamed even when larger than the file cap; a binary one is one problem', async () => {
        const tmp = await tempDir();
        const big = await tmp.write('big.jsonl', Array.from({ length: 200 }, (_, i) => JSON.stringify({ text: `Article number ${i} about talks.` })).join('\n'));
        const bin = await tmp.write('bin.jsonl', new Uint8Array([0x7b, 0, 0, 1, 2, 0x0a, 0, 0]));
        const { docs, problems } = await readAll([big, bin], { maxBytes: 1000 });
        expect(docs).toHaveLength(200);
        expect(docs[199]?.id).toBe('big-200');
        expect(problems.map((p) => p.code)).toEqual(['INPUT_BINARY']);
        await tmp.remove();
    });
});
//# sourceMappingURL=jsonl-stream.test.js.map
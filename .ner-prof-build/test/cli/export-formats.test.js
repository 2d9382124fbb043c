import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvField, exportDocument, exportHeader } from '../../src/app/export-formats.js';
const text = 'Minister Lena Ortiz of Chile met her Peruvian counterpart, "a friend", in Lima.';
function recordWith(events) {
    return {
        id: 'doc-1', date: '2024-02-01', url: null, source: 'Example Wire', title: null, text, meta: {},
        paragraphs: [{ start: 0, end: text.length }], sentences: [{ start: 0, end: text.length }], tokens: 16,
        names: [], dates: [], entities: [], events, quotes: [], topics: [], topic_scores: {},
        pipeline: { version: 'test', components: [] },
    };
}
const meeting = {
    id: 'doc-1-ev1', event: ['CONSULT'], mode: ['visit'], context: ['diplomatic'], date: '2024-02-01', date_precision: 'day',
    actor: [{ code: 'CHL', sector: 'GOV', entity_text: 'Lena Ortiz' }],
    recipient: [{ code: 'PER', sector: 'GOV', entity_text: 'her Peruvian counterpart, "a friend"' }],
    event_text: ['met'], text_info: { start: 0, end: text.length }, evidence: [{ start: 0, end: text.length }],
    by: { component: 'events', rule: 'test' },
};
describe('export formats', () => {
    it('csv: quotes fields holding commas, quotes or line breaks and doubles the quotes inside', () => {
        expect(csvField('plain')).toBe('plain');
        expect(csvField('a, b')).toBe('"a, b"');
        expect(csvField('say "yes"')).toBe('"say ""yes"""');
        expect(csvField('two\nlines')).toBe('"two\nlines"');
        expect(csvField(null)).toBe('');
        expect(csvField(12)).toBe('12');
    });
    it('csv: one row per event with as many fields as the header, CRLF line ends', () => {
        const csv = exportDocument(recordWith([meeting, { ...meeting, id: 'doc-1-ev2' }]), 'csv');
        const rows = csv.split('\r\n').filter(Boolean);
        expect(rows).toHaveLength(2);
        expect(exportHeader('csv')).toBe(CSV_COLUMNS.join(',') + '\r\n');
        // The sentence column holds a comma and quotes: one quoted field, so a CSV reader sees as many fields as columns.
        const fields = rows[0]?.match(/("([^"]|"")*"|[^,]*)(,|$)/gu)?.filter((f) => f !== '') ?? [];
        expect(fields).toHaveLength(CSV_COLUMNS.length);
        expect(rows[0]).toContain('CONSULT');
        expect(rows[0]).toContain('"her Peruvian counterpart, ""a friend"""');
    });
    it('plover: one JSON line per event; a document without events writes nothing', () => {
        const lines = exportDocument(recordWith([meeting]), 'plover').trim().split('\n');
        expect(lines).toHaveLength(1);
        expect(JSON.parse(lines[0] ?? '{}')).toMatchObject({ id: 'doc-1-ev1', event: ['CONSULT'], date: '2024-02-01' });
        expect(exportDocument(recordWith([]), 'plover')).toBe('');
        expect(exportDocument(recordWith([]), 'csv')).toBe('');
    });
    it('jsonl: the whole record on one line', () => {
        const out = exportDocument(recordWith([meeting]), 'jsonl');
        expect(out.endsWith('\n')).toBe(true);
        expect(out.trim().split('\n')).toHaveLength(1);
        expect(JSON.parse(out).text).toBe(text);
    });
});
//# sourceMappingURL=export-formats.test.js.map
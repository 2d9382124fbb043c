import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
/**
 * Small invented articles (fictional officials, real countries and institutions) in the input
 * formats, and broken files of each kind the ingest must reject without stopping.
 */
export const ARTICLES = {
    plain: 'Foreign Minister Arman Tulegenov of Kazakhstan met Ambassador Clara Vennick of the Netherlands in Astana on Monday.\n\n' +
        'The two officials discussed trade and water management. "We see a long road ahead together," Tulegenov said.',
    seed: 'date 2024-05-02\nSpeaker Ilona Marsk of the Estonian Parliament received a delegation from Japan led by Deputy Kenji Arakawa.\n\n' +
        'The sides agreed to hold consultations in the autumn, the press service of the Riigikogu reported.',
    json: {
        id: 'json-article', url: 'https://example.org/news/1', source: 'Example Wire', title: 'Ministers sign a roadmap',
        date: '2024-03-18',
        text: 'Minister of Energy Petra Holm of Sweden and her Chilean counterpart Diego Fuentes signed a roadmap on green hydrogen. ' +
            'Holm said the roadmap would bring investment to both countries.',
    },
    jsonl: [
        { id: 'line-1', date: '2024-01-09', text: 'President Mirela Dobos of Romania spoke by phone with Chancellor Anton Weiss of Austria about energy security.' },
        { id: 'line-2', date: '2024-01-10', text: 'The Ministry of Foreign Affairs of Kenya summoned the ambassador of Sudan over remarks made at a briefing.' },
    ],
};
/** Distinct good documents in a fixture folder: plain, seed, json and two JSONL lines. */
export const GOOD_DOCUMENTS = 5;
export function tempDir(prefix) {
    return mkdtempSync(join(tmpdir(), `communique-${prefix}-`));
}
/**
 * Writes the good articles under `dir` with the given file-name prefix; with `badLine`, the
 * JSONL file also holds one broken line (line 2) between its two good ones.
 */
export function writeGoodArticles(dir, prefix = '', badLine = true) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `${prefix}plain.txt`), ARTICLES.plain);
    writeFileSync(join(dir, `${prefix}seed-style.txt`), ARTICLES.seed);
    writeFileSync(join(dir, `${prefix}article.json`), JSON.stringify(ARTICLES.json));
    const lines = ARTICLES.jsonl.map((o) => JSON.stringify(o));
    if (badLine)
        lines.splice(1, 0, '{"id": "broken", "text": ');
    writeFileSync(join(dir, `${prefix}batch.jsonl`), lines.join('\n') + '\n');
}
export const BROKEN_KINDS = ['empty', 'binary', 'invalid-json'];
/** Writes one broken file of a kind: an empty text, binary bytes, or a JSON file cut short. */
export function writeBroken(dir, kind, name) {
    mkdirSync(dir, { recursive: true });
    if (kind === 'empty')
        writeFileSync(join(dir, `${name}.txt`), '  \n\n ');
    if (kind === 'binary')
        writeFileSync(join(dir, `${name}.txt`), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0xff, 0xfe, 0, 1, 2, 3, 0, 0, 0x1f, 0x8b]));
    if (kind === 'invalid-json')
        writeFileSync(join(dir, `${name}.json`), '{"id": "cut", "text": "The minister said');
}
//# sourceMappingURL=fixtures.js.map
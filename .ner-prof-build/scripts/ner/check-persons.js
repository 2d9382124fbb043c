/**
 * Development check: does NER on raw text (our tokenizer and sentence splitter) find the gold
 * persons of the dev articles? A gold person counts as found when some PERSON span's text equals
 * the name, or holds its last word (articles often name a person once in full, then by surname).
 * usage: npx tsx scripts/ner/check-persons.ts [DIR]   (default ../shared/data/dev-articles)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sharedPath } from '../../src/core/paths.js';
import { normalizeText } from '../../src/ingest/normalize.js';
import { buildPipeline } from '../../src/nlp/pipeline.js';
import { nerComponent } from '../../src/nlp/ner/index.js';
import { sentencesComponent } from '../../src/nlp/sentences/index.js';
import { tokenizerComponent } from '../../src/nlp/tokenize/index.js';
const dir = process.argv[2] ?? sharedPath('data/dev-articles');
const pipeline = buildPipeline([tokenizerComponent(), sentencesComponent(), nerComponent()]);
let gold = 0, found = 0;
const misses = [];
for (const f of readdirSync(dir).filter((x) => x.endsWith('.gold.json')).sort()) {
    const id = f.replace('.gold.json', '');
    const g = JSON.parse(readFileSync(join(dir, f), 'utf8'));
    const src = JSON.parse(readFileSync(join(dir, `${id}.json`), 'utf8'));
    const a = pipeline.analyze({ id, text: normalizeText(src.text), date: null, url: null, source: null, title: null, meta: {} });
    const persons = a.names.filter((n) => n.type === 'PERSON').map((n) => a.text.slice(n.start, n.end));
    for (const p of g.persons ?? []) {
        gold++;
        const last = p.name.split(/\s+/u).pop() ?? p.name;
        if (persons.some((s) => s === p.name || s.split(/\s+/u).includes(last)))
            found++;
        else
            misses.push(`${id}: ${p.name}  [PERSON spans: ${[...new Set(persons)].slice(0, 6).join(' | ')}]`);
    }
}
console.log(misses.join('\n'));
console.log(`persons found ${found}/${gold} = ${(found / Math.max(1, gold)).toFixed(3)}`);
//# sourceMappingURL=check-persons.js.map
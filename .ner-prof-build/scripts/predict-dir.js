/**
 * Development helper: runs the default pipeline over a folder of `.json` ({id,text,date,...})
 * and `.txt` files and writes one document record per input to OUT/<id>.json, for the scorers.
 * usage: npx tsx scripts/predict-dir.ts IN_DIR OUT_DIR
 * (The user-facing command is `communique extract IN --out OUT`; this one skips ingest checks.)
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { readDocumentFromText } from '../src/ingest/index.js';
import { defaultPipeline } from '../src/nlp/default-pipeline.js';
const [inDir, outDir] = process.argv.slice(2);
if (!inDir || !outDir)
    throw new Error('usage: predict-dir IN_DIR OUT_DIR');
mkdirSync(outDir, { recursive: true });
const pipeline = defaultPipeline();
let n = 0;
const t0 = performance.now();
for (const file of readdirSync(inDir).sort()) {
    const ext = extname(file);
    if (file.endsWith('.gold.json') || (ext !== '.json' && ext !== '.txt'))
        continue;
    const raw = readFileSync(join(inDir, file), 'utf8');
    // The same reading as `communique extract`: ids, dates, datelines and attributions from ingest.
    for (const result of readDocumentFromText(file, raw, join(inDir, file))) {
        if (result.kind === 'problem') {
            console.error(result.problem.code, result.problem.message);
            continue;
        }
        const record = pipeline.record(result.doc);
        writeFileSync(join(outDir, `${record.id}.json`), JSON.stringify(record, null, 1));
    }
    n++;
}
console.error(`${n} documents in ${((performance.now() - t0) / 1000).toFixed(1)} s -> ${outDir}`);
//# sourceMappingURL=predict-dir.js.map
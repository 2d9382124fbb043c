/**
 * Re-quantises a model from the float dump its training run left in /tmp, to try pruning levels
 * without retraining; updates weights.bin and its sha256 in the manifest.
 * usage: npx tsx scripts/ner/requantise.ts --name NAME --prune P [--dump FILE]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sha256 } from '../../src/core/hash.js';
import { modelPath } from '../../src/core/paths.js';
import { encodeWeights } from '../../src/nlp/ner/weights-file.js';
import { readFloatDump } from './float-dump.js';
import { quantise } from './perceptron.js';
const args = process.argv.slice(2);
const opt = (n, d) => { const i = args.indexOf(n); return i >= 0 ? args[i + 1] : d; };
const name = opt('--name');
const prune = Number(opt('--prune', '0'));
const dir = modelPath(`ner-${name}`);
const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
const dump = readFloatDump(opt('--dump', `/tmp/ner-float-${name}.bin`));
const weights = quantise(manifest.labels, manifest.training.hashBits, dump, prune);
const bin = encodeWeights(weights);
writeFileSync(join(dir, 'weights.bin'), bin);
manifest.files.weights.sha256 = sha256(bin);
manifest.training.prune = prune;
manifest.training.rows = weights.buckets.length;
manifest.training.nonzero = weights.values.length;
writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
console.log(`${dir}: prune ${prune}, ${weights.buckets.length} rows, ${weights.values.length} weights, ${(bin.length / 1e6).toFixed(2)} MB`);
//# sourceMappingURL=requantise.js.map
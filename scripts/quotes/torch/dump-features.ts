/**
 * Dumps the hashed features of the cue tagger (sentences) or the role tagger (--tagger role: the
 * window around each gold cue) of a PolNeAR split for the offline CRF trainer
 * (scripts/ner/torch/train_crf.py, run read-only: its NERD dump format is reused), so that Python
 * trains exactly the features src/nlp/quotes/learned/features.ts extracts at run time.
 * usage: npx tsx scripts/quotes/torch/dump-features.ts --split train|dev --out FILE [--bits 20] [--tagger cue|role]
 *
 * Neither tagger has document hints: the dump says "hints included" (so no jackknife is run),
 * no word is marked capitalised and the hint buckets are zero, which makes the trainer's second
 * pass equal to its first. File layout: scripts/ner/torch/dump-features.ts.
 */
import { writeFileSync } from 'node:fs';
import { CueFeatures, RoleFeatures } from '../../../src/nlp/quotes/learned/features.js';
import { cueExamples, roleExamples } from '../examples.js';
import { readPolnear } from '../polnear-data.js';

const args = process.argv.slice(2);
const opt = (n: string, d?: string): string => {
  const i = args.indexOf(n);
  const v = i >= 0 ? args[i + 1] : d;
  if (v === undefined) throw new Error(`missing ${n}`);
  return v;
};
const split = opt('--split');
const out = opt('--out');
const bits = Number(opt('--bits', '20'));
const tagger = opt('--tagger', 'cue');
const L = tagger === 'role' ? 5 : 3; // O, B-CUE, I-CUE | O, B-SRC, I-SRC, B-CON, I-CON
const TYPES = tagger === 'role' ? 2 : 1;
const CAP_CLASSES = 5;

const sentDoc: number[] = [];
const sentLen: number[] = [];
const tokOffsets: number[] = [0];
const feats: Int32Array[] = [];
const gold: number[] = [];
let nFeat = 0;
const cueFx = new CueFeatures(bits);
const roleFx = new RoleFeatures(bits);
readPolnear(split).forEach((d, di) => {
  for (const ex of tagger === 'role' ? roleExamples([d], roleFx) : cueExamples([d], cueFx)) {
    sentDoc.push(di);
    sentLen.push(ex.gold.length);
    feats.push(ex.f.feats);
    for (let i = 0; i < ex.gold.length; i++) {
      nFeat += ex.f.offsets[i + 1]! - ex.f.offsets[i]!;
      tokOffsets.push(nFeat);
      gold.push(ex.gold[i]!);
    }
  }
});

const i32 = (a: ArrayLike<number>): Buffer => Buffer.from(Int32Array.from(a).buffer);
const N = gold.length;
const header = [0x4452454e, 2, L, bits, sentLen.length, N, nFeat, TYPES, CAP_CLASSES, 1];
writeFileSync(out, Buffer.concat([
  i32(header), i32(sentDoc), i32(sentLen), i32(tokOffsets),
  ...feats.map((f) => Buffer.from(f.buffer, f.byteOffset, f.byteLength)),
  Buffer.from(Uint8Array.from(gold)), i32(new Int32Array(N).fill(-1)), Buffer.from(new Uint8Array(N)),
  i32(new Int32Array((TYPES + 1) * CAP_CLASSES * 2)),
]));
console.log(`${out}: ${sentLen.length} sentences, ${N} tokens, ${nFeat} features`);

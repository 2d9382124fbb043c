import { readFileSync, writeFileSync } from 'node:fs';
import type { NerWeights } from '../../src/nlp/ner/model.js';

export interface FloatWeights { w: Float32Array; tw: Float64Array; sw: Float64Array }

/** Raw dump of averaged float weights: lengths (3 x uint32), then w (f32), tw and sw (f64). */
export function writeFloatDump(path: string, f: FloatWeights): void {
  const head = Buffer.from(Uint32Array.from([f.w.length, f.tw.length, f.sw.length]).buffer);
  writeFileSync(path, Buffer.concat([head, Buffer.from(f.w.buffer, f.w.byteOffset, f.w.byteLength), Buffer.from(f.tw.buffer), Buffer.from(f.sw.buffer)]));
}

/** Shipped int16 weights back as floats (weight = value x scale; absent or pruned entries are zero). */
export function floatsOf(q: NerWeights): FloatWeights {
  const L = q.labels.length;
  const w = new Float32Array(L << q.bits);
  for (let r = 0; r < q.buckets.length; r++) {
    const base = q.buckets[r]! * L;
    for (let k = q.rowPtr[r]!; k < q.rowPtr[r + 1]!; k++) w[base + q.labelOf[k]!] = q.values[k]! * q.scale;
  }
  return { w, tw: Float64Array.from(q.trans, (v) => v * q.scale), sw: Float64Array.from(q.start, (v) => v * q.scale) };
}

/** Frobenius norm over emissions, transitions and starts: what weight-space mixes divide by. */
export function frobeniusNorm(f: FloatWeights): number {
  let s = 0;
  for (const v of f.w) s += v * v;
  for (const v of f.tw) s += v * v;
  for (const v of f.sw) s += v * v;
  return Math.sqrt(s);
}

export function readFloatDump(path: string): FloatWeights {
  const b = readFileSync(path);
  const buf = new Uint8Array(b.byteLength); buf.set(b);
  const [nw, nt, ns] = Array.from(new Uint32Array(buf.buffer, 0, 3));
  let o = 12;
  const w = new Float32Array(buf.buffer.slice(o, o + nw! * 4)); o += nw! * 4;
  const tw = new Float64Array(buf.buffer.slice(o, o + nt! * 8)); o += nt! * 8;
  const sw = new Float64Array(buf.buffer.slice(o, o + ns! * 8));
  return { w, tw, sw };
}

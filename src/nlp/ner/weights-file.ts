import { gunzipSync, gzipSync } from 'node:zlib';
import type { NerWeights } from './model.js';

/**
 * Binary weight file (gzip): "NERW", format version, L, bits, rows, scale (float64), then
 * transitions and start scores (int32), the sorted buckets (uint32) and the rows (int8, L each).
 * Little-endian throughout.
 */
const MAGIC = 0x5752454e; // "NERW"
const FORMAT = 1;

export function encodeWeights(w: NerWeights): Buffer {
  const L = w.labels.length;
  const n = w.buckets.length;
  const header = new DataView(new ArrayBuffer(28));
  header.setUint32(0, MAGIC, true);
  header.setUint32(4, FORMAT, true);
  header.setUint32(8, L, true);
  header.setUint32(12, w.bits, true);
  header.setUint32(16, n, true);
  header.setFloat64(20, w.scale, true);
  const parts = [
    Buffer.from(header.buffer),
    Buffer.from(w.trans.buffer, w.trans.byteOffset, L * L * 4),
    Buffer.from(w.start.buffer, w.start.byteOffset, L * 4),
    Buffer.from(w.buckets.buffer, w.buckets.byteOffset, n * 4),
    Buffer.from(w.rows.buffer, w.rows.byteOffset, n * L),
  ];
  return gzipSync(Buffer.concat(parts), { level: 9 });
}

/** Throws a plain Error on a malformed file; the loader turns it into MODEL_INVALID. */
export function decodeWeights(file: Uint8Array, labels: readonly string[]): NerWeights {
  const raw = gunzipSync(file);
  const buf = new Uint8Array(raw.byteLength);
  buf.set(raw);
  const view = new DataView(buf.buffer);
  if (buf.byteLength < 28 || view.getUint32(0, true) !== MAGIC) throw new Error('not a NER weight file');
  if (view.getUint32(4, true) !== FORMAT) throw new Error(`weight format ${view.getUint32(4, true)}, expected ${FORMAT}`);
  const L = view.getUint32(8, true);
  const bits = view.getUint32(12, true);
  const n = view.getUint32(16, true);
  const scale = view.getFloat64(20, true);
  if (L !== labels.length) throw new Error(`weights have ${L} labels, manifest lists ${labels.length}`);
  if (bits < 8 || bits > 26) throw new Error(`bad hash size ${bits}`);
  let o = 28;
  const expected = o + L * L * 4 + L * 4 + n * 4 + n * L;
  if (buf.byteLength !== expected) throw new Error(`weight file is ${buf.byteLength} bytes, expected ${expected}`);
  const trans = new Int32Array(buf.buffer, o, L * L); o += L * L * 4;
  const start = new Int32Array(buf.buffer, o, L); o += L * 4;
  const buckets = new Uint32Array(buf.buffer, o, n); o += n * 4;
  const rows = new Int8Array(buf.buffer, o, n * L);
  return { labels, bits, buckets, rows, trans, start, scale };
}

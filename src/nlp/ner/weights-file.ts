import { gunzipSync, gzipSync } from 'node:zlib';
import type { NerWeights } from './model.js';

/**
 * Binary weight file (gzip), little-endian: "NERW", format version, L, bits, rows, entries,
 * scale (float64); then transitions and start scores (int32), the sorted feature buckets (uint32),
 * row pointers (uint32, rows + 1), and the sparse row entries: label (uint8) and weight (int16).
 * Rows are sparse because a perceptron only moves the weights of labels it confused: 3-6 labels
 * of 37 on average, so a feature costs a few additions instead of one per label.
 */
const MAGIC = 0x5752454e; // "NERW"
const FORMAT = 2;
const HEADER = 32;

export function encodeWeights(w: NerWeights): Buffer {
  const L = w.labels.length;
  const n = w.buckets.length;
  const nnz = w.values.length;
  const header = new DataView(new ArrayBuffer(HEADER));
  header.setUint32(0, MAGIC, true);
  header.setUint32(4, FORMAT, true);
  header.setUint32(8, L, true);
  header.setUint32(12, w.bits, true);
  header.setUint32(16, n, true);
  header.setUint32(20, nnz, true);
  header.setFloat64(24, w.scale, true);
  const bytes = (a: ArrayBufferView): Buffer => Buffer.from(a.buffer, a.byteOffset, a.byteLength);
  return gzipSync(Buffer.concat([
    Buffer.from(header.buffer), bytes(w.trans), bytes(w.start), bytes(w.buckets), bytes(w.rowPtr),
    bytes(w.values), bytes(w.labelOf),
  ]), { level: 9 });
}

/** Throws a plain Error on a malformed file; the loader turns it into MODEL_INVALID. */
export function decodeWeights(file: Uint8Array, labels: readonly string[]): NerWeights {
  const buf = alignedBytes(inflate(file));
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  if (buf.byteLength < HEADER || view.getUint32(0, true) !== MAGIC) throw new Error('not a NER weight file');
  if (view.getUint32(4, true) === 1) return decodeDenseInt8(buf, view, labels);
  if (view.getUint32(4, true) !== FORMAT) throw new Error(`weight format ${view.getUint32(4, true)}, expected ${FORMAT}`);
  const L = view.getUint32(8, true);
  const bits = view.getUint32(12, true);
  const n = view.getUint32(16, true);
  const nnz = view.getUint32(20, true);
  const scale = view.getFloat64(24, true);
  if (L !== labels.length) throw new Error(`weights have ${L} labels, manifest lists ${labels.length}`);
  if (bits < 8 || bits > 26) throw new Error(`bad hash size ${bits}`);
  const expected = HEADER + L * L * 4 + L * 4 + n * 4 + (n + 1) * 4 + nnz * 2 + nnz;
  if (buf.byteLength !== expected) throw new Error(`weight file is ${buf.byteLength} bytes, expected ${expected}`);
  let o = buf.byteOffset + HEADER;
  const take = <T>(make: (b: ArrayBufferLike, o: number, len: number) => T, len: number, size: number): T => { const t = make(buf.buffer, o, len); o += len * size; return t; };
  const trans = take((b, x, l) => new Int32Array(b, x, l), L * L, 4);
  const start = take((b, x, l) => new Int32Array(b, x, l), L, 4);
  const buckets = take((b, x, l) => new Uint32Array(b, x, l), n, 4);
  const rowPtr = take((b, x, l) => new Uint32Array(b, x, l), n + 1, 4);
  const values = take((b, x, l) => new Int16Array(b, x, l), nnz, 2);
  const labelOf = take((b, x, l) => new Uint8Array(b, x, l), nnz, 1);
  if (rowPtr[n] !== nnz) throw new Error('row pointers do not match the entry count');
  for (let k = 0; k < nnz; k++) if (labelOf[k]! >= L) throw new Error(`entry ${k} has label ${labelOf[k]}, only ${L} labels`);
  return { labels, bits, buckets, rowPtr, values, labelOf, trans, start, scale };
}

/**
 * gunzip into one buffer of the stated size (the gzip trailer's ISIZE): by default zlib inflates
 * in 16 kB chunks and concatenates them, which holds the model twice at the peak (+28 MB of
 * resident memory for the OntoNotes model, measured with process.resourceUsage().maxRSS).
 */
function inflate(file: Uint8Array): Buffer {
  const stated = file.byteLength >= 18 ? Buffer.from(file.buffer, file.byteOffset, file.byteLength).readUInt32LE(file.byteLength - 4) : 0;
  const plausible = stated > 0 && stated <= MAX_INFLATED;
  return gunzipSync(file, plausible ? { chunkSize: Math.max(64 * 1024, stated + 1) } : {});
}

/** A larger trailer is a corrupt or hostile file: inflate it in chunks and let the size checks fail it. */
const MAX_INFLATED = 512 * 1024 * 1024;

/**
 * The typed arrays are views into the inflated bytes, which need 4-byte alignment. gunzip hands
 * large outputs back in a buffer of their own (offset 0), so the copy is only made for the rare
 * small or pooled one: a second copy of a 25 MB model would raise the peak memory of every process.
 */
function alignedBytes(raw: Buffer): Uint8Array {
  if (raw.byteOffset % 4 === 0) return raw;
  const copy = new Uint8Array(raw.byteLength);
  copy.set(raw);
  return copy;
}

/** Format 1 (dense int8 rows, the first shipped model): read into the sparse form. */
function decodeDenseInt8(bytes: Uint8Array, view: DataView, labels: readonly string[]): NerWeights {
  const buf = bytes.slice();
  const L = view.getUint32(8, true);
  const bits = view.getUint32(12, true);
  const n = view.getUint32(16, true);
  const scale = view.getFloat64(20, true);
  if (L !== labels.length) throw new Error(`weights have ${L} labels, manifest lists ${labels.length}`);
  let o = 28;
  if (buf.byteLength !== o + L * L * 4 + L * 4 + n * 4 + n * L) throw new Error('truncated format-1 weight file');
  const trans = new Int32Array(buf.buffer.slice(o, o + L * L * 4)); o += L * L * 4;
  const start = new Int32Array(buf.buffer.slice(o, o + L * 4)); o += L * 4;
  const buckets = new Uint32Array(buf.buffer.slice(o, o + n * 4)); o += n * 4;
  const dense = new Int8Array(buf.buffer, o, n * L);
  const rowPtr = new Uint32Array(n + 1);
  const values: number[] = [];
  const labelOf: number[] = [];
  for (let r = 0; r < n; r++) {
    for (let y = 0; y < L; y++) { const v = dense[r * L + y]!; if (v) { values.push(v); labelOf.push(y); } }
    rowPtr[r + 1] = values.length;
  }
  return { labels, bits, buckets, rowPtr, values: Int16Array.from(values), labelOf: Uint8Array.from(labelOf), trans, start, scale };
}

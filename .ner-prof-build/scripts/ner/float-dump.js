import { readFileSync, writeFileSync } from 'node:fs';
/** Raw dump of averaged float weights: lengths (3 x uint32), then w (f32), tw and sw (f64). */
export function writeFloatDump(path, f) {
    const head = Buffer.from(Uint32Array.from([f.w.length, f.tw.length, f.sw.length]).buffer);
    writeFileSync(path, Buffer.concat([head, Buffer.from(f.w.buffer, f.w.byteOffset, f.w.byteLength), Buffer.from(f.tw.buffer), Buffer.from(f.sw.buffer)]));
}
export function readFloatDump(path) {
    const b = readFileSync(path);
    const buf = new Uint8Array(b.byteLength);
    buf.set(b);
    const [nw, nt, ns] = Array.from(new Uint32Array(buf.buffer, 0, 3));
    let o = 12;
    const w = new Float32Array(buf.buffer.slice(o, o + nw * 4));
    o += nw * 4;
    const tw = new Float64Array(buf.buffer.slice(o, o + nt * 8));
    o += nt * 8;
    const sw = new Float64Array(buf.buffer.slice(o, o + ns * 8));
    return { w, tw, sw };
}
//# sourceMappingURL=float-dump.js.map
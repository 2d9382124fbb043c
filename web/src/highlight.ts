/**
 * Turns overlapping annotation spans into flat, non-overlapping segments of the text: each
 * segment knows every fact that covers it. Offsets are UTF-16 code units, as everywhere in
 * Communique (src/core/span.ts), so `text.slice(start, end)` is exactly the annotated text.
 */
export interface Layer {
  /** A fact's key: "ent:e1", "ev:ev2", "quote:0". */
  key: string;
  /** CSS class the segments of this span get. */
  cls: string;
  start: number;
  end: number;
}

export interface Segment {
  start: number;
  end: number;
  layers: Layer[];
}

export function segment(text: string, layers: readonly Layer[]): Segment[] {
  const valid = layers.filter((l) => l.start >= 0 && l.end <= text.length && l.start < l.end);
  const cuts = new Set<number>([0, text.length]);
  for (const l of valid) { cuts.add(l.start); cuts.add(l.end); }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    out.push({ start, end, layers: valid.filter((l) => l.start <= start && end <= l.end) });
  }
  return out;
}

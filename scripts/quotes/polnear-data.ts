/**
 * PolNeAR (Newell, Margolin & Ruths, LREC 2018) in brat standoff, read for training and eval:
 * DIR/<split>/text/<name>.txt and DIR/<split>/attributions/<name>_<annotator>.ann; like the shared
 * scorer, the first annotator file (sorted) of a document is used. brat offsets count code points;
 * they are converted to UTF-16 indices here. Nothing from the corpus is written to the repository.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Sentence } from '../../src/core/annotations.js';
import { newAnalysis } from '../../src/core/analysis.js';
import { sharedPath } from '../../src/core/paths.js';
import type { Span } from '../../src/core/span.js';
import type { TokenTable } from '../../src/core/tokens.js';
import { normalizeText } from '../../src/ingest/normalize.js';
import { sentencesComponent } from '../../src/nlp/sentences/index.js';
import { tokenizerComponent } from '../../src/nlp/tokenize/index.js';

export interface GoldAttribution {
  readonly cue: Span[];
  readonly content: Span[];
  readonly source: Span[] | null;
}

export interface PolnearDoc {
  readonly name: string;
  readonly text: string;
  readonly tokens: TokenTable;
  readonly sentences: Sentence[];
  readonly gold: GoldAttribution[];
}

export const polnearDir = (split: string): string => sharedPath('data', 'polnear', 'data', split);

function cpToUtf16(text: string): (i: number) => number {
  const map = [0];
  let u = 0;
  for (const ch of text) { u += ch.length; map.push(u); }
  return (i) => map[Math.min(i, map.length - 1)]!;
}

export function readAnn(ann: string, text: string): GoldAttribution[] {
  const conv = cpToUtf16(text);
  const spans = new Map<string, Span[]>();
  const lines = ann.split('\n');
  for (const line of lines) {
    if (!line.startsWith('T')) continue;
    const [id, mid] = line.split('\t');
    if (!id || !mid) continue;
    const rest = mid.slice(mid.indexOf(' ') + 1);
    spans.set(id, rest.split(';').map((p) => {
      const [s, e] = p.trim().split(' ').map(Number);
      return { start: conv(s ?? 0), end: conv(e ?? 0) };
    }));
  }
  const out: GoldAttribution[] = [];
  for (const line of lines) {
    if (!line.startsWith('E')) continue;
    const roles = Object.fromEntries((line.split('\t')[1] ?? '').trim().split(' ').map((kv) => kv.split(':')));
    const content = spans.get(roles.Content ?? '');
    const cue = spans.get(roles.Cue ?? '');
    if (!content || !cue) continue;
    out.push({ cue, content, source: spans.get(roles.Source ?? '') ?? null });
  }
  return out;
}

/** Reads a split, tokenized and split into sentences by our own components (as at run time). */
export function readPolnear(split: string, limit = 0): PolnearDoc[] {
  const dir = polnearDir(split);
  const anns = readdirSync(join(dir, 'attributions')).filter((f) => f.endsWith('.ann')).sort();
  const seen = new Set<string>();
  const tok = tokenizerComponent();
  const sen = sentencesComponent();
  const docs: PolnearDoc[] = [];
  for (const ann of anns) {
    const name = ann.replace(/_[^_]+\.ann$/, '');
    if (seen.has(name)) continue;
    seen.add(name);
    const raw = readFileSync(join(dir, 'text', `${name}.txt`), 'utf8');
    const norm = normalizeText(raw);
    const text = norm.length === raw.length ? norm : raw;
    const a = newAnalysis({ id: name, text, date: null, url: null, source: null, title: null, meta: {} });
    tok.run(a);
    sen.run(a);
    docs.push({ name, text, tokens: a.tokens, sentences: a.sentences, gold: readAnn(readFileSync(join(dir, 'attributions', ann), 'utf8'), raw) });
    if (limit > 0 && docs.length >= limit) break;
  }
  return docs;
}

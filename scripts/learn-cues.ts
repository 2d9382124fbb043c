/**
 * Counts the cue words of PolNeAR train (brat standoff, Cue spans) and writes
 * lexicons/cues-learned.json: each cue form with its frequency and the id of the hand-written
 * lexicon entry that covers it (null when none does), for reviewing what cues.json lacks.
 * Only cue words are written, never corpus text around them.
 * usage: npx tsx scripts/learn-cues.ts [--min 5]
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { lexiconPath, sharedPath } from '../src/core/paths.js';
import { cueForm, cueLexicon } from '../src/nlp/quotes/lexicon.js';

const i = process.argv.indexOf('--min');
const min = i >= 0 ? Number(process.argv[i + 1]) : 5;
const dir = sharedPath('data', 'polnear', 'data', 'train', 'attributions');
const counts = new Map<string, number>();
for (const f of readdirSync(dir).filter((x) => x.endsWith('.ann'))) {
  for (const line of readFileSync(join(dir, f), 'utf8').split('\n')) {
    const [id, mid, text] = line.split('\t');
    if (!id?.startsWith('T') || !mid?.startsWith('Cue ') || !text) continue;
    const form = cueForm(text.trim());
    counts.set(form, (counts.get(form) ?? 0) + 1);
  }
}
const lex = cueLexicon();
// How often each form is a cue where it occurs at all: a form that is annotated as a cue in most of
// its occurrences is a reliable cue word; "in" or "for" are not.
const textDir = sharedPath('data', 'polnear', 'data', 'train', 'text');
const occurrences = new Map<string, number>();
const wanted = [...counts.keys()].filter((f) => /^[a-z][a-z' -]*$/u.test(f) && f.split(' ').length <= 3);
const patterns = wanted.map((f) => [f, new RegExp(`(?<![\\p{L}])${f.replace(/ /g, '\\s+')}(?![\\p{L}])`, 'giu')] as const);
for (const f of readdirSync(textDir).filter((x) => x.endsWith('.txt'))) {
  const text = readFileSync(join(textDir, f), 'utf8');
  for (const [form, re] of patterns) {
    const n = text.match(re)?.length ?? 0;
    if (n) occurrences.set(form, (occurrences.get(form) ?? 0) + n);
  }
}
// A multi-word cue ("has said", "said in a statement") is covered when one of its words is a known form.
const covering = (form: string): string | null =>
  lex.byForm.get(form)?.id ?? form.split(' ').map((w) => lex.byForm.get(w)?.id).find(Boolean) ?? null;
const rows = [...counts].filter(([, n]) => n >= min).sort((a, b) => b[1] - a[1])
  .map(([form, n]) => {
    const occ = occurrences.get(form) ?? 0;
    return { form, count: n, occurrences: occ, ratio: occ ? Math.round((100 * n) / occ) / 100 : null, lexicon: covering(form) };
  });
const out = {
  about: 'Cue forms of PolNeAR train (Cue spans): how often each is annotated as a cue, how often it occurs in the train texts, the ratio, and the cues.json id that covers it. Written by scripts/learn-cues.ts. A review list, not loaded at run time: frequent uncovered forms with a high ratio were added to cues.json by hand.',
  source: 'PolNeAR v1.0.0 train split, attributions/*.ann and text/*.txt',
  min_count: min,
  cues: rows,
};
writeFileSync(lexiconPath('cues-learned.json'), JSON.stringify(out, null, 1) + '\n');
const uncovered = rows.filter((r) => !r.lexicon && (r.ratio ?? 0) >= 0.4);
console.error(`${rows.length} cue forms (>= ${min}); uncovered with ratio >= 0.4: ${uncovered.map((r) => `${r.form} ${r.count}/${r.occurrences}`).join(', ')}`);

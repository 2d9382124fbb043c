import { newAnalysis } from '../../../src/core/analysis.js';
import type { Entity, NameSpan } from '../../../src/core/annotations.js';
import { analyseActors } from '../../../src/nlp/actors/index.js';

/** Runs the actors analysis on a bare text (no tokens, sentences or NER layer): the rules alone. */
export function actorsOf(text: string, opts: { source?: string; names?: NameSpan[] } = {}): Entity[] {
  const a = newAnalysis({ id: 't', text, date: null, url: null, source: opts.source ?? null, title: null, meta: {} });
  if (opts.names) a.names = opts.names;
  return analyseActors(a);
}

export const personsOf = (text: string, opts: { source?: string; names?: NameSpan[] } = {}): Entity[] =>
  actorsOf(text, opts).filter((e) => e.type === 'PERSON');

export const person = (text: string, name: string, opts: { source?: string } = {}): Entity | undefined =>
  personsOf(text, opts).find((e) => e.name === name);

import type { Analysis } from '../../core/analysis.js';
import type { EntityType, NameSpan } from '../../core/annotations.js';
import { tokenText } from '../../core/tokens.js';
import type { Component } from '../pipeline.js';
import { applyNameRules } from './name-rules.js';
import { bioToSpans } from './spans.js';
import { DEFAULT_NER_MODEL, loadNerModel } from './model-loader.js';
import type { NerModel } from './model.js';

export { loadNerModel, loadNerModelFrom, DEFAULT_NER_MODEL } from './model-loader.js';
export type { NerModel } from './model.js';

export interface NerOptions {
  /** models/ner-<model>; default "ontonotes". */
  readonly model?: string;
}

/** Sentences longer than this are tagged in windows: Viterbi is linear, but runaway "sentences" (lists, tables) gain nothing. */
const MAX_WINDOW = 250;

/**
 * Named-entity recognition on our own tokens: the statistical tagger (models/ner-<name>) runs per
 * sentence over the whole document (two-pass when the model was trained so) and writes a.names.
 */
export function nerComponent(options: NerOptions = {}): Component {
  const name = options.model ?? DEFAULT_NER_MODEL;
  let model: NerModel | undefined;
  return {
    name: 'ner',
    needs: ['tokens', 'sentences'],
    provides: ['names'],
    run(a: Analysis): void {
      model ??= loadNerModel(name);
      a.names = findNames(model, a);
    },
  };
}

/** Token windows to tag: the sentences, or the whole token table when no sentence layer was built. */
function windows(a: Analysis): [number, number][] {
  const ranges: [number, number][] = a.sentences.length
    ? a.sentences.map((s) => [s.tokenStart, s.tokenEnd])
    : [[0, a.tokens.count]];
  const out: [number, number][] = [];
  for (const [s, e] of ranges) for (let k = s; k < e; k += MAX_WINDOW) out.push([k, Math.min(e, k + MAX_WINDOW)]);
  return out.filter(([s, e]) => e > s);
}

export function findNames(model: NerModel, a: Analysis): NameSpan[] {
  const ranges = windows(a);
  const sentences = ranges.map(([s, e]) => {
    const words: string[] = [];
    for (let i = s; i < e; i++) words.push(tokenText(a.text, a.tokens, i));
    return words;
  });
  const tagged = model.tagDocument(sentences);
  const rule = `${model.info.name}@${model.info.version}`;
  const names: NameSpan[] = [];
  ranges.forEach(([s], k) => {
    const { tags, ruleOf } = applyNameRules(sentences[k] ?? [], tagged[k] ?? [], model);
    for (const span of bioToSpans(tags)) {
      const byRule = ruleOf.slice(span.start, span.end).find((r) => r !== undefined);
      const tokenStart = s + span.start;
      const tokenEnd = s + span.end;
      names.push({
        start: a.tokens.start[tokenStart] ?? 0,
        end: a.tokens.end[tokenEnd - 1] ?? 0,
        type: span.type as EntityType,
        tokenStart,
        tokenEnd,
        by: { component: 'ner', rule: byRule ?? rule },
      });
    }
  });
  return names;
}

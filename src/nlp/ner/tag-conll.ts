import { conllDocuments, parseConll, type ConllLine } from './conll.js';
import { mapToConll } from './labels.js';
import type { NerModel } from './model.js';
import { applyNameRules } from './name-rules.js';

export interface TagConllOptions {
  /** 'conll' maps OntoNotes types to PER/LOC/ORG/MISC unless the model already uses them. */
  readonly labels?: 'ontonotes' | 'conll';
  /** Apply the post-tagging name rules (name-rules.ts), as the pipeline does; default true. */
  readonly rules?: boolean;
}

/**
 * Tags a CoNLL-style file's tokens as given (no re-tokenising) and returns the output lines:
 * "token<TAB>tag" per token, blank lines and -DOCSTART- lines kept where they were.
 */
export function tagConllText(model: NerModel, text: string, options: TagConllOptions = {}, path?: string): string[] {
  const lines = parseConll(text, path);
  const docs = conllDocuments(lines);
  const mapping = options.labels === 'conll' && !model.labels.some((l) => l.endsWith('-PER'));
  const tags: string[] = [];
  for (const doc of docs) {
    const words = doc.sentences.map((s) => s.words);
    const tagged = model.tagDocument(words).map((t, k) =>
      options.rules === false ? t : applyNameRules(words[k] ?? [], t, model).tags);
    for (const t of tagged) tags.push(...(mapping ? mapToConll(t) : t));
  }
  return renderTagged(lines, tags);
}

function renderTagged(lines: readonly ConllLine[], tags: readonly string[]): string[] {
  const out: string[] = [];
  let k = 0;
  for (const l of lines) {
    if (l.kind === 'docstart') out.push(l.raw);
    else if (l.kind === 'blank') out.push('');
    else out.push(`${l.word}\t${tags[k++] ?? 'O'}`);
  }
  return out;
}

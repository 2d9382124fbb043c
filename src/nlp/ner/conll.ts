import { CommuniqueError } from '../../core/errors.js';

/** One line of a CoNLL-style file: a token (first column) or a pass-through line. */
export type ConllLine =
  | { readonly kind: 'token'; readonly word: string; readonly columns: readonly string[] }
  | { readonly kind: 'blank' }
  | { readonly kind: 'docstart'; readonly raw: string };

export interface ConllSentence {
  readonly words: string[];
  /** Last column of each line (the gold tag when the file has one). */
  readonly tags: string[];
}

export interface ConllDocument {
  readonly sentences: ConllSentence[];
}

/** Splits on tabs when the line has one (OntoNotes .bio), else on spaces (CoNLL-2003). */
export function parseConllLine(line: string, lineNo: number, path?: string): ConllLine {
  if (line.startsWith('-DOCSTART-')) return { kind: 'docstart', raw: line };
  if (line.trim() === '') return { kind: 'blank' };
  const columns = line.includes('\t') ? line.split('\t') : line.trim().split(/ +/u);
  const word = columns[0] ?? '';
  if (word === '') throw new CommuniqueError('CONLL_INVALID', `line ${lineNo}: empty first column`, path ? { path, line: lineNo } : { line: lineNo });
  return { kind: 'token', word, columns };
}

export function parseConll(text: string, path?: string): ConllLine[] {
  const lines = text.split(/\r?\n/u);
  if (lines.length && lines[lines.length - 1] === '') lines.pop();
  return lines.map((l, i) => parseConllLine(l, i + 1, path));
}

/** Groups lines into documents (split at -DOCSTART-) of sentences (split at blank lines). */
export function conllDocuments(lines: readonly ConllLine[]): ConllDocument[] {
  const docs: ConllDocument[] = [];
  let doc: ConllSentence[] = [];
  let sent: ConllSentence = { words: [], tags: [] };
  const endSentence = (): void => {
    if (sent.words.length) doc.push(sent);
    sent = { words: [], tags: [] };
  };
  const endDoc = (): void => {
    endSentence();
    if (doc.length) docs.push({ sentences: doc });
    doc = [];
  };
  for (const l of lines) {
    if (l.kind === 'docstart') endDoc();
    else if (l.kind === 'blank') endSentence();
    else {
      sent.words.push(l.word);
      sent.tags.push(l.columns.length > 1 ? (l.columns[l.columns.length - 1] ?? 'O').trim() : 'O');
    }
  }
  endDoc();
  return docs;
}

/** One line of a CoNLL-style file: a token (first column) or a pass-through line. */
export type ConllLine = {
    readonly kind: 'token';
    readonly word: string;
    readonly columns: readonly string[];
} | {
    readonly kind: 'blank';
} | {
    readonly kind: 'docstart';
    readonly raw: string;
};
export interface ConllSentence {
    readonly words: string[];
    /** Last column of each line (the gold tag when the file has one). */
    readonly tags: string[];
}
export interface ConllDocument {
    readonly sentences: ConllSentence[];
}
/** Splits on tabs when the line has one (OntoNotes .bio), else on spaces (CoNLL-2003). */
export declare function parseConllLine(line: string, lineNo: number, path?: string): ConllLine;
export declare function parseConll(text: string, path?: string): ConllLine[];
/** Groups lines into documents (split at -DOCSTART-) of sentences (split at blank lines). */
export declare function conllDocuments(lines: readonly ConllLine[]): ConllDocument[];

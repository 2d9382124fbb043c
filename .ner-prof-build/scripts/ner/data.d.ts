/** A labelled document for training: sentences of words with BIO tags. */
export interface LabelledDoc {
    sentences: {
        words: string[];
        tags: string[];
    }[];
}
/** Reads OntoNotes .bio (already BIO) or CoNLL-2003 (IOB1, converted to BIO). */
export declare function readLabelled(path: string, scheme: 'bio' | 'iob1'): LabelledDoc[];
/** Entity spans "start:end:type" of a BIO sequence (as conlleval counts them). */
export declare function bioSpans(tags: readonly string[]): string[];
export interface Prf {
    tp: number;
    fp: number;
    fn: number;
}
export declare function addCounts(acc: Map<string, Prf>, gold: readonly string[], pred: readonly string[]): void;
export declare function f1(acc: Map<string, Prf>): number;

/**
 * BIO label sets. A label index is stable within one model (the manifest lists the labels in
 * order); index 0 is always "O".
 */
export interface LabelSet {
    readonly labels: readonly string[];
    readonly count: number;
    /** allowed[prev * count + next] = 1 when the transition is legal in BIO. */
    readonly allowed: Uint8Array;
    /** startAllowed[y] = 1 when a sentence may start with y (never I-X). */
    readonly startAllowed: Uint8Array;
    /** Legal predecessors of y: preds[predStart[y] .. predStart[y + 1]) (Viterbi visits only these). */
    readonly preds: Int32Array;
    readonly predStart: Int32Array;
}
/** Builds O, B-T, I-T for each type, in the order given. */
export declare function bioLabels(types: readonly string[]): string[];
export declare const labelType: (label: string) => string | null;
/** BIO constraints: I-X may only follow B-X or I-X (it never follows O or another type). */
export declare function labelSet(labels: readonly string[]): LabelSet;
/** IOB1 (CoNLL-2003: I-X starts a span unless it continues one of the same type) to BIO. */
export declare function iob1ToBio(tags: readonly string[]): string[];
/**
 * OntoNotes types -> CoNLL-2003 types (CoNLL-2003 guidelines: LOC covers countries, cities,
 * facilities' geographic sense; MISC covers nationalities, events, works, laws, languages).
 * Numeric and temporal types have no CoNLL counterpart and become O.
 */
export declare const ONTONOTES_TO_CONLL: Readonly<Record<string, string | null>>;
/** Maps a BIO sequence to CoNLL types, keeping it valid BIO (a dropped span leaves O). */
export declare function mapToConll(tags: readonly string[]): string[];

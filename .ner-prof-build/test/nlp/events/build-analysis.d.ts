import { type Analysis } from '../../../src/core/analysis.js';
export interface PersonSpec {
    name: string;
    country: string;
    sector?: string;
    /** Title phrases that, where they occur in the text, are mentions of the person. */
    titles?: string[];
}
/**
 * An analysis built by hand, as a rule's test needs it (STYLE.md habit 7): one sentence per line,
 * person entities with their mentions (full name, surname, titles), dates from the dates rules.
 */
export declare function buildAnalysis(lines: readonly string[], opts?: {
    date?: string | null;
    persons?: PersonSpec[];
    quotes?: Array<[number, number]>;
    id?: string;
}): Analysis;

import type { Entity, PloverCategory } from '../../src/core/annotations.js';
import type { DocumentRecord } from '../../src/core/record.js';
/** Hand-built document records for the knowledge-base tests: invented officials, real countries. */
export interface PersonSpec {
    name: string;
    country?: string | null;
    sector?: string | null;
    titles?: string[];
    /** Marks the country as the pipeline's guess from the article. */
    inferred?: boolean;
}
export interface EventSpec {
    category: PloverCategory;
    actor: Array<string | {
        code: string;
        sector?: string;
    }>;
    recipient?: Array<string | {
        code: string;
        sector?: string;
    }>;
    mode?: string[];
    date?: string | null;
}
export declare function person(id: string, p: PersonSpec, text: string): Entity;
/** A record with the given persons (ids e1, e2, … in order) and events over them. */
export declare function record(id: string, date: string | null, persons: PersonSpec[], events?: EventSpec[], topics?: string[]): DocumentRecord;

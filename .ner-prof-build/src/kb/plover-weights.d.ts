import type { PloverCategory } from '../core/annotations.js';
/**
 * Cooperation-conflict weights of the PLOVER categories, on the -10..+10 scale of the Goldstein
 * scale for CAMEO (Goldstein 1992, "A Conflict-Cooperation Scale for WEIS Events Data"; CAMEO
 * codebook v1.1b3, Appendix: Goldstein values of the root codes). PLOVER has no official weights:
 * each category takes the Goldstein value of the CAMEO root codes it was built from (PLOVER
 * manual, "Relation to CAMEO"), averaged where it merges several. A documented convention for a
 * relations "temperature", not a measurement.
 */
export interface PloverWeight {
    readonly category: PloverCategory;
    readonly weight: number;
    /** The CAMEO root codes and Goldstein values the weight comes from. */
    readonly source: string;
}
export declare const PLOVER_WEIGHTS: readonly PloverWeight[];
/** The weight of a category (0 for an unknown one). */
export declare const ploverWeight: (c: PloverCategory) => number;

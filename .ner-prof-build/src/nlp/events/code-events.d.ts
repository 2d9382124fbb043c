import type { Analysis } from '../../core/analysis.js';
import type { PloverEvent } from '../../core/annotations.js';
/** Codes the PLOVER events of an analysed document (sentences, entities, dates and quotes built). */
export declare function codeEvents(a: Analysis): PloverEvent[];

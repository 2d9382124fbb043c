import type { DateMention } from '../../core/annotations.js';
import { type Resolved } from './date-rules.js';
export declare function formatResolved(r: Resolved): string;
/**
 * All time expressions of `text` resolved against `ref`. Rules of date-rules.ts first; chrono-node
 * for the rest. Expressions that need a reference are dropped when there is none, and so are dates
 * without a year when there is no reference to give them one.
 */
export declare function findDates(text: string, ref: Date | null, offset?: number): DateMention[];

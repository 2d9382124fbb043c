import type { Page } from './repository.js';
export declare const DEFAULT_LIMIT = 50;
export declare const MAX_LIMIT = 1000;
/**
 * Limit and offset made safe, the same for every implementation: whole numbers, limit in
 * 1..MAX_LIMIT (default DEFAULT_LIMIT), offset >= 0 (default 0).
 */
export declare function pageOf(page: Page | undefined): {
    limit: number;
    offset: number;
};

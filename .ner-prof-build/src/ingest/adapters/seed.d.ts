import type { SourceAdapter } from '../types.js';
export declare const seedAdapter: SourceAdapter;

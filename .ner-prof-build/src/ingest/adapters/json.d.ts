import type { SourceAdapter } from '../types.js';
/**
 * A `.json` file: one article object, or an array of them. Objects without an id take the file
 * name, and in an array the file name and the item number ("<file>-<n>").
 */
export declare const jsonAdapter: SourceAdapter;

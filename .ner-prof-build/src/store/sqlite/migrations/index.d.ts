import type { Migration } from './migration.js';
export type { Migration } from './migration.js';
/** Every migration, in order. Add new ones at the end with the next number. */
export declare const MIGRATIONS: readonly Migration[];

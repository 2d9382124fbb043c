import { migration001 } from './001_documents.js';
import { migration002 } from './002_annotations.js';
import { migration003 } from './003_fts_stemming.js';
import { migration004 } from './004_knowledge_base.js';
import type { Migration } from './migration.js';

export type { Migration } from './migration.js';

/** Every migration, in order. Add new ones at the end with the next number. */
export const MIGRATIONS: readonly Migration[] = [migration001, migration002, migration003, migration004];

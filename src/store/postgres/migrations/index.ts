import { migration001 } from './001_full_text_search.js';
import { migration002 } from './002_documents.js';
import { migration003 } from './003_annotations.js';
import { migration004 } from './004_knowledge_base.js';
import type { PostgresMigration } from './migration.js';

export type { PostgresMigration } from './migration.js';

/** Every Postgres migration, in order. Add new ones at the end with the next number. */
export const POSTGRES_MIGRATIONS: readonly PostgresMigration[] = [migration001, migration002, migration003, migration004];

import { migration001 } from './001_documents.js';
import { migration002 } from './002_annotations.js';
import { migration003 } from './003_fts_stemming.js';
/** Every migration, in order. Add new ones at the end with the next number. */
export const MIGRATIONS = [migration001, migration002, migration003];
//# sourceMappingURL=index.js.map
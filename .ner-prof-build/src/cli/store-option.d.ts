import type { ReadOptions } from '../ingest/types.js';
import type { Repository } from '../store/repository.js';
/** The database the commands use unless --db says otherwise, in the working directory. */
export declare const DEFAULT_DB = "communique.sqlite";
/** Opens a store that must already exist (for reading): a typo in --db should not create a new empty file. */
export declare function openExistingStore(location: string): Promise<Repository>;
/**
 * Read options for a run that stores into `db`: a directory walk also leaves out the database's
 * own files (`communique ingest .` with the database in the working directory).
 */
export declare function readOptionsBeside(db: string): ReadOptions;

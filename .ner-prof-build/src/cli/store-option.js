import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import { CommuniqueError } from '../core/errors.js';
import { defaultSkipFile } from '../ingest/sources.js';
import { openStore } from '../store/index.js';
/** The database the commands use unless --db says otherwise, in the working directory. */
export const DEFAULT_DB = 'communique.sqlite';
const isFilePath = (location) => location !== ':memory:' && !/^[a-z]+:\/\//iu.test(location);
/** Opens a store that must already exist (for reading): a typo in --db should not create a new empty file. */
export async function openExistingStore(location) {
    if (isFilePath(location) && !existsSync(location)) {
        throw new CommuniqueError('STORE_OPEN_FAILED', `no database at ${location} (create one with "communique ingest <inputs> --db ${location}")`);
    }
    return openStore(location);
}
/**
 * Read options for a run that stores into `db`: a directory walk also leaves out the database's
 * own files (`communique ingest .` with the database in the working directory).
 */
export function readOptionsBeside(db) {
    if (!isFilePath(db))
        return {};
    const own = new Set(['', '-wal', '-shm', '-journal'].map((suffix) => basename(db) + suffix));
    return { skipFile: (name) => own.has(name) || defaultSkipFile(name) };
}
//# sourceMappingURL=store-option.js.map
import { CommuniqueError } from '../core/errors.js';
import { openSqliteStore } from './sqlite/open-sqlite-store.js';
export { openSqliteStore };
/**
 * Opens the store at `location`: a file path (or ':memory:') opens SQLite, created and migrated
 * as needed; a `postgres://` URL is reserved for the Postgres implementation, which will run the
 * same contract suite (test/contract/) once it exists.
 *
 * @example
 * const store = await openStore('communique.sqlite');
 * const hits = await store.search('"state visit" Astana');
 */
export async function openStore(location, options = {}) {
    if (/^postgres(ql)?:\/\//iu.test(location)) {
        // The URL may hold a password: keep it out of the message.
        throw new CommuniqueError('STORE_OPEN_FAILED', 'Postgres stores are not implemented yet; use a SQLite file path');
    }
    return openSqliteStore(location, options.readonly === undefined ? {} : { readonly: options.readonly });
}
//# sourceMappingURL=index.js.map
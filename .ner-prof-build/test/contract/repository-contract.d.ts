import type { Repository } from '../../src/store/repository.js';
export interface ContractOptions {
    /**
     * For implementations that persist: returns a handle whose `open` opens the same store each
     * time (a file, a database), to test that an interrupted ingest resumes after a reopen.
     */
    persistent?: () => {
        open: () => Promise<Repository>;
    };
}
/**
 * The behaviour every Repository implementation must show (SQLite now, Postgres later).
 * `open` must return a new, empty store each time it is called.
 */
export declare function describeRepositoryContract(name: string, open: () => Promise<Repository>, options?: ContractOptions): void;

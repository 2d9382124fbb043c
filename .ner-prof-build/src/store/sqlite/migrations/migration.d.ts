/**
 * A numbered schema change. Migrations run in `id` order, each in its own transaction, and are
 * recorded in the `store_migrations` table; a released migration is never edited, a new one is
 * added instead (the knowledge base's cross-document tables come as later numbers).
 */
export interface Migration {
    readonly id: number;
    readonly name: string;
    /** SQL statements, run with `exec`. */
    readonly up: string;
}

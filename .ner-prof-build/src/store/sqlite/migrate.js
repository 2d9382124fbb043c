import { CommuniqueError } from '../../core/errors.js';
const MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS store_migrations (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  applied_at TEXT NOT NULL
)`;
/** The ids already applied to this database, in order ([] for a new or read-only empty one). */
export function appliedMigrations(db) {
    const table = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'store_migrations'").get();
    if (table === undefined)
        return [];
    return db.prepare('SELECT id FROM store_migrations ORDER BY id').all().map((r) => r.id);
}
/** The migrations of `all` that this database has not applied yet; throws if it is newer than the code. */
export function pendingMigrations(db, all) {
    const applied = new Set(appliedMigrations(db));
    const known = new Set(all.map((m) => m.id));
    const unknown = [...applied].filter((id) => !known.has(id));
    if (unknown.length > 0) {
        throw new CommuniqueError('STORE_OPEN_FAILED', `the store has migration ${unknown.join(', ')} that this version does not know; it was written by a newer Communique`);
    }
    return all.filter((m) => !applied.has(m.id));
}
/**
 * Applies the pending migrations in id order, each in its own transaction with its record in
 * `store_migrations`, so a failure leaves the store at the last good version.
 * Returns the ids applied.
 */
export function runMigrations(db, all) {
    checkOrder(all);
    db.exec(MIGRATIONS_TABLE);
    const pending = pendingMigrations(db, all);
    const record = db.prepare('INSERT INTO store_migrations (id, name, applied_at) VALUES (?, ?, ?)');
    for (const m of pending) {
        try {
            db.transaction(() => {
                db.exec(m.up);
                record.run(m.id, m.name, new Date().toISOString());
            })();
        }
        catch (e) {
            const id = String(m.id).padStart(3, '0');
            throw new CommuniqueError('STORE_MIGRATION_FAILED', `${id}_${m.name}: ${e.message}`, {}, { cause: e });
        }
    }
    return pending.map((m) => m.id);
}
function checkOrder(all) {
    all.forEach((m, i) => {
        if (m.id !== i + 1) {
            throw new CommuniqueError('STORE_MIGRATION_FAILED', `migration ids must run 1, 2, 3, …; found ${m.id} at position ${i + 1} (${m.name})`);
        }
    });
}
//# sourceMappingURL=migrate.js.map
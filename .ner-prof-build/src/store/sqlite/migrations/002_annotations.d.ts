import type { Migration } from './migration.js';
/**
 * The annotations of each document, one table per kind, all hanging off documents.pk with
 * ON DELETE CASCADE. Entity references inside a document (event participants, quote speakers)
 * point at entities.pk, so the knowledge base can later link entities to cross-document persons
 * with a table of its own (entity_pk -> person) without touching these.
 * `by_component` / `by_rule` keep each annotation's provenance for per-rule counts.
 */
export declare const migration002: Migration;

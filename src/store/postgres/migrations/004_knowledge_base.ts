import type { PostgresMigration } from './migration.js';

/**
 * The knowledge base's tables (src/store/knowledge-store.ts), as SQLite's migration 004: entity
 * rows keep their full object as JSON text in `data` (read whole, never queried; TEXT rather
 * than JSONB so that an object comes back with its keys as written), beside the columns lists
 * filter and sort on, and side tables for many-valued fields. They hang off public ids, not
 * documents.pk: a document delete makes the knowledge base stale, and the next update rebuilds it.
 *
 * Columns that lists order by use the "C" collation (code point order, SQLite's BINARY), as in
 * migration 002. Flags are BOOLEAN; the MinHash signature is BYTEA (128 x uint32, little-endian).
 */
export const migration004: PostgresMigration = {
  id: 4,
  name: 'knowledge_base',
  up: `
CREATE TABLE kb_documents (
  document_id TEXT COLLATE "C" PRIMARY KEY,
  story_id TEXT COLLATE "C" NOT NULL,
  signature BYTEA NOT NULL,
  seq INTEGER NOT NULL
);
CREATE INDEX kb_documents_story ON kb_documents (story_id);

CREATE TABLE kb_persons (
  id TEXT COLLATE "C" PRIMARY KEY,
  name TEXT COLLATE "C" NOT NULL,
  country TEXT COLLATE "C",
  first_seen TEXT COLLATE "C",
  last_seen TEXT COLLATE "C",
  document_count INTEGER NOT NULL,
  ambiguous BOOLEAN NOT NULL,
  seq INTEGER NOT NULL,
  data TEXT NOT NULL
);
CREATE INDEX kb_persons_rank ON kb_persons (document_count DESC, name, id);
CREATE INDEX kb_persons_country ON kb_persons (country);

-- The canonical name and every variant, folded (lower case, no accents) for type-ahead search.
CREATE TABLE kb_person_names (
  person_id TEXT COLLATE "C" NOT NULL REFERENCES kb_persons (id) ON DELETE CASCADE,
  name TEXT COLLATE "C" NOT NULL,
  folded TEXT NOT NULL,
  PRIMARY KEY (person_id, name)
);

-- Which person each PERSON entity of a document was resolved to.
CREATE TABLE kb_person_entities (
  document_id TEXT COLLATE "C" NOT NULL,
  entity_id TEXT COLLATE "C" NOT NULL,
  person_id TEXT COLLATE "C" NOT NULL REFERENCES kb_persons (id) ON DELETE CASCADE,
  PRIMARY KEY (document_id, entity_id)
);
CREATE INDEX kb_person_entities_person ON kb_person_entities (person_id);

-- Offices as observed (Popolo memberships): one per person and office wording key.
CREATE TABLE kb_offices (
  person_id TEXT COLLATE "C" NOT NULL REFERENCES kb_persons (id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  id TEXT NOT NULL,
  title TEXT NOT NULL,
  institution TEXT,
  country TEXT,
  sector TEXT,
  first_seen TEXT,
  last_seen TEXT,
  past BOOLEAN NOT NULL,
  data TEXT NOT NULL,
  PRIMARY KEY (person_id, seq)
);

CREATE TABLE kb_organisations (
  id TEXT COLLATE "C" PRIMARY KEY,
  name TEXT COLLATE "C" NOT NULL,
  country TEXT COLLATE "C",
  document_count INTEGER NOT NULL,
  seq INTEGER NOT NULL,
  data TEXT NOT NULL
);
CREATE INDEX kb_organisations_rank ON kb_organisations (document_count DESC, name, id);

CREATE TABLE kb_organisation_names (
  organisation_id TEXT COLLATE "C" NOT NULL REFERENCES kb_organisations (id) ON DELETE CASCADE,
  name TEXT COLLATE "C" NOT NULL,
  folded TEXT NOT NULL,
  PRIMARY KEY (organisation_id, name)
);

-- Cross-document events. from_day: the first report date as a full day, for range filters.
CREATE TABLE kb_events (
  id TEXT COLLATE "C" PRIMARY KEY,
  category TEXT COLLATE "C" NOT NULL,
  negated BOOLEAN NOT NULL,
  date_from TEXT COLLATE "C",
  date_to TEXT COLLATE "C",
  from_day TEXT COLLATE "C",
  seq INTEGER NOT NULL,
  data TEXT NOT NULL
);
CREATE INDEX kb_events_recent ON kb_events ((coalesce(date_to, '')) DESC, id);

CREATE TABLE kb_event_countries (
  event_id TEXT COLLATE "C" NOT NULL REFERENCES kb_events (id) ON DELETE CASCADE,
  country TEXT COLLATE "C" NOT NULL,
  PRIMARY KEY (event_id, country)
);
CREATE INDEX kb_event_countries_country ON kb_event_countries (country, event_id);

CREATE TABLE kb_event_persons (
  event_id TEXT COLLATE "C" NOT NULL REFERENCES kb_events (id) ON DELETE CASCADE,
  person_id TEXT COLLATE "C" NOT NULL,
  PRIMARY KEY (event_id, person_id)
);
CREATE INDEX kb_event_persons_person ON kb_event_persons (person_id, event_id);

-- The member events: every report (document, event id) merged into a cross-document event.
CREATE TABLE kb_event_sources (
  event_id TEXT COLLATE "C" NOT NULL REFERENCES kb_events (id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  document_id TEXT COLLATE "C" NOT NULL,
  event TEXT NOT NULL,
  date TEXT,
  rule TEXT NOT NULL,
  shared_countries INTEGER NOT NULL,
  shared_persons INTEGER NOT NULL,
  evidence TEXT NOT NULL,
  PRIMARY KEY (event_id, seq)
);
CREATE INDEX kb_event_sources_document ON kb_event_sources (document_id, event_id);
`,
};

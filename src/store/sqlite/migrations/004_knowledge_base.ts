import type { Migration } from './migration.js';

/**
 * The knowledge base's tables (src/store/knowledge-store.ts), written at ingest so the server
 * reads persons, offices, organisations and cross-document events instead of resolving them
 * again. They hang off public ids, not documents.pk: the knowledge base is rebuilt from
 * document records and never cascades from a document delete (a delete makes it stale, and the
 * next ingest rebuilds it).
 *
 * Each entity row keeps its full object as JSON in `data` (sightings with roles and spans are
 * read whole, never queried); the columns beside it are the ones lists filter and sort on, and
 * the side tables (names, countries, persons, sources) are the indexes of many-valued fields.
 */
export const migration004: Migration = {
  id: 4,
  name: 'knowledge_base',
  up: `
-- Every document the knowledge base has read, its near-duplicate story and MinHash signature
-- (128 x uint32, little-endian), so a later batch is compared without reading the texts again.
CREATE TABLE kb_documents (
  document_id TEXT PRIMARY KEY,
  story_id TEXT NOT NULL,
  signature BLOB NOT NULL,
  seq INTEGER NOT NULL
);
CREATE INDEX kb_documents_story ON kb_documents (story_id);

CREATE TABLE kb_persons (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  country TEXT,
  first_seen TEXT,
  last_seen TEXT,
  document_count INTEGER NOT NULL,
  ambiguous INTEGER NOT NULL,
  seq INTEGER NOT NULL,
  data TEXT NOT NULL
);
CREATE INDEX kb_persons_rank ON kb_persons (document_count DESC, name, id);
CREATE INDEX kb_persons_country ON kb_persons (country);

-- The canonical name and every variant, folded (lower case, no accents) for type-ahead search.
CREATE TABLE kb_person_names (
  person_id TEXT NOT NULL REFERENCES kb_persons (id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  folded TEXT NOT NULL,
  PRIMARY KEY (person_id, name)
) WITHOUT ROWID;

-- Which person each PERSON entity of a document was resolved to.
CREATE TABLE kb_person_entities (
  document_id TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  person_id TEXT NOT NULL REFERENCES kb_persons (id) ON DELETE CASCADE,
  PRIMARY KEY (document_id, entity_id)
) WITHOUT ROWID;
CREATE INDEX kb_person_entities_person ON kb_person_entities (person_id);

-- Offices as observed (Popolo memberships): one per person and office wording key.
CREATE TABLE kb_offices (
  person_id TEXT NOT NULL REFERENCES kb_persons (id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  id TEXT NOT NULL,
  title TEXT NOT NULL,
  institution TEXT,
  country TEXT,
  sector TEXT,
  first_seen TEXT,
  last_seen TEXT,
  past INTEGER NOT NULL,
  data TEXT NOT NULL,
  PRIMARY KEY (person_id, seq)
) WITHOUT ROWID;

CREATE TABLE kb_organisations (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  country TEXT,
  document_count INTEGER NOT NULL,
  seq INTEGER NOT NULL,
  data TEXT NOT NULL
);
CREATE INDEX kb_organisations_rank ON kb_organisations (document_count DESC, name, id);

CREATE TABLE kb_organisation_names (
  organisation_id TEXT NOT NULL REFERENCES kb_organisations (id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  folded TEXT NOT NULL,
  PRIMARY KEY (organisation_id, name)
) WITHOUT ROWID;

-- Cross-document events. from_day: the first report date as a full day, for range filters.
CREATE TABLE kb_events (
  id TEXT PRIMARY KEY,
  category TEXT NOT NULL,
  negated INTEGER NOT NULL,
  date_from TEXT,
  date_to TEXT,
  from_day TEXT,
  seq INTEGER NOT NULL,
  data TEXT NOT NULL
);
CREATE INDEX kb_events_recent ON kb_events (date_to DESC, id);

CREATE TABLE kb_event_countries (
  event_id TEXT NOT NULL REFERENCES kb_events (id) ON DELETE CASCADE,
  country TEXT NOT NULL,
  PRIMARY KEY (event_id, country)
) WITHOUT ROWID;
CREATE INDEX kb_event_countries_country ON kb_event_countries (country, event_id);

CREATE TABLE kb_event_persons (
  event_id TEXT NOT NULL REFERENCES kb_events (id) ON DELETE CASCADE,
  person_id TEXT NOT NULL,
  PRIMARY KEY (event_id, person_id)
) WITHOUT ROWID;
CREATE INDEX kb_event_persons_person ON kb_event_persons (person_id, event_id);

-- The member events: every report (document, event id) merged into a cross-document event.
CREATE TABLE kb_event_sources (
  event_id TEXT NOT NULL REFERENCES kb_events (id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  document_id TEXT NOT NULL,
  event TEXT NOT NULL,
  date TEXT,
  rule TEXT NOT NULL,
  shared_countries INTEGER NOT NULL,
  shared_persons INTEGER NOT NULL,
  evidence TEXT NOT NULL,
  PRIMARY KEY (event_id, seq)
) WITHOUT ROWID;
CREATE INDEX kb_event_sources_document ON kb_event_sources (document_id, event_id);
`,
};

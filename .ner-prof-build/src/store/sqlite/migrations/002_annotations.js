// Every index is written on every insert (about one WAL page each per document), so only the
// indexes that the repository's queries or the foreign keys' cascades use are created.
/**
 * The annotations of each document, one table per kind, all hanging off documents.pk with
 * ON DELETE CASCADE. Entity references inside a document (event participants, quote speakers)
 * point at entities.pk, so the knowledge base can later link entities to cross-document persons
 * with a table of its own (entity_pk -> person) without touching these.
 * `by_component` / `by_rule` keep each annotation's provenance for per-rule counts.
 */
export const migration002 = {
    id: 2,
    name: 'annotations',
    up: `
CREATE TABLE entities (
  pk INTEGER PRIMARY KEY,
  document_pk INTEGER NOT NULL REFERENCES documents (pk) ON DELETE CASCADE,
  entity_id TEXT NOT NULL,
  type TEXT NOT NULL,
  name TEXT NOT NULL,
  name_key TEXT NOT NULL,
  country TEXT,
  sector TEXT,
  titles TEXT NOT NULL,
  roles TEXT NOT NULL,
  honorifics TEXT NOT NULL,
  mention_count INTEGER NOT NULL,
  by_component TEXT NOT NULL,
  by_rule TEXT NOT NULL,
  UNIQUE (document_pk, entity_id)
);
-- name_key orders entity lists; name searches are LIKE '% word%' scans (the knowledge base's
-- person tables will carry their own name index).
CREATE INDEX entities_name ON entities (name_key);
CREATE INDEX entities_country ON entities (country, document_pk);

CREATE TABLE mentions (
  pk INTEGER PRIMARY KEY,
  entity_pk INTEGER NOT NULL REFERENCES entities (pk) ON DELETE CASCADE,
  -- Denormalised for queries; deletion cascades through the entity, so no second foreign key
  -- (and no second index to write on every insert).
  document_pk INTEGER NOT NULL,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  text TEXT NOT NULL,
  kind TEXT NOT NULL,
  by_component TEXT NOT NULL,
  by_rule TEXT NOT NULL
);
CREATE INDEX mentions_entity ON mentions (entity_pk);

CREATE TABLE names (
  pk INTEGER PRIMARY KEY,
  document_pk INTEGER NOT NULL REFERENCES documents (pk) ON DELETE CASCADE,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  type TEXT NOT NULL,
  text TEXT NOT NULL,
  by_component TEXT NOT NULL,
  by_rule TEXT NOT NULL
);
CREATE INDEX names_document ON names (document_pk);

CREATE TABLE events (
  pk INTEGER PRIMARY KEY,
  document_pk INTEGER NOT NULL REFERENCES documents (pk) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  event_id TEXT NOT NULL,
  categories TEXT NOT NULL,
  mode TEXT NOT NULL,
  context TEXT NOT NULL,
  date TEXT,
  date_precision TEXT,
  effective_date TEXT,
  sort_date TEXT,
  event_text TEXT NOT NULL,
  text_start INTEGER NOT NULL,
  text_end INTEGER NOT NULL,
  sentence TEXT NOT NULL,
  evidence TEXT NOT NULL,
  negated INTEGER NOT NULL,
  by_component TEXT NOT NULL,
  by_rule TEXT NOT NULL
);
CREATE INDEX events_document ON events (document_pk);
CREATE INDEX events_sort_date ON events (sort_date);

-- One row per PLOVER category of an event (an event may carry more than one).
CREATE TABLE event_categories (
  event_pk INTEGER NOT NULL REFERENCES events (pk) ON DELETE CASCADE,
  category TEXT NOT NULL,
  PRIMARY KEY (event_pk, category)
) WITHOUT ROWID;
CREATE INDEX event_categories_category ON event_categories (category, event_pk);

CREATE TABLE event_participants (
  pk INTEGER PRIMARY KEY,
  event_pk INTEGER NOT NULL REFERENCES events (pk) ON DELETE CASCADE,
  role TEXT NOT NULL CHECK (role IN ('actor', 'recipient')),
  position INTEGER NOT NULL,
  entity_pk INTEGER REFERENCES entities (pk) ON DELETE SET NULL,
  entity_id TEXT,
  code TEXT,
  sector TEXT,
  text TEXT NOT NULL
);
CREATE INDEX event_participants_event ON event_participants (event_pk);
CREATE INDEX event_participants_code ON event_participants (code, event_pk);
CREATE INDEX event_participants_entity ON event_participants (entity_pk);

CREATE TABLE quotes (
  pk INTEGER PRIMARY KEY,
  document_pk INTEGER NOT NULL REFERENCES documents (pk) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  text TEXT NOT NULL,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  direct INTEGER NOT NULL,
  cue_text TEXT,
  cue_start INTEGER,
  cue_end INTEGER,
  speaker_name TEXT,
  speaker_key TEXT,
  speaker_start INTEGER,
  speaker_end INTEGER,
  speaker_entity_id TEXT,
  speaker_entity_pk INTEGER REFERENCES entities (pk) ON DELETE SET NULL,
  by_component TEXT NOT NULL,
  by_rule TEXT NOT NULL
);
CREATE INDEX quotes_document ON quotes (document_pk, position);
CREATE INDEX quotes_speaker_key ON quotes (speaker_key);
CREATE INDEX quotes_speaker_entity ON quotes (speaker_entity_pk);

-- The topics assigned to a document, with the classifier's score when it gave one.
CREATE TABLE topics (
  document_pk INTEGER NOT NULL REFERENCES documents (pk) ON DELETE CASCADE,
  topic TEXT NOT NULL,
  score REAL,
  PRIMARY KEY (document_pk, topic)
) WITHOUT ROWID;
CREATE INDEX topics_topic ON topics (topic, document_pk);
`,
};
//# sourceMappingURL=002_annotations.js.map
import type { PostgresMigration } from './migration.js';

/**
 * The annotations of each document, the same tables and columns as SQLite's 002 (so that the
 * dialect-neutral kysely queries of src/store/queries/ (filters, aggregate and read queries) serve
 * both stores), with Postgres types: BIGINT identity keys, "C" collation on the columns that are
 * ordered or compared, and the foreign keys indexed (Postgres does not index them by itself, and
 * ON DELETE CASCADE would scan without them).
 */
export const migration003: PostgresMigration = {
  id: 3,
  name: 'annotations',
  up: `
CREATE TABLE entities (
  pk BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  document_pk BIGINT NOT NULL REFERENCES documents (pk) ON DELETE CASCADE,
  entity_id TEXT COLLATE "C" NOT NULL,
  type TEXT COLLATE "C" NOT NULL,
  name TEXT COLLATE "C" NOT NULL,
  name_key TEXT COLLATE "C" NOT NULL,
  country TEXT COLLATE "C",
  sector TEXT COLLATE "C",
  titles TEXT NOT NULL,
  roles TEXT NOT NULL,
  honorifics TEXT NOT NULL,
  mention_count INTEGER NOT NULL,
  by_component TEXT NOT NULL,
  by_rule TEXT NOT NULL,
  UNIQUE (document_pk, entity_id)
);
CREATE INDEX entities_name ON entities (name_key);
CREATE INDEX entities_country ON entities (country, document_pk);

CREATE TABLE mentions (
  pk BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  entity_pk BIGINT NOT NULL REFERENCES entities (pk) ON DELETE CASCADE,
  document_pk BIGINT NOT NULL,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  text TEXT NOT NULL,
  kind TEXT NOT NULL,
  by_component TEXT NOT NULL,
  by_rule TEXT NOT NULL
);
CREATE INDEX mentions_entity ON mentions (entity_pk);

CREATE TABLE names (
  pk BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  document_pk BIGINT NOT NULL REFERENCES documents (pk) ON DELETE CASCADE,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  type TEXT NOT NULL,
  text TEXT NOT NULL,
  by_component TEXT NOT NULL,
  by_rule TEXT NOT NULL
);
CREATE INDEX names_document ON names (document_pk);

CREATE TABLE events (
  pk BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  document_pk BIGINT NOT NULL REFERENCES documents (pk) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  event_id TEXT NOT NULL,
  categories TEXT NOT NULL,
  mode TEXT NOT NULL,
  context TEXT NOT NULL,
  date TEXT COLLATE "C",
  date_precision TEXT,
  effective_date TEXT COLLATE "C",
  sort_date TEXT COLLATE "C",
  event_text TEXT NOT NULL,
  text_start INTEGER NOT NULL,
  text_end INTEGER NOT NULL,
  sentence TEXT NOT NULL,
  evidence TEXT NOT NULL,
  negated SMALLINT NOT NULL,
  by_component TEXT NOT NULL,
  by_rule TEXT NOT NULL
);
CREATE INDEX events_document ON events (document_pk);
CREATE INDEX events_sort_date ON events (sort_date);

CREATE TABLE event_categories (
  event_pk BIGINT NOT NULL REFERENCES events (pk) ON DELETE CASCADE,
  category TEXT COLLATE "C" NOT NULL,
  PRIMARY KEY (event_pk, category)
);
CREATE INDEX event_categories_category ON event_categories (category, event_pk);

CREATE TABLE event_participants (
  pk BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  event_pk BIGINT NOT NULL REFERENCES events (pk) ON DELETE CASCADE,
  role TEXT COLLATE "C" NOT NULL CHECK (role IN ('actor', 'recipient')),
  position INTEGER NOT NULL,
  entity_pk BIGINT REFERENCES entities (pk) ON DELETE SET NULL,
  entity_id TEXT COLLATE "C",
  code TEXT COLLATE "C",
  sector TEXT COLLATE "C",
  text TEXT NOT NULL
);
CREATE INDEX event_participants_event ON event_participants (event_pk);
CREATE INDEX event_participants_code ON event_participants (code, event_pk);
CREATE INDEX event_participants_entity ON event_participants (entity_pk);

CREATE TABLE quotes (
  pk BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  document_pk BIGINT NOT NULL REFERENCES documents (pk) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  text TEXT NOT NULL,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  direct SMALLINT NOT NULL,
  cue_text TEXT,
  cue_start INTEGER,
  cue_end INTEGER,
  speaker_name TEXT,
  speaker_key TEXT COLLATE "C",
  speaker_start INTEGER,
  speaker_end INTEGER,
  speaker_entity_id TEXT COLLATE "C",
  speaker_entity_pk BIGINT REFERENCES entities (pk) ON DELETE SET NULL,
  by_component TEXT NOT NULL,
  by_rule TEXT NOT NULL
);
CREATE INDEX quotes_document ON quotes (document_pk, position);
CREATE INDEX quotes_speaker_key ON quotes (speaker_key);
CREATE INDEX quotes_speaker_entity ON quotes (speaker_entity_pk);

CREATE TABLE topics (
  document_pk BIGINT NOT NULL REFERENCES documents (pk) ON DELETE CASCADE,
  topic TEXT COLLATE "C" NOT NULL,
  score DOUBLE PRECISION,
  PRIMARY KEY (document_pk, topic)
);
CREATE INDEX topics_topic ON topics (topic, document_pk);
`,
};

import type { Command } from 'commander';
import { updateKnowledge, type KnowledgeUpdate } from '../../app/knowledge-update.js';
import { CommuniqueError } from '../../core/errors.js';
import { displayLocation } from '../../store/index.js';
import { knowledgeStoreOf, type KnowledgeStore } from '../../store/knowledge-store.js';
import { MAX_LIMIT } from '../../store/page.js';
import type { Repository } from '../../store/repository.js';
import { say, table } from '../report.js';
import { DEFAULT_DB, openExistingStore } from '../store-option.js';

/** One line for logs: "knowledge base: incremental, 12 documents read; 5 persons, 2 organisations, 9 events written (0.3 s)". */
export function describeKnowledgeUpdate(u: KnowledgeUpdate): string {
  if (u.mode === 'unsupported') return 'knowledge base: this store keeps none';
  if (u.mode === 'unchanged') return `knowledge base: up to date (${seconds(u.elapsedMs)})`;
  return `knowledge base: ${u.mode}, ${u.documents} documents read; ${u.persons} persons, ${u.organisations} organisations, ${u.events} events written (${seconds(u.elapsedMs)})`;
}

const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

/** What the knowledge base holds and whether it has read every stored document. */
export interface KnowledgeStatus {
  /** 'current': it has read every stored document and no other; 'behind': some are unread; 'stale': it has read documents since deleted (the next update rebuilds); 'empty'. */
  state: 'current' | 'behind' | 'stale' | 'empty';
  storedDocuments: number;
  readDocuments: number;
  unreadDocuments: number;
  persons: number;
  organisations: number;
  events: number;
}

export async function knowledgeStatus(store: Repository, knowledge: KnowledgeStore): Promise<KnowledgeStatus> {
  let stored = 0;
  let unread = 0;
  for (let offset = 0; ; offset += MAX_LIMIT) {
    const page = (await store.listDocuments({ limit: MAX_LIMIT, offset })).map((d) => d.id);
    stored += page.length;
    const read = await knowledge.hasDocuments(page);
    unread += page.length - read.size;
    if (page.length < MAX_LIMIT) break;
  }
  const readDocuments = await knowledge.countDocuments();
  const [persons, organisations, events] = await Promise.all([
    knowledge.listPersons({ limit: 1 }), knowledge.listOrganisations({ limit: 1 }), knowledge.listEvents({ limit: 1, includeNegated: true }),
  ]);
  const state = readDocuments === 0 ? 'empty' : readDocuments !== stored - unread ? 'stale' : unread > 0 ? 'behind' : 'current';
  return {
    state, storedDocuments: stored, readDocuments, unreadDocuments: unread,
    persons: persons.total, organisations: organisations.total, events: events.total,
  };
}

function knowledgeOf(store: Repository, db: string): KnowledgeStore {
  const knowledge = knowledgeStoreOf(store);
  if (knowledge === null) throw new CommuniqueError('CLI_USAGE', `the store at ${displayLocation(db)} keeps no knowledge base`);
  return knowledge;
}

interface KbOptions {
  db: string;
  json?: boolean;
}

async function withStore<T>(db: string, run: (store: Repository) => Promise<T>): Promise<T> {
  const store = await openExistingStore(db);
  try {
    return await run(store);
  } finally {
    await store.close();
  }
}

/**
 * `communique kb`: the knowledge base kept beside the documents (persons, offices,
 * organisations, cross-document events; see docs/decisions/knowledge-base-persistence.md).
 * `kb rebuild` re-decides it from every stored document, written in one transaction; `kb
 * status` says whether it has read every stored document.
 */
export function registerKbCommand(program: Command): void {
  const kb = program
    .command('kb')
    .description('the knowledge base of persons, organisations and cross-document events kept in the store')
    .addHelpText('after', `
Examples:
  $ communique kb status --db news.sqlite
  $ communique kb rebuild --db postgres://communique:secret@db:5432/news`);

  kb.command('rebuild')
    .description('resolve the knowledge base again from every stored document (one transaction; readers see the old one until it commits)')
    .option('--db <location>', 'the store: an SQLite file or a postgres:// URL', DEFAULT_DB)
    .option('--json', 'print the counts as JSON')
    .addHelpText('after', `
Examples:
  $ communique kb rebuild --db news.sqlite
  $ communique kb rebuild --db postgres://communique:secret@db:5432/news --json

Ingest updates the knowledge base batch by batch: a later batch cannot reopen an earlier
decision (a full name met later does not merge two persons kept apart before). A rebuild does.
It waits for the workers' own updates (the store's knowledge lock) and they wait for it.`)
    .action(async (opts: KbOptions) => {
      await withStore(opts.db, async (store) => {
        knowledgeOf(store, opts.db);
        const update = await updateKnowledge(store, { rebuild: true });
        if (opts.json) say(JSON.stringify(update, null, 2));
        else say(table([
          ['documents read', update.documents], ['persons', update.persons], ['organisations', update.organisations],
          ['events', update.events], ['time', seconds(update.elapsedMs)],
        ]));
      });
    });

  kb.command('status')
    .description('say whether the knowledge base has read every stored document, and what it holds')
    .option('--db <location>', 'the store: an SQLite file or a postgres:// URL', DEFAULT_DB)
    .option('--json', 'print the status as JSON')
    .addHelpText('after', `
Examples:
  $ communique kb status --db news.sqlite`)
    .action(async (opts: KbOptions) => {
      await withStore(opts.db, async (store) => {
        const status = await knowledgeStatus(store, knowledgeOf(store, opts.db));
        if (opts.json) say(JSON.stringify(status, null, 2));
        else say(table([
          ['state', status.state], ['stored documents', status.storedDocuments], ['read by the knowledge base', status.readDocuments],
          ['not read yet', status.unreadDocuments], ['persons', status.persons], ['organisations', status.organisations], ['events', status.events],
        ]));
      });
    });
}

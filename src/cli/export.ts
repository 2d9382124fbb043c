import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import { Command, Option } from 'commander';
import { EXPORT_FORMATS, exportDocument, exportHeader, type ExportFormat } from '../app/export-formats.js';
import { KnowledgeCache, popoloExport } from '../app/knowledge-cache.js';
import type { Repository } from '../store/repository.js';
import { DEFAULT_DB, openExistingStore } from './store-option.js';
import { warn } from './report.js';
import { writeOut } from './write-out.js';

/** Per-document formats stream record by record; popolo is the knowledge base's persons and offices. */
const FORMATS = [...EXPORT_FORMATS, 'popolo'] as const;

interface ExportOptions {
  format: (typeof FORMATS)[number];
  db: string;
  out?: string;
}

export function registerExportCommand(program: Command): void {
  program
    .command('export')
    .description('write the stored documents or events in an exchange format')
    .addOption(new Option('-f, --format <format>', 'plover: PLOVER JSONL, one event a line; jsonl: document records; csv: one event a row; popolo: persons, organisations, posts and memberships of the knowledge base as Popolo JSON')
      .choices(FORMATS).makeOptionMandatory())
    .option('--db <file>', 'SQLite database file or postgres:// URL', DEFAULT_DB)
    .option('-o, --out <file>', 'output file (default: standard output)')
    .addHelpText('after', `
Examples:
  $ communique export --format plover > events.jsonl
  $ communique export --format csv --db news.sqlite --out events.csv
  $ communique export --format popolo --out people.popolo.json
  $ communique export --format jsonl | jq '.entities[] | select(.type == "PERSON") | .name'`)
    .action(async (opts: ExportOptions) => {
      const store = await openExistingStore(opts.db);
      const stream: Writable = opts.out === undefined ? process.stdout : createWriteStream(opts.out);
      let documents = 0;
      let skipped = 0;
      try {
        if (opts.format === 'popolo') {
          documents = await store.countDocuments();
          await writeOut(`${JSON.stringify(await popoloOf(store), null, 2)}\n`, stream);
        } else {
          const format: ExportFormat = opts.format;
          const header = exportHeader(format);
          if (header) await writeOut(header, stream);
          for await (const record of store.iterateDocuments()) {
            const chunk = exportDocument(record, format, (message) => { skipped++; warn(message); });
            if (chunk) await writeOut(chunk, stream);
            documents++;
          }
        }
      } finally {
        await store.close();
        if (stream !== process.stdout) await new Promise<void>((resolve, reject) => stream.end((e?: Error | null) => (e ? reject(e) : resolve())));
      }
      if (opts.out !== undefined) warn(`${documents} documents exported as ${opts.format} to ${opts.out}`);
      if (skipped > 0) warn(`${skipped} events not exported as ${opts.format} (listed above)`);
    });
}

/** The stored knowledge base (resolved from the documents when it has not read them all, as the server does). */
async function popoloOf(store: Repository): Promise<unknown> {
  return popoloExport(await new KnowledgeCache(store).get());
}

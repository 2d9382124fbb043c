import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command } from 'commander';
import { packageRoot } from '../core/paths.js';
import { registerExportCommand } from './export.js';
import { registerExtractCommand } from './extract.js';
import { registerIngestCommand } from './ingest.js';
import { registerServeCommand } from './serve.js';
import { registerStartCommand } from './start.js';
import { registerStatsCommand } from './stats.js';
import { registerTagCommand } from './tag.js';
import { registerWorkerCommand } from './commands/worker.js';
import { registerKbCommand } from './commands/kb.js';

function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version?: string };
  return pkg.version ?? '0.0.0';
}

/** The `communique` command with every subcommand registered (one file per command). */
export function buildProgram(): Command {
  const program = new Command()
    .name('communique')
    .description('Turns diplomatic and political news into structured, verifiable data:\n' +
      'people with titles and countries, PLOVER events, attributed quotations, topics.')
    .version(packageVersion())
    .option('--verbose', 'log debug detail (JSON lines) to standard error')
    .showHelpAfterError('(run with --help for usage)')
    .addHelpText('after', `
Examples:
  $ communique start                                  analyse examples/, show what was found, serve it
  $ communique extract article.txt                    print one document record
  $ communique extract articles/ --out records/       one <id>.json per document
  $ communique ingest articles/ feed.xml --db news.sqlite
  $ communique export --format plover --db news.sqlite > events.jsonl
  $ communique stats --db news.sqlite
  $ communique serve --db news.sqlite                 the REST API and the web explorer
  $ communique tag --conll sentences.conll --labels conll

Exit codes: 0 success, 2 some inputs were rejected (the rest was processed), 1 the tool failed.`);
  registerStartCommand(program);
  registerExtractCommand(program);
  registerIngestCommand(program);
  registerExportCommand(program);
  registerStatsCommand(program);
  registerServeCommand(program);
  registerTagCommand(program);
  registerWorkerCommand(program);
  registerKbCommand(program);
  return program;
}

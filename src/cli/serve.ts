import type { Command } from 'commander';
import type { FastifyInstance } from 'fastify';
import { CommuniqueError } from '../core/errors.js';
import { DEFAULT_HOST, originOf, startServer } from '../server/index.js';
import { say } from './report.js';
import { DEFAULT_DB, openExistingStore } from './store-option.js';
import { displayLocation } from '../store/index.js';

export interface ServeOptions {
  db: string;
  port: string;
  host: string;
  verbose?: boolean;
}

function portOf(value: string): number {
  const port = Number(value);
  if (!/^\d+$/u.test(value) || port > 65535) throw new CommuniqueError('CLI_USAGE', `--port expects a number from 0 to 65535, got "${value}"`);
  return port;
}

/** Starts the server for `communique serve` and says where it listens; the caller closes it. */
export async function runServe(opts: ServeOptions): Promise<FastifyInstance> {
  const port = portOf(opts.port);
  // Fail on a missing file before the server starts: a typo in --db must not serve an empty store.
  await (await openExistingStore(opts.db)).close();
  // Diagnostics go to standard error, as for every command: failures always (a 500's cause), requests with --verbose.
  const app = await startServer({ db: opts.db, port, host: opts.host, logger: { level: opts.verbose ? 'debug' : 'error', stream: process.stderr } });
  const origin = originOf(app);
  say(`Serving ${displayLocation(opts.db)} at ${origin}  (API: ${origin}api/stats, documentation: ${origin}docs; Ctrl+C to stop)`);
  return app;
}

/** `communique serve`: the REST API (and the explorer, once built) over a database, read-only. */
export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('serve the REST API and the web explorer over a database (read-only)')
    .option('--db <file>', 'SQLite database file', DEFAULT_DB)
    .option('--port <n>', 'port to listen on (0 picks a free one)', '3000')
    .option('--host <address>', 'interface to bind; anything but loopback exposes the data to the network', DEFAULT_HOST)
    .addHelpText('after', `
Examples:
  $ communique serve --db news.sqlite
  $ communique serve --db news.sqlite --port 8080
  API documentation: http://127.0.0.1:3000/docs`)
    .action(async (opts: Omit<ServeOptions, 'verbose'>, command: Command) => {
      const verbose = Boolean(command.optsWithGlobals<{ verbose?: boolean }>().verbose);
      const app = await runServe({ ...opts, verbose });
      const stop = (): void => { void app.close().then(() => process.exit(0)); };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}

import { DEFAULT_DB, openExistingStore } from './store-option.js';
import { say, table } from './report.js';
export function registerStatsCommand(program) {
    program
        .command('stats')
        .description('count what the database holds')
        .option('--db <file>', 'SQLite database file', DEFAULT_DB)
        .option('--json', 'print the counts as JSON')
        .addHelpText('after', `
Examples:
  $ communique stats
  $ communique stats --db news.sqlite --json`)
        .action(async (opts) => {
        const store = await openExistingStore(opts.db);
        try {
            const stats = await store.stats();
            if (opts.json)
                say(JSON.stringify(stats, null, 2));
            else
                say(table(Object.entries(stats).map(([k, v]) => [k, String(v ?? '-')])));
        }
        finally {
            await store.close();
        }
    });
}
//# sourceMappingURL=stats.js.map
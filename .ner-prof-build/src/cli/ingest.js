import { exitCodeFor } from '../app/run-counts.js';
import { CommuniqueError } from '../core/errors.js';
import { openStore } from '../store/index.js';
import { createLogger } from './logger.js';
import { startProgress } from './progress.js';
import { formatProblem, printProblems, say, table, warn } from './report.js';
import { DEFAULT_DB, readOptionsBeside } from './store-option.js';
export function registerIngestCommand(program) {
    program
        .command('ingest')
        .description('analyse documents and store them in the database; already stored content is skipped')
        .argument('<inputs...>', 'files, directories (read recursively), URLs of pages or feeds, or - for standard input')
        .option('--db <file>', 'SQLite database file', DEFAULT_DB)
        .option('--workers <n>', 'worker threads analysing in parallel (each loads its own models)', '1')
        .option('--json', 'print the summary as JSON on standard output')
        .option('--no-progress', 'do not draw the progress line')
        .addHelpText('after', `
Examples:
  $ communique ingest examples/
  $ communique ingest news/ more/article.json --db news.sqlite
  $ communique ingest https://example.org/feed.xml
  $ communique ingest archive/ --workers 4         analyse on 4 threads
  $ cat articles.jsonl | communique ingest - --json

Re-running an ingest stores nothing twice (documents are keyed by a hash of their text), so an
interrupted run resumes by running it again. Exit code: 0 all stored or already there,
2 some inputs rejected (listed with code, path and line), 1 the tool itself failed.`)
        .action(async (inputs, opts, command) => {
        const verbose = Boolean(command.optsWithGlobals()['verbose']);
        const summary = await ingest(inputs, opts, verbose);
        process.exitCode = exitCodeFor(summary);
    });
}
async function ingest(inputs, opts, verbose) {
    const workers = parseWorkers(opts.workers);
    const log = createLogger(verbose);
    // The pipeline (models, lexicons) loads only when a command needs it: `--help` stays quick.
    const { runIngest } = await import('../app/ingest-run.js');
    const store = await openStore(opts.db);
    const progress = startProgress('ingest', opts.progress && Boolean(process.stderr.isTTY));
    try {
        const summary = await runIngest(inputs, {
            store,
            read: readOptionsBeside(opts.db),
            workers,
            onStep: (step, counts) => {
                progress.update(counts);
                if (step.kind === 'stored' || step.kind === 'duplicate')
                    log.debug({ id: step.id }, step.kind);
                else if (!progress.active)
                    warn(`${step.kind} ${formatProblem(step.problem)}`);
            },
        });
        progress.stop();
        printIngestSummary(summary, opts, progress.active);
        return summary;
    }
    finally {
        progress.stop();
        await store.close();
    }
}
function printIngestSummary(s, opts, listProblems) {
    if (opts.json) {
        process.stdout.write(JSON.stringify({ db: opts.db, ...s }, null, 2) + '\n');
        return;
    }
    // Problems go to standard error as they come (or here, after the progress line is gone);
    // the summary is the command's result and goes to standard output.
    if (listProblems && s.problems.length)
        printProblems(s.problems, s.problemsNotKept);
    say(table([
        ['read', s.read],
        ['stored', s.stored],
        ['skipped as duplicates', s.duplicates],
        ['rejected', s.rejected],
        ...(s.failed ? [['failed (tool error)', s.failed]] : []),
        ['time', `${(s.elapsedMs / 1000).toFixed(1)} s`],
        ['database', opts.db],
    ]));
    const byCode = countBy(s.problems.map((p) => p.code));
    if (byCode.size) {
        const reasons = [...byCode].map(([code, n]) => `${code} ×${n}`).join(', ');
        say(`reasons: ${reasons}${s.problemsNotKept ? ` (of the first ${s.problems.length} problems)` : ''}`);
    }
}
function countBy(keys) {
    const m = new Map();
    for (const k of keys)
        m.set(k, (m.get(k) ?? 0) + 1);
    return m;
}
function parseWorkers(value) {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1 || n > 64)
        throw new CommuniqueError('CLI_USAGE', `--workers must be a whole number from 1 to 64, got "${value}"`);
    return n;
}
//# sourceMappingURL=ingest.js.map
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Command } from 'commander';
import type { ExtractSummary } from '../app/extract-run.js';
import { exitCodeFor } from '../app/run-counts.js';
import type { DocumentRecord } from '../core/record.js';
import { createLogger } from './logger.js';
import { startProgress } from './progress.js';
import { formatProblem, printProblems, warn } from './report.js';
import { writeOut } from './write-out.js';

interface ExtractOptions {
  out?: string;
  progress: boolean;
}

export function registerExtractCommand(program: Command): void {
  program
    .command('extract')
    .description('analyse documents and write one document record (JSON) per document')
    .argument('<inputs...>', 'files (seed format, .txt, .json, .jsonl, .html, feeds), directories, URLs, or -')
    .option('-o, --out <dir>', 'write <dir>/<id>.json per document instead of printing to standard output')
    .option('--no-progress', 'do not draw the progress line')
    .addHelpText('after', `
Examples:
  $ communique extract examples/01-astana-senate-visit.txt
  $ communique extract articles/ --out records/
  $ communique extract feed.jsonl --out records/

<id> is the "id" field of a JSON input, else the file name without its extension.
Without --out, one document is printed as an indented record; several as JSONL, one a line.
Problems go to standard error as "CODE path:line: message"; exit code 2 when any input was
rejected, 1 when the tool itself failed.`)
    .action(async (inputs: string[], opts: ExtractOptions, command: Command) => {
      const verbose = Boolean(command.optsWithGlobals()['verbose']);
      const summary = await extract(inputs, opts, verbose);
      process.exitCode = exitCodeFor(summary);
    });
}

async function extract(inputs: string[], opts: ExtractOptions, verbose: boolean): Promise<ExtractSummary> {
  const log = createLogger(verbose);
  // The pipeline (models, lexicons) loads only when a command needs it: `--help` stays quick.
  const { runExtract } = await import('../app/extract-run.js');
  const sink = opts.out === undefined ? stdoutSink() : await directorySink(opts.out);
  const progress = startProgress('extract', opts.out !== undefined && opts.progress && Boolean(process.stderr.isTTY));
  try {
    const summary = await runExtract(inputs, {
      write: sink.write,
      onStep: (step, counts) => {
        progress.update(counts);
        if (step.kind === 'written') log.debug({ id: step.id }, 'written');
        else if (!progress.active) warn(`${step.kind} ${formatProblem(step.problem)}`);
      },
    });
    await sink.end();
    progress.stop();
    if (progress.active) printProblems(summary.problems, summary.problemsNotKept);
    if (opts.out !== undefined) {
      warn(`${summary.stored} records written to ${opts.out}` +
        `${summary.rejected ? `, ${summary.rejected} inputs rejected` : ''}` +
        `${summary.failed ? `, ${summary.failed} failed` : ''} (${(summary.elapsedMs / 1000).toFixed(1)} s)`);
    }
    return summary;
  } finally {
    progress.stop();
  }
}

interface RecordSink {
  write(record: DocumentRecord): Promise<void>;
  end(): Promise<void>;
}

/** A file name from a document id: path separators and control characters cannot be in it. */
export function fileNameForId(id: string): string {
  const safe = id.replace(/[/\\\u0000-\u001f:*?"<>|]/gu, '_').replace(/^\.+/u, '_');
  return safe === '' ? '_' : safe;
}

/** Writes <dir>/<id>.json; a second document with the same id gets <id>-2.json, and a warning. */
async function directorySink(dir: string): Promise<RecordSink> {
  await mkdir(dir, { recursive: true });
  const used = new Set<string>();
  return {
    async write(record) {
      const base = fileNameForId(record.id);
      let name = base;
      for (let n = 2; used.has(name); n++) name = `${base}-${n}`;
      if (name !== base) warn(`note: a second document has id "${record.id}"; written as ${name}.json`);
      used.add(name);
      await writeFile(join(dir, `${name}.json`), JSON.stringify(record, null, 2) + '\n');
    },
    end: async () => {},
  };
}

/**
 * Prints to standard output: one record indented when there is one, JSONL when there are more.
 * The first record is held back until the second arrives (or the run ends) to know which.
 */
function stdoutSink(): RecordSink {
  let first: DocumentRecord | undefined;
  let many = false;
  return {
    async write(record) {
      if (first === undefined && !many) {
        first = record;
        return;
      }
      if (first !== undefined) {
        await writeOut(JSON.stringify(first) + '\n');
        first = undefined;
        many = true;
      }
      await writeOut(JSON.stringify(record) + '\n');
    },
    async end() {
      if (first !== undefined) await writeOut(JSON.stringify(first, null, 2) + '\n');
    },
  };
}

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileNameForId } from '../../src/cli/extract.js';
import { buildProgram } from '../../src/cli/program.js';
import { ARTICLES, tempDir, writeBroken, writeGoodArticles } from './fixtures.js';
import { CLI_TEST_TIMEOUT, runCli } from './run-cli.js';

interface RecordShape {
  id: string;
  date: string | null;
  source: string | null;
  text: string;
  entities: unknown[];
  events: unknown[];
  quotes: unknown[];
  topics: unknown[];
}

describe('communique extract', () => {
  it('extract: prints the record of a single file on standard output and exits 0', () => {
    const dir = tempDir('extract-one');
    writeGoodArticles(dir);
    const r = runCli(['extract', join(dir, 'article.json')]);
    expect(r.code).toBe(0);
    const record = JSON.parse(r.stdout) as RecordShape;
    expect(record.id).toBe(ARTICLES.json.id);
    expect(record.date).toBe(ARTICLES.json.date);
    expect(record.source).toBe(ARTICLES.json.source);
    expect(record.text).toBe(ARTICLES.json.text);
    for (const key of ['entities', 'events', 'quotes', 'topics'] as const) expect(Array.isArray(record[key])).toBe(true);
  }, CLI_TEST_TIMEOUT);

  it('extract: reads the seed format (date line, then the text) into the date and the text', () => {
    const dir = tempDir('extract-seed');
    writeGoodArticles(dir);
    const r = runCli(['extract', join(dir, 'seed-style.txt')]);
    expect(r.code).toBe(0);
    const record = JSON.parse(r.stdout) as RecordShape;
    expect(record).toMatchObject({ id: 'seed-style', date: '2024-05-02' });
    expect(record.text.startsWith('Speaker Ilona Marsk')).toBe(true);
  }, CLI_TEST_TIMEOUT);

  it('extract: --out writes <id>.json per document, ids from JSON fields else file names', () => {
    const dir = tempDir('extract-dir');
    const inputs = join(dir, 'in');
    writeGoodArticles(inputs, '', false);
    const out = join(dir, 'out');
    const r = runCli(['extract', inputs, '--out', out]);
    expect(r.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['json-article.json', 'line-1.json', 'line-2.json', 'plain.json', 'seed-style.json']);
    const plain = JSON.parse(readFileSync(join(out, 'plain.json'), 'utf8')) as RecordShape;
    expect(plain).toMatchObject({ id: 'plain', date: null, text: ARTICLES.plain });
  }, CLI_TEST_TIMEOUT);

  it('extract: reports each bad input on standard error with its code and path, writes the rest, exits 2', () => {
    const dir = tempDir('extract-bad');
    const inputs = join(dir, 'in');
    writeGoodArticles(inputs);
    writeBroken(inputs, 'invalid-json', 'cut');
    const out = join(dir, 'out');
    const r = runCli(['extract', inputs, '--out', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/INPUT_JSON_INVALID \S*cut\.json/u);
    expect(r.stderr).toMatch(/INPUT_JSON_INVALID \S*batch\.jsonl:2/u);
    expect(existsSync(join(out, 'line-2.json'))).toBe(true);
    expect(readdirSync(out)).toHaveLength(5);
  }, CLI_TEST_TIMEOUT);

  it('extract: several documents without --out are printed as JSONL, one record a line', () => {
    const dir = tempDir('extract-jsonl');
    writeGoodArticles(dir, '', false);
    const r = runCli(['extract', join(dir, 'batch.jsonl')]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines.map((l) => (JSON.parse(l) as RecordShape).id)).toEqual(['line-1', 'line-2']);
  }, CLI_TEST_TIMEOUT);

  it('cli: --help of every command shows examples', () => {
    const program = buildProgram();
    // tag is registered from src/cli/tag.ts, written by the NER work.
    for (const command of program.commands.filter((c) => c.name() !== 'tag')) {
      let help = '';
      command.configureOutput({ writeOut: (s) => { help += s; } });
      command.outputHelp();
      expect(help, command.name()).toContain('Examples:');
    }
    expect(program.commands.map((c) => c.name())).toEqual(expect.arrayContaining(['extract', 'ingest', 'export', 'stats', 'start', 'serve', 'tag']));
  });

  it('extract: a document id becomes a safe file name (no separators, no leading dot)', () => {
    expect(fileNameForId('2024-06-13-senate')).toBe('2024-06-13-senate');
    expect(fileNameForId('../etc/passwd')).toBe('__etc_passwd');
    expect(fileNameForId('a\\b:c')).toBe('a_b_c');
    expect(fileNameForId('')).toBe('_');
  });
});

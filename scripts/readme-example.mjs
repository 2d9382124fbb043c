#!/usr/bin/env node
/**
 * Prints the README's worked example: `communique extract docs/example/mazhilis-japan.txt`,
 * abridged to the fields the scorers read, one entity / event / quote a line.
 * With --write, replaces the example block in README.md (between the worked-example markers).
 * usage: npm run build && node scripts/readme-example.mjs [--write]
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const record = JSON.parse(execFileSync(process.execPath, [join(root, 'dist/src/cli/main.js'), 'extract', 'docs/example/mazhilis-japan.txt'], { cwd: root, encoding: 'utf8' }));

const j = (v) => JSON.stringify(v);
const party = (p) => `{"entity": ${j(p.entity ?? null)}, "code": ${j(p.code)}, "sector": ${j(p.sector)}, "entity_text": ${j(p.entity_text)}}`;
const lines = [
  '{',
  `  "id": ${j(record.id)}, "date": ${j(record.date)}, "source": ${j(record.source)},`,
  '  "entities": [',
  ...record.entities.map((e, i, all) => `    {"id": ${j(e.id)}, "type": ${j(e.type)}, "name": ${j(e.name)}, "country": ${j(e.country)}, "sector": ${j(e.sector)}, "titles": ${j(e.titles)}, "mentions": [/* ${e.mentions.length} */]}${i < all.length - 1 ? ',' : ''}`),
  '  ],',
  '  "events": [',
  ...record.events.map((e, i, all) => [
    `    {"event": ${j(e.event)}, "mode": ${j(e.mode)}, "date": ${j(e.date)}, "event_text": ${j(e.event_text)},`,
    `     "actor": [${e.actor.map(party).join(', ')}],`,
    `     "recipient": [${e.recipient.map(party).join(', ')}]}${i < all.length - 1 ? ',' : ''}`,
  ].join('\n')),
  '  ],',
  '  "quotes": [',
  ...record.quotes.map((q, i, all) => `    {"text": ${j(q.text)}, "direct": ${q.direct}, "cue": ${j(q.cue?.text ?? null)}, "speaker": ${j(q.speaker?.name ?? null)}}${i < all.length - 1 ? ',' : ''}`),
  '  ],',
  `  "topics": ${j(record.topics)}`,
  '}',
];
const block = lines.join('\n');

if (process.argv.includes('--write')) {
  const readme = join(root, 'README.md');
  const text = readFileSync(readme, 'utf8');
  const re = /(<!-- worked-example-output[^>]*-->\n```jsonc\n)[\s\S]*?(\n```)/u;
  if (!re.test(text)) throw new Error('README.md has no worked-example block');
  writeFileSync(readme, text.replace(re, (_, a, b) => a + block + b));
  console.error('README.md: worked example updated');
} else {
  console.log(block);
}

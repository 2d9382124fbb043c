/**
 * Cross-document person resolution over a folder of document records (from `communique extract
 * … --out DIR`): how many PERSON entities, how many resolved persons, and which persons appear
 * in several documents with the name variants that were merged.
 * usage: npx tsx scripts/kb-persons.ts DIR [--all]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DocumentRecord } from '../src/core/record.js';
import { personObservations } from '../src/kb/observations.js';
import { resolvePersons } from '../src/kb/person-resolution.js';

const dir = process.argv[2];
if (!dir) throw new Error('usage: kb-persons DIR [--all]');
const records = readdirSync(dir).filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as DocumentRecord);
const observations = records.flatMap(personObservations);
const { persons } = resolvePersons(observations);
console.log(`${records.length} documents, ${observations.length} PERSON entities -> ${persons.length} persons`);
const multi = persons.filter((p) => p.documents.length > 1);
console.log(`persons in several documents: ${multi.length}`);
for (const p of multi) console.log(`  ${p.id}: ${p.documents.length} documents, names ${JSON.stringify([p.name, ...p.otherNames])}`);
if (process.argv.includes('--all')) for (const p of persons) console.log(p.id, p.documents.join(','), p.name, p.otherNames.join('|'));

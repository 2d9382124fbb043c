import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/*
 * A corpus for the scale-out test, written for it: invented officials of real countries meeting
 * in pairs, one short article each in the seed format ("date YYYY-MM-DD" then the text).
 */
const HOSTS = [
  { name: 'Aruzhan Kemelova', title: 'Foreign Minister', country: 'Kazakhstan', city: 'Astana' },
  { name: 'Tomasz Wieczorek', title: 'Deputy Prime Minister', country: 'Poland', city: 'Warsaw' },
  { name: 'Nadia Haddad', title: 'Minister of Trade', country: 'Morocco', city: 'Rabat' },
  { name: 'Kenji Morimoto', title: 'State Minister for Foreign Affairs', country: 'Japan', city: 'Tokyo' },
  { name: 'Ines Carvalho', title: 'Speaker of the Assembly', country: 'Portugal', city: 'Lisbon' },
  { name: 'Bakhtiyor Rasulov', title: 'Minister of Energy', country: 'Uzbekistan', city: 'Tashkent' },
  { name: 'Helga Sandvik', title: 'Minister of Foreign Affairs', country: 'Norway', city: 'Oslo' },
  { name: 'Rafael Ortega', title: 'Vice President', country: 'Chile', city: 'Santiago' },
] as const;

const GUESTS = [
  { name: 'Farid Rahman', title: 'Ambassador of Malaysia' },
  { name: 'Claire Moreau', title: 'Ambassador of France' },
  { name: 'Oluwaseun Adeyemi', title: 'High Commissioner of Nigeria' },
  { name: 'Lukas Brenner', title: 'State Secretary of Germany' },
  { name: 'Mei Lin Tan', title: 'Minister of Transport of Singapore' },
  { name: 'Diego Fuentes', title: 'Ambassador of Argentina' },
] as const;

const TOPICS = ['trade', 'energy', 'education', 'transport', 'water management', 'digital services'] as const;

export interface CorpusFile {
  path: string;
  id: string;
}

/**
 * Writes one article per host and guest pair (8 x 6 = 48 distinct texts) into `dir`, plus a
 * second copy of the first article under another name and one malformed JSON file.
 * Returns the article files (not the copy or the bad file).
 */
export function writeScaleOutCorpus(dir: string): { articles: CorpusFile[]; copy: string; bad: string } {
  mkdirSync(dir, { recursive: true });
  const articles: CorpusFile[] = [];
  let n = 0;
  for (const host of HOSTS) {
    for (const guest of GUESTS) {
      n++;
      const topic = TOPICS[n % TOPICS.length] ?? 'trade';
      const month = String((n % 12) + 1).padStart(2, '0');
      const day = String((n % 27) + 1).padStart(2, '0');
      const surname = host.name.split(' ').at(-1) ?? host.name;
      const text = [
        `date 2025-${month}-${day} ${host.title} of ${host.country} ${host.name} held talks with ${guest.title} ${guest.name} in ${host.city} on cooperation in ${topic}.`,
        `"We want our ${topic} projects to move faster," ${surname} said after meeting number ${n}.`,
        `${guest.name} noted that both sides agreed to continue consultations next year.`,
      ].join('\n\n');
      const id = `scale-${String(n).padStart(2, '0')}`;
      const path = join(dir, `${id}.txt`);
      writeFileSync(path, text + '\n');
      articles.push({ path, id });
    }
  }
  const first = articles[0];
  if (first === undefined) throw new Error('empty corpus');
  const copy = join(dir, 'zz-copy-of-scale-01.txt');
  // The same bytes as the first article: the same content hash, under another file name.
  writeFileSync(copy, readFileSync(first.path, 'utf8'));
  const bad = join(dir, 'zz-broken.json');
  writeFileSync(bad, '{"id": "broken", "text": "an object that never closes"');
  return { articles, copy, bad };
}

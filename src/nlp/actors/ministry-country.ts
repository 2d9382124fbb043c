import type { Entity, EntityMention } from '../../core/annotations.js';

const COMPONENT = 'actors';

/**
 * Rules for a government ministry named with no country ("the Ministry of Foreign Affairs said …"), as
 * data. News writes the state once and then drops it: the ministry belongs to the state of the nearest
 * ministry or minister named before it with a country, else to the article's home (dateline) country.
 */
export const MINISTRY_COUNTRY_RULES = [
  { id: 'ministry-nearest-qualified', says: 'an unqualified ministry takes the country of the nearest earlier country-qualified ministry or minister' },
  { id: 'ministry-home-country', says: 'else the article\'s home country as its source or dateline states it (not the most-mentioned country)' },
  { id: 'ministry-anaphor', says: '"the ministry" (lower case, no of-phrase) -> the ministry named most recently before it' },
] as const;

/** A ministry's name: "Ministry of Foreign Affairs", "Foreign Ministry", "the Ministry". */
const MINISTRY_NAME = /(?<![\p{L}])Ministry(?![\p{L}])/u;
/** A minister's title ("Foreign Minister", "Minister of Defence"), not "Prime Minister". */
const MINISTER_TITLE = /(?<![\p{L}])(?<!Prime\s)Minister(?![\p{L}])/iu;
/** "the ministry" as an anaphor: lower case, no of-phrase or name after it. */
const MINISTRY_ANAPHOR = /(?<![\p{L}])the ministry(?!\s+of\b)(?![\p{L}'’])/gu;

const firstAt = (e: Entity): number => e.mentions[0]?.start ?? Infinity;

/**
 * Gives ministries without a country the country of their context (MINISTRY_COUNTRY_RULES), and links
 * "the ministry" to the ministry it refers to. Changes the ORG entities in place.
 */
export function resolveMinistries(text: string, entities: Entity[], homeCountry: string | null): void {
  const ministries = entities.filter((e) => e.type === 'ORG' && MINISTRY_NAME.test(e.name));
  // Country-qualified anchors: ministries with a country, and ministers whose role states one.
  const anchors: Array<{ at: number; code: string }> = [];
  for (const e of ministries) if (e.country) for (const m of e.mentions) anchors.push({ at: m.start, code: e.country });
  for (const e of entities) {
    if (e.type !== 'PERSON') continue;
    for (const r of e.roles) if (r.country && MINISTER_TITLE.test(r.title)) anchors.push({ at: r.start, code: r.country });
  }
  anchors.sort((a, b) => a.at - b.at);
  for (const e of ministries) {
    if (e.country) continue;
    const at = firstAt(e);
    const before = anchors.filter((a) => a.at < at).at(-1);
    if (before) { e.country = before.code; e.by = { component: COMPONENT, rule: `${e.by.rule};ministry-nearest-qualified` }; }
    else if (homeCountry) { e.country = homeCountry; e.by = { component: COMPONENT, rule: `${e.by.rule};ministry-home-country` }; }
  }
  if (!ministries.length) return;
  for (const m of text.matchAll(MINISTRY_ANAPHOR)) {
    const start = m.index;
    const end = start + m[0].length;
    if (ministries.some((e) => e.mentions.some((x) => x.start < end && start < x.end))) continue;
    let best: { e: Entity; at: number } | undefined;
    for (const e of ministries) {
      for (const x of e.mentions) if (x.start < start && (!best || x.start > best.at)) best = { e, at: x.start };
    }
    if (!best) continue;
    const mention: EntityMention = { start, end, text: m[0], kind: 'nominal', by: { component: COMPONENT, rule: 'ministry-anaphor' } };
    best.e.mentions.push(mention);
    best.e.mentions.sort((a, b) => a.start - b.start);
  }
}

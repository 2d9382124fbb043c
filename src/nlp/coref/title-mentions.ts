import type { RoleInfo } from '../roles/describe.js';
import type { PersonCluster } from './clusters.js';
import { officeOf } from './rules.js';

const COMPONENT = 'coref';
/** Determiners after which a bare title refers to a known person ("the Speaker", "his counterpart"). */
const DEFINITE = new Set(['', 'the', 'his', 'her', 'their', 'its', ',', '.', '(', 'and', 'with', 'by', 'to', 'of', 'from', 'as', 'said', 'told', '“', '"']);

export interface TitleOnly {
  readonly role: RoleInfo;
  readonly determiner: string;
  readonly sentence: number;
}

export interface CorefContext {
  readonly clusters: readonly PersonCluster[];
  readonly countryOf: (c: PersonCluster) => string | null;
  readonly sentenceOf: (offset: number) => number;
}

function firstMention(c: PersonCluster): number { return c.mentions[0]?.start ?? Infinity; }
function lastBefore(c: PersonCluster, offset: number): number {
  let at = -1;
  for (const m of c.mentions) if (m.start < offset && m.start > at) at = m.start;
  return at;
}

function titleScore(role: RoleInfo, c: PersonCluster, country: string | null): number {
  if (role.country && country && role.country !== country) return -1;
  let score = 0;
  const office = officeOf(role.headId);
  const roles = [...c.roles, ...c.linkedRoles];
  if (roles.some((r) => officeOf(r.headId) === office)) score += 3;
  if (role.institution && roles.some((r) => r.institution === role.institution)) score += 2;
  if (role.country && country === role.country) score += 2;
  if (role.sector && roles.some((r) => r.sector === role.sector)) score += 1;
  return score;
}

/**
 * Links titles that stand without a name to a person (COREF_RULES 'title-match', 'counterpart'). The
 * candidates are people named before the title (after it only when nobody before fits: a headline
 * "The Kyrgyz leader …" names him further down).
 */
export function linkTitles(titles: readonly TitleOnly[], ctx: CorefContext): void {
  for (const t of titles) {
    const { role } = t;
    if (!DEFINITE.has(t.determiner)) continue;
    if (role.plural) continue;
    let target: PersonCluster | undefined;
    let rule = 'title-match';
    if (role.inherit) {
      rule = 'counterpart';
      target = counterpart(role, t.sentence, ctx);
    } else {
      let best: { c: PersonCluster; score: number; at: number } | undefined;
      for (const c of ctx.clusters) {
        const score = titleScore(role, c, ctx.countryOf(c));
        if (score < 3) continue;
        const before = lastBefore(c, role.start);
        // People named earlier rank by recency; a later first mention ranks below all of them.
        const at = before >= 0 ? before : -1e9 - firstMention(c);
        if (!best || score > best.score || (score === best.score && at > best.at)) best = { c, score, at };
      }
      target = best?.c;
    }
    if (!target) continue;
    target.mentions.push({ start: role.start, end: role.end, text: role.title, kind: 'title', by: { component: COMPONENT, rule } });
    target.linkedRoles.push(role);
    if (!target.titles.includes(role.title)) target.titles.push(role.title);
  }
  for (const c of ctx.clusters) c.mentions.sort((a, b) => a.start - b.start);
}

/**
 * "his Russian counterpart" / "his interlocutor": a person of the named country, else the most recent
 * person named in this or the previous sentence who is not the first one named in this sentence.
 */
function counterpart(role: RoleInfo, sentence: number, ctx: CorefContext): PersonCluster | undefined {
  if (role.country) {
    let best: { c: PersonCluster; d: number } | undefined;
    for (const c of ctx.clusters) {
      if (ctx.countryOf(c) !== role.country) continue;
      const d = Math.min(...c.mentions.map((m) => Math.abs(m.start - role.start)));
      if (!best || d < best.d) best = { c, d };
    }
    return best?.c;
  }
  const near = ctx.clusters
    .flatMap((c) => c.mentions.filter((m) => m.kind === 'name' && m.start < role.start && ctx.sentenceOf(m.start) >= sentence - 1).map((m) => ({ c, m })))
    .sort((a, b) => a.m.start - b.m.start);
  const subject = near.find((x) => ctx.sentenceOf(x.m.start) === sentence)?.c;
  for (let i = near.length - 1; i >= 0; i--) if (near[i]!.c !== subject) return near[i]!.c;
  return undefined;
}

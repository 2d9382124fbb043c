import { officeOf } from './rules.js';
const COMPONENT = 'coref';
/** Determiners after which a bare title refers to a known person ("the Speaker", "his counterpart"). */
const DEFINITE = new Set(['', 'the', 'his', 'her', 'their', 'its', ',', '.', '(', 'and', 'with', 'by', 'to', 'of', 'from', 'as', 'said', 'told', '“', '"']);
function firstMention(c) { return c.mentions[0]?.start ?? Infinity; }
function lastBefore(c, offset) {
    let at = -1;
    for (const m of c.mentions)
        if (m.start < offset && m.start > at)
            at = m.start;
    return at;
}
function titleScore(role, c, country, home) {
    if (role.country && country && role.country !== country)
        return -1;
    let score = 0;
    const office = officeOf(role.headId);
    // A former office does not answer to a current title ("the Prime Minister" is not the former one).
    const roles = [...c.roles, ...c.linkedRoles].filter((r) => role.past || !r.past);
    if (roles.some((r) => officeOf(r.headId) === office))
        score += 3;
    if (role.institution && roles.some((r) => r.institution === role.institution))
        score += 2;
    if (role.country && country === role.country)
        score += 2;
    if (role.sector && roles.some((r) => r.sector === role.sector))
        score += 1;
    // "The head of state" in a Kazakh story is Kazakhstan's, even when a foreign one was named last.
    if (score >= 3 && !role.country && home && country === home)
        score += 1;
    return score;
}
/**
 * Links titles that stand without a name to a person (COREF_RULES 'title-match', 'counterpart'). The
 * candidates are people named before the title (after it only when nobody before fits: a headline
 * "The Kyrgyz leader …" names him further down).
 */
export function linkTitles(titles, ctx) {
    for (const t of titles) {
        const { role } = t;
        if (!DEFINITE.has(t.determiner))
            continue;
        if (role.plural)
            continue;
        let target;
        let rule = 'title-match';
        if (role.inherit) {
            rule = 'counterpart';
            target = counterpart(role, t.sentence, ctx);
        }
        else {
            let best;
            for (const c of ctx.clusters) {
                const score = titleScore(role, c, ctx.countryOf(c), ctx.homeCountry);
                if (score < 3)
                    continue;
                const before = lastBefore(c, role.start);
                // People named earlier rank by recency; a later first mention ranks below all of them.
                const at = before >= 0 ? before : -1e9 - firstMention(c);
                if (!best || score > best.score || (score === best.score && at > best.at))
                    best = { c, score, at };
            }
            target = best?.c;
        }
        if (!target)
            continue;
        target.mentions.push({ start: role.start, end: role.end, text: role.title, kind: 'title', by: { component: COMPONENT, rule } });
        target.linkedRoles.push(role);
        if (!target.titles.includes(role.title))
            target.titles.push(role.title);
    }
    for (const c of ctx.clusters)
        c.mentions.sort((a, b) => a.start - b.start);
}
/**
 * "his Russian counterpart" / "his interlocutor": a person of the named country, else the most recent
 * person named in this or the previous sentence who is not the first one named in this sentence.
 */
function counterpart(role, sentence, ctx) {
    if (role.country) {
        let best;
        for (const c of ctx.clusters) {
            if (ctx.countryOf(c) !== role.country)
                continue;
            const d = Math.min(...c.mentions.map((m) => Math.abs(m.start - role.start)));
            if (!best || d < best.d)
                best = { c, d };
        }
        return best?.c;
    }
    const before = ctx.clusters
        .flatMap((c) => c.mentions.filter((m) => m.kind === 'name' && m.start < role.start).map((m) => ({ c, m })))
        .sort((a, b) => a.m.start - b.m.start);
    const subject = before.find((x) => ctx.sentenceOf(x.m.start) === sentence)?.c;
    // A counterpart holds the subject's office (a foreign minister's counterpart is a foreign minister):
    // the nearest such person first, else the nearest other person.
    const offices = new Set((subject?.roles ?? []).map((r) => officeOf(r.headId)));
    for (let i = before.length - 1; i >= 0; i--) {
        const c = before[i].c;
        if (c !== subject && c.roles.some((r) => offices.has(officeOf(r.headId))))
            return c;
    }
    for (let i = before.length - 1; i >= 0; i--)
        if (before[i].c !== subject)
            return before[i].c;
    return undefined;
}
//# sourceMappingURL=title-mentions.js.map
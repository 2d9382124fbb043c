const SECRETARY_GENERAL = /secretary[\s-]general/iu;
/**
 * A generic head with no institution ("co-chair of the Commission", "official") says little about the
 * sector: a specific office ("Senate Vice Speaker") decides before it.
 */
export const isWeakRole = (r) => r.inherit || (r.institution === null && ['t-co-chair', 't-co-chairman', 't-chair', 't-chairman', 't-chairwoman', 't-chairperson', 't-member', 't-official', 't-head', 't-chief', 't-director', 't-aide', 't-adviser', 't-advisor'].includes(r.headId));
/** The roles in the order they decide: current specific, current weak, past. */
function ordered(roles) {
    const score = (r) => (r.past ? 2 : 0) + (isWeakRole(r) ? 1 : 0);
    return [...roles].sort((a, b) => score(a) - score(b) || a.start - b.start);
}
/** Country of a role, with the article-level rules for offices that name none. */
export function roleCountry(r, ctx) {
    if (r.country)
        return r.country;
    if (!ctx)
        return null;
    // UN practice: "the Secretary-General" is the head of the organisation the article is about.
    if (SECRETARY_GENERAL.test(r.title) && ctx.dominantOrganisation)
        return ctx.dominantOrganisation;
    return null;
}
export function personCountry(c, ctx) {
    for (const r of ordered(c.roles)) {
        const code = roleCountry(r, ctx);
        if (code && !r.inherit)
            return { code, rule: `role:${r.by.rule}` };
    }
    for (const r of ordered(c.linkedRoles)) {
        const code = roleCountry(r, ctx);
        if (code)
            return { code, rule: `linked-role:${r.by.rule}` };
    }
    for (const r of c.roles)
        if (r.inherit && r.country)
            return { code: r.country, rule: 'counterpart' };
    // An ambassador "to B" with no sending state named is not B's; leave unknown.
    if (c.roles.length && c.roles.every((r) => r.hostCountry))
        return { code: null, rule: 'host-only' };
    if (c.hint?.noDefaultCountry)
        return { code: null, rule: `hint:${c.hint.sector}` };
    if (c.contextCountry)
        return { code: c.contextCountry.code, rule: `context:${c.contextCountry.rule}` };
    if (ctx?.defaultCountry)
        return { code: ctx.defaultCountry, rule: 'article-default' };
    return { code: null, rule: 'none' };
}
export function personSector(c, ctx, inherited) {
    const rank = (s) => { const i = s ? (ctx?.sectorRank ?? []).indexOf(s) : -1; return i < 0 ? 99 : i; };
    const pick = (roles) => roles.filter((r) => r.sector).sort((a, b) => rank(a.sector) - rank(b.sector))[0];
    const all = ordered(c.roles);
    const tiers = [all.filter((r) => !r.past && !isWeakRole(r)), all.filter((r) => !r.past && isWeakRole(r) && !r.inherit), all.filter((r) => r.past)];
    for (const tier of tiers) {
        const r = pick(tier);
        if (r?.sector)
            return { code: r.sector, rule: `role:${r.by.rule}` };
    }
    const l = pick(ordered(c.linkedRoles).filter((r) => !r.inherit));
    if (l?.sector)
        return { code: l.sector, rule: `linked-role:${l.by.rule}` };
    if (inherited)
        return { code: inherited, rule: 'counterpart' };
    if (c.hint)
        return { code: c.hint.sector, rule: 'hint' };
    // GUIDELINE.md: a person whose role the text does not give is UNK.
    return { code: 'UNK', rule: 'none' };
}
//# sourceMappingURL=attributes.js.map
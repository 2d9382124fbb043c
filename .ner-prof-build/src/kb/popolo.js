import { slug } from './text-fold.js';
/** A document as a Popolo source link; the API serves documents at this path. */
const docLink = (document, note) => (note ? { url: `/documents/${encodeURIComponent(document)}`, note } : { url: `/documents/${encodeURIComponent(document)}` });
/**
 * Persons, their observed offices and the organisations as Popolo JSON. An office with no named
 * institution belongs to its country's state ("state-kaz"); one with neither is left out.
 */
export function toPopolo(persons, offices, organisations = []) {
    const out = { persons: [], organizations: [], posts: [], memberships: [] };
    const orgs = new Map();
    for (const o of organisations) {
        const org = { id: o.id, name: o.name, classification: 'organisation', sources: o.documents.map((d) => docLink(d)) };
        if (o.country)
            org.area_id = o.country;
        if (o.otherNames.length)
            org.other_names = o.otherNames.map((name) => ({ name }));
        orgs.set(o.id, org);
    }
    for (const p of persons) {
        const person = { id: p.id, name: p.name, other_names: p.otherNames.map((name) => ({ name })), sources: p.documents.map((d) => docLink(d)) };
        if (p.country)
            person.national_identity = p.country;
        out.persons.push(person);
    }
    const posts = new Map();
    for (const office of offices) {
        const orgId = office.institution
            ? `${slug(office.institution)}${office.country ? '-' + office.country.toLowerCase() : ''}`
            : office.country ? `state-${office.country.toLowerCase()}` : null;
        if (!orgId)
            continue;
        if (!orgs.has(orgId)) {
            const org = office.institution
                ? { id: orgId, name: office.institution, classification: office.sector === 'LEG' ? 'legislature' : 'institution' }
                : { id: orgId, name: office.country, classification: 'state' };
            if (office.country)
                org.area_id = office.country;
            orgs.set(orgId, org);
        }
        const postId = `${orgId}/${slug(office.title)}`;
        if (!posts.has(postId)) {
            const post = { id: postId, label: office.title, role: office.title, organization_id: orgId };
            if (office.country)
                post.area_id = office.country;
            posts.set(postId, post);
        }
        const m = {
            id: office.id, person_id: office.person, organization_id: orgId, post_id: postId, role: office.title,
            sources: office.evidence.map((e) => docLink(e.document, `characters ${e.start}-${e.end}`)),
        };
        if (office.firstSeen)
            m.first_seen = office.firstSeen;
        if (office.lastSeen)
            m.last_seen = office.lastSeen;
        if (office.past)
            m.former = true;
        out.memberships.push(m);
    }
    out.organizations = [...orgs.values()].sort((a, b) => a.id.localeCompare(b.id));
    out.posts = [...posts.values()].sort((a, b) => a.id.localeCompare(b.id));
    return out;
}
//# sourceMappingURL=popolo.js.map
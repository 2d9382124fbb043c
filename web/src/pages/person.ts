import { api, ApiError, type PersonDetail } from '../api.js';
import { networkFigure, type NetEdge, type NetNode } from '../charts/network.js';
import { empty, h, link, route, section } from '../dom.js';
import { categoryClass } from '../plover.js';
import type { Page } from '../router.js';
import { quoteList, table } from '../views.js';

/** Everyone this person took part in an event with, each tie weighted by shared events. */
function meetings(p: PersonDetail): { nodes: NetNode[]; edges: NetEdge[] } {
  const nodes = new Map<string, NetNode>([[p.id, { id: p.id, label: p.name, focus: true }]]);
  const weights = new Map<string, number>();
  for (const e of p.events) {
    for (const part of e.participants) {
      const id = part.person ?? `name:${part.name}`;
      if (id === p.id || !part.person) continue;
      nodes.set(id, { id, label: part.name, href: route('person', part.person) });
      weights.set(id, (weights.get(id) ?? 0) + 1);
    }
  }
  return { nodes: [...nodes.values()], edges: [...weights].map(([id, weight]) => ({ source: p.id, target: id, weight })) };
}

/** One person (#/person/ID): names, offices over time, meetings as a network, quotations. */
export const personPage: Page = async (main, [id = '']) => {
  const p = await api.person(id);
  if (!p) throw new ApiError(404, 'NOT_FOUND', `no person ${id}`);
  const net = meetings(p);
  main.append(
    h('p', { class: 'crumbs' }, link('#/persons', 'Persons'), ' / ', p.name),
    h('h1', {}, p.name),
    h('p', { class: 'muted' }, [p.country ? link(route('country', p.country), p.country) : null, p.sectors.join(', '),
      `${p.documents.length} article${p.documents.length === 1 ? '' : 's'}`, [p.firstSeen, p.lastSeen].filter(Boolean).join(' – ')]
      .filter(Boolean).flatMap((x, i) => (i ? [' · ', x] : [x]))),
    p.otherNames.length ? h('p', {}, 'Also written: ', p.otherNames.join(', ')) : '',
    section('Offices over time', p.offices.length
      ? table('Offices as observed in the articles', ['Title', 'Institution', 'First seen', 'Last seen', 'Evidence'], p.offices.map((o) => [
        [o.title, o.past ? h('span', { class: 'tag' }, 'former') : ''], o.institution ?? '–', o.firstSeen ?? '–', o.lastSeen ?? '–',
        o.evidence.slice(0, 3).flatMap((ev, i) => [i ? ', ' : '', link(`${route('doc', ev.document)}?span=${ev.start}-${ev.end}`, ev.document.slice(0, 40))]),
      ]))
      : empty('No title was observed.')),
    h('div', { class: 'grid2' },
      section('Meetings', net.edges.length ? networkFigure(`Persons ${p.name} took part in events with`, net.nodes, net.edges, 320) : empty('No event with another known person.'),
        p.events.length ? h('ul', { class: 'events compact' }, p.events.map((e) => h('li', {},
          h('time', {}, e.dateFrom ?? 'undated'), ' ', h('span', { class: `tag ${categoryClass(e.category)}` }, e.category), ' ',
          e.participants.map((x) => x.name).join(', '), ' ',
          e.documents.slice(0, 3).map((d) => h('a', { href: route('doc', d), 'aria-label': `open the article ${d}` }, '↗'))))) : ''),
      section('Quotations', p.quotes.length ? quoteList(p.quotes) : empty('No quotation.'))),
  );
};

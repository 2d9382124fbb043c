import { api, ApiError } from '../api.js';
import { dateRangeForm, describeRange, rangeFromHash } from '../date-filter.js';
import { empty, h, link, route, section } from '../dom.js';
import type { Page } from '../router.js';
import { eventList, table } from '../views.js';

/** One country (#/country/KAZ): its partners (each a dossier), topics and recent events. */
export const countryPage: Page = async (main, [code = '']) => {
  const range = rangeFromHash();
  const [c, persons] = await Promise.all([api.country(code.toUpperCase(), range), api.persons({ country: code.toUpperCase(), limit: 30 })]);
  // Dossiers opened from here keep the range.
  const query = new URLSearchParams({ ...range }).toString();
  if (!c) throw new ApiError(404, 'NOT_FOUND', `no country ${code}`);
  main.append(
    h('p', { class: 'crumbs' }, link('#/countries', 'Countries'), ' / ', c.code),
    h('h1', {}, c.name ?? c.code),
    dateRangeForm(range),
    h('p', { class: 'muted', 'data-testid': 'range' }, `${c.events} events in ${c.documents} articles, ${describeRange(range)}`),
    h('div', { class: 'grid2' },
      section('Partners', c.partners.length
        ? table('Country pairs with this country', ['Partner', 'Events', 'Dossier'], c.partners.map((d) => {
          const other = d.pair[0] === c.code ? d.pair[1] : d.pair[0];
          return [link(route('country', other), other), String(d.events), link(`${route('dyad', d.pair[0], d.pair[1])}${query ? `?${query}` : ''}`, `${d.pair[0]}–${d.pair[1]} dossier`)];
        }))
        : empty('No partner yet.')),
      section('People', persons.items.length
        ? h('ul', { class: 'people' }, persons.items.map((p) => h('li', {}, link(route('person', p.id), p.name),
          h('span', { class: 'muted' }, ` ${p.sectors.join(', ')} · ${p.documents} article${p.documents === 1 ? '' : 's'}`))))
        : empty('No person of this country yet.'))),
    section('Topics', c.topics.length ? h('p', { class: 'topics' }, c.topics.map((t) => h('span', { class: 'tag topic' }, `${t.topic} (${t.documents})`))) : empty('No topic.')),
    section('Recent events', c.recentEvents.length ? eventList(c.recentEvents) : empty('No event.')),
  );
};

import { api } from '../api.js';
import { empty, h, link, route, section } from '../dom.js';
import type { Page } from '../router.js';
import { table } from '../views.js';

/** Country pairs that share events (#/dyads), each linked to its dossier. */
export const dyadsPage: Page = async (main) => {
  const [page, countries] = await Promise.all([api.dyads(), api.countries()]);
  const choice = (id: string, label: string, selected: string | undefined): HTMLElement[] => [
    h('label', { for: id }, label),
    h('select', { id, name: id }, countries.items.map((c) => h('option', { value: c.code, selected: c.code === selected }, `${c.name ?? c.code} (${c.code})`))),
  ];
  const first = page.items[0]?.pair;
  const form = h('form', { class: 'pair-form' }, ...choice('pair-a', 'Country', first?.[0]), ...choice('pair-b', 'and', first?.[1]),
    h('button', { type: 'submit' }, 'Open dossier'));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const value = (id: string): string => (form.querySelector(`#${id}`) as HTMLSelectElement).value;
    location.hash = route('dyad', value('pair-a'), value('pair-b'));
  });
  main.append(h('h1', {}, 'Country pairs'), countries.items.length > 1 ? form : '',
    section(`${page.total} pairs`, page.items.length
      ? table('Country pairs by number of events', ['Pair', 'Events', 'From', 'To'], page.items.map((d) => [
        link(route('dyad', d.pair[0], d.pair[1]), `${d.pair[0]} – ${d.pair[1]}`), String(d.events), d.dateFrom ?? '–', d.dateTo ?? '–',
      ]))
      : empty('No two countries share an event yet.')));
};

import { api } from '../api.js';
import { empty, h, link, route, section } from '../dom.js';
import type { Page } from '../router.js';
import { table } from '../views.js';

/** Countries by the number of events they take part in (#/countries). */
export const countriesPage: Page = async (main) => {
  const page = await api.countries();
  main.append(h('h1', {}, 'Countries'),
    section(`${page.total} countries and organisations`, page.items.length
      ? table('Countries by number of events', ['Country', 'Code', 'Events', 'Articles'], page.items.map((c) => [
        link(route('country', c.code), c.name ?? c.code), c.code, String(c.events), String(c.documents),
      ]))
      : empty('No event names a country yet.')));
};

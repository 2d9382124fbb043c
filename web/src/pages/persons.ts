import { api } from '../api.js';
import { empty, h, link, route, section } from '../dom.js';
import type { Page } from '../router.js';
import { table } from '../views.js';

/** Persons resolved across articles (#/persons), filtered by name as you type. */
export const personsPage: Page = async (main) => {
  // The top bar's person search sends its text here when no suggestion was chosen.
  const initial = new URLSearchParams(location.hash.split('?')[1] ?? '').get('q')?.trim() ?? '';
  const input = h('input', { type: 'search', id: 'who', placeholder: 'Name or spelling', autocomplete: 'off', value: initial });
  const results = h('div', {});
  const show = async (q: string): Promise<void> => {
    const page = await api.persons(q ? { q } : {});
    results.replaceChildren(section(`${page.total} persons`, page.items.length
      ? table('Persons', ['Name', 'Country', 'Sectors', 'Articles', 'Seen'], page.items.map((p) => [
        link(route('person', p.id), p.name), p.country ?? '–', p.sectors.join(', '), String(p.documents),
        [p.firstSeen, p.lastSeen].filter(Boolean).join(' – ') || '–',
      ]))
      : empty('No person matches.')));
  };
  let timer = 0;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = window.setTimeout(() => void show(input.value.trim()), 200);
  });
  main.append(h('h1', {}, 'Persons'), h('label', { for: 'who' }, 'Filter by name '), input, results);
  await show(initial);
};

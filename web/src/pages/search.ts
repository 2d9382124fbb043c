import { api, type SearchHit, type DocumentSummary } from '../api.js';
import { empty, h, link, route, section, snippetNode } from '../dom.js';
import type { Page } from '../router.js';

/** Results per page (the API's `limit`). */
const PAGE = 20;

const docLink = (d: DocumentSummary): HTMLAnchorElement => link(route('doc', d.id), d.title ?? d.id);

function hitItem(hit: SearchHit): HTMLLIElement {
  return h('li', { class: 'hit' },
    h('h3', {}, docLink(hit)),
    h('p', { class: 'muted' }, [hit.date ?? 'undated', hit.source].filter(Boolean).join(' · ')),
    h('p', {}, snippetNode(hit.snippet)));
}

/** Full-text search (#/search/<words>) and, with no query, the latest documents. */
export const searchPage: Page = async (main, [q = '']) => {
  const input = h('input', { type: 'search', id: 'q', name: 'q', value: q, placeholder: 'e.g. memorandum, "state visit", Astana', autocomplete: 'off' });
  const form = h('form', { role: 'search', class: 'search-form' },
    h('label', { for: 'q' }, 'Search the articles'),
    h('div', { class: 'row' }, input, h('button', { type: 'submit' }, 'Search')));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const words = input.value.trim();
    location.hash = words ? route('search', words) : '#/';
  });

  main.append(h('h1', {}, q ? `Search: ${q}` : 'Search'), form);
  if (q) {
    const at = Math.max(1, Number(new URLSearchParams(location.hash.split('?')[1] ?? '').get('page')) || 1);
    const page = await api.search(q, (at - 1) * PAGE);
    const pages = Math.ceil(page.total / PAGE);
    const pageLink = (n: number, label: string): HTMLAnchorElement => link(`${route('search', q)}?page=${n}`, label);
    main.append(section(`${page.total} result${page.total === 1 ? '' : 's'}`,
      page.items.length
        ? h('ol', { class: 'hits', 'data-testid': 'hits', start: page.offset + 1 }, page.items.map(hitItem))
        : empty('No article matches these words.'),
      pages > 1 ? h('nav', { class: 'pager', 'aria-label': 'Result pages' },
        at > 1 ? pageLink(at - 1, '← Previous') : '', ` Page ${at} of ${pages} `, at < pages ? pageLink(at + 1, 'Next →') : '') : ''));
  } else {
    const [docs, stats] = await Promise.all([api.documents(), api.stats()]);
    main.append(
      h('p', { class: 'muted' }, `${stats.documents} articles, ${stats.events} events, ${stats.quotes} quotations`,
        stats.dateFrom ? `, ${stats.dateFrom} to ${stats.dateTo ?? ''}` : ''),
      section('Latest articles', docs.items.length
        ? h('ul', { class: 'doc-list' }, docs.items.map((d) => h('li', {}, docLink(d), h('span', { class: 'muted' }, ` ${d.date ?? 'undated'}${d.source ? ` · ${d.source}` : ''}`))))
        : empty('The store is empty: ingest some articles first (communique ingest).')));
  }
  // Focus the box so typing starts a search straight away.
  setTimeout(() => input.focus(), 0);
};

import type { EventSummary, QuoteSummary } from './api.js';
import { h, link, route, type Child } from './dom.js';
import { categoryClass } from './plover.js';

const participants = (ps: EventSummary['actors']): Child[] =>
  ps.flatMap((p, i) => [i ? ', ' : '', p.text, p.code ? h('span', { class: 'code' }, ` ${p.code}`) : '']);

/** One event report: categories, who did what to whom, the sentence, and a link to its evidence. */
export function eventItem(e: EventSummary): HTMLLIElement {
  return h('li', { class: 'event' },
    h('div', { class: 'event-head' },
      h('time', {}, e.effectiveDate ?? 'undated'),
      ...e.categories.map((c) => h('span', { class: `tag ${categoryClass(c)}` }, c)),
      e.negated ? h('span', { class: 'tag neg' }, 'negated') : null,
      e.mode.length ? h('span', { class: 'muted' }, e.mode.join(', ')) : null),
    h('p', { class: 'event-who' }, participants(e.actors), ' → ', participants(e.recipients)),
    h('blockquote', { class: 'sentence' }, e.sentence),
    h('p', { class: 'muted' }, link(`${route('doc', e.documentId)}?event=${encodeURIComponent(e.id)}`, e.documentTitle ?? e.documentId),
      e.source ? ` · ${e.source}` : ''));
}

export const eventList = (events: readonly EventSummary[]): HTMLOListElement =>
  h('ol', { class: 'events', 'data-testid': 'events' }, events.map(eventItem));

/** One quotation with its speaker and a link to where it stands in its article. */
export function quoteItem(q: QuoteSummary): HTMLLIElement {
  const speaker = q.speaker?.entityName ?? q.speaker?.name ?? 'unattributed';
  return h('li', { class: 'quote' },
    h('blockquote', {}, q.direct ? `“${q.text}”` : q.text),
    h('p', { class: 'muted' }, '— ', h('strong', {}, speaker),
      q.speaker?.country ? h('span', { class: 'code' }, ` ${q.speaker.country}`) : '',
      ' · ', link(`${route('doc', q.documentId)}?quote=${q.index}`, q.documentTitle ?? q.documentId),
      q.documentDate ? ` · ${q.documentDate}` : ''));
}

export const quoteList = (quotes: readonly QuoteSummary[]): HTMLUListElement =>
  h('ul', { class: 'quotes', 'data-testid': 'quotes' }, quotes.map(quoteItem));

/** A small data table: headers and rows of cells. */
export function table(caption: string, headers: string[], rows: Child[][]): HTMLTableElement {
  return h('table', {},
    h('caption', { class: 'sr-only' }, caption),
    h('thead', {}, h('tr', {}, headers.map((x) => h('th', { scope: 'col' }, x)))),
    h('tbody', {}, rows.map((r) => h('tr', {}, r.map((c) => h('td', {}, c))))));
}

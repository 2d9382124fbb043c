import { h } from './dom.js';

/** An inclusive date range as the API takes it (`from`, `to`: YYYY, YYYY-MM or YYYY-MM-DD). */
export interface DateRange {
  from?: string;
  to?: string;
}

/** The API's date bound (src/server/schemas.ts DATE), as an HTML pattern: a bad bound is stopped before the request. */
const DATE_PATTERN = '\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?';

/** The range in the current route's query ("#/dyad/KAZ/MYS?from=2024-06&to=2024-12"). */
export function rangeFromHash(): DateRange {
  const q = new URLSearchParams(location.hash.split('?')[1] ?? '');
  const out: DateRange = {};
  const from = q.get('from')?.trim();
  const to = q.get('to')?.trim();
  if (from) out.from = from;
  if (to) out.to = to;
  return out;
}

/** Describes a range for people: "from 2024-06 to 2024-12", "until 2024", "all dates". */
export function describeRange(r: DateRange): string {
  if (r.from && r.to) return `from ${r.from} to ${r.to}`;
  if (r.from) return `from ${r.from}`;
  if (r.to) return `until ${r.to}`;
  return 'all dates';
}

/**
 * A date-range filter for a page: two labelled text fields that take a year, a month or a day
 * (the API reads a partial bound as the whole period), Enter or "Apply" to filter, "All dates" to
 * clear. The range lives in the route's query, so a filtered dossier is a link that can be shared.
 */
export function dateRangeForm(range: DateRange): HTMLFormElement {
  const field = (id: string, label: string, value: string | undefined): HTMLElement =>
    h('span', { class: 'field' }, h('label', { for: id }, label),
      h('input', {
        type: 'text', id, name: id.replace('range-', ''), value: value ?? '', inputmode: 'numeric', pattern: DATE_PATTERN,
        placeholder: 'YYYY-MM-DD', size: 11, title: 'A year (2024), a month (2024-06) or a day (2024-06-15)', 'aria-describedby': 'range-help',
      }));
  const clear = h('button', { type: 'button', class: 'link', disabled: !range.from && !range.to }, 'All dates');
  const form = h('form', { class: 'range-form', 'aria-label': 'Date range', 'data-testid': 'date-filter' },
    field('range-from', 'From', range.from), field('range-to', 'To', range.to),
    h('button', { type: 'submit' }, 'Apply'), clear,
    h('span', { id: 'range-help', class: 'muted help' }, 'A year, a month or a day; both ends included.'));
  const go = (r: DateRange): void => {
    const path = location.hash.split('?')[0] || '#/';
    const q = new URLSearchParams();
    if (r.from) q.set('from', r.from);
    if (r.to) q.set('to', r.to);
    const qs = q.toString();
    location.hash = qs ? `${path}?${qs}` : path;
  };
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    if (!form.reportValidity()) return;
    const value = (name: string): string => (form.elements.namedItem(name) as HTMLInputElement).value.trim();
    const r: DateRange = {};
    if (value('from')) r.from = value('from');
    if (value('to')) r.to = value('to');
    go(r);
  });
  clear.addEventListener('click', () => go({}));
  return form;
}

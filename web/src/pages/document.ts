import { api, ApiError, type DocumentRecord } from '../api.js';
import { empty, h, link, section } from '../dom.js';
import { segment, type Layer } from '../highlight.js';
import { categoryClass } from '../plover.js';
import type { Page } from '../router.js';

type Entity = DocumentRecord['entities'][number];
type PloverEvent = DocumentRecord['events'][number];
type Quote = DocumentRecord['quotes'][number];

/** Every annotation of the record as highlight layers, entities innermost. */
function layersOf(r: DocumentRecord): Layer[] {
  const layers: Layer[] = [];
  r.events.forEach((e) => {
    const spans = [e.text_info, ...e.evidence.filter((s) => s.start !== e.text_info.start || s.end !== e.text_info.end)];
    for (const s of spans) layers.push({ key: `ev:${e.id}`, cls: 'hl-event', start: s.start, end: s.end });
  });
  r.quotes.forEach((q, i) => {
    layers.push({ key: `quote:${i}`, cls: 'hl-quote', start: q.start, end: q.end });
    if (q.cue) layers.push({ key: `quote:${i}`, cls: 'hl-cue', start: q.cue.start, end: q.cue.end });
    if (q.speaker) layers.push({ key: `quote:${i}`, cls: 'hl-speaker', start: q.speaker.start, end: q.speaker.end });
  });
  for (const e of r.entities) {
    for (const m of e.mentions) layers.push({ key: `ent:${e.id}`, cls: `hl-ent t-${e.type}`, start: m.start, end: m.end });
  }
  return layers;
}

/** The article text with every segment that an annotation covers wrapped in a span. */
function annotatedText(r: DocumentRecord, extra: readonly Layer[]): HTMLElement {
  const box = h('div', { class: 'doc-text', 'data-testid': 'doc-text' });
  for (const seg of segment(r.text, [...layersOf(r), ...extra])) {
    const text = r.text.slice(seg.start, seg.end);
    if (!seg.layers.length) {
      box.append(text);
      continue;
    }
    const classes = new Set(seg.layers.flatMap((l) => l.cls.split(' ')));
    const keys = [...new Set(seg.layers.map((l) => l.key))];
    box.append(h('span', { class: [...classes].join(' '), 'data-facts': keys.join(' '), 'data-start': seg.start }, text));
  }
  return box;
}

/** The record's title, else its first sentence (a wire item's text often starts with a dateline), shortened. */
function titleOf(r: DocumentRecord): string {
  if (r.title) return r.title;
  const first = r.sentences[0];
  const text = (first ? r.text.slice(first.start, first.end) : r.text.split('\n', 1)[0] ?? '').trim();
  if (!text) return r.id;
  return text.length > 110 ? `${text.slice(0, 110).replace(/\s+\S*$/u, '')}…` : text;
}

function entityFact(e: Entity): HTMLElement[] {
  return [
    h('span', { class: `swatch t-${e.type}`, 'aria-hidden': 'true' }),
    h('strong', {}, e.name), ' ', h('span', { class: 'muted' }, [e.type, e.country, e.sector].filter(Boolean).join(' · ')),
    e.titles.length ? h('span', { class: 'fact-detail' }, e.titles.join('; ')) : '',
  ] as HTMLElement[];
}

function eventFact(e: PloverEvent): HTMLElement[] {
  const who = (ps: PloverEvent['actor']): string => ps.map((p) => p.entity_text + (p.code ? ` (${p.code})` : '')).join(', ') || '?';
  return [
    ...e.event.map((c) => h('span', { class: `tag ${categoryClass(c)}` }, c)),
    e.negated ? h('span', { class: 'tag neg' }, 'negated') : '',
    h('span', { class: 'fact-detail' }, `${who(e.actor)} → ${who(e.recipient)}`),
    h('span', { class: 'fact-detail muted' }, [e.date, e.mode.join(', '), e.event_text.join(', ')].filter(Boolean).join(' · ')),
  ] as HTMLElement[];
}

function quoteFact(q: Quote): HTMLElement[] {
  const text = q.text.length > 140 ? `${q.text.slice(0, 140)}…` : q.text;
  return [h('strong', {}, q.speaker?.name ?? 'unattributed'), q.cue ? h('span', { class: 'muted' }, ` ${q.cue.text}`) : '',
    h('span', { class: 'fact-detail' }, q.direct ? `“${text}”` : text)] as HTMLElement[];
}

/**
 * One document (#/doc/ID): its text with entities, events and quotations highlighted from
 * their offsets, and beside it the list of extracted facts; choosing a fact (click, Enter or
 * Space) marks its evidence in the text and moves the focus there.
 */
export const documentPage: Page = async (main, [id = '']) => {
  const r = await api.document(id);
  if (!r) throw new ApiError(404, 'NOT_FOUND', `no document ${id}`);
  // A deep link can name the fact to show: #/doc/ID?event=EV, ?quote=N, or ?span=START-END
  // (the evidence of an office on a person's page).
  const wanted = new URLSearchParams(location.hash.split('?')[1] ?? '');
  const span = /^(\d+)-(\d+)$/u.exec(wanted.get('span') ?? '');
  const extra: Layer[] = span ? [{ key: 'link', cls: 'hl-link', start: Number(span[1]), end: Number(span[2]) }] : [];
  const text = annotatedText(r, extra);
  const buttons = new Map<string, HTMLButtonElement>();

  const select = (key: string, moveFocus: boolean): void => {
    for (const el of text.querySelectorAll('.active')) el.classList.remove('active');
    for (const b of buttons.values()) b.setAttribute('aria-pressed', 'false');
    const targets = [...text.querySelectorAll<HTMLElement>(`[data-facts~="${CSS.escape(key)}"]`)];
    for (const el of targets) el.classList.add('active');
    buttons.get(key)?.setAttribute('aria-pressed', 'true');
    const first = targets[0];
    if (first) {
      first.scrollIntoView({ block: 'center', behavior: 'smooth' });
      if (moveFocus) {
        first.tabIndex = -1;
        first.focus({ preventScroll: true });
      }
    }
  };

  const factButton = (key: string, content: HTMLElement[], label: string): HTMLLIElement => {
    const b = h('button', { type: 'button', class: 'fact', 'aria-pressed': 'false', 'aria-label': label, 'data-fact': key }, ...content);
    b.addEventListener('click', () => select(key, true));
    buttons.set(key, b);
    return h('li', {}, b);
  };

  // Clicking a highlight selects its innermost fact and shows it in the list.
  text.addEventListener('click', (e) => {
    const el = (e.target as HTMLElement).closest<HTMLElement>('[data-facts]');
    const keys = el?.dataset['facts']?.split(' ') ?? [];
    const key = keys.find((k) => k.startsWith('ent:')) ?? keys.find((k) => k.startsWith('quote:')) ?? keys[0];
    if (!key) return;
    select(key, false);
    buttons.get(key)?.scrollIntoView({ block: 'nearest' });
  });

  const people = r.entities.filter((e) => e.mentions.length);
  const facts = h('aside', { class: 'facts-list', 'aria-label': 'Extracted facts' },
    section(`Events (${r.events.length})`, r.events.length
      ? h('ul', { 'data-testid': 'event-facts' }, r.events.map((e) => factButton(`ev:${e.id}`, eventFact(e), `Event ${e.event.join(', ')}: show its evidence`)))
      : empty('No event.')),
    section(`Quotations (${r.quotes.length})`, r.quotes.length
      ? h('ul', { 'data-testid': 'quote-facts' }, r.quotes.map((q, i) => factButton(`quote:${i}`, quoteFact(q), `Quotation by ${q.speaker?.name ?? 'unknown speaker'}: show it in the text`)))
      : empty('No quotation.')),
    section(`Entities (${people.length})`, people.length
      ? h('ul', { 'data-testid': 'entity-facts' }, people.map((e) => factButton(`ent:${e.id}`, entityFact(e), `${e.name}: show its mentions`)))
      : empty('No entity.')));

  main.append(
    h('p', { class: 'crumbs' }, link('#/', 'Search'), ' / document'),
    h('h1', {}, titleOf(r)),
    h('p', { class: 'muted' }, [r.date ?? 'undated', r.source].filter(Boolean).join(' · '),
      r.url ? [' · ', h('a', { href: r.url, rel: 'noopener noreferrer' }, 'original')] : '',
      ' · ', h('a', { href: `/api/documents/${encodeURIComponent(r.id)}` }, 'JSON record')),
    r.topics.length ? h('p', { class: 'topics' }, r.topics.map((t) => h('span', { class: 'tag topic' }, t))) : '',
    h('p', { class: 'legend', 'aria-label': 'Legend' },
      h('span', { class: 'hl-ent t-PERSON' }, 'person'), ' ', h('span', { class: 'hl-ent t-ORG' }, 'organisation'), ' ',
      h('span', { class: 'hl-ent t-GPE' }, 'place'), ' ', h('span', { class: 'hl-quote' }, 'quotation'), ' ',
      h('span', { class: 'hl-cue' }, 'cue'), ' ', h('span', { class: 'hl-event' }, 'event sentence')),
    h('div', { class: 'doc-layout' }, h('article', { 'aria-label': 'Article text' }, text), facts),
  );

  const event = wanted.get('event');
  const quote = wanted.get('quote');
  const ev = event ? r.events.find((e) => e.id === event || event.endsWith(`-${e.id}`)) : undefined;
  const key = ev ? `ev:${ev.id}` : quote !== null && r.quotes[Number(quote)] ? `quote:${quote}` : extra.length ? 'link' : null;
  if (key) setTimeout(() => select(key, false), 0);
};

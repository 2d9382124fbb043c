import { api, type PersonSummary } from './api.js';
import { h, route } from './dom.js';

/** Suggestions shown at once; the persons page lists the rest. */
const SUGGESTIONS = 8;
/** Wait this long after the last key before asking the API, so typing a name is one request, not six. */
const DEBOUNCE_MS = 150;

/**
 * Person search in the top bar: a type-ahead over the persons the knowledge base resolved
 * (GET /api/persons?q=), as an ARIA combobox (WAI-ARIA Authoring Practices 1.2, "combobox with
 * listbox popup"): Down/Up move through the suggestions, Enter opens the person (or the persons
 * page filtered by the text when none is chosen), Escape closes the list and then clears the box.
 * Focus stays in the input; the active option is announced through aria-activedescendant.
 */
export function personSearch(): HTMLFormElement {
  const input = h('input', {
    type: 'search', id: 'person-search', name: 'q', placeholder: 'Find a person…', autocomplete: 'off', spellcheck: 'false',
    role: 'combobox', 'aria-autocomplete': 'list', 'aria-expanded': 'false', 'aria-controls': 'person-suggestions',
  });
  const list = h('ul', { id: 'person-suggestions', role: 'listbox', 'aria-label': 'Persons', class: 'suggestions', hidden: true });
  const status = h('span', { class: 'sr-only', role: 'status', 'aria-live': 'polite' });
  const form = h('form', { class: 'person-search', role: 'search', 'aria-label': 'Persons' },
    h('label', { for: 'person-search', class: 'sr-only' }, 'Find a person'), input, list, status);

  let items: PersonSummary[] = [];
  let active = -1;
  let asked = 0;
  let timer = 0;

  const close = (): void => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const highlight = (i: number): void => {
    active = i;
    list.querySelectorAll('[role="option"]').forEach((li, j) => li.setAttribute('aria-selected', String(j === i)));
    if (i >= 0) input.setAttribute('aria-activedescendant', `person-option-${i}`);
    else input.removeAttribute('aria-activedescendant');
  };
  const open = (p: PersonSummary): void => {
    close();
    input.value = '';
    location.hash = route('person', p.id);
  };
  const show = (found: PersonSummary[], total: number): void => {
    items = found;
    list.replaceChildren(...found.map((p, i) => {
      const li = h('li', { id: `person-option-${i}`, role: 'option', 'aria-selected': 'false', 'data-person': p.id },
        h('span', { class: 'name' }, p.name), p.country ? h('span', { class: 'code' }, ` ${p.country}`) : '',
        h('span', { class: 'muted' }, ` · ${p.documents} article${p.documents === 1 ? '' : 's'}`));
      // mousedown, not click: the input's blur would close the list before a click lands.
      li.addEventListener('mousedown', (e) => { e.preventDefault(); open(p); });
      return li;
    }));
    if (!found.length) list.append(h('li', { class: 'none', 'aria-disabled': 'true' }, 'No person matches.'));
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    status.textContent = found.length ? `${total} person${total === 1 ? '' : 's'} found` : 'No person matches';
    highlight(-1);
  };
  const ask = async (q: string): Promise<void> => {
    const mine = ++asked;
    if (!q) { close(); return; }
    try {
      const page = await api.persons({ q, limit: SUGGESTIONS });
      if (mine === asked && input.value.trim() === q) show(page.items, page.total);
    } catch {
      if (mine === asked) close();
    }
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = window.setTimeout(() => void ask(input.value.trim()), DEBOUNCE_MS);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (list.hidden) { void ask(input.value.trim()); return; }
      if (!items.length) return;
      const step = e.key === 'ArrowDown' ? 1 : -1;
      // -1 is the text itself: Down past the last option and Up past the first come back to it.
      const next = active + step;
      highlight(next >= items.length ? -1 : next < -1 ? items.length - 1 : next);
    } else if (e.key === 'Escape') {
      if (!list.hidden) close(); else input.value = '';
    } else if (e.key === 'Home' && !list.hidden && items.length) {
      e.preventDefault(); highlight(0);
    } else if (e.key === 'End' && !list.hidden && items.length) {
      e.preventDefault(); highlight(items.length - 1);
    }
  });
  input.addEventListener('blur', () => close());
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const chosen = items[active];
    if (!list.hidden && chosen) open(chosen);
    else if (items.length === 1 && !list.hidden) open(items[0]!);
    else if (input.value.trim()) {
      const q = input.value.trim();
      close();
      location.hash = `#/persons?q=${encodeURIComponent(q)}`;
    }
  });
  return form;
}

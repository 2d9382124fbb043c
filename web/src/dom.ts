/**
 * A very small element builder: the explorer has a handful of pages, so plain DOM calls
 * (no framework, no virtual DOM) keep the bundle small and the behaviour obvious.
 */
export type Child = Node | string | number | null | undefined | false | readonly Child[];
type Attrs = Record<string, string | number | boolean | null | undefined | EventListener>;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (typeof value === 'function') el.addEventListener(name.replace(/^on/u, ''), value);
    else if (value === true) el.setAttribute(name, '');
    else el.setAttribute(name, String(value));
  }
  append(el, children);
  return el;
}

export function append(parent: Node, children: readonly Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (Array.isArray(c)) append(parent, c as readonly Child[]);
    else parent.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c as Node);
  }
}

/** Replaces the content of `parent`. */
export function render(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, children);
}

/** A link to an explorer route ("#/doc/ID"), with each path part encoded. */
export function route(...parts: string[]): string {
  return `#/${parts.map((p) => encodeURIComponent(p)).join('/')}`;
}

export const link = (href: string, ...children: Child[]): HTMLAnchorElement => h('a', { href }, ...children);

/** A section with a heading, the unit every page is built from. */
export function section(title: string, ...children: Child[]): HTMLElement {
  const id = `s-${title.toLowerCase().replace(/[^a-z0-9]+/gu, '-')}`;
  return h('section', { 'aria-labelledby': id, class: 'panel' }, h('h2', { id }, title), ...children);
}

export const empty = (text: string): HTMLParagraphElement => h('p', { class: 'empty' }, text);

/**
 * Trusted HTML from the API's search snippets: the store escapes the text and adds only
 * `<mark>`; anything else is dropped here all the same.
 */
export function snippetNode(html: string): HTMLSpanElement {
  const span = h('span', { class: 'snippet' });
  const parts = html.split(/(<mark>|<\/mark>)/u);
  let inMark = false;
  for (const part of parts) {
    if (part === '<mark>') inMark = true;
    else if (part === '</mark>') inMark = false;
    else if (part) {
      const text = decodeEntities(part);
      span.appendChild(inMark ? h('mark', {}, text) : document.createTextNode(text));
    }
  }
  return span;
}

function decodeEntities(s: string): string {
  const t = document.createElement('textarea');
  t.innerHTML = s;
  return t.value;
}

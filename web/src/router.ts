import { ApiError } from './api.js';
import { h, render } from './dom.js';

/** A page: given the route's path parts, fills `main`. */
export type Page = (main: HTMLElement, params: string[]) => Promise<void>;

interface Route {
  pattern: RegExp;
  page: () => Promise<Page>;
}

/**
 * Hash routes (#/dyad/KAZ/MYS, #/doc/ID) so that any deep link works on a static server and
 * survives a reload. Pages are loaded on demand: the document view never downloads echarts.
 */
export function startRouter(main: HTMLElement, routes: Array<[string, () => Promise<Page>]>): void {
  const table: Route[] = routes.map(([path, page]) => ({
    pattern: new RegExp(`^${path.replace(/:[a-z]+/gu, '([^/]+)')}$`, 'u'),
    page,
  }));
  let generation = 0;

  const show = async (): Promise<void> => {
    const hash = location.hash.replace(/^#/u, '');
    if (hash && !hash.startsWith('/')) return; // an in-page anchor, not a route
    const path = hash.split('?')[0] || '/';
    const mine = ++generation;
    const match = table.map((r) => ({ r, m: r.pattern.exec(path) })).find((x) => x.m);
    render(main, h('p', { class: 'loading', role: 'status' }, 'Loading…'));
    try {
      if (!match?.m) throw new ApiError(404, 'NOT_FOUND', `no page at ${path}`);
      const page = await match.r.page();
      const params = match.m.slice(1).map((p) => decodeURIComponent(p));
      const target = h('div', { class: 'page' });
      await page(target, params);
      if (mine !== generation) return; // a later navigation won
      render(main, target);
      const heading = main.querySelector('h1');
      document.title = `${heading?.textContent ?? 'Explorer'} · Communique`;
      markCurrentNav(path);
      if (!main.contains(document.activeElement)) main.focus({ preventScroll: true });
      window.scrollTo(0, 0);
    } catch (e) {
      if (mine !== generation) return;
      const message = e instanceof Error ? e.message : String(e);
      render(main, h('div', { class: 'page' }, h('h1', {}, e instanceof ApiError && e.status === 404 ? 'Not found' : 'Something went wrong'),
        h('p', { class: 'error', role: 'alert' }, message), h('p', {}, h('a', { href: '#/' }, 'Back to search'))));
    }
  };

  window.addEventListener('hashchange', () => void show());
  void show();
}

function markCurrentNav(path: string): void {
  for (const a of document.querySelectorAll<HTMLAnchorElement>('header nav a')) {
    const target = a.getAttribute('href')?.replace(/^#/u, '') ?? '';
    const current = target === '/' ? path === '/' || path.startsWith('/search') : path.startsWith(target.replace(/s$/u, ''));
    if (current) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
}

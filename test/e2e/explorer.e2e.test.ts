import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runIngest } from '../../src/app/ingest-run.js';
import { packageRoot } from '../../src/core/paths.js';
import { buildServer } from '../../src/server/build-server.js';
import { openStore } from '../../src/store/index.js';
import type { Repository } from '../../src/store/repository.js';

/**
 * The explorer in a real browser: the examples are ingested into a temporary store, the API
 * serves it with the built web app, and Debian's Chromium (apt package `chromium`) drives the
 * pages. Screenshots land in test-artifacts/ for a human to look at.
 */
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.log(`explorer e2e: skipped, no Chromium at ${CHROMIUM} (apt-get install chromium)`);

const root = packageRoot();
const webDist = join(root, 'web', 'dist');
const artifacts = join(root, 'test-artifacts');
/** Generous: the machine may be busy, and the first API call resolves the knowledge base. */
const PAGE_TEST_MS = 180_000;

describe.skipIf(!hasChromium)('explorer (Chromium, examples store)', () => {
  let dir = '';
  let store: Repository | null = null;
  let app: FastifyInstance | null = null;
  let browser: Browser | null = null;
  let base = '';
  const pageErrors: string[] = [];

  beforeAll(async () => {
    if (!existsSync(join(webDist, 'index.html'))) {
      execFileSync(join(root, 'node_modules', '.bin', 'vite'), ['build', '--config', join(root, 'web', 'vite.config.ts')], { cwd: root, stdio: 'inherit' });
    }
    mkdirSync(artifacts, { recursive: true });
    dir = mkdtempSync(join(tmpdir(), 'communique-e2e-'));
    const db = join(dir, 'examples.sqlite');
    const writer = await openStore(db);
    const summary = await runIngest([join(root, 'examples')], { store: writer });
    await writer.close();
    expect(summary.stored).toBeGreaterThan(0);

    store = await openStore(db, { readonly: true });
    app = await buildServer({ repository: store, webRoot: webDist });
    const address = await app.listen({ port: 0, host: '127.0.0.1' });
    base = address.replace('[::1]', '127.0.0.1');

    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await store?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  async function open(hash: string): Promise<Page> {
    if (!browser) throw new Error('no browser');
    const page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
    page.on('pageerror', (e) => pageErrors.push(`${hash}: ${e.message}`));
    page.on('console', (m) => { if (m.type() === 'error') pageErrors.push(`${hash}: ${m.text()}`); });
    await page.goto(`${base}/${hash}`);
    return page;
  }

  it('explorer: the Kazakhstan–Malaysia dossier shows events, quotes and charts', async () => {
    const page = await open('#/dyad/KAZ/MYS');
    await page.locator('h1', { hasText: 'Kazakhstan' }).waitFor();
    const events = page.locator('[data-testid="events"] > li');
    const quotes = page.locator('[data-testid="quotes"] > li');
    await events.first().waitFor();
    expect(await events.count()).toBeGreaterThan(0);
    expect(await quotes.count()).toBeGreaterThan(0);
    expect(Number(await page.locator('[data-testid="event-count"]').textContent())).toBeGreaterThan(0);
    // The timeline and the temperature are drawn (echarts renders SVG).
    await page.locator('.chart svg').first().waitFor();
    expect(await page.locator('.chart svg').count()).toBeGreaterThanOrEqual(2);
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(artifacts, 'dossier-KAZ-MYS.png'), fullPage: true });

    // An event's article opens from the dossier with that event's evidence marked.
    await events.first().locator('a[href^="#/doc/"]').click();
    await page.locator('[data-testid="doc-text"]').waitFor();
    await expect.poll(() => page.locator('.doc-text .active').count()).toBeGreaterThan(0);
    await page.close();
  }, PAGE_TEST_MS);

  it('explorer: a document shows its entities, events and quotes highlighted, and facts lead to their evidence', async () => {
    // A KAZ–MYS article that has both an event and a quotation, found through the API.
    const api = async <T>(path: string): Promise<T> => (await fetch(`${base}/api/${path}`)).json() as Promise<T>;
    const events = await api<{ items: Array<{ documentId: string }> }>('events?pair=KAZ,MYS&limit=100');
    let docId = '';
    for (const id of new Set(events.items.map((e) => e.documentId))) {
      if ((await api<{ total: number }>(`quotes?document=${encodeURIComponent(id)}`)).total > 0) { docId = id; break; }
    }
    expect(docId).not.toBe('');
    const page = await open(`#/doc/${encodeURIComponent(docId)}`);
    await page.locator('[data-testid="doc-text"]').waitFor();
    expect(await page.locator('.doc-text .hl-ent').count()).toBeGreaterThan(0);
    expect(await page.locator('.doc-text .hl-quote').count()).toBeGreaterThan(0);
    expect(await page.locator('.doc-text .hl-event').count()).toBeGreaterThan(0);
    // The highlighted text is the text at the recorded offsets: the page's text is the record's.
    const record = await api<{ text: string }>(`documents/${encodeURIComponent(docId)}`);
    expect(await page.locator('[data-testid="doc-text"]').textContent()).toBe(record.text);

    // Keyboard: focus the first quotation in the side list, Enter marks it in the text and moves the focus there.
    const fact = page.locator('[data-fact^="quote:"]').first();
    await fact.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.doc-text .active.hl-quote').count()).toBeGreaterThan(0);
    expect(await fact.getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('[data-testid="doc-text"] :focus').count()).toBe(1);
    await page.screenshot({ path: join(artifacts, 'document.png'), fullPage: true });
    await page.close();
  }, PAGE_TEST_MS);

  it('explorer: search lists matching articles with highlighted snippets', async () => {
    const page = await open('#/');
    await page.locator('#q').fill('Malaysia');
    await page.keyboard.press('Enter');
    const hits = page.locator('[data-testid="hits"] > li');
    await hits.first().waitFor();
    expect(await hits.count()).toBeGreaterThan(0);
    expect(await page.locator('[data-testid="hits"] mark').count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(artifacts, 'search.png'), fullPage: true });
    await page.close();
  }, PAGE_TEST_MS);

  it('explorer: the top bar finds a person as you type and opens them with the keyboard', async () => {
    // The person named in most articles, whoever the examples make it; typed as the first letters of the surname.
    const top = (await (await fetch(`${base}/api/persons?limit=1`)).json() as { items: Array<{ id: string; name: string }> }).items[0]!;
    const surname = top.name.split(' ').at(-1)!;
    const page = await open('#/');
    await page.locator('main h1').waitFor();
    await page.locator('#person-search').focus();
    await page.keyboard.type(surname.slice(0, 5).toLowerCase(), { delay: 30 });
    const option = page.locator(`#person-suggestions [role="option"][data-person="${top.id}"]`);
    await option.waitFor();
    expect(await page.locator('#person-search').getAttribute('aria-expanded')).toBe('true');
    await page.screenshot({ path: join(artifacts, 'person-search.png') });
    // Down until the person is the active option, then Enter.
    const count = await page.locator('#person-suggestions [role="option"]').count();
    for (let i = 0; i < count; i++) {
      await page.keyboard.press('ArrowDown');
      if (await option.getAttribute('aria-selected') === 'true') break;
    }
    expect(await page.locator('#person-search').getAttribute('aria-activedescendant')).toBe(await option.getAttribute('id'));
    await page.keyboard.press('Enter');
    await page.locator('main h1', { hasText: top.name }).waitFor();
    expect(page.url()).toContain(`#/person/${encodeURIComponent(top.id)}`);
    expect(await page.locator('#person-suggestions').isHidden()).toBe(true);
    // Escape closes the list: no page change.
    await page.locator('#person-search').focus();
    await page.keyboard.type(surname.slice(0, 5), { delay: 30 });
    await option.waitFor();
    await page.keyboard.press('Escape');
    expect(await page.locator('#person-suggestions').isHidden()).toBe(true);
    await page.close();
  }, PAGE_TEST_MS);

  it('explorer: a date range filters the dossier, from the keyboard, and the URL keeps it', async () => {
    const api = async <T>(path: string): Promise<T> => (await fetch(`${base}/api/${path}`)).json() as Promise<T>;
    const all = await api<{ merged: { events: number; timeline: Array<{ month: string }> } }>('dyads/KAZ/MYS');
    const months = [...new Set(all.merged.timeline.map((t) => t.month))].filter((m) => m !== 'undated').sort();
    expect(months.length).toBeGreaterThan(1);
    // From the last month with events: fewer events than in all, as the API counts them.
    const from = months.at(-1)!;
    const expected = (await api<{ merged: { events: number } }>(`dyads/KAZ/MYS?from=${from}`)).merged.events;
    expect(expected).toBeGreaterThan(0);
    expect(expected).toBeLessThan(all.merged.events);

    const page = await open('#/dyad/KAZ/MYS');
    await page.locator('[data-testid="event-count"]').waitFor();
    expect(Number(await page.locator('[data-testid="event-count"]').textContent())).toBe(all.merged.events);
    await page.locator('#range-from').focus();
    await page.keyboard.type(from);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toContain(`from=${from}`);
    await expect.poll(async () => Number(await page.locator('[data-testid="event-count"]').textContent())).toBe(expected);
    expect(await page.locator('[data-testid="range"]').textContent()).toContain(from);
    expect(await page.locator('#range-from').inputValue()).toBe(from);
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(artifacts, 'dossier-KAZ-MYS-filtered.png'), fullPage: true });
    // A bound the API would refuse is stopped in the form: no request, no error page.
    await page.locator('#range-to').fill('2024-13');
    await page.keyboard.press('Enter');
    await page.waitForTimeout(200);
    expect(page.url()).not.toContain('to=');
    expect(await page.locator('main .error').count()).toBe(0);
    // "All dates" clears the range.
    await page.locator('#range-to').fill('');
    await page.locator('[data-testid="date-filter"] button', { hasText: 'All dates' }).click();
    await expect.poll(async () => Number(await page.locator('[data-testid="event-count"]').textContent())).toBe(all.merged.events);
    await page.close();
  }, PAGE_TEST_MS);

  it('explorer: the other pages load without errors', async () => {
    for (const [hash, shot] of [['#/countries', null], ['#/country/KAZ', 'country-KAZ'], ['#/persons', null], ['#/network', 'network'], ['#/dyads', null]] as const) {
      const page = await open(hash);
      await page.locator('main h1').waitFor();
      expect(await page.locator('main .error').count(), hash).toBe(0);
      if (shot) {
        await page.waitForTimeout(300);
        await page.screenshot({ path: join(artifacts, `${shot}.png`), fullPage: true });
      }
      await page.close();
    }
    // A person's page, reached from the list as a user would.
    const page = await open('#/persons');
    await page.locator('main table a[href^="#/person/"]').first().click();
    await page.locator('main h2', { hasText: 'Offices over time' }).waitFor();
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(artifacts, 'person.png'), fullPage: true });
    await page.close();
    expect(pageErrors).toEqual([]);
  }, PAGE_TEST_MS);
});

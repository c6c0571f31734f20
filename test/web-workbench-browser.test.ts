/**
 * The search page's trend chart and saved searches, watchlists, in-app alerts and the jobs page in Debian's
 * Chromium (playwright-core), served on 127.0.0.1 over a store of the embedded backend with a feed on 127.0.0.1.
 * The pages are photographed at 1280 and 390 px into test-output/ and checked not blank; no page logs an error
 * (a CSP refusal of the inline chart would be one).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS } from './backends.js';
import { browserSession, type BrowserSession } from './browser-session.js';
import { startFeedServer, TEN_ARTICLES } from './web-feed-server.js';
import { ADMIN, USERS, workbench, type Workbench } from './web-helpers.js';
import { check } from './web-screens.js';

let site: Awaited<ReturnType<typeof startFeedServer>>;
let w: Workbench;
let session: BrowserSession;
let base: string;
let browser: Browser;

beforeAll(async () => {
  site = await startFeedServer(TEN_ARTICLES);
  w = await workbench(BACKENDS[0]!, { jobs: { retries: 0, retryDelaySeconds: 1, expireSeconds: 60, tickSeconds: 0.2 } });
  session = await browserSession(w.app.fetch);
  ({ base, browser } = session);
}, 60_000);
afterAll(async () => {
  await session?.close();
  await w?.jianbao.close();
  await site?.close();
});

/** A page logged in as one of USERS, with the errors it logs. */
const loggedIn = (name: string, width = 1280) => session.logIn(name, USERS.find((u) => u.name === name)!.password, { width });

/** Runs an action that submits a form and waits until the page it leads to has loaded. */
async function reloaded(page: Page, action: () => Promise<unknown>): Promise<void> {
  await Promise.all([page.waitForEvent('load'), action()]);
}

const badge = (page: Page) => page.locator('.main-nav a[href="/alerts"] .badge');

describe('search, watchlists, alerts and jobs in Chromium', () => {
  it('adds a watchlist; fetched articles that match raise in-app alerts: a count in the nav, a list, mark read', async () => {
    const { page, errors } = await loggedIn('editor');
    await page.goto(`${base}/watchlists`);
    await page.fill('.watch-add input[name=name]', '芯片动向');
    await page.fill('.watch-add input[name=query]', '芯片');
    await reloaded(page, () => page.click('.watch-add button[type=submit]'));
    expect(await page.locator('table.watchlists tbody tr').allInnerTexts()).toEqual([expect.stringContaining('芯片动向')]);
    expect(await badge(page).count()).toBe(0);

    // New articles arrive the way they do in production: a source on 127.0.0.1 fetched, stored and matched.
    const source = await w.jianbao.sources.add(ADMIN, { url: site.feed, name: '行业快讯' });
    expect(await w.jianbao.sources.fetchNow(ADMIN, { id: source.id })).toMatchObject({ new: 10, failed: 0 });
    const matching = (await w.jianbao.search.search({ id: 'editor', role: 'editor' }, { query: '芯片', limit: 50 })).hits.map((h) => h.title);
    expect(matching.length).toBeGreaterThanOrEqual(2);

    await page.goto(`${base}/watchlists`);
    expect(await badge(page).textContent()).toBe(String(matching.length));
    await page.click('.main-nav a[href="/alerts"]');
    const items = page.locator('.alerts > .item');
    expect((await page.locator('.alerts .item .title').allTextContents()).sort()).toEqual([...matching].sort());
    expect(await page.locator('.alerts > .item.unread').count()).toBe(matching.length);
    await reloaded(page, () => items.nth(0).locator('.actions button').click());
    expect(await badge(page).textContent()).toBe(String(matching.length - 1));
    expect(await page.locator('.alerts > .item.unread').count()).toBe(matching.length - 1);
    await reloaded(page, () => page.click('text=全部标为已读'));
    expect(await badge(page).count()).toBe(0);
    expect(await page.locator('.alerts > .item.unread').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 90_000);

  it('searches, draws the trend chart inline, saves the search and runs it from the list', async () => {
    const { page, errors } = await loggedIn('reader');
    await page.goto(`${base}/search`);
    await page.fill('form.filters input[name=q]', '芯片');
    await reloaded(page, () => page.click('form.filters button[type=submit]'));
    const total = Number(/共 (\d+) 篇/.exec((await page.locator('.count').textContent())!)![1]);
    expect(total).toBeGreaterThanOrEqual(2);
    // htmx fetches the chart after the page; the bars are drawn and the chart fits the page.
    const chart = page.locator('figure.trend svg');
    await chart.waitFor();
    expect(await chart.getAttribute('aria-label')).toBe('检索“芯片”的匹配文章数按月');
    expect(await page.locator('figure.trend svg text', { hasText: '2026-11' }).count()).toBe(1);
    expect(await page.locator('figure.trend svg path[fill="#c23531"]').count()).toBeGreaterThan(0);
    expect(await page.locator('figure.trend figcaption').textContent()).toContain(`带日期的 ${total} 篇`);
    const box = (await chart.boundingBox())!;
    expect(box.width).toBeGreaterThan(300);

    await page.fill('form.save-search input[name=name]', '芯片周报');
    await reloaded(page, () => page.click('form.save-search button[type=submit]'));
    expect(await page.locator('.saved-list a').allTextContents()).toEqual(['芯片周报']);
    await page.goto(`${base}/search`);
    expect(await page.locator('.count').count()).toBe(0);
    await reloaded(page, () => page.click('.saved-list a', { hasText: '芯片周报' } as never));
    expect(new URL(page.url()).searchParams.get('q')).toBe('芯片');
    expect(await page.locator('.count').textContent()).toBe(`共 ${total} 篇`);
    await page.locator('figure.trend svg').waitFor();
    expect(errors).toEqual([]);
    await page.context().close();
  }, 90_000);

  it('shows a failed job with its error on /jobs; retry queues it again', async () => {
    const stop = await w.jianbao.jobs.start(ADMIN, { queues: ['render'], concurrency: 1, schedule: false });
    let id: string | null = null;
    try {
      id = await w.jianbao.jobs.enqueue(ADMIN, { name: 'render', payload: { bulletinId: 999, formats: ['md'], dir: '/tmp/jianbao-never' } });
      await expect.poll(async () => (await w.jianbao.jobs.get(ADMIN, id!)).state, { timeout: 20_000 }).toBe('failed');
    } finally {
      await stop();
    }
    const { page, errors } = await loggedIn('chief');
    await page.click('.main-nav a[href="/jobs"]');
    await page.click('nav.filters a[href="/jobs?state=failed"]');
    const row = page.locator('table.jobs tr.job-failed');
    expect(await row.count()).toBe(1);
    expect(await row.textContent()).toContain('第 999 期：没有这一期简报');
    expect(await row.textContent()).not.toContain('no such');
    await reloaded(page, () => row.locator('button', { hasText: '重试' }).click());
    expect(await page.locator('table.jobs tr.job-failed').count()).toBe(0);
    expect(await page.locator('table.jobs tr.job-queued').textContent()).toContain('render');
    expect((await w.jianbao.jobs.get(ADMIN, id!)).state).toBe('queued');
    expect(errors).toEqual([]);
    await page.context().close();
  }, 60_000);

  it('photographs the search (with its chart), watchlist, alert and job pages at 1280 and 390 px, none blank', async () => {
    // The editor owns the watchlist and its alerts; jobs are for chiefs and admins.
    const shots: [string, string[]][] = [['editor', ['/search?q=芯片', '/watchlists', '/alerts']], ['chief', ['/jobs']]];
    for (const width of [1280, 390]) {
      for (const [user, paths] of shots) {
        const { page, errors } = await loggedIn(user, width);
        for (const path of paths) {
          await page.goto(`${base}${path}`);
          if (path.startsWith('/search')) await page.locator('figure.trend svg').waitFor();
          await check(browser, page, path, width);
        }
        expect(errors).toEqual([]);
        await page.context().close();
      }
    }
  }, 90_000);
});

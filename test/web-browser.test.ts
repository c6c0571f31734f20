/**
 * The workbench in Debian's Chromium (playwright-core, no downloads), served on 127.0.0.1 over a store of the
 * embedded backend, with a feed on 127.0.0.1: each role logs in; the admin adds the feed and fetches it; an
 * editor triages its ten articles with the keyboard and the mouse, keeping six into two sections. Every page
 * is photographed at 1280 and 390 px into test-output/ and checked not blank.
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
  w = await workbench(BACKENDS[0]!);
  session = await browserSession(w.app.fetch);
  ({ base, browser } = session);
}, 60_000);
afterAll(async () => {
  await session?.close();
  await w?.jianbao.close();
  await site?.close();
});

/** A page logged in as one of USERS; its errors are checked where a test needs none. */
const loggedIn = async (name: string, width = 1280) => session.logIn(name, USERS.find((u) => u.name === name)!.password, { width });

describe('the workbench in Chromium', () => {
  it('lets each role log in and shows each only its own pages', async () => {
    const expected: Record<string, string[]> = {
      admin: ['待处理', '导入', '编辑部', '检索', '来源', '关注', '提醒', '任务', '审计', '用户'],
      chief: ['待处理', '导入', '编辑部', '检索', '来源', '关注', '提醒', '任务'],
      editor: ['待处理', '导入', '编辑部', '检索', '来源', '关注', '提醒'],
      reader: ['简报', '检索', '关注', '提醒'],
    };
    const anonymous = await browser.newPage();
    await anonymous.goto(`${base}/inbox`);
    expect(new URL(anonymous.url()).pathname).toBe('/login');
    await anonymous.close();
    for (const u of USERS) {
      const { page } = await loggedIn(u.name);
      expect(await page.locator('.main-nav a').allTextContents(), u.name).toEqual(expected[u.name]);
      expect(await page.locator('.who span').textContent()).toContain(u.name);
      await page.goto(`${base}/search?q=芯片`);
      expect(await page.locator('h1').textContent()).toBe('检索');
      await page.click('.who button');
      expect(new URL(page.url()).pathname).toBe('/login');
      await page.context().close();
    }
  }, 60_000);

  it('adds and fetches a feed, then triages its ten articles: six kept into two sections, by keyboard and mouse', async () => {
    const { page: admin } = await loggedIn('admin');
    await admin.goto(`${base}/sources`);
    await admin.fill('input[name=url]', site.feed);
    await admin.fill('input[name=name]', '行业快讯');
    await admin.click('form.add button[type=submit]');
    await admin.click('text=立即抓取');
    await expect.poll(() => admin.locator('.notice').textContent()).toContain('新增 10 篇');
    await admin.context().close();

    const { page, errors } = await loggedIn('editor');
    expect(new URL(page.url()).pathname).toBe('/inbox');
    const items = page.locator('.items > .item');
    expect(await items.count()).toBe(10);
    // Under the name the admin gave the source, not the site's host and port.
    expect(new Set(await page.locator('.items > .item .meta .source').allTextContents())).toEqual(new Set(['行业快讯']));
    // Keyboard: j to the first, x selects it, j x twice more, pick a section, e keeps the three.
    await page.selectOption('.bulk select[name=section]', '产业环境');
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    for (let i = 0; i < 3; i++) await page.keyboard.press('j').then(() => page.keyboard.press('x'));
    await reloaded(page, () => page.keyboard.press('e'));
    expect(await items.count()).toBe(7);
    // Mouse: tick three, choose another section, 入选.
    for (let i = 0; i < 3; i++) await items.nth(i).locator('input[type=checkbox]').check();
    await page.selectOption('.bulk select[name=section]', '企业情报');
    await reloaded(page, () => page.click('.bulk button[value=keep]'));
    expect(await items.count()).toBe(4);
    // One duplicate of a kept article, three discarded one by one.
    const kept = (await w.jianbao.inbox.list(ADMIN, { view: 'kept' })).entries.map((e) => e.id);
    await items.nth(0).locator('input[type=checkbox]').check();
    await page.fill('.bulk input[name=of]', String(kept[0]));
    await reloaded(page, () => page.click('.bulk button[value=duplicate]'));
    for (let i = 0; i < 3; i++) {
      await reloaded(page, () => items.nth(0).locator('.actions button[value^=discard]').click());
    }
    expect(await page.locator('.empty').textContent()).toContain('没有新的条目');
    expect(errors).toEqual([]);

    const sections = (await w.jianbao.inbox.list(ADMIN, { view: 'kept' })).entries.map((e) => e.triage!.section).sort();
    expect(sections).toEqual(['产业环境', '产业环境', '产业环境', '企业情报', '企业情报', '企业情报']);
    expect((await w.jianbao.inbox.list(ADMIN, { view: 'discarded' })).entries).toHaveLength(3);
    expect((await w.jianbao.inbox.list(ADMIN, { view: 'duplicate' })).entries.map((e) => e.triage!.duplicateOf)).toEqual([kept[0]]);
    const log = await w.jianbao.audit.list(ADMIN, { actor: 'editor' });
    expect(log.filter((e) => e.action === 'article.keep')).toHaveLength(6);
    await page.context().close();
  }, 90_000);

  it('photographs every page at 1280 and 390 px, none blank', async () => {
    const pages = ['/login', '/inbox?view=all', '/issues', '/search?q=芯片', '/sources', '/audit', '/users'];
    for (const width of [1280, 390]) {
      const { page } = await loggedIn('admin', width);
      for (const path of pages) {
        if (path === '/login') {
          const fresh = await browser.newPage({ viewport: { width, height: 900 } });
          await fresh.goto(`${base}/login`);
          await check(browser, fresh, path, width);
          await fresh.close();
          continue;
        }
        await page.goto(`${base}${path}`);
        await check(browser, page, path, width);
      }
      await page.context().close();
    }
  }, 90_000);
});

/** Runs an action that submits a form and waits until the page it leads to has loaded. */
async function reloaded(page: Page, action: () => Promise<unknown>): Promise<void> {
  await Promise.all([page.waitForEvent('load'), action()]);
}

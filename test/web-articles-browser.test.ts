/** The article page in Chromium (Debian's, through playwright-core): open, edit the section, split, undo; screenshots. */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS } from './backends.js';
import { browserSession, type BrowserSession } from './browser-session.js';
import { GLUED_SECOND_TITLE, storeArticleIssue } from './article-fixture.js';
import { colours, OUT } from './web-screens.js';
import { ADMIN, USERS, workbench, type Workbench } from './web-helpers.js';
import { openStore } from '../src/store/open.js';

let w: Workbench;
let session: BrowserSession;
let base: string;
let browser: Browser;
let ids: number[];
let issueId: number;

beforeAll(async () => {
  w = await workbench(BACKENDS[0]!);
  ({ ids, issueId } = await storeArticleIssue(w.location));
  session = await browserSession(w.app.fetch);
  ({ base, browser } = session);
}, 60_000);
afterAll(async () => {
  await session?.close();
  await w?.jianbao.close();
});

/** A page logged in as one of USERS. */
const loggedIn = async (name: string, width: number) => (await session.logIn(name, USERS.find((u) => u.name === name)!.password, { width })).page;

async function shot(page: Page, name: string): Promise<number> {
  const png = await page.screenshot({ path: new URL(`web-${name}.png`, OUT).pathname, fullPage: true });
  return colours(browser, png);
}

const titles = async () => (await w.jianbao.issues.listArticles(ADMIN, { issueId })).map((a) => a.title);

describe('the article page in Chromium', () => {
  it('opens an article, edits its section, splits it, undoes the split; looks right at 1280 and 390 px', async () => {
    const page = await loggedIn('editor', 1280);
    await page.goto(`${base}/articles/${ids[1]}`);
    expect(await page.locator('h1').textContent()).toBe('三大运营商公布10月运营数据');
    expect(await page.locator('ol.paragraphs li').count()).toBe(5);
    expect(await shot(page, 'article-1280')).toBeGreaterThan(20);

    await page.selectOption('form.edit-form select[name=section]', '运营竞争');
    await page.click('form.edit-form button[type=submit]');
    await page.waitForURL(/changed=1$/);
    expect(await page.locator('.notice').textContent()).toContain('栏目 运营竞争');
    expect((await w.jianbao.articles.get(ADMIN, ids[1])).article.section).toBe('运营竞争');

    await page.fill('form.split-form input[name=at]', '3');
    await page.click('form.split-form button[type=submit]');
    await page.waitForURL(/changed=1$/);
    expect(await titles()).toContain(GLUED_SECOND_TITLE);
    expect(await page.locator('ol.paragraphs li').count()).toBe(2);

    await page.click('.notice button[type=submit]');
    await page.waitForURL(/undone=/);
    expect(await page.locator('.notice').textContent()).toContain('已撤销');
    expect(await titles()).not.toContain(GLUED_SECOND_TITLE);
    expect(await page.locator('ol.paragraphs li').count()).toBe(5);
    expect((await w.jianbao.articles.get(ADMIN, ids[1])).article.section).toBe('运营竞争');

    const phone = await loggedIn('reader', 390);
    await phone.goto(`${base}/articles/${ids[1]}`);
    expect(await phone.locator('form.edit-form').count()).toBe(0);
    expect(await shot(phone, 'article-390')).toBeGreaterThan(20);
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const editorPhone = await loggedIn('editor', 390);
    await editorPhone.goto(`${base}/articles/${ids[1]}`);
    expect(await shot(editorPhone, 'article-editor-390')).toBeGreaterThan(20);
    expect(await editorPhone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  }, 120_000);

  it('shows an article without a section as 无栏目, leaves it so on a save of another field, and sets the first house section when chosen', async () => {
    // A web article from a source that files under no section.
    const store = await openStore(w.location);
    const { id } = await store.sources.storeWebArticle({
      sourceId: null, section: null, title: '某市出台数据中心节能改造方案', body: '方案提出，到2025年全市数据中心平均电能利用效率降至1.3以下。\n\n市工业和信息化局将对改造项目给予补贴。',
      url: 'https://news.example.cn/a/9.html', canonicalUrl: 'https://news.example.cn/a/9.html', dedupKey: 'news.example.cn/a/9.html',
      publishedAt: '2021-10-20T10:00:00+08:00', fetchedAt: '2021-10-21T00:00:00.000Z', author: null, outlet: null,
    }).finally(() => store.close());
    const page = await loggedIn('editor', 1280);
    await page.goto(`${base}/articles/${id}`);
    const menu = page.locator('form.edit-form select[name=section]');
    expect(await menu.locator('option:checked').textContent()).toMatch(/^（无栏目/);
    await page.fill('form.edit-form input[name=title]', '某市出台数据中心节能改造实施方案');
    await page.click('form.edit-form button[type=submit]');
    await page.waitForURL(/changed=1$/);
    expect((await w.jianbao.articles.get(ADMIN, id)).article).toMatchObject({ title: '某市出台数据中心节能改造实施方案', section: null });

    const first = (await menu.locator('option').allTextContents())[1]!;
    await menu.selectOption(first);
    await page.click('form.edit-form button[type=submit]');
    await page.waitForURL(/changed=1$/);
    expect(await page.locator('.notice').textContent()).toContain(`栏目 ${first}`);
    expect((await w.jianbao.articles.get(ADMIN, id)).article.section).toBe(first);
    expect(await menu.locator('option:checked').textContent()).toBe(first);
    await page.context().close();
  }, 60_000);
});

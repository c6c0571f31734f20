/** The article page in Chromium (Debian's, through playwright-core): open, edit the section, split, undo; screenshots. */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS } from './backends.js';
import { browserSession, type BrowserSession } from './browser-session.js';
import { GLUED_SECOND_TITLE, storeArticleIssue } from './article-fixture.js';
import { colours, OUT } from './web-screens.js';
import { ADMIN, USERS, workbench, type Workbench } from './web-helpers.js';

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
});

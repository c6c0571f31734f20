import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openJianbao, resolveConfig, type Actor, type Jianbao } from '../src/core/index.js';
import { readBulletin } from '../src/pipeline/read-bulletin.js';
import { createApp } from '../src/web/app.js';
import { browserSession, type BrowserSession } from './browser-session.js';
import { ROOT } from './cli-run.js';
import { composeStore } from './compose-fixture.js';

const dir = mkdtempSync(join(tmpdir(), 'jianbao-web-browser-'));
const ARTEFACTS = join(ROOT, 'test-output');
const admin: Actor = { id: 'setup', role: 'admin' };
const PASSWORD = 'correct horse battery';

let jianbao: Jianbao;
let session: BrowserSession;
let base = '';
let browser: Browser;

beforeAll(async () => {
  const store = join(dir, 'j.db');
  await composeStore(store);
  jianbao = await openJianbao(resolveConfig({ flags: { store } }));
  await jianbao.editions.save(admin, { name: '芯片版', tags: ['芯片'] });
  for (const [name, role, edition] of [['编辑', 'editor'], ['主编', 'chief'], ['读者', 'reader'], ['芯片客户', 'reader', '芯片版']] as const) {
    await jianbao.users.add(admin, { name, role, password: PASSWORD, ...(edition ? { edition } : {}) });
  }
  session = await browserSession(createApp(jianbao).fetch);
  ({ base, browser } = session);
  mkdirSync(ARTEFACTS, { recursive: true });
}, 60_000);

afterAll(async () => {
  await session?.close();
  await jianbao?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A page logged in as a user of this file (all share PASSWORD), downloads allowed. */
const loggedIn = async (name: string, width = 1280) => (await session.logIn(name, PASSWORD, { width, downloads: true })).page;

/** The screenshot saved under test-output/, and how many distinct colours it holds (a blank page has one or two). */
async function screenshot(page: Page, name: string): Promise<number> {
  const png = await page.screenshot({ fullPage: false });
  writeFileSync(join(ARTEFACTS, `${name}.png`), png);
  const probe = await browser.newPage();
  try {
    return await probe.evaluate(async (data) => {
      const img = new Image();
      img.src = `data:image/png;base64,${data}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.width;
      canvas.height = img.height;
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const pixels = ctx.getImageData(0, 0, img.width, img.height).data;
      const colours = new Set<number>();
      for (let i = 0; i < pixels.length; i += 4 * 7) colours.add((pixels[i] << 16) | (pixels[i + 1] << 8) | pixels[i + 2]);
      return colours.size;
    }, png.toString('base64'));
  } finally {
    await probe.close();
  }
}

const titlesOf = async (id: number) => (await jianbao.bulletins.get(admin, id)).bulletin.sections.flatMap((s) => s.entries.map((e) => e.title));

describe('the 编辑部 in Chromium', () => {
  it('composes, reorders by drag and drop, edits a summary, signs off, downloads the PDF; a reader sees only their edition', async () => {
    const editor = await loggedIn('编辑');
    await editor.goto(`${base}/bulletins`);
    // A date field is text with a 年-月-日 hint; the browser's check of it speaks zh-CN.
    await editor.fill('input[name=from]', '10/15/2021');
    expect(await editor.locator('input[name=from]').evaluate((i: HTMLInputElement) => (i.reportValidity(), i.validationMessage))).toBe('请按 年-月-日 填写日期，如 2021-10-21');
    await editor.fill('input[name=from]', '2021-10-15');
    await editor.fill('input[name=to]', '2021-10-21');
    await editor.fill('input[name=maxPerSection]', '3');
    await editor.click('form.compose button[type=submit]');
    await editor.waitForURL(/\/bulletins\/\d+$/);
    const id = Number(/(\d+)$/.exec(editor.url())![1]);
    expect(await screenshot(editor, 'bulletin-editor-1280')).toBeGreaterThan(20);

    // Drag the second entry of the first section above the first.
    const first = editor.locator('ol.entries').first();
    const before = (await jianbao.bulletins.get(admin, id)).bulletin.sections[0].entries.map((e) => e.articleId);
    const saved = editor.waitForResponse((r) => r.url().endsWith(`/bulletins/${id}/edit`) && r.request().method() === 'POST');
    await first.locator('li.entry').nth(1).locator('.handle').dragTo(first.locator('li.entry').nth(0), { targetPosition: { x: 10, y: 5 } });
    expect((await saved).status()).toBe(200);
    await expect.poll(async () => (await jianbao.bulletins.get(admin, id)).bulletin.sections[0].entries.map((e) => e.articleId).slice(0, 2)).toEqual([before[1], before[0]]);
    await expect.poll(() => editor.locator('input[name=version]').first().inputValue()).toBe('2');

    // Edit a summary (a plain form post; the version the page now carries is the one after the drop).
    const summary = editor.locator(`#summary-${before[0]}`);
    await summary.fill('浏览器里写的摘要');
    await editor.locator(`#entry-${before[0]} .summary-form button`).click();
    await editor.waitForURL(new RegExp(`/bulletins/${id}\\?saved=1#entry-${before[0]}$`));
    expect(await editor.locator('p.notice').textContent()).toBe(`已保存：摘要 #${before[0]}：浏览器里写的摘要`);
    expect((await jianbao.bulletins.get(admin, id)).bulletin.sections[0].entries.find((e) => e.articleId === before[0])!.summary).toBe('浏览器里写的摘要');

    // Add the best left-out article from the pool, which htmx loads after the page.
    const pick = editor.locator('#pool .pool-item').first();
    await pick.waitFor();
    const picked = Number(/#(\d+)/.exec((await pick.locator('.id').textContent()) ?? '')![1]);
    await pick.locator('button[type=submit]').click();
    await editor.waitForURL(new RegExp(`#entry-${picked}$`));
    expect((await jianbao.bulletins.get(admin, id)).bulletin.sections.flatMap((s) => s.entries).map((e) => e.articleId)).toContain(picked);

    // The draft's PDF renders for seconds: its link says so and a second click starts nothing more.
    const downloads: unknown[] = [];
    editor.on('download', (d) => downloads.push(d));
    const draftPdf = editor.waitForEvent('download');
    const clicked = await editor.evaluate(() => {
      const link = document.querySelector<HTMLAnchorElement>('.downloads a[href$="/download/pdf"]')!;
      link.click();
      const busy = [link.textContent, link.getAttribute('aria-disabled')];
      link.click();
      return busy;
    });
    expect(clicked).toEqual(['正在生成…', 'true']);
    expect((await draftPdf).suggestedFilename()).toMatch(/\.pdf$/);
    await expect.poll(() => editor.locator('.downloads a[href$="/download/pdf"]').textContent()).toBe('PDF');
    expect(downloads).toHaveLength(1);

    // The session ends mid-edit: a drag is put back and says so; a typed summary comes back on the login page,
    // which returns to the editor.
    await editor.context().clearCookies();
    const order = async () => (await jianbao.bulletins.get(admin, id)).bulletin.sections[0].entries.map((e) => e.articleId);
    const stored = await order();
    await first.locator('li.entry').nth(1).locator('.handle').dragTo(first.locator('li.entry').nth(0), { targetPosition: { x: 10, y: 5 } });
    await expect.poll(() => editor.locator('#editor-alert').textContent()).toContain('登录已过期，刚才的修改没有保存');
    expect(await first.locator('li.entry').evaluateAll((li) => li.map((x) => Number((x as HTMLElement).dataset.id)))).toEqual(stored);
    expect(await order()).toEqual(stored);
    await summary.fill('会话过期时写的摘要');
    await editor.locator(`#entry-${before[0]} .summary-form button`).click();
    await editor.waitForSelector('textarea.kept-text');
    expect(await editor.locator('textarea.kept-text').inputValue()).toBe('会话过期时写的摘要');
    await editor.fill('input[name=username]', '编辑');
    await editor.fill('input[name=password]', PASSWORD);
    await editor.click('form.login button[type=submit]');
    await editor.waitForURL(new RegExp(`/bulletins/${id}$`));

    await editor.click('button[value=submit]');
    await editor.waitForSelector('.status-submitted');

    const phone = await loggedIn('编辑', 390);
    await phone.goto(`${base}/bulletins/${id}`);
    expect(await screenshot(phone, 'bulletin-editor-390')).toBeGreaterThan(20);
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    const chief = await loggedIn('主编');
    await chief.goto(`${base}/bulletins/${id}`);
    await chief.click('button[value=approve]');
    await chief.waitForSelector('.status-published', { timeout: 90_000 });
    const download = chief.waitForEvent('download');
    await chief.click(`a[href="/bulletins/${id}/download/pdf"]`);
    const pdf = join(dir, 'signed.pdf');
    await (await download).saveAs(pdf);
    const { bulletin } = await readBulletin(pdf);
    expect(bulletin.articles.map((a) => a.title)).toEqual(await titlesOf(id));

    // A chip edition issue, published too: each reader sees exactly their own.
    const chip = (await jianbao.bulletins.compose(admin, { from: '2021-10-15', to: '2021-10-21', edition: '芯片版', maxPerSection: 1 })).id;
    await jianbao.bulletins.submit(admin, chip);
    await jianbao.bulletins.approve(admin, chip);
    for (const [name, own, other] of [['读者', id, chip], ['芯片客户', chip, id]] as const) {
      const reader = await loggedIn(name);
      await reader.goto(`${base}/bulletins`);
      const links = await reader.locator('table td:first-child a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(links).toEqual([`/bulletins/${own}`]);
      expect((await reader.goto(`${base}/bulletins/${other}`))!.status()).toBe(404);
      await reader.goto(`${base}/bulletins/${own}`);
      expect(await reader.locator('form').count()).toBe(1); // only the logout form: read-only
      // A client reads the issue, not the newsroom's workings: no version, scores or article numbers; 简报 in the nav.
      expect(await reader.locator('.version, .entry .score, .entry .id').count()).toBe(0);
      expect(await reader.locator('.main-nav a[aria-current=page]').textContent()).toBe('简报');
    }
  }, 240_000);

  it('two editors on one bulletin: a drag from a page read before the other\'s save lands on top of it and the page reloads to show both', async () => {
    const id = (await jianbao.bulletins.compose(admin, { from: '2021-10-15', to: '2021-10-21', maxPerSection: 3 })).id;
    const [a, b] = [await loggedIn('编辑'), await loggedIn('主编')];
    await Promise.all([a.goto(`${base}/bulletins/${id}`), b.goto(`${base}/bulletins/${id}`)]);
    const d = (await jianbao.bulletins.get(admin, id)).bulletin;
    const [x] = d.sections[0].entries.map((e) => e.articleId);
    // 编辑 saves a summary of the first section's first entry…
    await a.locator(`#summary-${x}`).fill('编辑先写的摘要');
    await a.locator(`#entry-${x} .summary-form button`).click();
    await a.waitForURL(new RegExp(`/bulletins/${id}\\?saved=1`));
    // …主编, whose page is a version behind, drags within the second section: saved on top, and the page reloads.
    const second = b.locator('ol.entries').nth(1);
    const order = (await jianbao.bulletins.get(admin, id)).bulletin.sections[1].entries.map((e) => e.articleId);
    const reloaded = b.waitForEvent('load');
    await second.locator('li.entry').nth(1).locator('.handle').dragTo(second.locator('li.entry').nth(0), { targetPosition: { x: 10, y: 5 } });
    await reloaded;
    const now = (await jianbao.bulletins.get(admin, id)).bulletin;
    expect(now.sections[1].entries.map((e) => e.articleId).slice(0, 2)).toEqual([order[1], order[0]]);
    expect(now.sections[0].entries[0].summary).toBe('编辑先写的摘要');
    expect(await b.locator(`#summary-${x}`).inputValue()).toBe('编辑先写的摘要');
    expect(await b.locator('input[name=version]').first().inputValue()).toBe(String(now.version));
    // 编辑's page is now behind: the same summary again from it is the same field, refused with who and what, the text kept.
    await b.locator(`#summary-${x}`).fill('主编改的摘要');
    await b.locator(`#entry-${x} .summary-form button`).click();
    await b.waitForURL(new RegExp(`/bulletins/${id}\\?saved=1`));
    await a.locator(`#summary-${x}`).fill('编辑第二次写的摘要');
    await a.locator(`#entry-${x} .summary-form button`).click();
    await a.waitForSelector('#editor-alert:not([hidden])');
    expect(await a.locator('#editor-alert').textContent()).toContain(`你打开之后，主编 改了同一处（第 ${now.version + 1} 版：摘要 #${x}：主编改的摘要），你的修改没有保存。`);
    expect(await a.locator(`#summary-${x}`).inputValue()).toBe('编辑第二次写的摘要');
    expect(await screenshot(a, 'bulletin-editor-conflict-1280')).toBeGreaterThan(20);
  }, 120_000);
});

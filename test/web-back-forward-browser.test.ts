/**
 * Going back to a page the browser kept (its back/forward cache) after a long action's button said it was busy:
 * the page must not come back with that button still busy and its form's buttons dead. The workbench's pages are
 * `no-store`, which Chromium keeps out of that cache today while Safari (and Chrome, rolling out) keep them; here
 * the header is taken off the answers on the way to Chromium so that it keeps them as those browsers do.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openJianbao, resolveConfig, type Actor, type Jianbao } from '../src/core/index.js';
import { createApp } from '../src/web/app.js';
import { browserSession, type BrowserSession } from './browser-session.js';
import { composeStore } from './compose-fixture.js';

const dir = mkdtempSync(join(tmpdir(), 'jianbao-web-back-forward-'));
const admin: Actor = { id: 'setup', role: 'admin' };
const PASSWORD = 'correct horse battery';

let jianbao: Jianbao;
let session: BrowserSession;

beforeAll(async () => {
  const store = join(dir, 'j.db');
  await composeStore(store);
  jianbao = await openJianbao(resolveConfig({ flags: { store } }));
  await jianbao.users.add(admin, { name: '编辑', role: 'editor', password: PASSWORD });
  session = await browserSession(createApp(jianbao).fetch, { backForwardCache: true });
}, 60_000);

afterAll(async () => {
  await session?.close();
  await jianbao?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Pages of the workbench reach the browser without `Cache-Control: no-store`, as a browser that caches them sees them. */
async function cacheable(page: Page): Promise<void> {
  await page.context().route(`${session.base}/**`, async (route) => {
    if (route.request().method() !== 'GET') return route.continue();
    const response = await route.fetch({ maxRedirects: 0 });
    const headers = { ...response.headers() };
    delete headers['cache-control'];
    await route.fulfill({ response, headers });
  });
}

describe('a busy button after going back', () => {
  it('after 编排, the 编辑部 page kept for Back reads 编排 again, its buttons alive, and composes another issue', async () => {
    const { page, errors } = await session.logIn('编辑', PASSWORD);
    await cacheable(page);
    await page.goto(`${session.base}/bulletins`);
    const compose = page.locator('form.compose button[data-busy]');
    expect(await compose.textContent()).toBe('编排');
    await page.fill('form.compose input[name=from]', '2021-10-15');
    await page.fill('form.compose input[name=to]', '2021-10-21');
    // A mark in the page's own memory: it is still there only if the browser showed the kept page, not a new load.
    await page.evaluate(() => Object.assign(window, { keptPage: true }));
    await compose.click();
    await page.waitForURL(/\/bulletins\/\d+$/);
    const first = page.url();

    await page.goBack({ waitUntil: 'commit' });
    await expect.poll(() => page.evaluate(() => 'keptPage' in window)).toBe(true);
    await expect.poll(() => compose.textContent()).toBe('编排');
    expect(await page.locator('form.compose:has(button[data-busy]) button:disabled').count()).toBe(0);
    // The form as it was left (the period typed), and it works again.
    expect(await page.inputValue('form.compose input[name=from]')).toBe('2021-10-15');
    await compose.click();
    await page.waitForURL(/\/bulletins\/\d+$/);
    expect(page.url()).not.toBe(first);
    expect((await jianbao.bulletins.list(admin)).length).toBe(2);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 90_000);
});

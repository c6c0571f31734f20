/**
 * What every browser test file starts once in its beforeAll: the workbench app served in-process on 127.0.0.1 and
 * one Debian Chromium (playwright-core, no downloads); its pages share that browser through their own contexts.
 */
import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { chromium, type Browser, type Page } from 'playwright-core';
import { OUT } from './web-screens.js';

export interface BrowserSession {
  /** `http://127.0.0.1:PORT` of the served app. */
  base: string;
  browser: Browser;
  /**
   * A page in a new context (`width` × 900, requests to 127.0.0.1 only) logged in through the login form, on the
   * user's own first page; the console and page errors it logs collect in `errors`.
   */
  logIn(name: string, password: string, options?: { width?: number; downloads?: boolean }): Promise<{ page: Page; errors: string[] }>;
  /** Closes the browser and the server. */
  close(): Promise<void>;
}

/**
 * Serves `fetch` (an app's fetch) on a free port of 127.0.0.1 and launches Chromium; test-output/ exists after.
 * `backForwardCache` keeps the back/forward cache on (playwright turns it off by default).
 */
export async function browserSession(
  fetch: (request: Request) => Response | Promise<Response>,
  { backForwardCache = false }: { backForwardCache?: boolean } = {},
): Promise<BrowserSession> {
  const server = serve({ fetch, hostname: '127.0.0.1', port: 0 });
  await new Promise((resolve) => server.once('listening', resolve));
  const closeServer = () => new Promise((resolve) => server.close(resolve));
  let browser: Browser;
  try {
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run'],
      ...(backForwardCache ? { ignoreDefaultArgs: ['--disable-back-forward-cache'] } : {}),
    });
  } catch (err) {
    await closeServer();
    throw err;
  }
  mkdirSync(OUT, { recursive: true });
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    browser,
    async logIn(name, password, { width = 1280, downloads = false } = {}) {
      const context = await browser.newContext({ viewport: { width, height: 900 }, acceptDownloads: downloads });
      // Tests talk to 127.0.0.1 only.
      await context.route(/^(?!http:\/\/127\.0\.0\.1:)/, (route) => route.abort());
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`${base}/login`);
      await page.fill('input[name=username]', name);
      await page.fill('input[name=password]', password);
      await page.click('button[type=submit]');
      await page.waitForURL((url) => !url.pathname.startsWith('/login'));
      return { page, errors };
    },
    close: async () => {
      await browser.close();
      await closeServer();
    },
  };
}

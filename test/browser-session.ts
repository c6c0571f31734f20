/**
 * What every browser test file starts once in its beforeAll: the workbench app served in-process on 127.0.0.1 and
 * one Debian Chromium (playwright-core, no downloads); its pages share that browser through their own contexts.
 */
import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { chromium, type Browser } from 'playwright-core';
import { OUT } from './web-screens.js';

export interface BrowserSession {
  /** `http://127.0.0.1:PORT` of the served app. */
  base: string;
  browser: Browser;
  /** Closes the browser and the server. */
  close(): Promise<void>;
}

/** Serves `fetch` (an app's fetch) on a free port of 127.0.0.1 and launches Chromium; test-output/ exists after. */
export async function browserSession(fetch: (request: Request) => Response | Promise<Response>): Promise<BrowserSession> {
  const server = serve({ fetch, hostname: '127.0.0.1', port: 0 });
  await new Promise((resolve) => server.once('listening', resolve));
  const closeServer = () => new Promise((resolve) => server.close(resolve));
  let browser: Browser;
  try {
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
  } catch (err) {
    await closeServer();
    throw err;
  }
  mkdirSync(OUT, { recursive: true });
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    browser,
    close: async () => {
      await browser.close();
      await closeServer();
    },
  };
}

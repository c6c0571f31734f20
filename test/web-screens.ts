/** Screenshots of workbench pages for the browser tests: saved under test-output/, checked not blank and not wider than the screen. */
import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';

export const OUT = new URL('../test-output/', import.meta.url);

/** Each browser's blank page for decoding screenshots, opened at its first one and closed with the browser. */
const probes = new WeakMap<Browser, Promise<Page>>();

/**
 * Decodes a screenshot in a blank page and counts its distinct colours (a blank page has one). One such page per
 * browser serves every screenshot: a page of its own each time started a context and a renderer per photograph.
 */
export async function colours(browser: Browser, png: Buffer): Promise<number> {
  let probe = probes.get(browser);
  if (!probe) probes.set(browser, (probe = browser.newPage()));
  const page = await probe;
  return page.evaluate(async (data) => {
    const img = new Image();
    img.src = `data:image/png;base64,${data}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    [canvas.width, canvas.height] = [img.width, img.height];
    const g = canvas.getContext('2d')!;
    g.drawImage(img, 0, 0);
    const px = g.getImageData(0, 0, img.width, img.height).data;
    const seen = new Set<number>();
    for (let i = 0; i < px.length && seen.size < 50; i += 4 * 97) seen.add((px[i]! << 16) | (px[i + 1]! << 8) | px[i + 2]!);
    return seen.size;
  }, png.toString('base64'));
}

/** Photographs the page as web-<path>-<width>.png and checks it is not blank and reads without sideways scrolling. */
export async function check(browser: Browser, page: Page, path: string, width: number): Promise<void> {
  const name = path.replace(/^\//, '').replace(/\?.*/, '') || 'home';
  const png = await page.screenshot({ path: new URL(`web-${name}-${width}.png`, OUT).pathname, fullPage: true });
  expect(await colours(browser, png), `${path} at ${width}`).toBeGreaterThan(5);
  // Nothing wider than the viewport: the page reads on a phone without sideways scrolling.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `${path} at ${width} px is wider than the screen`).toBeLessThanOrEqual(0);
}

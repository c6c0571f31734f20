import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../src/extract/index.js';
import { pageF1, shingleMatch } from '../src/extract/shingle-f1.js';
import { benchDir, loadBenchPages } from '../scripts/web-bench-pages.js';

const dir = benchDir();
const ids = [
  '04a6711caa7c', // news opinion page, English
  '374ac9a59a85', // wrapper named like a pager: needs the retry without name-based removal
  '57e2e98887a1', // page builder whose widget names look like furniture
  '3c6d3381ef52', // Russian, long list-shaped article
  '9da36ae4714b', // Korean, text runs between <br> inside a div
  'f105de6e63ca', // Japanese blog, links inside CJK text
  '70cb2d5bca75', // BBC, sign-off lines after the body
];

describe.skipIf(!existsSync(dir))('extractArticle on benchmark pages', () => {
  const pages = existsSync(dir) ? loadBenchPages(dir).filter((p) => ids.some((id) => p.id.startsWith(id))) : [];

  it('finds every chosen page', () => {
    expect(pages).toHaveLength(ids.length);
  });

  it.each(ids)('page %s scores F1 ≥ 0.95 against the ground truth', (id) => {
    const page = pages.find((p) => p.id.startsWith(id))!;
    const got = extractArticle(page.html, { url: page.url });
    expect(pageF1(shingleMatch(page.expected, got.body))).toBeGreaterThanOrEqual(0.95);
    expect(got.title).toBeTruthy();
  });
});

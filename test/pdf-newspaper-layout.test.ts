/**
 * Newspaper make-up read from the PDF's positions (src/ingest/pdf-layout.ts, pdf-blocks.ts): one dev page set of
 * scripts/make-unseen-news-mixed.ts printed by Chromium into a temp dir — a lead headline over its body in
 * columns, a 简讯 sidebar, a boxed story, a story continued on page 2, mid-column captions, an ad, a 导读 strip —
 * and each story read whole and in order through loadSource → parseBulletin.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, squash } from '../scripts/make-test-pdf.js';
import { AD, SETS, printSet } from '../scripts/make-unseen-news-mixed.js';
import type { Story } from '../scripts/make-unseen-news.js';
import { parseBulletin } from '../src/bulletin/parse.js';
import { loadSource } from '../src/ingest/load.js';
import type { Bulletin } from '../src/types.js';

const set = SETS.find((s) => s.split === 'dev' && s.name === 'news-mixed-d')!;
let dir: string;
let stories: Story[];
let parsed: Bulletin;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'jianbao-news-layout-'));
  const browser = await launchChromium();
  try {
    stories = await printSet(browser, set, join(dir, 'page.pdf'));
  } finally {
    await browser.close();
  }
  parsed = parseBulletin(await loadSource(join(dir, 'page.pdf')));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const article = (s: Story) => parsed.articles.find((a) => squash(a.title) === squash(s.headline));
const text = (s: Story) => s.blocks.filter((b) => b.kind !== 'cap').map((b) => squash(b.text));

describe('a newspaper page set of mixed make-up, read from the PDF', () => {
  it('finds every story and the 简讯 sidebar by its headline, and nothing else', () => {
    expect(parsed.articles.map((a) => squash(a.title)).sort()).toEqual(stories.map((s) => squash(s.headline)).sort());
  });

  // The continued story's part on page 2 comes in its place; the jump lines (下转/上接) are set aside.
  it('reads each story whole and in order: its paragraphs and sub-headings, one after the other, and no other text', () => {
    for (const s of stories) {
      const body = squash(article(s)?.body ?? '');
      let at = 0;
      for (const part of text(s)) {
        const found = body.indexOf(part, at);
        expect(found, `${s.headline}: ${part.slice(0, 12)}`).toBeGreaterThanOrEqual(at);
        at = found + part.length;
      }
      expect(text(s).reduce((b, part) => b.replace(part, ''), body), s.headline).toBe('');
    }
  });

  it('joins the part continued on page 2 to its story on page 1', () => {
    const s = stories[set.continued];
    const a = article(s);
    expect(a?.page).toBe(1);
    expect(squash(a?.body ?? '').endsWith(text(s).at(-1) ?? '-')).toBe(true);
  });

  it('keeps sub-headings, captions, the ad and the 导读 strip where they belong', () => {
    for (const s of stories) {
      const a = article(s);
      expect(a?.subheads, s.headline).toEqual(s.blocks.filter((b) => b.kind === 'h4').map((b) => b.text));
      for (const cap of s.blocks.filter((b) => b.kind === 'cap')) expect(squash(a?.body ?? '')).not.toContain(squash(cap.text));
    }
    const all = squash(parsed.articles.map((a) => a.body).join(''));
    for (const line of AD) expect(all).not.toContain(squash(line));
    expect(all).not.toMatch(/导读|下转|上接/);
  });
});

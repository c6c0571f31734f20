/**
 * pdfToLines on PDFs printed by Chromium: the 003 bulletin rebuilt from its text dump and gold
 * annotation, and two newspaper pages (columns). Chromium must be installed; the PDFs go to a temp dir.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dumpParagraphs, launchChromium, makeBulletinPdf, makeNewspaperPdf, squash, type BulletinFixture, type NewspaperFixture } from '../scripts/make-test-pdf.js';
import { bigramCoverage, inOrder, mode, paragraphErrors, spuriousCjkSpaces, titleAt } from '../scripts/eval-pdf.js';
import { pdfToLines } from '../src/ingest/pdf-lines.js';
import type { Line } from '../src/types.js';

let dir: string;
let bulletin: BulletinFixture;
let news: NewspaperFixture;
let lines: Line[];
let warnings: string[];
let newsLines: Line[];
let cairoLines: Line[];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'jianbao-pdf-'));
  const browser = await launchChromium();
  try {
    bulletin = await makeBulletinPdf(browser, 'samples/003_8913e8f3e5978f8d.txt', 'testdata/gold/003.gold.json', join(dir, '003.pdf'));
    const paragraphs = ['000_3cef4383265ce24c', '001_3ce07ccd5b8eeddb'].flatMap((f) => dumpParagraphs(readFileSync(`samples/${f}.txt`, 'utf8'))).filter((p) => p.length > 60 && p.length < 260);
    news = await makeNewspaperPdf(browser, paragraphs, join(dir, 'news.pdf'));
  } finally {
    await browser.close();
  }
  ({ lines, warnings } = await pdfToLines(new Uint8Array(readFileSync(join(dir, '003.pdf'))), join(dir, '003.pdf')));
  newsLines = (await pdfToLines(new Uint8Array(readFileSync(join(dir, 'news.pdf'))), join(dir, 'news.pdf'))).lines;
  if (!existsSync('/usr/bin/pdftocairo')) throw new Error('/usr/bin/pdftocairo: not found — install Debian\'s poppler-utils package');
  execFileSync('/usr/bin/pdftocairo', ['-pdf', join(dir, 'news.pdf'), join(dir, 'news-cairo.pdf')]);
  cairoLines = (await pdfToLines(new Uint8Array(readFileSync(join(dir, 'news-cairo.pdf'))), join(dir, 'news-cairo.pdf'))).lines;
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('pdfToLines on the 003 bulletin PDF', () => {
  const body = () => lines.filter((l) => !l.furniture);
  const bodyText = () => squash(body().map((l) => l.text).join(''));
  const sizeOf = (kind: string) => mode(body().filter((l) => bulletin.blocks.some((b) => b.kind === kind && squash(b.text).startsWith(squash(l.text)) && l.text)).map((l) => l.layout!.fontSize));

  it('reads every block, in reading order, with the text intact', () => {
    expect(warnings).toEqual([]);
    const found = inOrder(bulletin.blocks.map((b) => b.text), bodyText());
    expect(found / bulletin.blocks.length).toBeGreaterThanOrEqual(0.99);
    expect(bigramCoverage(squash(bulletin.blocks.map((b) => b.text).join('')), bodyText())).toBeGreaterThanOrEqual(0.99);
  });

  it('numbers lines and pages, and marks one page top per page on its first body line', () => {
    expect(lines.map((l) => l.lineNo)).toEqual(lines.map((_, i) => i + 1));
    const pages = lines.map((l) => l.page!);
    expect(pages.every((p, i) => i === 0 || p >= pages[i - 1])).toBe(true);
    const last = pages.at(-1)!;
    expect(last).toBeGreaterThan(30);
    for (let p = 1; p <= last; p++) {
      const onPage = lines.filter((l) => l.page === p);
      expect(onPage.filter((l) => l.pageTop)).toEqual([onPage.find((l) => !l.furniture && l.text)]);
    }
  });

  it('prints section headings larger than titles, and titles larger than bold subheads and body', () => {
    const [section, title, subhead, text] = ['section', 'title', 'subhead', 'body'].map(sizeOf);
    expect(section).toBeGreaterThan(title);
    expect(title).toBeGreaterThan(text);
    expect(subhead).toBe(text);
    expect(body().filter((l) => l.layout?.fontSize === title).every((l) => l.layout!.bold)).toBe(true);
  });

  it('finds every gold title as one or two consecutive lines in the title size', () => {
    const title = sizeOf('title');
    for (const b of bulletin.blocks.filter((k) => k.kind === 'title')) expect(titleAt(body(), b.text, title), b.text).toBeGreaterThanOrEqual(0);
  });

  it('flags the running header and the Page N footer on every page, and nothing else', () => {
    const last = lines.at(-1)!.page!;
    const date = bulletin.issueDate!.replace(/-/g, '.');
    for (let p = 1; p <= last; p++) {
      const furniture = lines.filter((l) => l.page === p && l.furniture).map((l) => l.text);
      expect(furniture.some((t) => t.includes(bulletin.publication!) && t.includes(date)), `page ${p}`).toBe(true);
      expect(furniture.some((t) => t.endsWith(`Page ${p}`)), `page ${p}`).toBe(true);
      expect(furniture).toHaveLength(2);
    }
    const source = squash(bulletin.blocks.map((b) => b.text).join(''));
    expect(body().filter((l) => /^Page \d+$|©/.test(l.text))).toEqual([]);
    expect(lines.filter((l) => l.furniture && source.includes(squash(l.text)))).toEqual([]);
  });

  it('puts no space between CJK characters that the source does not have', () => {
    expect(spuriousCjkSpaces(body(), bulletin.blocks.map((b) => b.text).join('\n'))).toEqual([]);
  });

  it('separates paragraphs with one empty line, and only paragraphs', () => {
    expect(paragraphErrors(body(), bulletin.blocks)).toEqual([]);
  });
});

describe('pdfToLines on newspaper pages', () => {
  it('reads story after story, each column by column: headline, byline, caption, left column, right column', () => {
    const text = squash(newsLines.map((l) => l.text).join(''));
    const parts = news.stories.flatMap((s) => [s.headline, s.byline, ...(s.caption ? [s.caption] : []), ...s.paragraphs]);
    expect(inOrder(parts, text)).toBe(parts.length);
    for (const s of news.stories) expect(newsLines.find((l) => l.text.length > 3 && s.headline.startsWith(l.text))?.page).toBe(s.page);
    const story1 = newsLines.slice(0, newsLines.findIndex((l) => l.text === news.stories[1].headline));
    const half = story1[0].layout!.pageWidth / 2;
    const lastLeft = story1.map((l) => !!l.layout && l.layout.x < half && l.layout.fontSize < 20).lastIndexOf(true);
    const firstRight = story1.findIndex((l) => l.layout && l.layout.x > half);
    expect(firstRight).toBeGreaterThan(0);
    expect(lastLeft).toBeLessThan(firstRight);
  });

  it('prints a fake-bold (doubled) headline once, bold, larger than the body', () => {
    const body = mode(newsLines.filter((l) => l.layout).map((l) => l.layout!.fontSize));
    for (const s of news.stories) {
      const at = newsLines.findIndex((l) => l.text && s.headline.startsWith(l.text));
      const size = newsLines[at].layout!.fontSize;
      const lines = newsLines.slice(at, newsLines.findIndex((l, i) => i > at && l.layout?.fontSize !== size));
      expect(lines.map((l) => l.text).join('')).toBe(s.headline);
      expect(lines.every((l) => l.layout!.bold)).toBe(true);
      expect(size).toBeGreaterThan(1.5 * body);
    }
  });

  it('keeps the caption and the byline on lines of their own', () => {
    const texts = newsLines.map((l) => l.text);
    expect(texts).toContain(news.stories[0].caption);
    for (const s of news.stories) expect(texts).toContain(s.byline);
  });

  it('reads the same pages rewritten by cairo (Type 3 fonts, upside-down glyph matrices) the same way', () => {
    const shape = (ls: Line[]) => ls.map((l) => [l.page, l.text, l.layout?.fontSize]);
    expect(shape(cairoLines)).toEqual(shape(newsLines));
  });

  it('reads a boxed sidebar floated beside the text as a block of its own, never mixed into the text lines', () => {
    const { page, headline, paragraphs, box } = news.boxed;
    const onPage = newsLines.filter((l) => l.page === page && l.text && l.text !== headline);
    const main = squash(paragraphs.join(''));
    const side = squash(box.join(''));
    expect(onPage.filter((l) => !main.includes(squash(l.text)) && !side.includes(squash(l.text))).map((l) => l.text)).toEqual([]);
    const sideLines = onPage.filter((l) => side.includes(squash(l.text)));
    const first = onPage.indexOf(sideLines[0]);
    expect(onPage.slice(first, first + sideLines.length)).toEqual(sideLines);
    expect(inOrder(box, squash(sideLines.map((l) => l.text).join('')))).toBe(box.length);
    expect(squash(onPage.filter((l) => !sideLines.includes(l)).map((l) => l.text).join(''))).toBe(main);
  });
});

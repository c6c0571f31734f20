/**
 * Newspaper pages printed by Chromium (columns, spanning headlines, photo captions, a boxed sidebar): pdfToLines
 * reads them column by column, the same pages rewritten by cairo read the same, and loadSource → parseBulletin makes
 * them articles the way `jianbao import` does. Chromium must be installed; the PDFs go to a temp dir.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dumpParagraphs, launchChromium, makeNewspaperPdf, squash, type NewspaperFixture } from '../scripts/make-test-pdf.js';
import { inOrder, mode } from '../scripts/eval-pdf.js';
import { loadSource } from '../src/ingest/load.js';
import { pdfToLines } from '../src/ingest/pdf-lines.js';
import { parseBulletin } from '../src/bulletin/parse.js';
import type { Bulletin, Line } from '../src/types.js';

let dir: string;
let news: NewspaperFixture;
let newsLines: Line[];
let cairoLines: Line[];
let newsParsed: Bulletin;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'jianbao-pdf-'));
  const browser = await launchChromium();
  try {
    const paragraphs = ['000_3cef4383265ce24c', '001_3ce07ccd5b8eeddb'].flatMap((f) => dumpParagraphs(readFileSync(`samples/${f}.txt`, 'utf8'))).filter((p) => p.length > 60 && p.length < 260);
    news = await makeNewspaperPdf(browser, paragraphs, join(dir, 'news.pdf'));
  } finally {
    await browser.close();
  }
  // Read once, as the import reads it (loadSource → pdfToLines), for both the lines and the parse.
  const doc = await loadSource(join(dir, 'news.pdf'));
  newsLines = doc.lines;
  if (!existsSync('/usr/bin/pdftocairo')) throw new Error('/usr/bin/pdftocairo: not found — install Debian\'s poppler-utils package');
  execFileSync('/usr/bin/pdftocairo', ['-pdf', join(dir, 'news.pdf'), join(dir, 'news-cairo.pdf')]);
  cairoLines = (await pdfToLines(new Uint8Array(readFileSync(join(dir, 'news-cairo.pdf'))), join(dir, 'news-cairo.pdf'))).lines;
  newsParsed = parseBulletin(doc);
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
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

describe('newspaper pages as PDF', () => {
  it('finds every headline as a title, in reading order, with its page', () => {
    const expected = [...news.stories.map((s) => [s.headline, s.page] as const), [news.boxed.headline, news.boxed.page] as const];
    expect(newsParsed.articles.map((a) => [squash(a.title), a.page])).toEqual(expected.map(([h, p]) => [squash(h), p]));
  });

  it('takes the ▶ 本报记者 lines as bylines and the 新华社记者 X/摄 line as a caption, out of the body', () => {
    news.stories.forEach((s, i) => {
      const a = newsParsed.articles[i];
      expect(a.byline, s.headline).toBe(s.byline);
      expect(a.captions, s.headline).toEqual(s.caption ? [s.caption] : []);
      expect(squash(a.body)).not.toContain(squash(s.byline));
      if (s.caption) expect(squash(a.body)).not.toContain(squash(s.caption));
    });
  });

  it('reads each story down its columns in order: the body is its paragraphs, whole and in sequence', () => {
    news.stories.forEach((s, i) => expect(squash(newsParsed.articles[i].body), s.headline).toBe(squash(s.paragraphs.join(''))));
  });

  it('keeps the boxed sidebar with its story, its label a sub-heading, the story whole around it', () => {
    const a = newsParsed.articles.at(-1)!;
    expect(a.subheads).toEqual([news.boxed.box[0]]);
    const box = squash(news.boxed.box.join(''));
    const body = squash(a.body);
    expect(body).toContain(box);
    expect(body.replace(box, '')).toBe(squash(news.boxed.paragraphs.join('')));
  });
});

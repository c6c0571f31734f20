/**
 * PDFs end to end, the way `jianbao import` reads them (loadSource → parseBulletin): the three annotated
 * bulletins printed to PDF by Chromium reach the bars of issue "Bulletin import" against the same gold as
 * their text dumps, and newspaper pages (columns, spanning headlines, photo captions) come out as articles.
 * Chromium must be installed; the PDFs go to a temp dir.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dumpParagraphs, launchChromium, makeNewspaperPdf, squash, type NewspaperFixture } from '../scripts/make-test-pdf.js';
import { defaultPairs, evaluateAsPdfs } from '../scripts/eval-bulletin.js';
import { BARS, meetsBars, type EvalReport } from '../src/eval/index.js';
import { loadSource } from '../src/ingest/load.js';
import { parseBulletin } from '../src/bulletin/parse.js';
import type { Bulletin, SourceDoc } from '../src/types.js';
import { BACKENDS } from './backends.js';
import { as, openCore } from './core-fixture.js';

let dir: string;
let reports: EvalReport[];
let news: NewspaperFixture;
let newsDoc: SourceDoc;
let newsParsed: Bulletin;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'jianbao-pdf-e2e-'));
  reports = await evaluateAsPdfs(defaultPairs(), dir);
  const paragraphs = ['000_3cef4383265ce24c', '001_3ce07ccd5b8eeddb']
    .flatMap((f) => dumpParagraphs(readFileSync(`samples/${f}.txt`, 'utf8'))).filter((p) => p.length > 60 && p.length < 260);
  const browser = await launchChromium();
  try {
    news = await makeNewspaperPdf(browser, paragraphs, join(dir, 'news.pdf'));
  } finally {
    await browser.close();
  }
  newsDoc = await loadSource(join(dir, 'news.pdf'));
  newsParsed = parseBulletin(newsDoc);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('annotated bulletins printed to PDF', () => {
  it('scores every gold file', () => {
    expect(reports.map((r) => r.file)).toEqual(defaultPairs().map(([, text]) => text.replace(/^.*\//, '').replace(/\.txt$/, '.pdf')));
  });

  it('meet the bars: titles, sections, body boundaries, coverage, no page header in a body, masthead', () => {
    for (const r of reports) {
      expect(r.titleF1, r.file).toBeGreaterThanOrEqual(BARS.titleF1);
      expect(r.sectionAccuracy, r.file).toBe(1);
      expect(r.bodyBoundaryAccuracy, r.file).toBeGreaterThanOrEqual(BARS.bodyBoundaryAccuracy);
      expect(Math.abs(r.coverage - 1), r.file).toBeLessThanOrEqual(BARS.coverageTolerance);
      expect(r.headerLeaks, r.file).toEqual([]);
      expect(r.publicationOk && r.issueDateOk, r.file).toBe(true);
      expect(meetsBars(r), r.file).toBe(true);
    }
  });

  // The shortest of the three (a few pages): what is checked is the page of each title, not the import's volume, which
  // the 40-page issue made over a minute of the suite on two busy cores.
  it.each(BACKENDS)('an import stores the PDF articles with the page each title is printed on ($name)', async (backend) => {
    const pdf = join(dir, '000_3cef4383265ce24c.pdf');
    const db = await backend.fresh();
    const jianbao = await openCore(db);
    try {
      expect(await jianbao.issues.importFile(as('editor'), pdf)).toMatchObject({ status: 'imported' });
    } finally {
      await jianbao.close();
    }
    const doc = await loadSource(pdf);
    const stored = (await backend.sql(db, 'SELECT title, page FROM articles ORDER BY ordinal')) as { title: string; page: number | null }[];
    expect(stored).toHaveLength(reports.find((r) => r.file === '000_3cef4383265ce24c.pdf')!.predicted);
    const body = doc.lines.filter((l) => !l.furniture && l.text);
    for (const a of stored) {
      const first = body.find((l) => squash(a.title).startsWith(squash(l.text)) && l.layout!.fontSize > 12);
      expect(a.page, a.title).toBe(first?.page);
    }
    expect(new Set(stored.map((a) => a.page)).size).toBeGreaterThan(1);
  }, 60_000);
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

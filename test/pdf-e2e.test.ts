/**
 * Bulletins printed to PDF by Chromium, the way `jianbao import` reads them (loadSource → parseBulletin): the
 * three annotated bulletins reach the bars of issue "Bulletin import" against the same gold as their text dumps,
 * and pdfToLines reads the 003 bulletin, rebuilt from its text dump and gold annotation, block by block. Each PDF is
 * printed once for both. Chromium must be installed; the PDFs go to a temp dir.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bulletinFixture, squash, type BulletinFixture } from '../scripts/make-test-pdf.js';
import { bigramCoverage, inOrder, mode, paragraphErrors, spuriousCjkSpaces, titleAt } from '../scripts/eval-pdf.js';
import { defaultPairs, evaluateAsPdfs } from '../scripts/eval-bulletin.js';
import { BARS, meetsBars, type EvalReport } from '../src/eval/index.js';
import type { Line, SourceDoc } from '../src/types.js';
import { BACKENDS } from './backends.js';
import { as, openCore } from './core-fixture.js';

let dir: string;
let reports: EvalReport[];
/** What the 003 PDF prints (evaluateAsPdfs printed it from the same dump and gold). */
let bulletin: BulletinFixture;
let lines: Line[];
let warnings: string[];
/** Each PDF as the import read it while scoring it, by path. */
const docs = new Map<string, SourceDoc>();

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'jianbao-pdf-e2e-'));
  reports = await evaluateAsPdfs(defaultPairs(), dir, docs);
  const [gold, text] = defaultPairs().find(([g]) => g.endsWith('/003.gold.json'))!;
  bulletin = bulletinFixture(text, gold);
  // The 40-page PDF as the import read it (pdfToLines, through loadSource), not read a second time.
  ({ lines, warnings } = docs.get(join(dir, basename(text).replace(/\.txt$/, '.pdf')))!);
  // Three bulletins printed by Chromium and read back: about 100 s on an idle machine, more beside other work.
}, 400_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

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
    const db = await backend.migrated();
    const jianbao = await openCore(db);
    try {
      expect(await jianbao.issues.importFile(as('editor'), pdf)).toMatchObject({ status: 'imported' });
    } finally {
      await jianbao.close();
    }
    // The lines the scoring read from this PDF (pdfToLines through loadSource), not read once more.
    const doc = docs.get(pdf)!;
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

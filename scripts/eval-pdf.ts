/**
 * How faithfully pdfToLines reads a PDF whose printed text is known: the 003 bulletin printed by
 * Chromium from its text dump and gold annotation, and the newspaper pages of the test fixture.
 *
 *   tsx scripts/eval-pdf.ts [TEXTFILE GOLD]
 *
 * The measures are exported for the tests, which hold the same figures to thresholds.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { dumpParagraphs, launchChromium, makeBulletinPdf, makeNewspaperPdf, squash, type FixtureBlock } from './make-test-pdf.js';
import { pdfToLines } from '../src/ingest/pdf-lines.js';
import type { Line } from '../src/types.js';

/** How many of `parts` occur in `text` one after another, in order (both squashed). */
export function inOrder(parts: string[], text: string): number {
  let pos = 0;
  let found = 0;
  for (const p of parts) {
    const i = text.indexOf(squash(p), pos);
    if (i < 0) continue;
    found++;
    pos = i + squash(p).length;
  }
  return found;
}

/** Share of the source's character bigrams (as a multiset) that the output also has. */
export function bigramCoverage(source: string, output: string): number {
  const count = (s: string) => {
    const m = new Map<string, number>();
    for (let i = 0; i + 1 < s.length; i++) m.set(s.slice(i, i + 2), (m.get(s.slice(i, i + 2)) ?? 0) + 1);
    return m;
  };
  const out = count(output);
  let hit = 0;
  let total = 0;
  for (const [g, n] of count(source)) {
    total += n;
    hit += Math.min(n, out.get(g) ?? 0);
  }
  return total ? hit / total : 1;
}

const CJK_SPACE_CJK = /[\u3400-\u9fff，。、：；！？“”（）《》] +[\u3400-\u9fff，。、：；！？“”（）《》]/g;

/** Spaces between CJK characters in the lines that the source text does not have. */
export function spuriousCjkSpaces(lines: Line[], source: string): string[] {
  return lines.flatMap((l) => l.text.match(CJK_SPACE_CJK) ?? []).filter((s) => !source.includes(s));
}

/**
 * Where the empty Lines disagree with the printed blocks: a block that starts without a blank before
 * it, a blank inside a block, two blanks in a row. `lines` are the body (non-furniture) lines.
 */
export function paragraphErrors(lines: Line[], blocks: FixtureBlock[]): string[] {
  const starts = new Set<number>();
  let at = 0;
  for (const b of blocks) {
    starts.add(at);
    at += squash(b.text).length;
  }
  let pos = 0;
  let blank = true;
  const wrong: string[] = [];
  for (const l of lines) {
    if (!l.text) {
      if (blank) wrong.push(`double blank before line ${l.lineNo}`);
      blank = true;
      continue;
    }
    if (starts.has(pos) !== blank) wrong.push(`line ${l.lineNo} ${blank ? 'after a blank inside a paragraph' : 'starts a paragraph without a blank'}: ${l.text}`);
    pos += squash(l.text).length;
    blank = false;
  }
  return wrong;
}

/** Index of the first of one or two consecutive non-empty lines that print `title` in `size`, or -1. */
export function titleAt(lines: Line[], title: string, size: number): number {
  const text = lines.filter((l) => l.text);
  const i = text.findIndex((_, k) => [1, 2].some((n) => {
    const run = text.slice(k, k + n);
    return squash(run.map((x) => x.text).join('')) === squash(title) && run.every((x) => x.layout?.fontSize === size);
  }));
  return i < 0 ? -1 : lines.indexOf(text[i]);
}

/** The most common of `xs`. */
export const mode = (xs: number[]) => {
  const m = new Map<number, number>();
  for (const x of xs) m.set(x, (m.get(x) ?? 0) + 1);
  return [...m].sort((a, b) => b[1] - a[1])[0][0];
};

async function main(): Promise<void> {
  const [textPath = 'samples/003_8913e8f3e5978f8d.txt', goldPath = 'testdata/gold/003.gold.json'] = process.argv.slice(2);
  const dir = mkdtempSync(join(tmpdir(), 'jianbao-eval-pdf-'));
  try {
    const browser = await launchChromium();
    const paragraphs = ['000_3cef4383265ce24c', '001_3ce07ccd5b8eeddb'].flatMap((f) => dumpParagraphs(readFileSync(`samples/${f}.txt`, 'utf8')));
    const [bulletin, news] = await Promise.all([
      makeBulletinPdf(browser, textPath, goldPath, join(dir, 'bulletin.pdf')),
      makeNewspaperPdf(browser, paragraphs.filter((p) => p.length > 60 && p.length < 260), join(dir, 'news.pdf')),
    ]).finally(() => browser.close());
    const { lines, warnings } = await pdfToLines(new Uint8Array(readFileSync(join(dir, 'bulletin.pdf'))), 'bulletin.pdf');
    const body = lines.filter((l) => !l.furniture);
    const source = bulletin.blocks.map((b) => b.text);
    const pages = lines.at(-1)?.page ?? 0;
    const titles = bulletin.blocks.filter((b) => b.kind === 'title');
    const titleSize = mode(titles.flatMap((t) => body.filter((l) => l.text && squash(t.text).startsWith(squash(l.text))).map((l) => l.layout!.fontSize)));
    const furniture = lines.filter((l) => l.furniture);
    const report: [string, string][] = [
      ['pages / lines / warnings', `${pages} / ${lines.length} / ${warnings.length}`],
      ['blocks read in order', `${inOrder(source, squash(body.map((l) => l.text).join('')))} of ${source.length}`],
      ['character bigram coverage', bigramCoverage(squash(source.join('')), squash(body.map((l) => l.text).join(''))).toFixed(4)],
      ['titles as 1–2 lines in title size', `${titles.filter((t) => titleAt(body, t.text, titleSize) >= 0).length} of ${titles.length} (${titleSize}pt)`],
      ['furniture lines / on body text', `${furniture.length} / ${furniture.filter((l) => squash(source.join('')).includes(squash(l.text))).length}`],
      ['paragraph-break errors', `${paragraphErrors(body, bulletin.blocks).length} (blocks ${source.length})`],
      ['spurious CJK spaces', String(spuriousCjkSpaces(body, source.join('\n')).length)],
    ];
    const newsLines = (await pdfToLines(new Uint8Array(readFileSync(join(dir, 'news.pdf'))), 'news.pdf')).lines;
    const parts = news.stories.flatMap((s) => [s.headline, s.byline, ...(s.caption ? [s.caption] : []), ...s.paragraphs]);
    report.push(['newspaper: parts read in order', `${inOrder(parts, squash(newsLines.map((l) => l.text).join('')))} of ${parts.length}`]);
    const [main, box] = [squash(news.boxed.paragraphs.join('')), squash(news.boxed.box.join(''))];
    const boxedPage = newsLines.filter((l) => l.page === news.boxed.page && l.text && l.text !== news.boxed.headline);
    report.push(['newspaper: lines mixing text and sidebar', `${boxedPage.filter((l) => !main.includes(squash(l.text)) && !box.includes(squash(l.text))).length} of ${boxedPage.length}`]);
    for (const [name, value] of report) console.log(`${name.padEnd(36)} ${value}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((e: Error) => {
    console.error(e.message);
    process.exit(1);
  });
}

/**
 * Speed of the pipeline per issue, next to a baseline measured in the same run on the same text:
 * @node-rs/jieba's raw `cut`, the least any Chinese text processing has to spend. Target: every stage ≤ 1× jieba.
 *
 *   npm run bench [-- FILE...]      (default: samples/003*.txt; BENCH_RUNS=N runs per figure, default 15)
 *
 * Without FILEs, and when Debian's Chromium is installed, 003 is also printed to PDF (scripts/make-test-pdf.ts)
 * and measured the same way, with fewer runs (BENCH_PDF_RUNS, default 3): a PDF is read page by page, so its
 * rows also show ms per page.
 *
 * Later stages (enrich, render…) add a row to STAGES; the table and the ratio come for free.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { parseBulletin } from '../src/bulletin/parse.js';
import { loadSource } from '../src/ingest/load.js';
import type { SourceDoc } from '../src/types.js';
import { CHROMIUM, launchChromium, makeBulletinPdf } from './make-test-pdf.js';

/** One measured step of the pipeline, run on one input file. */
interface Stage {
  name: string;
  run(path: string): Promise<unknown>;
}

const STAGES: Stage[] = [{ name: 'load+parse', run: async (path) => parseBulletin(await loadSource(path)) }];

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const PDF_RUNS = Number(process.env.BENCH_PDF_RUNS ?? 3);
const WARMUP = 2;

/** Median wall time of `runs` calls in ms, after a warm-up so JIT and file cache are settled for all rows alike. */
async function medianMs(fn: () => Promise<unknown> | unknown, runs: number): Promise<number> {
  for (let i = 0; i < WARMUP; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

/** The decoded text of a document, as jieba gets it. */
function textOf(doc: SourceDoc): string {
  return doc.lines.map((l) => l.text).join('\n');
}

/** The 003 sample printed to PDF in `dir`, or null when Chromium is not installed. */
async function samplePdf(dir: string): Promise<string | null> {
  if (!existsSync(CHROMIUM)) return null;
  const pdf = join(dir, '003_8913e8f3e5978f8d.pdf');
  const browser = await launchChromium();
  try {
    await makeBulletinPdf(browser, 'samples/003_8913e8f3e5978f8d.txt', 'testdata/gold/003.gold.json', pdf);
  } finally {
    await browser.close();
  }
  return pdf;
}

const jieba = Jieba.withDict(dict);
const rows: string[][] = [['file', 'MB', 'step', 'median ms', 'MB/s', '× jieba', 'ms/page']];

/** Adds the baseline row and one row per stage for one input file. */
async function bench(path: string): Promise<void> {
  const doc = await loadSource(path);
  const runs = doc.kind === 'pdf' ? PDF_RUNS : RUNS;
  const text = textOf(doc);
  const mb = doc.bytes / (1024 * 1024);
  const pages = doc.kind === 'pdf' ? doc.lines.at(-1)?.page ?? 0 : 0;
  const baseline = await medianMs(() => jieba.cut(text, true), runs);
  const row = (name: string, ms: number) =>
    [name, ms.toFixed(2), (mb / (ms / 1000)).toFixed(1), (ms / baseline).toFixed(2), pages ? (ms / pages).toFixed(1) : ''];
  rows.push([basename(path), mb.toFixed(3), ...row('jieba cut (baseline)', baseline)]);
  for (const stage of STAGES) rows.push(['', '', ...row(stage.name, await medianMs(() => stage.run(path), runs))]);
}

const args = process.argv.slice(2);
const dir = mkdtempSync(join(tmpdir(), 'jianbao-bench-'));
try {
  const files = args.length ? args : readdirSync('samples').filter((f) => f.startsWith('003')).map((f) => `samples/${f}`);
  const pdf = args.length ? null : await samplePdf(dir);
  for (const path of [...files, ...(pdf ? [pdf] : [])]) await bench(path);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
for (const r of rows) console.log(r.map((cell, c) => (c >= 3 ? cell.padStart(widths[c]) : cell.padEnd(widths[c]))).join('  '));
console.log(`\nmedian of ${RUNS} runs each (PDF: ${PDF_RUNS}) after ${WARMUP} warm-up runs; × jieba = step time / jieba cut time, target ≤ 1`);

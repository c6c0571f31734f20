/**
 * Speed of the pipeline per issue, next to a baseline measured in the same run on the same text:
 * @node-rs/jieba's raw `cut`, the least any Chinese text processing has to spend. Target: every stage ≤ 1× jieba.
 *
 *   npm run bench [-- FILE...]      (default: samples/003*.txt, then render times; BENCH_RUNS=N rounds, default 40)
 *
 * Without FILEs, and when Debian's Chromium is installed, 003 is also printed to PDF (scripts/make-test-pdf.ts)
 * and measured the same way, with fewer runs (BENCH_PDF_RUNS, default 3): a PDF is read page by page, so its
 * rows also show ms per page.
 *
 * Later stages (enrich, render…) add a row to STAGES; the table and the ratio come for free. Enrichment's row
 * (every parsed article of the file) also prints its speed against jieba `tag` on the same articles, target ≥ 0.5×.
 * Text files are measured before any PDF is read: pdfjs's polyfills slow all JavaScript that runs after them.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { parseBulletin } from '../src/bulletin/parse.js';
import { loadSource } from '../src/ingest/load.js';
import type { Bulletin, SourceDoc } from '../src/types.js';

/** One measured step of the pipeline, run on one input file (given by path and as parsed beforehand). */
interface Stage {
  name: string;
  /** Only for text input (a PDF's articles are the same text again). */
  textOnly?: boolean;
  run(path: string, bulletin: Bulletin, doc: SourceDoc): Promise<unknown>;
}

const STAGES: Stage[] = [
  { name: 'load (read, hash, decode)', run: (path) => loadSource(path) },
  { name: 'parse (clean, segment)', run: async (_, __, doc) => parseBulletin(doc) },
  { name: 'load+parse', run: async (path) => parseBulletin(await loadSource(path)) },
  // Imported on first use: its dictionaries enlarge the heap, which would slow the rows measured before it.
  { name: 'enrich articles', textOnly: true, run: async (_, bulletin) => (await import('../src/pipeline/enrich-bulletin.js')).enrichBulletin(bulletin) },
];

const RUNS = Number(process.env.BENCH_RUNS ?? 40);
const PDF_RUNS = Number(process.env.BENCH_PDF_RUNS ?? 3);
const WARMUP = 10;

/**
 * Median wall time in ms of each function, run in turn within every round (after warm-up rounds), so a stage
 * and its baseline see the same machine load, JIT state and heap: their ratio is what the bench reports.
 */
async function pairedMedians(fns: (() => Promise<unknown> | unknown)[], runs: number): Promise<number[]> {
  for (let i = 0; i < WARMUP; i++) for (const fn of fns) await fn();
  const times = fns.map((): number[] => []);
  for (let i = 0; i < runs; i++) {
    for (const [k, fn] of fns.entries()) {
      const t0 = performance.now();
      await fn();
      times[k].push(performance.now() - t0);
    }
  }
  return times.map((t) => t.sort((x, y) => x - y)[Math.floor(t.length / 2)]);
}

/** The decoded text of a document, as jieba gets it. */
function textOf(doc: SourceDoc): string {
  return doc.lines.map((l) => l.text).join('\n');
}

/** The 003 sample printed to PDF in `dir`, or null when Chromium is not installed. */
async function samplePdf(dir: string): Promise<string | null> {
  // Imported only now: playwright-core, once loaded, slows the JavaScript measured after it.
  const { CHROMIUM, launchChromium, makeBulletinPdf } = await import('./make-test-pdf.js');
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
const notes: string[] = [];

/** Adds the baseline row and one row per stage for one input file. */
async function bench(path: string): Promise<void> {
  const doc = await loadSource(path);
  const runs = doc.kind === 'pdf' ? PDF_RUNS : RUNS;
  const text = textOf(doc);
  const mb = doc.bytes / (1024 * 1024);
  const pages = doc.kind === 'pdf' ? doc.lines.at(-1)?.page ?? 0 : 0;
  const cut = () => jieba.cut(text, true);
  const row = (name: string, ms: number, baseline: number) =>
    [name, ms.toFixed(2), (mb / (ms / 1000)).toFixed(1), (ms / baseline).toFixed(2), pages ? (ms / pages).toFixed(1) : ''];
  const bulletin = parseBulletin(doc);
  for (const [n, stage] of STAGES.entries()) {
    if (stage.textOnly && doc.kind !== 'text') continue;
    const run = () => stage.run(path, bulletin, doc);
    if (stage.name === 'enrich articles') {
      // Enrichment is compared with jieba over the same articles, `tag` being the fair baseline for a stage
      // that needs parts of speech.
      const articleText = bulletin.articles.map((a) => `${a.title}\n\n${a.body}`);
      const [cutMs, tagMs, ms] = await pairedMedians(
        [() => articleText.forEach((t) => jieba.cut(t)), () => articleText.forEach((t) => jieba.tag(t)), run], runs);
      rows.push(['', '', ...row('jieba cut, articles', cutMs, cutMs)], ['', '', ...row('jieba tag, articles', tagMs, cutMs)]);
      rows.push(['', '', ...row(stage.name, ms, cutMs)]);
      notes.push(`${basename(path)}: enrichment speed / jieba tag speed = ${(tagMs / ms).toFixed(2)}× (target ≥ 0.5×)`);
      continue;
    }
    const [baseline, ms] = await pairedMedians([cut, run], runs);
    if (n === 0) rows.push([basename(path), mb.toFixed(3), ...row('jieba cut (baseline)', baseline, baseline)]);
    rows.push(['', '', ...row(stage.name, ms, baseline)]);
  }
}

const args = process.argv.slice(2);
const dir = mkdtempSync(join(tmpdir(), 'jianbao-bench-'));
try {
  const files = args.length ? args : readdirSync('samples').filter((f) => f.startsWith('003')).map((f) => `samples/${f}`);
  for (const path of files) await bench(path);
  const pdf = args.length ? null : await samplePdf(dir);
  if (pdf) await bench(pdf);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
for (const r of rows) console.log(r.map((cell, c) => (c >= 3 ? cell.padStart(widths[c]) : cell.padEnd(widths[c]))).join('  '));
console.log(`\nmedian of ${RUNS} rounds (PDF: ${PDF_RUNS}) after ${WARMUP} warm-up rounds, each step run in turn with its baseline; × jieba = step time / jieba cut time in the same rounds, target ≤ 1`);
for (const n of notes) console.log(n);

// The composing end of the pipeline: render time per format for a 40-article issue (scripts/bench-render.ts).
if (!args.length) {
  console.log('\nrender, per format:');
  await import('./bench-render.js');
  // Start-up of the CLI itself (scripts/bench-cli.ts).
  console.log('\nCLI start-up:');
  await import('./bench-cli.js');
  // Parse time on hostile sizes (one long line, deep nesting): growth with the input (scripts/bench-hostile.ts).
  await import('./bench-hostile.js');
}

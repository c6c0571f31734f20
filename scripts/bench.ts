/**
 * Speed of the pipeline per issue, next to a baseline measured in the same run on the same text:
 * @node-rs/jieba's raw `cut`, the least any Chinese text processing has to spend. Target: every stage ≤ 1× jieba.
 *
 *   npm run bench [-- FILE...]      (default: samples/003*.txt; BENCH_RUNS=N runs per figure, default 15)
 *
 * Later stages (enrich, render…) add a row to STAGES; the table and the ratio come for free. Enrichment's row
 * (every parsed article of the file) also prints its speed against jieba `tag` on the same text, target ≥ 0.5×.
 */
import { readdirSync } from 'node:fs';
import { basename } from 'node:path';
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { parseBulletin } from '../src/bulletin/parse.js';
import { enrichBulletin } from '../src/pipeline/enrich-bulletin.js';
import { loadSource } from '../src/ingest/load.js';
import type { Bulletin, SourceDoc } from '../src/types.js';

/** One measured step of the pipeline, run on one input file (given by path and as parsed beforehand). */
interface Stage {
  name: string;
  run(path: string, bulletin: Bulletin): Promise<unknown>;
}

const STAGES: Stage[] = [
  { name: 'load+parse', run: async (path) => parseBulletin(await loadSource(path)) },
  { name: 'enrich articles', run: async (_, bulletin) => enrichBulletin(bulletin) },
];

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const WARMUP = 2;

/** Median wall time of `RUNS` calls in ms, after a warm-up so JIT and file cache are settled for all rows alike. */
async function medianMs(fn: () => Promise<unknown> | unknown): Promise<number> {
  for (let i = 0; i < WARMUP; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
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

const files = process.argv.slice(2).length
  ? process.argv.slice(2)
  : readdirSync('samples').filter((f) => f.startsWith('003')).map((f) => `samples/${f}`);
const jieba = Jieba.withDict(dict);

const notes: string[] = [];
const rows: string[][] = [['file', 'MB', 'step', 'median ms', 'MB/s', '× jieba']];
for (const path of files) {
  const doc = await loadSource(path);
  const text = textOf(doc);
  const mb = doc.bytes / (1024 * 1024);
  const bulletin = parseBulletin(doc);
  const baseline = await medianMs(() => jieba.cut(text, true));
  const row = (name: string, ms: number) => [name, ms.toFixed(2), (mb / (ms / 1000)).toFixed(1), (ms / baseline).toFixed(2)];
  rows.push([basename(path), mb.toFixed(3), ...row('jieba cut (baseline)', baseline)]);
  const articleText = bulletin.articles.map((a) => `${a.title}\n\n${a.body}`);
  const cutMs = await medianMs(() => articleText.forEach((t) => jieba.cut(t)));
  const tagMs = await medianMs(() => articleText.forEach((t) => jieba.tag(t)));
  rows.push(['', '', ...row('jieba cut, articles', cutMs)], ['', '', ...row('jieba tag, articles', tagMs)]);
  for (const stage of STAGES) {
    const ms = await medianMs(() => stage.run(path, bulletin));
    rows.push(['', '', ...row(stage.name, ms)]);
    if (stage.name === 'enrich articles') notes.push(`${basename(path)}: enrichment speed / jieba tag speed = ${(tagMs / ms).toFixed(2)}× (target ≥ 0.5×)`);
  }
}

const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
for (const r of rows) console.log(r.map((cell, c) => (c >= 3 ? cell.padStart(widths[c]) : cell.padEnd(widths[c]))).join('  '));
for (const n of notes) console.log(n);
console.log(`\nmedian of ${RUNS} runs each (after ${WARMUP} warm-up runs); × jieba = step time / jieba cut time, target ≤ 1`);

/**
 * Speed of the pipeline per issue, next to a baseline measured in the same run on the same text:
 * @node-rs/jieba's raw `cut`, the least any Chinese text processing has to spend. Target: every stage ≤ 1× jieba.
 *
 *   npm run bench [-- FILE...]      (default: samples/003*.txt; BENCH_RUNS=N runs per figure, default 15)
 *
 * Later stages (enrich, render…) add a row to STAGES; the table and the ratio come for free.
 */
import { readdirSync } from 'node:fs';
import { basename } from 'node:path';
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { parseBulletin } from '../src/bulletin/parse.js';
import { loadSource } from '../src/ingest/load.js';
import type { SourceDoc } from '../src/types.js';

/** One measured step of the pipeline, run on one input file. */
interface Stage {
  name: string;
  run(path: string): Promise<unknown>;
}

const STAGES: Stage[] = [{ name: 'load+parse', run: async (path) => parseBulletin(await loadSource(path)) }];

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

const rows: string[][] = [['file', 'MB', 'step', 'median ms', 'MB/s', '× jieba']];
for (const path of files) {
  const doc = await loadSource(path);
  const text = textOf(doc);
  const mb = doc.bytes / (1024 * 1024);
  const baseline = await medianMs(() => jieba.cut(text, true));
  const row = (name: string, ms: number) => [name, ms.toFixed(2), (mb / (ms / 1000)).toFixed(1), (ms / baseline).toFixed(2)];
  rows.push([basename(path), mb.toFixed(3), ...row('jieba cut (baseline)', baseline)]);
  for (const stage of STAGES) rows.push(['', '', ...row(stage.name, await medianMs(() => stage.run(path)))]);
}

const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
for (const r of rows) console.log(r.map((cell, c) => (c >= 3 ? cell.padStart(widths[c]) : cell.padEnd(widths[c]))).join('  '));
console.log(`\nmedian of ${RUNS} runs each (after ${WARMUP} warm-up runs); × jieba = step time / jieba cut time, target ≤ 1`);

/**
 * Speed of bulletin parsing against a baseline measured in the same run: jieba `cut` over the same text.
 * The bar: parsing must cost less than segmenting the text into words.
 * Usage: tsx scripts/bench-parse.ts [FILE]   (default: samples/003_8913e8f3e5978f8d.txt)
 */
import { readFileSync } from 'node:fs';
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { parseBulletin } from '../src/bulletin/parse.js';
import { sourceFromText } from '../src/bulletin/text-source.js';

const path = process.argv[2] ?? 'samples/003_8913e8f3e5978f8d.txt';
const text = readFileSync(path, 'utf8');
const jieba = Jieba.withDict(dict);

const doc = sourceFromText(path, text);
const RUNS = 31;

/** Median wall times (ms) of the two tasks after a JIT warm-up, run alternately so machine load hits both alike. */
function medians(a: () => unknown, b: () => unknown): [number, number] {
  for (let i = 0; i < 15; i++) { a(); b(); }
  const ta: number[] = [];
  const tb: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    let t = performance.now();
    a();
    ta.push(performance.now() - t);
    t = performance.now();
    b();
    tb.push(performance.now() - t);
  }
  const mid = (xs: number[]) => xs.sort((x, y) => x - y)[Math.floor(xs.length / 2)];
  return [mid(ta), mid(tb)];
}

const [parse, cut] = medians(() => parseBulletin(doc), () => jieba.cut(text, false));
console.log(`${path}: ${(text.length / 1024).toFixed(0)} K chars`);
console.log(`  parseBulletin  ${parse.toFixed(1)} ms (median of ${RUNS}, lines already read)`);
console.log(`  jieba cut      ${cut.toFixed(1)} ms (baseline, same run)`);
console.log(`  ratio          ${(parse / cut).toFixed(2)} ${parse < cut ? '(faster than the baseline)' : '(SLOWER than the baseline)'}`);

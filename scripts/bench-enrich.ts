/**
 * Enrichment throughput on 003's articles next to raw jieba `cut` and `tag` over the same text, in one run.
 * Target: full enrichment at ≥ 0.5× the speed of jieba `tag`.
 */
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { enrichArticle } from '../src/enrich/index.js';
import { analysedText } from '../src/enrich/text.js';
import { articles003 } from '../test/enrich-samples.js';

const PASSES = 5;
const articles = articles003();
const texts = articles.map(analysedText);
const megabytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / 1e6;
const jieba = Jieba.withDict(dict);

function measure(label: string, run: () => void): number {
  run();
  const start = process.hrtime.bigint();
  for (let i = 0; i < PASSES; i++) run();
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const rate = (megabytes * PASSES) / seconds;
  console.log(`${label.padEnd(22)} ${rate.toFixed(3)} MB/s`);
  return rate;
}

console.log(`003: ${articles.length} articles, ${(megabytes * 1000).toFixed(1)} kB of text, ${PASSES} passes each`);
measure('jieba cut', () => texts.forEach((t) => jieba.cut(t)));
const tag = measure('jieba tag', () => texts.forEach((t) => jieba.tag(t)));
const enrich = measure('enrichArticle', () => articles.forEach((a) => enrichArticle(a)));
console.log(`enrichment / jieba tag = ${(enrich / tag).toFixed(2)}× (target ≥ 0.5×)`);

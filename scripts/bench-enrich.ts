/**
 * Enrichment throughput next to raw jieba `cut` and `tag` over the same text, in one run, on 003's articles (seen)
 * and on the held-out articles of testdata/enrich-unseen (unseen: heldout.json and the second author's
 * sections-new-heldout.json). Target: enrichment at ≥ 0.5× the speed of jieba `tag`. `enrich tokenize` is the
 * segmentation step enrichment runs (jieba `cut` plus dictionary tags, with the industry dictionary loaded).
 * `enrichArticles` is an issue enriched at once, as import and `parse --enrich` do; `enrichArticle` one article
 * after another.
 */
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { enrichArticle, enrichArticles, type EnrichInput } from '../src/enrich/index.js';
import { analysedText } from '../src/enrich/text.js';
import { tokenize } from '../src/enrich/segmenter.js';
import { articles003 } from '../test/enrich-samples.js';
import { sectionArticles, unseenArticles } from '../test/enrich-unseen.js';

/**
 * Rounds of one pass per contender, timed in CPU time of this process, so other processes on a shared machine
 * disturb the figures as little as possible. Each contender's best round gives its rate; the ratios to `tag` are
 * also taken round by round and their median printed, which swings less than a ratio of two best rounds.
 */
const ROUNDS = 15;
const jieba = Jieba.withDict(dict);
const corpora: [string, EnrichInput[]][] = [
  ['003 (seen)', articles003()],
  ['held-out (unseen)', [...unseenArticles('heldout'), ...sectionArticles('new-heldout')]],
];

for (const [name, articles] of corpora) {
  const texts = articles.map(analysedText);
  const megabytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / 1e6;
  const contenders: [string, () => void][] = [
    ['jieba cut', () => texts.forEach((t) => jieba.cut(t))],
    ['jieba tag', () => texts.forEach((t) => jieba.tag(t))],
    ['enrich tokenize', () => texts.forEach((t) => tokenize(t))],
    ['enrichArticle', () => articles.forEach((a) => enrichArticle(a))],
    ['enrichArticles', () => enrichArticles(articles)],
  ];
  const best = new Map<string, number>();
  const rounds = new Map<string, number[]>(contenders.map(([label]) => [label, []]));
  for (const [, run] of contenders) run();
  for (let round = 0; round < ROUNDS; round++) {
    for (const [label, run] of contenders) {
      const start = process.cpuUsage();
      run();
      const used = process.cpuUsage(start);
      const seconds = (used.user + used.system) / 1e6;
      best.set(label, Math.min(best.get(label) ?? Infinity, seconds));
      rounds.get(label)!.push(seconds);
    }
  }
  /** Median over the rounds of the label's speed relative to jieba tag's in the same round. */
  const medianRatio = (label: string) => {
    const tag = rounds.get('jieba tag')!;
    const ratios = rounds.get(label)!.map((s, i) => tag[i] / s).sort((a, b) => a - b);
    return ratios[ratios.length >> 1];
  };
  console.log(`${name}: ${articles.length} articles, ${(megabytes * 1000).toFixed(1)} kB of text; best of ${ROUNDS} interleaved rounds, CPU time`);
  const rate = (label: string) => megabytes / best.get(label)!;
  for (const [label] of contenders) console.log(`${label.padEnd(16)} ${rate(label).toFixed(3)} MB/s`);
  console.log(
    `enrichment (an issue at once) / jieba tag = ${(rate('enrichArticles') / rate('jieba tag')).toFixed(2)}× best rounds, ` +
      `${medianRatio('enrichArticles').toFixed(2)}× median of rounds (target ≥ 0.5×)`,
  );
  console.log(
    `enrichment (one by one) / jieba tag = ${(rate('enrichArticle') / rate('jieba tag')).toFixed(2)}× best rounds, ` +
      `${medianRatio('enrichArticle').toFixed(2)}× median of rounds\n`,
  );
}

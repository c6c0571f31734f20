/**
 * What enrichment does to each article's text, counted rather than timed: calls into jieba (cut, tag) per article,
 * regex searches run over the whole analysed text (each by its pattern, and how many per article), and the CPU µs of
 * an article with next to no text (the fixed cost per article) beside jieba `tag` on it. For the short held-out and
 * dev articles of testdata/enrich-unseen and 003's.
 *
 *   npx tsx scripts/count-enrich-passes.ts
 */
import { Jieba } from '@node-rs/jieba';
import { enrichArticles, type EnrichInput } from '../src/enrich/index.js';
import { segmenter } from '../src/enrich/segmenter.js';
import { analysedText } from '../src/enrich/text.js';
import { articles003 } from '../test/enrich-samples.js';
import { sectionArticles, unseenArticles } from '../test/enrich-unseen.js';

const corpora: [string, EnrichInput[]][] = [
  ['short held-out', [...unseenArticles('heldout'), ...sectionArticles('new-heldout')]],
  ['short dev', [...unseenArticles('dev'), ...sectionArticles('new-dev')]],
  ['003 (long)', articles003()],
];

let jiebaCalls = 0;
for (const method of ['cut', 'tag', 'cutAll', 'cutForSearch'] as const) {
  const original = Jieba.prototype[method] as (...args: unknown[]) => unknown;
  (Jieba.prototype as unknown as Record<string, unknown>)[method] = function (this: Jieba, ...args: unknown[]) {
    jiebaCalls++;
    return original.apply(this, args);
  };
}

/** The texts being enriched; a search of one of them from its start is a pass over it. */
let whole = new Set<string>();
const passes = new Map<string, number>();
const exec = RegExp.prototype.exec;
// test, match, matchAll, replace and split all call exec once it is replaced, so this sees every search.
RegExp.prototype.exec = function (this: RegExp, s: string) {
  // A global search starting at 0 (the first exec of a loop) or a non-global one: one pass over the text.
  if (whole.has(s) && (!this.global || this.lastIndex === 0)) passes.set(this.source.slice(0, 60), (passes.get(this.source.slice(0, 60)) ?? 0) + 1);
  return exec.call(this, s);
};

enrichArticles(corpora[0][1]);
for (const [name, articles] of corpora) {
  whole = new Set(articles.map(analysedText));
  passes.clear();
  jiebaCalls = 0;
  enrichArticles(articles);
  const perArticle = (n: number) => (n / articles.length).toFixed(2);
  const total = [...passes.values()].reduce((a, b) => a + b, 0);
  console.log(`${name}: ${articles.length} articles; per article: ${perArticle(jiebaCalls)} calls into jieba, ${perArticle(total)} regex passes over the whole text by ${passes.size} patterns`);
  for (const [source, n] of [...passes].sort((a, b) => b[1] - a[1])) console.log(`  ${perArticle(n).padStart(6)}  /${source}${source.length === 60 ? '…' : ''}/`);
}
whole = new Set();
RegExp.prototype.exec = exec;

// The fixed cost: an article of a few characters, enriched as an issue of 16 is, best of the rounds.
const tiny = Array.from({ length: 16 }, (_, i) => ({ title: `标题${i}`, body: '今天发布。' }));
let enrichBest = Infinity;
let tagBest = Infinity;
for (let round = 0; round < 300; round++) {
  let start = process.cpuUsage();
  enrichArticles(tiny);
  let used = process.cpuUsage(start);
  enrichBest = Math.min(enrichBest, (used.user + used.system) / tiny.length);
  start = process.cpuUsage();
  for (const a of tiny) segmenter().tag(analysedText(a));
  used = process.cpuUsage(start);
  tagBest = Math.min(tagBest, (used.user + used.system) / tiny.length);
}
console.log(`fixed cost: an article of ${analysedText(tiny[0]).length} characters takes ${enrichBest.toFixed(1)} CPU µs to enrich, jieba tag ${tagBest.toFixed(1)} µs (best of 300 rounds)`);

/**
 * Where a short article's enrichment goes: CPU µs per article of each step enrichArticle runs, timed step by step
 * over the held-out articles of testdata/enrich-unseen (unseen, ~370 bytes each), its dev ones (seen, as short) and
 * 003's (seen, long), next to jieba `tag` and `cut` over the same texts in the same rounds (the baseline:
 * enrichment's target is ≥ 0.5× the speed of `tag`). Each step is timed on the results of the steps before it, made once; "whole" is enrichArticle
 * itself, which also pays for the steps' effects on each other (caches, GC) that the sum of the steps does not;
 * "whole (enrichArticles)" an issue enriched at once, each step run over 16 articles before the next.
 *
 *   npx tsx scripts/bench-enrich-steps.ts [--rounds 30]
 */
import { analyse } from '../src/enrich/analyse.js';
import { extractDates } from '../src/enrich/dates.js';
import { extractEntities } from '../src/enrich/entities.js';
import { extractFigures } from '../src/enrich/figures.js';
import { fingerprint } from '../src/enrich/groups.js';
import { enrichArticle, enrichArticles, type EnrichInput } from '../src/enrich/index.js';
import { extractKeywords } from '../src/enrich/keywords.js';
import { lexiconModel, predictSection, sectionFeatures } from '../src/enrich/section.js';
import { segmenter, tokenize } from '../src/enrich/segmenter.js';
import { summarise } from '../src/enrich/summary.js';
import { extractTags } from '../src/enrich/tags.js';
import { analysedText, splitSentences } from '../src/enrich/text.js';
import { articles003 } from '../test/enrich-samples.js';
import { sectionArticles, unseenArticles } from '../test/enrich-unseen.js';

const at = process.argv.indexOf('--rounds');
const ROUNDS = at > 0 ? Number(process.argv[at + 1]) : 30;
if (!Number.isInteger(ROUNDS) || ROUNDS < 1) {
  process.stderr.write(`--rounds ${process.argv[at + 1]}: not a positive whole number\n`);
  process.exit(2);
}

const corpora: [string, EnrichInput[]][] = [
  ['held-out (unseen, short)', [...unseenArticles('heldout'), ...sectionArticles('new-heldout')]],
  ['dev (seen, short)', [...unseenArticles('dev'), ...sectionArticles('new-dev')]],
  ['003 (seen, long)', articles003()],
];

for (const [name, articles] of corpora) {
  const texts = articles.map(analysedText);
  const tokens = texts.map((t) => tokenize(t));
  const analyses = articles.map((a, i) => analyse(a, tokens[i]));
  const sentences = texts.map(splitSentences);
  const features = analyses.map(sectionFeatures);
  const terms = analyses.map((a) => extractKeywords(a.termCounts, undefined, 40));
  const dates = analyses.map((a, i) => extractDates(a.text, articles[i].date ?? null, []));
  const steps: [string, (i: number) => unknown][] = [
    ['jieba tag', (i) => segmenter().tag(texts[i])],
    ['jieba cut', (i) => segmenter().cut(texts[i])],
    ['segmentation', (i) => tokenize(texts[i])],
    ['sentences', (i) => splitSentences(texts[i])],
    ['entities', (i) => extractEntities(texts[i], tokens[i], articles[i].source)],
    ['figures', (i) => extractFigures(texts[i], sentences[i], analyses[i].entities, tokens[i])],
    ['analyse (all three, terms)', (i) => analyse(articles[i], tokens[i])],
    ['dates', (i) => extractDates(texts[i], articles[i].date ?? null, [])],
    ['section features', (i) => sectionFeatures(analyses[i])],
    ['section scoring', (i) => predictSection(lexiconModel(), features[i])],
    ['tags', (i) => extractTags(texts[i], analyses[i].titleLength, tokens[i])],
    ['keywords', (i) => extractKeywords(analyses[i].termCounts, undefined, 40)],
    ['summary', (i) => summarise(articles[i].body, terms[i], analyses[i].terms, analyses[i].titleLength + 2, [])],
    ['fingerprint', (i) => fingerprint(analyses[i].termCounts, analyses[i].entities, analyses[i].figures, dates[i])],
    ['whole (enrichArticle)', (i) => enrichArticle(articles[i])],
    // An issue at once, as import does: each step over 16 articles before the next (timed per 16, so µs per article).
    ['whole (enrichArticles)', (i) => i % 16 === 0 && enrichArticles(articles.slice(i, i + 16))],
  ];
  const best = new Map<string, number>();
  for (let round = 0; round < ROUNDS; round++) {
    for (const [label, step] of steps) {
      const start = process.cpuUsage();
      for (let i = 0; i < articles.length; i++) step(i);
      const used = process.cpuUsage(start);
      best.set(label, Math.min(best.get(label) ?? Infinity, (used.user + used.system) / articles.length));
    }
  }
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / articles.length;
  console.log(`${name}: ${articles.length} articles, ${bytes.toFixed(0)} bytes each on average; CPU µs per article, best of ${ROUNDS} rounds`);
  for (const [label] of steps) console.log(`  ${label.padEnd(28)} ${best.get(label)!.toFixed(1).padStart(8)}`);
  for (const whole of ['whole (enrichArticle)', 'whole (enrichArticles)']) {
    const ratio = best.get('jieba tag')! / best.get(whole)!;
    console.log(`  ${whole} / jieba tag: ${(1 / ratio).toFixed(2)}× the time, ${ratio.toFixed(2)}× the speed (target ≥ 0.5×)`);
  }
  console.log('');
}

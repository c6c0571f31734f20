/**
 * Quality of the understanding stage on the samples:
 *  - section accuracy on 003, leave-one-article-out (no article is classified by a model trained on it);
 *  - same-event pairs against 003.gold.json duplicates, and extra pairs per issue;
 *  - entity and figure precision/recall against testdata/enrich-gold.json (annotated by hand).
 */
import { readFileSync } from 'node:fs';
import { analyse } from '../src/enrich/analyse.js';
import { addToGroups, enrichArticle, newGroupIndex } from '../src/enrich/index.js';
import { fitSectionModel, predictSection, sectionFeatures } from '../src/enrich/section.js';
import type { Enrichment } from '../src/enrich/types.js';
import { articles003, briefArticles, gold003, type SampleArticle } from '../test/enrich-samples.js';

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

function evalSections(articles: SampleArticle[]): void {
  const features = articles.map((a) => sectionFeatures(analyse(a)));
  let correct = 0;
  let lexiconOnly = 0;
  const confusion: string[] = [];
  const lexicon = fitSectionModel([]);
  articles.forEach((a, i) => {
    const model = fitSectionModel(articles.flatMap((b, j) => (j === i ? [] : [{ features: features[j], section: b.section! }])));
    const p = predictSection(model, features[i]);
    if (p.name === a.section) correct++;
    else confusion.push(`  ${a.section} → ${p.name} (${p.confidence})  ${a.title}`);
    if (predictSection(lexicon, features[i]).name === a.section) lexiconOnly++;
  });
  console.log(`section accuracy (003, leave-one-out): ${correct}/${articles.length} = ${pct(correct / articles.length)}  [lexicon priors alone: ${pct(lexiconOnly / articles.length)}]`);
  for (const line of confusion) console.log(line);
}

function pairsOf(issue: SampleArticle[], enriched: Enrichment[]): Set<string> {
  const index = newGroupIndex();
  const groups = issue.map((a, i) => addToGroups(index, `${a.file}:${a.line}`, enriched[i].fingerprint));
  const finalGroup = issue.map((a) => index.entries[`${a.file}:${a.line}`].group);
  void groups;
  const pairs = new Set<string>();
  for (let i = 0; i < issue.length; i++) {
    for (let j = i + 1; j < issue.length; j++) if (finalGroup[i] === finalGroup[j]) pairs.add(`${issue[i].title}\u0000${issue[j].title}`);
  }
  return pairs;
}

function evalDuplicates(issues: SampleArticle[][], enriched: Map<SampleArticle, Enrichment>): void {
  const gold = gold003().duplicates.map(([a, b]) => [a, b].sort().join('\u0000'));
  for (const issue of issues) {
    const pairs = [...pairsOf(issue, issue.map((a) => enriched.get(a)!))].map((p) => p.split('\u0000').sort().join('\u0000'));
    const isGoldIssue = issue[0].file.startsWith('003');
    const expected = isGoldIssue ? gold : [];
    const found = expected.filter((g) => pairs.includes(g)).length;
    const extra = pairs.filter((p) => !expected.includes(p));
    console.log(`same-event pairs ${issue[0].file}: gold found ${found}/${expected.length}, extra ${extra.length}`);
    for (const p of extra) console.log(`  extra: ${p.replace('\u0000', '  ~  ')}`);
  }
}

interface GoldEntry {
  file: string;
  line: number;
  entities: { name: string; type: string }[];
  figures: { value: number; unit: string; change: { kind: string; value: number } | null; text: string }[];
}

function evalEntitiesAndFigures(all: SampleArticle[], enriched: Map<SampleArticle, Enrichment>): void {
  const gold = JSON.parse(readFileSync(new URL('../testdata/enrich-gold.json', import.meta.url), 'utf8')) as { articles: GoldEntry[] };
  const ent = { tp: 0, fp: 0, fn: 0 };
  const fig = { tp: 0, fp: 0, fn: 0, changeOk: 0 };
  const misses: string[] = [];
  for (const g of gold.articles) {
    const article = all.find((a) => a.file === g.file && a.line === g.line);
    if (!article) throw new Error(`enrich-gold.json: no article at ${g.file}:${g.line}`);
    const e = enriched.get(article)!;
    const predicted = new Set(e.entities.map((x) => `${x.type}:${x.name}`));
    const expected = new Set(g.entities.map((x) => `${x.type}:${x.name}`));
    for (const p of predicted) if (expected.has(p)) ent.tp++; else { ent.fp++; misses.push(`  ${g.file.slice(0, 3)}:${g.line} entity FP ${p}`); }
    for (const x of expected) if (!predicted.has(x)) { ent.fn++; misses.push(`  ${g.file.slice(0, 3)}:${g.line} entity FN ${x}`); }
    const pending = [...e.figures];
    for (const f of g.figures) {
      const k = pending.findIndex((p) => p.unit === f.unit && Math.abs(p.value - f.value) <= Math.abs(f.value) * 1e-6);
      if (k < 0) { fig.fn++; misses.push(`  ${g.file.slice(0, 3)}:${g.line} figure FN ${f.text}`); continue; }
      const p = pending.splice(k, 1)[0];
      fig.tp++;
      const sameChange = (p.change === null && f.change === null) ||
        (p.change !== null && f.change !== null && p.change.kind === f.change.kind && p.change.value === f.change.value);
      if (sameChange) fig.changeOk++; else misses.push(`  ${g.file.slice(0, 3)}:${g.line} figure change ${f.text}: got ${JSON.stringify(p.change)}`);
    }
    for (const p of pending) { fig.fp++; misses.push(`  ${g.file.slice(0, 3)}:${g.line} figure FP ${p.text}`); }
  }
  const pr = (c: { tp: number; fp: number; fn: number }) =>
    `P ${pct(c.tp / (c.tp + c.fp))}  R ${pct(c.tp / (c.tp + c.fn))}  (tp ${c.tp}, fp ${c.fp}, fn ${c.fn})`;
  console.log(`entities (${gold.articles.length} articles): ${pr(ent)}`);
  console.log(`figures: ${pr(fig)}; change right on ${fig.changeOk}/${fig.tp} matched`);
  if (process.argv.includes('--verbose')) for (const m of misses) console.log(m);
}

const a003 = articles003();
const briefs = briefArticles();
const all = [...a003, ...briefs];
evalSections(a003);
const enriched = new Map(all.map((a) => [a, enrichArticle(a)]));
const issues = [a003, briefs.filter((a) => a.file.startsWith('000')), briefs.filter((a) => a.file.startsWith('001'))];
evalDuplicates(issues, enriched);
evalEntitiesAndFigures(all, enriched);

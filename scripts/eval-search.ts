/**
 * Ranking quality on the samples: imports samples/*.txt through the real pipeline into a temporary store, runs
 * the judged queries of testdata/search-judgements.json and prints nDCG@10 per query and the mean (target ≥ 0.9).
 * Judged articles are found by title (whitespace ignored), so the figure also reflects how well the parser
 * splits articles: a judged title that no stored article has is reported and counts as never found.
 *
 *   npm run eval:search [-- --judgements FILE] [-- FILE.txt ...]
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importFile } from '../src/pipeline/import-file.js';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js';

interface Judgements {
  queries: { query: string; relevant: string[] }[];
}

const K = 10;
const args = process.argv.slice(2);
const j = args.indexOf('--judgements');
const judgementsFile = j >= 0 ? args.splice(j, 2)[1] : 'testdata/search-judgements.json';
const files = args.length ? args : readdirSync('samples').filter((f) => f.endsWith('.txt')).sort().map((f) => join('samples', f));
const { queries } = JSON.parse(readFileSync(judgementsFile, 'utf8')) as Judgements;

const squash = (s: string) => s.replace(/\s+/g, '');
/** A stored title is the judged one when equal without whitespace (a parser may space it differently). */
const sameTitle = (stored: string, judged: string) => squash(stored) === squash(judged);

const dir = mkdtempSync(join(tmpdir(), 'jianbao-eval-search-'));
const store = openSqliteStore(join(dir, 'eval.db'));
try {
  let articles = 0;
  for (const f of files) articles += (await importFile(f, store)).articles;
  const stored = (await store.listArticles()).map((a) => a.title);
  console.log(`${files.length} files, ${articles} articles stored; ${queries.length} judged queries\n`);

  const scores: number[] = [];
  const missing: string[] = [];
  for (const { query, relevant } of queries) {
    for (const t of relevant) if (!stored.some((s) => sameTitle(s, t))) missing.push(t);
    const { hits } = await store.search({ query, limit: K });
    const gains = hits.map((h) => (relevant.some((t) => sameTitle(h.title, t)) ? 1 : 0));
    const dcg = gains.reduce((sum: number, g, i) => sum + g / Math.log2(i + 2), 0);
    const ideal = relevant.slice(0, K).reduce((sum: number, _, i) => sum + 1 / Math.log2(i + 2), 0);
    const ndcg = dcg / ideal;
    scores.push(ndcg);
    const top = hits[0] ? hits[0].title : '(no hit)';
    console.log(`${ndcg.toFixed(3)}  ${query.padEnd(24)} top: ${top}`);
  }
  const mean = scores.reduce((a, b) => a + b, 0) / scores.length;
  console.log(`\nmean nDCG@${K}: ${mean.toFixed(3)} over ${scores.length} queries (target ≥ 0.9)`);
  if (missing.length) {
    console.log(`${missing.length} judged titles are not among the stored articles (parser output): ${[...new Set(missing)].slice(0, 5).join(' | ')}${missing.length > 5 ? ' …' : ''}`);
  }
} finally {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}

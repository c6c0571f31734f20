/**
 * Ranking quality on the samples: imports samples/*.txt through the real pipeline into a temporary store, runs
 * the judged queries of testdata/search-judgements.json and prints nDCG@10 per query and the mean (target ≥ 0.9),
 * on the embedded SQLite store and, when a PostgreSQL server is given, on PostgreSQL too.
 * Judged articles are found by title (whitespace ignored), so the figure also reflects how well the parser
 * splits articles: a judged title that no stored article has is reported and counts as never found.
 *
 *   npm run eval:search [-- --judgements FILE] [-- FILE.txt ...]
 *   npm run eval:search -- --pg postgres://user:pw@host:port/postgres     also on PostgreSQL
 *
 * The PostgreSQL server is the one of `--pg URL`, else of JIANBAO_TEST_PG (as `.ci/with-postgres` sets it): the
 * URL's role must be allowed to create databases; the script works in a new scratch database and drops it after.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importFile } from '../src/pipeline/import-file.js';
import { createPool } from '../src/store/postgres/connection.js';
import { openPostgresStore } from '../src/store/postgres/postgres-store.js';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js';
import type { SearchStore } from '../src/store/types.js';

interface Judgements {
  queries: { query: string; relevant: string[] }[];
}

const K = 10;
const args = process.argv.slice(2);
const option = (name: string) => {
  const k = args.indexOf(name);
  return k >= 0 ? args.splice(k, 2)[1] : undefined;
};
const judgementsFile = option('--judgements') ?? 'testdata/search-judgements.json';
const pgUrl = option('--pg') ?? process.env.JIANBAO_TEST_PG;
const files = args.length ? args : readdirSync('samples').filter((f) => f.endsWith('.txt')).sort().map((f) => join('samples', f));
const { queries } = JSON.parse(readFileSync(judgementsFile, 'utf8')) as Judgements;

const squash = (s: string) => s.replace(/\s+/g, '');
/** A stored title is the judged one when equal without whitespace (a parser may space it differently). */
const sameTitle = (stored: string, judged: string) => squash(stored) === squash(judged);

/** Imports the files into the store, runs the judged queries, prints per-query nDCG@K; returns the mean. */
async function evaluate(store: SearchStore, backend: string): Promise<number> {
  let articles = 0;
  for (const f of files) articles += (await importFile(f, store)).articles;
  const stored = (await store.listArticles()).map((a) => a.title);
  console.log(`\n== ${backend}: ${files.length} files, ${articles} articles stored; ${queries.length} judged queries\n`);

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
  console.log(`\n${backend}: mean nDCG@${K}: ${mean.toFixed(3)} over ${scores.length} queries (target ≥ 0.9)`);
  if (missing.length) {
    console.log(`${missing.length} judged titles are not among the stored articles (parser output): ${[...new Set(missing)].slice(0, 5).join(' | ')}${missing.length > 5 ? ' …' : ''}`);
  }
  return mean;
}

const dir = mkdtempSync(join(tmpdir(), 'jianbao-eval-search-'));
try {
  const store = openSqliteStore(join(dir, 'eval.db'));
  try {
    await evaluate(store, 'SQLite');
  } finally {
    await store.close();
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

if (pgUrl) {
  const admin = createPool(pgUrl);
  const db = `jianbao_eval_${process.pid}`;
  await admin.query(`CREATE DATABASE ${db}`);
  try {
    const url = new URL(pgUrl);
    url.pathname = `/${db}`;
    const store = await openPostgresStore(url.toString());
    try {
      await evaluate(store, 'PostgreSQL');
    } finally {
      await store.close();
    }
  } finally {
    await admin.query(`DROP DATABASE ${db} WITH (FORCE)`);
    await admin.end();
  }
} else {
  console.log('\nPostgreSQL: not measured (give --pg URL or JIANBAO_TEST_PG)');
}

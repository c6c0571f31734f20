/**
 * Ranking quality of archive search on judged queries, on material the search was and was not built from:
 *
 * - samples: samples/*.txt imported through the real pipeline, the judged queries of
 *   testdata/search-judgements.json (binary relevance; judged articles are found by title, whitespace ignored,
 *   so the figure also reflects how well the parser splits articles);
 * - unseen: testdata/search-unseen/archive-*.json (64 articles of other publications written for this, imported
 *   as bulletins) with the graded queries of testdata/search-unseen/judgements.json, split into `dev` (may be looked
 *   at while tuning) and `heldout` (only measured);
 * - unseen2: testdata/search-unseen2/ in the same shape (69 articles of three more publications, 44 graded queries),
 *   written after the search was tuned on the first, before any change made for it;
 * - unseen3: testdata/search-unseen3/ in the same shape (66 articles of three more publications, 47 graded queries),
 *   written after the second, before any change made for it, where compounds are written apart, reordered or cut;
 * - unseen4: testdata/search-unseen4/ in the same shape (61 articles of three more publications, 47 graded queries),
 *   written after the third, before any change made for it, where products carry English and Chinese names and terms
 *   stand beside their formal synonyms.
 *
 * For each set it prints nDCG@10 per query and the mean, for our search and for a plain substring count with a
 * title boost (src/eval/search-metrics.ts) in the same run, and on the unseen archive whether every name of every
 * organisation of the entity lexicon it mentions finds all the articles naming that organisation by any name.
 * Runs on the embedded SQLite store and, when a PostgreSQL server is given, on PostgreSQL too; it then prints how many
 * queries give the same first 10 hits in the same order on both backends: the judged ones, and queries made from the
 * titles of a synthetic archive of 1,500 articles.
 *
 *   npm run eval:search [-- --judgements FILE] [-- FILE.txt ...]
 *   npm run eval:search -- --pg postgres://user:pw@host:port/postgres     also on PostgreSQL
 *
 * The PostgreSQL server is the one of `--pg URL`, else of JIANBAO_TEST_PG (as `.ci/with-postgres` sets it): the
 * URL's role must be allowed to create databases; the script works in new scratch databases and drops them after.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importJudgedArchive, plainArticles, readJudged, type Judged, type JudgedPart } from '../src/eval/judged-archive.js';
import { ndcgAt, substringBaseline, squash, type PlainArticle } from '../src/eval/search-metrics.js';
import { importFile } from '../src/pipeline/import-file.js';
import { sharedAliases } from '../src/search/aliases.js';
import { readSampleTexts } from '../src/search/generate-archive.js';
import { materialFromTexts, syntheticIssues } from '../src/search/synthetic-archive.js';
import { orgData } from '../src/enrich/data.js';
import { createPool } from '../src/store/postgres/connection.js';
import { openPostgresStore } from '../src/store/postgres/postgres-store.js';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js';
import type { Store } from '../src/store/types.js';

const K = 10;
/** The unseen archives, each with its judged queries: the set's name in the report and its folder. */
const UNSEEN_SETS = [
  { name: 'unseen', dir: 'testdata/search-unseen' },
  { name: 'unseen2', dir: 'testdata/search-unseen2' },
  { name: 'unseen3', dir: 'testdata/search-unseen3' },
  { name: 'unseen4', dir: 'testdata/search-unseen4' },
];
const args = process.argv.slice(2);
const option = (name: string) => {
  const k = args.indexOf(name);
  return k >= 0 ? args.splice(k, 2)[1] : undefined;
};
const judgementsFile = option('--judgements') ?? 'testdata/search-judgements.json';
const pgUrl = option('--pg') ?? process.env.JIANBAO_TEST_PG;
const files = args.length ? args : readdirSync('samples').filter((f) => f.endsWith('.txt')).sort().map((f) => join('samples', f));

const sampleQueries: Judged[] = (JSON.parse(readFileSync(judgementsFile, 'utf8')) as { queries: { query: string; relevant: string[] }[] }).queries.map(
  (q) => ({ query: q.query, grades: Object.fromEntries(q.relevant.map((t) => [t, 1])) }),
);
const PART_LABEL: Record<JudgedPart, string> = { dev: 'dev', heldout: 'held-out' };
const unseenSets = UNSEEN_SETS.map(({ name, dir }) => ({ name, dir, parts: readJudged(dir) }));

/** Mean nDCG@K of our search and of the baseline over judged queries, printing each query. */
async function score(store: Store, plain: PlainArticle[], queries: Judged[], label: string, tops: Map<string, string[]>): Promise<{ ours: number; base: number }> {
  let [ours, base] = [0, 0];
  console.log(`\n-- ${label}: ${queries.length} queries (nDCG@${K}: ours / substring baseline)`);
  for (const { query, grades } of queries) {
    const { hits } = await store.search.search({ query, limit: K, facets: false });
    const o = ndcgAt(K, hits.map((h) => h.title), grades);
    const b = ndcgAt(K, substringBaseline(query, plain).map((a) => a.title), grades);
    [ours, base] = [ours + o, base + b];
    tops.set(`${label}: ${query}`, hits.map((h) => h.title));
    console.log(`${o.toFixed(3)} ${b.toFixed(3)}  ${query.padEnd(16)} top: ${hits[0]?.title ?? '(no hit)'}`);
  }
  return { ours: ours / queries.length, base: base / queries.length };
}

/**
 * True when the text names the organisation by this name: a Latin name as a word of its own (Intel is not in Apple
 * Intelligence, NEC not in FastConnect), a Chinese one wherever its characters are.
 */
function mentions(text: string, name: string): boolean {
  const [t, n] = [text.toLowerCase(), name.toLowerCase()];
  if (/\p{Script=Han}/u.test(n)) return t.includes(n);
  for (let k = t.indexOf(n); k >= 0; k = t.indexOf(n, k + 1)) {
    if (!/[a-z0-9]/.test(t[k - 1] ?? '') && !/[a-z0-9]/.test(t[k + n.length] ?? '')) return true;
  }
  return false;
}

/**
 * Every name of every organisation of the lexicon that the archive mentions by some name: does searching it find
 * every article holding any of the names? Returns the names checked and those missing articles.
 */
async function aliasCheck(store: Store, plain: PlainArticle[]): Promise<{ checked: number; failed: string[] }> {
  const aliases = sharedAliases();
  let checked = 0;
  const failed: string[] = [];
  for (const org of orgData()) {
    const names = aliases.namesOf(org.name);
    const holding = plain.filter((a) => names.some((n) => mentions(`${a.title}\n${a.body}`, n))).map((a) => a.title);
    if (!holding.length) continue;
    for (const name of names) {
      checked++;
      const found = new Set((await store.search.search({ query: `"${name}"`, limit: 1000, facets: false })).hits.map((h) => h.title));
      const missing = holding.filter((t) => !found.has(t));
      if (missing.length) failed.push(`${name}: misses ${missing.length} of ${holding.length} (${missing[0]})`);
    }
  }
  return { checked, failed };
}

interface Figures {
  samples: { ours: number; base: number };
  /** Per unseen set, its parts' means and its entity-name check. */
  unseen: { name: string; dev: { ours: number; base: number }; heldout: { ours: number; base: number }; alias: { checked: number; failed: string[] } }[];
  /** Per set and query, the titles of the first K hits in order (to compare the backends' rankings). */
  tops: Map<string, string[]>;
}

/** Runs every set on a backend; `open` gives a fresh store per set. */
async function evaluate(open: (name: string) => Promise<Store>, backend: string): Promise<Figures> {
  const samples = await open('samples');
  const tops = new Map<string, string[]>();
  let figures: Figures;
  try {
    let articles = 0;
    for (const f of files) articles += (await importFile(f, samples)).articles;
    console.log(`\n== ${backend}: samples (${files.length} files, ${articles} articles)`);
    const stored = (await samples.articles.list()).map((a) => squash(a.title));
    const missing = [...new Set(sampleQueries.flatMap((q) => Object.keys(q.grades)).filter((t) => !stored.includes(squash(t))))];
    if (missing.length) console.log(`${missing.length} judged titles are not among the stored articles (parser output): ${missing.slice(0, 5).join(' | ')}`);
    const s = await score(samples, await plainArticles(samples), sampleQueries, 'samples', tops);
    figures = { samples: s, unseen: [], tops };
  } finally {
    await samples.close();
  }
  for (const set of unseenSets) {
    const store = await open(set.name);
    try {
      const n = await importJudgedArchive(store, set.dir);
      console.log(`\n== ${backend}: ${set.name} archive (${n} articles, ${set.dir})`);
      const plain = await plainArticles(store);
      const dev = await score(store, plain, set.parts.dev, `${set.name} dev`, tops);
      const heldout = await score(store, plain, set.parts.heldout, `${set.name} held-out`, tops);
      figures.unseen.push({ name: set.name, dev, heldout, alias: await aliasCheck(store, plain) });
    } finally {
      await store.close();
    }
  }
  return figures;
}

function report(backend: string, f: Figures): void {
  const row = (name: string, x: { ours: number; base: number }, n: number) =>
    `${name.padEnd(18)} ${String(n).padStart(7)}  ${x.ours.toFixed(3)}   ${x.base.toFixed(3)}`;
  console.log(`\n${backend}: mean nDCG@${K}`);
  console.log(`${'set'.padEnd(18)} queries  search  substring baseline`);
  console.log(row('samples (seen)', f.samples, sampleQueries.length));
  for (const [k, u] of f.unseen.entries()) {
    for (const p of ['dev', 'heldout'] as const) console.log(row(`${u.name} ${PART_LABEL[p]}`, u[p], unseenSets[k].parts[p].length));
  }
  for (const u of f.unseen) {
    console.log(`entity names (${u.name}): ${u.alias.checked - u.alias.failed.length} of ${u.alias.checked} find every article naming their organisation by any name`);
    for (const line of u.alias.failed) console.log(`  ${line}`);
  }
}

/** Articles of the synthetic archive on which the backends' rankings are compared (no judgements: order only). */
const SYNTHETIC_ARTICLES = 1_500;

/**
 * Queries made from the synthetic archive's own titles, none chosen by hand: from every 30th article's title its
 * first run of Chinese, cut to 2 and to 4 characters; and pairs of consecutive such runs, as two terms and as OR.
 */
function syntheticQueries(titles: string[]): string[] {
  const runs = titles.filter((_, i) => i % 30 === 0).map((t) => t.match(/\p{Script=Han}{2,}/u)?.[0]).filter((r): r is string => !!r);
  const out = runs.flatMap((r) => [r.slice(0, 2), r.slice(0, 4)]);
  for (let i = 1; i < runs.length; i += 2) out.push(`${runs[i - 1].slice(0, 3)} ${runs[i].slice(0, 2)}`, `${runs[i - 1].slice(0, 2)} OR ${runs[i].slice(0, 3)}`);
  return [...new Set(out)];
}

/**
 * A synthetic archive (six years, seed 13) on both backends: how many of the queries syntheticQueries makes give the
 * same first K article ids in the same order.
 */
async function compareSynthetic(openPg: (name: string) => Promise<Store>): Promise<void> {
  const material = materialFromTexts(readSampleTexts('samples'));
  const sqliteDir = mkdtempSync(join(tmpdir(), 'jianbao-eval-search-'));
  const stores = [openSqliteStore(join(sqliteDir, 'synthetic.db')), await openPg('synthetic')];
  try {
    for (const i of syntheticIssues(material, { articles: SYNTHETIC_ARTICLES, seed: 13 })) for (const st of stores) await st.issues.import(i.source, i.bulletin);
    const list = syntheticQueries((await stores[0].articles.list()).map((a) => a.title));
    const differ: string[] = [];
    for (const query of list) {
      const [a, b] = await Promise.all(stores.map(async (st) => (await st.search.search({ query, limit: K, facets: false })).hits.map((h) => h.id)));
      if (JSON.stringify(a) !== JSON.stringify(b)) differ.push(query);
    }
    console.log(`synthetic archive  ${list.length - differ.length} of ${list.length}${differ.length ? `  (differ: ${differ.join(', ')})` : ''} (${SYNTHETIC_ARTICLES} articles, queries from its titles)`);
  } finally {
    for (const st of stores) await st.close();
    rmSync(sqliteDir, { recursive: true, force: true });
  }
}

/** How many judged queries of each set give the same first K titles in the same order on both backends. */
function compareTops(a: Map<string, string[]>, b: Map<string, string[]>): void {
  console.log(`\nSame first ${K} hits in the same order on SQLite and PostgreSQL:`);
  for (const set of ['samples', ...unseenSets.flatMap((u) => [`${u.name} dev`, `${u.name} held-out`])]) {
    const keys = [...a.keys()].filter((key) => key.startsWith(`${set}: `));
    const differ = keys.filter((key) => JSON.stringify(a.get(key)) !== JSON.stringify(b.get(key)));
    console.log(`${set.padEnd(18)} ${keys.length - differ.length} of ${keys.length}${differ.length ? `  (differ: ${differ.map((key) => key.slice(set.length + 2)).join(', ')})` : ''}`);
  }
}

const dir = mkdtempSync(join(tmpdir(), 'jianbao-eval-search-'));
let sqlite: Figures;
try {
  sqlite = await evaluate(async (name) => openSqliteStore(join(dir, `${name}.db`)), 'SQLite');
  report('SQLite', sqlite);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

if (pgUrl) {
  const admin = createPool(pgUrl);
  const made: string[] = [];
  try {
    const openPg = async (name: string) => {
      const db = `jianbao_eval_${name}_${process.pid}`;
      await admin.query(`CREATE DATABASE ${db}`);
      made.push(db);
      const url = new URL(pgUrl);
      url.pathname = `/${db}`;
      return openPostgresStore(url.toString());
    };
    const figures = await evaluate(openPg, 'PostgreSQL');
    report('PostgreSQL', figures);
    compareTops(sqlite.tops, figures.tops);
    await compareSynthetic(openPg);
  } finally {
    for (const db of made) await admin.query(`DROP DATABASE ${db} WITH (FORCE)`);
    await admin.end();
  }
} else {
  console.log('\nPostgreSQL: not measured (give --pg URL or JIANBAO_TEST_PG)');
}

/**
 * Archive search speed on the embedded store, next to a plain `LIKE '%…%'` scan of the same archive answering
 * the same queries (measured in the same run): index build rate (articles/s) and query latency p50/p95, at
 * 100k and 1M synthetic articles, for the standard query set and, apart, for partial matches and entity filters by
 * a name the lexicon does not know. Targets: ≥ 1,000 articles/s indexing; p95 ≤ 50 ms at 1M articles.
 * Wall times on a shared machine include waiting for a CPU, so CPU times are printed next to them.
 *
 *   npm run bench:search                       100k then 1M (builds both: the 1M archive takes a while)
 *   npm run bench:search -- --sizes 20000      other sizes
 *   npm run bench:search -- --pg URL           also PostgreSQL at 100k, in a scratch database on the server at URL
 *                                              (a role that may create databases; default JIANBAO_TEST_PG, e.g. under
 *                                              `bash .ci/with-postgres npm run bench:search`)
 *   npm run bench:search -- --keep DIR         keep the archives in DIR and reuse them on the next run
 *                                              (a reused archive has no build rate)
 *   npm run bench:search -- --scan-runs N      LIKE scans per query (default 3, 1 from 500k articles; 0: none)
 *   npm run bench:search -- --keep DIR --read-only
 *                                              search the kept archives without writing to them (an archive shared
 *                                              with others: no build, no migration; the store's search alone)
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openJianbao, resolveConfig, type Actor } from '../src/core/index.js';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { parseQuery, type QueryTerm } from '../src/search/query.js';
import { benchSearchPostgres } from './bench-search-pg.js';
import { BENCH_LEARNED_AND_PARTS, BENCH_PARTIAL_AND_ENTITY, BENCH_QUERIES } from './bench-search-queries.js';

const RUNS = 7;
/** The sets timed apart: the standard mix, whose figures the docs follow, and the kinds added since its 1M run. */
const QUERY_SETS: [string, readonly string[]][] = [
  ['standard query set', BENCH_QUERIES],
  ['partial matches and entity filters by a name the lexicon does not know', BENCH_PARTIAL_AND_ENTITY],
  ['learned aliases and one-term queries by their parts', BENCH_LEARNED_AND_PARTS],
];
/** The bench fills and reads its own scratch archives. */
const ACTOR: Actor = { id: 'bench', role: 'admin' };
/** The page size of the store's own default, so figures stay comparable with earlier runs. */
const PAGE = 20;
/** The scan reads every article's text: fewer runs on big archives (printed with the figures). */
const baselineRuns = (size: number) => (size >= 500_000 ? 1 : 3);

const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const sizes = (option('--sizes') ?? '100000,1000000').split(',').map(Number);
const keep = option('--keep');
const readOnly = args.includes('--read-only');
if (readOnly && !keep) {
  console.error('bench:search: --read-only needs --keep DIR (the archives to read)');
  process.exit(1);
}
const dir = keep ?? mkdtempSync(join(tmpdir(), 'jianbao-bench-search-'));
mkdirSync(dir, { recursive: true });
console.log(`node ${process.version}, load average at start ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
try {
  for (const size of sizes) await benchSize(size);
  const pg = option('--pg') ?? process.env.JIANBAO_TEST_PG;
  if (pg) await benchSearchPostgres(pg, Number(option('--pg-size') ?? 100_000));
  else console.log('\nPostgreSQL: not measured (give --pg URL or run under bash .ci/with-postgres)');
} finally {
  if (!keep) rmSync(dir, { recursive: true, force: true });
}

/** How many articles the archive at `file` holds. */
function countArticles(file: string): number {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
  } finally {
    db.close();
  }
}

async function benchSize(size: number): Promise<void> {
  const file = join(dir, `archive-${size}.db`);
  console.log(`\n== ${size.toLocaleString('en')} synthetic articles (${file})`);
  const reuse = keep && existsSync(file);
  // Read-only: the store's search as the search service calls it, on a connection that cannot write.
  const store = readOnly ? openSqliteStore(file, { readOnly }) : null;
  const jianbao = store ? null : await openJianbao(resolveConfig({ flags: { store: file } }));
  const search = (query: string, facets = true) =>
    store ? store.search.search({ query, filters: {}, facets, limit: PAGE, offset: 0, marks: 'terminal' }) : jianbao!.search.search(ACTOR, { query, facets, limit: PAGE });
  if (reuse) console.log(`index build: not measured (archive reused from --keep${readOnly ? ', opened read-only' : ''})`);
  else {
    // Not read-only here: openSqliteStore refuses a missing archive read-only.
    const built = await jianbao!.bench.generate(ACTOR, { articles: size, samples: 'samples', seed: 1 }, (l) => console.log(l));
    console.log(
      `index build: ${Math.round(built.articles / built.seconds)} articles/s wall, ${Math.round(built.articles / built.cpuSeconds)} per CPU second` +
        `${built.writerCpuSeconds ? `, ${Math.round(built.articles / built.writerCpuSeconds)} per CPU second of the writer thread` : ''} ` +
        `(import + segment + FTS + tags/entities, ${built.seconds.toFixed(0)} s wall)`,
    );
  }
  console.log(`store file: ${(statSync(file).size / 1e9).toFixed(2)} GB; load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  // A kept archive may be one whose build was stopped: the figures are for what it holds, and say so.
  const held = countArticles(file);
  if (held !== size) console.log(`the archive holds ${held.toLocaleString('en')} articles, not ${size.toLocaleString('en')}: the figures below are for ${held.toLocaleString('en')}`);

  const t = performance.now();
  await search(BENCH_QUERIES[0], false);
  console.log(`first search (reads the facet columns, the segmenter's dictionary and the query's postings): ${(performance.now() - t).toFixed(0)} ms`);

  const runs = args.includes('--scan-runs') ? Number(option('--scan-runs')) : baselineRuns(size);
  const db = new Database(file, { readonly: true });
  try {
    for (const [name, queries] of QUERY_SETS) await measureSet(name, queries, search, db, runs, held);
  } finally {
    db.close();
    await (store ?? jianbao!).close();
  }
}

/**
 * Times one set of queries on the archive (`search` with and without facets) and the LIKE scan answering them
 * (`runs` scans per query), prints a row per query and the set's percentiles.
 */
async function measureSet(
  name: string,
  queries: readonly string[],
  search: (query: string, facets?: boolean) => Promise<{ total: number; partial?: number }>,
  db: Database.Database,
  runs: number,
  held: number,
): Promise<void> {
  const wall: number[] = [];
  const firstSight: number[] = [];
  const firstSightCpu: number[] = [];
  const cpu: number[] = [];
  const pageOnly: number[] = [];
  const like: number[] = [];
  console.log(`\n${name}`);
  console.log(
    `${'query'.padEnd(30)} ${'hits'.padStart(7)} ${'first'.padStart(7)} ${'p50 ms'.padStart(7)} ${'max ms'.padStart(7)} ${'cpu ms'.padStart(7)} ` +
      `${'no facets'.padStart(9)} ${'LIKE ms'.padStart(8)} ${'×'.padStart(6)}`,
  );
  for (const q of queries) {
    // First sight: the query's phrases are read from FTS5 (unless an earlier query of the set read them).
    const c0 = process.cpuUsage();
    let t = performance.now();
    await search(q);
    firstSight.push(performance.now() - t);
    const used0 = process.cpuUsage(c0);
    firstSightCpu.push((used0.user + used0.system) / 1000);
    const times: number[] = [];
    const cpuTimes: number[] = [];
    let found: { total: number; partial?: number } = { total: 0 };
    for (let r = 0; r < RUNS; r++) {
      const c = process.cpuUsage();
      t = performance.now();
      found = await search(q);
      times.push(performance.now() - t);
      const used = process.cpuUsage(c);
      cpuTimes.push((used.user + used.system) / 1000);
    }
    const bare: number[] = [];
    for (let r = 0; r < RUNS; r++) {
      t = performance.now();
      await search(q, false);
      bare.push(performance.now() - t);
    }
    const { sql, params } = likeQuery(q);
    const scan = db.prepare(sql);
    const likeTimes: number[] = [];
    let likeTotal = Number.NaN;
    for (let r = 0; r < runs; r++) {
      t = performance.now();
      likeTotal = (scan.get(params) as { n: number }).n;
      likeTimes.push(performance.now() - t);
    }
    wall.push(...times);
    cpu.push(...cpuTimes);
    pageOnly.push(...bare);
    like.push(...likeTimes);
    // Articles holding all terms but one follow the full matches when these are few (src/search/partial-matches.ts).
    const hits = found.partial ? `${found.total}+${found.partial}` : String(found.total);
    console.log(
      `${q.padEnd(30)} ${hits.padStart(7)} ${firstSight[firstSight.length - 1].toFixed(1).padStart(7)} ${pct(times, 50).toFixed(1).padStart(7)} ${Math.max(...times).toFixed(1).padStart(7)} ` +
        `${pct(cpuTimes, 50).toFixed(1).padStart(7)} ${pct(bare, 50).toFixed(1).padStart(9)} ` +
        (runs ? `${pct(likeTimes, 50).toFixed(0).padStart(8)} ${(pct(likeTimes, 50) / pct(times, 50)).toFixed(0).padStart(6)}   (LIKE finds ${likeTotal})` : `${'—'.padStart(8)} ${'—'.padStart(6)}`),
    );
  }
  const [p50, p95, l50, l95] = [pct(wall, 50), pct(wall, 95), pct(like, 50), pct(like, 95)];
  console.log(`-- ${name}: ${held.toLocaleString('en')} articles, ${queries.length} queries × ${RUNS} runs; load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  console.log(`search (ranked page + snippets + exact facets): p50 ${p50.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms wall; CPU p50 ${pct(cpu, 50).toFixed(1)} ms, p95 ${pct(cpu, 95).toFixed(1)} ms`);
  console.log(`first sight of each query (its new phrases read from FTS5): p50 ${pct(firstSight, 50).toFixed(1)} ms, p95 ${pct(firstSight, 95).toFixed(1)} ms wall; CPU p50 ${pct(firstSightCpu, 50).toFixed(1)} ms, p95 ${pct(firstSightCpu, 95).toFixed(1)} ms`);
  console.log(`search without facets (ranked page + total):   p50 ${pct(pageOnly, 50).toFixed(1)} ms, p95 ${pct(pageOnly, 95).toFixed(1)} ms wall`);
  if (!runs) {
    console.log('LIKE scan baseline: not measured (--scan-runs 0)');
    return;
  }
  console.log(`LIKE scan baseline (count only, ${runs} run${runs > 1 ? 's' : ''} per query): p50 ${l50.toFixed(0)} ms, p95 ${l95.toFixed(0)} ms wall`);
  console.log(`ratio LIKE / search: p50 ${(l50 / p50).toFixed(1)}×, p95 ${(l95 / p95).toFixed(1)}×`);
}

/** Percentile of a list of milliseconds (nearest rank). */
function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
}

/** The same query as a substring scan: each word a LIKE on title or body, phrases without their spaces, entities by name. */
function likeQuery(q: string): { sql: string; params: Record<string, string> } {
  const parsed = parseQuery(q);
  const params: Record<string, string> = {};
  let k = 0;
  const term = (t: QueryTerm): string => {
    const words = t.phrase ? [t.text.replace(/\s+/g, '')] : t.text.split(/\s+/);
    return words
      .map((w) => {
        params[`p${k}`] = `%${w}%`;
        return `(a.title LIKE @p${k} OR a.body LIKE @p${k++})`;
      })
      .join(' AND ');
  };
  const where = parsed.groups.map((g) => `(${g.map(term).join(' OR ')})`);
  for (const t of parsed.excluded) where.push(`NOT (${term(t)})`);
  const f = parsed.filters;
  if (f.from) where.push(`i.issue_date >= '${f.from}'`);
  if (f.to) where.push(`i.issue_date <= '${f.to}'`);
  for (const s of f.sources ?? []) {
    params[`s${k}`] = s;
    where.push(`i.publication = @s${k++}`);
  }
  // An entity filter, as a scan can answer it: the articles printing the name.
  for (const e of f.entities ?? []) {
    params[`e${k}`] = `%${e}%`;
    where.push(`(a.title LIKE @e${k} OR a.body LIKE @e${k++})`);
  }
  return {
    sql: `SELECT count(*) AS n FROM articles a JOIN issues i ON i.id = a.issue_id WHERE ${where.join(' AND ') || '1'}`,
    params,
  };
}

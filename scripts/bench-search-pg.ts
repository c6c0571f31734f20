/**
 * Archive search speed on PostgreSQL, next to a plain `ILIKE '%…%'` scan of the same archive answering the same
 * queries (measured in the same run): index build rate (articles/s, through store.issues.import as real imports),
 * then query latency p50/p95 for the fixed query set of scripts/bench-search-queries.ts.
 *
 *   npx tsx scripts/bench-search-pg.ts --pg postgres://user:pw@host:port/postgres [--sizes 100000]
 *   bash .ci/with-postgres npx tsx scripts/bench-search-pg.ts          (a throwaway server; URL from JIANBAO_TEST_PG)
 *   npx tsx scripts/bench-search-pg.ts --pg URL --sizes 1000000 --keep  (database jianbao_bench_kept_1000000 kept,
 *                                                                          and measured without a build when it exists)
 *   npx tsx scripts/bench-search-pg.ts --pg URL --keep --set partial    (the partial matches and unknown-name filters
 *                                                                          of bench-search-queries.ts; `learned`: its third set)
 *
 * The URL's role must be allowed to create databases: each size is built in a new scratch database, dropped after.
 * scripts/bench-search.ts calls benchSearchPostgres for its PostgreSQL rows.
 */
import { spawn } from 'node:child_process';
import { loadavg } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { openJianbao, resolveConfig, type Actor } from '../src/core/index.js';
import { readSampleTexts } from '../src/search/generate-archive.js';
import { parseQuery, type QueryTerm } from '../src/search/query.js';
import { materialFromTexts, syntheticIssues } from '../src/search/synthetic-archive.js';
import { openStore } from '../src/store/open.js';
import { createPool } from '../src/store/postgres/connection.js';
import { BENCH_LEARNED_AND_PARTS, BENCH_PARTIAL_AND_ENTITY, BENCH_QUERIES } from './bench-search-queries.js';

const cli = process.argv.slice(2);
const flag = (name: string) => (cli.includes(name) ? cli[cli.indexOf(name) + 1] : undefined);
/** Runs per query with and without facets (`--runs`), and of the ILIKE scan (`--scan-runs`, 0 to skip it at 1M). */
const RUNS = Number(flag('--runs') ?? 7);
const BASELINE_RUNS = Number(flag('--scan-runs') ?? 2);

/** What one size measured. */
export interface PostgresBenchFigures {
  articles: number;
  /** Index build rate: articles/s wall time, and per CPU second of this process (segmenting is done here). */
  buildPerSecond: number;
  buildPerCpuSecond: number;
  /** Search with ranked page, snippets and all facets; without facets; the ILIKE scan (count only). Milliseconds. */
  search: { p50: number; p95: number };
  searchNoFacets: { p50: number; p95: number };
  scan: { p50: number; p95: number };
}

/**
 * Builds a synthetic archive of `size` articles in a scratch database on the server at `adminUrl`, measures it,
 * prints the figures through `log` and returns them; the database is dropped afterwards unless `keep`.
 */
export async function benchSearchPostgres(
  adminUrl: string,
  size: number,
  log: (line: string) => void = console.log,
  queries: readonly string[] = BENCH_QUERIES,
  keep = false,
  loaders = 1,
): Promise<PostgresBenchFigures> {
  const admin = createPool(adminUrl);
  // A kept archive is built once under a fixed name and measured again by later runs (a 1M build takes hours).
  const db = keep ? `jianbao_bench_kept_${size}` : `jianbao_bench_${process.pid}_${size}`;
  const exists = (await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [db])).rowCount! > 0;
  if (!exists) await admin.query(`CREATE DATABASE ${db}`);
  const reused = keep && exists;
  try {
    const url = new URL(adminUrl);
    url.pathname = `/${db}`;
    const setting = async (name: string) => (await admin.query<{ v: string }>(`SELECT current_setting($1) AS v`, [name])).rows[0].v;
    // Latency depends on whether the vectors fit in the server's cache: say how it is set.
    log(
      `\n== PostgreSQL ${await setting('server_version')}, ${size.toLocaleString('en')} synthetic articles (database ${db}; ` +
        `shared_buffers ${await setting('shared_buffers')}, work_mem ${await setting('work_mem')}, fsync ${await setting('fsync')})`,
    );
    const jianbao = await openJianbao(resolveConfig({ flags: { store: url.toString() } }));
    const actor: Actor = { id: 'bench', role: 'admin' };
    // The page size of the store's own default, so figures stay comparable with earlier runs.
    const find = (query: string, facets = true) => jianbao.search.search(actor, { query, facets, limit: 20 });
    const pool = createPool(url.toString());
    try {
      const built = reused
        ? { articles: Number((await pool.query<{ n: string }>('SELECT count(*) AS n FROM search_docs')).rows[0].n), seconds: NaN, cpuSeconds: NaN }
        : loaders > 1
          ? await loadInParallel(pool, url.toString(), size, loaders, log)
          : await jianbao.bench.generate(actor, { articles: size, samples: 'samples', seed: 1 }, log);
      // After a bulk load: merge the GIN pending list and give the planner statistics (a kept archive had both).
      if (!reused) await pool.query('VACUUM ANALYZE');
      if (cli.includes('--build-only')) {
        log(`built ${built.articles} articles in ${built.seconds.toFixed(0)} s (${built.cpuSeconds.toFixed(0)} CPU s in the loaders); load average ${load()}`);
        return { articles: built.articles, buildPerSecond: NaN, buildPerCpuSecond: NaN, search: { p50: NaN, p95: NaN }, searchNoFacets: { p50: NaN, p95: NaN }, scan: { p50: NaN, p95: NaN } };
      }
      const buildPerSecond = built.articles / built.seconds;
      const buildPerCpuSecond = built.articles / built.cpuSeconds;
      log(
        reused
          ? `index build: not measured (database ${db} kept from an earlier run, ${built.articles} articles)`
          : `index build: ${Math.round(buildPerSecond)} articles/s wall, ${Math.round(buildPerCpuSecond)} per CPU second of this process ` +
              `(import + segment + tsvector + GIN + tags/entities, ${built.seconds.toFixed(0)} s); load average ${load()}`,
      );
      const search: number[] = [];
      const bare: number[] = [];
      const scan: number[] = [];
      log(`${'query'.padEnd(34)} ${'hits'.padStart(7)} ${'search ms'.padStart(10)} ${'no facets'.padStart(10)} ${'ILIKE ms'.padStart(9)}`);
      // A search asked again before the next commit is answered from the snapshot cache
      // (src/store/postgres/snapshot-cache.ts): a commit before each run, outside its time, makes every run a first ask.
      const commit = () => pool.query('SELECT txid_current()');
      for (const q of queries) {
        await find(q); // warm-up: caches and plans
        let total = 0;
        const withFacets = await timed(RUNS, async () => (total = (await find(q)).total), commit);
        const without = await timed(RUNS, () => find(q, false), commit);
        const { sql, params } = ilikeQuery(q);
        let scanned = 0;
        const scanTimes = BASELINE_RUNS === 0 ? [NaN] : await timed(BASELINE_RUNS, async () => (scanned = (await pool.query<{ n: number }>(sql, params)).rows[0].n));
        search.push(...withFacets);
        bare.push(...without);
        scan.push(...scanTimes);
        log(
          `${q.padEnd(34)} ${String(total).padStart(7)} ${pct(withFacets, 50).toFixed(1).padStart(10)} ${pct(without, 50).toFixed(1).padStart(10)} ` +
            `${pct(scanTimes, 50).toFixed(0).padStart(9)}   (ILIKE finds ${scanned})`,
        );
      }
      const figures: PostgresBenchFigures = {
        articles: built.articles,
        buildPerSecond,
        buildPerCpuSecond,
        search: { p50: pct(search, 50), p95: pct(search, 95) },
        searchNoFacets: { p50: pct(bare, 50), p95: pct(bare, 95) },
        scan: { p50: pct(scan, 50), p95: pct(scan, 95) },
      };
      const f = figures;
      log(`load average ${load()}`);
      log(`search (ranked page + snippets + all facets): p50 ${f.search.p50.toFixed(1)} ms, p95 ${f.search.p95.toFixed(1)} ms`);
      log(`search without facets (ranked page + total):  p50 ${f.searchNoFacets.p50.toFixed(1)} ms, p95 ${f.searchNoFacets.p95.toFixed(1)} ms`);
      log(`ILIKE scan baseline (count only):            p50 ${f.scan.p50.toFixed(0)} ms, p95 ${f.scan.p95.toFixed(0)} ms`);
      log(`ratio ILIKE / search: p50 ${(f.scan.p50 / f.search.p50).toFixed(1)}×, p95 ${(f.scan.p95 / f.search.p95).toFixed(1)}×`);
      return figures;
    } finally {
      await pool.end();
      await jianbao.close();
    }
  } finally {
    if (!keep) await admin.query(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
    await admin.end();
  }
}

/**
 * The bulk load of a big archive: the same synthetic issues as `bench gen` (seed 1), each imported by
 * store.issues.import as a real import, but shared among `loaders` processes (issue k by process k mod n), so
 * both the segmenting in JavaScript and the server's work use every core; the words-and-grams GIN index is
 * dropped during the load and built once after it (one sorted build instead of merging pending lists).
 */
async function loadInParallel(
  pool: ReturnType<typeof createPool>,
  url: string,
  size: number,
  loaders: number,
  log: (line: string) => void,
): Promise<{ articles: number; seconds: number; cpuSeconds: number }> {
  const started = performance.now();
  const gin = (await pool.query<{ def: string }>(`SELECT indexdef AS def FROM pg_indexes WHERE indexname = 'search_vectors_tsv'`)).rows[0];
  await pool.query('DROP INDEX IF EXISTS search_vectors_tsv');
  const script = fileURLToPath(import.meta.url);
  const parts = Array.from({ length: loaders }, (_, part) =>
    new Promise<number>((done, fail) => {
      const child = spawn(process.execPath, [...process.execArgv, script, '--load-part', `${part}/${loaders}`, '--pg', url, '--sizes', String(size)], {
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      let cpu = 0;
      child.stdout.on('data', (b: Buffer) => {
        for (const line of b.toString().split('\n').filter(Boolean)) {
          if (line.startsWith('cpu ')) cpu = Number(line.slice(4));
          else log(`  [${part}] ${line}`);
        }
      });
      child.on('exit', (code) => (code === 0 ? done(cpu) : fail(new Error(`loader ${part}: exit ${code}`))));
    }),
  );
  const cpuSeconds = (await Promise.all(parts)).reduce((a, b) => a + b, 0);
  const loaded = (performance.now() - started) / 1000;
  const t = performance.now();
  await pool.query(`SET maintenance_work_mem = '1GB'`);
  if (gin) await pool.query(gin.def);
  log(`  loaded in ${loaded.toFixed(0)} s; GIN index built in ${((performance.now() - t) / 1000).toFixed(0)} s`);
  const articles = Number((await pool.query<{ n: string }>('SELECT count(*) AS n FROM search_docs')).rows[0].n);
  return { articles, seconds: (performance.now() - started) / 1000, cpuSeconds };
}

/**
 * One loader process: imports every n-th issue of the synthetic archive, prints progress and its CPU seconds.
 * `limit` stops it after that many articles: the first part of a big archive (its dates at the big archive's
 * density), for scripts/bench-search-pg-replicate.ts to copy.
 */
async function loadPart(url: string, size: number, part: number, of: number, limit = Infinity): Promise<void> {
  const store = await openStore(url);
  const material = materialFromTexts(readSampleTexts('samples'));
  const started = performance.now();
  let made = 0;
  let reported = 0;
  let k = 0;
  for (const issue of syntheticIssues(material, { articles: size, seed: 1 })) {
    if (made >= limit) break;
    if (k++ % of !== part) continue;
    const r = await store.issues.import(issue.source, issue.bulletin);
    made += r.status === 'imported' ? r.articles : 0;
    if (made - reported >= 20_000) {
      reported = made;
      console.log(`${made} articles, ${Math.round(made / ((performance.now() - started) / 1000))} articles/s; load average ${load()}`);
    }
  }
  await store.close();
  const cpu = process.cpuUsage();
  console.log(`cpu ${(cpu.user + cpu.system) / 1e6}`);
}

/** The machine's load average over 1, 5 and 15 minutes: on a shared machine it says what the figures are worth. */
function load(): string {
  return loadavg().map((l) => l.toFixed(1)).join(' ');
}

/** Milliseconds of `runs` runs of `work`, one after the other, each after `before` (not timed). */
async function timed(runs: number, work: () => Promise<unknown>, before?: () => Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    await before?.();
    const t = performance.now();
    await work();
    times.push(performance.now() - t);
  }
  return times;
}

/** Percentile of a list of milliseconds (nearest rank). */
function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
}

/** The same query as a substring scan: each word an ILIKE on title or body, phrases without their spaces. */
function ilikeQuery(q: string): { sql: string; params: unknown[] } {
  const parsed = parseQuery(q);
  const params: unknown[] = [];
  const p = (v: unknown) => `$${params.push(v)}`;
  const term = (t: QueryTerm): string =>
    (t.phrase ? [t.text.replace(/\s+/g, '')] : t.text.split(/\s+/))
      .map((w) => {
        const like = p(`%${w}%`);
        return `(a.title ILIKE ${like} OR a.body ILIKE ${like})`;
      })
      .join(' AND ');
  const where = parsed.groups.map((g) => `(${g.map(term).join(' OR ')})`);
  for (const t of parsed.excluded) where.push(`NOT (${term(t)})`);
  const f = parsed.filters;
  if (f.from) where.push(`i.issue_date >= ${p(f.from)}`);
  if (f.to) where.push(`i.issue_date <= ${p(f.to)}`);
  for (const s of f.sources ?? []) where.push(`i.publication = ${p(s)}`);
  return {
    sql: `SELECT count(*) AS n FROM articles a JOIN issues i ON i.id = a.issue_id WHERE ${where.join(' AND ') || 'true'}`,
    params,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const option = (name: string) => {
    const k = args.indexOf(name);
    return k >= 0 ? args[k + 1] : undefined;
  };
  const url = option('--pg') ?? process.env.JIANBAO_TEST_PG;
  if (!url) {
    console.error('bench-search-pg: give --pg URL (a server where databases may be created) or set JIANBAO_TEST_PG');
    process.exit(1);
  }
  const keep = args.includes('--keep');
  const sizes = (option('--sizes') ?? '100000').split(',').map(Number);
  const part = option('--load-part');
  if (part) {
    const [k, n] = part.split('/').map(Number);
    await loadPart(url, sizes[0], k, n, Number(option('--limit') ?? Infinity));
  } else {
    const loaders = Number(option('--loaders') ?? 1);
    const sets: Record<string, readonly string[]> = { standard: BENCH_QUERIES, partial: BENCH_PARTIAL_AND_ENTITY, learned: BENCH_LEARNED_AND_PARTS };
    const queries = sets[option('--set') ?? 'standard'];
    if (!queries) {
      console.error(`bench-search-pg: --set is one of ${Object.keys(sets).join(', ')}`);
      process.exit(1);
    }
    for (const size of sizes) await benchSearchPostgres(url, size, console.log, queries, keep, loaders);
  }
}

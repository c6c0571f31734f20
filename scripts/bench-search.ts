/**
 * Archive search speed on the embedded store, next to a plain `LIKE '%…%'` scan of the same archive answering
 * the same queries (measured in the same run): index build rate (articles/s) and query latency p50/p95.
 * Targets: ≥ 1,000 articles/s indexing; p95 ≤ 50 ms at 1M articles.
 *
 *   npm run bench:search                 100k synthetic articles (jianbao bench gen's archive)
 *   npm run bench:search -- --full       also 1M (takes a while; the rate is printed as it goes)
 *   npm run bench:search -- --sizes 20000,50000
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { generateArchive } from '../src/cli/commands/bench.js';
import { parseQuery, type QueryTerm } from '../src/search/query.js';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js';

/** A fixed mix: single terms, compounds, phrases, OR, exclusion, filters, and combinations. */
const QUERIES = [
  '芯片',
  '数字经济',
  '动力电池',
  '"电池 回收"',
  '"人工智能"',
  '华为 OR 中兴通讯',
  '芯片 -汽车',
  '新能源 汽车 电池',
  '5G 基站',
  '芯片 from:2019-01 to:2019-06',
  '数据 source:合成刊3',
  '苹果 芯片 -英特尔 from:2020',
  '监管 OR 治理 平台',
  '"数字 经济" -疫情 to:2018',
  '光波导',
];
const RUNS = 7;
const BASELINE_RUNS = 2;

const args = process.argv.slice(2);
const sizeArg = args.indexOf('--sizes');
const sizes = sizeArg >= 0 ? args[sizeArg + 1].split(',').map(Number) : args.includes('--full') ? [100_000, 1_000_000] : [100_000];

const dir = mkdtempSync(join(tmpdir(), 'jianbao-bench-search-'));
try {
  for (const size of sizes) await benchSize(size);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

async function benchSize(size: number): Promise<void> {
  const file = join(dir, `archive-${size}.db`);
  console.log(`\n== ${size.toLocaleString('en')} synthetic articles (${file})`);
  const store = openSqliteStore(file);
  const built = await generateArchive(store, { articles: size, samples: 'samples', seed: 1, progress: (l) => console.log(l) });
  console.log(
    `index build: ${Math.round(built.articles / built.seconds)} articles/s wall, ${Math.round(built.articles / built.cpuSeconds)} per CPU second ` +
      `(import + segment + FTS + tags/entities, ${built.seconds.toFixed(0)} s)`,
  );

  const search: number[] = [];
  const pageOnly: number[] = [];
  const like: number[] = [];
  const db = new Database(file, { readonly: true });
  console.log(`${'query'.padEnd(34)} ${'hits'.padStart(7)} ${'search ms'.padStart(10)} ${'no facets'.padStart(10)} ${'LIKE ms'.padStart(9)}`);
  for (const q of QUERIES) {
    await store.search({ query: q }); // warm-up: caches and prepared statements
    const times: number[] = [];
    let total = 0;
    for (let r = 0; r < RUNS; r++) {
      const t = performance.now();
      total = (await store.search({ query: q })).total;
      times.push(performance.now() - t);
    }
    const bare: number[] = [];
    for (let r = 0; r < RUNS; r++) {
      const t = performance.now();
      await store.search({ query: q, facets: false });
      bare.push(performance.now() - t);
    }
    pageOnly.push(...bare);
    const { sql, params } = likeQuery(q);
    const scan = db.prepare(sql);
    const likeTimes: number[] = [];
    let likeTotal = 0;
    for (let r = 0; r < BASELINE_RUNS; r++) {
      const t = performance.now();
      likeTotal = (scan.get(params) as { n: number }).n;
      likeTimes.push(performance.now() - t);
    }
    search.push(...times);
    like.push(...likeTimes);
    console.log(`${q.padEnd(34)} ${String(total).padStart(7)} ${pct(times, 50).toFixed(1).padStart(10)} ${pct(bare, 50).toFixed(1).padStart(10)} ${pct(likeTimes, 50).toFixed(0).padStart(9)}   (LIKE finds ${likeTotal})`);
  }
  db.close();
  await store.close();
  const [p50, p95, l50, l95] = [pct(search, 50), pct(search, 95), pct(like, 50), pct(like, 95)];
  console.log(`search (ranked page + snippets + all facets): p50 ${p50.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms`);
  console.log(`search without facets (ranked page + total):  p50 ${pct(pageOnly, 50).toFixed(1)} ms, p95 ${pct(pageOnly, 95).toFixed(1)} ms`);
  console.log(`LIKE scan baseline (count only):             p50 ${l50.toFixed(0)} ms, p95 ${l95.toFixed(0)} ms`);
  console.log(`ratio LIKE / search: p50 ${(l50 / p50).toFixed(1)}×, p95 ${(l95 / p95).toFixed(1)}×`);
}

/** Percentile of a list of milliseconds (nearest rank). */
function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
}

/** The same query as a substring scan: each word a LIKE on title or body, phrases without their spaces. */
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
  return {
    sql: `SELECT count(*) AS n FROM articles a JOIN issues i ON i.id = a.issue_id WHERE ${where.join(' AND ') || '1'}`,
    params,
  };
}

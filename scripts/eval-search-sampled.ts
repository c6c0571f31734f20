/**
 * How far PostgreSQL's sampled search (above 10,000 estimated hits: src/store/postgres/search-queries.ts) is from
 * the exact one on a kept benchmark archive: per query of the bench set, the exact total against the estimate, the
 * largest error of a source facet share (in points of the hits), and how many of the exact page's first 20 the
 * sampled page shows. The exact search reads every hit (seconds per broad query at 1M articles).
 *
 *   npx tsx scripts/eval-search-sampled.ts --pg postgres://…/jianbao_bench_kept_1000000 [QUERY ...]
 */
import type { SearchResult } from '../src/search/types.js';
import { createPool } from '../src/store/postgres/connection.js';
import { PostgresSearch, SEARCH_SETTINGS } from '../src/store/postgres/search-queries.js';
import { BENCH_QUERIES } from './bench-search-queries.js';

const args = process.argv.slice(2);
const at = args.indexOf('--pg');
const url = at >= 0 ? args.splice(at, 2)[1] : undefined;
if (!url) {
  console.error('eval-search-sampled: give --pg URL of a kept benchmark database');
  process.exit(1);
}
const queries = args.length ? args : BENCH_QUERIES;
const pool = createPool(url);
const query = async <R extends object>(sql: string, params: unknown[]) => (await pool.query(sql, params)).rows as R[];
// The store's way of running the search statement: its settings in a transaction of its own.
const searchQuery = async <R extends object>(sql: string, params: unknown[], settings?: string) => {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query(settings ? `${SEARCH_SETTINGS}; ${settings}` : SEARCH_SETTINGS);
    const rows = (await client.query(sql, params)).rows as R[];
    await client.query('COMMIT');
    return rows;
  } finally {
    client.release();
  }
};
const sampled = new PostgresSearch(query, { searchQuery });
const exact = new PostgresSearch(query, { searchQuery, exactMax: Number.POSITIVE_INFINITY });

/** The largest difference between two results' shares of a source, in points of their totals. */
function sourceShareError(a: SearchResult, b: SearchResult): number {
  const share = (r: SearchResult) => new Map(r.facets.source.map((f) => [f.value, (100 * f.count) / Math.max(1, r.total)]));
  const [x, y] = [share(a), share(b)];
  return Math.max(0, ...[...new Set([...x.keys(), ...y.keys()])].map((k) => Math.abs((x.get(k) ?? 0) - (y.get(k) ?? 0))));
}

console.log(`${'query'.padEnd(30)} ${'exact'.padStart(8)} ${'estimate'.padStart(9)} ${'error'.padStart(7)} ${'source pts'.padStart(10)} ${'first 20'.padStart(8)}`);
const errors: number[] = [];
const overlaps: number[] = [];
for (const q of queries) {
  const part = await sampled.search({ query: q, limit: 20 });
  const whole = await exact.search({ query: q, limit: 20 });
  const ids = new Set(whole.hits.map((h) => h.id));
  const overlap = part.hits.filter((h) => ids.has(h.id)).length;
  const error = whole.total ? (100 * (part.total - whole.total)) / whole.total : 0;
  if (part.approximate) {
    errors.push(error);
    overlaps.push(overlap);
  }
  console.log(
    `${q.padEnd(30)} ${String(whole.total).padStart(8)} ${`${part.approximate ? '≈' : ''}${part.total}`.padStart(9)} ${`${error.toFixed(1)}%`.padStart(7)} ` +
      `${sourceShareError(part, whole).toFixed(1).padStart(10)} ${`${overlap}/${whole.hits.length}`.padStart(8)}`,
  );
}
const sorted = [...errors].sort((a, b) => a - b);
const mean = (xs: number[], f: (x: number) => number) => xs.reduce((s, x) => s + f(x), 0) / xs.length;
console.log(
  sorted.length
    ? `sampled queries: ${sorted.length}; total error ${sorted[0].toFixed(1)}% … ${sorted[sorted.length - 1].toFixed(1)}% ` +
        `(mean |error| ${mean(errors, Math.abs).toFixed(1)}%); first-20 overlap mean ${mean(overlaps, (o) => o).toFixed(1)}`
    : 'no query was answered from a sample (all at most 10,000 estimated hits)',
);
await pool.end();

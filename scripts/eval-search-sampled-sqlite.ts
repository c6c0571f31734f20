/**
 * How far SQLite's sampled search (above 50,000 estimated hits: src/store/sqlite/search-queries.ts) is from the
 * exact one on a kept benchmark archive: per query, the exact total against the estimate, the largest error of a
 * facet share (any facet, in points of the hits), and whether the page (ids and scores) is the exact one. The
 * bench set tuned the bounds ("seen"); the second set did not ("unseen"); give queries to run others instead.
 *
 *   npx tsx scripts/eval-search-sampled-sqlite.ts --file /path/archive-1000000.db [QUERY ...]
 */
import Database from 'better-sqlite3';
import { sharedAliases } from '../src/search/aliases.js';
import type { Facets, SearchResult } from '../src/search/types.js';
import { SqliteGate } from '../src/store/sqlite/gate.js';
import { SqliteSearch } from '../src/store/sqlite/search-queries.js';
import { BENCH_QUERIES } from './bench-search-queries.js';

/** Queries written after the bounds were set, not measured while choosing them. */
const UNSEEN = ['新能源', '汽车', '经济 发展', '人工智能 OR 机器人', '市场 -芯片', '数据 from:2020', '企业 source:合成刊5', '"新能源 汽车"', '平台 监管', '投资 OR 融资'];

const args = process.argv.slice(2);
const at = args.indexOf('--file');
const file = at >= 0 ? args.splice(at, 2)[1] : undefined;
if (!file) {
  console.error('eval-search-sampled-sqlite: give --file PATH of a kept benchmark archive');
  process.exit(1);
}
const sets: [string, readonly string[]][] = args.length ? [['given', args]] : [['seen', BENCH_QUERIES], ['unseen', UNSEEN]];
const db = new Database(file, { readonly: true });
const sampled = new SqliteSearch(db, new SqliteGate(db));
const exact = new SqliteSearch(db, new SqliteGate(db), sharedAliases(), { exactMax: Number.POSITIVE_INFINITY });

/** The largest difference between two results' shares of a facet value, in points of their totals. */
function facetShareError(a: SearchResult, b: SearchResult): number {
  let worst = 0;
  for (const kind of Object.keys(a.facets) as (keyof Facets)[]) {
    const share = (r: SearchResult) => new Map(r.facets[kind].map((f) => [f.value, (100 * f.count) / Math.max(1, r.total)]));
    const [x, y] = [share(a), share(b)];
    for (const k of new Set([...x.keys(), ...y.keys()])) worst = Math.max(worst, Math.abs((x.get(k) ?? 0) - (y.get(k) ?? 0)));
  }
  return worst;
}

for (const [name, queries] of sets) {
  console.log(`\n${name}\n${'query'.padEnd(30)} ${'exact'.padStart(8)} ${'estimate'.padStart(9)} ${'error'.padStart(7)} ${'facet pts'.padStart(9)} page`);
  const errors: number[] = [];
  let samePages = 0;
  for (const q of queries) {
    const part = await sampled.search({ query: q, limit: 20 });
    const whole = await exact.search({ query: q, limit: 20 });
    const same = JSON.stringify(part.hits) === JSON.stringify(whole.hits);
    const error = whole.total ? (100 * (part.total - whole.total)) / whole.total : 0;
    if (part.approximate) errors.push(error);
    if (same) samePages++;
    console.log(
      `${q.padEnd(30)} ${String(whole.total).padStart(8)} ${`${part.approximate ? '≈' : ''}${part.total}`.padStart(9)} ${`${error.toFixed(1)}%`.padStart(7)} ` +
        `${facetShareError(part, whole).toFixed(2).padStart(9)} ${same ? 'same' : 'DIFFERENT'}`,
    );
  }
  const sorted = [...errors].sort((a, b) => a - b);
  const meanAbs = errors.reduce((s, e) => s + Math.abs(e), 0) / Math.max(1, errors.length);
  console.log(
    `${name}: ${sorted.length} of ${queries.length} sampled` +
      (sorted.length ? `; total error ${sorted[0].toFixed(1)}% … ${sorted[sorted.length - 1].toFixed(1)}% (mean |error| ${meanAbs.toFixed(1)}%)` : '') +
      `; pages identical to the exact search: ${samePages} of ${queries.length}`,
  );
}
db.close();

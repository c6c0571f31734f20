import { describe, expect, it } from 'vitest';
import { readSampleTexts } from '../src/search/generate-archive.js';
import { sharedAliases } from '../src/search/aliases.js';
import { nearParts } from '../src/search/match-plan.js';
import { planSearch } from '../src/search/request.js';
import { materialFromTexts, syntheticIssues } from '../src/search/synthetic-archive.js';
import type { SearchResult } from '../src/search/types.js';
import { openStore } from '../src/store/open.js';
import { createPool, PgConnection } from '../src/store/postgres/connection.js';
import { SnapshotCache } from '../src/store/postgres/snapshot-cache.js';
import { SAMPLE_BUCKETS, sampleBucketSql } from '../src/store/postgres/search-index.js';
import { PostgresSearch } from '../src/store/postgres/search-queries.js';
import { bm25Sql } from '../src/store/postgres/search-bm25.js';
import { looseQuery, phrase, tsqueryOf } from '../src/store/postgres/tsquery.js';
import { BACKENDS } from './backends.js';

const postgres = BACKENDS.find((b) => b.name === 'postgres');
const sqlite = BACKENDS.find((b) => b.name === 'sqlite')!;
const QUERIES = ['芯片', '数字经济', '华为 OR 苹果 -芯片', '新能源 汽车 电池', '"电池 回收"', '芯片 from:2017'];

/** A synthetic archive of `articles` articles (seed 5) imported into a new store on `backend`; its location. */
async function archive(backend: { migrated(): Promise<string> }, articles: number): Promise<string> {
  const url = await backend.migrated();
  const store = await openStore(url);
  const material = materialFromTexts(readSampleTexts('samples'));
  for (const i of syntheticIssues(material, { articles, seed: 5 })) await store.issues.import(i.source, i.bulletin);
  await store.close();
  return url;
}

/** The 600-article PostgreSQL archive of the sampled-search tests, built once for them. */
let sampledArchive: Promise<string> | undefined;

describe.runIf(postgres)('PostgreSQL search at scale: exact below the threshold, from a sample above it', () => {
  it('counts the same totals and facets as SQLite on the same archive', async () => {
    const [pg, lite] = [await openStore(await archive(postgres!, 500)), await openStore(await archive(sqlite, 500))];
    try {
      for (const query of QUERIES) {
        const [a, b] = [await pg.search.search({ query, limit: 10 }), await lite.search.search({ query, limit: 10 })];
        expect(a.approximate, query).toBeUndefined();
        expect(a.total, query).toBe(b.total);
        expect(a.total, query).toBeGreaterThan(0);
        expect(a.facets, query).toEqual(b.facets);
      }
    } finally {
      await pg.close();
      await lite.close();
    }
  }, 300_000);

  it('above exactMax: total and facets are the sample buckets\' counts scaled, the page real hits ranked as the exact search scores them', async () => {
    const url = await (sampledArchive ??= archive(postgres!, 600));
    const pool = createPool(url);
    const query = async <R extends object>(sql: string, params: unknown[]) => (await pool.query(sql, params)).rows as R[];
    try {
      const exact = new PostgresSearch(query);
      const sampled = new PostgresSearch(query, { exactMax: 40, sampleTarget: 60, windowHits: 100 });
      for (const q of ['芯片', '华为 OR 苹果 -芯片', '数字 经济']) {
        const { plan } = planSearch({ query: q }, sharedAliases());
        const { match, exclude } = tsqueryOf(plan);
        const matches = 'tsv @@ $1::tsquery AND NOT (coalesce(tsv @@ $2::tsquery, false))';
        const every = await query<{ id: string; bucket: number; section: string | null }>(
          `SELECT id, ${sampleBucketSql('id')} AS bucket, section FROM search_vectors WHERE ${matches}`,
          [match, exclude],
        );
        expect(every.length, q).toBeGreaterThan(60);
        const whole = await exact.search({ query: q, limit: 1000 });
        const part: SearchResult = await sampled.search({ query: q, limit: 10 });
        expect(whole.approximate, q).toBeUndefined();
        expect(part.approximate, q).toBe(true);

        // The buckets taken: as many of the first as hold about sampleTarget hits by the estimate of the first 8
        // (hits of the terms with phrases loosened and exclusions left out, read from the index alone).
        const [probe] = await query<{ n: number }>(
          `SELECT count(*)::int AS n FROM search_vectors WHERE tsv @@ $1::tsquery AND ${sampleBucketSql('id')} < 8`,
          [looseQuery(match!)],
        );
        const estimate = probe.n * (SAMPLE_BUCKETS / 8);
        const buckets = Math.min(SAMPLE_BUCKETS, Math.ceil((60 * SAMPLE_BUCKETS) / estimate));
        const scale = SAMPLE_BUCKETS / buckets;
        const inSample = every.filter((h) => h.bucket < buckets);
        expect(part.total, q).toBe(Math.round(inSample.length * scale));
        const sections = new Map<string, number>();
        for (const h of inSample) if (h.section) sections.set(h.section, (sections.get(h.section) ?? 0) + 1);
        expect(Object.fromEntries(part.facets.section.map((f) => [f.value, f.count])), q).toEqual(
          Object.fromEntries([...sections].map(([v, n]) => [v, Math.round(n * scale)])),
        );
        // An estimate, not a guess: within half of the exact total on this small archive.
        expect(Math.abs(part.total - whole.total) / whole.total, q).toBeLessThan(0.5);

        // Every hit of the page is a hit, with the exact search's score, in order.
        const scores = new Map(whole.hits.map((h) => [h.id, h.score]));
        expect(part.hits.length, q).toBe(10);
        for (const h of part.hits) expect(h.score, `${q} #${h.id}`).toBeCloseTo(scores.get(h.id)!, 5);
        const got = part.hits.map((h) => h.score);
        expect(got, q).toEqual([...got].sort((x, y) => y - x));
      }
    } finally {
      await pool.end();
    }
  }, 300_000);

  it('above exactMax with a first sample bucket holding probeMin hits or more: the estimate is that bucket\'s count', async () => {
    const url = await (sampledArchive ??= archive(postgres!, 600));
    const pool = createPool(url);
    const query = async <R extends object>(sql: string, params: unknown[]) => (await pool.query(sql, params)).rows as R[];
    try {
      const sampled = new PostgresSearch(query, { exactMax: 40, sampleTarget: 60, windowHits: 100, probeMin: 1 });
      // Bucket 0 holds 2 of the 600 articles: broad words, of which those it holds are checked.
      let checked = 0;
      for (const q of ['发展', '企业', '技术', '数据', '芯片']) {
        const { plan } = planSearch({ query: q }, sharedAliases());
        const { match } = tsqueryOf(plan);
        const count = async (where: string) =>
          (await query<{ n: number }>(`SELECT count(*)::int AS n FROM search_vectors WHERE tsv @@ $1::tsquery AND ${where}`, [match]))[0].n;
        const first = await count(`${sampleBucketSql('id')} = 0`);
        if (first === 0) continue;
        checked++;
        const buckets = Math.min(SAMPLE_BUCKETS, Math.ceil(60 / first));
        const part = await sampled.search({ query: q, limit: 10 });
        expect(part.approximate, q).toBe(true);
        expect(part.total, q).toBe(Math.round((await count(`${sampleBucketSql('id')} < ${buckets}`)) * (SAMPLE_BUCKETS / buckets)));
      }
      expect(checked).toBeGreaterThan(0);
    } finally {
      await pool.end();
    }
  }, 300_000);

  it('a sampled page whose candidates run out before the page is full is taken from every hit', async () => {
    const url = await (sampledArchive ??= archive(postgres!, 600));
    const pool = createPool(url);
    const query = async <R extends object>(sql: string, params: unknown[]) => (await pool.query(sql, params)).rows as R[];
    try {
      // A sample of a few hits, title candidates from a small window and few newest articles: together they hold
      // fewer hits than the pages asked for, which exist (the exact search finds them).
      const exact = new PostgresSearch(query);
      const sampled = new PostgresSearch(query, { exactMax: 20, sampleTarget: 5, windowHits: 10, recentArticles: 5, rerankMin: 10 });
      // The archive's size from the planner's statistics, as the newest articles' share is sized by it.
      await pool.query('ANALYZE');
      for (const [q, offset] of [['华为 OR 苹果 -芯片', 40], ['芯片', 100]] as const) {
        const whole = await exact.search({ query: q, limit: 10, offset });
        const part = await sampled.search({ query: q, limit: 10, offset });
        expect(part.approximate, q).toBe(true);
        expect(whole.hits.length, q).toBe(10);
        expect(part.hits.map((h) => h.id), q).toEqual(whole.hits.map((h) => h.id));
      }
    } finally {
      await pool.end();
    }
  }, 300_000);

  it('above exactMax, limited to an old period: its title hits are found in that period and the page is full', async () => {
    const url = await (sampledArchive ??= archive(postgres!, 600));
    const pool = createPool(url);
    const query = async <R extends object>(sql: string, params: unknown[]) => (await pool.query(sql, params)).rows as R[];
    try {
      const exact = new PostgresSearch(query);
      const sampled = new PostgresSearch(query, { exactMax: 20, sampleTarget: 5, windowHits: 60, recentArticles: 30 });
      // The size of the archive the search reads from the planner's statistics (the newest articles' share).
      await pool.query('ANALYZE');
      // The first third of the archive's days: recency tells its hits apart no more, and the archive's newest part
      // (where undated candidates are looked for) lies wholly after it.
      const [{ first, last }] = await query<{ first: string; last: string }>('SELECT min(date) AS first, max(date) AS last FROM search_docs', []);
      const cut = new Date(Date.parse(first) + (Date.parse(last) - Date.parse(first)) / 3).toISOString().slice(0, 10);
      const cases: [string, string[]][] = [[`芯片 to:${cut}`, ['芯片']], [`华为 OR 苹果 to:${cut}`, ['华为', '苹果']]];
      for (const [q, terms] of cases) {
        const whole = await exact.search({ query: q, limit: 10 });
        const part = await sampled.search({ query: q, limit: 10 });
        expect(whole.approximate, q).toBeUndefined();
        expect(part.approximate, q).toBe(true);
        expect(whole.hits.length, q).toBe(10);
        // A full page of hits of the period, each with the exact search's score, in order.
        expect(part.hits.length, q).toBe(10);
        const scores = new Map((await exact.search({ query: q, limit: 1000 })).hits.map((h) => [h.id, h.score]));
        for (const h of part.hits) expect(h.score, `${q} #${h.id}`).toBeCloseTo(scores.get(h.id)!, 5);
        // Every hit of the exact page holding a term in its title is there (the period's title hits are all ranked
        // here); hits holding the terms in their body only are found through the sample and the newest articles.
        const ids = new Set(part.hits.map((h) => h.id));
        const titled = whole.hits.filter((h) => terms.some((t) => h.title.includes(t)));
        expect(titled.length, q).toBeGreaterThan(0);
        for (const h of titled) expect(ids.has(h.id), `${q}: ${h.title}`).toBe(true);
      }
    } finally {
      await pool.end();
    }
  }, 300_000);

  it('within a period, the period\'s newest articles ranked beside the sample, on one snapshot, give the pages and facets of one statement after the other', async () => {
    const url = await (sampledArchive ??= archive(postgres!, 600));
    const conn = new PgConnection(createPool(url), 'test');
    try {
      await conn.query('ANALYZE');
      const answers = new SnapshotCache(conn);
      const o = { exactMax: 20, sampleTarget: 5, windowHits: 60, recentArticles: 30, rerankMin: 10 };
      const together = new PostgresSearch(answers.runner(), { ...o, searchQuery: answers.runner(), searchTogether: answers.together() });
      const oneByOne = new PostgresSearch(conn.query, o);
      const [{ first, last }] = await conn.query<{ first: string; last: string }>('SELECT min(date) AS first, max(date) AS last FROM search_docs', []);
      const cut = new Date(Date.parse(first) + (Date.parse(last) - Date.parse(first)) / 3).toISOString().slice(0, 10);
      for (const q of [`芯片 to:${cut}`, `华为 OR 苹果 -芯片 from:${cut}`, `企业 to:${cut}`, `华为 OR 苹果 from:${first} to:${cut}`]) {
        for (const offset of [0, 5]) {
          const [a, b] = [await together.search({ query: q, limit: 5, offset }), await oneByOne.search({ query: q, limit: 5, offset })];
          expect(a.approximate, q).toBe(true);
          expect(a.hits.length, q).toBeGreaterThan(0);
          expect(a, `${q} +${offset}`).toEqual(b);
        }
      }
    } finally {
      await conn.pool.end();
    }
  }, 300_000);

  it('the newest articles\' hits found through the GIN index and through the dates\' index (reading only vectors whose title score can reach the ranked set) give the same pages', async () => {
    const url = await (sampledArchive ??= archive(postgres!, 600));
    const pool = createPool(url);
    const query = async <R extends object>(sql: string, params: unknown[]) => (await pool.query(sql, params)).rows as R[];
    try {
      // Few candidates and a ranked set of 10, so the title score's edge is above 0 and most newest articles are not read.
      const o = { exactMax: 20, sampleTarget: 20, windowHits: 40, recentArticles: 120, rerankMin: 10 };
      const [byIndex, byDate] = [new PostgresSearch(query, { ...o, recentByIndexMax: Infinity }), new PostgresSearch(query, { ...o, recentByIndexMax: 0 })];
      const page = async (s: PostgresSearch, q: string, offset: number) => {
        const r = await s.search({ query: q, limit: 1, offset });
        return { approximate: r.approximate, hits: r.hits.map((h) => [h.id, h.score]) };
      };
      let sampledPages = 0;
      for (const q of ['芯片', '数字经济', '华为 OR 苹果 -芯片', '新能源 汽车 电池', '"电池 回收"', '企业 发展']) {
        for (const offset of [0, 3, 8]) {
          const a = await page(byIndex, q, offset);
          expect(a.hits.length, q).toBe(1);
          expect(await page(byDate, q, offset), `${q} @${offset}`).toEqual(a);
          if (a.approximate) sampledPages++;
        }
      }
      expect(sampledPages).toBeGreaterThanOrEqual(12);
    } finally {
      await pool.end();
    }
  }, 300_000);

  it('BM25 document frequencies above the counting bound: the first bucket\'s count when it holds dfProbeMin hits or more, else the first 8 buckets\'', async () => {
    const url = await (sampledArchive ??= archive(postgres!, 600));
    const pool = createPool(url);
    const query = async <R extends object>(sql: string, params: unknown[]) => (await pool.query(sql, params)).rows as R[];
    try {
      const branches = new Set<string>();
      for (const q of ['发展 企业', '技术 数据', '数字经济', '"电池 回收"']) {
        const { plan } = planSearch({ query: q }, sharedAliases());
        // BM25 counts per ranked phrase: a near pair's two phrases apart.
        const phrases = plan.groups.flat().flatMap(nearParts);
        const count = async (match: string, where = 'true') =>
          (await query<{ n: number }>(`SELECT count(*)::int AS n FROM search_vectors WHERE tsv @@ $1::tsquery AND ${where}`, [match]))[0].n;
        // Bucket 0 holds 2 of the 600 articles: with dfProbeMin 1 a phrase it holds is estimated from it alone.
        for (const dfProbeMin of [1, 1_000]) {
          const params: unknown[] = [];
          const p = (v: unknown) => `$${params.push(v)}`;
          const sql = `WITH hits AS (SELECT id, date, day, section, source FROM search_docs WHERE false) SELECT ${bm25Sql(plan, 'hits', p, { countArchiveMax: 0, countMax: 0, dfProbeMin })}`;
          const [row] = await query<{ bm25_df: string }>(sql, params);
          const expected: number[] = [];
          for (const ph of phrases) {
            const loose = looseQuery(phrase(ph));
            const first = await count(loose, `${sampleBucketSql('id')} = 0`);
            const estimate = first >= dfProbeMin ? first * SAMPLE_BUCKETS : (await count(loose, `${sampleBucketSql('id')} < 8`)) * (SAMPLE_BUCKETS / 8);
            // Nothing is counted above countMax 0 but what the probe finds none of (then counting costs nothing).
            const counted = estimate === 0;
            branches.add(counted ? 'counted' : first >= dfProbeMin ? 'one bucket' : 'eight buckets');
            expected.push(counted ? await count(phrase(ph)) : estimate);
          }
          expect(JSON.parse(row.bm25_df), `${q} (dfProbeMin ${dfProbeMin})`).toEqual(expected);
        }
      }
      expect(branches.has('one bucket') && branches.has('eight buckets')).toBe(true);
    } finally {
      await pool.end();
    }
  }, 300_000);
});

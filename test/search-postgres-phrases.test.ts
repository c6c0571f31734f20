/**
 * Searches holding phrases on PostgreSQL (src/store/postgres/search-queries.ts): every candidate's vector is read to
 * check a phrase, so they take the sample from a quarter of the hits the other searches take it from. Few hits: the
 * exact search's page, unchanged; many: a sampled page of real hits, scored as the exact search scores them.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importFile } from '../src/pipeline/import-file.js';
import { sharedAliases } from '../src/search/aliases.js';
import { readSampleTexts } from '../src/search/generate-archive.js';
import { planSearch } from '../src/search/request.js';
import { materialFromTexts, syntheticIssues } from '../src/search/synthetic-archive.js';
import { openStore } from '../src/store/open.js';
import { createPool } from '../src/store/postgres/connection.js';
import { SAMPLE_BUCKETS, sampleBucketSql } from '../src/store/postgres/search-index.js';
import { PostgresSearch } from '../src/store/postgres/search-queries.js';
import { looseQuery, tsqueryOf } from '../src/store/postgres/tsquery.js';
import { BACKENDS } from './backends.js';

const postgres = BACKENDS.find((b) => b.name === 'postgres');
const JUDGED = (JSON.parse(readFileSync('testdata/search-judgements.json', 'utf8')) as { queries: { query: string }[] }).queries.map((q) => q.query);

/** A PostgresSearch over a new pool on `url`, given to `work`; the pool ended after. */
async function withSearches<T>(url: string, work: (query: <R extends object>(sql: string, params: unknown[]) => Promise<R[]>) => Promise<T>): Promise<T> {
  const pool = createPool(url);
  try {
    return await work(async <R extends object>(sql: string, params: unknown[]) => (await pool.query(sql, params)).rows as R[]);
  } finally {
    await pool.end();
  }
}

describe.runIf(postgres)('PostgreSQL searches with phrases', () => {
  it('on the sample archive, the judged queries get the exact search\'s page, total and facets', async () => {
    const url = await postgres!.migrated();
    const store = await openStore(url);
    try {
      for (const f of ['000_3cef4383265ce24c.txt', '001_3ce07ccd5b8eeddb.txt', '003_8913e8f3e5978f8d.txt']) await importFile(`samples/${f}`, store);
    } finally {
      await store.close();
    }
    await withSearches(url, async (query) => {
      const search = new PostgresSearch(query);
      const exact = new PostgresSearch(query, { exactMax: Number.POSITIVE_INFINITY });
      let phrases = 0;
      for (const q of JUDGED) {
        const [a, b] = [await search.search({ query: q }), await exact.search({ query: q })];
        expect(a.approximate, q).toBeUndefined();
        expect(a.hits.map((h) => h.id), q).toEqual(b.hits.map((h) => h.id));
        expect([a.total, a.facets], q).toEqual([b.total, b.facets]);
        if (a.total > 0 && /"|\p{Script=Han}{3}/u.test(q)) phrases++;
      }
      // The judged queries hold phrases (quoted, or compound words) that find articles.
      expect(phrases).toBeGreaterThan(5);
    });
  }, 300_000);

  it('with many hits, the page holds real hits scored as the exact search scores them, the total estimated', async () => {
    const url = await postgres!.migrated();
    const store = await openStore(url);
    try {
      const material = materialFromTexts(readSampleTexts('samples'));
      for (const i of syntheticIssues(material, { articles: 600, seed: 5 })) await store.issues.import(i.source, i.bulletin);
    } finally {
      await store.close();
    }
    await withSearches(url, async (query) => {
      const exact = new PostgresSearch(query, { exactMax: Number.POSITIVE_INFINITY });
      const cases: [string, string | null][] = [['"数字 经济"', '数字 经济'], ['"数字 经济" OR 动力电池', null]];
      for (const [q, words] of cases) {
        // The estimate (hits of the loosened match in the first 8 sample buckets, scaled) is the same for the phrase
        // and for its words apart; with exactMax twice that, the words stay exact and the phrase takes the sample.
        const { plan } = planSearch({ query: q }, sharedAliases());
        const [probe] = await query<{ n: number }>(
          `SELECT count(*)::int AS n FROM search_vectors WHERE tsv @@ $1::tsquery AND ${sampleBucketSql('id')} < 8`,
          [looseQuery(tsqueryOf(plan).match!)],
        );
        const estimate = probe.n * (SAMPLE_BUCKETS / 8);
        expect(estimate, q).toBeGreaterThan(0);
        const search = new PostgresSearch(query, { exactMax: 2 * estimate, sampleTarget: estimate, windowHits: 100 });
        if (words) {
          const apart = await search.search({ query: words, limit: 10 });
          expect(apart.approximate, words).toBeUndefined();
          expect(apart.total, words).toBe((await exact.search({ query: words, limit: 10 })).total);
        }

        const whole = await exact.search({ query: q, limit: 1000 });
        const part = await search.search({ query: q, limit: 10 });
        expect(whole.total, q).toBeGreaterThan(30);
        expect(part.approximate, q).toBe(true);
        expect(Math.abs(part.total - whole.total) / whole.total, q).toBeLessThan(0.6);
        const scores = new Map(whole.hits.map((h) => [h.id, h.score]));
        expect(part.hits.length, q).toBe(10);
        for (const h of part.hits) expect(h.score, `${q} #${h.id}`).toBeCloseTo(scores.get(h.id)!, 5);
        const got = part.hits.map((h) => h.score);
        expect(got, q).toEqual([...got].sort((x, y) => y - x));
      }
    });
  }, 300_000);
});

import { describe, expect, it } from 'vitest';
import { readSampleTexts } from '../src/search/generate-archive.js';
import { sharedAliases } from '../src/search/aliases.js';
import { planSearch } from '../src/search/request.js';
import { materialFromTexts, syntheticIssues } from '../src/search/synthetic-archive.js';
import { openStore } from '../src/store/open.js';
import { createPool } from '../src/store/postgres/connection.js';
import { PostgresSearch } from '../src/store/postgres/search-queries.js';
import { tsqueryOf } from '../src/store/postgres/tsquery.js';
import { BACKENDS } from './backends.js';

const postgres = BACKENDS.find((b) => b.name === 'postgres');

/**
 * PostgreSQL ranks every hit by its title's vector first and by the whole vector only those that can reach the page. Checked
 * on a synthetic archive against the scores computed in SQL for every hit.
 */
describe.runIf(postgres)('ranking on PostgreSQL, title vector first', () => {
  it('pages as ranking every hit would, with only the best by title and those that could still reach the page ranked whole', async () => {
    const url = await postgres!.fresh();
    const store = await openStore(url);
    const material = materialFromTexts(readSampleTexts('samples'));
    for (const i of syntheticIssues(material, { articles: 400, seed: 3 })) await store.issues.import(i.source, i.bulletin);
    await store.close();
    const pool = createPool(url);
    const query = async <R extends object>(sql: string, params: unknown[]) => (await pool.query(sql, params)).rows as R[];
    try {
      const exact = new PostgresSearch(query);
      const narrow = new PostgresSearch(query, { rerankMin: 12 });
      for (const q of ['芯片', '数字经济', '华为 OR 苹果 -芯片', '新能源 汽车 电池']) {
        const { plan } = planSearch({ query: q }, sharedAliases());
        const { match: tsquery, exclude } = tsqueryOf(plan);
        const matches = 'tsv @@ $1::tsquery AND NOT (coalesce(tsv @@ $2::tsquery, false))';
        const every = await query<{ id: string }>(`SELECT id FROM search_vectors WHERE ${matches}`, [tsquery, exclude]);
        expect(every.length, q).toBeGreaterThan(12);
        const all = await exact.search({ query: q, limit: 1000, facets: false });
        expect(all.total, q).toBe(every.length);
        const page = await exact.search({ query: q, limit: 5 });
        expect(page.hits.map((h) => h.id), q).toEqual(all.hits.slice(0, 5).map((h) => h.id));
        const scores = all.hits.map((h) => h.score);
        expect(scores, q).toEqual([...scores].sort((a, b) => b - a));

        // Re-ranking 12 hits first: the same total, facets and pages, with the same scores, as ranking every hit;
        // for a term or OR because no other hit's bound reaches the page, for required terms because all are ranked.
        for (const [offset, limit] of [[0, 1], [0, 5], [4, 3]]) {
          const cut = await narrow.search({ query: q, limit, offset });
          const whole = await exact.search({ query: q, limit, offset });
          expect(cut.total, q).toBe(whole.total);
          expect(cut.facets, q).toEqual(whole.facets);
          expect(cut.hits.map((h) => [h.id, h.score]), q).toEqual(all.hits.slice(offset, offset + limit).map((h) => [h.id, h.score]));
        }
      }
    } finally {
      await pool.end();
    }
  }, 240_000);
});

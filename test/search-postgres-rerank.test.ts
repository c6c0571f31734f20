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
 * PostgreSQL ranks by BM25 reading the vectors only of hits whose bound (boost and length) can reach the page. Checked on
 * a synthetic archive of six years against ranking with a first batch holding every hit.
 */
describe.runIf(postgres)('ranking on PostgreSQL, vectors of the hits that can reach the page', () => {
  it('pages as ranking every hit would, reading fewer vectors', async () => {
    const url = await postgres!.migrated();
    const store = await openStore(url);
    const material = materialFromTexts(readSampleTexts('samples'));
    for (const i of syntheticIssues(material, { articles: 400, seed: 3 })) await store.issues.import(i.source, i.bulletin);
    await store.close();
    const pool = createPool(url);
    let vectorsRead = 0;
    const query = async <R extends object>(sql: string, params: unknown[]) => {
      const { rows } = await pool.query(sql, params);
      if (sql.includes('setweight')) vectorsRead += rows.length;
      return rows as R[];
    };
    try {
      const exact = new PostgresSearch(query, { rerankMin: 1000 });
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

        // Reading 12 vectors first: the same total, facets and pages, with the same scores, as ranking every hit;
        // for the first hit of one term, having read fewer vectors than there are hits (the old hits' bound is too
        // low; a bound sums every phrase of the query, so with several terms or names it prunes less).
        for (const [offset, limit] of [[0, 1], [0, 5], [4, 3]]) {
          vectorsRead = 0;
          const cut = await narrow.search({ query: q, limit, offset });
          if (limit === 1 && !q.includes(' ')) expect(vectorsRead, q).toBeLessThan(every.length);
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

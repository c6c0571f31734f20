import { describe, expect, it } from 'vitest';
import { sharedAliases } from '../src/search/aliases.js';
import { readSampleTexts } from '../src/search/generate-archive.js';
import { nearParts } from '../src/search/match-plan.js';
import { planSearch } from '../src/search/request.js';
import { materialFromTexts, syntheticIssues } from '../src/search/synthetic-archive.js';
import { openStore } from '../src/store/open.js';
import { createPool } from '../src/store/postgres/connection.js';
import { bm25Sql } from '../src/store/postgres/search-bm25.js';
import { GENERATION_SQL } from '../src/store/postgres/search-df.js';
import { indexArticles } from '../src/store/postgres/search-index.js';
import { PostgresSearch } from '../src/store/postgres/search-queries.js';
import { BACKENDS } from './backends.js';

const postgres = BACKENDS.find((b) => b.name === 'postgres');

describe.runIf(postgres)('PostgreSQL BM25 document frequencies kept between searches, per generation of the index', () => {
  it('a kept count is used only at its generation; every write of the vectors (even text of the same length) makes a new one; pages equal a new process\'s', async () => {
    const url = await postgres!.migrated();
    const store = await openStore(url);
    const material = materialFromTexts(readSampleTexts('samples'));
    for (const i of syntheticIssues(material, { articles: 80, seed: 7 })) await store.issues.import(i.source, i.bulletin);
    await store.close();
    const pool = createPool(url);
    const query = async <R extends object>(sql: string, params: unknown[]) => (await pool.query(sql, params)).rows as R[];
    const generation = async () => Number((await query<{ g: string }>(`SELECT ${GENERATION_SQL} AS g`, []))[0].g);
    try {
      // The statement takes a kept count at the current generation, and counts again at any other.
      const { plan } = planSearch({ query: '数字经济' }, sharedAliases());
      const dfOf = async (known: { generations: (number | null)[]; counts: (number | null)[] }) => {
        const params: unknown[] = [];
        const p = (v: unknown) => `$${params.push(v)}`;
        const [row] = await query<{ bm25_df: string }>(`WITH hits AS (SELECT id, date, day, section, source FROM search_docs WHERE false) SELECT ${bm25Sql(plan, 'hits', p, { known })}`, params);
        return JSON.parse(row.bm25_df) as number[];
      };
      // BM25 counts per ranked phrase: a near pair's two phrases apart (数字经济 is the term or 数字 near 经济).
      const phrases = plan.groups.flat().flatMap(nearParts).length;
      const counted = await dfOf({ generations: Array(phrases).fill(null), counts: Array(phrases).fill(null) });
      expect(counted.some((n) => n > 0)).toBe(true);
      const g0 = await generation();
      expect(await dfOf({ generations: Array(phrases).fill(g0), counts: Array(phrases).fill(12_345) })).toEqual(Array(phrases).fill(12_345));
      expect(await dfOf({ generations: Array(phrases).fill(g0 - 1), counts: Array(phrases).fill(12_345) })).toEqual(counted);

      // Re-indexing an article with its own text (same token counts, so the totals do not move) is a new generation.
      const [a] = await query<{ id: string; title: string; body: string; captions: string; section: string | null; date: string | null; source: string }>(
        'SELECT a.id, a.title, a.body, a.captions, a.section, d.date, d.source FROM articles a JOIN search_docs d ON d.id = a.id ORDER BY a.id LIMIT 1',
        [],
      );
      const reindex = async (title: string, body: string) => {
        const client = await pool.connect();
        try {
          await client.query('BEGIN');
          await indexArticles(client, [{ id: Number(a.id), article: { title, body, captions: JSON.parse(a.captions) as string[], section: a.section }, date: a.date, source: a.source }]);
          await client.query('COMMIT');
        } finally {
          client.release();
        }
      };
      const totals = async () => (await query<{ t: string }>('SELECT json_build_array(sum(articles), sum(words), sum(grams)) AS t FROM search_totals', []))[0].t;
      const before = await totals();
      await reindex(a.title, a.body);
      expect(await totals()).toBe(before);
      const g1 = await generation();
      expect(g1).toBeGreaterThan(g0);

      // A search process keeps the counts of its asks; after a write that changes a phrase's count its pages are
      // still those of a process that never saw the old count.
      const kept = new PostgresSearch(query);
      const pages = async (s: PostgresSearch, q: string) => JSON.stringify((await s.search({ query: q, limit: 10 })).hits.map((h) => [h.id, h.score]));
      for (const q of ['光波导', '数字经济']) expect(await pages(kept, q), q).toBe(await pages(new PostgresSearch(query), q));
      await reindex(`光波导 ${a.title}`, `${a.body} 光波导技术`);
      expect(await generation()).toBeGreaterThan(g1);
      for (const q of ['光波导', '数字经济']) expect(await pages(kept, q), q).toBe(await pages(new PostgresSearch(query), q));
      expect(JSON.parse(await pages(kept, '光波导')).some(([id]: [number]) => id === Number(a.id))).toBe(true);
    } finally {
      await pool.end();
    }
  }, 120_000);
});

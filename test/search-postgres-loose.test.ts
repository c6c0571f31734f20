/**
 * The loose match the GIN index is asked for (looseOf, src/store/postgres/tsquery.ts): each group's alternatives
 * reduced to the distinct sets of lexemes, none holding another's, finds exactly the articles the match loosened
 * phrase by phrase finds; and searches through it give the same results as the match asked of the index whole.
 */
import { describe, expect, it } from 'vitest';
import { sharedAliases } from '../src/search/aliases.js';
import { readSampleTexts } from '../src/search/generate-archive.js';
import { planSearch } from '../src/search/request.js';
import { materialFromTexts, syntheticIssues } from '../src/search/synthetic-archive.js';
import { openStore } from '../src/store/open.js';
import { createPool } from '../src/store/postgres/connection.js';
import { looseOf, looseQuery, tsqueryOf } from '../src/store/postgres/tsquery.js';
import { BACKENDS } from './backends.js';

const postgres = BACKENDS.find((b) => b.name === 'postgres');

/** Compounds (a words phrase, a grams phrase and a near pair each), a Latin name's forms, exclusions, single words. */
const QUERIES = ['芯片 苹果 数字经济', '数字经济 监管', '动力电池 -汽车', '"数字 经济" -疫情', '新能源 汽车 电池', '华为 OR 中兴通讯', '芯片'];

describe.runIf(postgres)('the loose match on PostgreSQL', () => {
  it('finds the articles the match loosened phrase by phrase finds, and searches find what they found before', async () => {
    const url = await postgres!.migrated();
    const store = await openStore(url);
    const pool = createPool(url);
    try {
      const material = materialFromTexts(readSampleTexts('samples'));
      for (const i of syntheticIssues(material, { articles: 400, seed: 7 })) await store.issues.import(i.source, i.bulletin);
      const ids = async (where: string, params: unknown[]) =>
        (await pool.query<{ id: string }>(`SELECT id FROM search_vectors d WHERE ${where} ORDER BY id`, params)).rows.map((r) => Number(r.id));
      for (const query of QUERIES) {
        const { plan } = planSearch({ query }, sharedAliases());
        const { match, exclude } = tsqueryOf(plan);
        const loose = looseOf(plan)!;
        expect(await ids('d.tsv @@ $1::tsquery', [loose]), query).toEqual(await ids('d.tsv @@ $1::tsquery', [looseQuery(match!)]));
        // What a search matches: the match itself, whichever form the index was asked for.
        const matched = exclude ? '($2::tsquery && !!$3::tsquery)' : '$2::tsquery';
        const found = await ids(`d.tsv @@ $1::tsquery AND ts_match_vq(d.tsv, ${matched})`, [loose, match, ...(exclude ? [exclude] : [])]);
        expect(found, query).toEqual(await ids(`d.tsv @@ ${matched.replaceAll('$2', '$1').replaceAll('$3', '$2')}`, [match, ...(exclude ? [exclude] : [])]));
        expect(found.length, query).toBeGreaterThan(0);
      }
      // A near pair's alternatives are one set of two lexemes, the grams phrase holding it left out.
      const { plan } = planSearch({ query: '数字经济' }, sharedAliases());
      expect(looseOf(plan)).toBe("(('数字' & '经济') | ('_数字' & '_经济'))");
      // And the search itself on the store: the hits of the match.
      const r = await store.search.search({ query: '芯片 苹果 数字经济', limit: 5 });
      expect(r.total).toBe((await ids(`d.tsv @@ $1::tsquery`, [tsqueryOf(planSearch({ query: '芯片 苹果 数字经济' }, sharedAliases()).plan).match])).length);
    } finally {
      await pool.end();
      await store.close();
    }
  }, 300_000);
});

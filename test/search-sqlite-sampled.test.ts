import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedAliases } from '../src/search/aliases.js';
import { planSearch } from '../src/search/request.js';
import type { FacetCounts, SearchResult } from '../src/search/types.js';
import { SqliteGate } from '../src/store/sqlite/gate.js';
import { PostingsCache } from '../src/store/sqlite/phrase-postings.js';
import { SearchColumns } from '../src/store/sqlite/search-columns.js';
import { BUCKETS, bucketOf, matchPlan } from '../src/store/sqlite/search-match.js';
import { SqliteSearch } from '../src/store/sqlite/search-queries.js';
import { printedNowhere, syntheticSqliteArchive } from './sqlite-synthetic-archive.js';

/** Bounds far below the archive's broad queries (hundreds of hits), so that they take the sampled path. */
const SAMPLING = { exactMax: 120, sampleTarget: 300, sampleHits: 100 };
const BROAD = ['数据', '发展 OR 企业', '发展 企业 -数据', '数据 OR "发展 经济" 企业'];

describe('SQLite search above the sampling bound', () => {
  const dir = mkdtempSync(join(tmpdir(), 'jianbao-sampled-'));
  let db: Database.Database;
  let exact: SqliteSearch;
  let sampled: SqliteSearch;

  beforeAll(async () => {
    const file = await syntheticSqliteArchive(dir);
    db = new Database(file, { readonly: true });
    exact = new SqliteSearch(db, new SqliteGate(db));
    sampled = new SqliteSearch(db, new SqliteGate(db), sharedAliases(), SAMPLING);
  }, 120_000);
  afterAll(() => {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Every hit of a query, by the exact search (a page as long as the archive). */
  const everyHit = async (query: string) => (await exact.search({ query, limit: 5000, facets: false })).hits.map((h) => h.id);

  it('shows the exact page, and estimates total and facets from the hits in the sample buckets', async () => {
    for (const query of BROAD) {
      const all = await everyHit(query);
      expect(all.length, query).toBeGreaterThan(2 * SAMPLING.exactMax);
      for (const [limit, offset] of [[20, 0], [10, 35], [5, 200]]) {
        const a = await exact.search({ query, limit, offset });
        const b = await sampled.search({ query, limit, offset });
        expect(b.approximate, query).toBe(true);
        expect(a.approximate, query).toBeUndefined();
        expect(b.hits, `${query} ${offset}`).toEqual(a.hits);
      }
      // The sample: the hits whose buckets fall below the one the scale gives, every one of them.
      const { plan, filters } = planSearch({ query }, sharedAliases());
      const columns = SearchColumns.load(db, sharedAliases());
      const found = matchPlan(plan, new PostingsCache(db), columns, columns.matcher(filters, printedNowhere, sharedAliases()), 20, SAMPLING);
      const scale = found.sample!.scale;
      const inSample = all.filter((id) => bucketOf(id) < BUCKETS / scale).sort((x, y) => x - y);
      expect([...found.hits], query).toEqual(inSample);
      const r = await sampled.search({ query, limit: 20 });
      expect(r.total, query).toBe(Math.round(inSample.length * scale));
      // Within a quarter of the exact total on 1,500 articles (a sample of a few hundred candidates).
      expect(Math.abs(r.total - all.length) / all.length, query).toBeLessThan(0.25);
      const scaled = (counts: FacetCounts) => counts.map(({ value, count }) => ({ value, count: Math.round(count * scale) }));
      const ofSample = columns.facets(inSample);
      expect(r.facets.source, query).toEqual(scaled(ofSample.source));
      expect(r.facets.tag, query).toEqual(scaled(ofSample.tag));
      expect(r.facets.month, query).toEqual(scaled(ofSample.month));
    }
  });

  it('answers exactly as before when the hits are under the bound, even from many candidates', async () => {
    const same = (a: SearchResult, b: SearchResult, what: string) => {
      expect(b.approximate, what).toBeUndefined();
      expect(b, what).toEqual(a);
    };
    // Few hits of few candidates; few hits of a broad word narrowed by a filter (the sample's estimate is under the bound).
    const narrow = ['光波导', '数据 source:合成刊3 from:2018-01 to:2018-06', '芯片 from:2019-11 to:2019-11'];
    for (const query of narrow) {
      const total = (await exact.search({ query })).total;
      expect(total, query).toBeGreaterThan(0);
      expect(total, query).toBeLessThanOrEqual(SAMPLING.exactMax / 2);
      same(await exact.search({ query, limit: 10 }), await sampled.search({ query, limit: 10 }), query);
    }
    // Counts over time stay exact whatever the size.
    for (const query of BROAD) expect(await sampled.countByDate({ query }), query).toEqual(await exact.countByDate({ query }));
  });

  it('gives the same page when asked for the page alone, scoring only the candidates that can reach it', async () => {
    const columns = SearchColumns.load(db, sharedAliases());
    const postings = new PostingsCache(db);
    // Broad and narrow, with an exclusion, a filter and a phrase; pages at the start and deeper.
    for (const query of [...BROAD, '光波导', '芯片 from:2019-11 to:2019-11', '"人工智能" 数据']) {
      const { plan, filters } = planSearch({ query }, sharedAliases());
      for (const k of [1, 10, 45]) {
        const match = (scope: 'all' | 'page', sampling?: typeof SAMPLING) =>
          matchPlan(plan, postings, columns, columns.matcher(filters, printedNowhere, sharedAliases()), k, sampling, scope);
        const all = match('all');
        expect(all.best.length, `${query} ${k}`).toBeGreaterThan(0);
        expect(match('page').best, `${query} ${k}`).toEqual(all.best);
        expect(match('page', SAMPLING).best, `${query} ${k}`).toEqual(all.best);
        expect(match('page').hits.length, query).toBe(0);
      }
      // Through the search: the page is the same, its total and facets are not counted.
      const a = await sampled.search({ query, limit: 10, facets: false });
      const b = await sampled.search({ query, limit: 10, facets: false, pageOnly: true });
      expect(b.hits, query).toEqual(a.hits);
      expect(b.total, query).toBe(0);
    }
  });
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedAliases } from '../src/search/aliases.js';
import { planSearch, printedPlan } from '../src/search/request.js';
import { union } from '../src/store/sqlite/id-lists.js';
import { PostingsCache } from '../src/store/sqlite/phrase-postings.js';
import { SearchColumns } from '../src/store/sqlite/search-columns.js';
import { matchPlan } from '../src/store/sqlite/search-match.js';
import { SqliteGate } from '../src/store/sqlite/gate.js';
import { SqliteSearch } from '../src/store/sqlite/search-queries.js';
import { printedNowhere, syntheticSqliteArchive } from './sqlite-synthetic-archive.js';

/**
 * Filters alone (no words): the search looks only at the articles of a tag's or an entity's lists, and must answer
 * what a test of every article of the archive answers.
 */
const FILTERS = [
  'tag:芯片',
  'entity:华为',
  'entity:华为技术有限公司',
  'entity:莫若',
  'entity:星澜微联',
  'entity:莫若 tag:芯片',
  'entity:华为 entity:中国',
  'entity:莫若 from:2020 to:2021',
  '-芯片 entity:莫若',
  'tag:没有这个标签',
];

/** Words beside the filters: broad words whose candidates outnumber the filters' articles. */
const WORDS_AND_FILTERS = ['数据 entity:莫若', '发展 tag:芯片', '数据 OR 企业 entity:华为', '发展 -数据 entity:中国', '企业 entity:星澜微联', '发展 entity:莫若 from:2020'];

/** Bounds below the hits of a broad word beside a filter (a few dozen), so that such searches take the sampled path. */
const SAMPLING = { exactMax: 8, sampleTarget: 30, sampleHits: 6 };

describe('SQLite search by tag and entity filters', () => {
  const dir = mkdtempSync(join(tmpdir(), 'jianbao-filter-candidates-'));
  let db: Database.Database;
  let search: SqliteSearch;
  let columns: SearchColumns;

  beforeAll(async () => {
    const file = await syntheticSqliteArchive(dir);
    db = new Database(file, { readonly: true });
    search = new SqliteSearch(db, new SqliteGate(db));
    columns = SearchColumns.load(db, sharedAliases());
  }, 120_000);
  afterAll(() => {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('narrows the articles looked at to those of the lists, holding every article the filters accept', () => {
    for (const query of FILTERS) {
      const { filters } = planSearch({ query }, sharedAliases());
      const filter = columns.matcher(filters, printedNowhere, sharedAliases());
      const accepted = [...columns.allIds()].filter(filter.accepts);
      expect(filter.candidates, query).not.toBeNull();
      expect(filter.candidates!.length, query).toBeLessThan(columns.allIds().length);
      expect([...filter.candidates!].filter(filter.accepts), query).toEqual(accepted);
    }
    expect(columns.matcher(planSearch({ query: 'from:2020' }, sharedAliases()).filters, printedNowhere, sharedAliases()).candidates).toBeNull();
  });

  it('lists every accepted article, newest first, as a test of every article does', async () => {
    // A known name's filter also accepts the articles printing its names (entity-names.ts), as the search reads them.
    const postings = new PostingsCache(db);
    const printedBy = (names: string[]) => union(names.flatMap((n) => printedPlan(n).groups.flat().map((p) => postings.get(p, false).ids)), columns.size);
    let some = 0;
    for (const query of FILTERS) {
      const { filters, plan } = planSearch({ query }, sharedAliases());
      const filter = columns.matcher(filters, printedBy, sharedAliases());
      // The one exclusion of the list is -芯片: the articles a search for 芯片 finds.
      const excluded = new Set(plan.excluded.length ? (await search.search({ query: '芯片', limit: 5000, facets: false })).hits.map((h) => h.id) : []);
      const accepted = [...columns.allIds()].filter((id) => filter.accepts(id) && !excluded.has(id));
      const r = await search.search({ query, limit: 5000, facets: false });
      expect(r.total, query).toBe(accepted.length);
      expect(r.hits.map((h) => h.id), query).toEqual(accepted.sort((a, b) => columns.newerFirst(a, b)));
      some += accepted.length ? 1 : 0;
    }
    // Most of the filters find articles: the lists are not compared empty.
    expect(some).toBeGreaterThanOrEqual(FILTERS.length - 3);
  });

  it('beside words, walks the articles of the filters when fewer, and finds the same hits, sample and page as walking the candidates of the words', () => {
    let sampled = 0;
    let partly = 0;
    for (const query of WORDS_AND_FILTERS) {
      const { plan, filters } = planSearch({ query }, sharedAliases());
      const filter = columns.matcher(filters, printedNowhere, sharedAliases());
      // A cache per query: walking the filter's few articles reads the words' shares of its hits alone, walking the
      // candidates of the words reads them all; both give the same scores.
      const postings = new PostingsCache(db);
      for (const sampling of [SAMPLING, undefined]) {
        const walkingFilter = matchPlan(plan, postings, columns, filter, 20, sampling);
        if (plan.groups.flat().some((p) => !postings.whole(p))) partly++;
        const walkingWords = matchPlan(plan, postings, columns, { accepts: filter.accepts, candidates: null }, 20, sampling);
        expect(walkingFilter, query).toEqual(walkingWords);
        if (walkingWords.sample) sampled++;
      }
    }
    // The sampled path is taken too, not only the exact one; and shares are read for the hits alone.
    expect(sampled).toBeGreaterThan(0);
    expect(partly).toBeGreaterThan(2);
  });
});

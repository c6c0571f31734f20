import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedAliases } from '../src/search/aliases.js';
import { readSampleTexts } from '../src/search/generate-archive.js';
import { planSearch } from '../src/search/request.js';
import { materialFromTexts, syntheticIssues } from '../src/search/synthetic-archive.js';
import { SearchColumns } from '../src/store/sqlite/search-columns.js';
import { SqliteGate } from '../src/store/sqlite/gate.js';
import { SqliteSearch } from '../src/store/sqlite/search-queries.js';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js';

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

describe('SQLite search by tag and entity filters alone', () => {
  const dir = mkdtempSync(join(tmpdir(), 'jianbao-filter-candidates-'));
  let db: Database.Database;
  let search: SqliteSearch;
  let columns: SearchColumns;

  beforeAll(async () => {
    const file = join(dir, 'archive.db');
    const store = openSqliteStore(file);
    for (const i of syntheticIssues(materialFromTexts(readSampleTexts('samples')), { articles: 1500, seed: 11 })) await store.issues.import(i.source, i.bulletin);
    await store.close();
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
      const filter = columns.matcher(filters);
      const accepted = [...columns.allIds()].filter(filter.accepts);
      expect(filter.candidates, query).not.toBeNull();
      expect(filter.candidates!.length, query).toBeLessThan(columns.allIds().length);
      expect([...filter.candidates!].filter(filter.accepts), query).toEqual(accepted);
    }
    expect(columns.matcher(planSearch({ query: 'from:2020' }, sharedAliases()).filters).candidates).toBeNull();
  });

  it('lists every accepted article, newest first, as a test of every article does', async () => {
    let some = 0;
    for (const query of FILTERS) {
      const { filters, plan } = planSearch({ query }, sharedAliases());
      const filter = columns.matcher(filters);
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
});

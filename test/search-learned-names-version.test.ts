import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { learnedNamesVersion } from '../src/search/learned-aliases.js';
import { understandBulletin } from '../src/pipeline/understand.js';
import { openStore } from '../src/store/open.js';
import { MIGRATIONS as PG_MIGRATIONS } from '../src/store/postgres/migrations.js';
import { MIGRATIONS as SQLITE_MIGRATIONS } from '../src/store/sqlite/migrations.js';
import type { Store } from '../src/store/types.js';
import type { Bulletin } from '../src/types.js';
import { BACKENDS, type TestBackend } from './backends.js';
import { companyArticle } from './search-fixture.js';
import { as, openCore } from './core-fixture.js';

const BULLETIN: Bulletin = {
  publication: '星地周报',
  issueDate: '2025-04-07',
  sections: ['企业情报'],
  warnings: [],
  articles: [
    companyArticle('澄川航天签约海外运营商', '据澄川航天（Clearstream Space）公告，公司与东南亚运营商签署容量协议。'),
    companyArticle('澄川航天一季度收入增长', '澄川航天一季度卫星通信收入同比增长两成。'),
    companyArticle('Clearstream Space wins contract', 'Clearstream Space signed a capacity deal in Brazil.'),
  ],
};

const titles = async (store: Store, query: string) =>
  (await store.search.search({ query, limit: 100, facets: false })).hits
    .filter((h) => !h.missing)
    .map((h) => h.title)
    .sort();

/**
 * Makes the store at `location` as an older jianbao left it: its learned names written by rules that learned
 * none of these, and the schema one step short of the learned names' state, so opening it runs that step.
 */
async function asMadeByOldRules(backend: TestBackend, location: string): Promise<void> {
  await backend.sql(location, 'DELETE FROM search_names');
  await backend.sql(location, 'DROP TABLE search_names_state');
  if (backend.name === 'sqlite') await backend.sql(location, `PRAGMA user_version = ${SQLITE_MIGRATIONS.length - 1}`);
  else await backend.sql(location, 'DELETE FROM schema_migrations WHERE version = $1', [PG_MIGRATIONS.length]);
}

describe.each(BACKENDS)('learned names written by older rules on the $name store', (backend) => {
  let store: Store | null = null;
  let understood: ReturnType<typeof understandBulletin>;
  // The lexicons load once, before the tests' clocks start.
  beforeAll(() => {
    understood = understandBulletin(BULLETIN);
  }, 180_000);
  afterEach(async () => {
    await store?.close();
    store = null;
  });

  const importFixture = async (s: Store) =>
    s.issues.import({ path: 'fixtures/learned.txt', sha256: 'learned'.padEnd(64, '0'), bytes: 100, encoding: 'utf-8', kind: 'text' }, BULLETIN, understood);

  it('marks a new store current, so enrich writes nothing again', async () => {
    const location = await backend.migrated();
    store = await openStore(location);
    await importFixture(store);
    expect(await backend.sql(location, 'SELECT version, done_to FROM search_names_state')).toEqual([{ version: learnedNamesVersion(), done_to: null }]);
    expect(await store.enrichment.relearnNames()).toBe(0);
  }, 180_000);

  it('writes an old store\'s names again on jianbao enrich, and says so; a second run has nothing to do', async () => {
    const location = await backend.migrated();
    store = await openStore(location);
    await importFixture(store);
    await store.close();
    await asMadeByOldRules(backend, location);
    store = await openStore(location);
    // The old rules' rows: the Latin name finds only the articles printing it.
    expect(await titles(store, 'Clearstream Space')).toEqual(['Clearstream Space wins contract', '澄川航天签约海外运营商']);
    expect(await backend.sql(location, 'SELECT version, done_to FROM search_names_state')).toEqual([{ version: '', done_to: null }]);
    await store.close();
    const jianbao = await openCore(location);
    try {
      expect((await jianbao.enrichment.enrich(as('admin', 'ed'))).relearned).toBe(3);
    } finally {
      await jianbao.close();
    }
    store = await openStore(location);
    expect(await titles(store, 'Clearstream Space')).toEqual(['Clearstream Space wins contract', '澄川航天一季度收入增长', '澄川航天签约海外运营商']);
    expect(await backend.sql(location, 'SELECT version, done_to FROM search_names_state')).toEqual([{ version: learnedNamesVersion(), done_to: null }]);
    expect(await store.enrichment.relearnNames()).toBe(0);
  }, 180_000);

  it('resumes an interrupted run where it stopped', async () => {
    const location = await backend.migrated();
    store = await openStore(location);
    await importFixture(store);
    const ids = (await backend.sql(location, 'SELECT id FROM articles ORDER BY id')).map((r) => Number(r.id));
    await backend.sql(location, 'DELETE FROM search_names');
    // Stopped after the first article: only the two after it are written.
    await backend.sql(location, 'UPDATE search_names_state SET version = $1, done_to = $2', [learnedNamesVersion(), ids[0]]);
    const seen: [number, number][] = [];
    expect(await store.enrichment.relearnNames((done, total) => seen.push([done, total]))).toBe(2);
    expect(seen).toEqual([[2, 2]]);
    expect(await backend.sql(location, 'SELECT DISTINCT article_id FROM search_names')).toEqual([]);
    // Done by other rules: all three again.
    await backend.sql(location, 'UPDATE search_names_state SET version = $1, done_to = NULL', ['older']);
    expect(await store.enrichment.relearnNames()).toBe(3);
    expect((await backend.sql(location, 'SELECT DISTINCT article_id FROM search_names')).map((r) => Number(r.article_id))).toEqual([ids[0]]);
  }, 180_000);
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { understandBulletin } from '../src/pipeline/understand.js';
import { openStore } from '../src/store/open.js';
import type { Store } from '../src/store/types.js';
import type { Article, Bulletin } from '../src/types.js';
import { BACKENDS, type TestBackend } from './backends.js';
import { companyArticle } from './search-fixture.js';

const issue = (issueDate: string, articles: Article[]): Bulletin => ({ publication: '产业周报', issueDate, sections: ['企业情报'], warnings: [], articles });

/** The registered name is stored for an article of the first issue only; the second prints the short name alone. */
const REGISTERED = issue('2025-03-03', [companyArticle('星澜微联完成新一轮融资', '苏州星澜微联通信技术有限公司近日完成新一轮融资。星澜微联表示，资金将用于卫星终端研发。')]);
const SHORT_ONLY = issue('2025-03-10', [companyArticle('星澜微联卫星终端通过认证', '星澜微联的卫星终端通过入网认证。')]);

const titles = async (store: Store, query: string) => (await store.search.search({ query, limit: 100, facets: false })).hits.map((h) => h.title).sort();

describe.each(BACKENDS)('an entity filter on a name nothing knows, on the $name store, as issues come and go', (backend: TestBackend) => {
  let store: Store;
  let location: string;
  let registered: number;
  beforeAll(async () => {
    location = await backend.migrated();
    store = await openStore(location);
    const source = (name: string) => ({ path: `fixtures/${name}.txt`, sha256: name.padEnd(64, '0'), bytes: 100, encoding: 'utf-8', kind: 'text' as const });
    const r = await store.issues.import(source('registered'), REGISTERED, understandBulletin(REGISTERED));
    if (r.status !== 'imported') throw new Error('fixture not imported');
    registered = r.issueId;
    await store.issues.import(source('short'), SHORT_ONLY, understandBulletin(SHORT_ONLY));
  });
  afterAll(() => store.close());

  it.runIf(backend.name === 'postgres')('keeps every stored entity name in the table the lookup reads', async () => {
    const stored = async (sql: string) => (await backend.sql(location, sql)).map((r) => r.name as string).sort();
    const names = await stored('SELECT DISTINCT name FROM article_entities');
    expect(names.length).toBeGreaterThan(0);
    // A removed article's names may stay in the table; every name an article has is there.
    const table = await stored('SELECT name FROM entity_names');
    expect(names.filter((n) => !table.includes(n))).toEqual([]);
  });

  it('finds by its short name every article printing it while a registered name of it is stored, and none once that is removed', async () => {
    expect(await titles(store, 'entity:星澜微联')).toEqual(['星澜微联卫星终端通过认证', '星澜微联完成新一轮融资']);
    expect(await store.issues.remove(registered)).not.toBeNull();
    // No article's entity is the registered name any more: the short name is a name nothing knows, and finds nothing.
    expect(await titles(store, 'entity:星澜微联')).toEqual([]);
    expect(await titles(store, 'entity:星澜微联 卫星')).toEqual([]);
  });
});

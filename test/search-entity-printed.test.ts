import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { understandBulletin } from '../src/pipeline/understand.js';
import { openStore } from '../src/store/open.js';
import type { Store } from '../src/store/types.js';
import type { Bulletin } from '../src/types.js';
import { BACKENDS } from './backends.js';
import { companyArticle } from './search-fixture.js';

/**
 * A brand stored for its headline and printed in another article's list, an English name printed alone and once
 * beside its Chinese name, a short brand printed in a list, and ordinary words side by side no article stores.
 */
const BULLETIN: Bulletin = {
  publication: '农机周报',
  issueDate: '2025-05-12',
  sections: ['企业情报'],
  warnings: [],
  articles: [
    companyArticle('禾穗智控发布新一代播种机', '新机型采用电驱排种，作业速度提高两成。'),
    companyArticle('丘陵山区农机需求增长', '合作社采购禾穗智控、青垄等品牌的小型农机，补贴后价格下降。'),
    companyArticle('绿岸农业下调全年预期', '绿岸农业（GreenShore）表示，北美需求疲软。'),
    companyArticle('GreenShore cuts outlook', 'GreenShore said demand for large tractors fell in North America.'),
    companyArticle('农机合作联社成立', '十余家合作社组建农机合作联社，统一调度收获机。'),
    companyArticle('卫星终端进入农田', '多家器械企业把卫星终端装上拖拉机。'),
  ],
};

const filtered = async (store: Store, name: string) =>
  (await store.search.search({ query: '', filters: { entities: [name] }, limit: 100, facets: false })).hits.map((h) => h.title).sort();

describe.each(BACKENDS)('an entity filter by a name printed where no entity was stored, on the $name store', (backend) => {
  let store: Store;
  beforeAll(async () => {
    store = await openStore(await backend.fresh());
    await store.issues.import({ path: 'fixtures/printed.txt', sha256: 'printed'.padEnd(64, '0'), bytes: 100, encoding: 'utf-8', kind: 'text' }, BULLETIN, understandBulletin(BULLETIN));
    // The headline's brand stored as an organisation, as the entity layer may read it; the list's printing stores none.
    const headline = (await store.articles.list()).find((a) => a.title === '禾穗智控发布新一代播种机');
    await store.articles.setFacts(headline!.id, { entities: [{ name: '禾穗智控', type: 'organization', count: 1 }] });
  });
  afterAll(() => store.close());

  it('accepts the articles printing a stored name of four characters or more where no entity was stored (a list)', async () => {
    expect(await filtered(store, '禾穗智控')).toEqual(['丘陵山区农机需求增长', '禾穗智控发布新一代播种机']);
  });

  it('accepts the articles printing an English name alone, and by it those printing the Chinese name beside it', async () => {
    expect(await filtered(store, 'GreenShore'), 'GreenShore').toEqual(['GreenShore cuts outlook', '绿岸农业下调全年预期']);
    expect(await filtered(store, '绿岸农业'), '绿岸农业').toEqual(['GreenShore cuts outlook', '绿岸农业下调全年预期']);
  });

  it('takes no printing of a short name, nor of ordinary words side by side, for a name', async () => {
    // 青垄 is printed in a list only: two characters are too often part of other words.
    expect(await filtered(store, '青垄')).toEqual([]);
    expect(await filtered(store, '卫星终端')).toEqual([]);
    expect(await filtered(store, '器械企业')).toEqual([]);
  });
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importJudgedArchive, plainArticles, readJudged, type Judged } from '../src/eval/judged-archive.js';
import { ndcgAt, substringBaseline, type PlainArticle } from '../src/eval/search-metrics.js';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js';
import type { Store } from '../src/store/types.js';

/**
 * The figures of `npm run eval:search` on the second unseen archive (testdata/search-unseen2), held at their last
 * values less a margin (nDCG@10 then: dev 0.938, held-out 0.914; the substring baseline 0.850 and 0.800), so a
 * change that loses ranking quality on material nobody tuned for fails here. The embedded store: PostgreSQL gives
 * the same first 10 for every query (the eval checks that).
 */
const DIR = 'testdata/search-unseen2';
const FLOORS = { dev: 0.92, heldout: 0.89 };

let dir: string;
let store: Store;
let plain: PlainArticle[];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'jianbao-unseen2-'));
  store = openSqliteStore(join(dir, 'unseen2.db'));
  await importJudgedArchive(store, DIR);
  plain = await plainArticles(store);
}, 120_000);

afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Mean nDCG@10 of the search and of the baseline over the queries. */
async function means(queries: Judged[]): Promise<{ ours: number; base: number }> {
  let [ours, base] = [0, 0];
  for (const { query, grades } of queries) {
    const { hits } = await store.search.search({ query, limit: 10, facets: false });
    ours += ndcgAt(10, hits.map((h) => h.title), grades);
    base += ndcgAt(10, substringBaseline(query, plain).map((a) => a.title), grades);
  }
  return { ours: ours / queries.length, base: base / queries.length };
}

describe('search on the second unseen archive', () => {
  const judged = readJudged(DIR);

  it.each(['dev', 'heldout'] as const)('keeps nDCG@10 of the %s queries above its floor and above the substring baseline', async (part) => {
    const { ours, base } = await means(judged[part]);
    expect(ours).toBeGreaterThanOrEqual(FLOORS[part]);
    expect(ours).toBeGreaterThan(base);
  });

  it('finds an organisation by any of its names, in the text and through entity:', async () => {
    const titles = async (query: string) => (await store.search.search({ query, limit: 100, facets: false })).hits.map((h) => h.title).sort();
    const nvidia = plain.filter((a) => /英伟达|NVIDIA/i.test(`${a.title}${a.body}`)).map((a) => a.title).sort();
    expect(nvidia.length).toBeGreaterThan(3);
    for (const name of ['英伟达', 'NVIDIA', 'Nvidia']) expect(await titles(name), name).toEqual(nvidia);
    const byEntity = await titles('entity:NVIDIA');
    expect(byEntity.length).toBeGreaterThan(0);
    expect(byEntity).toEqual(await titles('entity:英伟达'));
    for (const t of byEntity) expect(nvidia).toContain(t);
  });
});

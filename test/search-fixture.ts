/**
 * Made-up bulletins for the search tests: an article of 企业情报, and a store on a backend holding one bulletin with
 * the titles its searches find.
 */
import { afterAll, beforeAll } from 'vitest';
import { understandBulletin } from '../src/pipeline/understand.js';
import { openStore } from '../src/store/open.js';
import type { Store } from '../src/store/types.js';
import type { Article, Bulletin } from '../src/types.js';
import type { TestBackend } from './backends.js';

/** An article of 企业情报 with `title` and `body`, at the top of page 1. */
export function companyArticle(title: string, body: string): Article {
  return { section: '企业情报', title, byline: null, subheads: [], body, captions: [], page: 1, lineStart: 1, lineEnd: 2 };
}

/**
 * Opens a migrated store on `backend` before the describe block's tests and imports `bulletin` as the file `name`;
 * closes it after. `titles` gives the sorted titles of the full matches (partial matches left out) of a query, with
 * entity filters when given; `store` the open store.
 */
export function bulletinSearch(backend: TestBackend, name: string, bulletin: Bulletin): { titles: (query: string, entities?: string[]) => Promise<string[]>; store: () => Store } {
  let store: Store;
  beforeAll(async () => {
    store = await openStore(await backend.migrated());
    await store.issues.import({ path: `fixtures/${name}.txt`, sha256: name.padEnd(64, '0'), bytes: 100, encoding: 'utf-8', kind: 'text' }, bulletin, understandBulletin(bulletin));
  });
  afterAll(() => store.close());
  const titles = async (query: string, entities?: string[]) =>
    (await store.search.search({ query, ...(entities ? { filters: { entities } } : {}), limit: 100, facets: false })).hits
      .filter((h) => !h.missing)
      .map((h) => h.title)
      .sort();
  return { titles, store: () => store };
}

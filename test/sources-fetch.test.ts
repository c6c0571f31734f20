import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFetcher, type Fetcher } from '../src/fetch/index.js';
import { fetchDue } from '../src/sources/fetch-loop.js';
import type { SourceRun } from '../src/sources/fetch-source.js';
import { openStore } from '../src/store/open.js';
import type { Store } from '../src/store/types.js';
import { BACKENDS } from './backends.js';
import { LOOPBACK } from './fetch-test-server.js';
import { startSourcesServer, type SourcesServer } from './sources-server.js';

let server: SourcesServer;
let fetcher: Fetcher;

beforeAll(async () => {
  server = await startSourcesServer();
  // A cap of 1 MB reaches the 50 MB page's refusal within the timeout on a loaded machine too (10 MB often did not).
  fetcher = createFetcher({ timeoutMs: 3000, maxBytes: 1024 * 1024, retries: 0, hostDelayMs: 0, allowNetworks: LOOPBACK });
});
afterAll(async () => {
  await server.close();
});

const poll = (store: Store, sourceId?: number): Promise<SourceRun[]> => fetchDue(store, fetcher, { signal: new AbortController().signal, sourceId });
const counts = (runs: SourceRun[]) => runs.map((r) => ({ new: r.new, unchanged: r.unchanged, failed: r.failed, notModified: r.notModified, error: r.error }));

describe.each(BACKENDS)('fetching sources into the $name store', (backend) => {
  /** A fresh store holding the given sources (paths on the test server), polled due at once. */
  async function storeWith(...paths: string[]): Promise<{ store: Store; file: string }> {
    const file = await backend.migrated();
    const store = await openStore(file);
    for (const p of paths) await store.sources.add({ url: `${server.base}${p}`, name: null, section: '通信', everySeconds: 3600 });
    return { store, file };
  }
  const rowCount = async (file: string, sql: string): Promise<number> => Number((await backend.sql(file, sql))[0].n);

  it('stores RSS 2.0, Atom and GBK feed items with provenance, and the second poll gets 304 and stores nothing', async () => {
    const { store, file } = await storeWith('/feeds/rss2.xml', '/feeds/atom.xml', '/feeds/gbk.xml');
    const first = await poll(store);
    expect(counts(first)).toEqual([
      { new: 2, unchanged: 0, failed: 0, notModified: false, error: null },
      { new: 2, unchanged: 0, failed: 0, notModified: false, error: null },
      { new: 1, unchanged: 0, failed: 0, notModified: false, error: null },
    ]);
    // file:// and javascript: items are never fetched; they are reported.
    expect(first[0].warnings.join('\n')).toMatch(/file:\/\/\/etc\/passwd.*\n.*javascript:/);

    const articles = await store.articles.list();
    expect(articles).toHaveLength(5);
    const gbk = articles.find((a) => a.web?.url.endsWith('/gbk/article-1.html'))!;
    expect(gbk.title).toBe('我国5G基站总数达115.9万个 占全球70%以上');
    expect(gbk.body).toContain('工业和信息化部召开新闻发布会');
    expect(gbk.issueId).toBeNull();
    expect(gbk.section).toBe('通信');
    expect(gbk.web).toMatchObject({ sourceId: 3, author: '李明', outlet: '人民邮电报', publishedAt: expect.stringMatching(/^2021-10-19/) });
    const tracked = articles.find((a) => a.web?.url.includes('utm_source'))!;
    expect(tracked.web!.dedupKey).not.toContain('utm');
    expect(Date.parse(tracked.web!.fetchedAt)).not.toBeNaN();
    expect(await store.articles.get(tracked.id)).toEqual(tracked);

    const sources = await store.sources.list();
    expect(sources.map((s) => [s.kind, s.lastStatus, s.articleCount, s.failures])).toEqual([
      ['feed', 'ok', 2, 0],
      ['feed', 'ok', 2, 0],
      ['feed', 'ok', 1, 0],
    ]);
    expect(sources.every((s) => s.etag)).toBe(true);
    expect(await store.sources.due(new Date())).toEqual([]);
    expect((await store.sources.due(new Date(Date.now() + 3601_000))).length).toBe(3);

    const before = server.notModified;
    const again = await Promise.all(sources.map((s) => poll(store, s.id)));
    expect(again.flat().map((r) => [r.notModified, r.new])).toEqual([[true, 0], [true, 0], [true, 0]]);
    expect(server.notModified - before).toBe(3);
    expect(await rowCount(file, 'SELECT count(*) AS n FROM articles')).toBe(5);
    expect((await store.sources.list()).map((s) => s.lastStatus)).toEqual(['unchanged', 'unchanged', 'unchanged']);
    await store.close();
  });

  it('follows a GBK listing page to its GBK article pages, each stored once', async () => {
    const { store, file } = await storeWith('/news/');
    const [run] = await poll(store);
    expect(counts([run])).toEqual([{ new: 6, unchanged: 0, failed: 0, notModified: false, error: null }]);
    const titles = (await store.articles.list({ sourceId: 1 })).map((a) => a.title);
    expect(titles).toHaveLength(6);
    for (const t of titles) expect(t).toMatch(/^第1\d条：工业和信息化部发布行业运行情况通报（1\d）$/);
    expect((await store.sources.get(1))!.kind).toBe('listing');
    await poll(store, 1);
    expect(await rowCount(file, 'SELECT count(*) AS n FROM articles')).toBe(6);
    await store.close();
  });

  it('stores the same article once across feed and listing, tracking parameters and a mobile copy naming its canonical URL', async () => {
    const { store, file } = await storeWith('/feeds/rss2.xml', '/mixed/');
    const [feed, listing] = await poll(store);
    expect(feed.new).toBe(2);
    // The listing's three links are the feed's two articles: with utm/from parameters and a mobile copy.
    expect(listing).toMatchObject({ new: 0, unchanged: 3, failed: 0, error: null });
    expect(server.hits.get('/wap/2021/10/19/5g-stations-mobile.html')).toBeGreaterThan(0);
    expect(server.hits.has('/etc/passwd')).toBe(false);
    expect(await rowCount(file, 'SELECT count(*) AS n FROM articles')).toBe(2);
    expect(await rowCount(file, 'SELECT count(DISTINCT dedup_key) AS n FROM articles')).toBe(2);
    await store.close();
  });

  it('records slow, failing, looping, huge, malformed and hostile sources on the source and goes on', async () => {
    const paths = ['/slow', '/always-500', '/loop-a', '/huge', '/feeds/malformed.xml', '/feeds/bomb.xml', '/feeds/gbk.xml'];
    const { store, file } = await storeWith(...paths);
    const runs = await poll(store);
    expect(runs.map((r) => r.error)).toEqual([
      expect.stringMatching(/\/slow: no complete answer within 3000 ms$/),
      expect.stringMatching(/\/always-500: HTTP 500/),
      expect.stringMatching(/\/loop-a: redirect loop/),
      expect.stringMatching(/\/huge: response exceeds the \d+-byte limit/),
      expect.stringMatching(/\/feeds\/malformed\.xml: malformed XML at line \d+/),
      expect.stringMatching(/\/feeds\/bomb\.xml: .*entity-expansion bomb/),
      null,
    ]);
    expect(runs[6].new).toBe(1);
    const sources = await store.sources.list();
    expect(sources.map((s) => [s.lastStatus, s.failures])).toEqual([...paths.slice(0, 6).map(() => ['failed', 1]), ['ok', 0]]);
    expect(sources[0].lastError).toBe(runs[0].error);
    // Failures count up poll after poll, and the store still holds one copy of the good article.
    for (const s of sources.slice(1, 3)) await poll(store, s.id);
    expect((await store.sources.list()).slice(1, 3).map((s) => s.failures)).toEqual([2, 2]);
    expect(await rowCount(file, 'SELECT count(*) AS n FROM articles')).toBe(1);
    await store.close();
  });

  it('retries items that failed for a passing reason on the next poll, and reports missing or huge pages once', async () => {
    const { store } = await storeWith('/feeds/broken-items.xml');
    const [first] = await poll(store);
    expect(first).toMatchObject({ new: 0, failed: 3, error: null });
    expect(first.warnings).toEqual([
      expect.stringMatching(/gone\.html: HTTP 404/),
      expect.stringMatching(/\/huge: response exceeds/),
      expect.stringMatching(/\/always-500: HTTP 500/),
    ]);
    const source = (await store.sources.get(1))!;
    expect(source).toMatchObject({ lastStatus: 'ok', etag: null, failures: 0 });
    expect(source.lastError).toMatch(/^3 of 3 items failed, first: .*gone\.html: HTTP 404/);
    const hugeHits = server.hits.get('/huge');
    const [second] = await poll(store, 1);
    expect(second).toMatchObject({ notModified: false, failed: 1 });
    expect(second.warnings).toEqual([expect.stringMatching(/\/always-500: HTTP 500/)]);
    expect(server.hits.get('/huge')).toBe(hugeHits);
    await store.close();
  });
});

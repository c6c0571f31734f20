import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFetcher, type Fetcher } from '../src/fetch/index.js';
import { discoverArticleLinks, initialSourceState, parseFeed, pollSource } from '../src/feeds/index.js';
import { LOOPBACK, startTestServer, type TestServer } from './fetch-test-server.js';

let server: TestServer;
let fetcher: Fetcher;

beforeAll(async () => {
  server = await startTestServer();
  fetcher = createFetcher({ timeoutMs: 2000, retries: 0, hostDelayMs: 0, allowNetworks: LOOPBACK });
});
afterAll(() => server.close());

async function fetchBytes(path: string): Promise<{ body: Uint8Array; url: string; contentType?: string }> {
  const r = await fetcher.get(`${server.base}${path}`);
  if (r.status !== 'ok') throw new Error('unexpected 304');
  return { body: r.body, url: r.url, contentType: r.contentType ?? undefined };
}

describe('feeds served over HTTP', () => {
  it('parses RSS 2.0 and drops file:// and javascript: links with warnings', async () => {
    const { body, url, contentType } = await fetchBytes('/feeds/rss2.xml');
    const feed = parseFeed(body, { url, contentType });
    expect(feed.format).toBe('rss');
    expect(feed.title).toBe('信息产业动态');
    expect(feed.items.map((i) => i.title)).toEqual(['工信部：我国5G基站总数达115.9万个', '三大运营商前三季度财报出炉']);
    expect(feed.items[0]).toMatchObject({ guid: 'news-20211019-001', summary: '截至9月末，我国5G基站总数达到115.9万个。', published: '2021-10-19T00:30:00Z' });
    expect(feed.warnings).toHaveLength(2);
    expect(feed.warnings[0]).toMatch(/file:\/\/\/etc\/passwd is not an http\(s\) URL/);
    expect(feed.warnings[1]).toMatch(/javascript:/);
  });

  it('parses Atom, resolving relative links and ignoring enclosures', async () => {
    const { body, url } = await fetchBytes('/feeds/atom.xml');
    const feed = parseFeed(body, { url });
    expect(feed.format).toBe('atom');
    expect(feed.items.map((i) => i.url)).toEqual([`${server.base}/blog/2021/10/open-ran-trials`, `${server.base}/blog/2021/10/satellite-pricing`]);
    expect(feed.items[0].summary).toBe('Operators in four countries extend trials.');
    expect(feed.items[1].published).toBe('2021-10-18T09:00:00+02:00');
  });

  it('parses RSS 1.0 (RDF)', async () => {
    const { body, url } = await fetchBytes('/feeds/rdf.xml');
    const feed = parseFeed(body, { url });
    expect(feed.format).toBe('rdf');
    expect(feed.items).toHaveLength(1);
    expect(feed.items[0]).toMatchObject({ title: 'RDF item one', published: '2021-10-19T08:00:00+08:00' });
  });

  it('decodes a GBK feed from its XML declaration', async () => {
    const { body, url, contentType } = await fetchBytes('/feeds/gbk.xml');
    const feed = parseFeed(body, { url, contentType });
    expect(feed.title).toBe('产业观察');
    expect(feed.items[0].title).toBe('国产操作系统生态建设迈出新步伐');
  });

  it('names malformed XML clearly', async () => {
    const { body, url } = await fetchBytes('/feeds/malformed.xml');
    expect(() => parseFeed(body, { url })).toThrow(new RegExp(`^${url}: malformed XML at line \\d+`));
  });

  it('refuses an entity-expansion bomb without expanding it', async () => {
    const { body, url } = await fetchBytes('/feeds/bomb.xml');
    expect(() => parseFeed(body, { url })).toThrow(/entity "lol1" expands other entities \(entity-expansion bomb\); refused$/);
  });

  it('refuses external entities but expands a small harmless one', () => {
    const xxe = '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><rss version="2.0"><channel><title>&xxe;</title></channel></rss>';
    expect(() => parseFeed(xxe, { url: 'xxe.xml' })).toThrow('xxe.xml: XML declares external entity "xxe"; refused');
    const small = '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY c "(c)">]><rss version="2.0"><channel><title>T &c; x</title></channel></rss>';
    expect(parseFeed(small).title).toBe('T (c) x');
  });

  it('rejects XML that is not a feed', () => {
    expect(() => parseFeed('<html><body/></html>', { url: 'x.xml' })).toThrow('x.xml: not an RSS, Atom or RDF feed (root element html)');
  });
});

describe('discoverArticleLinks', () => {
  it('takes headline links, not phrases linked inside running text or the page itself', () => {
    const html = `<html><body><main>
      <h2><a href="/2021/10/19/budget-hearing-set.html">Budget hearing set for next week at city hall</a></h2>
      <h2><a href="/2021/10/18/transit-ridership.html">Transit ridership rebounds to pre-pandemic levels</a></h2>
      <p>As we <a href="/2021/10/01/earlier-story.html">reported earlier this month in detail</a>, the council met on Tuesday to discuss the plan and its many costs.</p>
      <a href="/news/#top">Back to the top of this news page</a></main></body></html>`;
    const links = discoverArticleLinks(html, { url: 'https://example.com/news/' });
    expect(links.map((l) => l.url)).toEqual(['https://example.com/2021/10/19/budget-hearing-set.html', 'https://example.com/2021/10/18/transit-ridership.html']);
  });
});

describe('pollSource', () => {
  it('returns new feed items once, canonicalising tracking parameters away for de-duplication', async () => {
    const source = { url: `${server.base}/feeds/rss2.xml`, kind: 'feed' as const };
    const first = await pollSource(source, initialSourceState(), fetcher);
    expect(first.items).toHaveLength(2);
    expect(first.warnings).toHaveLength(2);
    const second = await pollSource(source, first.newState, fetcher);
    expect(second.items).toEqual([]);
    expect(second.newState.seen).toEqual(first.newState.seen);
  });

  it('finds article links on a GBK listing page, skipping nav, footer, pagers and other sites', async () => {
    const result = await pollSource({ url: `${server.base}/news/`, kind: 'listing' }, initialSourceState(), fetcher);
    const paths = result.items.map((i) => new URL(i.url).pathname);
    expect(paths).toEqual(['/news/2021/10/10/1010.html', '/news/2021/10/11/1011.html', '/news/2021/10/12/1012.html', '/news/2021/10/13/1013.html', '/news/2021/10/14/1014.html', '/news/2021/10/15/1015.html']);
    expect(result.items[0].title).toBe('第10条：工业和信息化部发布行业运行情况通报（10）');
  });

  it('keeps state unchanged on 304', async () => {
    const source = { url: `${server.base}/etag`, kind: 'listing' as const };
    const first = await pollSource(source, initialSourceState(), fetcher);
    expect(first.newState.etag).toBe('"v1"');
    const second = await pollSource(source, first.newState, fetcher);
    expect(second.unchanged).toBe(true);
    expect(second.items).toEqual([]);
  });
});

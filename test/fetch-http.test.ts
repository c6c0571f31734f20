import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFetcher, FetchError, fetchArticle, type Fetcher } from '../src/fetch/index.js';
import { LOOPBACK, startTestServer, type TestServer } from './fetch-test-server.js';

let server: TestServer;
let fetcher: Fetcher;

beforeAll(async () => {
  server = await startTestServer();
  fetcher = createFetcher({ timeoutMs: 300, retries: 3, backoffMs: 10, hostDelayMs: 0, maxBytes: 10 * 1024 * 1024, allowNetworks: LOOPBACK });
});
afterAll(() => server.close());

async function failure(p: Promise<unknown>): Promise<FetchError> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(FetchError);
  return e as FetchError;
}

describe('createFetcher against a real server', () => {
  it('returns bytes, headers and final URL, and sends a User-Agent', async () => {
    const r = await fetcher.get(`${server.base}/hop/3`);
    expect(r.status).toBe('ok');
    if (r.status !== 'ok') return;
    expect(Buffer.from(r.body).toString()).toBe('version 1');
    expect(r.url).toBe(`${server.base}/etag`);
    expect(r.etag).toBe('"v1"');
    expect([...server.agents].join()).toMatch(/jianbao/);
  });

  it('answers unchanged on 304 for ETag and Last-Modified validators', async () => {
    const byTag = await fetcher.get(`${server.base}/etag`, { etag: '"v1"' });
    expect(byTag.status).toBe('unchanged');
    const first = await fetcher.get(`${server.base}/last-modified`);
    expect(first.status).toBe('ok');
    const again = await fetcher.get(`${server.base}/last-modified`, { lastModified: first.status === 'ok' ? first.lastModified : null });
    expect(again).toMatchObject({ status: 'unchanged', lastModified: 'Tue, 19 Oct 2021 08:30:00 GMT' });
  });

  it('times out a server that never answers', async () => {
    const e = await failure(createFetcher({ timeoutMs: 200, retries: 0, hostDelayMs: 0, allowNetworks: LOOPBACK }).get(`${server.base}/slow`));
    expect(e.kind).toBe('timeout');
    expect(e.message).toMatch(/\/slow: /);
  });

  it('retries 500s with backoff until the server recovers', async () => {
    const r = await fetcher.get(`${server.base}/flaky`);
    expect(r.status).toBe('ok');
    expect(server.hits.get('/flaky')).toBe(3);
  });

  it('gives up after the retries on a server that stays down', async () => {
    const e = await failure(fetcher.get(`${server.base}/always-503`));
    expect(e).toMatchObject({ kind: 'http', status: 503 });
    expect(server.hits.get('/always-503')).toBe(4);
  });

  it('retries a 429 after the Retry-After the server gives', async () => {
    expect((await fetcher.get(`${server.base}/busy`)).status).toBe('ok');
    expect(server.hits.get('/busy')).toBe(2);
  });

  it('does not wait out a Retry-After of an hour', async () => {
    const e = await failure(fetcher.get(`${server.base}/maintenance`));
    expect(e).toMatchObject({ kind: 'http', status: 503, retryAfterMs: 3_600_000 });
    expect(server.hits.get('/maintenance')).toBe(1);
  });

  it('does not retry a 404', async () => {
    const e = await failure(fetcher.get(`${server.base}/missing`));
    expect(e).toMatchObject({ kind: 'http', status: 404 });
    expect(server.hits.get('/missing')).toBe(1);
  });

  it('detects a redirect loop', async () => {
    const e = await failure(fetcher.get(`${server.base}/loop-a`));
    expect(e.kind).toBe('redirect-loop');
  });

  it('enforces the redirect limit', async () => {
    const e = await failure(createFetcher({ maxRedirects: 2, hostDelayMs: 0, allowNetworks: LOOPBACK }).get(`${server.base}/hop/3`));
    expect(e.kind).toBe('too-many-redirects');
  });

  it('refuses a redirect to file://', async () => {
    const e = await failure(fetcher.get(`${server.base}/to-file`));
    expect(e.kind).toBe('unsupported-url');
  });

  it('aborts a streamed 50 MB response past the size cap', async () => {
    // A 1 MB cap and a timeout a loaded machine cannot reach first: the cap, not the clock, must stop the read.
    const capped = createFetcher({ timeoutMs: 30_000, retries: 0, hostDelayMs: 0, maxBytes: 1024 * 1024, allowNetworks: LOOPBACK });
    const e = await failure(capped.get(`${server.base}/huge`));
    expect(e.kind).toBe('too-large');
    const declared = await failure(capped.get(`${server.base}/huge-declared`));
    expect(declared.kind).toBe('too-large');
  });

  it.each(['file:///etc/passwd', 'javascript:alert(1)', 'data:text/html,hi', 'ftp://example.com/x', 'not a url'])('refuses %s', async (url) => {
    const e = await failure(fetcher.get(url));
    expect(e.kind).toBe('unsupported-url');
    expect(e.message.startsWith(`${url}: `)).toBe(true);
  });

  it('reports a refused connection as a network error', async () => {
    const e = await failure(createFetcher({ retries: 1, backoffMs: 1, hostDelayMs: 0, allowNetworks: LOOPBACK }).get('http://127.0.0.1:1/'));
    expect(e.kind).toBe('network');
  });

  it('sends one request at a time to a host', async () => {
    const polite = createFetcher({ hostDelayMs: 5, allowNetworks: LOOPBACK });
    server.maxInFlight = 0;
    await Promise.all(Array.from({ length: 4 }, () => polite.get(`${server.base}/polite`)));
    expect(server.hits.get('/polite')).toBe(4);
    expect(server.maxInFlight).toBe(1);
  });

  it('refuses to extract a response that is not a web page', async () => {
    await expect(fetchArticle(`${server.base}/huge`, createFetcher({ maxBytes: 1024, hostDelayMs: 0, allowNetworks: LOOPBACK }))).rejects.toThrow(/too-large|exceeds/);
    await expect(fetchArticle(`${server.base}/binary`, fetcher)).rejects.toThrow(`${server.base}/binary: not a web page (application/pdf)`);
  });

  it('fetches and extracts a GBK article served with a lying UTF-8 header', async () => {
    const page = await fetchArticle(`${server.base}/gbk/article-1.html`, fetcher);
    expect(page.title).toBe('我国5G基站总数达115.9万个 占全球70%以上');
    expect(page.body).toContain('我国5G基站总数达到115.9万个');
    expect(page.warnings.join()).toMatch(/gb18030/);
  });
});

/**
 * The address policy, tested so that no packet can leave: the fetcher's raw connect step is replaced by one that
 * connects only to 127.0.0.1 (where this test's server listens) and records and refuses any other address it is
 * asked for; the test fails if it was ever asked. Without the allow setting, 127.0.0.1 itself and its other
 * spellings are refused by the policy before the connect step; with 127.0.0.1/32 allowed, every other internal
 * address still is.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildConnector } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { internalKind } from '../src/fetch/address-policy.js';
import { createFetcher, FetchError } from '../src/fetch/index.js';
import { fetchDue } from '../src/sources/fetch-loop.js';
import { openStore } from '../src/store/open.js';
import { BACKENDS } from './backends.js';

const HOST = '127.0.0.1';
let server: Server;
let base: string;
const hits: string[] = [];

/** Other spellings of 127.0.0.1 (numeric, hexadecimal, named): refused unless 127.0.0.1 is allowed. */
const LOOPBACK_FORMS = ['http://2130706433/a', 'http://localhost/c', 'http://0x7f.0.0.1/e'];
/** Links no fetch may follow even with 127.0.0.1/32 allowed: IPv6 loopback, private, metadata, unspecified. */
const INTERNAL_LINKS = ['http://[::1]/b', 'http://10.0.0.7/d', 'http://169.254.169.254/latest/meta-data/', 'http://[::ffff:10.0.0.1]/f', 'http://0.0.0.0/g'];

function feed(): string {
  const items = [...INTERNAL_LINKS, `${base}/article`].map((link, i) => `<item><title>条目 ${i}</title><link>${link}</link></item>`).join('');
  return `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>内网测试</title><link>${base}/</link>${items}</channel></rss>`;
}

beforeAll(async () => {
  server = createServer((req, res) => {
    hits.push(req.url ?? '');
    if (req.url === '/feed.xml') res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(feed());
    else if (req.url === '/article') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
        .end(`<html><head><title>公开文章</title></head><body><article><h1>公开文章</h1>${'<p>工业和信息化部发布通信业统计公报，5G 基站总数继续增长。</p>'.repeat(8)}</article></body></html>`);
    } else if (req.url?.startsWith('/redirect?')) res.writeHead(302, { location: decodeURIComponent(req.url.slice('/redirect?'.length)) }).end();
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, HOST, resolve));
  base = `http://${HOST}:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

/** A fetcher allowing 127.0.0.1 only when `allow`, whose connect step never opens a connection anywhere else. */
function guardedFetcher(asked: string[], allow = true) {
  const real = buildConnector({});
  return createFetcher({
    retries: 0,
    hostDelayMs: 0,
    timeoutMs: 5000,
    allowNetworks: allow ? [`${HOST}/32`] : [],
    connect: (options, callback) => {
      if (options.hostname === HOST) return real(options, callback);
      asked.push(options.hostname);
      callback(new Error(`test: a connection to ${options.hostname} was attempted`), null);
    },
  });
}

describe('address policy', () => {
  it('names every numeric and named spelling of an internal address', () => {
    for (const ip of ['127.0.0.1', '::1', '10.1.2.3', '172.16.0.1', '192.168.1.1', '169.254.169.254', '0.0.0.0', '::', 'fd00::1', 'fe80::1',
      '224.0.0.1', 'ff02::1', '100.64.0.1', '::ffff:127.0.0.1', '::ffff:7f00:1', '[::1]']) expect(internalKind(ip), ip).not.toBeNull();
    for (const ip of ['8.8.8.8', '1.1.1.1', '2001:4860:4860::8888', '::ffff:8.8.8.8']) expect(internalKind(ip), ip).toBeNull();
  });

  it('refuses each internal link before any connection is attempted, redirects included', async () => {
    const asked: string[] = [];
    const fetcher = guardedFetcher(asked);
    for (const link of INTERNAL_LINKS) {
      const e = await fetcher.get(link).then(() => null, (err: unknown) => err);
      expect(e, link).toBeInstanceOf(FetchError);
      expect((e as FetchError).kind, link).toBe('refused-address');
      expect((e as FetchError).message).toMatch(/^http:\S+: (\S+) 是\S+地址，已拒绝；[^(]+ \(\1 is an? [\w -]+ address: refused \(allow its network in the configuration's allowNetworks or JIANBAO_ALLOW_NETWORKS\)\)$/);
      const via = await fetcher.get(`${base}/redirect?${encodeURIComponent(link)}`).then(() => null, (err: unknown) => err);
      expect((via as FetchError).kind, `redirect to ${link}`).toBe('refused-address');
    }
    expect(asked).toEqual([]);
    // The allowed network still works through the same fetcher.
    expect((await fetcher.get(`${base}/article`)).status).toBe('ok');
  });

  it('refuses 127.0.0.1 in every spelling without the allow setting, before any connection is attempted', async () => {
    const asked: string[] = [];
    const fetcher = guardedFetcher(asked, false);
    hits.length = 0;
    for (const link of [...LOOPBACK_FORMS, ...INTERNAL_LINKS, `${base}/article`]) {
      const e = await fetcher.get(link).then(() => null, (err: unknown) => err);
      expect((e as FetchError).kind, link).toBe('refused-address');
    }
    expect(asked).toEqual([]);
    expect(hits).toEqual([]);
  });

  describe.each(BACKENDS)('a feed linking to internal addresses, $name store', (backend) => {
    it('gets none of them fetched or stored with only 127.0.0.1 allowed', async () => {
      const asked: string[] = [];
      const store = await openStore(await backend.migrated());
      try {
        await store.sources.add({ url: `${base}/feed.xml`, name: null, section: null, everySeconds: 3600 });
        hits.length = 0;
        const [run] = await fetchDue(store, guardedFetcher(asked), { signal: new AbortController().signal });
        expect(asked).toEqual([]);
        expect(run.new).toBe(1);
        expect(run.failed).toBe(INTERNAL_LINKS.length);
        expect(run.warnings.filter((w) => /refused/.test(w))).toHaveLength(INTERNAL_LINKS.length);
        expect(hits.sort()).toEqual(['/article', '/feed.xml']);
        const stored = await store.articles.list();
        expect(stored.map((a) => a.web?.url)).toEqual([`${base}/article`]);
      } finally {
        await store.close();
      }
    });
  });
});

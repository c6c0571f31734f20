/**
 * A real HTTP server on 127.0.0.1 (ephemeral port) for the fetch and feed tests: fixtures from
 * testdata/web, plus misbehaving endpoints (slow, flaky, looping, huge, 304-aware).
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** The allow setting for tests whose servers listen on 127.0.0.1: internal addresses are refused otherwise. */
export const LOOPBACK = ['127.0.0.1'];

const fixture = (path: string): Buffer => readFileSync(new URL(`../testdata/web/${path}`, import.meta.url));

/** A running test server. */
export interface TestServer {
  base: string;
  /** Requests seen per path. */
  hits: Map<string, number>;
  /** User-Agent headers seen. */
  agents: Set<string>;
  /** Highest number of /polite requests being answered at once. */
  maxInFlight: number;
  close(): Promise<void>;
}

/** Starts the server; call `close()` in afterAll. */
export async function startTestServer(): Promise<TestServer> {
  let inFlight = 0;
  const state: TestServer = { base: '', hits: new Map(), agents: new Set(), maxInFlight: 0, close: async () => undefined };
  const withHost = (buf: Buffer): Buffer => Buffer.from(buf.toString('latin1').replaceAll('HOST', state.base.replace('http://', '')), 'latin1');

  const routes: Record<string, (req: IncomingMessage, res: ServerResponse) => void | Promise<void>> = {
    '/feeds/rss2.xml': (_q, r) => send(r, 200, 'application/rss+xml; charset=utf-8', withHost(fixture('feeds/rss2.xml'))),
    '/feeds/atom.xml': (_q, r) => send(r, 200, 'application/atom+xml', withHost(fixture('feeds/atom.xml'))),
    '/feeds/gbk.xml': (_q, r) => send(r, 200, 'application/xml', withHost(fixture('feeds/gbk-feed.xml'))),
    '/feeds/rdf.xml': (_q, r) => send(r, 200, 'application/rdf+xml', withHost(fixture('feeds/rdf.xml'))),
    '/feeds/malformed.xml': (_q, r) => send(r, 200, 'application/xml', withHost(fixture('feeds/malformed.xml'))),
    '/feeds/bomb.xml': (_q, r) => send(r, 200, 'application/xml', withHost(fixture('feeds/bomb.xml'))),
    // The header lies (says UTF-8) as often happens on Chinese sites; the bytes are GBK.
    '/gbk/article-1.html': (_q, r) => send(r, 200, 'text/html; charset=utf-8', fixture('gbk-lying-meta.html')),
    '/news/': (_q, r) => send(r, 200, 'text/html', fixture('feeds/listing-gbk.html')),
    '/etag': (q, r) => {
      if (q.headers['if-none-match'] === '"v1"') return void r.writeHead(304, { etag: '"v1"' }).end();
      r.setHeader('etag', '"v1"');
      send(r, 200, 'text/plain', Buffer.from('version 1'));
    },
    '/last-modified': (q, r) => {
      const lm = 'Tue, 19 Oct 2021 08:30:00 GMT';
      if (q.headers['if-modified-since'] === lm) return void r.writeHead(304).end();
      r.setHeader('last-modified', lm);
      send(r, 200, 'text/plain', Buffer.from('dated'));
    },
    '/slow': () => undefined, // never answers; the client's timeout must end it
    '/flaky': (_q, r) => ((state.hits.get('/flaky') ?? 0) <= 2 ? send(r, 500, 'text/plain', Buffer.from('boom')) : send(r, 200, 'text/plain', Buffer.from('finally'))),
    '/busy': (_q, r) => {
      if ((state.hits.get('/busy') ?? 0) > 1) return send(r, 200, 'text/plain', Buffer.from('served'));
      r.setHeader('retry-after', '0');
      send(r, 429, 'text/plain', Buffer.from('slow down'));
    },
    '/maintenance': (_q, r) => {
      r.setHeader('retry-after', '3600');
      send(r, 503, 'text/plain', Buffer.from('back in an hour'));
    },
    '/always-503': (_q, r) => send(r, 503, 'text/plain', Buffer.from('down')),
    '/missing': (_q, r) => send(r, 404, 'text/plain', Buffer.from('no')),
    '/loop-a': (_q, r) => void r.writeHead(302, { location: '/loop-b' }).end(),
    '/loop-b': (_q, r) => void r.writeHead(301, { location: '/loop-a' }).end(),
    '/hop/3': (_q, r) => void r.writeHead(302, { location: '/hop/2' }).end(),
    '/hop/2': (_q, r) => void r.writeHead(302, { location: '/hop/1' }).end(),
    '/hop/1': (_q, r) => void r.writeHead(302, { location: '/etag' }).end(),
    '/to-file': (_q, r) => void r.writeHead(302, { location: 'file:///etc/passwd' }).end(),
    '/huge': (_q, r) => streamZeros(r, 50 * 1024 * 1024, false),
    '/huge-declared': (_q, r) => streamZeros(r, 50 * 1024 * 1024, true),
    '/binary': (_q, r) => send(r, 200, 'application/pdf', Buffer.from('%PDF-1.4\n')),
    '/polite': (_q, r) => {
      inFlight++;
      state.maxInFlight = Math.max(state.maxInFlight, inFlight);
      setTimeout(() => {
        inFlight--;
        send(r, 200, 'text/plain', Buffer.from('ok'));
      }, 30);
    },
  };

  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    state.hits.set(path, (state.hits.get(path) ?? 0) + 1);
    if (req.headers['user-agent']) state.agents.add(req.headers['user-agent']);
    const route = routes[path];
    if (route) void route(req, res);
    else send(res, 404, 'text/plain', Buffer.from('not found'));
  });
  Object.assign(state, await listenLocal(server));
  return state;
}

/** Listens on an ephemeral 127.0.0.1 port; `close()` also drops open keep-alive connections. */
export async function listenLocal(server: Server): Promise<{ base: string; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((r) => {
        for (const s of sockets) s.destroy();
        server.close(() => r());
      }),
  };
}

function send(res: ServerResponse, status: number, type: string, body: Buffer): void {
  res.writeHead(status, { 'content-type': type, 'content-length': body.length });
  res.end(body);
}

/** Streams `total` zero bytes in 64 KB chunks, respecting back-pressure, without allocating them all. */
export function streamZeros(res: ServerResponse, total: number, declare: boolean): void {
  res.writeHead(200, declare ? { 'content-type': 'application/octet-stream', 'content-length': total } : { 'content-type': 'application/octet-stream' });
  const chunk = Buffer.alloc(64 * 1024);
  let sent = 0;
  const pump = (): void => {
    while (sent < total && !res.destroyed) {
      sent += chunk.length;
      if (!res.write(chunk)) return void res.once('drain', pump);
    }
    if (!res.destroyed) res.end();
  };
  res.on('close', () => (sent = total));
  pump();
}

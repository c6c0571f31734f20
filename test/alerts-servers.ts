/**
 * Servers on 127.0.0.1 for the alert tests: a news site with an RSS feed whose articles a test publishes, a
 * webhook receiver that records every POST (and fails the next ones when told to), and an SMTP server
 * (smtp-server) that keeps every message, parsed (mailparser).
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { listenLocal } from './fetch-test-server.js';

/** An article the news site serves. */
export interface NewsArticle {
  slug: string;
  title: string;
  paragraphs: string[];
  published: string;
}

const escape = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** A news site: `/feed.xml` lists what was published, newest first; `/a/SLUG.html` is each article's page. */
export async function startNewsSite(): Promise<{ base: string; publish(a: NewsArticle): void; close(): Promise<void> }> {
  const articles: NewsArticle[] = [];
  let base = '';
  const server = createServer((req, res) => {
    if (req.url === '/feed.xml') {
      const items = [...articles].reverse().map((a) =>
        `<item><title>${escape(a.title)}</title><link>${base}/a/${a.slug}.html</link><guid>${base}/a/${a.slug}.html</guid><pubDate>${new Date(a.published).toUTCString()}</pubDate></item>`);
      res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' });
      res.end(`<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>产业快讯</title><link>${base}/</link>${items.join('')}</channel></rss>`);
      return;
    }
    const a = articles.find((x) => req.url === `/a/${x.slug}.html`);
    if (!a) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>${escape(a.title)}_产业快讯</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/news/">快讯</a></div><div class="main"><h1>${escape(a.title)}</h1>
<div class="info">发布时间：${a.published.replace('T', ' ').slice(0, 16)}　来源：产业快讯</div>
<div class="content">${a.paragraphs.map((p) => `<p>${escape(p)}</p>`).join('\n')}</div></div><div class="footer">版权所有 产业快讯</div></body></html>`);
  });
  const local = await listenLocal(server);
  base = local.base;
  return { base, publish: (a) => articles.push(a), close: local.close };
}

/** One POST the receiver got. */
export interface Received {
  path: string;
  body: unknown;
}

/** A webhook receiver: records each POST's JSON; `fail(n, status)` answers the next n with that status. */
export async function startReceiver(): Promise<{ base: string; received: Received[]; fail(n: number, status: number): void; close(): Promise<void> }> {
  const received: Received[] = [];
  let failing = 0;
  let failStatus = 500;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (failing > 0) {
        failing--;
        res.writeHead(failStatus, { 'content-type': 'text/plain' }).end('receiver down for the test');
        return;
      }
      received.push({ path: req.url ?? '', body: JSON.parse(Buffer.concat(chunks).toString('utf8')) });
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"errcode":0,"errmsg":"ok"}');
    });
  });
  const local = await listenLocal(server);
  return { base: local.base, received, fail: (n, status) => ((failing = n), (failStatus = status)), close: local.close };
}

/** An SMTP server without TLS or authentication; every message is parsed and kept. */
export async function startSmtp(): Promise<{ url: string; mails: ParsedMail[]; close(): Promise<void> }> {
  const mails: ParsedMail[] = [];
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream).then((m) => (mails.push(m), callback()), callback);
    },
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.server.address() as AddressInfo).port;
  return { url: `smtp://127.0.0.1:${port}`, mails, close: () => new Promise<void>((r) => server.close(() => r())) };
}

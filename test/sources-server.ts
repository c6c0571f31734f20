/**
 * A real HTTP server on 127.0.0.1 for the sources tests: the feed and listing fixtures of testdata/web served
 * with ETags (a second poll gets 304), article pages for every item they list (UTF-8 and GBK, desktop and
 * mobile copies naming a canonical URL), and misbehaving sources (slow, 500, redirect loop, 50 MB).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { listenLocal, streamZeros } from './fetch-test-server.js';
import { gb18030 } from './ingest-fixtures.js';

const fixture = (path: string): Buffer => readFileSync(new URL(`../testdata/web/${path}`, import.meta.url));

/** A running server. */
export interface SourcesServer {
  base: string;
  /** Requests seen per path, and how many of them were answered 304. */
  hits: Map<string, number>;
  notModified: number;
  close(): Promise<void>;
}

/** Paragraphs of an article page, made from its title so every page reads differently. */
function paragraphs(title: string): string[] {
  return [
    `${title}。记者从相关部门获悉，这项工作自今年年初启动以来进展顺利，各地区、各部门按照统一部署，扎实推进各项任务落实，取得了阶段性成效。`,
    `据介绍，围绕${title.slice(0, 12)}，有关方面将进一步完善政策措施，加强统筹协调，推动产业链上下游协同发展，为行业高质量发展提供有力支撑。`,
    `业内人士分析认为，随着配套措施陆续出台，相关领域的市场空间将持续扩大，企业应抓住机遇，加大研发投入，提升核心竞争力。`,
    `下一步，有关部门将加强跟踪监测和督促指导，及时总结推广典型经验做法，确保各项目标任务按期完成。`,
  ];
}

/** An article page; `canonical` is the URL it names as its own, if any. */
function articlePage(title: string, published: string, canonical: string | null, charset: 'utf-8' | 'gbk'): Buffer {
  const html = `<!DOCTYPE html><html><head><meta charset="${charset}"><title>${title}_新闻中心_产业信息网</title>
${canonical ? `<link rel="canonical" href="${canonical}">` : ''}<meta name="author" content="张三"></head>
<body><div class="nav"><a href="/">首页</a> <a href="/news/">新闻</a> <a href="/about/">关于我们</a></div>
<div class="main"><h1>${title}</h1><div class="info">发布时间：${published}　作者：张三</div>
<div class="content">${paragraphs(title).map((p) => `<p>${p}</p>`).join('\n')}</div></div>
<div class="footer">版权所有 2021 产业信息网</div></body></html>`;
  if (charset === 'utf-8') return Buffer.from(html);
  return gb18030(html);
}

/** Titles of the pages the fixtures link to, by path. */
const TITLES: Record<string, [string, string]> = {
  '/news/2021/10/19/5g-stations.html': ['工信部：我国5G基站总数达115.9万个', '2021-10-19 08:30'],
  '/news/2021/10/20/carriers.html': ['三大运营商前三季度财报出炉', '2021-10-20 10:00'],
  '/blog/2021/10/open-ran-trials': ['开放无线接入网试验扩展到四个国家', '2021-10-17 09:00'],
  '/blog/2021/10/satellite-pricing': ['卫星宽带服务价格持续下降', '2021-10-18 09:00'],
};

/** Starts the server; call `close()` in afterAll. */
export async function startSourcesServer(): Promise<SourcesServer> {
  const state: SourcesServer = { base: '', hits: new Map(), notModified: 0, close: async () => undefined };
  const withHost = (buf: Buffer): Buffer => Buffer.from(buf.toString('latin1').replaceAll('HOST', state.base.replace('http://', '')), 'latin1');
  const mixedListing = (): Buffer =>
    Buffer.from(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>要闻</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/about/">关于我们</a></div>
<div class="list"><h2>要闻</h2><ul>
<li><a href="/news/2021/10/19/5g-stations.html?utm_source=list&amp;utm_medium=web">工信部：我国5G基站总数达115.9万个</a></li>
<li><a href="/news/2021/10/20/carriers.html?from=list#comments">三大运营商前三季度财报出炉</a></li>
<li><a href="/wap/2021/10/19/5g-stations-mobile.html">工信部：我国5G基站总数达115.9万个（手机版）</a></li>
<li><a href="file:///etc/passwd">本地文件不应抓取的一条新闻标题</a></li>
<li><a href="javascript:alert(document.cookie)">脚本链接不应抓取的一条新闻标题</a></li>
</ul></div><div class="footer">版权所有</div></body></html>`);

  const routes: Record<string, () => [number, string, Buffer] | null> = {
    '/feeds/rss2.xml': () => [200, 'application/rss+xml; charset=utf-8', withHost(fixture('feeds/rss2.xml'))],
    '/feeds/atom.xml': () => [200, 'application/atom+xml', withHost(fixture('feeds/atom.xml'))],
    '/feeds/gbk.xml': () => [200, 'application/xml', withHost(fixture('feeds/gbk-feed.xml'))],
    '/feeds/malformed.xml': () => [200, 'application/xml', withHost(fixture('feeds/malformed.xml'))],
    '/feeds/bomb.xml': () => [200, 'application/xml', withHost(fixture('feeds/bomb.xml'))],
    '/news/': () => [200, 'text/html', fixture('feeds/listing-gbk.html')],
    '/mixed/': () => [200, 'text/html; charset=utf-8', mixedListing()],
    '/gbk/article-1.html': () => [200, 'text/html; charset=utf-8', fixture('gbk-lying-meta.html')],
    '/feeds/broken-items.xml': () => [200, 'application/rss+xml', Buffer.from(`<?xml version="1.0"?><rss version="2.0"><channel><title>坏链接</title>
<item><title>不存在的页面</title><link>${state.base}/nowhere/2021/10/19/gone.html</link></item>
<item><title>超大的页面</title><link>${state.base}/huge</link></item>
<item><title>服务器出错的页面</title><link>${state.base}/always-500</link></item>
</channel></rss>`)],
    '/always-500': () => [500, 'text/plain', Buffer.from('boom')],
    '/slow': () => null,
  };

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', state.base);
    const path = url.pathname;
    state.hits.set(path, (state.hits.get(path) ?? 0) + 1);
    if (path === '/slow') return; // never answers; the client's timeout must end it
    if (path === '/loop-a' || path === '/loop-b') return void res.writeHead(302, { location: path === '/loop-a' ? '/loop-b' : '/loop-a' }).end();
    if (path === '/huge') return streamZeros(res, 50 * 1024 * 1024, false);
    const answer = routes[path]?.() ?? article(path);
    if (!answer) return void res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    const [status, type, body] = answer;
    const etag = `"${createHash('sha1').update(body).digest('hex').slice(0, 16)}"`;
    if (status === 200 && req.headers['if-none-match'] === etag) {
      state.notModified++;
      return void res.writeHead(304, { etag }).end();
    }
    res.writeHead(status, { 'content-type': type, 'content-length': body.length, etag });
    res.end(body);
  });

  /** Article pages: the known titles, the GBK listing's numbered items, and a mobile copy naming its desktop URL. */
  function article(path: string): [number, string, Buffer] | null {
    const known = TITLES[path];
    if (known) return [200, 'text/html; charset=utf-8', articlePage(known[0], known[1], null, 'utf-8')];
    const numbered = /^\/news\/2021\/10\/(\d\d)\/10\d\d\.html$/.exec(path);
    if (numbered) {
      const n = Number(numbered[1]);
      return [200, 'text/html', articlePage(`第${n}条：工业和信息化部发布行业运行情况通报（${n}）`, `2021-10-${numbered[1]} 09:00`, null, 'gbk')];
    }
    if (path === '/wap/2021/10/19/5g-stations-mobile.html') {
      const [title, date] = TITLES['/news/2021/10/19/5g-stations.html'];
      return [200, 'text/html; charset=utf-8', articlePage(title, date, `${state.base}/news/2021/10/19/5g-stations.html`, 'utf-8')];
    }
    return null;
  }

  Object.assign(state, await listenLocal(server));
  return state;
}

/**
 * Many feeds on 127.0.0.1 for the job and worker tests and the worker benchmark: `/feed/N.xml` lists `items`
 * articles `/a/N/M.html`, each with its own title and text; `/down/N.xml` always answers 500 (a broken site).
 * `delayMs` holds each article page back, so a job takes long enough to be killed in the middle.
 */
import { createServer } from 'node:http';
import { listenLocal } from './fetch-test-server.js';

export interface FeedsFarm {
  base: string;
  /** Requests answered, by path prefix (`feed`, `a`, `down`). */
  hits: Map<string, number>;
  close(): Promise<void>;
}

const PLACES = ['北京', '上海', '深圳', '杭州', '成都', '武汉', '西安', '南京', '苏州', '合肥', '重庆', '天津'];
const THINGS = ['动力电池', '工业互联网', '数据中心', '集成电路', '光伏组件', '新能源汽车', '5G专网', '智能制造', '人工智能芯片', '卫星互联网'];
const ACTS = ['项目开工', '产能扩张', '签约落地', '标准发布', '试点启动', '融资完成', '产线投产', '招标公告'];

/** Title and paragraphs of article M of feed N: distinct for every pair, Chinese, a few hundred characters. */
export function farmArticle(n: number, m: number): { title: string; body: string[] } {
  const place = PLACES[(n * 7 + m) % PLACES.length];
  const thing = THINGS[(n + m * 3) % THINGS.length];
  const act = ACTS[(n * 5 + m * 11) % ACTS.length];
  const title = `${place}${thing}${act}第${n}-${m}号`;
  const amount = 10 + ((n * 37 + m * 13) % 900);
  return {
    title,
    body: [
      `${n}月${(m % 28) + 1}日，${place}市${thing}${act}，总投资约${amount}亿元，预计年产值超过${amount * 2}亿元。`,
      `据介绍，该项目由当地龙头企业牵头建设，围绕${thing}产业链上下游开展协同攻关，计划在${2022 + (m % 3)}年底前全面建成。`,
      `业内人士表示，${place}近年来持续完善${thing}产业生态，吸引了一批上下游企业集聚，第${n}批重点项目进展顺利。`,
      `下一步，${place}将加强要素保障和跟踪服务，推动${thing}项目早投产、早见效，编号${n * 1000 + m}。`,
    ],
  };
}

function feed(base: string, n: number, items: number): string {
  const entries = Array.from({ length: items }, (_, m) => {
    const { title } = farmArticle(n, m);
    return `<item><title>${title}</title><link>${base}/a/${n}/${m}.html</link><guid>${base}/a/${n}/${m}.html</guid><pubDate>Mon, 18 Oct 2021 0${m % 10}:00:00 +0800</pubDate></item>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>产业动态${n}</title><link>${base}/</link>${entries.join('')}</channel></rss>`;
}

function page(n: number, m: number): string {
  const { title, body } = farmArticle(n, m);
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title}_产业动态</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/news/">新闻</a></div>
<div class="main"><h1>${title}</h1><div class="info">发布时间：2021-10-18 09:00　来源：产业动态网</div>
<div class="content">${body.map((p) => `<p>${p}</p>`).join('\n')}</div></div><div class="footer">版权所有 产业动态网</div></body></html>`;
}

/** Starts the farm; every feed lists `items` articles. */
export async function startFeedsFarm(options: { items: number; delayMs?: number }): Promise<FeedsFarm> {
  const farm: FeedsFarm = { base: '', hits: new Map(), close: async () => undefined };
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const kind = path.split('/')[1] ?? '';
    farm.hits.set(kind, (farm.hits.get(kind) ?? 0) + 1);
    const send = (status: number, type: string, text: string) => res.writeHead(status, { 'content-type': type }).end(text);
    const feedMatch = /^\/feed\/(\d+)\.xml$/.exec(path);
    if (feedMatch) return send(200, 'application/rss+xml; charset=utf-8', feed(farm.base, Number(feedMatch[1]), options.items));
    if (/^\/down\/\d+\.xml$/.test(path)) return send(500, 'text/plain', 'down');
    const pageMatch = /^\/a\/(\d+)\/(\d+)\.html$/.exec(path);
    if (pageMatch) {
      const answer = () => send(200, 'text/html; charset=utf-8', page(Number(pageMatch[1]), Number(pageMatch[2])));
      return void (options.delayMs ? setTimeout(answer, options.delayMs) : answer());
    }
    send(404, 'text/plain', 'not found');
  });
  Object.assign(farm, await listenLocal(server));
  return farm;
}

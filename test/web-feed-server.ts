/**
 * A news site on 127.0.0.1 for the workbench tests: an RSS 2.0 feed of the articles given and one page per
 * article, in a plain template of its own (not the sources fixtures), so the fetch path reads them end to end.
 */
import { createServer } from 'node:http';
import { listenLocal } from './fetch-test-server.js';

export interface FeedArticle {
  title: string;
  paragraphs: string[];
  /** ISO date-time it was published. */
  published: string;
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Starts the site; the feed is at `${base}/feed.xml`. */
export async function startFeedServer(articles: FeedArticle[]): Promise<{ base: string; feed: string; close(): Promise<void> }> {
  let base = '';
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path === '/feed.xml') {
      const items = articles.map((a, i) => `<item><title>${escapeXml(a.title)}</title><link>${base}/news/${i + 1}.html</link>
<guid>${base}/news/${i + 1}.html</guid><pubDate>${new Date(a.published).toUTCString()}</pubDate></item>`);
      res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' });
      return void res.end(`<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>行业快讯</title><link>${base}/</link>
<description>测试站点</description>${items.join('\n')}</channel></rss>`);
    }
    const m = /^\/news\/(\d+)\.html$/.exec(path);
    const a = m ? articles[Number(m[1]) - 1] : undefined;
    if (!a) return void res.writeHead(404).end('not found');
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>${escapeXml(a.title)} - 行业快讯</title></head><body>
<header><a href="/">首页</a> | <a href="/news/">快讯</a></header>
<article><h1>${escapeXml(a.title)}</h1><p class="byline">发布时间：${a.published.slice(0, 10)} ${a.published.slice(11, 16)}　来源：行业快讯</p>
${a.paragraphs.map((p) => `<p>${escapeXml(p)}</p>`).join('\n')}</article><footer>© 行业快讯</footer></body></html>`);
  });
  const listening = await listenLocal(server);
  base = listening.base;
  return { base, feed: `${base}/feed.xml`, close: listening.close };
}

/** Ten news items of different trades, written for these tests. */
export const TEN_ARTICLES: FeedArticle[] = [
  ['贵州开通全国首条800G光传输干线', '这条干线连接贵阳和重庆两地数据中心集群，单波速率达到800G，运营商表示将优先承载算力调度业务。'],
  ['某汽车芯片企业完成新一轮融资', '本轮融资金额约12亿元，资金将用于车规级微控制器的研发和产线扩建，投资方包括多家产业基金。'],
  ['工信部发布工业互联网标识解析新规', '新规明确了二级节点的建设要求和数据安全责任，各地主管部门将在年内完成存量节点的检查工作。'],
  ['欧洲运营商联合测试开放无线接入网', '四家欧洲运营商在三个国家开展联合测试，重点验证多厂商设备的互通能力和节能效果。'],
  ['国产大模型在政务服务场景落地', '多个城市的政务服务中心上线智能问答系统，平均办理时长缩短约三成，群众满意度明显提高。'],
  ['锂电池回收行业迎来规范发展', '新的行业规范条件对回收企业的资质、环保和溯源管理提出了更高要求，预计将淘汰一批小型作坊。'],
  ['卫星互联网终端价格持续下降', '受规模化生产推动，卫星宽带用户终端价格一年内下降了四成，海事和航空市场需求快速增长。'],
  ['三季度智能手机出货量同比回升', '市场研究机构数据显示，三季度国内智能手机出货量同比增长百分之八，折叠屏机型增速最快。'],
  ['某云服务商发布新一代自研服务器芯片', '该芯片采用五纳米工艺，面向数据库和大数据分析负载，能效比上一代提升约四成。'],
  ['日本推出半导体人才培养计划', '日本政府计划在五年内培养四万名半导体工程师，并与多所大学合作设立专门课程。'],
].map(([title, lead], i) => ({
  title: title!,
  paragraphs: [
    lead!,
    `据了解，${title}一事引起业内广泛关注。相关负责人表示，下一步将加强统筹协调，推动上下游企业协同发展。`,
    '业内人士认为，随着配套政策陆续出台，相关市场空间有望进一步扩大，企业需要加大研发投入，提升核心竞争力。',
  ],
  published: `2026-11-${String(20 + (i % 7)).padStart(2, '0')}T0${i % 9}:30:00+08:00`,
}));

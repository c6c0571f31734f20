/**
 * Dev templates (tuned on) for #17's round 14: the kinds held-out 26 missed (told by family and missed field only), each
 * in a make and wording of its own — an info table whose labels and values sit in separate cells (one page leaves the
 * writer's cell empty), a portal's roll page under a ticker and channel rows whose head names the channel as
 * `article:author` (one page prints the outlet unlabelled and no writer), and a tech column naming its writer only in a
 * sidebar card after the article.
 */
import { esc, pageId, pick, type Template } from './common.js';
import type { CnGold } from '../../src/extract/cn-gold-score.js';
import type { PoolArticle } from './pool.js';

function goldOf(a: PoolArticle, html: string, o: { url: string; date: string; source: string | null; author: CnGold['author']; notInBody: string[] }): CnGold {
  const last = a.paras[a.paras.length - 1];
  return { url: o.url, title: a.title, date: o.date, source: o.source, author: o.author, body_first: a.paras[0].slice(0, 12), body_last: last.slice(-12), not_in_body: o.notInBody.filter((f) => html.includes(f)) };
}
const day = (d: string): string => d.slice(0, 10);
const hm = (d: string): string => d.slice(11, 16);
const ps = (paras: string[]): string => paras.map((p) => `<p>${esc(p)}</p>`).join('\n');
const dated = (items: [string, string][]): string => `<ul>${items.map(([t, d], i) => `<li><a href="/n/${i}.html">${esc(t)}</a><em>${d}</em></li>`).join('')}</ul>`;

/** An info table under the headline: each label in its own cell, its value in the next. */
export const devPropsTable: Template = (a, k) => {
  const url = `http://www.example-xxb.com/news/show.php?itemid=${7700 + k}`;
  const writer = k === 0 ? a.author : null;
  const rows = pick([
    `<table class="news_attr" cellspacing="0"><tr><td class="t">来　　源：</td><td>${a.source}</td><td class="t">作　者：</td><td>${writer ?? ''}</td></tr>
<tr><td class="t">录入时间：</td><td>${day(a.date).replace(/-/g, '/')} ${hm(a.date)}</td><td class="t">阅读：</td><td>${560 + k}</td></tr></table>`,
    `<table class="props"><tbody><tr><td>[来源]</td><td>${a.source}</td><td>[作者]</td><td>&nbsp;</td></tr><tr><td>[日期]</td><td>${day(a.date)} ${hm(a.date)}</td><td>[浏览]</td><td>98</td></tr></tbody></table>`,
  ], k);
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}_资讯中心_某某信息网</title></head>
<body><div class="head"><h1 class="site"><a href="/">某某信息网</a></h1><div class="menu"><a href="/">首页</a> <a href="/news/">资讯</a> <a href="/biz/">产业</a> <a href="/zt/">专题</a> <a href="/bbs/">社区</a></div></div>
<div class="wrap"><div class="pos">当前位置：<a href="/">首页</a> » <a href="/news/">资讯中心</a></div>
<h3 class="news_title">${esc(a.title)}</h3>
${rows}
<div id="article">${ps(a.paras)}</div>
<div class="op">【<a>收藏本文</a>】【<a>打印文章</a>】【<a>关闭本页</a>】</div>
<div class="rel"><b>相关资讯</b>${dated([['行业协会发布年度报告', '2024-09-02'], ['新标准征求意见', '2024-08-27']])}</div></div>
<div class="foot">Copyright 某某信息网 版权所有</div></body></html>`;
  return { name: `g-propstable-${k}`, html, gold: goldOf(a, html, { url, date: a.date, source: a.source, author: writer, notInBody: ['录入时间', '收藏本文', '打印文章', '相关资讯', '版权所有', '[出处]', '[撰稿]'] }) };
};

/** A portal's roll page: channel rows and a ticker above the headline, the channel as `article:author` in the head. */
export const devRollPortal: Template = (a, k) => {
  const url = `https://roll.example-163like.com/${day(a.date).replace(/-/g, '')}/${pageId(a, k)}.html`;
  const channel = pick(['某某汽车', '某某科技'], k);
  // The head names the channel's brand as the author; the page never prints it.
  const writer = k === 0 ? a.author : null;
  const info = pick([
    `<div class="post_info"><span class="t">${day(a.date)} ${hm(a.date)}:31</span><span>来源：<a href="/src/">${a.source}</a></span><span>作者：${writer ?? ''}</span></div>`,
    `<div class="post_info">${day(a.date)} ${hm(a.date)}　<a class="src" href="https://www.example-src.cn/">${a.source}</a></div>`,
  ], k);
  const rows = [['要闻', '国内', '国际', '社会', '评论'], ['财经', '股票', '基金', '理财'], ['科技', '汽车', '房产', '教育']].map((r) => `<p class="chrow">${r.map((n) => `<a href="/${n}/">${n}</a>`).join(' | ')}</p>`).join('\n');
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}_${pick(['汽车频道', '科技频道'], k)}_某某网</title>
<meta name="author" content="${channel}"><meta property="article:author" content="${channel}"><meta property="article:published_time" content="${day(a.date)}T${hm(a.date)}:31+08:00"></head>
<body><div class="chnav">${rows}</div>
<div class="ticker"><b>即时滚动</b>${pick(['<span>08:12 两部门发文支持设备更新</span><span>08:40 今日沪深两市开盘</span>', '<span>14:05 多地公布中小学寒假时间</span><span>14:30 气象部门提示大风降温</span>'], k)}</div>
<div class="post_main"><h1>${esc(a.title)}</h1>
<div class="info_wrap">${info}
<div class="tools">分享至：<a>微信</a><a>微博</a><a href="#cmt">跟贴<b>${20 + k}</b></a><span>字体 <a>大</a><a>小</a></span></div></div>
<div class="post_body">${ps(a.paras)}</div>
<p class="art_author">责任编辑：${pick(['周小北', '许诺'], k)}</p>
<div class="kw">关键词：<a>${pick(['经济', '产业'], k)}</a></div>
<div class="promo">打开某某新闻APP，阅读更多即时资讯</div>
<div class="post_related"><h3>相关推荐</h3>${dated([['三季度经济数据发布', '10-18 10:00'], ['工信部召开新闻发布会', '10-17 15:00']])}</div>
<div class="cmt"><h3>网友评论</h3><div><span class="u">新闻网友${k + 7}</span><span>${day(a.date).slice(5)} 12:01</span><p>说得好。</p></div></div></div>
<div class="side"><h3>热榜</h3>${dated([['两部门发文支持设备更新', '10-18 08:12'], ['今日沪深两市开盘', '10-18 09:30'], ['多地公布中小学寒假时间', '10-17 14:05']])}</div>
<div class="foot">某某网 版权所有</div></body></html>`;
  return { name: `g-rollportal-${k}`, html, gold: goldOf(a, html, { url, date: a.date, source: a.source, author: writer, notInBody: ['即时滚动', '责任编辑', '关键词', '网友评论', '相关推荐', '热榜', '阅读更多即时资讯', '版权所有'] }) };
};

/** A tech column naming its writer only in a sidebar card after the article. */
export const devSideCard: Template = (a, k) => {
  const url = `https://www.example-geekpark.cn/news/${300000 + k}`;
  const writer = a.author ?? pick(['唐棠', '白一'], k);
  const card = pick([
    `<div class="writer-box"><h4>关于作者</h4><img src="/a.png" alt=""><a class="nm" href="/u/1">${writer}</a><p>科技编辑，关注硬件与产业链。</p><span>已发布 128 篇</span></div>`,
    `<div class="author-panel"><div class="label">作者信息</div><strong>${writer}</strong><em>资深作者</em><button>关注</button></div>`,
  ], k);
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)} | 某极客</title><meta property="og:site_name" content="某极客"></head>
<body><header><a href="/">某极客</a> <a href="/news/">资讯</a> <a href="/topics/">专题</a></header>
<main><article><h1>${esc(a.title)}</h1><div class="meta"><span class="tag">产业</span><time>${day(a.date)} ${hm(a.date)}</time></div>
<div class="article-body">${ps(a.paras)}</div>
<div class="tag-list">标签：<a>产业</a><a>硬件</a></div></article>
<aside>${card}<div class="hot"><h4>热门文章</h4>${dated([['一周科技要闻回顾', '2小时前'], ['新一代处理器发布', '昨天']])}</div></aside></main>
<footer>© 某极客 版权所有</footer></body></html>`;
  return { name: `g-sidecard-${k}`, html, gold: goldOf(a, html, { url, date: a.date, source: null, author: writer, notInBody: ['关于作者', '作者信息', '标签：', '热门文章', '版权所有'] }) };
};

export const DEV_TEMPLATES_Z: Template[] = [devPropsTable, devRollPortal, devSideCard];

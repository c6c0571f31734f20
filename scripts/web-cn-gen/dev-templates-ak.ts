/**
 * Dev templates of #17's round f26 (tuned on): the kinds the blind held-out parts 38 and 39 missed, each in a make and
 * wording of its own — an outlet whose name opens on digits printed right after the time (`2024-03-15 06:50` then
 * `21世纪…`), a text opening on its outlet's dateline in brackets (`【某某网科技综合报道】M月D日消息，`), a standfirst
 * printed between the headline and the information line, an unlabelled line naming an outlet that opens on a Latin
 * brand beside the writer (`C114中国通信网　X　date`), and a re-posting site naming the WeChat account as `公众号：X`.
 */
import { dash, esc, gold, pageId, pick, ps, type GenPage, type Template } from './common.js';
import type { PoolArticle } from './pool.js';

const menu = (words: string[]): string => words.map((w, i) => `<a href="/list-${i + 1}.html">${w}</a>`).join('\n');
/** A writer for articles of the pool that name none. */
const writerOf = (a: PoolArticle, k: number): string => a.author ?? pick(['周启航', '林书瑶'], k);

/** The outlet's name, opening on digits, in its own element right after the time's. */
const digitOutlet = (a: PoolArticle, k: number): GenPage => {
  const outlet = pick(['21世纪财经周刊', '99产业观察'], k);
  const url = `https://www.biz${k}-example.com/article/${a.date.slice(0, 10).replace(/-/g, '')}/${pageId(a, k)}.html`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}_${outlet}</title></head>
<body><div class="nav">${menu(['首页', '财经', '科技', '公司', '观点'])}</div>
<div class="titleHead"><h1>${esc(a.title)}</h1><div class="newsInfo"><div class="Wh"><span class="time">${dash(a.date)}</span><span class="source">${outlet}</span></div>
<div class="share">分享至 <a class="wx"></a><a class="wb"></a></div></div></div>
<div class="detailCont"><div class="txtContent">${ps(a.paras)}</div></div>
<p class="statement">${outlet}所刊载内容的知识产权均属其所有，未经书面授权，任何人不得以任何方式使用。</p></body></html>`;
  return { name: `g-digitoutlet-${k}`, html, gold: gold(a, { url, withTime: true, source: outlet, author: null, notInBody: ['分享至', '知识产权'] }) };
};

/** The text opening on its outlet's own dateline in brackets. */
const bracketDateline = (a: PoolArticle, k: number): GenPage => {
  const outlet = pick(['寰宇网', '东方财讯网'], k);
  const opening = `【${outlet}${pick(['科技综合报道', '讯'], k)}】${Number(a.date.slice(5, 7))}月${Number(a.date.slice(8, 10))}日消息，${a.paras[0]}`;
  const art = { ...a, paras: [opening, ...a.paras.slice(1)] };
  const url = `https://tech.world${k}-example.com/article/${pageId(a, k)}`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}_${outlet}</title></head>
<body><div class="nav">${menu(['首页', '国际', '科技', '财经', '汽车'])}</div>
<div class="t-container"><h1>${esc(a.title)}</h1><div class="metadata-info"><span class="time">${dash(a.date)}</span> <span>来源：${outlet}</span> <span>作者：${writerOf(a, k)}</span></div>
<article><section data-type="rtext">${ps(art.paras)}</section></article><div class="editor">责编：${a.editor}</div></div></body></html>`;
  return { name: `g-bracketdateline-${k}`, html, gold: gold(art, { url, withTime: true, source: outlet, author: writerOf(a, k), notInBody: ['责编'] }) };
};

/** A standfirst of sentences between the headline and the information line; the text below that line. */
const standfirst = (a: PoolArticle, k: number): GenPage => {
  const site = pick(['环球商业中文网', '远望财经'], k);
  const lead = pick(['补贴竞赛之下，各方对下一步如何投入仍有分歧，行业格局或将重塑。', '需求回暖与产能释放同时到来，企业需要在扩张与稳健之间作出选择。'], k);
  const url = `https://www.globe${k}-example.com/story/${parseInt(pageId(a, k), 16) % 900000}`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)} - ${site}</title><meta name="description" content="${esc(lead)}"></head>
<body><div class="o-header">${menu(['首页', '中国', '全球', '经济', '观点'])}</div>
<div class="story-container"><h1 class="story-headline">${esc(a.title)}</h1>
<div class="${pick(['story-lead', 'dek'], k)}">${esc(lead)}</div>
<div class="story-byline"><span class="story-time">${pick(['更新于', '发布于'], k)}${a.date.slice(0, 4)}年${Number(a.date.slice(5, 7))}月${Number(a.date.slice(8, 10))}日 ${a.date.slice(11)}</span> <span class="story-author">作者：${writerOf(a, k)}</span></div>
<div class="story-body">${ps(a.paras)}</div></div></body></html>`;
  return { name: `g-standfirst-${k}`, html, gold: gold(a, { url, withTime: true, source: null, author: writerOf(a, k), notInBody: [lead] }) };
};

/** An unlabelled line: an outlet opening on a Latin brand, the writer, the time. */
const latinOutlet = (a: PoolArticle, k: number): GenPage => {
  const outlet = pick(['E168电子工程网', 'M360通信世界网'], k);
  const url = `http://www.e${k}-example.com.cn/news/${pageId(a, k)}.html`;
  const html = `<html><head><meta charset="utf-8"><title>${esc(a.title)}-${outlet}</title></head>
<body><div class="nav">${menu(['首页', '新闻', '运营商', '设备商', '论坛'])}</div>
<div class="r_box"><h1>${esc(a.title)}</h1><div class="r_info"><span class="r_left">${outlet}&nbsp;&nbsp;${writerOf(a, k)}&nbsp;&nbsp;${dash(a.date)}</span>
<span class="r_right">【<a href="javascript:window.print()">打印</a>】 【<a href="/bbs/">我要评论</a>】</span></div>
<div class="r_text">${ps(a.paras)}</div></div></body></html>`;
  return { name: `g-latinoutlet-${k}`, html, gold: gold(a, { url, withTime: true, source: outlet, author: writerOf(a, k), notInBody: ['我要评论'] }) };
};

/** A site re-posting WeChat articles: the account after a `公众号：` label, the writer and the time beside it. */
const accountLabel = (a: PoolArticle, k: number): GenPage => {
  const account = pick(['芯片产业前沿', '硬科技观察'], k);
  const url = `https://www.wxmirror${k}-example.com/p/${pageId(a, k)}.html`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)} - 微信文章精选</title></head>
<body><header>${menu(['首页', '科技', '财经', '热门公众号'])}</header>
<article class="post"><h1 class="post-title">${esc(a.title)}</h1>
<div class="post-meta"><span class="account">${pick(['公众号', '微信公众号'], k)}：<a href="/account/${k}/">${account}</a>（${pick(['chipfront', 'hardtech'], k)}）</span> <span class="writer">作者：${writerOf(a, k)}</span> <span class="time">发表于 ${dash(a.date)}</span></div>
<div class="rich_media_content" id="js_content">${ps(a.paras)}</div></article></body></html>`;
  return { name: `g-accountlabel-${k}`, html, gold: gold(a, { url, withTime: true, source: account, author: writerOf(a, k), notInBody: ['热门公众号'] }) };
};

/** An outlet opening on digits printed right after the time. */
export const gDigitOutlet: Template = (a, k) => digitOutlet(a, k);
/** A text opening on its outlet's bracketed dateline. */
export const gBracketDateline: Template = (a, k) => bracketDateline(a, k);
/** A standfirst between the headline and the information line. */
export const gStandfirst: Template = (a, k) => standfirst(a, k);
/** An unlabelled outlet opening on a Latin brand, beside the writer and the time. */
export const gLatinOutlet: Template = (a, k) => latinOutlet(a, k);
/** A WeChat account named after a `公众号：` label. */
export const gAccountLabel: Template = (a, k) => accountLabel(a, k);

/** The round's templates, in the order their pages are written. */
export const DEV_TEMPLATES_AK: Template[] = [gDigitOutlet, gBracketDateline, gStandfirst, gLatinOutlet, gAccountLabel];

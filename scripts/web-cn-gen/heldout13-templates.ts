/**
 * Page templates for the thirteenth held-out part, written after all of #17's fifth-round tuning and scored once,
 * never tuned on, in kinds no part had: a microblog's headline article (`来自 微博`), a `<title>` that is a keyword
 * list, a press-release wire with its dateline opening the text, the information line printed only under the text,
 * a page dated and signed only in meta tags, and a video page with its player and 简介 above the text.
 */
import { dash, dashSec, esc, gold, pageId, pick, ps, urlDay, type Template } from './common.js';

/** A microblog's headline article: account and `6-18 16:40 来自 微博网页版`, counters row after the text. */
export const w13Microblog: Template = (a, k) => {
  const account = pick(['某某产业观察官微', '新能源研究所'], k);
  const url = `https://weibo.example${k}.com/ttarticle/p/show?id=${pageId(a, k)}`;
  const md = `${Number(a.date.slice(5, 7))}-${Number(a.date.slice(8, 10))}`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}</title></head><body>
<div class="WB_top"><a>首页</a> <a>发现</a> <a>消息</a></div>
<div class="main_editor"><div class="title">${esc(a.title)}</div>
<div class="head"><a class="name">${account}</a> <span class="time">${a.date.slice(0, 4)}-${md} ${a.date.slice(11)}</span> <span class="from">来自 ${pick(['微博网页版', 'iPhone客户端'], k)}</span></div>
<div class="WB_editor_iframe">
${ps(a.paras)}
</div>
<div class="WB_handle"><span>阅读 ${pick(['1.2万', '8526'], k)}</span> <span>转发 ${12 + k}</span> <span>评论 ${8 + k}</span> <span>赞 ${30 + k}</span></div></div></body></html>`;
  return { name: `w-microblog-${k}`, html, gold: gold(a, { url, withTime: true, source: account, author: null, notInBody: ['来自', '转发', '评论', '阅读'] }) };
};

/** A `<title>` written for search engines (keywords, then the site), the headline only in the page's h1. */
export const w13SeoTitle: Template = (a, k) => {
  const url = `https://www.example-seo${k}.com/${pick(['hangye', 'zixun'], k)}/${urlDay(a.date)}/${pageId(a, k)}.html`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${pick(['行业资讯,产业动态,政策解读', '最新消息,市场分析,数据'], k)}_${pick(['某某产业网', '某某资讯网'], k)}</title><meta name="keywords" content="${pick(['产业,政策', '市场,数据'], k)}"></head><body>
<div class="nav"><a>首页</a> <a>资讯</a> <a>数据</a></div>
<div class="con"><h1>${esc(a.title)}</h1>
<div class="msg">时间：${dash(a.date)}　来源：${esc(a.source)}${a.author ? `　作者：${esc(a.author)}` : ''}</div>
<div class="txt">
${ps(a.paras, true)}
</div></div>
<div class="side"><h3>${pick(['热门资讯', '最新资讯'], k)}</h3><p><a>${pick(['某地出台产业扶持新政', '上半年行业运行平稳'], k)}</a></p></div></body></html>`;
  return { name: `w-seotitle-${k}`, html, gold: gold(a, { url, withTime: true, source: a.source, author: a.author ? [a.author, null] : null, notInBody: ['热门资讯', '最新资讯'] }) };
};

/** A press-release wire: the dateline `北京2024年6月18日 /某某通/ --` opens the text, 消息来源 and a media contact after. */
export const w13PrWire: Template = (a, k) => {
  const wire = pick(['某某新闻通', '某某商讯社'], k);
  const city = pick(['北京', '上海'], k);
  const dateline = `${city}${Number(a.date.slice(0, 4))}年${Number(a.date.slice(5, 7))}月${Number(a.date.slice(8, 10))}日 /${wire}/ -- `;
  const url = `https://www.example-prwire${k}.com/${pick(['news-releases', 'pr'], k)}/${pageId(a, k)}.html`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)} - ${wire}</title></head><body>
<div class="nav"><a>新闻稿</a> <a>多媒体</a> <a>发布新闻稿</a></div>
<h1>${esc(a.title)}</h1><div class="mb"><span>${dash(a.date)}</span>　来源：${wire}</div>
<section class="release-body"><p>${esc(dateline)}${esc(a.paras[0])}</p>
${ps(a.paras.slice(1))}
<p>${pick(['消息来源：某某科技有限公司', '消息来源：某某集团'], k)}</p>
<p>${pick(['媒体联系人：王女士 电话：010-00000000', '媒体垂询：media@example.com'], k)}</p></section></body></html>`;
  return { name: `w-prwire-${k}`, html, gold: { ...gold(a, { url, withTime: true, source: wire, author: null, notInBody: ['消息来源', '媒体联系人', '媒体垂询'] }), body_first: dateline.replace(/\s/g, '').slice(0, 12) } };
};

/** The information line printed only under the text, in brackets (`（来源：X　作者：Y　发布时间：…）`), a dated list after. */
export const w13InfoBelow: Template = (a, k) => {
  const url = `http://www.example-below${k}.org.cn/${pick(['hyxw', 'news'], k)}/${pageId(a, k)}.jhtml`;
  const info = `来源：${esc(a.source)}${a.author ? `　作者：${esc(a.author)}` : ''}　${pick(['发布时间：', '时间：'], k)}${dashSec(a.date)}`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}-${pick(['某某行业协会', '某某产业联盟'], k)}</title></head><body>
<div class="top">${pick(['某某行业协会', '某某产业联盟'], k)}</div><div class="nav"><a>首页</a> <a>行业新闻</a> <a>会员服务</a></div>
<div class="article"><h2>${esc(a.title)}</h2>
<div class="body">
${ps(a.paras, true)}
</div>
<p class="info">${pick([`（${info}）`, `[${info}]`], k)}</p></div>
<div class="list"><h4>${pick(['行业新闻', '协会动态'], k)}</h4><p><a>${pick(['协会召开会员大会', '行业标准宣贯会举行'], k)}</a> <span>${a.date.slice(0, 10)}</span></p></div></body></html>`;
  return { name: `w-infobelow-${k}`, html, gold: gold(a, { url, withTime: true, source: a.source, author: a.author ? [a.author, null] : null, notInBody: ['来源：', '发布时间', '会员大会', '宣贯会'] }) };
};

/** A page that prints only the headline and the text: date, outlet and writer only in meta tags. */
export const w13MetaOnly: Template = (a, k) => {
  const url = `https://m.example-meta${k}.cn/${pick(['content', 'detail'], k)}/${pageId(a, k)}`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}</title>
<meta name="${pick(['publishdate', 'pubdate'], k)}" content="${dashSec(a.date)}"><meta name="${pick(['source', 'contentsource'], k)}" content="${esc(a.source)}">${a.author ? `<meta name="author" content="${esc(a.author)}">` : ''}</head><body>
<div class="bar"><a>返回</a></div>
<h1>${esc(a.title)}</h1>
<div class="article">
${ps(a.paras)}
</div><div class="ft">${pick(['好文推荐', '更多内容'], k)}</div></body></html>`;
  return { name: `w-metaonly-${k}`, html, gold: gold(a, { url, withTime: true, source: a.source, author: a.author, notInBody: ['好文推荐', '更多内容'] }) };
};

/** A video page: the player (duration, plays), a 视频简介 heading, then the text; 本视频由…提供 after. */
export const w13Video: Template = (a, k) => {
  const url = `https://v.example-tv${k}.cn/${a.date.slice(0, 4)}/${a.date.slice(5, 7)}/${a.date.slice(8, 10)}/VIDE${pageId(a, k)}.shtml`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>[${pick(['新闻直播间', '财经频道'], k)}]${esc(a.title)}_${pick(['某某网', '某某视频'], k)}</title></head><body>
<div class="nav"><a>首页</a> <a>直播</a> <a>点播</a></div>
<div class="player"><div class="video-box">视频加载中...</div><span class="dur">${pick(['时长 02:35', '02:35'], k)}</span> <span class="plays">${pick(['播放量 3.2万', '1.1万次播放'], k)}</span></div>
<h1>${esc(a.title)}</h1><div class="info">${pick(['来源：', '来源 '], k)}${esc(a.source)}　${dash(a.date)}</div>
<div class="brief"><h3>${pick(['视频简介', '内容简介'], k)}</h3>
${ps(a.paras)}
</div>
<p class="provider">${pick(['本视频由某某台提供', '（视频素材由某某融媒体中心提供）'], k)}</p>
<div class="more"><h3>${pick(['相关视频', '猜你喜欢'], k)}</h3><p><a>${pick(['早间新闻', '经济半小时'], k)}</a></p></div></body></html>`;
  return { name: `w-video-${k}`, html, gold: gold(a, { url, withTime: true, source: a.source, author: null, notInBody: ['视频简介', '内容简介', '本视频由', '视频素材', '播放', '相关视频'] }) };
};

export const HELDOUT13_TEMPLATES: Template[] = [w13Microblog, w13SeoTitle, w13PrWire, w13InfoBelow, w13MetaOnly, w13Video];

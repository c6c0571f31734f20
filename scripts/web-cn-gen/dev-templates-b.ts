/**
 * More dev templates (tuned on), with the head and tail furniture the issue lists in other wordings than the first
 * dev templates: reporter lines standing alone, bracketed 摘要 and column labels, 编者按, subtitles after a
 * 来源 line, 稿件来源/风险提示/上一篇 runs at the end, counters beside the author, the next story in the column.
 */
import { cnDay, cnTime, dash, dashSec, esc, gold, pageId, pick, ps, slash, urlDay, yearless, type Template } from './common.js';

const NEXT = ['工信部：前10个月电信业务收入稳步增长', '数字政府建设现场会在浙江召开', '新型储能装机规模突破一亿千瓦', '我国算力总规模位居全球第二'];

/** A financial daily: a reporter line of its own, 【摘要】, 稿件来源/投资提示/责任编辑 at the end, more news below. */
export const devFinDaily: Template = (a, k) => {
  const url = `https://www.example-daily.com/${a.date.slice(0, 7).replace('-', '')}/${pageId(a, k)}.html`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}_${pick(['经济观察网', '中国经营网'], k)}</title>
<meta property="og:title" content="${esc(a.title)}"></head><body>
<div class="menu"><a>首页</a> <a>宏观</a> <a>产业</a> <a>公司</a> <a>数据</a></div>
<div class="xx_boxsing"><h1>${esc(a.title)}</h1>
<div class="xd-b"><span>${pick([cnTime(a.date), slash(a.date)], k)}</span> <span>${esc(a.source)}</span></div>
<div class="xx_boxsing_con">
${a.author ? `<p>${pick(['经济观察报 记者', '中国经营报记者'], k)} ${esc(a.author)} ${pick(['北京报道', '深圳报道'], k)}</p>` : ''}
<p>【摘要】${esc(a.paras[1].slice(0, 36))}</p>
${ps(a.paras)}
<p>${pick(['（稿件来源：', '（内容来源：'], k)}${esc(a.source)}）</p>
<p>${pick(['投资提示：本文不构成任何投资建议，股市有风险，投资需谨慎。', '特别提示：文中观点仅供参考，读者据此操作，风险自担。'], k)}</p>
<p>（编辑：${esc(a.editor)}）</p>
</div>
<div class="more">${NEXT.map((t) => `<p><a>${t}</a></p>`).join('')}</div></div></body></html>`;
  return { name: `g-fin-daily-${k}`, html, gold: gold(a, { url, withTime: true, source: a.source, author: a.author, notInBody: ['北京报道', '深圳报道', '摘要', '稿件来源', '内容来源', '投资提示', '特别提示', '编辑'] }) };
};

/** A WeChat page of another make: 编者按, a 来源丨 line, 图文来源/免责/往期 and 在看 at the end. */
export const devWechatB: Template = (a, k) => {
  const url = `https://mp.weixin.qq.com/s/${pageId(a, k)}Bx${k}`;
  const account = pick(['工业互联网观察', '通信人家园'], k);
  const epoch = Math.round(Date.parse(`${a.date}:00+08:00`) / 1000);
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}</title>
<meta property="og:title" content="${esc(a.title)}"></head><body>
<div class="rich_media_area_primary"><h1 class="rich_media_title" id="activity-name">${esc(a.title)}</h1>
<div id="meta_content"><a id="js_name">${account}</a> <em id="publish_time"></em></div>
<div class="rich_media_content" id="js_content" style="visibility: hidden;">
<section><p><span>编者按：${esc(a.paras[2].slice(0, 30))}。</span></p></section>
<section><p><span>${pick(['文丨', '来源丨'], k)}${esc(a.source)}</span></p></section>
${a.subtitle ? `<section><p><strong>${esc(a.subtitle)}</strong></p></section>` : ''}
${a.paras.map((p) => `<section><p><span>${esc(p)}</span></p></section>`).join('\n')}
<section><p>${pick(['图文来源：', '内容来源：'], k)}${esc(a.source)}</p><p>免责声明：本号转载文章仅为分享，如涉及版权问题请联系我们。</p></section>
<section><p>往期回顾</p><p><a>${NEXT[0]}</a></p><p><a>${NEXT[1]}</a></p></section>
<section><p>${pick(['点分享', '点收藏'], k)}</p><p>点点赞</p><p>点在看</p></section>
</div></div>
<script>var ct = "${epoch}";</script></body></html>`;
  const notIn = ['编者按', '图文来源', '内容来源', '免责声明', '往期回顾', '点在看'];
  if (a.subtitle) notIn.push(a.subtitle);
  return { name: `g-wechat-b-${k}`, html, gold: gold(a, { url, withTime: true, source: a.source, author: [account, null], notInBody: notIn }) };
};

/** A county government 信息发布 page: subtitle after 来源于, 编辑/审核 and 上一篇/下一篇 inside the same box. */
export const devGovCounty: Template = (a, k) => {
  const url = `http://www.example-xian${k}.gov.cn/art/${a.date.slice(0, 4)}/${a.date.slice(5, 7)}/${a.date.slice(8, 10)}/art_${1500 + k}_${pageId(a, k)}.html`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)} ${pick(['某县人民政府网站', '某市人民政府'], k)}</title></head><body>
<div class="top"><a>首页</a> <a>政务公开</a> <a>办事服务</a> <a>政民互动</a></div>
<div class="con"><div class="bt">${esc(a.title)}</div>
<div class="sj">发布日期：${pick([cnDay(a.date) + ' ' + a.date.slice(11), dash(a.date)], k)}　来源：${esc(a.source)}　点击数：${pick(['1204', '77'], k)}　【<a>打印</a>】</div>
<div class="nr">
<p>${pick(['本文来源于：', '文章来源于：'], k)}${esc(a.source)}</p>
${a.subtitle ? `<p style="text-align:center">${esc(a.subtitle)}</p>` : ''}
${ps(a.paras, true)}
<p>初审：${esc(a.editor)}　复审：${pick(['陈军', '林可'], k)}　终审：${pick(['马骏', '许诺'], k)}</p>
<p>上一条：<a>${NEXT[2]}</a></p>
<p>下一条：<a>${NEXT[3]}</a></p>
</div></div>
<div class="bottom">版权所有：${pick(['某县人民政府', '某市人民政府'], k)}　ICP备案号：苏ICP备1201${k}号</div></body></html>`;
  const notIn = ['来源于', '初审', '终审', '上一条', '下一条', '点击数'];
  if (a.subtitle) notIn.push(a.subtitle);
  return { name: `g-gov-county-${k}`, html, gold: gold(a, { url, withTime: true, source: a.source, author: null, notInBody: notIn }) };
};

/** A portal page with a column label, a —— subtitle, a lead box, 点击查看 and a 版权声明 at the end. */
export const devPortalLabel: Template = (a, k) => {
  const url = `https://news.example-portal.com/${urlDay(a.date)}/n${pageId(a, k)}.shtml`;
  const sub = a.subtitle ?? pick(['行业发展新动向观察', '产业链上下游协同推进'], k);
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}-${pick(['中华网', '环球网'], k)}</title>
<meta name="publishdate" content="${dashSec(a.date)}"></head><body>
<div class="nav"><a>首页</a> <a>国内</a> <a>科技</a> <a>财经</a></div>
<div class="article-wrap"><h1 class="article-title">${esc(a.title)}</h1>
<div class="article-meta"><span>${pick([yearless(a.date), dash(a.date)], k)}</span> <span>来源：${esc(a.source)}</span> ${a.author ? `<span>作者：${esc(a.author)}</span>` : ''} <span>浏览：${3000 + k}</span></div>
<div class="article-text">
<p>${pick(['【今日关注】', '【产业动态】'], k)}</p>
<p><strong>——${esc(sub)}</strong></p>
<p>${pick(['内容提要：', '提要：'], k)}${esc(a.paras[3].slice(0, 30))}</p>
${ps(a.paras)}
<p><a>${pick(['点击查看专题：', '点击阅读更多：'], k)}${NEXT[k]}</a></p>
<p>${pick(['版权声明：凡注明来源的作品均转载自其它媒体，转载目的在于传递更多信息，并不代表本网赞同其观点。', '免责声明：本网站所刊载信息，不代表本站观点。'], k)}</p>
</div>
<div class="next"><span>下一篇：</span><a>${NEXT[(k + 1) % NEXT.length]}</a></div></div></body></html>`;
  return { name: `g-portal-label-${k}`, html, gold: gold(a, { url, withTime: true, source: a.source, author: a.author, notInBody: ['今日关注', '产业动态', sub, '提要', '点击', '声明', '下一篇'] }) };
};

export const DEV_TEMPLATES_B: Template[] = [devFinDaily, devWechatB, devGovCounty, devPortalLabel];

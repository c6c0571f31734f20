/**
 * Page templates for the fifth held-out part, written after #17's tuning and scored once: families and makes none of
 * the other templates print, to see what the final extractor does on pages nobody tuned for.
 */
import { cnDay, cnTime, dash, dashSec, dayOnly, esc, gold, pageId, pick, ps, slash, urlDay, type Template } from './common.js';

const ASIDE = ['两会前瞻：稳增长政策如何发力', '多地出台措施支持民营经济', '央行开展逆回购操作'];

/** A 澎湃-like page: bundler class names, the outlet and the time in spans, 责任编辑/校对 and a 举报 line after. */
export const y5Paper: Template = (a, k) => {
  const url = `https://www.example-pp${k}.cn/newsDetail_forward_${29000000 + k}`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}_${pick(['澎湃号·政务', '澎湃新闻'], k)}_某新闻</title>
<meta name="Description" content="${esc(a.paras[0].slice(0, 30))}"></head><body>
<div class="index_header__Wj9"><a>要闻</a> <a>深度</a> <a>财经</a></div>
<div class="index_wrapper__L_zqV"><h1 class="index_title__B8mhI">${esc(a.title)}</h1>
<div class="index_headerContent__sASF4"><div class="ant-space"><div class="ant-space-item"><span>${esc(a.author ?? a.source)}</span></div><div class="ant-space-item"><span>${dash(a.date)}</span></div><div class="ant-space-item"><span>来源：${esc(a.source)}</span></div></div></div>
<div class="index_cententWrap__Jv8jK">
${ps(a.paras)}
</div>
<p class="index_editor__x">责任编辑：${esc(a.editor)}　图片编辑：${pick(['金潔', '陈飞燕'], k)}</p><p class="index_editor__x">校对：${pick(['栾梦', '施鋆'], k)}</p>
<div class="index_report">举报</div></div>
<div class="index_aside"><h3>热新闻</h3>${ASIDE.map((t) => `<p>${t}</p>`).join('')}</div></body></html>`;
  return { name: `z-paper-${k}`, html, gold: gold(a, { url, withTime: true, source: a.source, author: a.author ? a.author : [a.source, null], notInBody: ['责任编辑', '校对', '举报', '热新闻'] }) };
};

/** A 环球网-like page: 【环球网报道 记者 X】 opening the text, 来源/时间 spans, 责编 and 声明 after. */
export const y5Huanqiu: Template = (a, k) => {
  const url = `https://world.example-hq${k}.com/article/4${pageId(a, k)}`;
  const lead = `【${pick(['环球网报道', '环球时报综合报道'], k)}${a.author ? ` 记者 ${a.author}` : ''}】`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}_${pick(['环球网', '环球时报'], k)}</title>
<meta property="article:published_time" content="${a.date}:00+08:00"></head><body>
<div class="nav"><a>首页</a> <a>国际</a> <a>国内</a> <a>财经</a></div>
<div class="t-container"><div class="t-container-title"><h3>${esc(a.title)}</h3></div>
<div class="metadata-info"><p class="time">${dash(a.date)}</p><p class="source">来源: <a>${esc(a.source)}</a></p></div>
<div class="l-con clear"><article>
<p>${lead}${esc(a.paras[0])}</p>
${ps(a.paras.slice(1))}
</article>
<div class="editorName">责编：${esc(a.editor)}</div>
<div class="statement">${pick(['环球网版权作品，未经书面授权，严禁转载或镜像，违者将被追究法律责任。', '声明：本文仅代表作者观点，与本网无关。'], k)}</div></div></div></body></html>`;
  return { name: `z-huanqiu-${k}`, html, gold: gold(a, { url, withTime: true, source: a.source, author: a.author ? [a.author, null] : null, notInBody: ['环球网报道', '综合报道', '责编', '严禁转载', '声明'] }) };
};

/** A city government's 信息公开 detail page: 索引号 table, the headline in a td, 发布日期 in the table, 附件 after. */
export const y5GovOpen: Template = (a, k) => {
  const url = `http://www.example-city${k}.gov.cn/xxgk/${urlDay(a.date).slice(0, 6)}/t${urlDay(a.date)}_${3300000 + k}.html`;
  const site = pick(['某某市人民政府', '某某区人民政府门户网站'], k);
  const html = `<html><head><meta charset="utf-8"><title>${site}</title>
<meta name="ArticleTitle" content="${esc(a.title)}"><meta name="PubDate" content="${dashSec(a.date)}"></head><body>
<div class="head">${site}</div><div class="nav"><a>首页</a> <a>信息公开</a> <a>政务服务</a></div>
<table class="syh"><tr><th>索引号</th><td>113${k}0000MB0${k}52/2024-0${k}13</td><th>主题分类</th><td>综合政务</td></tr>
<tr><th>发布机构</th><td>${esc(a.source)}</td><th>发布日期</th><td>${dayOnly(a.date)}</td></tr>
<tr><th>名　　称</th><td colspan="3">${esc(a.title)}</td></tr></table>
<div class="xl"><div class="xl_tit">${esc(a.title)}</div>
<div class="xl_con">
${ps(a.paras, true)}
</div>
<div class="fj">附件：<a>相关附件.docx</a></div>
<div class="xl_tool"><a>【打印本页】</a><a>【关闭窗口】</a></div></div>
<div class="foot">${site}主办　网站标识码：${3400000000 + k}</div></body></html>`;
  return { name: `z-gov-open-${k}`, html, gold: gold(a, { url, withTime: false, source: a.source, author: null, notInBody: ['索引号', '附件', '打印本页', '关闭窗口', '网站标识码'] }) };
};

/** A 财联社-like 电报 page: the headline restated in 【】 before the telegraph's own dateline, 收藏/阅读 counters. */
export const y5Telegraph: Template = (a, k) => {
  const url = `https://www.example-cls${k}.cn/detail/${1800000 + k}`;
  const lead = `【${a.title}】${pick(['财联社', '格隆汇'], k)}${Number(a.date.slice(5, 7))}月${Number(a.date.slice(8, 10))}日电，`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}_${pick(['财联社', '格隆汇'], k)}</title></head><body>
<div class="hd"><a>电报</a> <a>话题</a> <a>VIP</a></div>
<div class="detail-header"><div class="f-w-b">${esc(a.title)}</div><div class="c-999">${pick([cnTime(a.date), slash(a.date)], k)}　星期${'一二三四五六日'[k]}　阅读${1.2 + k}w</div></div>
<div class="detail-content"><p>${esc(lead)}${esc(a.paras[0])}</p>
${ps(a.paras.slice(1))}
</div>
<div class="detail-option">收藏 分享 ${pick(['评论 12', '点赞 30'], k)}</div>
<div class="detail-telegraph-list"><h3>${pick(['相关电报', '最新电报'], k)}</h3>${ASIDE.map((t, i) => `<p>${dash(a.date).slice(0, 11)}1${i}:0${i} ${t}</p>`).join('')}</div></body></html>`;
  return { name: `z-telegraph-${k}`, html, gold: { ...gold(a, { url, withTime: true, source: null, author: null, notInBody: ['收藏', '相关电报', '最新电报', `【${a.title}】`] }), body_first: lead.slice(a.title.length + 2, a.title.length + 14) } };
};

/** A 知乎专栏/简书-like post: writer card with 关注, 发布于 with the time at the end, 赞同/评论 bar. */
export const y5Column: Template = (a, k) => {
  const writer = a.author ?? pick(['产业研究员小李', '新能源老王'], k);
  const url = `https://zhuanlan.example-zh${k}.com/p/${680000000 + k}`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)} - ${pick(['知乎', '简书'], k)}</title>
<meta itemprop="datePublished" content="${a.date}:00+08:00" /></head><body>
<div class="Post-Header"><h1 class="Post-Title">${esc(a.title)}</h1><div class="AuthorInfo"><a class="UserLink-link">${esc(writer)}</a><div class="AuthorInfo-badge">${pick(['某某公司 分析师', '新能源话题下的优秀答主'], k)}</div><button>关注他</button></div></div>
<div class="Post-RichTextContainer"><div class="RichText ztext Post-RichText">
${ps(a.paras)}
</div></div>
<div class="ContentItem-time">发布于 ${dash(a.date)}・IP 属地${pick(['北京', '广东'], k)}</div>
<div class="ContentItem-actions">赞同 ${120 + k} 添加评论 分享 喜欢 收藏</div></body></html>`;
  return { name: `z-column-${k}`, html, gold: gold(a, { url, withTime: true, source: null, author: writer, notInBody: ['发布于', 'IP 属地', '赞同', '添加评论', '关注他'] }) };
};

/** A company's press page: 发布时间/浏览次数/作者 spans, 上一篇/下一篇 and 返回列表 after the text. */
export const y5Company: Template = (a, k) => {
  const company = pick(['某某电子股份有限公司', '某某通信技术有限公司'], k);
  const url = `https://www.example-corp${k}.com/news/${urlDay(a.date)}${k}.html`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}-${pick(['新闻中心', '公司新闻'], k)}-${company}</title></head><body>
<div class="header"><div class="logo">${company}</div><ul class="menu"><li>首页</li><li>关于我们</li><li>产品中心</li><li>新闻中心</li><li>联系我们</li></ul></div>
<div class="banner"><img src="/banner.jpg"></div>
<div class="location">当前位置：首页 &gt; 新闻中心 &gt; ${pick(['新闻中心', '公司新闻'], k)}</div>
<div class="news-show"><div class="news-title">${esc(a.title)}</div>
<div class="news-info"><span>发布时间：${pick([cnDay(a.date), dayOnly(a.date)], k)}</span><span>浏览次数：${88 + k}</span><span>${pick(['作者：品牌部', '来源：本站'], k)}</span></div>
<div class="news-content">
${ps(a.paras)}
</div>
<div class="news-page"><p>上一篇：${ASIDE[0]}</p><p>下一篇：${ASIDE[1]}</p></div><a class="back">返回列表</a></div>
<div class="footer">Copyright © 2024 ${company} 版权所有　备案号：粤ICP备1200000${k}号</div></body></html>`;
  return { name: `z-company-${k}`, html, gold: gold(a, { url, withTime: false, source: null, author: k === 0 ? ['品牌部', null] : null, notInBody: ['浏览次数', '上一篇', '下一篇', '返回列表', '版权所有'] }) };
};

export const HELDOUT5_TEMPLATES: Template[] = [y5Paper, y5Huanqiu, y5GovOpen, y5Telegraph, y5Column, y5Company];

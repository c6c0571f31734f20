/**
 * Page templates for the eighth held-out part, written for #17's fourth round by another hand before any change
 * to the extractor and scored once before and once after: families and makes no other part prints (a county
 * 融媒体 CMS with 三审 lines, portal mobile pages, a study-platform share page, a company's 新闻中心, an
 * association's notice, court and procuratorate sites, a financial live blog, a paginated page, a page whose
 * headline is only in og:title, a comment section, 责任编辑 run into the last paragraph, 相关阅读 and captions
 * inside the text container).
 */
import { cnDay, cnTime, dash, dashSec, dayOnly, esc, gold, pageId, pick, ps, slash, urlDay, yearless, type Template } from './common.js';
import type { PoolArticle } from './pool.js';

const OTHER = ['多部门联合部署秋冬季安全生产工作', '今年以来我市新增市场主体三万余户', '一图读懂2024年重点民生实事'];
const img = (k: number, n: number): string => `<p style="text-align: center;"><img src="/upload/${2024 + n}/${k}${n}.jpg" width="640" border="0"></p>`;

/** A county 融媒体中心 CMS: 来源/作者/编辑 spans, captioned photo after the first paragraph, 初审/复审/终审 after. */
export const r8Rongmei: Template = (a, k) => {
  const centre = pick(['某某县融媒体中心', '某某区融媒体中心'], k);
  const url = `http://www.example-xian${k}.cn/content/${dayOnly(a.date).replace(/-/g, '/')}/${pageId(a, k)}.html`;
  const cap = pick([`图为${a.title.slice(0, 6)}现场。 通讯员 周某 摄`, '▲ 工作人员正在现场查看。（融媒记者 吴某 摄）'], k);
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}_${centre}</title></head><body>
<div class="top-bar"><a>掌上${pick(['某县', '某区'], k)}APP</a> <a>数字报</a> <a>登录</a></div>
<div class="nav"><a>首页</a><a>本地新闻</a><a>乡镇动态</a><a>视听</a><a>专题</a><a>问政</a></div>
<div class="main"><div class="article">
<h2 class="article-title">${esc(a.title)}</h2>
<div class="article-meta"><span>${pick(['', '发布时间：'], k)}${dashSec(a.date)}</span><span>来源：<em>${esc(a.source)}</em></span>${a.author ? `<span>作者：${esc(a.author)}</span>` : ''}<span>编辑：${esc(a.editor)}</span><span class="view">阅读：<i>${2300 + k * 17}</i></span></div>
<div class="article-content">
${ps(a.paras.slice(0, 1), true)}
${img(k, 1)}
<p style="text-align: center;"><span style="font-family: 楷体; font-size: 14px;">${esc(cap)}</span></p>
${ps(a.paras.slice(1), true)}
</div>
<div class="audit"><p>初审：${esc(a.editor)}　复审：${pick(['刘某某', '陈某某'], k)}　终审：${pick(['张某某', '黄某某'], k)}</p></div>
<div class="share">分享到：<a>微信</a><a>朋友圈</a><a>微博</a></div></div>
<div class="side"><h3>热点排行</h3><ol>${OTHER.map((t) => `<li>${t}</li>`).join('')}</ol></div></div>
<div class="foot">${centre}　版权所有　违法和不良信息举报电话：0${k}12-6000000</div></body></html>`;
  return { name: `r-rongmei-${k}`, html, gold: gold(a, { url, withTime: true, source: a.source, author: a.author ? [a.author, null] : null, notInBody: ['初审', '复审', '终审', '摄', '分享到', '热点排行', '阅读：'] }) };
};

/** A portal's mobile page: time split in two elements (year only in the meta), cite for the outlet, 展开全文 mid-text, hot comments. */
export const r8PortalMobile: Template = (a, k) => {
  const url = `https://${pick(['k', 'm'], k)}.example-portal${k}.cn/article_${urlDay(a.date)}_${pageId(a, k)}.html`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0"><title>${esc(a.title)}|${pick(['某浪新闻', '某浪财经'], k)}_手机某浪网</title>
<meta property="article:published_time" content="${a.date}:00+08:00"><meta name="mediaid" content="${esc(a.source)}"></head><body>
<header class="sina_top"><a class="logo">某浪新闻</a><a class="dl">下载</a></header>
<section class="art_main"><h1 class="art_tit_h1">${esc(a.title)}</h1>
<div class="art_tit_aut"><time class="weibo_time_day">${yearless(a.date).slice(0, 5)}</time> <time class="weibo_time">${a.date.slice(11)}</time> <cite class="art_cite">${esc(a.source)}</cite><a class="follow">关注</a></div>
<section class="art_pic_card art_content">
${ps(a.paras.slice(0, 2), false, ' class="art_p"')}
<div class="look_more"><a>${pick(['展开全文', '打开某浪新闻 查看全文'], k)}</a></div>
${ps(a.paras.slice(2), false, ' class="art_p"')}
</section>
<p class="art_editor">${pick(['责任编辑：', '编辑：'], k)}${esc(a.editor)} SF00${k}</p></section>
<section class="hot_cmnt"><h3>热门评论</h3><div class="cmnt"><span class="u">手机用户${7600 + k}</span><p>${pick(['这个数据确实超出预期，希望后续能继续保持。', '说得有道理，不过落到实处还需要时间。'], k)}</p><span class="t">${pick(['1小时前', '昨天 21:07'], k)}</span></div></section>
<section class="recom"><h3>猜你喜欢</h3><a>${OTHER[k]}</a></section></body></html>`;
  return { name: `r-portalmobile-${k}`, html, gold: gold(a, { url, withTime: true, source: a.source, author: null, notInBody: ['展开全文', '查看全文', '责任编辑', '编辑：', '热门评论', '猜你喜欢', '手机用户'] }) };
};

/** Another portal's mobile page: 网易-like classes, 来源 with an ASCII colon, 打开APP box between paragraphs, 跟贴 counts after. */
export const r8NeteaseMobile: Template = (a, k) => {
  const url = `https://c.m.example-163-${k}.com/news/a/J${pageId(a, k).toUpperCase()}0512${k}.html`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}|${pick(['某易', '某易新闻'], k)}</title></head><body>
<div class="js-app-banner">打开某易新闻，阅读体验更佳</div>
<article class="article"><header class="article-header"><h1 class="title">${esc(a.title)}</h1>
<p class="info"><span class="time">${dashSec(a.date)}</span> <span class="source js-source">${pick(['来源: ', '来源：'], k)}${esc(a.source)}</span></p></header>
<main class="article-body js-article-inner">
${ps(a.paras.slice(0, 3))}
<div class="article-open-app"><span>${pick(['打开某易新闻 查看精彩图片', '打开APP 看高清大图'], k)}</span></div>
${ps(a.paras.slice(3))}
</main></article>
<div class="tie-area"><div class="tie-count">${pick(['跟贴', '评论'], k)} <b>${126 + k}</b> 参与 <b>${2311 + k}</b></div><div class="tie-item"><span>某易网友</span><p>${pick(['支持，期待更多政策落地。', '关键还是要看执行力度。'], k)}</p></div></div>
<div class="related"><h3>${pick(['相关推荐', '热点新闻'], k)}</h3><ul>${OTHER.slice(0, 2).map((t) => `<li>${t}</li>`).join('')}</ul></div></body></html>`;
  return { name: `r-163m-${k}`, html, gold: gold(a, { url, withTime: true, source: a.source, author: null, notInBody: ['打开某易新闻', '打开APP', '跟贴', '评论', '相关推荐', '热点新闻'] }) };
};

/** A study platform's share page: render-detail blocks, 来源 and 作者 lines before the day, app prompt after. */
export const r8StudyShare: Template = (a, k) => {
  const url = `https://article.example-study${k}.cn/items/${pageId(a, k)}${k}9183.html?item_id=${pageId(a, k)}&source=share`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${pick(['学习平台', '某某强国'], k)}</title>
<meta name="viewport" content="width=device-width"></head><body><div id="root"><div class="render-detail">
<div class="render-detail-title">${esc(a.title)}</div>
<div class="render-detail-article-header"><div class="render-detail-resource">来源：${esc(a.source)}</div>${a.author ? `<div class="render-detail-author">作者：${esc(a.author)}</div>` : ''}<div class="render-detail-time">${dayOnly(a.date)}</div></div>
<div class="render-detail-content">
${ps(a.paras)}
</div>
<div class="render-detail-editor">${pick(['责任编辑：', '【责任编辑：'], k)}${esc(a.editor)}${k ? '】' : ''}</div>
<div class="render-detail-note">${pick(['本文来源于学习平台，阅读原文请下载APP', '下载某某强国APP，查看更多精彩内容'], k)}</div></div>
<div class="open-app-bar"><a>打开</a> <a>${pick(['立即下载', '下载APP'], k)}</a></div></div></body></html>`;
  return { name: `r-studyshare-${k}`, html, gold: gold(a, { url, withTime: false, source: a.source, author: a.author ? [a.author, null] : null, notInBody: ['责任编辑', '下载', 'APP', '打开'] }) };
};

/** A company's 新闻中心: left menu, 发布时间/浏览次数/【返回】 line, 上一条/下一条, contact footer; no 来源. */
export const r8Corporate: Template = (a, k) => {
  const firm = pick(['某某智能装备股份有限公司', '某某新材料集团'], k);
  const url = `https://www.example-corp${k}.com/news/${pick(['company', 'industry'], k)}/${urlDay(a.date)}/${900 + k}.html`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}-${pick(['企业新闻', '新闻中心'], k)}-${firm}</title>
<meta name="keywords" content="${firm},新闻中心"></head><body>
<div class="header"><a class="logo">${firm}</a><ul><li>首页</li><li>关于我们</li><li>产品中心</li><li>解决方案</li><li>新闻中心</li><li>投资者关系</li><li>联系我们</li></ul><span class="tel">服务热线：400-8${k}0-0000</span></div>
<div class="banner"><img src="/banner/news.jpg"></div>
<div class="wrap"><div class="left"><h3>新闻中心<span>NEWS</span></h3><ul><li class="on">企业新闻</li><li>行业动态</li><li>媒体报道</li></ul></div>
<div class="right"><div class="loc">您的位置：首页 &gt; 新闻中心 &gt; ${pick(['企业新闻', '行业动态'], k)}</div>
<div class="news-detail"><h3 class="tit">${esc(a.title)}</h3>
<div class="attr">${pick(['发布时间：', '日期：'], k)}${pick([dayOnly(a.date), slash(a.date).slice(0, 10)], k)}　　浏览次数：${1024 + k * 7}　　【<a>返回</a>】</div>
<div class="con">
${ps(a.paras, true)}
</div>
<div class="pn"><p>上一条：${esc(OTHER[0])}</p><p>下一条：${esc(OTHER[1])}</p></div></div></div></div>
<div class="footer"><p>Copyright © 2024 ${firm} 版权所有</p><p>地址：某某市高新区科技路${k + 8}号　电话：0571-8${k}000000　邮箱：info@example-corp${k}.com</p></div></body></html>`;
  return { name: `r-corp-${k}`, html, gold: gold(a, { url, withTime: false, source: null, author: null, notInBody: ['浏览次数', '返回', '上一条', '下一条', '版权所有', '服务热线'] }) };
};

/** An industry association's notice in an old table layout: 发布者/发布日期/阅读 line, 文章来源 at the end, 附件下载. */
export const r8AssocNotice: Template = (a, k) => {
  const assoc = pick(['中国某某工业协会', '某某省物流与采购联合会'], k);
  const url = `http://www.example-xh${k}.org.cn/Article/ShowArticle.asp?ArticleID=${5200 + k}`;
  const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>${esc(a.title)} - ${assoc}</title></head><body>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/images/banner.gif"></td></tr>
<tr><td class="menu">首 页 | 协会简介 | 通知公告 | 行业资讯 | 会员之家 | 标准化工作 | 培训认证</td></tr></table>
<table width="980" border="0" align="center"><tr><td width="720" valign="top">
<table width="100%" border="0"><tr><td class="dh">您现在的位置： <a>${assoc}</a> &gt;&gt; <a>行业资讯</a> &gt;&gt; 正文</td></tr>
<tr><td height="50" align="center"><font size="4"><b>${esc(a.title)}</b></font></td></tr>
<tr><td align="center" class="info">发布者：${pick(['秘书处', '信息部'], k)}　发布日期：${pick([slash(a.date).slice(0, 10).replace(/\/0/g, '/'), cnDay(a.date)], k)}　阅读：<font color="red">${355 + k}</font>次</td></tr>
<tr><td class="content" style="line-height:200%">
${a.paras.map((p) => `&nbsp;&nbsp;&nbsp;&nbsp;${esc(p)}<br><br>`).join('\n')}
</td></tr>
<tr><td>文章来源：${esc(a.source)}</td></tr>
<tr><td>附件下载：<a href="/UploadFiles/${k}.doc">${pick(['参会回执', '报名表'], k)}.doc</a></td></tr>
<tr><td align="right">【<a>发表评论</a>】【<a>告诉好友</a>】【<a>打印此文</a>】【<a>关闭窗口</a>】</td></tr></table></td>
<td width="250" valign="top"><table><tr><td><b>最新通知</b></td></tr>${OTHER.map((t) => `<tr><td>· ${t}</td></tr>`).join('')}</table></td></tr></table>
<table width="980" align="center"><tr><td align="center">${assoc} 版权所有　京ICP备${10000 + k}号</td></tr></table></body></html>`;
  return { name: `r-assocnotice-${k}`, html, gold: gold(a, { url, withTime: false, source: a.source, author: null, notInBody: ['文章来源', '附件下载', '.doc', '发表评论', '关闭窗口', '最新通知', '发布者'] }) };
};

/** A court's (k 0) or procuratorate's (k 1) site: 来源/作者/发布时间 line under the headline, 打印/关闭 and 分享 after. */
export const r8Judicial: Template = (a, k) => {
  const org = pick(['某某市中级人民法院', '某某市人民检察院'], k);
  const url = `https://${pick(['fy', 'jcy'], k)}.example-city${k}.gov.cn/${pick(['article/detail', 'dt/jcyw'], k)}/${a.date.slice(0, 7).replace('-', '/')}/id/${7700000 + k}.shtml`;
  const info = k
    ? `<span>时间：${dash(a.date)}</span>${a.author ? `<span>作者：${esc(a.author)}</span>` : ''}<span>来源：${esc(a.source)}</span>`
    : `<span>来源：${esc(a.source)}</span>${a.author ? `<span>作者：${esc(a.author)}</span>` : ''}<span>发布时间：${dashSec(a.date)}</span>`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${org}-${esc(a.title)}</title></head><body>
<div class="head"><img src="/img/hui.png"><span>${org}</span></div>
<div class="menu"><a>首页</a><a>${pick(['法院动态', '检察动态'], k)}</a><a>${pick(['审判执行', '案件信息公开'], k)}</a><a>${pick(['诉讼服务', '检察服务'], k)}</a><a>队伍建设</a></div>
<div class="detail"><div class="b_title">${esc(a.title)}</div>
<div class="message">${info}</div>
<div class="text">
${ps(a.paras, true)}
</div>
<div class="fx">【<a>打印</a>】【<a>关闭</a>】 分享到：<a>微信</a> <a>微博</a></div></div>
<div class="foot">${org}　版权所有　地址：某某市法治路${k + 1}号</div></body></html>`;
  return { name: `r-judicial-${k}`, html, gold: gold(a, { url, withTime: true, source: a.source, author: a.author ? [a.author, null] : null, notInBody: ['打印', '关闭', '分享到', '版权所有'] }) };
};

/** Entry times of a live blog: from the page's time on, every 23 minutes. */
function liveTimes(a: PoolArticle): string[] {
  const start = Number(a.date.slice(11, 13)) * 60 + Number(a.date.slice(14, 16));
  return a.paras.map((_, i) => {
    const m = (start + i * 23) % (24 * 60);
    return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
  });
}

/** A financial live blog: 发布时间 and 来源 line, then timestamped entries (the text), 风险提示 and 最新快讯 after. */
export const r8LiveBlog: Template = (a, k) => {
  const times = liveTimes(a);
  const url = `https://live.example-cj${k}.com/live/${urlDay(a.date)}/${pageId(a, k)}.html`;
  const entry = (t: string, p: string): string => (k ? `<div class="live-item"><span class="live-time">${t}</span><div class="live-text"><p>${esc(p)}</p></div></div>` : `<li><b class="t">${t}</b> <span>${esc(p)}</span></li>`);
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}_${pick(['某某财经直播', '实时播报'], k)}</title></head><body>
<div class="top"><a>首页</a> <a>快讯</a> <a>直播</a> <a>行情</a> <a>研报</a></div>
<div class="live-head"><h1>${esc(a.title)}</h1><p class="live-meta">${pick(['发布时间：', ''], k)}${cnTime(a.date)}　来源：${esc(a.source)}　<span class="status">${pick(['直播中', '已结束'], k)}</span>　<span>${pick(['刷新', '自动刷新'], k)}</span></p></div>
<div class="live-body">${k ? '' : '<ul class="live-list">'}
${a.paras.map((p, i) => entry(times[i], p)).join('\n')}
${k ? '' : '</ul>'}</div>
<div class="risk">风险提示：${pick(['市场有风险，投资需谨慎。本文不构成投资建议。', '以上内容仅供参考，不构成任何投资建议。'], k)}</div>
<div class="flash"><h3>最新快讯</h3><p><span>${pick(['16:02', '18:31'], k)}</span> ${OTHER[2]}</p></div></body></html>`;
  const g = gold(a, { url, withTime: true, source: a.source, author: null, notInBody: ['风险提示', '最新快讯', '直播中', '已结束', '刷新'] });
  // The entries' times are the live blog's own text: the body starts with the first.
  return { name: `r-liveblog-${k}`, html, gold: { ...g, body_first: `${times[0]}${a.paras[0].slice(0, 8)}` } };
};

/** A paginated page: the first of two pages, pager (上一页 1 2 下一页, 共2页) and 阅读全文 after the part shown. */
export const r8Paged: Template = (a, k) => {
  const shown = a.paras.slice(0, 3);
  const url = `http://www.example-paged${k}.com.cn/${pick(['news', 'industry'], k)}/${urlDay(a.date)}/${pageId(a, k)}.shtml`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}${pick(['(1)', ' 第1页'], k)}_${pick(['某某产业网', '某某资讯'], k)}</title></head><body>
<div class="nav"><a>首页</a> | <a>产业</a> | <a>政策</a> | <a>企业</a> | <a>数据</a></div>
<div class="article"><h1>${esc(a.title)}</h1>
<div class="source-bar">${slash(a.date)}　${pick(['来源：', '出处：'], k)}${esc(a.source)}${a.author ? `　作者：${esc(a.author)}` : ''}</div>
<div id="artibody">
${ps(shown, true)}
</div>
<div class="page-nav">${pick(['本文共2页', '共2页'], k)}　<span>上一页</span> <b>1</b> <a href="?p=2">2</a> <a href="?p=2">下一页</a> <a href="?all=1">${pick(['阅读全文', '单页阅读'], k)}</a></div></div>
<div class="rel"><h3>相关新闻</h3><ul>${OTHER.map((t) => `<li>${t} ${dayOnly(a.date)}</li>`).join('')}</ul></div></body></html>`;
  const g = gold(a, { url, withTime: true, source: a.source, author: a.author ? [a.author, null] : null, notInBody: ['下一页', '上一页', '共2页', '阅读全文', '单页阅读', '相关新闻'] });
  return { name: `r-paged-${k}`, html, gold: { ...g, body_last: shown[shown.length - 1].slice(-12) } };
};

/** A page whose headline is only in og:title: no h1, a generic <title>, meta description, time and 来源 spans. */
export const r8OgTitle: Template = (a, k) => {
  const site = pick(['某某观察网', '某某时报网'], k);
  const url = `https://www.example-og${k}.com/p/${pageId(a, k)}`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${pick(['正文', '资讯详情'], k)} - ${site}</title>
<meta property="og:type" content="article"><meta property="og:title" content="${esc(a.title)}"><meta property="og:site_name" content="${site}"><meta name="description" content="${esc(a.paras[0].slice(0, 50))}"></head><body>
<div class="hd"><a>${site}</a><a>首页</a><a>要闻</a><a>财经</a><a>科技</a></div>
<div class="detail"><div class="meta-row"><span class="pubtime">${pick([dash(a.date), cnTime(a.date)], k)}</span> <span class="src">${pick(['来源：', '来源 | '], k)}${esc(a.source)}</span></div>
<div class="rich-text">
${ps(a.paras)}
</div>
<div class="tags">${pick(['标签：', 'TAG：'], k)}<a>产业</a> <a>政策</a></div></div>
<div class="foot">${site} 版权所有 未经授权不得转载</div></body></html>`;
  return { name: `r-ogtitle-${k}`, html, gold: gold(a, { url, withTime: true, source: a.source, author: null, notInBody: ['标签', 'TAG', '版权所有'] }) };
};

/** A page with a long comment section below the text: users, later dates and long comments with 回复/赞. */
export const r8Comments: Template = (a, k) => {
  const url = `https://news.example-cm${k}.cn/${urlDay(a.date)}/${pageId(a, k)}.html`;
  const later = (d: number): string => `${a.date.slice(0, 8)}${String(Math.min(28, Number(a.date.slice(8, 10)) + d)).padStart(2, '0')} ${pick(['08:12', '21:47'], d)}`;
  const comments = [
    '看完这篇报道很受启发，我们当地这两年也在做类似的事情，效果还不错，但是资金和人才还是跟不上，希望上级部门多给一些支持和指导。',
    '文章里提到的问题确实存在，基层企业感受最明显。建议有关部门出台细则时多听听一线从业者的意见，不要一刀切，给企业留出调整的时间。',
    '数据很详实，点赞记者。不过我更关心后续的落实情况，能不能过半年再做一次回访报道，看看这些措施到底有没有真正见效。',
  ];
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}-${pick(['某某新闻网', '某某在线'], k)}</title></head><body>
<div class="nav"><a>首页</a> <a>国内</a> <a>财经</a> <a>产业</a> <a>评论</a></div>
<div class="article"><h1>${esc(a.title)}</h1>
<div class="info">${dash(a.date)}　${pick(['来源：', '稿源：'], k)}${esc(a.source)}${a.author ? `　记者 ${esc(a.author)}` : ''}</div>
<div class="content">
${ps(a.paras)}
</div></div>
<div class="comment-box"><h3>${pick(['网友评论', '全部评论'], k)}（${comments.length + 20 + k}）</h3><textarea placeholder="说点什么吧"></textarea><button>发表评论</button>
${comments.map((c, i) => `<div class="comment-item"><p class="c-user">${pick(['热心网友', '用户'], i)}${4810 + i * 37 + k}</p><p class="c-text">${c}</p><p class="c-foot"><span>${later(i + 1)}</span> <a>回复</a> <a>赞(${12 + i})</a></p></div>`).join('\n')}
<a class="more">查看更多评论</a></div></body></html>`;
  return { name: `r-comments-${k}`, html, gold: gold(a, { url, withTime: true, source: a.source, author: a.author ? [a.author, null] : null, notInBody: ['评论', '回复', '赞(', '热心网友', '看完这篇', '数据很详实'] }) };
};

/** 责任编辑 (or 编辑/审核) run into the last paragraph of the text, no line of its own. */
export const r8EditorInPara: Template = (a, k) => {
  const url = `http://www.example-ed${k}.com.cn/${pick(['cj', 'gn'], k)}/${a.date.slice(0, 7).replace('-', '')}/t${urlDay(a.date)}_${6100 + k}.htm`;
  const tail = pick([`（责任编辑：${a.editor}）`, ` 编辑：${a.editor} 审核：${pick(['冯某', '林某'], k + 1)}`], k);
  const paras = a.paras.map((p, i) => esc(p) + (i === a.paras.length - 1 ? esc(tail) : ''));
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}_${pick(['某某网', '某某经济网'], k)}</title></head><body>
<div class="nav">首页 &gt; ${pick(['财经', '国内'], k)} &gt; 正文</div>
<h1 class="tit">${esc(a.title)}</h1>
<div class="laiyuan">${pick([`${cnTime(a.date)}　来源：${esc(a.source)}`, `${esc(a.source)}　${dash(a.date)}`], k)}</div>
<div class="TRS_Editor"><div class="Custom_UnionStyle">
${paras.map((p) => `<p>${p}</p>`).join('\n')}
</div></div>
<div class="bottom-links"><a>${pick(['打印', '收藏'], k)}</a> <a>关闭</a></div>
<div class="foot">${pick(['某某网', '某某经济网'], k)}　违法和不良信息举报</div></body></html>`;
  return { name: `r-editorinpara-${k}`, html, gold: gold(a, { url, withTime: true, source: a.source, author: null, notInBody: ['责任编辑', '编辑：', '审核', '打印', '收藏', '举报'] }) };
};

/** 相关阅读 inside the text container: a bold label paragraph and linked headlines (with days) after the text. */
export const r8RelatedInside: Template = (a, k) => {
  const url = `https://www.example-rel${k}.cn/${pick(['a', 'news'], k)}/${urlDay(a.date)}/${pageId(a, k)}.html`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)} - ${pick(['某某产经', '某某商报'], k)}</title>
<meta name="publishdate" content="${dayOnly(a.date)}"></head><body>
<div class="head"><a>首页</a> <a>产经</a> <a>公司</a> <a>观点</a></div>
<div class="wrap"><h1>${esc(a.title)}</h1>
<div class="pinfo"><span>${pick([dashSec(a.date), cnTime(a.date)], k)}</span> <span>${pick(['来源：', '文章来源：'], k)}${esc(a.source)}</span>${a.author ? ` <span>${pick(['作者：', '记者：'], k)}${esc(a.author)}</span>` : ''}</div>
<div class="article-content">
${ps(a.paras)}
<p><strong>${pick(['相关阅读：', '【延伸阅读】'], k)}</strong></p>
${OTHER.slice(0, 2).map((t, i) => `<p><a href="/a/${i}.html">${t}</a>${k ? '' : `（${dayOnly(a.date)}）`}</p>`).join('\n')}
</div>
<div class="statement">${pick(['声明：本文仅代表作者观点，不构成投资建议。', '免责声明：本站转载文章仅为传递更多信息之目的。'], k)}</div></div></body></html>`;
  return { name: `r-relinside-${k}`, html, gold: gold(a, { url, withTime: true, source: a.source, author: a.author ? [a.author, null] : null, notInBody: ['相关阅读', '延伸阅读', OTHER[0], OTHER[1], '声明'] }) };
};

/** Inline photo captions between paragraphs (centred lines and a figcaption), the writer's name only in a 文/图 line. */
export const r8Captions: Template = (a, k) => {
  const url = `https://www.example-pic${k}.com/${pick(['kj', 'cj'], k)}/${a.date.slice(0, 4)}/${a.date.slice(5, 7)}${a.date.slice(8, 10)}/${pageId(a, k)}.html`;
  const caption = (n: number): string =>
    k ? `<figure class="image"><img src="/pic/${n}.jpg"><figcaption>${pick(['图为生产车间一角。', '资料图片'], n)}</figcaption></figure>` : `${img(k, n)}\n<p style="text-align: center;" class="pic-txt">${pick(['▲ 现场工作人员介绍相关情况。', '图片来源：视觉某国'], n)}</p>`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}-${pick(['某某科技网', '某某财经网'], k)}</title></head><body>
<div class="top"><a>首页</a> <a>科技</a> <a>财经</a> <a>图片</a></div>
<div class="art"><h1>${esc(a.title)}</h1>
${a.subtitle ? `<h2 class="sub">${esc(a.subtitle)}</h2>` : ''}
<div class="meta">${pick(['', '时间：'], k)}${pick([dash(a.date), cnTime(a.date)], k)}　${pick(['来源：', '来源丨'], k)}${esc(a.source)}</div>
<div class="art-content">
${a.author ? `<p>${pick(['文/图 ', '文/'], k)}${esc(a.author)}</p>\n` : ''}${ps(a.paras.slice(0, 2))}
${caption(0)}
${ps(a.paras.slice(2, 4))}
${caption(1)}
${ps(a.paras.slice(4))}
</div>
<div class="share-bar">${pick(['分享：', '分享到：'], k)}<a>微信</a><a>微博</a></div></div></body></html>`;
  return { name: `r-captions-${k}`, html, gold: gold(a, { url, withTime: true, source: a.source, author: a.author ? [a.author, null] : null, notInBody: ['▲', '图片来源', '图为', '资料图片', '分享'] }) };
};

export const HELDOUT8_TEMPLATES: Template[] = [r8Rongmei, r8PortalMobile, r8NeteaseMobile, r8StudyShare, r8Corporate, r8AssocNotice, r8Judicial, r8LiveBlog, r8Paged, r8OgTitle, r8Comments, r8EditorInPara, r8RelatedInside, r8Captions];

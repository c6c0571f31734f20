/**
 * The twenty-second held-out part (never tuned on), written for #17's round 11b and committed before any change to the
 * extractor: seven families no part had, in the markup such sites serve — an old (2012–2014) GB2312 county or city news
 * site of nested tables, `<font>` and paragraphs parted only by `<br><br>` (`发表于`, 【字体：大 中 小】, 点击数 written by
 * script); a tech medium rendering the text and a `window.__INITIAL_STATE__` or `__NEXT_DATA__` blob with the same
 * article and related ones; a city paper's photo story told one `<div>` a line with captioned pictures between; an
 * association's and a health commission's article laid out in a WeChat editor (nested styled `<section>`s, 点击蓝字关注我们,
 * credits, 往期推荐, a QR prompt); a trade-electronics site with English navigation, an English-suffixed `<title>` and
 * `作者：Name, e-mail`; a 中新网-like wire (dateline opening the text, 【编辑:X】, a picture slideshow); and interview
 * transcripts (主持人/guest turns, 问：/答： turns, a 嘉宾 box). Each family prints its own texts (heldout22-pool.ts).
 */
import { esc, pageId, pick, type GenPage, type Template } from './common.js';
import type { CnGold } from '../../src/extract/cn-gold-score.js';
import { gbk } from './heldout4-templates.js';
import { type Held22Article, HELDOUT22_POOL } from './heldout22-pool.js';

const textOf = (family: Held22Article['family'], k: number): Held22Article => HELDOUT22_POOL.filter((a) => a.family === family)[k];
const hm = (d: string): string => d.slice(11, 16);
const day = (d: string): string => d.slice(0, 10);
const epochMs = (d: string): number => Date.parse(`${d}:00+08:00`);

function goldOf(a: Held22Article, o: { url: string; date: string; source: string | null; author: CnGold['author']; notInBody: string[] }): CnGold {
  return { url: o.url, title: a.title, date: o.date, source: o.source, author: o.author, body_first: a.paras[0].slice(0, 12), body_last: a.paras[a.paras.length - 1].slice(-12), not_in_body: o.notInBody };
}

const page = (name: string, html: string, gold: CnGold): GenPage =>
  /charset=(gbk|gb2312)/i.test(html) ? { name, html, bytes: gbk(html), gold } : { name, html, gold };

/** Analytics and ad loaders as every commercial head carries them. */
const trackers = (id: string): string => `<script>
var _hmt = _hmt || [];
(function () { var hm = document.createElement("script"); hm.src = "//stat.example-cn.com/hm.js?${id}"; var s = document.getElementsByTagName("script")[0]; s.parentNode.insertBefore(hm, s); })();
window.adsConfig = { slots: ["top_banner", "article_inline", "right_rect"], lazy: true, site: "${id.slice(0, 6)}" };
</script>
<script async src="//ad.example-adx.cn/tag/js/gpt.js"></script>`;

const navList = (names: string[], cls: string): string => names.map((n, i) => `<a href="/${cls}/${i + 1}/" target="_blank">${n}</a>`).join(cls === 'old' ? ' | ' : '\n');
const dated = (items: [string, string][], fmt: (d: string) => string, cls: string): string =>
  `<ul class="${cls}">${items.map(([t, d], i) => `<li><a href="/a/${d.replace(/-/g, '')}/${4100 + i}.html" target="_blank">${esc(t)}</a><span class="time">${fmt(d)}</span></li>`).join('\n')}</ul>`;

// ── 1. An old county or city news site: nested tables, <font>, paragraphs parted by <br><br>, GB2312 ──────────────────

const OLD_NAV = ['网站首页', '县情概况', '政务公开', '县内新闻', '乡镇动态', '部门信息', '通知公告', '招商引资', '旅游风光', '文化教育', '农业农村', '便民服务', '办事指南', '领导信箱', '网上调查', '下载中心', '人事任免', '规划计划', '财政信息', '专题专栏'];
const OLD_NAV_CITY = ['首页', '本地新闻', '国内国际', '社会万象', '经济观察', '房产', '汽车', '教育', '健康', '旅游', '文化', '体育', '图片', '视频', '论坛', '博客', '专题', '读者来信', '数字报', '广告服务'];

export const h22OldTable: Template = (_a, k) => {
  const a = textOf('oldtable', k);
  const site = pick(['某某县人民政府网', '某某新闻网'], k);
  const url = pick([`http://www.example-xian.gov.cn/xnxw/ShowArticle.asp?ArticleID=${3000 + k * 17}`, `http://news.example-city.com.cn/html/2014/bdxw_0824/${pageId(a, k)}.html`], k);
  const info = pick([
    `<font color="#666666">发表于 ${day(a.date)} ${hm(a.date)}:07&nbsp;&nbsp;&nbsp;作者：${a.author}&nbsp;&nbsp;&nbsp;来源：${a.source}&nbsp;&nbsp;&nbsp;点击数：<script language="javascript" src="/inc/hits.asp?id=${3000 + k}"></script>&nbsp;&nbsp;&nbsp;【字体：<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>】</font>`,
    `<font color="#888888">作者：${a.author}　　来源：${a.source}　　发表于：2014-8-24 21:30　　浏览：<script>document.write(GetHits(${pageId(a, k).length}))</script>次　　【字体：<a href="#" onclick="fontZoom(18)">大</a> <a href="#" onclick="fontZoom(15)">中</a> <a href="#" onclick="fontZoom(12)">小</a>】【<a href="javascript:window.print()">打印</a>】</font>`,
  ], k);
  const text = a.paras.map((p) => `　　${esc(p)}`).join('<br><br>\n');
  const related: [string, string][] = pick([
    [['我县召开2012年全县经济工作会议', '2012-02-20'], ['县委中心组举行2012年第一次集中学习', '2012-03-02'], ['我县部署2012年防汛抗旱工作', '2012-03-12']],
    [['市区部分路段今起实行单向通行', '2014-08-19'], ['暑期我市公交客流增长一成', '2014-08-12'], ['火车站广场改造工程下月完工', '2014-08-05']],
  ], k);
  const html = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>${esc(a.title)}${pick(['--某某县人民政府网', '_某某新闻网'], k)}</title>
<meta name="keywords" content="${site},${pick(['县内新闻', '本地新闻'], k)}" />
<link href="/skin/default/style.css" rel="stylesheet" type="text/css" />
<script language="javascript" src="/js/menu.js"></script>
<script language="javascript">
function doZoom(size){ document.getElementById('zoom').style.fontSize = size + 'px'; }
function fontZoom(size){ doZoom(size); }
function GetHits(n){ return n * 37; }
</script>
<style type="text/css">.title{font-size:22px;color:#cc0000;font-weight:bold}.wz{color:#333}.content{line-height:200%}</style>
</head>
<body topmargin="0" leftmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/images/banner${k}.jpg" width="960" height="120" /></td></tr></table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#0055aa" class="nav"><tr><td height="32" align="center"><font color="#ffffff">${navList(pick([OLD_NAV, OLD_NAV_CITY], k), 'old')}</font></td></tr></table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td height="26" class="wz"><marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()"><font color="#ff0000">${pick(['热烈祝贺我县被评为省级文明县城！', '欢迎访问某某新闻网，新闻热线：0000-12345678'], k)}</font></marquee></td></tr></table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0"><tr>
<td width="700" valign="top">
  <table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td height="28" class="wz">&nbsp;您现在的位置：<a href="/">${site}</a> &gt;&gt; <a href="/xw/">${pick(['县内新闻', '本地新闻'], k)}</a> &gt;&gt; 正文</td></tr></table>
  <table width="96%" border="0" align="center" cellpadding="0" cellspacing="0">
    <tr><td height="50" align="center" class="title"><font size="5" color="#cc0000"><b>${esc(a.title)}</b></font></td></tr>
    <tr><td height="26" align="center">${info}</td></tr>
    <tr><td><hr size="1" color="#cccccc" /></td></tr>
    <tr><td id="zoom" class="content"><font style="font-size:14px">${text}</font></td></tr>
    <tr><td align="right" height="30">（责任编辑：${a.editor}）</td></tr>
    <tr><td align="center" height="30">【<a href="javascript:window.print()">打印此文</a>】 【<a href="javascript:window.close()">关闭窗口</a>】 【<a href="#top">返回顶部</a>】</td></tr>
    <tr><td height="24">上一篇：<a href="/xw/${2990 + k}.html">${esc(related[0][0])}</a><br />下一篇：<a href="/xw/${3010 + k}.html">${esc(related[1][0])}</a></td></tr>
    <tr><td><table width="100%" border="0" cellpadding="0" cellspacing="0"><tr><td class="wz"><b>相关文章：</b></td></tr>
      ${related.map(([t, d]) => `<tr><td>·<a href="/xw/${d.replace(/-/g, '')}.html">${esc(t)}</a> <font color="#999999">(${d})</font></td></tr>`).join('\n')}</table></td></tr>
    <tr><td><b>网友评论：</b>（只显示最新10条。评论内容只代表网友观点，与本站立场无关！）<br />暂无评论</td></tr>
  </table>
</td>
<td width="10"></td>
<td width="250" valign="top">
  <table width="100%" border="1" bordercolor="#dddddd" cellspacing="0" cellpadding="2"><tr><td bgcolor="#eeeeee"><b>热点文章</b></td></tr>
  ${related.map(([t, d]) => `<tr><td>·<a href="/hot/${d}.html">${esc(t.slice(0, 12))}…</a> ${d.slice(5)}</td></tr>`).join('\n')}</table>
  <table width="100%" border="1" bordercolor="#dddddd" cellspacing="0" cellpadding="2"><tr><td bgcolor="#eeeeee"><b>友情链接</b></td></tr><tr><td><select onchange="window.open(this.value)"><option>---政府网站---</option><option value="http://www.gov.cn">中国政府网</option></select></td></tr></table>
</td></tr></table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#eeeeee"><tr><td height="80" align="center">${pick(['版权所有：某某县人民政府　主办：某某县人民政府办公室　地址：某某县人民路1号　电话：0000-7654321<br />备案号：某ICP备05001234号　技术支持：某某网络科技有限公司', '某某新闻网 版权所有 未经授权不得转载<br />联系我们　广告服务　新闻热线：0000-12345678　备案号：某ICP备08005678号'], k)}</td></tr></table>
</body></html>`;
  return page(`n-oldtable-${k}`, html, goldOf(a, { url, date: a.date, source: a.source, author: a.author, notInBody: ['字体', '点击数', '浏览：', '责任编辑', '打印', '关闭窗口', '上一篇', '相关文章', '网友评论', '版权所有'] }));
};

// ── 2. A tech medium: the text rendered server-side and again in a state blob with related articles ──────────────────

const TECH_NAV = ['首页', '快讯', '资讯', '推荐', '财经', '科技', '汽车', '创投', '企服', '消费', '出海', '城市', '专精特新', '直播', '视频', '专题', '活动', '搜索', '寻求报道', '登录'];

export const h22TechState: Template = (_a, k) => {
  const a = textOf('techstate', k);
  const brand = pick(['某某氪', '某某嗅'], k);
  const url = pick([`https://www.example-kr.com/p/${2900000000 + k * 7}`, `https://www.example-xiu.com/article/${3400000 + k}.html`], k);
  const related = pick([
    [['具身智能公司某某机器人完成数亿元融资', '2024-11-04T16:02'], ['工业质检赛道，谁在赚钱', '2024-10-28T09:30'], ['车企降本，供应商怎么办', '2024-10-21T20:11']],
    [['某某云发布新一代推理芯片', '2024-11-17T14:20'], ['AI应用出海的第一批玩家', '2024-11-12T08:45'], ['Token价格还能降多少', '2024-11-02T10:00']],
  ], k) as [string, string][];
  const summary = pick(['视觉检测从“看得见”到“装得快”。', '价格战之后，大模型厂商开始按效果收费。'], k);
  const body = a.paras.map((p, i) => `<p>${esc(p)}</p>${i === 1 ? `\n<p class="image-wrapper"><img data-img-size-val="1080,720" src="https://img.example-cdn.com/${pageId(a, k)}.jpg"></p>` : ''}`).join('\n');
  const state = k === 0
    ? `<script>window.__INITIAL_STATE__={"navigator":{"isMobile":false},"articleDetail":{"articleDetailData":{"code":0,"data":{"itemId":${2900000000 + k * 7},"widgetTitle":${JSON.stringify(a.title)},"summary":${JSON.stringify(summary)},"author":${JSON.stringify(a.author)},"authorId":55021,"publishTime":${epochMs(a.date)},"widgetContent":${JSON.stringify(a.paras.map((p) => `<p>${p}</p>`).join(''))},"tags":["工业视觉","融资"]}}},"relatedArticles":{"list":[${related.map(([t, d], i) => `{"itemId":${2800000000 + i},"widgetTitle":${JSON.stringify(t)},"author":"编辑部","publishTime":${epochMs(d)}}`).join(',')}]},"hotList":[{"title":"24小时热榜","items":[]}]}</script>`
    : `<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"article":{"aid":${3400000 + k},"title":${JSON.stringify(a.title)},"summary":${JSON.stringify(summary)},"user":{"username":${JSON.stringify(a.author)},"uid":88213},"formatDate":"${a.date.slice(5, 16).replace('T', ' ')}","dateline":${epochMs(a.date) / 1000},"content":${JSON.stringify(a.paras.map((p) => `<p>${p}</p>`).join(''))}},"relatedArticles":[${related.map(([t, d], i) => `{"aid":${3300000 + i},"title":${JSON.stringify(t)},"dateline":${epochMs(d) / 1000}}`).join(',')}]}},"page":"/article/[aid]","query":{"aid":"${3400000 + k}"},"buildId":"k3Jx9mQ2"}</script>`;
  const time = pick([`${day(a.date)} ${hm(a.date)}`, `${a.date.slice(5, 10)} ${hm(a.date)}`], k);
  const html = `<!DOCTYPE html><html lang="zh-CN"><head>
<meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${esc(a.title)}${pick(['-某某氪', ' | 某某嗅网'], k)}</title>
<meta name="description" content="${esc(summary)}">
<meta property="og:type" content="article"><meta property="og:title" content="${esc(a.title)}"><meta property="og:site_name" content="${brand}">
<meta property="og:image" content="https://img.example-cdn.com/${pageId(a, k)}.jpg">
<link rel="preload" href="/_next/static/chunks/main-4f1a.js" as="script"><link rel="stylesheet" href="/_next/static/css/app-9c2d.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Organization","name":"${brand}","url":"${url.split('/').slice(0, 3).join('/')}","logo":"https://img.example-cdn.com/logo.png"}</script>
${trackers(pick(['a81c9f0e3b2d', 'c0ffee12ab34'], k))}
</head><body>
<div id="${pick(['app', '__next'], k)}"><div class="${pick(['kr-layout', 'xiu-page'], k)}">
<header class="${pick(['kr-header', 'xiu-top'], k)}"><div class="logo"><a href="/">${brand}</a></div><nav>${navList(TECH_NAV, 'channel')}</nav><div class="user"><a>登录</a>/<a>注册</a></div></header>
<div class="${pick(['kr-layout-main', 'xiu-main'], k)} clearfloat">
<div class="${pick(['main-right', 'article-left'], k)}">
<div class="article-wrapper common-width">
<div class="article-title-icon common-width margin-bottom-20">
<h1 class="article-title margin-bottom-20 common-width">${esc(a.title)}</h1>
<div class="article-title-icon common-width margin-bottom-40"><a class="title-icon-item item-a" href="/user/55021">${esc(a.author!)}</a><span class="title-icon-item item-dot">·</span><span class="title-icon-item item-time">${time}</span>${k === 1 ? '<span class="title-icon-item item-read">阅读 3.2万</span>' : ''}</div>
</div>
<div class="summary">${pick(['文章摘要', '摘要'], k)}：${esc(summary)}</div>
<div class="common-width content articleDetailContent kr-rich-text-wrapper">
${body}
</div>
<div class="article-footer-txt"><p>${pick(['本文由「某某氪」原创出品，未经许可禁止转载。', '*文章为作者独立观点，不代表某某嗅网立场。本文由某某嗅网原创，转载请联系授权。'], k)}</p></div>
<div class="tag-list">${pick(['<a>#工业视觉</a><a>#融资</a><a>#汽车制造</a>', '<a>#大模型</a><a>#AI商业化</a>'], k)}</div>
<div class="article-actions"><span class="like">点赞 126</span><span class="collect">收藏</span><span class="share">分享至：微信 微博 复制链接</span></div>
<div class="author-card"><img src="https://img.example-cdn.com/u/55021.png"><div class="author-name">${esc(a.author!)}</div><div class="author-desc">${pick(['关注智能制造与企业服务，欢迎交流。', '科技组作者，关注AI与云计算。'], k)}</div><div class="author-stat">文章 ${126 + k} · 粉丝 3.4万</div><button class="follow">+ 关注</button></div>
<div class="related-article"><h3>${pick(['相关推荐', '相关文章'], k)}</h3>${dated(related.map(([t, d]) => [t, d]), (d) => `${d.slice(0, 10)} ${d.slice(11)}`, 'rel')}</div>
<div class="comment-box"><h3>评论（${18 + k}）</h3><textarea placeholder="写下你的评论…"></textarea><button>发表评论</button>
<div class="comment-item"><span class="u">产业观察员</span><p>交付周期这个点很关键，标准化才能规模化。</p><span class="t">2024-11-19 08:31</span></div>
<div class="comment-item"><span class="u">匿名用户</span><p>写得很实在，期待后续报道。</p><span class="t">2024-11-20 12:05</span></div></div>
</div></div>
<div class="${pick(['main-left', 'article-right'], k)}"><div class="hot-list"><h3>24小时热榜</h3>${dated(related.map(([t, d]) => [`${t}（热）`, d]), (d) => d.slice(5, 10), 'hot')}</div>
<div class="ad-slot"><iframe src="https://ad.example-adx.cn/s/right_rect" width="300" height="250" frameborder="0" scrolling="no"></iframe></div></div>
</div>
<footer class="${pick(['kr-footer', 'xiu-footer'], k)}"><a>关于我们</a> <a>联系我们</a> <a>加入我们</a> <a>用户协议</a> <a>隐私政策</a><p>© 2011~2024 ${brand} 版权所有　京ICP备12345678号-${k + 1}　京公网安备 11010502000000号　违法和不良信息举报</p></footer>
</div></div>
${state}
<script src="/_next/static/chunks/main-4f1a.js" async></script>
</body></html>`;
  return page(`n-techstate-${k}`, html, goldOf(a, { url, date: a.date, source: null, author: a.author, notInBody: [summary, '原创', '#', '点赞', '关注', '相关', '评论', '热榜', '版权所有'] }));
};

// ── 3. A city paper's photo story: one <div> a line, captioned pictures between the lines ───────────────────────────

const CITY_NAV = ['首页', '要闻', '本地', '区县', '民生', '政务', '财经', '教育', '文旅', '健康', '体育', '评论', '图片', '视频', '专题', '数字报', '爆料', '客户端'];

export const h22DivLines: Template = (_a, k) => {
  const a = textOf('divlines', k);
  const url = pick([`https://www.example-wb.com/news/${a.date.slice(0, 7).replace('-', '')}/${pageId(a, k)}.shtml`, `https://www.example-rmt.cn/content/${day(a.date).replace(/-/g, '/')}/${pageId(a, k)}.html`], k);
  const captions = pick([
    ['东山路骑楼下的文创小店吸引游客驻足。 记者 黄文静 摄', '修缮一新的骑楼立面。 记者 黄文静 摄'],
    ['植保无人机在高标准农田上空作业。（李航 摄）', '种粮大户操控无人机进行飞播。（李航 摄）'],
  ], k);
  const pic = (i: number): string => pick([
    `<div class="pic-box" style="text-align:center"><img src="/upload/${pageId(a, k)}_${i}.jpg" width="600"><div class="pic-note" style="color:#666;font-size:14px">${esc(captions[i])}</div></div>`,
    `<div style="text-align: center;"><img src="/upload/${pageId(a, k)}_${i}.jpg" style="max-width:100%"></div>\n<div style="text-align: center; color:#7f7f7f;">${esc(captions[i])}</div>`,
  ], k);
  const lines: string[] = [];
  a.paras.forEach((p, i) => {
    if (i === 0 && k === 1) lines.push(pic(0));
    lines.push(pick([`<div class="txt-line" style="text-indent:2em;margin-bottom:14px">${esc(p)}</div>`, `<div style="text-indent: 2em; line-height: 1.8;">${esc(p)}</div>`], k));
    if (i === 0 && k === 0) lines.push(pic(0));
    if (i === 2) lines.push(pic(1));
  });
  const info = pick([
    `<span class="date">${day(a.date)} ${hm(a.date)}</span><span class="source">来源：${a.source}</span><span class="author">作者：${a.author}</span><span class="font-size">字号：<a>大</a> <a>中</a> <a>小</a></span>`,
    `<span>发布时间：${a.date.slice(0, 4)}年${a.date.slice(5, 7)}月${a.date.slice(8, 10)}日 ${hm(a.date)}</span> | <span>来源：${a.source}</span> | <span>记者：${a.author}</span> | <span>编辑：${a.editor}</span>`,
  ], k);
  const related: [string, string][] = pick([
    [['老城区改造项目名单公布', '2025-04-02'], ['骑楼街夜市本周末开市', '2025-03-28'], ['历史街区保护条例征求意见', '2025-03-20']],
    [['全市春播粮食面积稳中有增', '2025-04-12'], ['农机合作社迎来“抢单季”', '2025-04-09'], ['高标准农田建设再提速', '2025-04-01']],
  ], k);
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>${esc(a.title)}_${pick(['某某晚报网', '某某市融媒体中心'], k)}</title>
<meta name="keywords" content="${pick(['骑楼,文创,历史街区', '春耕,无人机,飞播'], k)}"><meta name="description" content="${esc(a.paras[0].slice(0, 60))}">
<meta name="publishdate" content="${day(a.date)}">
<link rel="stylesheet" href="/css/article.css">
<script type="application/ld+json">{"@context":"https://ziyuan.baidu.com/contexts/cambrian.jsonld","@id":"${url}","title":${JSON.stringify(a.title)},"pubDate":"${a.date}:00","upDate":"${a.date}:00"}</script>
${trackers(pick(['d1e2f3a4b5c6', '00aa11bb22cc'], k))}
</head><body>
<div class="top-bar"><div class="w1200"><span>${pick(['某某晚报网', '某某市融媒体中心'], k)}</span><a>手机版</a><a>客户端下载</a><a>电子报</a></div></div>
<div class="nav-wrap"><div class="w1200 nav">${navList(CITY_NAV, 'lm')}</div></div>
<div class="w1200 ad-top"><iframe src="https://ad.example-adx.cn/s/top_banner" width="1200" height="90" frameborder="0"></iframe></div>
<div class="w1200 main clearfix">
<div class="crumbs">当前位置：<a href="/">首页</a> &gt; <a href="/bd/">${pick(['本地', '区县'], k)}</a> &gt; 正文</div>
<div class="left-box">
<div class="article-head"><h1>${esc(a.title)}</h1><div class="info">${info}</div>
<div class="share-bar">分享到：<a class="wx">微信</a><a class="wb">微博</a><a class="qq">QQ空间</a></div></div>
<div class="article-body" id="${pick(['articleText', 'zoom'], k)}">
${lines.join('\n')}
</div>
<div class="editor">${pick([`【责任编辑：${a.editor}】`, `审核：张某　终审：某某`], k)}</div>
<div class="statement">${pick(['凡本网注明“来源：某某晚报”的所有作品，版权均属某某晚报社，未经授权不得转载。', '本网原创稿件，转载请注明出处。'], k)}</div>
<div class="rel-news"><div class="tit">相关新闻</div>${dated(related, (d) => d, 'list')}</div>
<div class="comment-area"><div class="tit">网友评论</div><div class="c-item"><b>网友a7x</b>：周末带孩子去逛了，很有烟火气。<i>${pick(['2025-04-09 10:12', '2025-04-16 07:50'], k)}</i></div></div>
</div>
<div class="right-box"><div class="box"><div class="tit">热点推荐</div>${dated(related.map(([t, d]) => [`${t}`, d]), (d) => d.slice(5), 'hot')}</div>
<div class="box ad"><iframe src="https://ad.example-adx.cn/s/right" width="300" height="250" frameborder="0"></iframe></div></div>
</div>
<div class="footer"><p><a>关于我们</a> | <a>联系我们</a> | <a>广告服务</a> | <a>版权声明</a></p><p>${pick(['某某晚报社 版权所有', '某某市融媒体中心 主办'], k)}　备案号：某ICP备1600${k}123号　互联网新闻信息服务许可证：00000000000</p></div>
</body></html>`;
  return page(`n-divlines-${k}`, html, goldOf(a, { url, date: a.date, source: a.source, author: a.author, notInBody: [captions[0].slice(0, 10), captions[1].slice(0, 10), '摄', '责任编辑', '审核', '版权', '相关新闻', '分享到'] }));
};

// ── 4. An article laid out in a WeChat editor, on an association's or a commission's own site ───────────────────────

const ORG_NAV = ['首页', '协会概况', '新闻动态', '通知公告', '政策法规', '行业资讯', '会员服务', '标准化', '培训认证', '评估评测', '党建园地', '专题活动', '资料下载', '联系我们'];
const HEALTH_NAV = ['首页', '机构概况', '信息公开', '政务动态', '卫健要闻', '基层动态', '通知公告', '政策文件', '政策解读', '办事服务', '互动交流', '健康科普', '专题专栏', '依申请公开'];

export const h22WxStyle: Template = (_a, k) => {
  const a = textOf('wxstyle', k);
  const url = pick([`http://www.example-sia.org.cn/xhdt/${pageId(a, k)}.jhtml`, `https://wjw.example-city.gov.cn/ztzl/jkkp/content/post_${5100000 + k}.html`], k);
  const spanned = (p: string): string => `<section style="margin:0 8px 16px;"><p style="text-indent:2em;line-height:1.75em;"><span style="font-size:15px;color:#3f3f3f;letter-spacing:1px;font-family:mp-quote, -apple-system-font, BlinkMacSystemFont, sans-serif;">${esc(p)}</span></p></section>`;
  const caption = pick(['▲ 会员大会现场', '▲ 夜间门诊的候诊区'], k);
  const body = a.paras.map((p, i) => `${spanned(p)}${i === 0 ? `\n<section style="text-align:center;margin:10px 0;"><img data-src="/upload/wx/${pageId(a, k)}.jpeg" style="width:100%;"><p style="text-align:center;"><span style="font-size:12px;color:#888888;">${caption}</span></p></section>` : ''}`).join('\n');
  const credits = pick(['文字：韩晓　图片：协会秘书处　编辑：宋某　审核：某某', '来源：市第三人民医院　文字 | 杜雨萌　编辑 | 宋某　审核 | 某某'], k);
  const past = pick([
    ['协会组织开展软件企业评估培训', '我省发布软件产业高质量发展行动计划', '第三届数字经济峰会圆满落幕'],
    ['冬季流感高发，这份防护指南请收好', '家庭医生签约服务再扩围', '我市新增两家三级医院'],
  ], k);
  const info = pick([
    `<span>发布时间：${day(a.date)} ${hm(a.date)}</span><span>来源：${a.source}</span><span>作者：${a.author}</span><span>浏览次数：<em id="views">--</em></span>`,
    `<span>时间：${day(a.date)} ${hm(a.date)}:41</span>　<span>信息来源：${a.source}</span>　<span>作者：${a.author}</span>　<span>【字体：<a>大</a> <a>中</a> <a>小</a>】</span>`,
  ], k);
  const html = `<!DOCTYPE html><html><head><meta charset="UTF-8">
<title>${esc(a.title)}-${pick(['某某省软件行业协会', '某某市卫生健康委员会'], k)}</title>
<meta name="ArticleTitle" content="${esc(a.title)}"><meta name="ContentSource" content="${esc(a.source)}">
<link rel="stylesheet" href="/r/cms/www/css/style.css"><script src="/r/cms/jquery.js"></script>
<script>$(function(){ $.get("/count/view.jspx?id=${5100 + k}", function(n){ $("#views").text(n); }); });</script>
${trackers(pick(['5a5a5a5a5a5a', '6b6b6b6b6b6b'], k))}
</head><body>
<div class="header"><div class="logo"><img src="/images/logo.png" alt="${esc(a.source)}"></div><div class="search"><input placeholder="请输入关键字"><button>搜索</button></div></div>
<div class="menu"><ul>${pick([ORG_NAV, HEALTH_NAV], k).map((n) => `<li><a href="#">${n}</a></li>`).join('')}</ul></div>
<div class="container"><div class="location">您当前的位置：<a>首页</a> &gt; <a>${pick(['新闻动态', '健康科普'], k)}</a></div>
<div class="detail-box">
<h2 class="detail-title">${esc(a.title)}</h2>
<div class="detail-info">${info}</div>
<div class="detail-con v_news_content">
<section style="text-align:center;margin-bottom:12px;"><section style="display:inline-block;border:1px solid #1e6fff;border-radius:14px;padding:2px 12px;"><p><span style="color:#1e6fff;font-size:12px;">${pick(['点击蓝字 关注我们', '点击上方蓝字，关注我们'], k)}</span></p></section></section>
<section style="margin:10px 0;"><img data-src="/upload/wx/top_${k}.gif" style="width:100%;"></section>
${body}
<section style="margin-top:20px;border-top:1px dashed #cccccc;padding-top:8px;"><p style="text-align:right;"><span style="font-size:12px;color:#999;">${credits}</span></p></section>
<section style="margin-top:16px;"><section style="background:#1e6fff;color:#fff;display:inline-block;padding:2px 10px;"><p>往期推荐</p></section>${past.map((t) => `<p><a href="#" style="color:#1e6fff;">${esc(t)}</a></p>`).join('')}</section>
<section style="text-align:center;margin-top:16px;"><img data-src="/upload/wx/qrcode.jpg" style="width:120px;"><p><span style="font-size:12px;">长按识别二维码关注我们</span></p><p><span style="font-size:12px;color:#999;">${pick(['分享 · 点赞 · 在看', '点个“在看”，你最好看'], k)}</span></p></section>
</div>
<div class="detail-foot"><a href="javascript:window.print()">【打印本页】</a><a href="javascript:window.close()">【关闭窗口】</a></div>
<div class="prev-next"><p>上一篇：<a>${esc(past[0])}</a></p><p>下一篇：<a>${esc(past[1])}</a></p></div>
</div></div>
<div class="footer"><p>${pick(['主办：某某省软件行业协会　地址：某某市高新区软件园A座　电话：0000-88886666', '主办：某某市卫生健康委员会　网站标识码：0000000012'], k)}</p><p>版权所有　备案号：某ICP备1900${k}456号-1　<a>联系我们</a></p></div>
</body></html>`;
  return page(`n-wxstyle-${k}`, html, goldOf(a, { url, date: a.date, source: a.source, author: a.author, notInBody: ['蓝字', '关注我们', caption.slice(2), '审核', '往期推荐', '二维码', '在看', '打印本页', '上一篇'] }));
};

// ── 5. A trade-electronics site: English navigation, English-suffixed title, `作者：Name, e-mail` ─────────────────────

const EN_NAV = ['Home', 'News', 'Design Ideas', 'Analog', 'Power', 'Automotive', 'IoT', 'Embedded', 'Test &amp; Measurement', 'EDA/IP', 'Products', 'Webinars', 'White Papers', 'Events', 'Magazine', 'Subscribe', 'Login', 'Register'];

export const h22TradeEn: Template = (_a, k) => {
  const a = textOf('tradeen', k);
  const url = pick([`https://www.edw-example.com/article/${a.date.slice(0, 7).replace('-', '')}${pageId(a, k).slice(0, 4)}.html`, `https://www.edw-example.com/news/${day(a.date).replace(/-/g, '')}${pageId(a, k).slice(0, 5)}.html`], k);
  const byline = pick([
    `<div class="byline"><span class="author">作者：Steven Keeping, steven.keeping@edw-example.com</span><span class="date">${day(a.date)}</span></div>`,
    `<div class="article-info"><span>作者：赵明哲，zhaomz@edw-example.cn</span>　<span>来源：${a.source}</span>　<span>发布时间：${day(a.date)}</span>　<span>阅读：${1644 + k}</span></div>`,
  ], k);
  const inline = pick(['<p class="related-inline">相关文章：<a href="/article/2024050011.html">氮化镓快充的EMI设计挑战</a></p>', '<p class="related-inline">延伸阅读：<a href="/news/2024071212.html">RISC-V MCU的生态进展</a></p>'], k);
  const body = a.paras.map((p, i) => `<p>${esc(p)}</p>${i === 1 ? `\n<div class="ad-inline"><span>Advertisement</span><iframe src="https://ads.edw-example.com/serve?slot=inarticle" width="640" height="120" frameborder="0"></iframe></div>\n${inline}` : ''}`).join('\n');
  const related = pick([
    [['Understanding GaN power stage layout', 'Jun 12, 2024'], ['碳化硅模块的热设计', 'Jun 05, 2024'], ['Designing isolated gate drivers', 'May 28, 2024']],
    [['MCU市场何时真正复苏', 'Jul 20, 2024'], ['RISC-V in automotive: a reality check', 'Jul 15, 2024'], ['车规芯片认证流程详解', 'Jul 02, 2024']],
  ], k) as [string, string][];
  const html = `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">
<title>${esc(a.title)}${pick(['-EDW 电子设计世界', ' | EDW China 电子设计世界'], k)}</title>
<meta name="keywords" content="${pick(['SiC,MOSFET,栅极驱动,电动汽车', 'MCU,出货量,国产芯片'], k)}"><meta name="description" content="${esc(a.paras[0].slice(0, 70))}">
<meta property="og:site_name" content="EDW China"><meta property="og:title" content="${esc(a.title)}">
<meta name="author" content="${k === 0 ? 'EDW China' : esc(a.author!)}">
<link rel="canonical" href="${url}"><link rel="stylesheet" href="/assets/css/main.min.css">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"WebSite","name":"EDW China","url":"https://www.edw-example.com/","potentialAction":{"@type":"SearchAction","target":"https://www.edw-example.com/search?q={q}","query-input":"required name=q"}}</script>
${trackers(pick(['ed0ed0ed0ed0', 'ed1ed1ed1ed1'], k))}
</head><body class="article-page">
<div class="topbar"><div class="container"><span>EDW China | 电子设计世界</span><a>EDW Global</a> <a>EDW Asia</a> <a>中文站</a></div></div>
<header class="site-header"><div class="container"><a class="logo" href="/">EDW</a><nav class="main-nav"><ul>${EN_NAV.map((n) => `<li><a href="/${n.toLowerCase().replace(/[^a-z]+/g, '-')}/">${n}</a></li>`).join('')}</ul></nav></div></header>
<div class="leaderboard"><iframe src="https://ads.edw-example.com/serve?slot=leaderboard" width="970" height="90" frameborder="0"></iframe></div>
<main class="container"><div class="row"><div class="col-main">
<div class="breadcrumb"><a href="/">Home</a> / <a href="/${pick(['power', 'news'], k)}/">${pick(['Power', 'News'], k)}</a> / <span>正文</span></div>
<article class="post">
<h1 class="post-title">${esc(a.title)}</h1>
${byline}
<div class="share-tools"><a>Share</a><a>微信</a><a>LinkedIn</a><a>Email</a></div>
<div class="post-content">
${body}
</div>
<div class="post-tags">Tags: ${pick(['<a>SiC</a>, <a>MOSFET</a>, <a>栅极驱动</a>', '<a>MCU</a>, <a>市场分析</a>'], k)}</div>
<div class="post-copyright">${pick(['本文为《电子设计世界》原创，版权所有，谢绝转载', '免责声明：本文仅代表作者观点，版权归原作者所有，如有侵权请联系删除。'], k)}</div>
</article>
<section class="related"><h3>Related Articles</h3><ul>${related.map(([t, d]) => `<li><a href="#">${esc(t)}</a> <time>${d}</time></li>`).join('')}</ul></section>
<section class="comments"><h3>发表评论</h3><p>You must <a>log in</a> to post a comment.</p></section>
</div><aside class="col-side"><div class="widget"><h4>Most Read</h4><ol>${related.map(([t]) => `<li><a href="#">${esc(t)}</a></li>`).join('')}</ol></div>
<div class="widget newsletter"><h4>Newsletter</h4><p>订阅EDW电子周刊</p><input placeholder="Email"><button>Subscribe</button></div></aside></div></main>
<footer class="site-footer"><div class="container"><p><a>About Us</a> | <a>Contact Us</a> | <a>Advertise</a> | <a>Privacy Policy</a> | <a>Terms of Use</a></p><p>Copyright © 2024 EDW China. All rights reserved. 沪ICP备1500${k}789号</p></div></footer>
</body></html>`;
  return page(`n-tradeen-${k}`, html, goldOf(a, { url, date: day(a.date), source: a.source || null, author: a.author, notInBody: ['@', 'Advertisement', pick(['相关文章', '延伸阅读'], k), 'Tags', pick(['谢绝转载', '免责声明'], k), 'Related', 'Subscribe'] }));
};

// ── 6. A wire service's page: the dateline opens the text, 【编辑:X】 closes it, a picture slideshow ─────────────────────

const WIRE_NAV = ['首页', '滚动', '时政', '国际', '社会', '财经', '金融', '汽车', '港澳', '台湾', '华人', '文娱', '体育', '健康', '理论', '视频', '图片', '直播', '专题', '数据'];

export const h22Wire: Template = (_a, k) => {
  const a = textOf('wire', k);
  const url = `https://www.example-cns.com.cn/${pick(['cj', 'dw'], k)}/${a.date.slice(0, 4)}/${a.date.slice(5, 10)}/${10200000 + k * 31}.shtml`;
  const slides = pick([[], ['图为开幕式现场。中新社记者 何某某 摄', '观众在展区参观多式联运装备。中新社记者 何某某 摄', '跨境电商展区吸引众多采购商。中新社记者 何某某 摄']], k);
  const slideshow = slides.length
    ? `<div class="pictext"><div class="slide-box"><div class="slide-num">图片 <span>1</span>/${slides.length}</div>${slides.map((c, i) => `<div class="slide"${i ? ' style="display:none"' : ''}><img src="//image.example-cns.com.cn/2024/0612/${i}.jpg"><p class="pic-cap">${esc(c)}</p></div>`).join('')}<a class="prev">上一张</a><a class="next">下一张</a></div></div>`
    : '';
  const body = a.paras.map((p, i) => `<p>　　${esc(p)}</p>${i === 1 && k === 0 ? '\n<div class="adInContent"><script>cnsAd("article_inline_01");</script></div>' : ''}`).join('\n');
  const related: [string, string][] = pick([
    [['一季度国民经济开局良好', '2024-04-16'], ['4月份CPI同比上涨0.3%', '2024-05-11'], ['4月份社会消费品零售总额增长2.3%', '2024-05-17']],
    [['陆海新通道班列开行量再创新高', '2024-06-03'], ['重庆果园港多式联运提速', '2024-05-28'], ['中欧班列累计开行突破9万列', '2024-05-24']],
  ], k);
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8">
<title>${esc(a.title)}-某新网</title>
<meta name="keywords" content="${pick(['工业增加值,国家统计局', '陆海新通道,物流博览会'], k)}">
<meta name="description" content="${esc(a.paras[0].slice(0, 80))}">
<meta name="filetype" content="0"><meta name="publishedtype" content="1"><meta name="pagetype" content="1">
<meta name="catalogs" content="${pick(['cj', 'dw'], k)}"><meta name="contentid" content="${10200000 + k * 31}">
<meta name="author" content="${pick(['刘某', '张某'], k)}"><meta name="source" content="中国新闻网">
<link href="//www.example-cns.com.cn/part/2024/css/content.css" rel="stylesheet">
<script src="//www.example-cns.com.cn/part/2024/js/jquery.js"></script>
<script>var publishTime = "${a.date.replace('T', ' ')}:32"; function cnsAd(slot){ document.write('<iframe src="//ad.example-cns.com.cn/' + slot + '" width="600" height="90" frameborder="0"></iframe>'); }</script>
${trackers(pick(['c1c2c3c4c5c6', 'd1d2d3d4d5d6'], k))}
</head><body>
<div class="top_bar"><a>某新网</a> <a>English</a> <a>繁體</a> <a>手机版</a> <a>客户端</a><span class="login">登录</span></div>
<div class="nav_navcon"><ul>${WIRE_NAV.map((n) => `<li><a href="/${n}/" target="_blank">${n}</a></li>`).join('')}</ul></div>
<div class="content_maincontent_more">
<div class="content_left">
<div class="crumbs">某新网首页 &gt; <a>${pick(['财经中心', '地方新闻'], k)}</a> &gt; 正文</div>
<div class="content_left_title"><h1>${esc(a.title)}</h1></div>
<div class="content_left_time">${a.date.slice(0, 4)}年${a.date.slice(5, 7)}月${a.date.slice(8, 10)}日 ${hm(a.date)}　来源：${a.source}　<a href="#comment">参与互动</a>
<div class="share">分享到：<a class="wx">微信</a><a class="wb">新浪微博</a><a class="qq">QQ空间</a></div></div>
<div class="content_desc">${pick(['<div class="ad-left"><iframe src="//ad.example-cns.com.cn/banner_01" width="600" height="60" frameborder="0"></iframe></div>', ''], k)}</div>
<div class="left_zw" style="position:relative">
${slideshow}
${body}
<div class="adEditor"><div class="left-t" style="float:left;">【编辑:${a.editor}】</div></div>
</div>
<div class="content_zrbj">${pick(['', '<p>本网站所刊载信息，不代表某新社和某新网观点。 刊用本网站稿件，务经书面授权。</p>'], k)}</div>
<div class="more_news"><div class="t">更多新闻</div>${dated(related, (d) => d.slice(5), 'list_more')}</div>
<div id="comment" class="comment"><h3>发表评论</h3><p>文明上网理性发言，请遵守新闻评论服务协议</p></div>
</div>
<div class="content_right"><div class="rank"><h3>${pick(['精彩推荐', '热点推荐'], k)}</h3>${dated(related.map(([t, d]) => [`${t}`, d]), (d) => d, 'rank_list')}</div></div>
</div>
<div class="footer"><p><a>关于我们</a> | <a>About us</a> | <a>联系我们</a> | <a>广告服务</a> | <a>供稿服务</a> | <a>法律声明</a> | <a>招聘信息</a> | <a>网站地图</a></p>
<p>本网站所刊载信息，不代表某新社和某新网观点。 刊用本网站稿件，务经书面授权。</p><p>未经授权禁止转载、摘编、复制及建立镜像，违者将依法追究法律责任。</p><p>[京ICP证000000号] 总机：000-00000000　Copyright ©1999-2024 example-cns.com.cn. All Rights Reserved</p></div>
</body></html>`;
  return page(`n-wire-${k}`, html, goldOf(a, { url, date: a.date, source: a.source, author: [a.author, null], notInBody: ['【编辑', '参与互动', '分享到', '中新社记者', '上一张', '不代表', '更多新闻', '发表评论'] }));
};

// ── 7. Interview transcripts: 主持人 and guest turns, 问：/答： turns, a 嘉宾 box ───────────────────────────────────────

const PORTAL_NAV = ['首页', '新闻', '光伏', '风电', '储能', '氢能', '电网', '核电', '煤炭', '油气', '碳市场', '政策', '数据', '人物', '访谈', '会展', '招标', '招聘'];

export const h22Qa: Template = (_a, k) => {
  const a = textOf('qa', k);
  const g = a.guest!;
  const url = pick([`https://www.example-nengyuan.com/ft/${day(a.date).replace(/-/g, '')}/${pageId(a, k)}.html`, `https://www.example-shangbao.com/zf/${a.date.slice(0, 7).replace('-', '')}/t${pageId(a, k)}.html`], k);
  const turns = a.paras.map((p) => {
    const m = /^([^：]{1,6})：(.*)$/.exec(p)!;
    return pick([
      `<div class="qa-item${m[1] === '主持人' ? ' host' : ' guest'}"><span class="role">${esc(m[1])}：</span><span class="say">${esc(m[2])}</span></div>`,
      `<p><strong>${esc(m[1])}：</strong>${esc(m[2])}</p>`,
    ], k);
  }).join('\n');
  const guestBox = pick([
    `<div class="guest-box"><div class="guest-tit">访谈嘉宾</div><img src="/upload/ft/${pageId(a, k)}.jpg"><dl><dt>${esc(g.name)}</dt><dd>${esc(g.title)}</dd></dl></div>
<div class="ft-intro"><b>访谈简介：</b>储能产业快速发展的同时，价格战愈演愈烈。行业如何摆脱低价竞争？本期访谈邀请${esc(g.name)}作客直播间，与网友交流。</div>
<div class="ft-video"><div class="player" data-vid="ft${k}"></div><p>视频回放　时长 32:15</p></div>`,
    `<div class="renwu"><h4>人物简介</h4><p>${esc(g.name)}，${esc(g.title)}。从业二十余年，主导了企业的数字化转型和直播电商布局。</p></div>
<div class="daodu"><b>导读</b>　一家百年老字号，如何在直播间里找到年轻顾客？本报记者专访了${esc(g.name)}。</div>`,
  ], k);
  const info = pick([
    `<span>时间：${day(a.date)} ${hm(a.date)}</span>　<span>来源：${a.source}</span>　<span>编辑：${a.editor}</span>　<span>嘉宾：${esc(g.name)}</span>`,
    `<span class="src">${a.source}</span>　<span class="tm">${day(a.date)} ${hm(a.date)}</span>　<span class="au">记者 ${a.author}</span>`,
  ], k);
  const tail = pick(['<div class="ft-end">—— 本期访谈结束，感谢收看 ——</div>', '<p class="photo-note">（本文图片由受访者提供）</p>'], k);
  const related: [string, string][] = pick([
    [['对话：光伏组件出海的新机遇', '2024-08-20'], ['对话：虚拟电厂离我们有多远', '2024-08-06'], ['对话：绿电交易如何扩容', '2024-07-23']],
    [['老字号焕新：从柜台到直播间', '2024-09-27'], ['本地消费券撬动十亿元消费', '2024-09-20'], ['夜经济点亮商圈', '2024-09-13']],
  ], k);
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8">
<title>${esc(a.title)}${pick(['_访谈_某某能源网', '_某某商报'], k)}</title>
<meta name="keywords" content="${pick(['储能,访谈,内卷', '老字号,直播电商,专访'], k)}"><meta name="description" content="${esc(a.paras[1].slice(0, 60))}">
<link rel="stylesheet" href="/static/css/detail.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":${JSON.stringify(a.title)},"datePublished":"${a.date}:00+08:00","publisher":{"@type":"Organization","name":${JSON.stringify(a.source)}}}</script>
${trackers(pick(['e7e7e7e7e7e7', 'f8f8f8f8f8f8'], k))}
</head><body>
<div class="header"><div class="wrap"><a class="logo">${esc(a.source)}</a><ul class="nav">${PORTAL_NAV.map((n) => `<li><a href="#">${n}</a></li>`).join('')}</ul></div></div>
<div class="wrap"><div class="position">首页 &gt; ${pick(['访谈', '专访'], k)} &gt; 正文</div>
<div class="main-l">
<h1 class="tit">${esc(a.title)}</h1>
<div class="info">${info}</div>
${guestBox}
<div class="${pick(['qa-list', 'article-content'], k)}">
${turns}
</div>
${tail}
<div class="editor">${pick(['', `责任编辑：${a.editor}`], k)}</div>
<div class="share-box">分享：<a>微信</a><a>微博</a><a>复制链接</a></div>
<div class="past"><h3>${pick(['往期访谈', '相关阅读'], k)}</h3>${dated(related, (d) => d, 'past-list')}</div>
<div class="comments"><h3>网友留言（${3 + k}）</h3><div class="c"><b>能源小白</b>：讲得很透彻。<span>2024-10-12 09:00</span></div></div>
</div>
<div class="main-r"><div class="box"><h3>网友提问</h3><ul><li>储能电站的收益模式有哪些？</li><li>钠电池什么时候能大规模应用？</li></ul></div><div class="box"><h3>热点推荐</h3>${dated(related, (d) => d.slice(5), 'hot')}</div></div>
</div>
<div class="footer"><p>关于我们 | 联系我们 | 广告服务 | 版权声明</p><p>${esc(a.source)} 版权所有　备案号：某ICP备1700${k}001号</p></div>
</body></html>`;
  return page(`n-qa-${k}`, html, goldOf(a, { url, date: a.date, source: a.source, author: pick([null, a.author], k), notInBody: [pick(['访谈嘉宾', '人物简介'], k), pick(['访谈简介', '导读'], k), pick(['访谈结束', '受访者提供'], k), pick(['往期访谈', '相关阅读'], k), '网友留言', '版权所有'] }));
};

export const HELDOUT22_TEMPLATES: Template[] = [h22OldTable, h22TechState, h22DivLines, h22WxStyle, h22TradeEn, h22Wire, h22Qa];

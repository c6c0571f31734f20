/**
 * The twenty-seventh held-out part (never tuned on), written for #17's round 15 and committed before any change to the
 * extractor: six families no part had, in the markup such sites serve — a county 融媒体中心's article (`通讯员 X 记者 Y`
 * in the information line or opening the text's box, 编辑/审核/终审 credits after); a securities exchange's 本所要闻 (an
 * index ticker, 字号/打印/关闭, a department as 来源); an industry association's 行业动态 whose 来源 links to the outlet it
 * reprints (原文链接 and a 转载 disclaimer after); a 问政 board's question with its reply (the reply's unit and own later
 * time between them, 办理状态/满意度 around them, a table make and a div make); a financial portal's 快讯 (a text of one
 * or two paragraphs among timed 快讯 lists before and after it); and a ministry's 工作动态 (【字体：大 中 小】, 扫一扫在手机打开,
 * 【打印本页】【关闭窗口】). Each family prints its own texts (heldout27-pool.ts).
 */
import { esc, pageId, pick, type Template } from './common.js';
import type { CnGold } from '../../src/extract/cn-gold-score.js';
import { type Held27Article, HELDOUT27_POOL } from './heldout27-pool.js';

const textOf = (family: Held27Article['family'], k: number): Held27Article => HELDOUT27_POOL.filter((a) => a.family === family)[k];
const hm = (d: string): string => d.slice(11, 16);
const day = (d: string): string => d.slice(0, 10);
const cn = (d: string): string => `${d.slice(0, 4)}年${d.slice(5, 7)}月${d.slice(8, 10)}日`;

/** The gold; `notInBody` keeps the furniture strings this page prints (pages of one template print different ones). */
function goldOf(a: Held27Article, html: string, o: { url: string; date: string; source: string | null; author: CnGold['author']; notInBody: string[] }): CnGold {
  const last = a.paras[a.paras.length - 1];
  return { url: o.url, title: a.title, date: o.date, source: o.source, author: o.author, body_first: a.paras[0].slice(0, 12), body_last: last.slice(-12), not_in_body: o.notInBody.filter((f) => html.includes(f)) };
}

/** Statistics and ad loaders as the heads of such sites carry them. */
const headScripts = (id: string): string => `<script>
var _hmt = _hmt || [];
(function () { var hm = document.createElement("script"); hm.src = "https://hm.example-stat.com/hm.js?${id}"; var s = document.getElementsByTagName("script")[0]; s.parentNode.insertBefore(hm, s); })();
</script>
<script src="https://cdn.example-cdn.com/libs/jquery/1.12.4/jquery.min.js"></script>
<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag('js', new Date()); gtag('config', 'G-${id.slice(0, 8).toUpperCase()}');</script>`;

const links = (names: string[], base: string): string => names.map((n, i) => `<li><a href="${base}${i + 1}/" target="_blank">${n}</a></li>`).join('');
const datedList = (items: [string, string][], cls: string): string =>
  `<ul class="${cls}">${items.map(([t, d], i) => `<li><a href="/c/${d.replace(/[-/.: ]/g, '').slice(0, 8)}/${7300 + i}.html" title="${esc(t)}">${esc(t)}</a><span class="date">${d}</span></li>`).join('\n')}</ul>`;
const paras = (ps: string[], attrs = ''): string => ps.map((p) => `<p${attrs}>${esc(p)}</p>`).join('\n');
const adFrame = (host: string, pos: string): string => `<div class="adbox"><iframe src="https://ad.${host}/s?pos=${pos}" width="640" height="90" frameborder="0" scrolling="no" marginwidth="0"></iframe></div>`;

// ── 1. A county 融媒体中心's article: the correspondent before the reporter ───────────────────────────────────────

const COUNTY_NAV = ['首页', '本地要闻', '乡镇动态', '部门动态', '民生', '经济', '文旅', '乡村振兴', '视频', '图片', '专题', '媒体矩阵', '电子报', '网上问政', '公示公告', '便民服务'];

export const h27County: Template = (_a, k) => {
  const a = textOf('county', k);
  const url = pick([`http://www.example-xrmt.cn/content/${day(a.date).slice(0, 7).replace('-', '')}/${pageId(a, k)}.html`, `https://m.example-xrmt.cn/news/detail?id=${parseInt(pageId(a, k), 16) % 900000}`], k);
  const byline = `通讯员 ${a.correspondent} 记者 ${a.author}`;
  const info = pick([
    `<div class="xq-info"><span>来源：${a.source}</span><span>作者：${byline}</span><span>发布时间：${day(a.date)} ${hm(a.date)}</span><span>阅读量：<em id="hits">2381</em></span></div>`,
    `<div class="xq-info"><span class="time">${day(a.date)} ${hm(a.date)}:47</span>　<span class="ly">${a.source}</span>　<span class="dz"><i class="icon-zan"></i>点赞 <b>56</b></span></div>`,
  ], k);
  const lead = k === 1 ? `<p class="byline" style="text-align:left;">${byline.replace(/ /g, '　')}</p>\n` : '';
  const body = a.paras.map((p, i) => `<p style="text-indent:2em;">${esc(p)}</p>${i === 1 ? `\n<p style="text-align:center;"><img src="/uploads/${day(a.date).replace(/-/g, '')}/${pageId(a, i)}.jpg" alt=""></p>\n<p style="text-align:center;color:#666;">${pick(['验收组在项目区查看灌排设施', '专科联盟揭牌仪式现场'], k)}</p>` : ''}`).join('\n');
  const credits = pick([
    `<div class="zrbj"><p>编辑：${a.editor}</p><p>审核：李长春</p><p>终审：赵立华</p></div>`,
    `<div class="zrbj">编辑：${a.editor}　初审：刘畅　复审：马骏　终审：王卫东</div>`,
  ], k);
  const html = `<!DOCTYPE html>
<html lang="zh-CN"><head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${esc(a.title)}_${pick(['本地要闻', '民生'], k)}_${a.source}</title>
<meta name="keywords" content="${pick(['高标准农田,验收,农业', '专科联盟,医院,医疗'], k)}">
<meta name="description" content="${esc(a.paras[0].slice(0, 60))}">
<meta name="author" content="${a.source}">
<link rel="stylesheet" href="/static/css/xq.css?v=20261101">
${headScripts(pick(['a91c0d2e33f4b5a6', '0b1c2d3e4f5a6b7c'], k))}
<script type="application/ld+json">{"@context":"https://ziyuan.example-search.com/contexts/cambrian.jsonld","@id":"${url}","title":"${esc(a.title)}","images":[],"pubDate":"${day(a.date)}T${hm(a.date)}:00"}</script>
</head>
<body class="xq-page">
<div class="top"><div class="w1200"><span class="weather">今天：晴 -2℃~9℃</span><a href="/login">登录</a> | <a href="/reg">注册</a> | <a href="/app">下载客户端</a></div></div>
<div class="header w1200"><a class="logo" href="/"><img src="/static/img/logo.png" alt="${a.source}"></a><div class="ad-top"><iframe src="https://ad.example-xrmt.cn/s?pos=top" width="728" height="90" frameborder="0"></iframe></div></div>
<div class="nav"><ul class="w1200">${links(COUNTY_NAV, '/list/')}</ul></div>
<div class="w1200 clearfix">
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/list/2/">${pick(['本地要闻', '民生'], k)}</a> &gt; 正文</div>
<div class="xq-left fl">
<div class="xq-title"><h1>${esc(a.title)}</h1></div>
${info}
<div class="xq-content" id="zoom">
${lead}${body}
</div>
${credits}
<div class="share-row">分享到：<a class="wx">微信</a><a class="wb">微博</a><a class="qq">QQ</a></div>
<div class="pre-next"><p>上一篇：<a href="/content/${pageId(a, 7)}.html">${pick(['县城区集中供暖全面启动', '全县冬季征兵体检工作开始'], k)}</a></p><p>下一篇：<a href="/content/${pageId(a, 8)}.html">${pick(['第三届农民丰收节文艺汇演举行', '县图书馆新馆正式开放'], k)}</a></p></div>
<div class="pl-box"><h3>网友评论</h3><div class="pl-item"><b>热心市民</b><span>${pick(['2026-12-03 20:11', '2026-11-26 08:35'], k)}</span><p>${pick(['为家乡点赞，希望其他乡镇也早点建起来。', '太好了，以后看病不用再跑省城了。'], k)}</p></div><form><textarea placeholder="请文明发言"></textarea><button>发表评论</button></form></div>
</div>
<div class="xq-right fr">
<div class="r-box"><div class="r-hd">热点推荐</div>${datedList([[pick(['全县秋冬种工作进度过九成', '县中医院新门诊楼投入使用'], k), pick(['2026-11-30', '2026-11-22'], k)], ['县城新增公共停车位八百个', pick(['2026-11-28', '2026-11-19'], k)], ['乡村文化振兴示范村名单公布', pick(['2026-11-27', '2026-11-18'], k)]], 'rd-list')}</div>
<div class="r-box"><div class="r-hd">媒体矩阵</div><ul class="jz"><li>微信公众号</li><li>抖音号</li><li>视频号</li><li>客户端</li></ul><img src="/static/img/qr.png" alt="">扫码关注${a.source}</div>
</div>
</div>
<div class="footer"><p><a href="/about">关于我们</a> | <a href="/contact">联系我们</a> | <a href="/copyright">版权声明</a> | <a href="/jubao">违法和不良信息举报</a></p><p>主办：${a.source}　地址：某某县人民路88号　电话：0000-0000000</p><p>版权所有 ${a.source} 未经授权禁止复制或建立镜像　备案号：某ICP备00000000号-1</p></div>
<script>$(function(){ $.get('/api/hits?id=${pageId(a, k)}', function(n){ $('#hits').text(n); }); });</script>
</body></html>`;
  return { name: `ho-county-${k}`, html, gold: goldOf(a, html, { url, date: a.date, source: a.source, author: [a.author, a.correspondent ?? null], notInBody: ['通讯员', '编辑：', '审核：', '终审', '分享到', '上一篇', '网友评论', '热点推荐', '扫码关注', '版权所有', '阅读量'] }) };
};

// ── 2. A securities exchange's 本所要闻 ──────────────────────────────────────────────────────────────────────────

const EXCH_NAV = ['首页', '披露', '监管', '数据', '产品', '服务', '规则', '关于', '本所要闻', '通知公告', '监管动态', '新闻发布会', '投资者教育', '市场服务'];

export const h27Exchange: Template = (_a, k) => {
  const a = textOf('exchange', k);
  const url = pick([`https://www.example-sse.com.cn/aboutus/mediacenter/hotandd/c/c_${day(a.date).replace(/-/g, '')}_${pageId(a, k).slice(0, 7)}.shtml`, `https://www.example-szse.cn/aboutus/trends/news/t${day(a.date).replace(/-/g, '')}_${parseInt(pageId(a, k), 16) % 1000000}.html`], k);
  const ticker = `<div class="index-bar"><span>上证指数 <b class="up">3412.67 +0.45%</b></span><span>深证成指 <b class="up">11028.35 +0.62%</b></span><span>创业板指 <b class="down">2261.09 -0.13%</b></span><span class="t">${day(a.date)} 15:00</span></div>`;
  const info = pick([
    `<div class="article-infor"><span class="source">来源：${a.source}</span><span class="date">${day(a.date)}</span><span class="fontsize">字号：<a>大</a> <a>中</a> <a>小</a></span><a class="print" onclick="window.print()">打印</a></div>`,
    `<div class="des-info"><span>信息来源：${a.source}</span>&nbsp;&nbsp;<span>发布日期：${day(a.date)}</span>&nbsp;&nbsp;<span>【<a>大</a> <a>中</a> <a>小</a>】</span></div>`,
  ], k);
  const html = `<!DOCTYPE html>
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>${pick(['本所要闻', '本所动态'], k)} | ${pick(['某某证券交易所', '某某证券交易所官方网站'], k)}</title>
<meta name="keywords" content="证券交易所,本所要闻,上市公司">
<meta name="description" content="${esc(a.title)}">
<link rel="stylesheet" href="/css/common.css">
<script src="/js/lib/jquery-3.6.0.min.js"></script>
<script src="/js/common/sseCommon.js"></script>
${headScripts(pick(['5f4e3d2c1b0a9988', '7766554433221100'], k))}
<script>var pageConfig = { channelId: "${pick(['8', '1760'], k)}", docId: "${pageId(a, k)}", isLogin: false };</script>
</head>
<body>
${ticker}
<div class="header"><div class="container"><a class="logo" href="/"><img src="/images/logo.png" alt="某某证券交易所"></a><div class="search"><input placeholder="代码/简称/关键词"><button>搜索</button></div><a href="/en/">English</a> <a href="/m/">移动版</a></div></div>
<nav class="main-nav"><ul>${links(EXCH_NAV, '/channel/')}</ul></nav>
<div class="container">
<div class="bread-crumb"><a href="/">首页</a> &gt; <a href="/aboutus/">关于本所</a> &gt; <a href="/aboutus/mediacenter/">媒体中心</a> &gt; <span>${pick(['本所要闻', '本所动态'], k)}</span></div>
<div class="row">
<div class="col-md-3 left-menu"><ul><li><a href="/m1/">本所要闻</a></li><li><a href="/m2/">媒体关注</a></li><li><a href="/m3/">新闻发布会</a></li><li><a href="/m4/">图片新闻</a></li><li><a href="/m5/">视频</a></li></ul></div>
<div class="col-md-9 article-infor-box">
<div class="article-infor">
<h2 class="title">${esc(a.title)}</h2>
${info}
</div>
<div class="allZoom">
${paras(a.paras, ' style="text-indent:2em"')}
</div>
<div class="article-bottom"><a onclick="window.print()">【打印】</a> <a onclick="window.close()">【关闭】</a></div>
<div class="xgxw"><h4>相关新闻</h4>${datedList([[pick(['本所发布上市公司可持续发展报告指引', '本所举办绿色债券发行人座谈会'], k), pick(['2026-11-27', '2026-11-14'], k)], [pick(['本所对三家公司及相关当事人予以纪律处分', '本所债券市场融资规模创年内新高'], k), pick(['2026-11-24', '2026-11-06'], k)]], 'list')}</div>
</div>
</div>
</div>
<div class="footer"><div class="container"><p><a href="/aboutus/">关于我们</a> | <a href="/map/">网站地图</a> | <a href="/law/">法律声明</a> | <a href="/contact/">联系我们</a></p><p>监管热线：000-00000000　投资者服务热线：4000-000-000</p><p>免责声明：本网站所载资料仅供参考，投资者据此操作，风险自担。</p><p>版权所有 &copy; 某某证券交易所 某ICP备00000000号</p></div></div>
</body></html>`;
  return { name: `ho-exchange-${k}`, html, gold: goldOf(a, html, { url, date: day(a.date), source: a.source, author: null, notInBody: ['字号', '打印', '关闭', '相关新闻', '上证指数', '免责声明', '版权所有'] }) };
};

// ── 3. An industry association's 行业动态: 来源 linked to the outlet it reprints ─────────────────────────────────────

const ASSOC_NAV = ['网站首页', '协会概况', '新闻中心', '行业动态', '政策法规', '标准化', '统计信息', '会员服务', '展览展会', '培训认证', '国际合作', '党建工作', '联系我们'];

export const h27Assoc: Template = (_a, k) => {
  const a = textOf('assoc', k);
  const url = pick([`http://www.example-cria.org.cn/news/hydt/${day(a.date).replace(/-/g, '')}/${pageId(a, k)}.html`, `https://www.example-cnmn.org/index.php?m=content&c=index&a=show&catid=12&id=${parseInt(pageId(a, k), 16) % 100000}`], k);
  const outletUrl = pick(['http://www.example-cinn.cn/', 'https://www.example-cnmn.com.cn/'], k);
  const info = pick([
    `<div class="info">发布时间：${day(a.date)} ${hm(a.date)}&nbsp;&nbsp;&nbsp;来源：<a href="${outletUrl}" target="_blank">${a.source}</a>&nbsp;&nbsp;&nbsp;作者：${a.author}&nbsp;&nbsp;&nbsp;浏览：<span id="hits"><script src="/api.php?op=count&id=${parseInt(pageId(a, k), 16) % 100000}"></script></span>次</div>`,
    `<div class="info"><span>时间：${cn(a.date)}</span><span>来源：<a href="${outletUrl}" target="_blank" rel="nofollow">${a.source}</a></span><span>【字号：<a>大</a> <a>中</a> <a>小</a>】</span></div>`,
  ], k);
  const tail = pick([
    `<div class="yuanwen">原文链接：<a href="${outletUrl}html/${day(a.date).replace(/-/g, '')}/${pageId(a, 3)}.html" target="_blank">${outletUrl}html/${day(a.date).replace(/-/g, '')}/${pageId(a, 3)}.html</a></div>
<div class="shengming">免责声明：本网转载此文仅出于传递更多行业信息之目的，并不意味着赞同其观点或证实其描述，如涉及版权问题请联系本会删除。</div>`,
    `<div class="shengming">声明：本文转载自${a.source}，文章版权归原作者所有，如有侵权请与协会秘书处联系。</div>`,
  ], k);
  const html = `<!DOCTYPE html>
<html><head>
<meta charset="utf-8">
<title>${esc(a.title)} - ${pick(['行业动态', '新闻中心'], k)} - ${pick(['某某机器人产业联盟', '某某有色金属工业协会再生金属分会'], k)}</title>
<meta name="keywords" content="${pick(['工业机器人,产量,出口', '再生铝,绿色低碳,路线图'], k)}">
<meta name="description" content="${esc(a.paras[0].slice(0, 80))}">
<link href="/statics/css/style.css" rel="stylesheet">
${headScripts(pick(['c0ffee0011223344', 'deadbeef55667788'], k))}
</head>
<body>
<div class="topbar"><div class="wrap">欢迎访问${pick(['某某机器人产业联盟', '某某有色金属工业协会再生金属分会'], k)}官方网站！ <a href="/member/login">会员登录</a> <a href="/member/register">入会申请</a> <a href="javascript:addFav()">加入收藏</a></div></div>
<div class="banner"><img src="/statics/images/banner.jpg" alt=""></div>
<div class="menu"><ul>${links(ASSOC_NAV, '/list/')}</ul></div>
<div class="wrap clearfix">
<div class="left">
<div class="lbox"><h3>新闻中心</h3><ul><li><a href="/list/3/">协会动态</a></li><li class="on"><a href="/list/4/">行业动态</a></li><li><a href="/list/5/">会员风采</a></li><li><a href="/list/6/">通知公告</a></li></ul></div>
<div class="lbox"><h3>联系我们</h3><p>电话：010-00000000</p><p>邮箱：xh@example-assoc.org.cn</p><p>地址：北京市某某区某某路1号</p></div>
</div>
<div class="right">
<div class="pos">您现在的位置：<a href="/">首页</a> &gt; <a href="/list/3/">新闻中心</a> &gt; <a href="/list/4/">行业动态</a></div>
<div class="article">
<h1>${esc(a.title)}</h1>
${info}
<div class="content">
${a.paras.map((p, i) => `<p>${esc(p)}</p>${i === 0 ? `\n${adFrame('example-assoc.org.cn', `art_${k}`)}` : ''}`).join('\n')}
${tail}
</div>
<div class="fenxiang">分享到：<a class="bds_weixin">微信</a><a class="bds_tsina">新浪微博</a><a class="bds_qzone">QQ空间</a></div>
<div class="sxp"><p>上一条：<a href="/news/${pageId(a, 5)}.html">${pick(['服务机器人标准化工作组年会召开', '铝加工行业运行情况通报'], k)}</a></p><p>下一条：<a href="/news/${pageId(a, 6)}.html">${pick(['协会赴长三角开展会员企业调研', '再生金属分会换届大会召开'], k)}</a></p></div>
<div class="xgyd"><h3>相关阅读</h3>${datedList([[pick(['10月份机器人行业景气指数发布', '三季度再生铝产量同比增长'], k), pick(['2026-11-10', '2026-10-20'], k)], [pick(['协作机器人出口保持较快增长', '废铝进口标准修订征求意见'], k), pick(['2026-10-28', '2026-10-09'], k)]], 'xg')}</div>
</div>
</div>
</div>
<div class="footer"><p><a href="/about/">关于我们</a> | <a href="/contact/">联系我们</a> | <a href="/sitemap/">网站地图</a></p><p>版权所有：${pick(['某某机器人产业联盟', '某某有色金属工业协会再生金属分会'], k)}　京ICP备00000000号-2　技术支持：某某网络</p></div>
</body></html>`;
  return { name: `ho-assoc-${k}`, html, gold: goldOf(a, html, { url, date: k === 0 ? a.date : day(a.date), source: a.source, author: a.author, notInBody: ['原文链接', '免责声明', '声明：', '分享到', '上一条', '相关阅读', '版权所有', '会员登录'] }) };
};

// ── 4. A 问政 board: the question and the reply with its own unit and later time ─────────────────────────────────

export const h27Wenzheng: Template = (_a, k) => {
  const a = textOf('wenzheng', k);
  const asked = a.asked!;
  const q = a.paras.slice(0, asked.paras);
  const r = a.paras.slice(asked.paras);
  const id = `${day(a.date).replace(/-/g, '')}${(parseInt(pageId(a, k), 16) % 9000) + 1000}`;
  const url = pick([`http://wz.example-qu.gov.cn/wz/detail.jsp?msgid=${id}`, `https://www.example-city.gov.cn/hdjl/wsxf/${id}.html`], k);
  const others: [string, string][] = pick([
    [['幸福路公交站台何时修复', '2026-11-10'], ['建议增设小区周边减速带', '2026-11-08'], ['老旧小区加装电梯补贴如何申请', '2026-11-06']],
    [['幼儿园延时服务收费标准', '2026-10-19'], ['初中学位紧张问题', '2026-10-17'], ['学校周边交通拥堵', '2026-10-12']],
  ], k);
  const main = pick([
    `<table class="wz-detail" width="100%" border="0" cellspacing="1" cellpadding="6">
<tr><td class="lbl" width="90">留言标题</td><td colspan="3"><h1 class="wz-title">${esc(a.title)}</h1></td></tr>
<tr><td class="lbl">留言编号</td><td>${id}</td><td class="lbl">留言类型</td><td>投诉</td></tr>
<tr><td class="lbl">留言人</td><td>${asked.by}</td><td class="lbl">留言时间</td><td>${day(a.date)} ${hm(a.date)}:08</td></tr>
<tr><td class="lbl">留言内容</td><td colspan="3" class="wz-con">${q.map((p) => `&nbsp;&nbsp;&nbsp;&nbsp;${esc(p)}<br>`).join('\n')}</td></tr>
<tr><td class="lbl">办理状态</td><td><span class="zt">已办结</span></td><td class="lbl">满意度</td><td>满意</td></tr>
<tr><td class="lbl">回复单位</td><td>${asked.unit}</td><td class="lbl">回复时间</td><td>${day(asked.replied)} ${hm(asked.replied)}:22</td></tr>
<tr><td class="lbl">回复内容</td><td colspan="3" class="hf-con">${r.map((p) => `&nbsp;&nbsp;&nbsp;&nbsp;${esc(p)}<br>`).join('\n')}</td></tr>
</table>`,
    `<div class="msg-detail">
<h1 class="msg-title">${esc(a.title)}</h1>
<div class="msg-info"><span>留言人：${asked.by}</span><span>留言时间：${day(a.date)} ${hm(a.date)}</span><span>类别：咨询</span><span>编号：${id}</span><span>浏览：412</span></div>
<div class="msg-con">${paras(q)}</div>
<div class="reply-box">
<div class="reply-hd"><span class="unit">回复单位：${asked.unit}</span><span class="time">回复时间：${day(asked.replied)} ${hm(asked.replied)}</span></div>
<div class="reply-con">${paras(r)}</div>
</div>
<div class="pj"><span>您对此回复是否满意？</span><a>满意</a><a>基本满意</a><a>不满意</a></div>
</div>`,
  ], k);
  const html = `<!DOCTYPE html>
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>${esc(a.title)}-${pick(['区长信箱', '网上信访'], k)}-${pick(['某某区人民政府网', '某某市人民政府门户网站'], k)}</title>
<meta name="SiteName" content="${pick(['某某区人民政府网', '某某市人民政府门户网站'], k)}">
<meta name="ColumnName" content="${pick(['区长信箱', '网上信访'], k)}">
<link rel="stylesheet" href="/css/hdjl.css">
${headScripts(pick(['1a2b3c4d5e6f7a8b', '9f8e7d6c5b4a3921'], k))}
</head>
<body>
<div class="head"><div class="w"><img src="/images/guohui.png" alt=""><span class="site">${pick(['某某区人民政府', '某某市人民政府'], k)}</span><div class="head-r"><a href="/wza/">无障碍</a> <a href="/old/">长者模式</a> <a href="/en/">English</a></div></div></div>
<div class="nav"><ul>${links(['首页', '政务公开', '政务服务', '互动交流', '数据开放', '走进本区'], '/col/')}</ul></div>
<div class="w">
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/hdjl/">互动交流</a> &gt; ${pick(['区长信箱', '网上信访'], k)}</div>
<div class="hd-tabs"><a href="/hdjl/write">我要留言</a><a href="/hdjl/query">留言查询</a><a href="/hdjl/notice">留言须知</a></div>
${main}
<div class="other-msg"><h3>${pick(['最新留言', '同类留言'], k)}</h3>${datedList(others, 'msg-list')}</div>
<div class="tongji">本月共受理留言 <b>1326</b> 件，已办结 <b>1288</b> 件，按时办结率 <b>97.1%</b></div>
</div>
<div class="foot"><p>主办：${pick(['某某区人民政府办公室', '某某市人民政府办公厅'], k)}　承办：${pick(['某某区大数据中心', '某某市大数据管理局'], k)}</p><p>网站标识码：0000000001　某ICP备00000000号　某公网安备 00000000000001号</p><p><a href="/contact/">联系我们</a> | <a href="/map/">网站地图</a></p></div>
</body></html>`;
  return { name: `ho-wenzheng-${k}`, html, gold: goldOf(a, html, { url, date: a.date, source: null, author: k === 0 ? [null, asked.by, asked.by.replace(/^网友/, '')] : null, notInBody: ['留言编号', '编号：', '办理状态', '满意', '我要留言', '最新留言', '同类留言', '本月共受理', '网站标识码'] }) };
};

// ── 5. A financial portal's 快讯: a short text among timed 快讯 ─────────────────────────────────────────────────────

export const h27Flash: Template = (_a, k) => {
  const a = textOf('flash', k);
  const url = pick([`https://kuaixun.example-fin.com/${day(a.date).replace(/-/g, '')}/${parseInt(pageId(a, k), 16) % 10000000}.html`, `https://www.example-caijing.com/7x24/detail/${parseInt(pageId(a, k), 16)}`], k);
  const around: [string, string][] = pick([
    [['09:30', '【A股开盘：三大指数集体高开 沪指涨0.21%】'], ['09:25', '【港股开盘：恒指高开0.5% 科技股普涨】'], ['09:18', '【人民币兑美元中间价报7.1012 调升36个基点】'], ['09:15', '【两部门：加快推进设备更新贷款贴息落地】']],
    [['06:55', '【美股收盘：三大指数涨跌不一 纳指涨0.3%】'], ['06:40', '【COMEX黄金期货收涨0.42%】'], ['06:31', '【欧洲主要股指收盘普遍上涨】'], ['06:12', '【美元指数下跌0.2% 报104.1】']],
  ], k);
  const list = (items: [string, string][]): string => items.map(([t, x]) => `<li class="flash-item"><span class="flash-time">${t}</span><div class="flash-text"><a href="/kx/${pageId(a, t.length)}${t.replace(':', '')}.html">${esc(x)}</a></div></li>`).join('\n');
  const info = pick([
    `<div class="kx-meta"><span class="kx-time">${day(a.date)} ${hm(a.date)}:36</span><span class="kx-src">来源：${a.source}</span><span class="kx-read">阅读量：1.2万</span></div>`,
    `<div class="kx-meta"><time datetime="${day(a.date)}T${hm(a.date)}:05+08:00">${cn(a.date)} ${hm(a.date)}</time> · <span>${a.source}</span></div>`,
  ], k);
  const html = `<!DOCTYPE html>
<html lang="zh-CN"><head>
<meta charset="utf-8">
<title>${esc(a.title)}_7x24小时快讯_${pick(['某某财经', '某某网财经'], k)}</title>
<meta name="description" content="${esc(a.paras[0].slice(0, 80))}">
<meta property="og:title" content="${esc(a.title)}">
<meta property="og:type" content="article">
<link rel="stylesheet" href="/static/kx.css">
${headScripts(pick(['aa11bb22cc33dd44', 'ee55ff6600778899'], k))}
<script>window.__KX__ = { id: ${parseInt(pageId(a, k), 16) % 10000000}, important: ${k === 0}, tags: ["${pick(['央行', '原油'], k)}"] };</script>
</head>
<body>
<div class="header"><a class="logo" href="/"><img src="/static/logo.png" alt=""></a><ul class="nav">${links(['首页', '快讯', '股票', '基金', '债券', '期货', '外汇', '数据', '研报', '直播', 'APP'], '/ch/')}</ul><div class="login"><a>登录</a>/<a>注册</a></div></div>
<div class="main">
<div class="kx-left">
<div class="kx-crumb"><a href="/">首页</a> &gt; <a href="/7x24/">7x24小时快讯</a> &gt; 正文</div>
<div class="kx-detail">
<h1 class="kx-title">${esc(a.title)}</h1>
${info}
<div class="kx-content">${paras(a.paras)}</div>
<div class="kx-tags">相关标签：<a>${pick(['央行', '原油'], k)}</a> <a>${pick(['逆回购', '期货'], k)}</a></div>
<div class="kx-share">分享：<a>微信</a> <a>微博</a> <a>复制链接</a></div>
<div class="kx-risk">风险提示：本快讯内容仅供参考，不构成投资建议。市场有风险，投资需谨慎。</div>
</div>
<div class="kx-more"><h3>${pick(['更多快讯', '最新快讯'], k)}</h3><ul>${list(around)}</ul><a class="more" href="/7x24/">查看更多快讯&gt;&gt;</a></div>
</div>
<div class="kx-right">
<div class="rbox"><h3>重要快讯</h3><ul>${list(around.slice(2).map(([t, x]) => [t, x.replace(/[【】]/g, '')]))}</ul></div>
<div class="rbox app"><img src="/static/app-qr.png" alt="">下载APP，实时接收快讯推送</div>
<div class="rbox ad"><iframe src="https://ad.example-fin.com/s?pos=kx_r" width="300" height="250" frameborder="0"></iframe></div>
</div>
</div>
<div class="footer"><p><a href="/about/">关于我们</a> | <a href="/contact/">联系我们</a> | <a href="/ads/">广告合作</a> | <a href="/law/">免责条款</a></p><p>Copyright © 2026 ${pick(['某某财经', '某某网'], k)} 版权所有　沪ICP备00000000号</p></div>
</body></html>`;
  return { name: `ho-flash-${k}`, html, gold: goldOf(a, html, { url, date: a.date, source: a.source, author: null, notInBody: ['相关标签', '分享：', '风险提示', '更多快讯', '最新快讯', '重要快讯', '下载APP', around[0][1].slice(1, 9), '阅读量'] }) };
};

// ── 6. A ministry's 工作动态: 【字体：大 中 小】, 扫一扫在手机打开 ──────────────────────────────────────────────────────

const MIN_NAV = ['首页', '机构', '新闻', '政务公开', '政务服务', '互动交流', '专题专栏', '数据', '政策文件', '政策解读', '工作动态', '地方动态', '新闻发布', '图片新闻'];

export const h27Ministry: Template = (_a, k) => {
  const a = textOf('ministry', k);
  const url = pick([`https://www.example-miit.gov.cn/xwdt/gxdt/sjdt/art/${day(a.date).slice(0, 4)}/art_${pageId(a, k)}.html`, `https://www.example-mot.gov.cn/jiaotongyaowen/${day(a.date).replace(/-/g, '').slice(0, 6)}/t${day(a.date).replace(/-/g, '')}_${parseInt(pageId(a, k), 16) % 10000000}.html`], k);
  const info = pick([
    `<div class="xxgk-info"><span>发布时间：${day(a.date)} ${hm(a.date)}</span><span>来源：${a.source}</span><span class="font">【字体：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</span><span class="qr-open">扫一扫在手机打开当前页<img src="/images/qr_${k}.png" alt=""></span></div>`,
    `<div class="xxgk-info"><p>${cn(a.date)}　　来源：${a.source}　　【字体：大 中 小】　　【打印本页】</p><div class="ewm"><div id="qrcode"></div><p>扫一扫在手机打开</p></div></div>`,
  ], k);
  const html = `<!DOCTYPE html>
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>${esc(a.title)}_${pick(['工业和信息化部', '中华人民共和国交通运输部'], k)}</title>
<meta name="SiteName" content="${pick(['中华人民共和国工业和信息化部', '中华人民共和国交通运输部'], k)}">
<meta name="SiteDomain" content="${pick(['www.example-miit.gov.cn', 'www.example-mot.gov.cn'], k)}">
<meta name="SiteIDCode" content="bm0000000${k + 1}">
<meta name="ColumnName" content="${pick(['司局动态', '交通运输要闻'], k)}">
<meta name="ColumnType" content="工作动态">
<meta name="ArticleTitle" content="${esc(a.title)}">
<meta name="PubDate" content="${day(a.date)} ${hm(a.date)}">
<meta name="ContentSource" content="${a.source}">
<link rel="stylesheet" href="/css/article.css">
<script src="/js/jquery.min.js"></script>
<script src="/js/qrcode.min.js"></script>
${headScripts(pick(['b1b2b3b4b5b6b7b8', 'c1c2c3c4c5c6c7c8'], k))}
<script>function doZoom(size){ document.getElementById('con_con').style.fontSize = size + 'px'; }</script>
</head>
<body>
<div class="topbar"><div class="w1200"><span>今天是：<script>document.write(new Date().toLocaleDateString());</script></span><a href="/wza/">无障碍浏览</a> <a href="/en/">English</a> <a href="/m/">手机版</a> <a href="/weibo/">官方微博</a> <a href="/weixin/">官方微信</a></div></div>
<div class="header"><div class="w1200"><img src="/images/logo.png" alt="${pick(['工业和信息化部', '交通运输部'], k)}"></div></div>
<div class="nav"><ul class="w1200">${links(MIN_NAV, '/col/')}</ul></div>
<div class="w1200">
<div class="location">您当前的位置：<a href="/">首页</a> &gt; <a href="/xwdt/">新闻动态</a> &gt; ${pick(['司局动态', '交通运输要闻'], k)}</div>
<div class="article-box">
<h1 id="con_title">${esc(a.title)}</h1>
${info}
<div class="article-content" id="con_con">
${paras(a.paras, ' style="text-indent:2em;"')}
</div>
<div class="article-tools">${pick(['<a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a>', '<a href="javascript:window.close()">【关闭窗口】</a>'], k)} <span class="share">分享到：<a>微信</a><a>微博</a></span></div>
<div class="xglj"><h4>相关链接</h4>${datedList([[pick(['中小企业数字化转型城市试点实施方案印发', '农村公路养护管理办法解读'], k), pick(['2026-10-20', '2026-11-21'], k)], [pick(['第二批试点城市名单公布', '交通运输部召开冬季运输安全视频会'], k), pick(['2026-09-15', '2026-11-26'], k)]], 'xglj-list')}</div>
</div>
</div>
<div class="footer"><div class="w1200"><p><a href="/about/">关于本网</a> | <a href="/map/">网站地图</a> | <a href="/contact/">联系我们</a></p><p>主办单位：${pick(['中华人民共和国工业和信息化部', '中华人民共和国交通运输部'], k)}　版权所有</p><p>网站标识码：bm0000000${k + 1}　京ICP备00000000号　京公网安备 11000000000001号</p></div></div>
${k === 1 ? `<script>new QRCode(document.getElementById("qrcode"), { text: location.href, width: 100, height: 100 });</script>` : ''}
</body></html>`;
  return { name: `ho-ministry-${k}`, html, gold: goldOf(a, html, { url, date: k === 0 ? a.date : day(a.date), source: a.source, author: null, notInBody: ['字体', '扫一扫', '打印本页', '关闭窗口', '分享到', '相关链接', '网站标识码', '版权所有'] }) };
};

export const HELDOUT27_TEMPLATES: Template[] = [h27County, h27Exchange, h27Assoc, h27Wenzheng, h27Flash, h27Ministry];

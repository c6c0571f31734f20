/**
 * The twenty-fourth held-out part (never tuned on), written for #17's round 13a and committed before any change to the
 * extractor: seven families no part had, in the markup such sites serve — a portal story saved from a browser ("Save
 * page as": a saved-from comment, `<base>`, absolute URLs, the style sheets inlined, `_files/` resources); a photo
 * gallery whose text is a paragraph under each picture with 上一张/下一张 and 1/5 counters; a TV news page with the
 * player above its 文字稿 and a 视频来源 line; a long-form analysis with a 内容提要, a 目录 box, 小标题, `[1]` marks, 注释,
 * 参考文献 and 作者简介 (the body ends at the last paragraph of the text, before 注释); a report marked up with schema.org
 * microdata (`itemprop="articleBody"`, `datePublished` in UTC or with the year the visible line lacks); pages dated only
 * as `2026年12月6日 星期日` or `Dec 6, 2026`; and a provincial operator company's 新闻中心 (中国移动/中国电信-like
 * provincial sites). Each family prints its own texts (heldout24-pool.ts).
 */
import { esc, pageId, pick, type GenPage, type Template } from './common.js';
import type { CnGold } from '../../src/extract/cn-gold-score.js';
import { type Held24Article, HELDOUT24_POOL } from './heldout24-pool.js';

const textOf = (family: Held24Article['family'], k: number): Held24Article => HELDOUT24_POOL.filter((a) => a.family === family)[k];
const hm = (d: string): string => d.slice(11, 16);
const day = (d: string): string => d.slice(0, 10);
const cnDate = (d: string): string => `${d.slice(0, 4)}年${d.slice(5, 7)}月${d.slice(8, 10)}日`;

function goldOf(a: Held24Article, o: { url: string; date: string; source: string | null; author: CnGold['author']; notInBody: string[] }): CnGold {
  return { url: o.url, title: a.title, date: o.date, source: o.source, author: o.author, body_first: a.paras[0].slice(0, 12), body_last: a.paras[a.paras.length - 1].slice(-12), not_in_body: o.notInBody };
}
const page = (name: string, html: string, gold: CnGold): GenPage => ({ name, html, gold });

/** Statistics and ad loaders as commercial heads carry them. */
const headScripts = (id: string): string => `<script>
var _czc = _czc || []; _czc.push(["_setAccount", "${id}"]);
(function(){ var s = document.createElement("script"); s.src = "https://s9.example-cnzz.com/z_stat.php?id=${id}"; document.head.appendChild(s); })();
window.__AD_SLOTS__ = { inArticle: "${id}-in", right: "${id}-r", float: "${id}-f" };
</script>
<script async src="https://pagead.example-ads.cn/show_ads.js?client=${id}"></script>`;

const links = (names: string[], base: string): string => names.map((n, i) => `<li><a href="${base}/channel/${i + 11}/" target="_blank">${n}</a></li>`).join('');
const datedList = (items: [string, string][], base: string, fmt: (d: string) => string, cls: string): string =>
  `<ul class="${cls}">${items.map(([t, d], i) => `<li><a href="${base}/${d.slice(0, 7)}/${d.slice(8, 10)}/content_${61200 + i}.html" title="${esc(t)}">${esc(t)}</a><span class="date">${fmt(d)}</span></li>`).join('\n')}</ul>`;

const PORTAL_NAV = ['首页', '时政', '要闻', '国际', '财经', '能源', '电力', '新能源', '城市', '社会', '科技', '汽车', '房产', '教育', '健康', '文旅', '体育', '评论', '图片', '视频', '专题', '数字报', '直播', '客户端'];

// ── 1. A portal story saved from a browser ("Save page as", complete page) ─────────────────────────────────────────

const SAVED_CSS = `*{margin:0;padding:0}body{font:14px/1.6 "Microsoft YaHei",Arial,sans-serif;color:#333;background:#f5f5f5}a{color:#333;text-decoration:none}a:hover{color:#c00}
.w1200{width:1200px;margin:0 auto}.top-bar{height:32px;background:#222;color:#aaa}.top-bar a{color:#ccc;margin:0 8px}
.nav-main{background:#b40000;height:44px}.nav-main li{float:left;line-height:44px;padding:0 12px}.nav-main a{color:#fff;font-size:16px}
.crumb{padding:12px 0;color:#888}.crumb a{color:#666}.art-wrap{background:#fff;padding:30px 40px}.art-wrap h1{font-size:30px;line-height:1.4}
.art-meta{color:#999;border-bottom:1px solid #eee;padding:10px 0 16px}.art-meta span{margin-right:16px}.art-txt p{text-indent:2em;margin:18px 0;font-size:18px}
.share-box{margin:20px 0}.share-box a{display:inline-block;width:32px;height:32px;background:url(https://static.example-nyb.com.cn/img/share.png)}
.side{width:320px;float:right}.side h3{border-left:4px solid #b40000;padding-left:8px}.side li{line-height:30px;overflow:hidden}.footer{background:#333;color:#999;text-align:center;padding:30px 0}
@media print{.nav-main,.side,.share-box,.footer{display:none}}`;

export const h24Saved: Template = (_a, k) => {
  const a = textOf('saved', k);
  const host = pick(['https://www.example-nyb.com.cn', 'https://news.example-csb.cn'], k);
  const url = pick([`${host}/news/2026-11/28/content_${88100 + k}.html`, `${host}/cs/202612/t20261202_${5503300 + k}.shtml`], k);
  const files = `./${encodeURIComponent(a.title.slice(0, 10))}_files`;
  const site = pick(['某某能源网', '某某城市网'], k);
  const meta = pick([
    `<div class="art-meta"><span class="time">${day(a.date)} ${hm(a.date)}:12</span><span class="source">来源：<a href="${host}/">${a.source}</a></span><span class="author">作者：${a.author}</span><span class="edit">责任编辑：${a.editor}</span></div>`,
    `<p class="art-meta">${a.source}　${cnDate(a.date)}${hm(a.date)}　<a href="javascript:window.print()">打印</a>　<a href="javascript:void(0)" class="fz">字号 T</a></p>`,
  ], k);
  const related: [string, string][] = pick([
    [['国家能源局：今冬明春能源保供形势总体平稳', '2026-11-21'], ['多地启动今冬清洁取暖补贴发放', '2026-11-15'], ['电力现货市场建设提速', '2026-11-08']],
    [['老旧小区改造今年开工5.4万个', '2026-11-26'], ['完整社区试点扩围', '2026-11-18'], ['城市地下管网更新改造提速', '2026-11-10']],
  ], k);
  const text = a.paras.map((p, i) => `<p>${esc(p)}</p>${i === 1 ? `\n<div class="ad-inner" style="margin:16px 0"><iframe src="${host}/ad/inarticle.html?slot=in" width="660" height="90" frameborder="0" scrolling="no"></iframe></div>` : ''}`).join('\n');
  const html = `<!DOCTYPE html>
<!-- saved from url=(00${url.length})${url} -->
<html lang="zh-CN"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<base href="${url.slice(0, url.lastIndexOf('/') + 1)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${esc(a.title)}${pick([' - 某某能源网', '_城市频道_某某城市网'], k)}</title>
<meta name="keywords" content="${pick(['迎峰度冬,电网,保供', '加装电梯,老旧小区,城市更新'], k)}">
<meta name="description" content="${esc(a.paras[0].slice(0, 70))}">
<link rel="canonical" href="${url}">
<link rel="stylesheet" href="${files}/common.css">
<style type="text/css">${SAVED_CSS}</style>
<style id="savepage-injected">.ad-float,.login-mask{display:none!important}</style>
<script src="${files}/jquery-1.12.4.min.js.下载"></script>
${headScripts(pick(['1279950123', '1281184455'], k))}
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"${site}","url":"${host}/","publisher":{"@type":"Organization","name":"${site}"}}</script>
</head>
<body>
<div class="top-bar"><div class="w1200"><a href="${host}/">${site}首页</a><a href="${host}/app/">客户端</a><a href="${host}/weibo/">微博</a><a href="${host}/login/">登录</a><a href="${host}/reg/">注册</a></div></div>
<div class="header w1200"><a href="${host}/" class="logo"><img src="${files}/logo.png" alt="${site}"></a><form action="${host}/search/" class="search"><input name="q" placeholder="请输入关键词"><button>搜索</button></form></div>
<div class="nav-main"><ul class="w1200">${links(PORTAL_NAV, host)}</ul></div>
<div class="crumb w1200">当前位置：<a href="${host}/">首页</a> &gt; <a href="${host}/${pick(['dl', 'cs'], k)}/">${pick(['电力', '城市'], k)}</a> &gt; 正文</div>
<div class="w1200 clearfix">
<div class="side"><h3>${pick(['热点推荐', '24小时排行'], k)}</h3>${datedList(related, host, (d) => d.slice(5), 'hot-list')}
<div class="ad-r"><iframe src="${host}/ad/right.html" width="300" height="250" frameborder="0"></iframe></div></div>
<div class="art-wrap" id="${pick(['article', 'content-main'], k)}">
<h1>${esc(a.title)}</h1>
${meta}
<div class="art-txt" id="${pick(['ozoom', 'zoom'], k)}">
${text}
</div>
${k === 1 ? `<p class="editor">（责任编辑：${a.editor}）</p>` : ''}
<div class="share-box">分享到：<a href="http://service.weibo.com/share/share.php?url=${encodeURIComponent(url)}" title="微博"></a><a href="javascript:void(0)" title="微信"></a><a href="javascript:void(0)" title="QQ空间"></a></div>
<div class="statement">${pick(['凡本网注明“来源：某某能源网”的所有作品，版权均属于某某能源网，转载请注明出处。', '声明：本网转载此文出于传递更多信息之目的，并不意味着赞同其观点或证实其描述。'], k)}</div>
<div class="xgyd"><h3>相关阅读</h3>${datedList(related, host, (d) => d, 'rel-list')}</div>
<div class="comment"><h3>网友评论</h3><div class="cmt-item"><span class="u">热心网友</span><p>${pick(['希望冬天别再拉闸限电了。', '我们小区也在排队装电梯，盼着早点开工。'], k)}</p><span class="t">${pick(['2026-11-28 11:02', '2026-12-02 18:40'], k)}</span></div></div>
</div></div>
<div class="footer"><p><a href="${host}/about/">关于我们</a> | <a href="${host}/contact/">联系我们</a> | <a href="${host}/ad/">广告服务</a> | <a href="${host}/law/">法律声明</a></p><p>Copyright © 2009-2026 ${site} 版权所有　京ICP备10012345号-${k + 2}　京公网安备11010502030000号</p></div>
<script src="${files}/article.js.下载"></script>
<script>$(function(){ $(".fz").on("click", function(){ $("#zoom p").css("font-size", "20px"); }); });</script>
</body></html>`;
  return page(`i-saved-${k}`, html, goldOf(a, { url, date: a.date, source: a.source, author: a.author, notInBody: ['责任编辑', '分享到', pick(['凡本网注明', '声明：'], k), '相关阅读', '网友评论', '版权所有', pick(['热点推荐', '24小时排行'], k)] }));
};

// ── 2. A photo gallery: a paragraph under each picture, 上一张/下一张, counters ────────────────────────────────────────

export const h24Gallery: Template = (_a, k) => {
  const a = textOf('gallery', k);
  const host = pick(['https://pic.example-rb.com', 'https://www.example-net.cn'], k);
  const url = pick([`${host}/photo/2026-12/04/c_${1130001 + k}.htm`, `${host}/tuji/20261127/${pageId(a, k)}.html`], k);
  const n = a.paras.length;
  const slides = a.paras.map((p, i) => pick([
    `<li class="pic-item${i === 0 ? ' on' : ''}" data-index="${i + 1}"><div class="pic"><a href="javascript:;" class="btn-prev" title="上一张">上一张</a><img src="${host}/upload/2026/${pageId(a, k)}_${i}.jpg" alt="${esc(a.title)}"><a href="javascript:;" class="btn-next" title="下一张">下一张</a></div><div class="pic-desc"><span class="pic-num"><em>${i + 1}</em>/${n}</span><p>${esc(p)}</p></div></li>`,
    `<div class="swiper-slide"><figure><img data-src="${host}/tuji/img/${pageId(a, k)}-${i}.jpg" class="lazy"><figcaption><b class="idx">${i + 1} / ${n}</b>　${esc(p)}</figcaption></figure></div>`,
  ], k)).join('\n');
  const meta = pick([
    `<div class="gallery-info"><span>${day(a.date)} ${hm(a.date)}</span><span>来源：${a.source}</span><span>摄影：${a.author}</span><span class="cnt">共${n}张</span></div>`,
    `<p class="info">${a.source} | ${day(a.date)} ${hm(a.date)} | 摄影 ${a.author} | 编辑 ${a.editor}</p>`,
  ], k);
  const more: [string, string][] = pick([
    [['组图：古镇迎来初雪', '2026-11-30'], ['组图：高铁新线联调联试', '2026-11-22'], ['组图：丰收季里的果园', '2026-10-18']],
    [['图集｜深海一号二期投产', '2026-11-20'], ['图集｜跨海通道隧道贯通', '2026-11-12'], ['图集｜航天员训练日常', '2026-11-03']],
  ], k);
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8">
<title>${esc(a.title)}${pick(['_图片频道_某某日报网', '-图片-某某网'], k)}</title>
<meta name="keywords" content="图集,${pick(['候鸟,湿地', '大桥,合龙'], k)}">
<meta property="og:title" content="${esc(a.title)}"><meta property="og:type" content="article"><meta property="og:image" content="${host}/upload/2026/${pageId(a, k)}_0.jpg">
<link rel="stylesheet" href="${host}/static/css/gallery.css">
${headScripts(pick(['1288800001', '1288800002'], k))}
<script>var galleryConf = { total: ${n}, autoPlay: false, interval: 5000, endText: "图集浏览完毕" };</script>
</head><body class="gallery-page">
<div class="g-top"><a href="${host}/" class="logo">${pick(['某某日报网', '某某网'], k)}</a><ul class="g-nav">${links(['首页', '新闻', '图片', '视频', '专题', '评论', '本地', '财经', '文旅', '体育', '娱乐', '科技'], host)}</ul></div>
<div class="g-crumb"><a href="${host}/">首页</a> &gt; <a href="${host}/photo/">图片</a> &gt; <a href="${host}/photo/news/">${pick(['新闻图片', '图集'], k)}</a></div>
<div class="g-main">
<div class="g-head"><h1>${esc(a.title)}</h1>${meta}</div>
<div class="${pick(['pic-show', 'swiper-container'], k)}">
${pick([`<ul class="pic-list">\n${slides}\n</ul>`, `<div class="swiper-wrapper">\n${slides}\n</div>\n<div class="swiper-button-prev">上一张</div><div class="swiper-button-next">下一张</div>`], k)}
<div class="pic-end" style="display:none"><p>图集浏览完毕</p><a href="javascript:;" class="replay">重新浏览</a><a href="${host}/photo/next.html">下一图集</a></div>
</div>
<div class="thumb-bar"><a class="t-prev">&lt;</a>${a.paras.map((_, i) => `<img src="${host}/upload/2026/${pageId(a, k)}_${i}_s.jpg">`).join('')}<a class="t-next">&gt;</a></div>
<div class="g-tools"><a href="javascript:;">查看原图</a> <a href="javascript:;">全屏观看</a> <span class="share">分享到：微信 微博 QQ</span></div>
<div class="g-more"><h3>${pick(['更多图集', '精彩图集推荐'], k)}</h3>${datedList(more, host, (d) => d, 'more-list')}</div>
<div class="g-cmt"><h3>我来说两句</h3><textarea></textarea><button>发表</button><p class="c">${pick(['太美了，周末就去看看！', '建设者辛苦了！'], k)} <span>${pick(['2026-12-05 08:16', '2026-11-28 21:30'], k)}</span></p></div>
</div>
<div class="g-foot"><p>${pick(['某某日报社 版权所有　未经书面授权禁止使用', '某某网 版权所有'], k)}</p><p>备案号：某ICP备0600${k}123号　<a href="${host}/contact.html">联系我们</a></p></div>
<script src="${host}/static/js/gallery.min.js"></script>
</body></html>`;
  return page(`i-gallery-${k}`, html, goldOf(a, { url, date: a.date, source: a.source, author: [a.author!, null], notInBody: ['上一张', '下一张', '图集浏览完毕', pick(['更多图集', '精彩图集推荐'], k), '我来说两句', '版权所有', '查看原图'] }));
};

// ── 3. A TV news page: player, 文字稿 below it, a 视频来源 line ─────────────────────────────────────────────────────

export const h24Video: Template = (_a, k) => {
  const a = textOf('video', k);
  const host = pick(['https://www.example-tv.com', 'https://news.example-ws.cn'], k);
  const url = pick([`${host}/2026/11/30/VIDE${pageId(a, k).toUpperCase()}.shtml`, `${host}/video/detail/${pageId(a, k)}.html`], k);
  const player = `<div class="video-wrap" id="${pick(['myFlash', 'vplayer'], k)}"><video src="https://vod.example-tv.com/${pageId(a, k)}.mp4" poster="https://vod.example-tv.com/${pageId(a, k)}.jpg" controls preload="none"></video>
<div class="v-tip">${pick(['如果视频无法播放，请刷新页面或更换浏览器', '视频加载中，请稍候…'], k)}</div><div class="v-bar"><span class="dur">时长 ${pick(['02:36', '01:58'], k)}</span><span class="plays">播放 ${pick(['3.6万', '1.1万'], k)}</span></div></div>`;
  const text = a.paras.map((p) => `<p>${esc(p)}</p>`).join('\n');
  const body = pick([
    `<div class="cnt-bd"><div class="wzg-label"><b>文字稿：</b></div>\n${text}\n</div>
<p class="v-source">视频来源：${a.source}</p>
<p class="v-credit">记者：${a.author}　编辑：${a.editor}　责编：韩冰</p>`,
    `<div class="video-txt"><h3 class="txt-tit">【本期文字稿】</h3>\n${text}\n<p class="v-source" style="text-align:right">（视频来源：${a.source}　记者 ${a.author} 报道）</p>\n</div>`,
  ], k);
  const info = pick([
    `<div class="v-info"><span class="time">${day(a.date)} ${hm(a.date)}</span><span class="col">栏目：某某新闻联播</span></div>`,
    `<div class="v-info"><span>来源：${a.source}</span><span>${day(a.date).replace(/-/g, '/')} ${hm(a.date)}</span><span>编辑：${a.editor}</span></div>`,
  ], k);
  const more: [string, string][] = pick([
    [['县域篮球联赛开赛', '2026-11-23'], ['非遗手作进社区', '2026-11-16'], ['冬季赏雾凇线路推荐', '2026-11-09']],
    [['港口自动化码头上新', '2026-11-28'], ['氢能重卡开展示范运营', '2026-11-19'], ['充电桩进村入户', '2026-11-10']],
  ], k);
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="renderer" content="webkit">
<title>[${pick(['某某新闻联播', '视频'], k)}]${esc(a.title)}${pick(['_某某网络广播电视台', ' - 某某卫视新闻网'], k)}</title>
<meta name="description" content="${esc(a.paras[0].slice(0, 60))}">
<meta property="og:type" content="video.other"><meta property="og:video" content="https://vod.example-tv.com/${pageId(a, k)}.mp4">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"VideoObject","name":${JSON.stringify(a.title)},"uploadDate":"${day(a.date)}","duration":"PT2M36S","thumbnailUrl":"https://vod.example-tv.com/${pageId(a, k)}.jpg"}</script>
${headScripts(pick(['1290000011', '1290000012'], k))}
<script>var videoCenterId = "${pageId(a, k)}"; var guid = "${pageId(a, k)}a9"; function createPlayer(id){ /* player bootstrap */ }</script>
</head><body>
<div class="top"><a href="${host}/" class="logo">${pick(['某某网络广播电视台', '某某卫视新闻网'], k)}</a><ul class="nav">${links(['首页', '新闻', '直播', '点播', '栏目', '节目单', '主持人', '专题', '互动', '客户端', '广告', '关于我们'], host)}</ul></div>
<div class="crumb">您的位置：<a href="${host}/">首页</a> &gt; <a href="${host}/news/">新闻</a> &gt; 正文</div>
<div class="main">
<h1 class="v-title">${esc(a.title)}</h1>
${info}
${player}
<script>createPlayer("${pick(['myFlash', 'vplayer'], k)}");</script>
<div class="v-share">分享到：<a>微信</a><a>微博</a><a>复制链接</a></div>
${body}
<div class="declare">${pick(['声明：本网站所刊载信息，不代表本台观点。刊用本网站稿件，务经书面授权。', '本视频版权归原作者所有，如有侵权请联系删除。'], k)}</div>
<div class="more-video"><h3>${pick(['相关视频', '更多视频'], k)}</h3>${datedList(more, host, (d) => d, 'v-list')}</div>
</div>
<div class="side"><h3>热播榜</h3>${datedList(more, host, (d) => d.slice(5), 'rank')}</div>
<div class="foot"><p>${pick(['某某广播电视台 版权所有', '某某卫视 版权所有'], k)}　信息网络传播视听节目许可证：${k + 1}908312　备案号：某ICP备0500${k}888号　<a>联系我们</a></p></div>
</body></html>`;
  return page(`i-video-${k}`, html, goldOf(a, { url, date: a.date, source: a.source, author: a.author, notInBody: ['文字稿', '视频来源', pick(['如果视频无法播放', '视频加载中'], k), pick(['编辑：', '报道）'], k), pick(['声明：', '版权归原作者'], k), pick(['相关视频', '更多视频'], k), '热播榜'] }));
};

// ── 4. A long-form analysis: 内容提要, 目录 box, 小标题, [n] marks, 注释, 参考文献, 作者简介 ───────────────────────────────

export const h24Longform: Template = (_a, k) => {
  const a = textOf('longform', k);
  const heads = a.heads ?? {};
  const host = pick(['https://www.example-syy.org.cn', 'https://www.example-nyzx.cn'], k);
  const url = pick([`${host}/yjcg/gdwz/${pageId(a, k)}.html`, `${host}/research/view-${4400 + k}.html`], k);
  const mark = (p: string): string => esc(p).replace(/\[(\d)\]/g, (_m, n: string) => pick([`<sup><a href="#note${n}" id="ref${n}">[${n}]</a></sup>`, `<sup class="fn">${n}</sup>`], k));
  const text = a.paras.map((p, i) => `${heads[i] ? `<h3 id="s${i}" class="sub-tit">${esc(heads[i])}</h3>\n` : ''}<p>${mark(p)}</p>`).join('\n');
  const toc = Object.entries(heads).map(([i, h]) => `<li><a href="#s${i}">${esc(h)}</a></li>`).join('');
  const notes = pick([
    ['某某商业研究院《县域商业发展监测报告（2026）》，第23页。', '某某物流协会调研数据，样本覆盖12个省份的86个县。', '某某研究院对全国3200家县域小店的问卷调查。'],
    ['根据国内外公开新闻报道整理，统计截至2026年9月。', '参见《电化学储能电站安全规程》相关条款。'],
  ], k);
  const refs = pick([
    ['[1] 王某某. 县域商业体系建设的实践与思考[J]. 商业经济研究, 2025(8): 5-9.', '[2] 李某某, 张某某. 农村物流共同配送模式研究[J]. 中国流通经济, 2024, 38(6): 30-41.'],
    ['[1] 某某. 电化学储能电站火灾事故统计分析[J]. 储能科学与技术, 2025, 14(2): 611-620.', '[2] 国家能源局. 新型储能项目管理规范（暂行）[Z]. 2021.', '[3] 某某, 某某. 锂离子电池热失控机理研究进展[J]. 电源技术, 2024(5): 1-8.'],
  ], k);
  const meta = pick([
    `<div class="meta"><span>作者：${a.author}（某某商业研究院研究员）</span><span>发布日期：${day(a.date)}</span><span>来源：${a.source}</span><span>阅读：<i id="hits">2,815</i></span></div>`,
    `<div class="meta">${a.source}　｜　${a.author}　｜　${day(a.date).replace(/-/g, '.')}</div>`,
  ], k);
  const tocBox = pick([
    `<div class="toc-box"><div class="toc-title">目录</div><ul>${toc}<li><a href="#notes">注释</a></li><li><a href="#refs">参考文献</a></li></ul></div>`,
    `<aside class="catalog"><p class="catalog-hd">文章目录 <a class="fold">收起</a></p><ol>${toc}</ol></aside>`,
  ], k);
  const abstract = pick([
    `<div class="abstract"><b>内容提要：</b>县域商业的短板在物流和数字化，补短板要因地制宜。</div>`,
    `<div class="abstract"><p><strong>摘要</strong>　本文梳理储能电站安全事故的特点，分析标准体系的空白，并提出对策建议。</p><p><strong>关键词</strong>　储能电站；热失控；安全标准</p></div>`,
  ], k);
  const html = `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">
<title>${esc(a.title)}-${pick(['观点文章-某某商业研究院', '研究成果 | 某某能源研究中心'], k)}</title>
<meta name="keywords" content="${pick(['县域商业,物流,数字化', '储能,安全,标准'], k)}"><meta name="description" content="${esc(a.paras[0].slice(0, 70))}">
<meta name="citation_title" content="${esc(a.title)}"><meta name="citation_author" content="${a.author}">
<link rel="stylesheet" href="${host}/css/article.css">
${headScripts(pick(['1300001001', '1300001002'], k))}
<script>$(function(){ $(".catalog .fold").click(function(){ $(".catalog ol").toggle(); }); });</script>
</head><body>
<div class="header"><div class="wrap"><a href="${host}/" class="logo">${a.source}</a><ul class="menu">${links(['首页', '研究院概况', '研究领域', '研究成果', '观点文章', '研究报告', '数据中心', '学术活动', '专家团队', '合作交流', '媒体报道', '联系我们'], host)}</ul></div></div>
<div class="wrap"><div class="bread">首页 / 研究成果 / ${pick(['观点文章', '专题研究'], k)}</div>
<div class="article-main">
<h1 class="art-title">${esc(a.title)}</h1>
${meta}
${abstract}
${tocBox}
<div class="art-body">
${text}
</div>
<div class="notes" id="notes"><h4>${pick(['注释', '注　释'], k)}</h4>${notes.map((t, i) => `<p id="note${i + 1}">[${i + 1}] ${esc(t)}</p>`).join('')}</div>
<div class="refs" id="refs"><h4>参考文献</h4><ol>${refs.map((r) => `<li>${esc(r)}</li>`).join('')}</ol></div>
<div class="author-intro"><b>作者简介：</b>${a.author}，${pick(['某某商业研究院研究员，主要研究方向为流通经济与县域商业。', '某某能源研究中心助理研究员，研究方向为储能安全与标准。'], k)}</div>
<div class="cite">${pick([`本文引用格式：${a.author}. ${esc(a.title)}[EB/OL]. ${a.source}, ${day(a.date)}.`, '（本文仅代表作者个人观点）'], k)}</div>
<div class="pn">上一篇：<a href="${host}/yjcg/prev.html">${pick(['数字消费的新趋势', '虚拟电厂参与电力市场的路径'], k)}</a>　下一篇：<a href="${host}/yjcg/next.html">${pick(['即时零售的县域机会', '新型储能价格机制研究'], k)}</a></div>
</div>
<div class="side"><h3>最新成果</h3>${datedList([[pick(['2026年四季度消费形势分析', '储能市场季度观察'], k), '2026-11-30'], [pick(['县域消费十大趋势', '电力市场化改革回顾'], k), '2026-11-12']], host, (d) => d, 'new-list')}</div>
</div>
<div class="footer"><p>${a.source} 版权所有　地址：某某市某某区某某路88号　电话：010-6000000${k}</p><p>某ICP备1800${k}456号</p></div>
</body></html>`;
  return page(`i-longform-${k}`, html, goldOf(a, { url, date: day(a.date), source: a.source, author: a.author, notInBody: [pick(['内容提要', '摘要'], k), pick(['目录', '文章目录'], k), '参考文献', pick(['某某商业研究院《县域商业', '根据国内外公开新闻报道整理'], k), '作者简介', '上一篇', '最新成果'] }));
};

// ── 5. A report marked up with schema.org microdata; the visible date in another form ─────────────────────────────

export const h24Microdata: Template = (_a, k) => {
  const a = textOf('microdata', k);
  const host = pick(['https://www.example-xww.cn', 'https://www.example-wb.cn'], k);
  const url = pick([`${host}/news/${pageId(a, k)}`, `${host}/shehui/${pageId(a, k)}.html`], k);
  // Page 0 states its publication time in UTC in the microdata; page 1 prints no year on the visible line.
  const utc = new Date(Date.parse(`${a.date}:00+08:00`)).toISOString().replace('.000Z', 'Z');
  const published = pick([utc, `${a.date}:00+08:00`], k);
  const visible = pick([`${cnDate(a.date)} ${hm(a.date)}`, `${Number(a.date.slice(5, 7))}月${Number(a.date.slice(8, 10))}日 ${hm(a.date)}`], k);
  const text = a.paras.map((p, i) => `<p>${esc(p)}</p>${i === 0 ? `\n<div class="inline-ad"><script>document.write('<iframe src="${host}/ad/a.html" width="640" height="100" frameborder="0"></iframe>');</script></div>` : ''}`).join('\n');
  const related: [string, string][] = pick([
    [['低空经济发展大会下周开幕', '2026-11-24'], ['无人机配送试点扩至五个区', '2026-11-02'], ['通航机场建设提速', '2025-12-18']],
    [['春季食品安全抽检结果公布', '2026-03-28'], ['冷库安全专项检查启动', '2026-03-15'], ['校园食品安全守护行动', '2025-09-01']],
  ], k);
  const html = `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>${esc(a.title)}${pick([' | 某某新闻网', '-社会-某某晚报'], k)}</title>
<meta name="description" content="${esc(a.paras[0].slice(0, 70))}">
<meta property="og:site_name" content="${pick(['某某新闻网', '某某晚报'], k)}"><meta property="og:title" content="${esc(a.title)}">
<link rel="stylesheet" href="${host}/assets/app.3f9c.css">
${headScripts(pick(['1310000001', '1310000002'], k))}
</head><body>
<header class="site-header"><a class="brand" href="${host}/">${pick(['某某新闻网', '某某晚报'], k)}</a><nav><ul>${links(PORTAL_NAV.slice(0, 18), host)}</ul></nav><div class="weather">${pick(['晴 -2℃~8℃', '多云 12℃~20℃'], k)}</div></header>
<main class="container">
<ol class="breadcrumb" itemscope itemtype="https://schema.org/BreadcrumbList"><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="${host}/"><span itemprop="name">首页</span></a><meta itemprop="position" content="1"></li><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="${host}/${pick(['news', 'shehui'], k)}/"><span itemprop="name">${pick(['本地', '社会'], k)}</span></a><meta itemprop="position" content="2"></li></ol>
<article class="post" itemscope itemtype="https://schema.org/NewsArticle">
<meta itemprop="mainEntityOfPage" content="${url}">
<h1 class="post-title" itemprop="headline">${esc(a.title)}</h1>
<div class="post-meta">
<span class="post-date">${visible}</span>
<meta itemprop="datePublished" content="${published}"><meta itemprop="dateModified" content="${pick(['2026-12-02T03:10:00Z', '2026-04-10T09:00:00+08:00'], k)}">
<span class="post-source">来源：<span itemprop="publisher" itemscope itemtype="https://schema.org/Organization"><span itemprop="name">${a.source}</span></span></span>
<span class="post-author" itemprop="author" itemscope itemtype="https://schema.org/Person">${pick(['记者', '文/'], k)}<span itemprop="name">${a.author}</span></span>
</div>
<div class="post-content" itemprop="articleBody">
${text}
<p class="post-editor">${pick([`（编辑：${a.editor}）`, `责任编辑：${a.editor}`], k)}</p>
</div>
<div class="post-tags">标签：<a rel="tag">${pick(['低空经济', '食品安全'], k)}</a><a rel="tag">${pick(['无人机', '冷链'], k)}</a></div>
<div class="post-share">分享：<a>微信</a> <a>微博</a> <a>QQ</a></div>
</article>
<section class="related"><h2>${pick(['相关新闻', '延伸阅读'], k)}</h2>${datedList(related, host, (d) => d, 'rel')}</section>
<section class="comments"><h2>评论</h2><div class="c-item"><b>网友_${k}81</b> ${pick(['期待早日覆盖我们县。', '扫码查询这个功能好。'], k)} <time>${pick(['2026-12-01 20:13', '2026-04-09 12:40'], k)}</time></div></section>
</main>
<aside class="sidebar"><h2>热门</h2>${datedList(related, host, (d) => d.slice(5), 'hot')}</aside>
<footer class="site-footer"><p>${pick(['某某新闻网', '某某晚报社'], k)} 版权所有 | <a>联系我们</a> | <a>违法和不良信息举报</a> | 某ICP备1500${k}777号</p></footer>
</body></html>`;
  return page(`i-microdata-${k}`, html, goldOf(a, { url, date: a.date, source: a.source, author: a.author, notInBody: ['编辑', '标签：', '分享：', pick(['相关新闻', '延伸阅读'], k), '评论', '版权所有'] }));
};

// ── 6. Pages dated only as `2026年12月6日 星期日` or `Dec 6, 2026` ───────────────────────────────────────────────

export const h24PlainDate: Template = (_a, k) => {
  const a = textOf('plaindate', k);
  const host = pick(['https://news.example-univ.edu.cn', 'https://www.example-iccc.org'], k);
  const url = pick([`${host}/info/1021/${34500 + k}.htm`, `${host}/cn/news/show.php?id=${7700 + k}`], k);
  const dateLine = pick(['2026年12月6日 星期日', 'Dec 6, 2026'], k);
  const info = pick([
    `<div class="arti-metas"><span class="arti-update">发布时间：${dateLine}</span><span class="arti-views">浏览次数：<span id="dynclicks_wbnews_${34500 + k}">…</span></span><span>作者：${a.author}</span><span>来源：${a.source}</span></div>`,
    `<div class="news-date"><i class="icon-clock"></i>${dateLine}<em class="sep">|</em>来源：${a.source}</div>`,
  ], k);
  const side: [string, string][] = pick([
    [['学校召开2026年秋季学期学生工作会议', '2026-12-05'], ['我校获批两个国家级一流本科专业', '2026-11-30'], ['学校举行第十五届运动会', '2026-11-08']],
    [['商会代表团访问新加坡', '2026-11-28'], ['Chamber Members Meet Port Authority', '2026-11-19'], ['中欧班列物流对接会举办', '2026-11-07']],
  ], k);
  const fmt = pick([(d: string): string => `[${d.slice(5)}]`, (d: string): string => new Date(`${d}T12:00:00Z`).toLocaleDateString('en-US', { month: 'short', day: 'numeric', year: 'numeric', timeZone: 'UTC' })], k);
  const text = a.paras.map((p) => `<p style="text-indent:2em;">${esc(p)}</p>`).join('\n');
  const html = `<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>${esc(a.title)}${pick(['-某某大学新闻网', ' - 某某国际商会 CCIC'], k)}</title>
<meta name="keywords" content="${pick(['某某大学,新闻网', 'chamber,商会,供应链'], k)}"><meta name="description" content="${esc(a.paras[0].slice(0, 50))}">
<link type="text/css" href="${host}/style/style.css" rel="stylesheet">
<script type="text/javascript" src="${host}/system/resource/js/jquery/jquery-latest.min.js"></script>
${headScripts(pick(['1320000001', '1320000002'], k))}
${k === 0 ? `<script>_showDynClicks("wbnews", 1765432101, ${34500 + k});</script>` : '<script>var LANG = "zh"; function switchLang(l){ location.href = l === "en" ? "/en/" : "/cn/"; }</script>'}
</head><body>
<div class="top"><div class="inner"><a href="${host}/" class="logo">${pick(['某某大学新闻网', '某某国际商会'], k)}</a>${k === 1 ? '<div class="lang"><a onclick="switchLang(\'cn\')">中文</a> | <a onclick="switchLang(\'en\')">English</a></div>' : ''}</div></div>
<div class="nav"><ul>${links(pick([['首页', '学校要闻', '综合新闻', '院部动态', '媒体关注', '校园人物', '学术动态', '图片新闻', '视频新闻', '专题报道', '校报', '投稿系统'], ['首页', '关于我们 About', '新闻中心 News', '会员服务 Members', '活动 Events', '政策法规 Policies', '贸易投资 Trade', '出版物 Publications', '联系我们 Contact']], k), host)}</ul></div>
<div class="main"><div class="left-col">
<div class="position">当前位置：<a href="${host}/">首页</a> &gt;&gt; <a href="${host}/${pick(['zhxw', 'news'], k)}/">${pick(['综合新闻', '商会动态'], k)}</a> &gt;&gt; 正文</div>
<form name="_newscontent_fromname"><div class="article">
<h1 class="arti-title">${esc(a.title)}</h1>
${info}
<div class="v_news_content" id="vsb_content">
${text}
</div>
${k === 0 ? `<div class="editor">（撰稿：${a.author}　审核：${a.editor}）</div>` : `<div class="editor">Editor: ${a.editor}</div>`}
</div></form>
<div class="pn">${pick(['上一条：<a>学校召开冬季安全工作部署会</a><br>下一条：<a>我校教师获省教学成果奖</a>', '« Previous　|　Next »'], k)}</div>
<div class="print">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>
</div>
<div class="right-col"><h3>${pick(['最新要闻', 'Latest News 最新动态'], k)}</h3>${datedList(side, host, fmt, 'side-list')}</div></div>
<div class="footer">${pick(['版权所有 © 某某大学党委宣传部　地址：某某市大学路1号　邮编：100000　某ICP备05012345号', 'Copyright © 2026 某某国际商会 All Rights Reserved. 联系我们 Tel: +86-10-6500000　某ICP备16000001号'], k)}</div>
</body></html>`;
  return page(`i-plaindate-${k}`, html, goldOf(a, { url, date: day(a.date), source: a.source, author: a.author, notInBody: [pick(['撰稿：', 'Editor:'], k), pick(['上一条', 'Previous'], k), '打印本页', pick(['最新要闻', 'Latest News'], k), pick(['版权所有', 'Copyright'], k)] }));
};

// ── 7. A provincial operator company's news centre (中国移动/中国电信-like provincial sites) ─────────────────────────

export const h24Operator: Template = (_a, k) => {
  const a = textOf('operator', k);
  const host = pick(['https://www.xx.example-10086.cn', 'https://xx.example-189.cn'], k);
  const url = pick([`${host}/aboutus/news/gsxw/202611/t20261125_${9100 + k}.html`, `${host}/about/news/${pageId(a, k)}.html`], k);
  const company = pick(['中国移动某某公司', '中国电信某某分公司'], k);
  const info = pick([
    `<div class="news-info"><span>发布时间：${day(a.date)} ${hm(a.date)}:25</span><span>来源：${a.source}</span><span>【字体：<a>大</a> <a>中</a> <a>小</a>】</span></div>`,
    `<div class="news-attr"><em class="d">${day(a.date)}</em><em class="t">${hm(a.date)}</em><em>作者：${a.author}</em><em>来源：${a.source}</em><em>阅读：<b id="readNum">2316</b></em></div>`,
  ], k);
  const text = a.paras.map((p, i) => `<p style="text-indent:2em">${esc(p)}</p>${i === 1 ? `\n<p style="text-align:center"><img src="${host}/images/news/${pageId(a, k)}.jpg"></p>\n<p style="text-align:center;color:#666">${pick(['工作人员在调试通感一体基站', '电信员工为茶农调试直播设备'], k)}</p>` : ''}`).join('\n');
  const others: [string, string][] = pick([
    [['某某移动发布“AI+”行动计划', '2026-11-18'], ['某某移动圆满完成马拉松赛事通信保障', '2026-11-09'], ['某某移动召开2026年合作伙伴大会', '2026-10-27']],
    [['某某电信天翼云某某节点扩容', '2026-11-26'], ['某某电信开展“反诈进万家”活动', '2026-11-15'], ['某某电信千兆光网覆盖全部行政村', '2026-10-30']],
  ], k);
  const html = `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="UTF-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>${esc(a.title)}${pick(['-中国移动某某公司', '_新闻中心_中国电信某某网上营业厅'], k)}</title>
<meta name="keywords" content="${company},新闻中心,${pick(['5G-A,低空经济', '光网,乡村振兴'], k)}">
<link rel="stylesheet" href="${host}/static/css/base.css"><link rel="stylesheet" href="${host}/static/css/news.css">
<script src="${host}/static/js/jquery.min.js"></script>
<script>var provinceCode = "${pick(['xx', 'yy'], k)}"; var pageType = "news_detail"; window.WT_CONFIG = { sid: "${pick(['cmcc', 'ctc'], k)}", channel: "aboutus" };</script>
${headScripts(pick(['1330000001', '1330000002'], k))}
</head><body>
<div class="topbar"><div class="w"><span class="prov">某某 <a>[切换]</a></span><a>个人</a><a>政企</a><a>关于我们</a><span class="r"><a>登录</a><a>注册</a><a>我的订单</a></span></div></div>
<div class="header w"><a class="logo" href="${host}/">${company}</a><ul class="mainnav">${links(pick([['首页', '5G', '套餐', '宽带', '手机', '充值交费', '流量', '业务办理', '积分商城', '网上营业厅', '政企业务', '服务与支持'], ['首页', '手机', '宽带', '套餐', '天翼云', '充值', '查询', '办理', '优惠', '翼支付', '政企客户', '在线客服']], k), host)}</ul></div>
<div class="w crumbs">您当前的位置：<a href="${host}/">首页</a> &gt; <a href="${host}/aboutus/">关于我们</a> &gt; <a href="${host}/aboutus/news/">新闻中心</a> &gt; <a>公司新闻</a></div>
<div class="w about-wrap">
<div class="about-left"><h3>关于我们</h3><ul><li><a>公司简介</a></li><li class="on"><a>新闻中心</a></li><li><a>社会责任</a></li><li><a>招标采购</a></li><li><a>诚聘英才</a></li><li><a>联系我们</a></li></ul></div>
<div class="about-right">
<div class="news-detail">
<h2 class="news-tit">${esc(a.title)}</h2>
${info}
<div class="news-con TRS_Editor">
${text}
</div>
${pick(['', `<p class="gao" style="text-align:right">（${a.source} 供稿）</p>`], k)}
<div class="news-share">分享到：<a class="wx"></a><a class="wb"></a></div>
<div class="news-pn"><p>上一篇：<a href="${host}/aboutus/news/prev.html">${esc(others[0][0])}</a></p><p>下一篇：<a href="${host}/aboutus/news/next.html">${esc(others[1][0])}</a></p></div>
</div>
<div class="news-more"><h3>公司新闻</h3>${datedList(others, host, (d) => d, 'n-list')}</div>
</div></div>
<div class="float-service"><a>在线客服</a><a>${pick(['10086', '10000号'], k)}</a><a>扫码下载APP</a><a>返回顶部</a></div>
<div class="footer"><div class="w"><p><a>关于我们</a> | <a>网站地图</a> | <a>联系我们</a> | <a>隐私政策</a> | <a>法律声明</a></p><p>${pick(['中国移动通信集团某某有限公司 版权所有　京ICP备05002571号', '中国电信股份有限公司某某分公司 版权所有　京ICP备09031924号'], k)}　客服热线：${pick(['10086', '10000'], k)}</p></div></div>
</body></html>`;
  return page(`i-operator-${k}`, html, goldOf(a, { url, date: a.date, source: a.source, author: a.author, notInBody: [pick(['字体', '阅读：'], k), '分享到', '上一篇', '公司新闻', '在线客服', '版权所有', pick(['发布时间', '作者：'], k)] }));
};

export const HELDOUT24_TEMPLATES: Template[] = [h24Saved, h24Gallery, h24Video, h24Longform, h24Microdata, h24PlainDate, h24Operator];

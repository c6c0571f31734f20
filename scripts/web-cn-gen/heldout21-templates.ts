/**
 * The twenty-first held-out part (never tuned on), written for #17's eleventh round (11a) and committed before any
 * change to the extractor: seven kinds of small sites no part had, each in the full markup the package or the site
 * serves — a trade-media site on a PHP CMS package (织梦/帝国-like: `<div class="content">` among many, an intro box
 * repeating the text's opening, a click counter written by a script, 上一篇/下一篇, tags, `标题_栏目_站名 - 副站名`), a
 * WordPress-like tech blog (entry-title, entry-meta with 分类/评论数, a share row inside the text's box, an author box,
 * comments and sidebar widgets with dates), a Discuz-like forum thread whose first post is the article (楼主, `发表于`,
 * 只看该作者, a signature, dated replies with floor names), a 街道办事处's page in tables (`<title>` ending with the
 * office after a space, 浏览次数, 打印本页/关闭窗口), a company's 新闻中心 (product menu, breadcrumb, the day alone in a
 * span, a 400 number), a city TV station's news (player, 视频文字稿, 编辑/责编/审核 credits) and a print or AMP version
 * (title again in `<h2>`, source and date on one line). On held-out 4's articles from the second on.
 */
import { cnDay, dash, dashSec, dayOnly, esc, pageId, pick, type Template } from './common.js';
import type { CnGold } from '../../src/extract/cn-gold-score.js';
import type { PoolArticle } from './pool.js';

/** Gold with the text's lines as printed; refuses furniture strings the text itself contains (a gold error). */
function goldOf(a: PoolArticle, text: string[], o: { url: string; date: string; source: string | null; author: CnGold['author']; notInBody: string[] }): CnGold {
  const all = text.join('');
  for (const s of o.notInBody) if (all.includes(s)) throw new Error(`heldout21: furniture "${s}" is in the text of "${a.title}"`);
  return {
    url: o.url,
    title: a.title,
    date: o.date,
    source: o.source,
    author: o.author,
    body_first: text[0].replace(/\s/g, '').slice(0, 12),
    body_last: text[text.length - 1].replace(/\s/g, '').slice(-12),
    not_in_body: o.notInBody,
  };
}

/** `2024-8-14 08:05`: Discuz and several packages print month and day unpadded. */
const unpadded = (d: string): string => `${Number(d.slice(0, 4))}-${Number(d.slice(5, 7))}-${Number(d.slice(8, 10))} ${d.slice(11)}`;

const MENU = ['网站首页', '行业资讯', '政策法规', '企业动态', '技术前沿', '产品库', '展会信息', '人物访谈', '市场分析', '招商加盟', '供求信息', '专题', '视频', '下载中心', '会员中心', '联系我们'];
const SUBMENU = ['通信', '半导体', '数据中心', '新能源', '汽车电子', '工业互联网', '人工智能', '物联网', '光伏', '储能', '智能制造', '消费电子', '云计算', '安防', '电力', '轨道交通', '医疗器械', '新材料', '北斗', '网络安全'];
const OTHER = ['多地出台算力基础设施高质量发展行动计划', '上半年规模以上工业增加值同比增长6%', '储能电池出货量再创新高', '第二十届中国国际中小企业博览会开幕', '光伏组件价格企稳回升', '多家车企宣布下调入门车型价格', '5G行业虚拟专网超过3万个', '新型工业化推进大会召开', '北斗规模应用进入市场化发展阶段', '数据中心PUE值持续下降'];

/** A menu of dozens of links, as a package's template prints it. */
const menu = (cls: string, k: number): string =>
  `<div class="${cls}"><ul>${MENU.map((m, i) => `<li${i === 1 ? ' class="thisclass"' : ''}><a href="/${['', 'news', 'zc', 'qy', 'js', 'cp', 'zh', 'ft', 'sc', 'zs', 'gq', 'zt', 'sp', 'xz', 'hy', 'lx'][i]}/">${m}</a></li>`).join('')}</ul><ul class="sub">${SUBMENU.slice(k, k + 16).map((s, i) => `<li><a href="/news/list_${i + 2}.html">${s}</a></li>`).join('')}</ul></div>`;

/** A list of other headlines with their days: dates that are not the page's. */
const dayList = (cls: string, label: string, from: number, k: number, day = true): string =>
  `<div class="${cls}"><h3>${label}</h3><ul>${OTHER.slice(from, from + 6).map((t, i) => `<li>${day ? `<span>${pick(['2024-12-0', '2025-01-1'], i + k)}${i + 1}</span>` : ''}<a href="/news/2024${1100 + i * 3 + k}.html" title="${t}">${t}</a></li>`).join('')}</ul></div>`;

const BEIAN = ['京ICP备12034567号-1', '粤ICP备09087654号', '苏ICP备16012345号-2', '浙ICP备13045678号', '沪ICP备10023456号-3', '鲁ICP备15034567号', '川ICP备11022334号'];
const POLICE = (k: number): string => `${pick(['京公网安备 11010502030001号', '粤公网安备 44030502001234号', '苏公网安备 32010202010567号'], k)}`;

/** Baidu's 熊掌号 (cambrian) JSON-LD, which small CMS sites paste into their heads. */
const cambrian = (url: string, title: string, desc: string, pub: string): string =>
  `<script type="application/ld+json">{"@context":"https://ziyuan.baidu.com/contexts/cambrian.jsonld","@id":"${url}","appid":"1579${pub.slice(5, 7)}0012345678","title":${JSON.stringify(title)},"images":["https://img.example-static.cn/uploads/allimg/${pub.slice(0, 4)}/thumb.jpg"],"description":${JSON.stringify(desc)},"pubDate":"${pub.replace(' ', 'T')}:00"}</script>`;

const statScripts = (k: number): string => `<script type="text/javascript">var _hmt = _hmt || [];(function() {var hm = document.createElement("script");hm.src = "https://hm.baidu.example/hm.js?${pick(['7f3a9c2e', 'b81d04aa', '03ce5f71'], k)}";var s = document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm, s);})();</script>
<script>(function(){var bp = document.createElement('script');var curProtocol = window.location.protocol.split(':')[0];if (curProtocol === 'https') {bp.src = 'https://zz.bdstatic.example/linksubmit/push.js';} else {bp.src = 'http://push.zhanzhang.example/push.js';}var s = document.getElementsByTagName("script")[0];s.parentNode.insertBefore(bp, s);})();</script>`;

/** 1. A trade-media site on a PHP CMS package: 织梦-like (k=0) or 帝国-like (k=1). */
const tradeCms: Template = (a, k) => {
  const site = pick(['中国电子产业网', '智能制造资讯网'], k);
  const sub = pick(['电子工程师的行业门户', '工业自动化信息平台'], k);
  const column = pick(['行业资讯', '企业动态'], k);
  const aid = parseInt(pageId(a, k).slice(0, 5), 16);
  const url = `http://www.${pick(['cnelec-example', 'imzx-example'], k)}.com/${pick(['news', 'html/qydt'], k)}/${a.date.slice(0, 7).replace('-', '')}/${aid}.html`;
  const intro = `${a.paras[0].slice(0, 60)}…`;
  const author = pick([a.author ?? '编辑部', 'admin'], k);
  const info = pick(
    [`<div class="info"><small>时间:</small>${dash(a.date)}<small>来源:</small>本站 <small>作者:</small>${esc(author)} <small>点击:</small><script src="/plus/count.php?view=yes&amp;aid=${aid}&amp;mid=1" type='text/javascript' language="javascript"></script>次</div>`,
     `<div class="newsinfo">发布时间：${dashSec(a.date)}&nbsp;&nbsp;来源：${esc(a.source)}&nbsp;&nbsp;作者：admin&nbsp;&nbsp;点击：<script src=/e/public/ViewClick/?classid=12&id=${aid}&addclick=1></script>&nbsp;&nbsp;【<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>】</div>`],
    k);
  const text = a.paras.map((p) => `<p>${esc(p)}</p>`);
  const mid = Math.max(1, Math.floor(text.length / 2));
  const body = [...text.slice(0, mid), `<p style="text-align:center"><iframe src="http://ad.${pick(['cnelec-example', 'imzx-example'], k)}.com/show.php?id=${12 + k}" width="580" height="90" frameborder="0" scrolling="no"></iframe></p>`, `<script type="text/javascript">document.write('<div class="ad580">' + "广告位招租 电话：010-8765XXXX" + '</div>');</script>`, ...text.slice(mid)].join('\n');
  const html = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>${esc(a.title)}_${column}_${site} - ${sub}</title>
<meta name="keywords" content="${esc(a.title.slice(0, 8))},${column},${site}" />
<meta name="description" content="${esc(intro)}" />
<link href="/templets/default/style/dedecms.css" rel="stylesheet" media="screen" type="text/css" />
<meta http-equiv="mobile-agent" content="format=xhtml;url=/m/view.php?aid=${aid}">
<script type="text/javascript">if(window.location.toString().indexOf('pref=padindex') != -1){}else{if(/AppleWebKit.*Mobile/i.test(navigator.userAgent) || (/MIDP|SymbianOS|NOKIA|SAMSUNG|LG|NEC|TCL|Alcatel|BIRD|DBTEL|Dopod|PHILIPS|HAIER|LENOVO|MOT-|Nokia|SonyEricsson|SIE-|Amoi|ZTE/.test(navigator.userAgent))){if(window.location.href.indexOf("?mobile")<0){try{if(/Android|Windows Phone|webOS|iPhone|iPod|BlackBerry/i.test(navigator.userAgent)){window.location.href="/m/view.php?aid=${aid}";}}catch(e){}}}}</script>
<script language="javascript" type="text/javascript" src="/include/dedeajax2.js"></script>
<script language="javascript" type="text/javascript">function CheckLogin(){var taget_obj = document.getElementById('_ajax_feedback');myajax = new DedeAjax(taget_obj,false,false,'','','');myajax.SendGet2("/member/ajax_feedback.php");DedeXHTTP = null;}function postBadGood(ftype,fid){var taget_obj = document.getElementById(ftype+fid);var saveid = GetCookie('badgoodid');}</script>
${cambrian(url, a.title, intro, dash(a.date))}
${statScripts(k)}
</head>
<body class="articleview">
<div class="header_top"><div class="w960 center"><span id="time" class="time">${site}--${sub}</span><div class="toplinks"><a href="/plus/heightsearch.php" target="_blank">高级搜索</a>|<a href="/data/sitemap.html" target="_blank">网站地图</a>|<a href="/tags.php">TAG标签</a>|<a href="/data/rssmap.html" class="rss">RSS订阅</a><span>[<a href="" onclick="this.style.behavior='url(#default#homepage)';this.setHomePage('/');">设为首页</a>] [<a href="javascript:window.external.AddFavorite('/','${site}')">加入收藏</a>]</span></div></div></div>
<div class="header"><div class="top w960 center"><div class="title"><h1><a href="/"><img src="/templets/default/images/logo.gif" height="54" width="216" alt="${site}"/></a></h1></div><div class="banner"><script src='/plus/ad_js.php?aid=1' language='javascript'></script></div></div>
<div class="module blue mT10 wrapper w963"><div class="top"><div id="navMenu">${menu('navmenu', k)}</div><div class="search"><form name="formsearch" action="/plus/search.php"><input type="hidden" name="kwtype" value="0" /><input name="q" type="text" class="search-keyword" id="search-keyword" value="在这里搜索..." /><button type="submit" class="search-submit">搜索</button></form></div></div></div></div>
<div class="w960 center clear mt1">
<div class="pleft">
<div class="place"><strong>当前位置:</strong> <a href='http://www.example.com/'>主页</a> &gt; <a href='/news/'>${column}</a> &gt; </div>
<div class="viewbox">
<div class="title"><h2>${esc(a.title)}</h2></div>
${info}
<div class="intro">${pick(['', '摘要：'], k)}${esc(intro)}</div>
<div class="content">
<table width='100%'><tr><td>
${body}
</td></tr></table>
</div>
<div class="dede_pages"><ul class="pagelist"></ul></div>
<div class="boxoff"><strong>------分隔线----------------------------</strong></div>
<div class="handle">
<div class="context"><ul><li>上一篇：<a href='/news/${aid - 1}.html'>${OTHER[k + 2]}</a> </li><li>下一篇：<a href='/news/${aid + 1}.html'>${OTHER[k + 5]}</a> </li></ul></div>
<div class="actbox"><ul><li id="act-fav"><a href="/plus/stow.php?aid=${aid}" target="_blank">收藏</a></li><li id="act-err"><a href="/plus/erraddsave.php?aid=${aid}&amp;title=${encodeURIComponent(a.title)}" target="_blank">挑错</a></li><li id="act-pus"><a href="/plus/recommend.php?aid=${aid}" target="_blank">推荐</a></li><li id="act-pnt"><a href="#" onClick="window.print();">打印</a></li></ul></div>
</div>
<div class="tags">标签：<a href="/tags.php?/${esc(SUBMENU[k])}/">${SUBMENU[k]}</a> <a href="/tags.php?/${esc(SUBMENU[k + 3])}/">${SUBMENU[k + 3]}</a></div>
</div>
<div class="commentbox"><dl class="tbox"><dt><strong>发表评论</strong><span class="more"><a href="/plus/feedback.php?aid=${aid}">查看所有评论</a></span></dt><dd><div class="dcmp-title"><small>请自觉遵守互联网相关的政策法规，严禁发布色情、暴力、反动的言论。</small></div><div class="dcmp-stand"><strong>评价:</strong><input type="radio" name="feedbacktype" checked="1" value="feedback" id="dcmp-stand-neu" /><label for="dcmp-stand-neu"><img src="/templets/images/cmt-neu.gif" />中立</label><input type="radio" name="feedbacktype" value="good" id="dcmp-stand-good" /><label for="dcmp-stand-good"><img src="/templets/images/cmt-good.gif" />好评</label><input type="radio" name="feedbacktype" value="bad" id="dcmp-stand-bad" /><label for="dcmp-stand-bad"><img src="/templets/images/cmt-bad.gif" />差评</label></div><div class="dcmp-content"><textarea cols="60" name="msg" rows="5" class="ipt-txt"></textarea></div><div class="dcmp-post"><div class="dcmp-userinfo" id="_ajax_feedback">用户名:<input type="text" name="username" size="16" class="ipt-txt" /> 验证码:<input type="text" name="validate" size="4" class="ipt-txt" /><img src="/include/vdimgck.php" align="absmiddle" /></div><div class="dcmp-submit"><button type="submit">发表评论</button></div></div></dd></dl></div>
<div class="listbox">${dayList('related', '相关文章', 1, k)}</div>
</div>
<div class="pright">
<div class="commend"><dl class="tbox"><dt><strong>推荐内容</strong></dt><dd><ul class="d4">${OTHER.slice(4, 9).map((t, i) => `<li><a href="/news/${aid + 20 + i}.html">${t}</a><p>${t}，记者从相关部门了解到，${i + 3}月以来……</p></li>`).join('')}</ul></dd></dl></div>
<div class="hot mt1"><dl class="tbox light"><dt class='light'><strong>热点内容</strong></dt><dd class='light'><ul class="c1 ico2">${OTHER.slice(0, 8).map((t, i) => `<li><a href="/news/${aid - 30 + i}.html">${t}</a></li>`).join('')}</ul></dd></dl></div>
<div id="contentRtPicAD2" style="margin:10px auto"><script src='/plus/ad_js.php?aid=${3 + k}' language='javascript'></script></div>
</div>
</div>
<div class="flink w960 center clear"><dl class="tbox"><dt><strong>友情链接</strong><span class="linklabel"><a href="#" _for="flink_1">文字链接</a></span></dt><dd><ul class="f5">${OTHER.slice(0, 10).map((t, i) => `<li><a href="http://www.example-link${i}.com" target="_blank">${t.slice(0, 4)}网</a></li>`).join('')}</ul></dd></dl></div>
<div class="footer w960 center mt1 clear"><div class="footer_left"></div><div class="footer_body"><p class="powered">Powered by <a href="http://www.dedecms.example" title="织梦内容管理系统" target="_blank"><strong>DedeCMS<span>_V57_UTF8_SP2</span></strong></a> &copy; 2004-2024 <a href="http://www.desdev.example/" target="_blank">DesDev</a> Inc.<br /><div class="copyright">Copyright &copy; 2009-2024 ${site} 版权所有&nbsp;&nbsp;<a href="https://beian.miit.gov.cn/" target="_blank">${pick(BEIAN, k)}</a>&nbsp;&nbsp;联系我们：editor@${pick(['cnelec-example', 'imzx-example'], k)}.com</div></p></div><div class="footer_right"></div></div>
</body>
</html>`;
  return {
    name: `m-tradecms-${k}`,
    html,
    gold: goldOf(a, a.paras, { url, date: a.date, source: k === 0 ? null : a.source, author: k === 0 ? a.author ?? ['编辑部', null] : null, notInBody: ['点击', '分隔线', '上一篇', '下一篇', '收藏', '挑错', '标签：', '发表评论', '相关文章', '推荐内容', '热点内容', '广告位', '友情链接', '版权所有', 'ICP', ...(k === 1 ? ['摘要：'] : [])] }),
  };
};

/** 2. A WordPress-like tech blog: entry-title, entry-meta, a share row inside entry-content, author box, comments, widgets. */
const techBlog: Template = (a, k) => {
  const blog = pick(['芯片笔记', '机房那点事'], k);
  const handle = pick(['老K', 'idcwatcher'], k);
  const slug = pageId(a, k);
  const url = `https://${pick(['chipnotes-example.cn', 'www.idc-things-example.com'], k)}/${a.date.slice(0, 4)}/${a.date.slice(5, 7)}/${slug}/`;
  const day = `${Number(a.date.slice(0, 4))}年${Number(a.date.slice(5, 7))}月${Number(a.date.slice(8, 10))}日`;
  const iso = `${a.date}:00+08:00`;
  const comments = [
    ['路过的工程师', '写得很清楚，尤其是后半部分的分析，跟我们在一线看到的情况差不多。'],
    ['小马哥', '有个问题想请教一下，文中提到的数据是全年口径还是季度口径？'],
    [handle, '是前三个季度的累计数据，后面我再补一张表。'],
  ];
  const ld = { '@context': 'https://schema.org', '@graph': [{ '@type': 'WebSite', '@id': `${url.split('/').slice(0, 3).join('/')}/#website`, name: blog, inLanguage: 'zh-CN' }, { '@type': 'Article', headline: a.title, datePublished: iso, dateModified: `${a.date.slice(0, 10)}T23:10:00+08:00`, author: { '@type': 'Person', name: handle }, publisher: { '@type': 'Organization', name: blog }, wordCount: 1200, commentCount: 3, articleSection: [pick(['行业观察', '数据中心'], k)] }] };
  const share = `<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">分享此文：</h3><div class="sd-content"><ul><li class="share-wechat"><a href="#">微信</a></li><li class="share-weibo"><a href="#">微博</a></li><li class="share-twitter"><a href="#">Twitter</a></li><li class="share-end"></li></ul></div></div></div>
<div class="sharedaddy sd-block sd-like jetpack-likes-widget-wrapper"><h3 class="sd-title">赞过：</h3><div class="likes-widget-placeholder post-likes-widget-placeholder"><span class="button"><span>赞</span></span> <span class="loading">正在加载……</span></div></div>
<div id='jp-relatedposts' class='jp-relatedposts'><h3 class="jp-relatedposts-headline"><em>相关</em></h3>${OTHER.slice(3, 6).map((t, i) => `<div class="jp-relatedposts-post"><h4><a href="/${a.date.slice(0, 4)}/0${i + 3}/p${i}/">${t}</a></h4><p class="jp-relatedposts-post-date">2024年${i + 3}月${10 + i}日</p><p class="jp-relatedposts-post-context">在“${pick(['行业观察', '数据中心'], k)}”中</p></div>`).join('')}</div>`;
  const html = `<!doctype html>
<html lang="zh-Hans">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="https://gmpg.org/xfn/11">
<title>${esc(a.title)} &#8211; ${blog}</title>
<meta name='robots' content='max-image-preview:large' />
<link rel='dns-prefetch' href='//stats.wp.example' />
<link rel="alternate" type="application/rss+xml" title="${blog} &raquo; Feed" href="/feed/" />
<link rel="alternate" type="application/rss+xml" title="${blog} &raquo; 评论Feed" href="/comments/feed/" />
<link rel="alternate" type="application/rss+xml" title="${blog} &raquo; ${esc(a.title)}评论Feed" href="${url}feed/" />
<script>window._wpemojiSettings = {"baseUrl":"https:\\/\\/s.w.example\\/images\\/core\\/emoji\\/14.0.0\\/72x72\\/","ext":".png","svgUrl":"https:\\/\\/s.w.example\\/images\\/core\\/emoji\\/14.0.0\\/svg\\/","svgExt":".svg","source":{"concatemoji":"\\/wp-includes\\/js\\/wp-emoji-release.min.js?ver=6.4.2"}};!function(i,n){var o,s,e;function c(e){try{var t={supportTests:e,timestamp:(new Date).valueOf()};sessionStorage.setItem(o,JSON.stringify(t))}catch(e){}}}(window,document);</script>
<style id='wp-block-library-inline-css'>.wp-block-button__link{color:#fff;background-color:#32373c}.has-text-align-center{text-align:center}</style>
<link rel='stylesheet' id='twentyseventeen-style-css' href='/wp-content/themes/twentyseventeen/style.css?ver=20231107' media='all' />
<link rel="https://api.w.org/" href="/wp-json/" /><link rel="EditURI" type="application/rsd+xml" title="RSD" href="/xmlrpc.php?rsd" />
<meta name="generator" content="WordPress 6.4.2" />
<link rel="canonical" href="${url}" />
<link rel='shortlink' href='/?p=${parseInt(slug.slice(0, 4), 16)}' />
<meta property="og:type" content="article" />
<meta property="og:title" content="${esc(a.title)}" />
<meta property="og:url" content="${url}" />
<meta property="og:site_name" content="${blog}" />
<meta property="article:published_time" content="${iso}" />
<meta property="article:modified_time" content="${a.date.slice(0, 10)}T23:10:00+08:00" />
<script type="application/ld+json" class="yoast-schema-graph">${JSON.stringify(ld)}</script>
</head>
<body class="post-template-default single single-post postid-${parseInt(slug.slice(0, 4), 16)} single-format-standard group-blog has-sidebar colors-light">
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#content">跳至内容</a>
<header id="masthead" class="site-header" role="banner"><div class="custom-header"><div class="site-branding"><div class="wrap"><div class="site-branding-text"><p class="site-title"><a href="/" rel="home">${blog}</a></p><p class="site-description">${pick(['一个芯片从业者的读书与行业笔记', '数据中心、网络与运维的个人博客'], k)}</p></div></div></div></div>
<div class="navigation-top"><div class="wrap"><nav id="site-navigation" class="main-navigation" role="navigation" aria-label="顶部菜单"><button class="menu-toggle" aria-controls="top-menu" aria-expanded="false">菜单</button><div class="menu-main-container"><ul id="top-menu" class="menu">${['首页', '行业观察', '技术笔记', '读书', '工具', '数据中心', '归档', '留言板', '关于'].map((m, i) => `<li id="menu-item-${10 + i}" class="menu-item menu-item-type-taxonomy menu-item-${10 + i}"><a href="/category/c${i}/">${m}</a></li>`).join('')}</ul></div></nav></div></div></header>
<div class="site-content-contain"><div id="content" class="site-content"><div class="wrap">
<div id="primary" class="content-area"><main id="main" class="site-main" role="main">
<article id="post-${parseInt(slug.slice(0, 4), 16)}" class="post-${parseInt(slug.slice(0, 4), 16)} post type-post status-publish format-standard hentry category-c1">
<header class="entry-header">
<div class="entry-meta"><span class="posted-on"><span class="screen-reader-text">发布于</span> <a href="${url}" rel="bookmark"><time class="entry-date published" datetime="${iso}">${day}</time><time class="updated" datetime="${a.date.slice(0, 10)}T23:10:00+08:00">${day}</time></a></span><span class="byline"> 作者 <span class="author vcard"><a class="url fn n" href="/author/${pick(['laok', 'idcwatcher'], k)}/">${handle}</a></span></span></div>
<h1 class="entry-title">${esc(a.title)}</h1>
</header>
<div class="entry-content">
${a.subtitle && k === 0 ? `<blockquote class="wp-block-quote"><p>${esc(a.subtitle)}</p></blockquote>\n` : ''}${a.paras.map((p) => `<p>${esc(p)}</p>`).join('\n')}
${share}
</div>
<footer class="entry-footer"><span class="cat-tags-links"><span class="cat-links"><span class="screen-reader-text">分类</span>分类：<a href="/category/c1/" rel="category tag">${pick(['行业观察', '数据中心'], k)}</a></span><span class="tags-links"><span class="screen-reader-text">标签</span>标签：<a href="/tag/t1/" rel="tag">${SUBMENU[k]}</a>、<a href="/tag/t2/" rel="tag">${SUBMENU[k + 2]}</a></span></span><span class="comments-link"><a href="${url}#comments">${comments.length} 条评论</a></span></footer>
</article>
<div class="author-info"><div class="author-avatar"><img alt='' src='https://avatar.example/${slug}?s=56&amp;d=mm' class='avatar avatar-56 photo' height='56' width='56' /></div><div class="author-description"><h2 class="author-title"><span class="author-heading">作者：</span> ${handle}</h2><p class="author-bio">${pick(['十年芯片行业从业者，关注产业链与市场，业余写点读书笔记。', '在数据中心行业摸爬滚打多年，写一点机房里的见闻。'], k)}<a class="author-link" href="/author/x/" rel="author">查看${handle}的所有文章</a></p></div></div>
<nav class="navigation post-navigation" aria-label="文章"><h2 class="screen-reader-text">文章导航</h2><div class="nav-links"><div class="nav-previous"><a href="/p/prev/" rel="prev"><span class="screen-reader-text">上一篇文章</span><span aria-hidden="true" class="nav-subtitle">上一篇</span> <span class="nav-title">${OTHER[6 + k]}</span></a></div><div class="nav-next"><a href="/p/next/" rel="next"><span class="screen-reader-text">下一篇文章</span><span aria-hidden="true" class="nav-subtitle">下一篇</span> <span class="nav-title">${OTHER[1 + k]}</span></a></div></div></nav>
<div id="comments" class="comments-area">
<h2 class="comments-title">《${esc(a.title)}》上有${comments.length}条评论</h2>
<ol class="comment-list">${comments.map(([who, what], i) => `<li id="comment-${100 + i}" class="comment${who === handle ? ' byuser bypostauthor' : ''} even depth-${who === handle ? 2 : 1}"><article id="div-comment-${100 + i}" class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><img alt='' src='https://avatar.example/c${i}?s=100' class='avatar avatar-100 photo' height='100' width='100' /><b class="fn">${esc(who)}</b> <span class="says">说：</span></div><div class="comment-metadata"><a href="${url}#comment-${100 + i}"><time datetime="${a.date.slice(0, 8)}${String(Number(a.date.slice(8, 10)) + 1).padStart(2, '0')}T${10 + i}:2${i}:00+08:00">${Number(a.date.slice(0, 4))}年${Number(a.date.slice(5, 7))}月${Number(a.date.slice(8, 10)) + 1}日 ${pick(['上午', '下午'], i)}${10 + i}:2${i}</time></a></div></footer><div class="comment-content"><p>${what}</p></div><div class="reply"><a rel='nofollow' class='comment-reply-link' href='#'>回复</a></div></article></li>`).join('\n')}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">发表回复 <small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">取消回复</a></small></h3><form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate><p class="comment-notes"><span id="email-notes">您的电子邮箱地址不会被公开。</span> <span class="required-field-message">必填项已用 <span class="required">*</span> 标注</span></p><p class="comment-form-comment"><label for="comment">评论 <span class="required">*</span></label> <textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p><p class="comment-form-author"><label for="author">显示名称 <span class="required">*</span></label> <input id="author" name="author" type="text" value="" size="30" maxlength="245" required /></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="发表评论" /></p></form></div>
</div>
</main></div>
<aside id="secondary" class="widget-area" role="complementary" aria-label="博客边栏">
<section id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="/"><label for="search-form-1"><span class="screen-reader-text">搜索：</span></label><input type="search" id="search-form-1" class="search-field" placeholder="搜索&hellip;" value="" name="s" /><button type="submit" class="search-submit">搜索</button></form></section>
<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">近期文章</h2><ul>${OTHER.slice(0, 5).map((t, i) => `<li><a href="/p/${i}/">${t}</a><span class="post-date">2024年12月${20 - i * 3}日</span></li>`).join('')}</ul></section>
<section id="recent-comments-2" class="widget widget_recent_comments"><h2 class="widget-title">近期评论</h2><ul id="recentcomments"><li class="recentcomments"><span class="comment-author-link">小马哥</span>发表在《<a href="/p/1/#comment-88">${OTHER[2]}</a>》</li><li class="recentcomments"><span class="comment-author-link">阿杰</span>发表在《<a href="/p/3/#comment-80">${OTHER[4]}</a>》</li></ul></section>
<section id="archives-2" class="widget widget_archive"><h2 class="widget-title">文章归档</h2><ul>${['2024年12月', '2024年11月', '2024年10月', '2024年9月', '2024年8月'].map((m) => `<li><a href="/2024/">${m}</a></li>`).join('')}</ul></section>
<section id="categories-2" class="widget widget_categories"><h2 class="widget-title">分类目录</h2><ul>${['行业观察', '技术笔记', '读书', '数据中心', '工具'].map((c, i) => `<li class="cat-item"><a href="/category/c${i}/">${c}</a> (${12 + i * 5})</li>`).join('')}</ul></section>
</aside>
</div></div>
<footer id="colophon" class="site-footer" role="contentinfo"><div class="wrap"><div class="site-info"><a href="https://beian.miit.gov.cn/" target="_blank">${pick(BEIAN, k + 2)}</a> <span class="sep"> | </span>自豪地采用WordPress</div></div></footer>
</div></div>
<script src='/wp-content/plugins/jetpack/_inc/build/likes/queuehandler.min.js?ver=13.0' id='jetpack_likes_queuehandler-js'></script>
<script>document.querySelectorAll('.sd-social a').forEach(function(x){x.addEventListener('click',function(e){e.preventDefault();});});</script>
</body>
</html>`;
  return {
    name: `m-techblog-${k}`,
    html,
    gold: goldOf(a, a.paras, { url, date: dayOnly(a.date), source: null, author: handle, notInBody: ['分享此文', '微信', '赞过', '正在加载', OTHER[3], '分类：', '标签：', '条评论', '作者：', '上一篇', '说：', '发表回复', '近期文章', '文章归档', '自豪地采用'] }),
  };
};

/** 3. A Discuz-like forum thread: the first post is the article; replies below with their own 发表于 and floor names. */
const forumThread: Template = (a, k) => {
  const board = pick(['通信技术', '数据中心与云'], k);
  const forum = pick(['通信人家园', '机房运维社区'], k);
  const poster = pick(['射频阿木', 'dc_laozhou'], k);
  const tid = parseInt(pageId(a, k).slice(0, 6), 16) % 900000 + 100000;
  const pid = tid * 10 + 1;
  const url = `https://${pick(['bbs.txrj-example.com', 'www.jfyw-example.net/bbs'], k)}/thread-${tid}-1-1.html`;
  const sec = `${a.date}:${pick(['33', '07'], k)}`;
  const posted = pick([`<em id="authorposton${pid}">发表于 ${unpadded(a.date)}</em>`, `<em id="authorposton${pid}">发表于 <span title="${unpadded(sec).replace(/(\d+:\d+):(\d+)$/, '$1:$2')}">3&nbsp;天前</span></em>`], k);
  const card = (who: string, posts: number, score: number, group: string): string =>
    `<div class="pls favatar"><div class="pi"><div class="authi"><a href="home.php?mod=space&amp;uid=${posts}" target="_blank" class="xw1">${esc(who)}</a></div></div><div class="p_pop blk bui card_gender_0"><div class="m z"><div><img src="uc_server/avatar.php?uid=${posts}&amp;size=middle" /></div></div></div><div class="tns xg2"><table cellspacing="0" cellpadding="0"><th><p><a class="xi2">${Math.floor(posts / 10)}</a></p>主题</th><th><p><a class="xi2">${posts}</a></p>帖子</th><td><p><a class="xi2">${score}</a></p>积分</td></table></div><p><em><a href="home.php?mod=spacecp&amp;ac=usergroup&amp;gid=12" target="_blank">${group}</a></em></p></div>`;
  const replies = [
    ['沙发', 'wuxian2008', '感谢楼主分享，数据很详细，收藏了慢慢看。', 1],
    ['板凳', '老杨头', '我们这边今年也在做类似的项目，进度确实比预期快，就是人手有点跟不上。', 1],
    ['地板', 'NetEngineer_Li', '楼主说的第三点很关键，之前大家都没太重视，现在回头看确实是瓶颈。', 2],
    ['5#', '匿名', '路过，支持一下。', 2],
  ] as const;
  const floor = (label: string, who: string, when: string, textHtml: string, id: number, sign?: string, card2 = card(who, 200 + id % 300, 900 + id % 1000, '注册会员')): string =>
    `<div id="post_${id}"><table id="pid${id}" class="plhin" summary="pid${id}" cellspacing="0" cellpadding="0"><tr><td class="pls" rowspan="2">${card2}</td><td class="plc"><div class="pi"><strong><a href="forum.php?mod=redirect&amp;goto=findpost&amp;ptid=${tid}&amp;pid=${id}" id="postnum${id}" onclick="setCopy(this.href, '帖子地址复制成功');return false;">${label}</a></strong><div class="pti"><div class="pdbt"></div><div class="authi"><img class="authicn vm" id="authicon${id}" src="static/image/common/online_member.gif" /> ${when}<span class="pipe">|</span><a href="forum.php?mod=viewthread&amp;tid=${tid}&amp;page=1&amp;authorid=${id}" rel="nofollow">只看该作者</a></div></div></div><div class="pct"><div class="pcb"><div class="t_fsz"><table cellspacing="0" cellpadding="0"><tr><td class="t_f" id="postmessage_${id}">${textHtml}</td></tr></table></div></div></div></td></tr><tr><td class="plc plm">${sign ? `<div class="sign" style="max-height:100px;maxHeightIE:100px;">${sign}</div>` : ''}</td></tr><tr><td class="pls"></td><td class="plc"><div class="po hin"><div class="pob cl"><em><a class="fastre" href="forum.php?mod=post&amp;action=reply&amp;fid=12&amp;tid=${tid}&amp;reppost=${id}">回复</a></em><p><a href="javascript:;" id="mgc_post_${id}">使用道具</a><a href="javascript:;" onclick="showWindow('miscreport${id}', 'misc.php?mod=report&rtype=post&rid=${id}&tid=${tid}&fid=12', 'get', -1);return false;">举报</a></p></div></div></td></tr></table></div>`;
  // Discuz prints a post as text runs between <br /> pairs, not paragraphs.
  const first = `<i class="pstatus"> 本帖最后由 ${poster} 于 ${unpadded(a.date).replace(/\d+:\d+$/, '')}${Number(a.date.slice(11, 13)) + 1}:0${k} 编辑 </i><br />\r\n<br />\r\n` + a.paras.map((p) => `${esc(p)}<br />\r\n<br />\r\n`).join('');
  const rep = replies.map(([lab, who, what, dd], i) => floor(lab, who, `<em id="authorposton${pid + i + 1}">发表于 ${unpadded(`${a.date.slice(0, 8)}${String(Number(a.date.slice(8, 10)) + dd).padStart(2, '0')}T${String(8 + i * 3).padStart(2, '0')}:1${i}`)}</em>`, esc(what), pid + i + 1)).join('\n');
  const html = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>${esc(a.title)} - ${board} - ${forum} -  Powered by Discuz!</title>
<link href="${url}" rel="canonical" />
<meta name="keywords" content="${esc(a.title)}" />
<meta name="description" content="${esc(a.paras[0].slice(0, 80))} ,${forum}" />
<meta name="generator" content="Discuz! X3.4" />
<meta name="author" content="Discuz! Team and Comsenz UI Team" />
<meta name="copyright" content="2001-2024 Tencent Cloud." />
<meta name="MSSmartTagsPreventParsing" content="True" />
<meta http-equiv="MSThemeCompatible" content="Yes" />
<base href="${url.replace(/thread-.*$/, '')}" /><link rel="stylesheet" type="text/css" href="data/cache/style_1_common.css?Xk2" /><link rel="stylesheet" type="text/css" href="data/cache/style_1_forum_viewthread.css?Xk2" />
<script type="text/javascript">var STYLEID = '1', STATICURL = 'static/', IMGDIR = 'static/image/common', VERHASH = 'Xk2', charset = 'utf-8', discuz_uid = '0', cookiepre = 'Ab3c_2132_', cookiedomain = '', cookiepath = '/', showusercard = '1', attackevasive = '0', disallowfloat = 'newthread', creditnotice = '1|威望|,2|金钱|,3|贡献|', defaultstyle = '', REPORTURL = 'aHR0cHM6Ly9iYnMu', SITEURL = '${url.replace(/thread-.*$/, '')}', JSPATH = 'data/cache/', CSSPATH = 'data/cache/style_', DYNAMICURL = '';</script>
<script src="data/cache/common.js?Xk2" type="text/javascript"></script>
<script src="data/cache/forum.js?Xk2" type="text/javascript"></script>
${statScripts(k + 1)}
</head>
<body id="nv_forum" class="pg_viewthread" onkeydown="if(event.keyCode==27) return false;">
<div id="append_parent"></div><div id="ajaxwaitid"></div>
<div id="toptb" class="cl"><div class="wp"><div class="z"><a href="javascript:;" onclick="setHomepage('${url}');">设为首页</a><a href="javascript:;" onclick="addFavorite(this.href, '${forum}');return false;">收藏本站</a></div><div class="y"><a id="switchblind" href="javascript:;" onclick="toggleBlind(this)" title="开启辅助访问" class="switchblind">开启辅助访问</a><a href="javascript:;" id="switchwidth" onclick="widthauto(this)" title="切换到宽版" class="switchwidth">切换到宽版</a></div></div></div>
<div id="hd"><div class="wp"><div class="hdc cl"><h2><a href="./" title="${forum}"><img src="static/image/common/logo.png" alt="${forum}" border="0" /></a></h2><div id="um"><p><a href="member.php?mod=logging&amp;action=login">登录</a> | <a href="member.php?mod=register">立即注册</a></p><p><a href="member.php?mod=logging&amp;action=login&amp;viewlostpw=1">找回密码</a></p></div></div>
<div id="nv"><ul>${['首页', '论坛', '资料下载', '招聘求职', '技术问答', '行业新闻', '考试认证', '设备交易', '排行榜', '搜索', '帮助', '手机版'].map((n, i) => `<li${i === 1 ? ' class="a"' : ''}><a href="forum.php?i=${i}" hidefocus="true">${n}</a></li>`).join('')}</ul></div>
<div id="scbar" class="cl"><form id="scbar_form" method="post" autocomplete="off" action="search.php?searchsubmit=yes" target="_blank"><input type="text" name="srchtxt" id="scbar_txt" value="请输入搜索内容" autocomplete="off" /><button type="submit" name="searchsubmit" id="scbar_btn" sc="1" class="pn pnc" value="true"><strong class="xi2">搜索</strong></button></form><p class="hot">热搜: <a href="search.php?q=1">5G</a><a href="search.php?q=2">光模块</a><a href="search.php?q=3">考试</a><a href="search.php?q=4">面试</a></p></div></div></div>
<div id="wp" class="wp">
<div id="pt" class="bm cl"><div class="z"><a href="./" class="nvhm" title="首页">${forum}</a> <em>&raquo;</em><a href="forum.php">论坛</a> <em>&rsaquo;</em> <a href="forum.php?gid=1">技术交流</a> <em>&rsaquo;</em> <a href="forum-12-1.html">${board}</a> <em>&rsaquo;</em> <a href="${url}">${esc(a.title)}</a></div></div>
<div class="wp a_t"><table cellspacing="0" cellpadding="0"><tr><td width="100%"><a href="https://ad.example-forum.cn/c?i=7" target="_blank">【广告】光模块、交换机、服务器回收 高价上门 电话 138XXXX5678</a></td></tr></table></div>
<div id="ct" class="wp cl">
<div id="pgt" class="pgs mbm cl "><div class="pgt"></div><span class="y pgb"><a href="forum-12-1.html">返回列表</a></span><a id="newspecial" onmouseover="$('newspecial').id = 'newspecialtmp';this.id = 'newspecial';showMenu({'ctrlid':this.id})" onclick="showWindow('newthread', 'forum.php?mod=post&action=newthread&fid=12')" href="javascript:;" title="发新帖"><img src="static/image/common/pn_post.png" alt="发新帖" /></a></div>
<div id="postlist" class="pl bm">
<table cellspacing="0" cellpadding="0"><tr><td class="pls ptn pbn"><div class="hm ptn"><span class="xg1">查看:</span> <span class="xi1">${2871 + k * 913}</span><span class="pipe">|</span><span class="xg1">回复:</span> <span class="xi1">${replies.length}</span></div></td><td class="plc ptm pbn vwthd"><h1 class="ts"><a href="forum-12-1.html">[${pick(['行业动态', '经验分享'], k)}]</a> <span id="thread_subject">${esc(a.title)}</span></h1><span class="xg1"><a href="${url}" onclick="return copyThreadUrl(this, '${forum}')">[复制链接]</a></span></td></tr></table>
<table cellspacing="0" cellpadding="0" class="ad"><tr><td class="pls"></td><td class="plc"></td></tr></table>
${floor('楼主', poster, posted, first, pid, pick(['干一行爱一行，专注射频二十年。QQ群：12345678', '机房无小事，备份要趁早 —— 欢迎交流运维经验'], k), card(poster, 3086 + k * 400, 12544 + k * 300, pick(['版主', '高级会员'], k)))}
<div id="comment_${pid}" class="cm"></div>
<div class="a_pr"><a href="https://ad.example-forum.cn/c?i=9" target="_blank">【推广】${pick(['国产光模块全系列现货，量大从优', '机柜、UPS、精密空调一站式采购'], k)}</a></div>
${rep}
</div>
<div class="pgs mtm mbm cl"><div class="pg"><strong>1</strong><a href="thread-${tid}-2-1.html">2</a><a href="thread-${tid}-2-1.html" class="nxt">下一页</a></div><span class="pgb y"><a href="forum-12-1.html">返回列表</a></span></div>
<div id="f_pst" class="pl bm bmw"><form method="post" autocomplete="off" id="fastpostform" action="forum.php?mod=post&amp;action=reply&amp;fid=12&amp;tid=${tid}"><table cellspacing="0" cellpadding="0"><tr><td class="pls"></td><td class="plc"><div class="pt hm">您需要登录后才可以回帖 <a href="member.php?mod=logging&amp;action=login" class="xi2">登录</a> | <a href="member.php?mod=register" class="xi2">立即注册</a></div><p class="ptm pnpost"><button type="submit" name="replysubmit" id="fastpostsubmit" class="pn pnc vm" value="replysubmit"><strong>发表回复</strong></button></p></td></tr></table></form></div>
</div></div>
<div id="ft" class="wp cl"><div id="flk" class="y"><p><a href="archiver/">Archiver</a><span class="pipe">|</span><a href="forum.php?mobile=yes">手机版</a><span class="pipe">|</span><a href="forum.php?mod=misc&action=showdarkroom">小黑屋</a><span class="pipe">|</span><strong><a href="./" target="_blank">${forum}</a></strong> ( <a href="https://beian.miit.gov.cn/" target="_blank">${pick(BEIAN, k + 4)}</a> )</p><p class="xs0">GMT+8, ${Number(a.date.slice(0, 4)) + 1}-1-${3 + k} 22:${10 + k}<span id="debuginfo">, Processed in 0.0${5 + k}1234 second(s), 8 queries.</span></p></div><div id="frt"><p>Powered by <strong><a href="http://www.discuz.example" target="_blank">Discuz!</a></strong> <em>X3.4</em></p><p class="xs0">&copy; 2001-2024 <a href="http://comsenz.example" target="_blank">Comsenz Inc.</a></p></div></div>
<script type="text/javascript">var relatedlink = [];relatedlink[0] = {'sname':'5G', 'surl':'search.php?q=5G'};relatedlinks('postmessage_${pid}');</script>
</body>
</html>`;
  return {
    name: `m-bbsthread-${k}`,
    html,
    gold: goldOf(a, a.paras, { url, date: a.date, source: null, author: poster, notInBody: ['楼主', '只看该作者', '本帖最后由', 'QQ群', '欢迎交流', '沙发', '感谢楼主', '收藏了', '支持一下', '使用道具', '举报', '推广', '返回列表', '主题', '积分'] }),
  };
};

/** 4. A 街道办事处's page in tables: the headline in a cell, 浏览次数, 打印本页/关闭窗口; `<title>` ends with the office. */
const streetOffice: Template = (a, k) => {
  const district = pick(['东城区', '高新区'], k);
  const office = pick(['东华门街道办事处', '西园街道办事处'], k);
  const full = `${pick(['北京市', '合肥市'], k)}${district}${office}`;
  const url = `http://${pick(['dhm.dongcheng-example', 'xy.hfgx-example'], k)}.gov.cn/${pick(['jdxx/gzdt', 'xxgk/dtxx'], k)}/${a.date.slice(0, 7).replace('-', '')}/t${a.date.slice(0, 10).replace(/-/g, '')}_${pageId(a, k).slice(0, 6)}.html`;
  const src = pick([office, `${district}${office}`], k);
  const left = ['街道概况', '领导信息', '机构设置', '党建工作', '社区动态', '政务公开', '便民服务', '平安建设', '文明创建', '通知公告'];
  const html = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>${esc(a.title)} ${office}</title>
<meta name="SiteName" content="${full}">
<meta name="SiteDomain" content="${url.split('/')[2]}">
<meta name="SiteIDCode" content="${pick(['1101010031', '3401000042'], k)}">
<meta name="ColumnName" content="${pick(['工作动态', '动态信息'], k)}">
<meta name="ColumnType" content="工作动态">
<link href="../../../images/css.css" rel="stylesheet" type="text/css">
<script language="javascript" src="../../../images/jquery.js"></script>
<script language="JavaScript">function doZoom(size){document.getElementById('zoom').style.fontSize=size+'px';}function printit(){window.print();}</script>
<script type="text/javascript">document.write(unescape("%3Cspan id='_ideConac' %3E%3C/span%3E%3Cscript src='http://dcs.conac.example/js/33/000/0000/60429971/CA330000000604299710002.js' type='text/javascript'%3E%3C/script%3E"));</script>
<script id="_trs_ta_js" src="//ta.trs.example/c/js/ta.js?mpid=${2001 + k}" async="async" defer="defer"></script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"GovernmentOrganization","name":"${full}","url":"${url.split('/').slice(0, 3).join('/')}/","address":{"@type":"PostalAddress","addressLocality":"${district}"}}</script>
</head>
<body topmargin="0" leftmargin="0">
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td height="160" background="../../../images/top_bg.jpg"><table width="100%"><tr><td class="logo">${full}</td><td align="right"><a href="/">首页</a> | <a href="javascript:void(0)" onclick="SetHome(this,window.location)">设为首页</a> | <a href="/wza/">无障碍</a> | <a href="/jtb/">长者模式</a></td></tr></table></td></tr></table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="nav"><tr>${['首页', '街道概况', '政务公开', '工作动态', '社区建设', '党建园地', '便民服务', '平安建设', '互动交流', '专题专栏'].map((n) => `<td align="center"><a href="/${n}/" class="navlink">${n}</a></td>`).join('<td width="2"><img src="../../../images/nav_line.gif"></td>')}</tr></table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr>
<td width="230" valign="top" class="leftbg">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td class="left_tit">信息导航</td></tr>${left.map((l) => `<tr><td class="left_item"><a href="/${l}/">${l}</a></td></tr>`).join('')}</table>
<table width="100%" cellpadding="0" cellspacing="0"><tr><td class="left_tit">社区动态</td></tr>${OTHER.slice(2, 7).map((t, i) => `<tr><td class="left_list"><a href="/sqdt/${i}.html">${t.slice(0, 12)}…</a><br><font color="#999999">${pick(['2024-12-1', '2025-01-0'], i + k)}${i + 2}</font></td></tr>`).join('')}</table>
<table width="100%" cellpadding="0" cellspacing="0"><tr><td class="left_tit">联系方式</td></tr><tr><td class="left_item">办公地址：${district}${pick(['东华门大街12号', '西园路88号'], k)}<br>联系电话：${pick(['010-6512XXXX', '0551-6536XXXX'], k)}<br>办公时间：工作日 9:00-17:00</td></tr></table>
</td>
<td width="10"></td>
<td valign="top">
<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td height="36" class="position">您现在的位置：<a href="/">首页</a> &gt;&gt; <a href="/gzdt/">${pick(['工作动态', '动态信息'], k)}</a> &gt;&gt; 正文</td></tr></table>
<table width="96%" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td height="60" align="center" class="title_h"><strong><font style="font-size:20px" color="#C00000">${esc(a.title)}</font></strong></td></tr>
<tr><td height="30" align="center" class="info_line" style="border-bottom:1px dashed #ccc">${pick([`发布时间：${dayOnly(a.date)}　　来源：${esc(src)}　　浏览次数：<span id="hits">356</span>　　【字体：<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>】`, `<span>信息来源：${esc(src)}</span>&nbsp;&nbsp;&nbsp;<span>发布日期：${cnDay(a.date)}</span>&nbsp;&nbsp;&nbsp;<span>浏览次数：<script language="javascript" src="/count/count.asp?id=${pageId(a, k).slice(0, 4)}"></script></span>`], k)}</td></tr>
<tr><td height="20"></td></tr>
<tr><td class="content" id="zoom" style="line-height:200%;font-size:14px">
${a.paras.map((p) => pick([`&nbsp;&nbsp;&nbsp;&nbsp;${esc(p)}<br><br>`, `<p style="text-indent:2em">${esc(p)}</p>`], k)).join('\n')}
${k === 0 ? `<p align="center"><img src="/uploadfiles/${a.date.slice(0, 7).replace('-', '')}/${pageId(a, k)}.jpg" border="0" width="500"></p>` : ''}
</td></tr>
<tr><td height="40" align="right" style="border-top:1px solid #ddd"><a href="javascript:printit()">【打印本页】</a>&nbsp;&nbsp;<a href="javascript:window.close()">【关闭窗口】</a></td></tr>
</table>
<table width="96%" align="center"><tr><td class="xgxx_tit">相关信息</td></tr>${OTHER.slice(5, 9).map((t, i) => `<tr><td class="xgxx"><a href="/gzdt/${i}.html">·${t}</a>　<span class="date">(${pick(['2024-11-2', '2024-10-1'], i + k)}${i + 1})</span></td></tr>`).join('')}</table>
</td></tr></table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="bottom"><tr><td align="center" height="100">主办单位：${full}　　承办：${office}党政办公室<br>地址：${district}${pick(['东华门大街12号', '西园路88号'], k)}　邮编：${pick(['100006', '230088'], k)}　电话：${pick(['010-6512XXXX', '0551-6536XXXX'], k)}<br><a href="https://beian.miit.gov.cn/" target="_blank">${pick(BEIAN, k + 1)}</a>　${POLICE(k)}　网站标识码：${pick(['1101010031', '3401000042'], k)}<br><script type="text/javascript">document.write(unescape("%3Cspan id='_ideConac' %3E%3C/span%3E"));</script>版权所有：${full}　技术支持：某某网络科技有限公司</td></tr></table>
</body>
</html>`;
  return {
    name: `m-street-${k}`,
    html,
    gold: goldOf(a, a.paras, { url, date: dayOnly(a.date), source: src, author: null, notInBody: ['浏览次数', '打印本页', '关闭窗口', '字体', '相关信息', '社区动态', '办公地址', '主办单位', '版权所有', '技术支持', '信息导航'] }),
  };
};

/** 5. A company's 新闻中心: product menu, breadcrumb, the day alone in a span, 400 numbers in the footer. */
const companyNews: Template = (a, k) => {
  const company = pick(['某某光电科技股份有限公司', '某某智能装备有限公司'], k);
  const short = pick(['某某光电', '某某智能'], k);
  const host = pick(['www.mmgd-example.com', 'www.mmzn-example.cn'], k);
  const nid = parseInt(pageId(a, k).slice(0, 4), 16);
  const url = `https://${host}/${pick(['news/gsxw', 'xwzx/gsdt'], k)}/${nid}.html`;
  const products = pick([['光模块', '光器件', '光纤连接器', '激光器芯片', '测试仪表', '定制方案'], ['工业机器人', 'AGV小车', '视觉检测', '智能仓储', '数控系统', '售后服务']], k);
  const html = `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0, user-scalable=no">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>${esc(a.title)}-${pick(['公司新闻', '公司动态'], k)}-${company}</title>
<meta name="keywords" content="${short},${products.slice(0, 3).join(',')}">
<meta name="description" content="${company}是一家专业从事${products[0]}研发、生产和销售的高新技术企业。">
<link rel="stylesheet" href="/static/css/swiper.min.css"><link rel="stylesheet" href="/static/css/animate.min.css"><link rel="stylesheet" href="/static/css/style.css?v=3.2">
<script src="/static/js/jquery.min.js"></script><script src="/static/js/swiper.min.js"></script><script src="/static/js/wow.min.js"></script>
<script>new WOW().init();</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Organization","name":"${company}","url":"https://${host}/","logo":"https://${host}/static/images/logo.png","contactPoint":{"@type":"ContactPoint","telephone":"+86-400-${pick(['8866', '6688'], k)}-${pick(['123', '321'], k)}","contactType":"customer service"}}</script>
${statScripts(k + 2)}
</head>
<body>
<div class="header"><div class="container"><div class="logo"><a href="/"><img src="/static/images/logo.png" alt="${company}"></a></div>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/about/">关于我们</a><div class="subnav"><a href="/about/jj/">公司简介</a><a href="/about/wh/">企业文化</a><a href="/about/ry/">荣誉资质</a><a href="/about/lc/">发展历程</a></div></li><li class="on"><a href="/news/">新闻中心</a><div class="subnav"><a href="/news/gsxw/">公司新闻</a><a href="/news/hyzx/">行业资讯</a><a href="/news/zhxx/">展会信息</a></div></li><li><a href="/product/">产品中心</a><div class="subnav">${products.map((p, i) => `<a href="/product/p${i}/">${p}</a>`).join('')}</div></li><li><a href="/case/">应用案例</a></li><li><a href="/service/">服务支持</a></li><li><a href="/job/">人才招聘</a></li><li><a href="/contact/">联系我们</a></li></ul></div>
<div class="tel"><i class="iconfont icon-dianhua"></i>服务热线：400-${pick(['8866', '6688'], k)}-${pick(['123', '321'], k)}</div><div class="lang"><a href="/">中文</a> / <a href="/en/">EN</a></div></div></div>
<div class="inner-banner" style="background-image:url(/uploads/banner/news.jpg)"><div class="container"><h2>新闻中心</h2><p>NEWS CENTER</p></div></div>
<div class="inner-nav"><div class="container"><div class="sub-menu"><a href="/news/gsxw/" class="active">公司新闻</a><a href="/news/hyzx/">行业资讯</a><a href="/news/zhxx/">展会信息</a></div><div class="crumbs">${pick(['您当前的位置：', '当前位置：'], k)}<a href="/">首页</a> &gt; <a href="/news/">新闻中心</a> &gt; <a href="/news/gsxw/">公司新闻</a></div></div></div>
<div class="news-detail"><div class="container"><div class="row">
<div class="col-md-9"><div class="detail-box">
<h1 class="detail-title">${esc(a.title)}</h1>
<div class="detail-info">${pick([`<span class="time">${dayOnly(a.date)}</span>`, `<span><i class="iconfont icon-time"></i>${dayOnly(a.date)}</span><span><i class="iconfont icon-eye"></i>128</span>`], k)}<div class="bdsharebuttonbox"><span>分享到：</span><a href="#" class="bds_weixin" data-cmd="weixin" title="分享到微信"></a><a href="#" class="bds_tsina" data-cmd="tsina" title="分享到新浪微博"></a><a href="#" class="bds_qzone" data-cmd="qzone" title="分享到QQ空间"></a></div></div>
<div class="detail-con">
${a.paras.map((p, i) => `<p style="text-indent: 2em;"><span style="font-family: 微软雅黑, &quot;Microsoft YaHei&quot;; font-size: 16px;">${esc(p)}</span></p>${i === 0 && k === 0 ? `\n<p style="text-align:center"><img src="/uploads/image/${a.date.slice(0, 10).replace(/-/g, '')}/${nid}.jpg" title="${esc(a.title.slice(0, 10))}" alt="${esc(a.title.slice(0, 10))}"/></p>` : ''}`).join('\n')}
</div>
<div class="detail-page"><p>上一篇：<a href="/news/gsxw/${nid - 1}.html">${pick(['喜报！公司荣获“专精特新”小巨人企业称号', '公司成功举办2024年度供应商大会'], k)}</a></p><p>下一篇：<a href="/news/gsxw/${nid + 1}.html">${pick(['公司携新品亮相光博会', '公司党支部开展主题党日活动'], k)}</a></p></div>
<div class="detail-back"><a href="/news/gsxw/">返回列表</a></div>
</div></div>
<div class="col-md-3"><div class="side-box"><div class="side-tit">新闻分类</div><ul class="side-list"><li><a href="/news/gsxw/">公司新闻</a></li><li><a href="/news/hyzx/">行业资讯</a></li><li><a href="/news/zhxx/">展会信息</a></li></ul></div>
<div class="side-box"><div class="side-tit">推荐产品</div><ul class="side-pro">${products.slice(0, 4).map((p, i) => `<li><a href="/product/p${i}/"><img src="/uploads/pro/${i}.jpg" alt="${p}"><p>${p}</p></a></li>`).join('')}</ul></div>
<div class="side-box side-contact"><div class="side-tit">联系我们</div><p>${company}</p><p>全国服务热线：400-${pick(['8866', '6688'], k)}-${pick(['123', '321'], k)}</p><p>电话：${pick(['0755-2345XXXX', '0512-6789XXXX'], k)}</p><p>邮箱：sales@${host.replace('www.', '')}</p><p>地址：${pick(['深圳市南山区科技园某某大厦8楼', '苏州工业园区某某路66号'], k)}</p></div></div>
</div></div></div>
<div class="footer"><div class="container"><div class="foot-nav">${['关于我们', '新闻中心', '产品中心', '应用案例', '服务支持', '人才招聘', '联系我们'].map((n) => `<dl><dt><a href="/">${n}</a></dt></dl>`).join('')}<div class="foot-code"><img src="/static/images/ewm.jpg" alt="微信公众号"><p>扫一扫 关注我们</p></div></div>
<div class="foot-tel"><p>全国服务热线</p><h3>400-${pick(['8866', '6688'], k)}-${pick(['123', '321'], k)}</h3></div>
<div class="copyright">Copyright &copy; 2024 ${company} 版权所有 <a href="https://beian.miit.gov.cn/" target="_blank" rel="nofollow">${pick(BEIAN, k + 3)}</a> <a href="/sitemap.xml">网站地图</a> 技术支持：<a href="#">某某建站</a></div></div></div>
<div class="float-kefu"><ul><li><a href="tencent://message/?uin=800012345"><i class="iconfont icon-qq"></i><span>在线客服</span></a></li><li><a href="tel:400${pick(['8866', '6688'], k)}${pick(['123', '321'], k)}"><i class="iconfont icon-tel"></i><span>400电话</span></a></li><li class="gotop"><a href="javascript:;"><i class="iconfont icon-top"></i><span>返回顶部</span></a></li></ul></div>
<script>window._bd_share_config={"common":{"bdSnsKey":{},"bdText":"","bdMini":"2","bdMiniList":false,"bdPic":"","bdStyle":"0","bdSize":"24"},"share":{}};with(document)0[(getElementsByTagName('head')[0]||body).appendChild(createElement('script')).src='/static/api/js/share.js?v=89860593.js?cdnversion='+~(-new Date()/36e5)];</script>
</body>
</html>`;
  return {
    name: `m-corpnews-${k}`,
    html,
    gold: goldOf(a, a.paras, { url, date: dayOnly(a.date), source: null, author: null, notInBody: ['分享到', '上一篇', '下一篇', '返回列表', '新闻分类', '推荐产品', '服务热线', '联系我们', '版权所有', '扫一扫', '在线客服', '返回顶部'] }),
  };
};

/** 6. A city TV station's news page: player, 视频文字稿 under it, 编辑/责编/审核 credits, 来源：XX广播电视台. */
const cityTv: Template = (a, k) => {
  const station = pick(['某某市广播电视台', '某某广播电视台'], k);
  const brand = pick(['某某新闻网', '某视界'], k);
  const vid = pageId(a, k);
  const url = `https://www.${pick(['mmtv-example', 'msj-example'], k)}.cn/${pick(['xinwen/bendi', 'news/video'], k)}/${a.date.slice(0, 10).replace(/-/g, '')}/${vid}.shtml`;
  const reporters = a.author ? pick([`记者：${a.author}　${pick(['周凯', '沈越'], k)}`, `记者 ${a.author} 摄像 ${pick(['周凯', '沈越'], k)}`], k) : '';
  const credits = pick([`编辑：${a.editor ?? '陈某'}　责编：${pick(['王宁', '刘畅'], k)}　审核：${pick(['张建华', '李国栋'], k)}`, `编辑｜${a.editor ?? '陈某'}　责编｜${pick(['王宁', '刘畅'], k)}　审核｜${pick(['张建华', '李国栋'], k)}`], k);
  const html = `<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>${esc(a.title)}_${brand}</title>
<meta name="keywords" content="${esc(a.title.slice(0, 10))},${station},新闻">
<meta name="description" content="${esc(a.paras[0].slice(0, 70))}">
<meta name="publishdate" content="${dayOnly(a.date)}">
<meta name="source" content="${station}">
<meta property="og:type" content="video.other">
<meta property="og:title" content="${esc(a.title)}">
<meta property="og:video" content="https://vod.${pick(['mmtv-example', 'msj-example'], k)}.cn/${vid}.mp4">
<link rel="stylesheet" href="https://res.${pick(['mmtv-example', 'msj-example'], k)}.cn/css/detail.css">
<link rel="stylesheet" href="https://res.${pick(['mmtv-example', 'msj-example'], k)}.cn/ckplayer/ckplayer.css">
<script src="https://res.${pick(['mmtv-example', 'msj-example'], k)}.cn/ckplayer/ckplayer.min.js"></script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"VideoObject","name":${JSON.stringify(a.title)},"description":${JSON.stringify(a.paras[0].slice(0, 70))},"thumbnailUrl":["https://img.example-tv.cn/${vid}.jpg"],"uploadDate":"${a.date}:00+08:00","duration":"PT2M${14 + k}S","contentUrl":"https://vod.example-tv.cn/${vid}.mp4","publisher":{"@type":"Organization","name":"${station}"}}</script>
${statScripts(k)}
</head>
<body>
<div class="top-bar"><div class="w1200"><span>${station}旗下网站</span><a href="/app/">下载客户端</a><a href="/live/">直播</a><a href="/epg/">节目单</a></div></div>
<div class="header"><div class="w1200"><a class="logo" href="/"><img src="/images/logo.png" alt="${brand}"></a>
<ul class="menu">${['首页', '本地', '时政', '民生', '经济', '文旅', '教育', '健康', '法治', '县区', '视频', '直播', '电视', '广播', '专题', '问政', '爆料'].map((m, i) => `<li${i === 10 ? ' class="cur"' : ''}><a href="/c${i}/">${m}</a></li>`).join('')}</ul></div></div>
<div class="w1200 crumb"><a href="/">首页</a> &gt; <a href="/news/video/">视频新闻</a> &gt; 正文</div>
<div class="w1200 main clearfix">
<div class="left-col">
<h1 class="art-title">${esc(a.title)}</h1>
<div class="art-info">${pick([`<span class="time">${dash(a.date)}</span><span class="source">来源：${station}</span>`, `<span>来源：${station}</span>　<span>${cnDay(a.date)} ${a.date.slice(11)}</span>　<span class="pv">阅读：<em id="pv">1.2万</em></span>`], k)}</div>
<div class="video-wrap"><div id="player" class="player" style="width:100%;height:480px"></div><p class="player-tip">您的浏览器不支持HTML5视频播放，请升级浏览器</p>
<script type="text/javascript">var videoObject = {container: '#player', variable: 'player', autoplay: false, poster: 'https://img.example-tv.cn/${vid}.jpg', video: 'https://vod.example-tv.cn/${vid}.mp4'};var player = new ckplayer(videoObject);</script></div>
<div class="video-meta"><span>时长：02:${14 + k}</span><span>播放：${3500 + k * 800}次</span></div>
<div class="art-con">
<div class="wzg-tit">${pick(['视频文字稿', '【视频文字稿】'], k)}</div>
${a.paras.map((p) => `<p>${esc(p)}</p>`).join('\n')}
${reporters ? `<p class="reporter">${esc(reporters)}</p>` : ''}
<p class="editor">${esc(credits)}</p>
</div>
<div class="share-bar"><span>分享到：</span><a class="wx">微信</a><a class="wb">微博</a><a class="qq">QQ</a><a class="copy">复制链接</a></div>
<div class="statement">${pick(['声明：本网站所刊载的视频、文字等内容，版权归' + station + '所有，未经授权不得转载。', '（本网视频及文字稿件未经书面授权，不得转载、摘编或以其他方式使用。）'], k)}</div>
<div class="rel-video"><h3>相关视频</h3><ul>${OTHER.slice(1, 5).map((t, i) => `<li><a href="/news/video/${i}.shtml"><img src="/thumb/${i}.jpg"><span class="dur">0${i + 1}:3${i}</span><p>${t}</p><em>${pick(['2024-12-2', '2025-01-0'], i + k)}${i + 1} 19:3${i}</em></a></li>`).join('')}</ul></div>
</div>
<div class="right-col">
<div class="live-box"><h3>正在直播</h3><p>${station}新闻综合频道</p><a href="/live/">进入直播</a></div>
<div class="rank"><h3>热点推荐</h3><ol>${OTHER.slice(5, 10).map((t, i) => `<li><span class="num">${i + 1}</span><a href="/n/${i}.shtml">${t}</a></li>`).join('')}</ol></div>
<div class="qr"><img src="/images/app_qr.png"><p>扫码下载${brand}客户端</p></div>
</div></div>
<div class="footer"><div class="w1200"><p><a href="/about/">关于我们</a> | <a href="/contact/">联系我们</a> | <a href="/ad/">广告服务</a> | <a href="/jubao/">违法和不良信息举报</a></p><p>${station} 版权所有　信息网络传播视听节目许可证：${pick(['1205142', '1304077'], k)}号　<a href="https://beian.miit.gov.cn/">${pick(BEIAN, k + 5)}</a></p><p>举报电话：${pick(['0571-8888XXXX', '0731-8252XXXX'], k)}　举报邮箱：jubao@example-tv.cn</p></div></div>
</body>
</html>`;
  return {
    name: `m-citytv-${k}`,
    html,
    gold: goldOf(a, a.paras, { url, date: a.date, source: station, author: a.author ? a.author : null, notInBody: ['视频文字稿', '编辑', '责编', '审核', '摄像', '分享到', '声明', '授权', '相关视频', '浏览器', '时长', '播放：', '热点推荐', '扫码下载'] }),
  };
};

/** 7. A print version (k=0) or an AMP version (k=1): minimal markup, the headline again in `<h2>`, source and time on one line. */
const printOrAmp: Template = (a, k) => {
  const outlet = pick(['某某在线', '某某网'], k);
  const id = pageId(a, k);
  const canonical = `https://www.${pick(['mmzx-example', 'mmw-example'], k)}.com/${pick(['content', 'a'], k)}/${a.date.slice(0, 10).replace(/-/g, '')}/${id}.html`;
  const url = k === 0 ? `https://www.mmzx-example.com/print.php?contentid=${parseInt(id.slice(0, 5), 16)}` : `https://m.mmw-example.com/amp/${a.date.slice(0, 10).replace(/-/g, '')}/${id}.html`;
  const byline = a.author ? `　作者：${a.author}` : '';
  const html = k === 0
    ? `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>${esc(a.title)}</title>
<meta name="robots" content="noindex,follow">
<link rel="canonical" href="${canonical}">
<style type="text/css">body{font-size:14px;line-height:1.8;margin:20px auto;width:660px}h2{text-align:center;font-size:20px}.info{text-align:center;color:#666;font-size:12px}.noprint{text-align:right}@media print{.noprint{display:none}}</style>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":${JSON.stringify(a.title)},"datePublished":"${a.date}:00+08:00","publisher":{"@type":"Organization","name":"${outlet}"}}</script>
<script language="javascript">function doPrint(){document.getElementById('tools').style.display='none';window.print();document.getElementById('tools').style.display='';}</script>
</head>
<body>
<div class="noprint" id="tools"><a href="javascript:doPrint()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
<div class="logo"><img src="/images/print_logo.gif" alt="${outlet}"></div>
<h2>${esc(a.title)}</h2>
<div class="info">来源：${esc(a.source)}${esc(byline)}　发布时间：${dash(a.date)}</div>
<hr size="1" noshade>
<div class="text">
${a.subtitle ? `<p align="center"><b>——${esc(a.subtitle)}</b></p>\n` : ''}${a.paras.map((p) => `<p>　　${esc(p)}</p>`).join('\n')}
</div>
<hr size="1" noshade>
<div class="url">本文网址：${canonical}</div>
<div class="copy">Copyright &copy; ${outlet} 版权所有，转载请注明出处</div>
<div class="noprint" align="center"><a href="javascript:doPrint()">打印本页</a> | <a href="javascript:window.close()">关闭窗口</a></div>
</body></html>`
    : `<!doctype html>
<html ⚡ lang="zh-CN">
<head>
<meta charset="utf-8">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-analytics" src="https://cdn.ampproject.org/v0/amp-analytics-0.1.js"></script>
<script async custom-element="amp-ad" src="https://cdn.ampproject.org/v0/amp-ad-0.1.js"></script>
<script async custom-element="amp-social-share" src="https://cdn.ampproject.org/v0/amp-social-share-0.1.js"></script>
<title>${esc(a.title)}</title>
<link rel="canonical" href="${canonical}">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","mainEntityOfPage":"${canonical}","headline":${JSON.stringify(a.title)},"datePublished":"${a.date}:00+08:00","dateModified":"${a.date}:00+08:00","image":["https://img.mmw-example.com/${id}.jpg"],"publisher":{"@type":"Organization","name":"${outlet}","logo":{"@type":"ImageObject","url":"https://img.mmw-example.com/logo.png"}}}</script>
<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}@keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}</style><noscript><style amp-boilerplate>body{-webkit-animation:none;animation:none}</style></noscript>
<style amp-custom>body{font-size:17px;line-height:1.75;padding:0 16px}h2{font-size:22px}.meta{color:#888;font-size:13px}.tools a{margin-right:12px}</style>
</head>
<body>
<header class="bar"><a href="https://m.mmw-example.com/"><amp-img src="/logo.png" width="96" height="28" alt="${outlet}"></amp-img></a><a class="full" href="${canonical}">查看完整版</a></header>
<article>
<h2>${esc(a.title)}</h2>
<div class="meta">${cnDay(a.date)} ${a.date.slice(11)}　来源：${esc(a.source)}${esc(byline)}</div>
${a.paras.slice(0, 1).map((p) => `<p>${esc(p)}</p>`).join('')}
<amp-ad width="300" height="250" type="adsense" data-ad-client="ca-pub-0000000000000000" data-ad-slot="1234567890"><div fallback>广告</div></amp-ad>
${a.paras.slice(1).map((p) => `<p>${esc(p)}</p>`).join('\n')}
</article>
<div class="tools"><amp-social-share type="weibo" width="32" height="32"></amp-social-share><amp-social-share type="system" width="32" height="32"></amp-social-share><a href="${canonical}">打印本页</a></div>
<div class="more"><h3>相关新闻</h3><ul>${OTHER.slice(2, 6).map((t, i) => `<li><a href="https://m.mmw-example.com/amp/${i}.html">${t}</a> <span>${pick(['12-0', '11-2'], i)}${i + 1}</span></li>`).join('')}</ul></div>
<footer><a href="https://m.mmw-example.com/">返回${outlet}首页</a> © ${outlet} ${pick(BEIAN, 6)}</footer>
<amp-analytics type="googleanalytics"><script type="application/json">{"vars":{"account":"UA-000000-1"},"triggers":{"trackPageview":{"on":"visible","request":"pageview"}}}</script></amp-analytics>
</body></html>`;
  return {
    name: `m-printamp-${k}`,
    html,
    gold: goldOf(a, a.paras, { url, date: a.date, source: a.source, author: a.author, notInBody: ['打印本页', '关闭窗口', '本文网址', '版权所有', '转载请注明', '查看完整版', '广告', '相关新闻', '返回', ...(a.subtitle ? [a.subtitle] : [])] }),
  };
};

export const HELDOUT21_TEMPLATES: Template[] = [tradeCms, techBlog, forumThread, streetOffice, companyNews, cityTv, printOrAmp];

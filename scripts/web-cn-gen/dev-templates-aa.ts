/**
 * Dev templates of #17's round 18 (tuned on), each a kind a held-out part missed, told by field and family only, in a
 * make and wording of its own: a board's first post signed by a Latin handle with digits (phpBB-like `由 handle » time`
 * and a mobile thread's 楼主 card beside a rank or level), and a blog whose only date and writer are an English
 * `posted @ … handle`/`Posted on … by handle` line after the text (a Han handle linked to the blog's home), under
 * 上一篇/下一篇 links printing their own dates, and a community post signed `handle 于 <time> 发布` whose handle links to the
 * blog's home. The handle is the author; no source. And, for held-out 27's exchange pages (bounds and clean, told by
 * field and family only), a bourse's news in full markup whose short text shares its box with the related links.
 */
import { dash, esc, gold, pageId, pick, type Template } from './common.js';

const menu = (words: string[]): string => words.map((w, i) => `<li><a href="/c/${i}/">${w}</a></li>`).join('');

/** A board's first post: the poster's handle (Latin letters and digits, or Han) in a profile box and the post's byline. */
export const gBoardHandle: Template = (a, k) => {
  const handle = pick(['gearhead1987', 'cnc_laowang2012'], k);
  const [y, m, d] = a.date.slice(0, 10).split('-').map(Number);
  const when = `${y}年${m}月${d}日 ${a.date.slice(11)}`;
  const url = `https://forum.example-gkw${k}.org/viewtopic.php?t=${parseInt(pageId(a, k), 16) % 100000}`;
  const post = k === 0
    ? `<div class="post bg2" id="p1"><div class="inner"><dl class="postprofile"><dt><img class="avatar" src="/avatar/${pageId(a, 1)}.png"><a href="./memberlist.php?mode=viewprofile&amp;u=${pageId(a, 2)}" class="username">${handle}</a></dt><dd class="profile-rank">资深会员</dd><dd><strong>帖子:</strong> 1268</dd><dd><strong>注册时间:</strong> 2017年3月2日</dd></dl>
<div class="postbody"><h3 class="first"><a href="#p1">${esc(a.title)}</a></h3><p class="author">由 <strong><a href="./memberlist.php?mode=viewprofile&amp;u=${pageId(a, 2)}" class="username">${handle}</a></strong> » ${when}</p>
<div class="content">${a.paras.map(esc).join('<br><br>')}</div>
<div class="signature">— 机床是门手艺，也是门生意</div></div></div></div>
<div class="post bg1" id="p2"><div class="inner"><dl class="postprofile"><dt><a class="username" href="./memberlist.php?u=99">刀塔</a></dt><dd><strong>帖子:</strong> 87</dd></dl><div class="postbody"><p class="author">由 <strong>刀塔</strong> » ${y}年${m}月${d + 1}日 10:12</p><div class="content">写得很清楚，收藏了，回头给车间的同事看看。</div></div></div></div>`
    : `<div class="thread-main"><div class="floor-card"><div class="user-row"><img src="/avatar/${pageId(a, 3)}.jpg"><span class="nick">${handle}</span><span class="badge">楼主</span><span class="lv">Lv.6</span></div>
<div class="post-time">发表于 ${dash(a.date)}　<a href="?see_lz=1">只看楼主</a></div>
<div class="floor-body">${a.paras.map((p) => `<div class="para">${esc(p)}</div>`).join('')}</div>
<div class="floor-ops">回复 (${pick(['12', '31'], k)})　点赞 (${pick(['40', '9'], k)})</div></div>
<div class="floor-card"><div class="user-row"><span class="nick">车间小白</span><span class="lv">Lv.2</span></div><div class="post-time">2楼 · 发表于 ${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')} 23:41</div><div class="floor-body"><div class="para">学习了，楼主的数据很有参考价值。</div></div></div></div>`;
  const html = `<!DOCTYPE html><html dir="ltr" lang="zh-cmn-hans"><head><meta charset="utf-8"><title>${esc(a.title)} - ${pick(['工控技术论坛', '机床之家社区'], k)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><link href="./styles/prosilver/theme/stylesheet.css?assets_version=41" rel="stylesheet">
<script>var phpbb={};phpbb.plupload={config:{}};</script></head>
<body id="phpbb" class="section-viewtopic ltr"><div id="wrap"><div class="headerbar"><a class="logo" href="./index.php">${pick(['工控技术论坛', '机床之家社区'], k)}</a><ul class="nav-main">${menu(['首页', '论坛', '搜索', '会员列表', '常见问题', '注册', '登录'])}</ul></div>
<ul class="navbar-crumbs"><li><a href="./index.php">论坛首页</a> ‹ <a href="./viewforum.php?f=3">${pick(['行业杂谈', '设备交流'], k)}</a></li></ul>
<h2 class="topic-title"><a href="${url}">${esc(a.title)}</a></h2>
<div class="action-bar"><a class="button" href="./posting.php?mode=reply">发表回复</a><span class="pagination">${pick(['2 帖子', '32 帖子 • 第 1 页 (共 2 页)'], k)}</span></div>
${post}
<div class="action-bar bottom"><a class="button" href="./posting.php?mode=reply">发表回复</a></div>
<div class="stat-block"><h3>相关主题</h3><ul><li><a href="/t/1">五轴编程的入门路线</a> 2024-02-11</li><li><a href="/t/2">二手机床验收要点</a> 2023-12-30</li></ul></div>
<div class="copyright">Powered by phpBB® Forum Software © phpBB Limited　京ICP备00000000号</div></div></body></html>`;
  return { name: `g-boardhandle-${k}`, html, gold: gold(a, { url, withTime: true, source: null, author: handle, notInBody: ['帖子', pick(['注册时间', '只看楼主'], k), pick(['收藏了', '学习了'], k), '发表回复', '相关主题'] }) };
};

/** A blog whose only date and writer are an English posting line after the text, closed by counters and buttons. */
export const gPostedAt: Template = (a, k) => {
  const handle = pick(['夜猫子运维', '青山码农'], k);
  const url = `https://www.example-cnblog${k}.com/${pick(['nightowl', 'qingshan'], k)}/p/${parseInt(pageId(a, k), 16) % 10000000}.html`;
  const line = k === 0
    ? `<div class="postDesc">posted @ <span id="post-date">${dash(a.date)}</span>&nbsp;<a href="/nightowl">${handle}</a>&nbsp; 阅读(<span id="post_view_count">1873</span>)&nbsp; 评论(<span id="post_comment_count">4</span>)&nbsp; <a href="#">编辑</a>&nbsp; <a href="#">收藏</a>&nbsp; <a href="#">举报</a></div>`
    : `<p class="post-footer">Posted on ${dash(a.date)} by ${handle} · 阅读 (566) · 评论 (0) · <a href="#">推荐 (3)</a></p>`;
  const html = `<!DOCTYPE html><html lang="zh-cn"><head><meta charset="utf-8"><title>${esc(a.title)} - ${pick([handle, '随手记'], k)} - ${pick(['某某园', '青山的小站'], k)}</title>
<meta name="description" content="${esc(a.paras[0].slice(0, 50))}"><script>var currentBlogApp='${pick(['nightowl', 'qingshan'], k)}';var cb_enable_mathjax=false;</script></head>
<body><div id="header"><h1><a id="Header1_HeaderTitle" href="/">${pick(['夜猫子的运维笔记', '青山的小站'], k)}</a></h1><h2>${pick(['记录踩过的坑', '慢慢写，慢慢想'], k)}</h2></div>
<div id="navigator"><ul>${menu(['首页', '新随笔', '联系', '订阅', '管理'])}</ul><div class="blogStats">随笔 - ${pick(['212', '48'], k)}&nbsp; 文章 - 0&nbsp; 评论 - ${pick(['531', '17'], k)}</div></div>
<div id="main"><div class="post"><h1 class="postTitle"><a id="cb_post_title_url" href="${url}">${esc(a.title)}</a></h1>
<div class="postBody"><div id="cnblogs_post_body" class="blogpost-body">
${a.paras.map((p) => `<p>${esc(p)}</p>`).join('\n')}
</div><div id="blog_post_info"><a href="#">好文要顶</a> <a href="#">关注我</a> <a href="#">收藏该文</a></div>
<div id="post_next_prev"><a href="/p/1.html">« </a> 上一篇： <a href="/p/1.html">监控告警的分级</a> ${pick(['发布于 2024-07-30 21:04', '(2024-07-30 21:04)'], k)}<br><a href="/p/3.html">» </a> 下一篇： <a href="/p/3.html">日志采集方案对比</a> ${pick(['发布于 2024-12-01 09:15', '(2024-12-01 09:15)'], k)}</div></div>
${line}</div>
<div class="feedback"><div class="feedbackItem"><a href="#1">#1楼</a> <span class="comment_date">2024-12-20 13:02</span> <a href="/u/x">路过的小李</a><div class="blog_comment_body">写得很清楚，谢谢分享。</div></div></div></div>
<div id="sideBar"><h3>最新随笔</h3><ul><li><a href="/p/3.html">1. 日志采集方案对比</a></li><li><a href="/p/4.html">2. 一次内存泄漏排查</a></li></ul></div>
<div id="footer">Copyright © 2026 ${handle}<br>Powered by .NET 8.0 on Kubernetes</div></body></html>`;
  return { name: `g-postedat-${k}`, html, gold: gold(a, { url, withTime: true, source: null, author: handle, notInBody: ['阅读', '评论', '好文要顶', '上一篇', '最新随笔', '谢谢分享'] }) };
};

/** A tech community's post signed `handle 于 <time> 发布`, the handle linking to the blog's home (no user path), Han or Latin. */
export const gBlogHome: Template = (a, k) => {
  const handle = pick(['码上观潮', 'dataops_lin'], k);
  const home = pick(['guanchao', 'dataops_lin'], k);
  const url = `https://blog.example-devnet.cn/${home}/article/details/${parseInt(pageId(a, k), 16)}`;
  const html = `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(a.title)}_${pick(['行业观察', '数据工程'], k)}-某某开发者社区</title>
<script>var username="${home}";var articleType=1;var blogUrl="https://blog.example-devnet.cn/${home}";</script></head>
<body><div class="toolbar"><a href="/">首页</a><a href="/blog">博客</a><a href="/down">下载</a><a href="/learn">学习</a><a href="/ask">问答</a><a href="/vip">会员中心</a></div>
<div class="blog-content-box"><div class="article-header"><h1 class="title-article">${esc(a.title)}</h1>
<div class="article-info-box"><span class="article-type">${pick(['原创', '转载'], k)}</span><a class="follow-nickName" href="https://blog.example-devnet.cn/${home}">${handle}</a><span class="time">${pick(['已于', '于'], k)} ${dash(a.date)}:26 发布</span><span class="read-count">阅读量${pick(['1.3k', '845'], k)}</span><span>收藏 ${pick(['21', '6'], k)}</span><span>点赞数 ${pick(['17', '3'], k)}</span></div>
<div class="tags-box">文章标签：<a href="/tag/1">${pick(['行业分析', '数据'], k)}</a></div></div>
<div id="content_views" class="markdown_views">
${a.paras.map((p) => `<p>${esc(p)}</p>`).join('\n')}
</div>
<div class="blog-tags-box">版权声明：本文为博主原创文章，遵循 CC 4.0 BY-SA 版权协议，转载请附上原文出处链接和本声明。</div></div>
<div class="recommend-box"><h3>相关推荐</h3><ul><li><a href="/a/1">数据湖选型笔记</a> 2024-06-03</li><li><a href="/a/2">从零搭建监控平台</a> 2023-11-20</li></ul></div>
<div class="footer">©1999-2026 某某开发者社区 京ICP备19000000号</div></body></html>`;
  return { name: `g-bloghome-${k}`, html, gold: gold(a, { url, withTime: true, source: null, author: handle, notInBody: ['阅读量', '文章标签', '版权声明', '相关推荐'] }) };
};

/**
 * A bourse's 本所要闻 in full site markup: an index ticker, a channel menu, the headline boxed with its line, a short text
 * whose box also holds its 相关新闻 links as paragraphs (with or without dates, under tool words), tools and dated lists.
 */
export const gBourseNews: Template = (full, k) => {
  const a = { ...full, paras: full.paras.slice(0, 2 + k) };
  const url = `https://www.example-bourse${k}.com.cn/disclosure/news/c/c_${a.date.slice(0, 10).replace(/-/g, '')}_${parseInt(pageId(a, k), 16) % 10000000}.shtml`;
  const site = pick(['某某证券交易所', '某某期货交易所'], k);
  const related: [string, string][] = [['本所召开2024年会员大会暨理事会会议审议通过多项议案', '2024-11-20'], ['本所举办上市公司可持续发展信息披露专题培训会议', '2024-11-12'], ['本所与境外交易所签署合作谅解备忘录推动互联互通', '2024-10-30']];
  const dated = (items: [string, string][]): string => items.map(([t, d]) => `<li><a href="/n/${t.length}.shtml" title="${t}">${t}</a><span>${d}</span></li>`).join('');
  const html = `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>${pick(['本所要闻', '交易所动态'], k)} | ${site}</title>
<meta name="keywords" content="${site}"><link rel="stylesheet" href="/css/common.css"><script src="/js/jquery.min.js"></script><script>var _paq=window._paq||[];_paq.push(["trackPageView"]);</script></head>
<body><div class="index-ticker"><ul><li>${pick(['某某指数', '某某成指'], k)} <b>3,281.16</b> <i>+0.52%</i></li><li>某某50 <b>2,611.04</b> <i>-0.18%</i></li><li>成交额 <b>4,120亿</b></li><li>更新时间 ${a.date.slice(0, 10)} 15:00</li></ul></div>
<div class="header"><a class="logo" href="/">${site}</a><ul class="menu">${menu(['首页', '关于本所', '本所要闻', '规则', '服务', '披露', '数据', '产品', '投教', '国际', '党建', '搜索'])}</ul></div>
<div class="container"><div class="breadcrumb">${pick(['首页 > 关于本所 > 本所要闻', '当前位置：首页 / 新闻中心 / 交易所动态'], k)}</div>
<div class="left-nav"><h3>${pick(['关于本所', '新闻中心'], k)}</h3><ul>${menu(['本所简介', '本所要闻', '媒体报道', '视频中心', '图片新闻'])}</ul></div>
<div class="right-main"><div class="${pick(['article-infor', 'news_detail'], k)}">
<h2 class="title">${esc(a.title)}</h2>
<div class="article-opt"><span>来源：${pick(['市场发展部', '新闻办公室'], k)}</span><span>日期：${a.date.slice(0, 10)}</span><span class="zoom">字号：<a>大</a><a>中</a><a>小</a></span><a class="print" href="javascript:window.print()">打印</a></div>
<div class="${pick(['allZoom', 'detail_content'], k)}">
${a.paras.map((p) => `<p style="text-indent:2em">${esc(p)}</p>`).join('\n')}
${pick([`<p><strong>相关新闻</strong></p>${related.map(([t]) => `<p><a href="/n/${t.length}.shtml">${t}</a></p>`).join('')}`, `<p>打印本页　关闭窗口</p><p>相关新闻</p>${related.map(([t, d]) => `<p><a href="/n/${t.length}.shtml">${t}</a>（${d}）</p>`).join('')}`], k)}
</div>
<div class="article-tools">【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】</div>
${pick(['', '<div class="share">分享到：<a>微信</a><a>微博</a></div>'], k)}
</div></div>
<div class="side-right"><h3>最新公告</h3><ul>${dated([['关于发布交易规则修订稿的通知', '2024-12-02'], ['关于调整部分品种交易手续费的公告', '2024-11-28']])}</ul></div></div>
<div class="footer"><p><a href="/about">关于我们</a> | <a href="/contact">联系我们</a> | <a href="/legal">法律声明</a></p><p>版权所有 © ${site}　沪ICP备05000000号</p></div></body></html>`;
  return { name: `g-boursenews-${k}`, html, gold: gold(a, { url, withTime: false, source: pick(['市场发展部', '新闻办公室'], k), author: null, notInBody: ['字号', '打印', '关闭', '相关新闻', '最新公告', '版权所有', '成交额'] }) };
};

/**
 * A self-media account's article: the account's card (a Chinese date, or a yearless time dated by the state script;
 * region; +关注) over a text opened by a `文 | X` writer line, the `<title>` printing the account between headline and
 * platform — for held-out 28's self-media source (told by field and family only).
 */
export const gAccountWriter: Template = (a, k) => {
  const account = pick(['产业链观察家', '硬科技前哨'], k);
  const writer = pick(['陈思远', '许知远'], k);
  const url = `https://www.example-hao${k}.com/a/${parseInt(pageId(a, k), 16)}`;
  const [y, m, d] = a.date.slice(0, 10).split('-').map(Number);
  const time = k === 0 ? `${y}年${m}月${d}日 ${a.date.slice(11)}` : a.date.slice(5).replace('T', ' ');
  const html = `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(a.title)}_${account}_某某号</title>
<meta property="og:type" content="article"><meta name="description" content="${esc(a.paras[0].slice(0, 40))}">
<script>window.__PAGE__={"type":"article","media":"${account}","publish_time":"${a.date.replace('T', ' ')}:00"};</script></head>
<body><div class="top-nav"><a href="/">首页</a><a href="/news">资讯</a><a href="/tech">科技</a><a href="/finance">财经</a><a href="/auto">汽车</a><a href="/app">下载APP</a></div>
<div class="main"><div class="article-box"><h1 class="article-title">${esc(a.title)}</h1>
<div class="media-card"><img class="media-avatar" src="/avatar/${pageId(a, 1)}.png"><div class="media-info"><div class="media-name">${account}</div><div class="media-meta"><span>${time}</span><span>${pick(['广东', '上海'], k)}</span></div></div><button class="follow">+关注</button></div>
<div class="article-content">
<p>${pick(['文 | ', '文丨'], k)}${writer}</p>
${a.paras.map((p) => `<p>${esc(p)}</p>`).join('\n')}
</div>
<div class="statement">本文为${pick(['某某号', '号'], k)}作者发布，不代表某某平台立场。</div>
<div class="report"><a>举报</a> <a>反馈</a></div></div>
<div class="author-more"><h3>作者最新文章</h3><ul><li><a href="/a/1">芯片设计工具国产化进展</a><span>11-28 09:12</span></li><li><a href="/a/2">储能电池价格战背后</a><span>11-20 18:40</span></li></ul></div></div>
<div class="footer">© 2026 某某号 京ICP备00000000号</div></body></html>`;
  return { name: `g-acctwriter-${k}`, html, gold: gold(a, { url, withTime: true, source: account, author: writer, notInBody: [pick(['文 |', '文丨'], k), '关注', '不代表', '举报', '作者最新文章'] }) };
};

/** A district media centre's app page: `来源：某某发布`, credits as paragraphs in the text's box, a caption, 打开APP bars. */
export const gDistrictApp: Template = (a, k) => {
  const acct = pick(['某某区发布', '某某新区发布'], k);
  const url = `https://m.example-qrmt${k}.cn/share/article.html?aid=${parseInt(pageId(a, k), 16) % 1000000}&from=timeline`;
  const credits = pick([`<p>编辑：${a.editor}</p><p>审核：周立</p><p>校对：孙梅</p>`, `<p>责任编辑：${a.editor}　一审：吴江　二审：邓华　三审：梁平</p>`], k);
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${esc(a.title)}</title>
<script>var shareData={title:"${esc(a.title)}",imgUrl:"/logo.png"};</script></head>
<body><div class="openapp-top">打开${pick(['智慧某某', '某某融媒'], k)}APP 查看更多精彩</div>
<div class="wrap"><h1 class="title">${esc(a.title)}</h1>
<div class="info"><span>来源：${acct}</span><span>${dash(a.date)}</span><span>${pick(['浏览 1.6万', '阅读量：8732'], k)}</span></div>
<div class="content">
${a.author ? `<p>${pick(['记者', '融媒记者'], k)} ${a.author}</p>` : ''}
${a.paras.map((p, i) => `<p>${esc(p)}</p>${i === 0 ? `<p style="text-align:center"><img src="/pic/${pageId(a, i)}.jpg"></p><p style="text-align:center">${pick(['活动现场。', '图为项目现场'], k)}</p>` : ''}`).join('\n')}
${credits}
</div>
<div class="openapp-bottom"><a>打开APP，参与评论</a></div>
<div class="hot"><h4>热门推荐</h4><ul><li><a href="/a/1">区政府召开常务会议</a><span>${pick(['11-20', '2024-11-20'], k)}</span></li><li><a href="/a/2">冬季供暖正式启动</a><span>${pick(['11-15', '2024-11-15'], k)}</span></li></ul></div></div>
<div class="foot">某某区融媒体中心 版权所有</div></body></html>`;
  return { name: `g-districtapp-${k}`, html, gold: gold(a, { url, withTime: true, source: acct, author: a.author ? [a.author, null] : null, notInBody: [pick(['审核', '一审'], k), pick(['校对', '三审'], k), '打开APP', '热门推荐', '版权所有'] }) };
};

/** A town's 政务公开 article: 附件 and a 扫一扫 box inside the text's container after the last paragraph. */
export const gTownGov: Template = (a, k) => {
  const office = pick(['某某镇人民政府', '某某街道办事处'], k);
  const url = `http://www.example-town${k}.gov.cn/zwgk/${pick(['tzgg', 'gzdt'], k)}/${a.date.slice(0, 7).replace('-', '')}/t${a.date.slice(0, 10).replace(/-/g, '')}_${parseInt(pageId(a, k), 16) % 100000}.html`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}-${office}</title>
<meta name="ColumnName" content="政务公开"><script src="/js/jquery.js"></script></head>
<body><div class="head"><img src="/img/banner.jpg" alt="${office}"></div>
<div class="nav">${menu(['首页', '政务公开', '政务服务', '互动交流', '走进某某', '机构设置', '政策文件', '通知公告', '工作动态', '财政预决算', '重点领域', '依申请公开'])}</div>
<div class="location">当前位置：首页 &gt; 政务公开 &gt; ${pick(['通知公告', '工作动态'], k)}</div>
<div class="article"><div class="art-title">${esc(a.title)}</div>
<div class="art-info">发布时间：${dash(a.date)}　来源：${office}　【字体：<a>大</a> <a>中</a> <a>小</a>】</div>
<div class="art-content">
${a.paras.map((p) => `<p>　　${esc(p)}</p>`).join('\n')}
<div class="fujian"><p>${pick(['附件：', '相关附件：'], k)}</p><p><a href="/f/1.docx">${pick(['1.申报表.docx', '报名回执.xlsx'], k)}</a></p>${k === 0 ? '<p><a href="/f/2.pdf">2.评审细则.pdf</a></p>' : ''}</div>
<div class="ewm"><img src="/ewm.png"><span>${pick(['扫一扫在手机打开当前页', '用手机扫描二维码 查看本页'], k)}</span></div>
</div>
<div class="art-tool"><a>【打印本页】</a> <a>【关闭窗口】</a></div></div>
<div class="foot"><p>主办：${office}　版权所有</p><p>网站标识码：3300000000　浙ICP备00000000号</p></div></body></html>`;
  return { name: `g-towngov-${k}`, html, gold: gold(a, { url, withTime: true, source: office, author: null, notInBody: ['附件', pick(['扫一扫', '扫描二维码'], k), '打印本页', '关闭窗口', '版权所有'] }) };
};

/** A Macau/Hong Kong portal in traditional characters (held-out 29's kind in another make): `發佈時間：…星期二` and `記者：X`, or `（記者 X 報道）` closing the text. */
export const gTradPortal: Template = (a, k) => {
  const outlet = pick(['某某濠江網', '某某港聞網'], k);
  const url = `https://www.example-macau${k}.com/news/${a.date.slice(0, 10).replace(/-/g, '')}/${parseInt(pageId(a, k), 16) % 100000}.html`;
  const [y, m, d] = a.date.slice(0, 10).split('-').map(Number);
  const week = '日一二三四五六'[new Date(Date.UTC(y, m - 1, d)).getUTCDay()];
  const line = k === 0 ? `<div class="news-date">發佈時間：${y}年${m}月${d}日 星期${week}</div><div class="news-author">記者：${a.author ?? '林嘉敏'}</div>` : `<div class="news-date">${y}年${m}月${d}日（星期${week}）</div>`;
  const html = `<!DOCTYPE html><html lang="zh-Hant"><head><meta charset="utf-8"><title>${esc(a.title)} - ${outlet}</title>
<meta property="og:site_name" content="${outlet}"><script type="application/ld+json">{"@type":"NewsArticle","publisher":{"@type":"Organization","name":"${outlet}"}}</script></head>
<body><div class="top">${menu(['首頁', '本地', '港澳', '內地', '國際', '財經', '體育', '娛樂', '專題', '影片'])}</div>
<div class="crumb">首頁 › ${pick(['本地', '財經'], k)}</div><h1>${esc(a.title)}</h1>${line}
<div class="share">分享：<a>Facebook</a> <a>WhatsApp</a> <a>複製連結</a></div>
<div class="news-body">${a.paras.map((p, i) => `<p>${esc(p)}</p>${i === 0 ? '<div class="ad"><span>廣告</span><iframe src="/ad/inread"></iframe></div>' : ''}`).join('\n')}
${k === 1 ? `<p>（記者 ${a.author ?? '林嘉敏'} 報道）</p>` : ''}</div>
<div class="related"><h3>相關新聞</h3><ul><li><a>濠江新一輪消費券下月派發</a> ${y}年${m}月${Math.max(1, d - 2)}日</li><li><a>本地樓市成交回升</a> ${y}年${m}月${Math.max(1, d - 5)}日</li></ul></div>
<div class="footer">© ${outlet} 版權所有</div></body></html>`;
  return { name: `g-tradportal-${k}`, html, gold: gold(a, { url, withTime: false, source: null, author: a.author ?? '林嘉敏', notInBody: ['複製連結', '廣告', '相關新聞', '版權所有', ...(k === 1 ? ['報道）'] : [])] }) };
};

export const DEV_TEMPLATES_AA: Template[] = [gBoardHandle, gPostedAt, gBlogHome, gBourseNews, gAccountWriter, gDistrictApp, gTownGov, gTradPortal];

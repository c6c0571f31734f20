/**
 * The twenty-eighth held-out part (never tuned on), written for #17's round 16 and committed before any change to the
 * extractor: five families no part had, in the markup such sites serve — a tech community's blog post (a 最新推荐文章
 * line with another date above the post's own, code blocks between paragraphs, 版权声明 box, 文章标签, 专栏收录,
 * 点赞/收藏 counters; or a 博客园-like `posted @ … 阅读(N) 评论(N)` footer); a Q&A site's column article (the writer's
 * card above the headline, `编辑于` later than the publication time, which is only in JSON-LD or printed elsewhere); a
 * listed company's 投资者关系 news (a quote box with its own time, a 公司公告 list with later dates beside); a
 * self-media account's article (the account card with 关注, a yearless time, 举报, the account's other articles); and a
 * local TV station's news page (a video player with its duration, 文字稿 under it, 记者/摄像 credits). Each family
 * prints its own texts (heldout28-pool.ts).
 */
import { esc, pageId, pick, type Template } from './common.js';
import type { CnGold } from '../../src/extract/cn-gold-score.js';
import { type Held28Article, HELDOUT28_POOL } from './heldout28-pool.js';

const textOf = (family: Held28Article['family'], k: number): Held28Article => HELDOUT28_POOL.filter((a) => a.family === family)[k];
const hm = (d: string): string => d.slice(11, 16);
const day = (d: string): string => d.slice(0, 10);
const cn = (d: string): string => `${d.slice(0, 4)}年${d.slice(5, 7)}月${d.slice(8, 10)}日`;

/** The gold; `notInBody` keeps the furniture strings this page prints (pages of one template print different ones). */
function goldOf(a: Held28Article, html: string, o: { url: string; date: string; source: string | null; author: CnGold['author']; notInBody: string[] }): CnGold {
  const last = a.paras[a.paras.length - 1];
  return { url: o.url, title: a.title, date: o.date, source: o.source, author: o.author, body_first: a.paras[0].slice(0, 12), body_last: last.slice(-12), not_in_body: o.notInBody.filter((f) => html.includes(f)) };
}

/** Statistics loaders as the heads of such sites carry them. */
const headScripts = (id: string): string => `<script>
var _hmt = _hmt || [];
(function () { var hm = document.createElement("script"); hm.src = "https://hm.example-stat.net/hm.js?${id}"; var s = document.getElementsByTagName("script")[0]; s.parentNode.insertBefore(hm, s); })();
</script>
<script async src="https://www.example-tag.com/gtag/js?id=G-${id.slice(0, 8).toUpperCase()}"></script>
<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag('js', new Date()); gtag('config', 'G-${id.slice(0, 8).toUpperCase()}');</script>`;

const links = (names: string[], base: string): string => names.map((n, i) => `<li><a href="${base}${i + 1}/">${n}</a></li>`).join('');
const datedList = (items: [string, string][], cls: string): string =>
  `<ul class="${cls}">${items.map(([t, d], i) => `<li><a href="/a/${d.replace(/[-/.: ]/g, '').slice(0, 8)}${i}.html" title="${esc(t)}">${esc(t)}</a><span class="time">${d}</span></li>`).join('\n')}</ul>`;
const paras = (ps: string[], attrs = ''): string => ps.map((p) => `<p${attrs}>${esc(p)}</p>`).join('\n');

// ── 1. A tech community's blog post ─────────────────────────────────────────────────────────────────────────────

const BLOG_NAV = ['博客', '下载', '学习', '社区', '问答', '直播', '会员中心', '创作中心', '消息', '历史', '商城', 'AI 工具', '开发者大会', '招聘'];

export const h28Blog: Template = (_a, k) => {
  const a = textOf('blog', k);
  const handle = a.author!;
  const id = parseInt(pageId(a, k), 16) % 90000000 + 10000000;
  const url = pick([`https://blog.example-devnet.net/u_${pageId(a, k).slice(0, 6)}/article/details/${id}`, `https://www.example-cnblogs.com/${pageId(a, k).slice(0, 6)}/p/${id % 10000000}.html`], k);
  const code = a.code!;
  const body = a.paras.map((p, i) => `<p>${esc(p)}</p>${i === code.after ? `\n<pre class="prettyprint"><code class="language-${code.lang} hljs">${code.lines.map(esc).join('\n')}</code><div class="hljs-button" data-title="复制"></div></pre>` : ''}`).join('\n');
  const later = pick(['2026-12-01 10:02:33', '2026-11-28 16:40:05'], k);
  const head = `<!DOCTYPE html>
<html lang="zh-CN"><head>
<meta charset="utf-8">
<link rel="canonical" href="${url}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${esc(a.title)}${pick(['-某某开发者博客', ` - ${handle} - 博客园`], k)}</title>
<meta name="keywords" content="${pick(['rust,日志采集,内存优化', 'postgresql,分区表,慢查询'], k)}">
<meta name="description" content="${esc(a.paras[0].slice(0, 80))}">
<link rel="stylesheet" href="https://cdn.example-devnet.net/release/blogv2/dist/pc/css/detail_enter.min.css">
${headScripts(pick(['6bcd52f51e9b3dce', '1c9d4e5f6a7b8c9d'], k))}
<script type="text/javascript">var username = "${handle}"; var blog_address = "https://blog.example-devnet.net/u_${pageId(a, k).slice(0, 6)}"; var articleId = "${id}"; var articleTitle = "${esc(a.title)}"; var articleDesc = "${esc(a.paras[0].slice(0, 40))}"; var nickName = "${handle}"; var isShowToQuestion = false;</script>
</head>`;
  const html = k === 0 ? `${head}
<body class="nodata" style="">
<div id="toolbarBox" style="min-height: 48px;"><div class="toolbar-inside"><ul class="toolbar-menus">${links(BLOG_NAV, '/nav/')}</ul><div class="toolbar-search"><input placeholder="搜索"><button>搜索</button></div><a class="toolbar-btn-write">创作</a></div></div>
<div class="main_father clearfix d-flex justify-content-center" style="height:100%;">
<div class="container clearfix" id="mainBox">
<main>
<div class="blog-content-box">
<div class="article-header-box">
<div class="article-header">
<div class="article-title-box"><h1 class="title-article" id="articleContentId">${esc(a.title)}</h1></div>
<div class="article-info-box">
<div class="up-time">最新推荐文章于&nbsp;${later}&nbsp;发布</div>
<div class="article-bar-top">
<img class="article-type-img" src="https://cdn.example-devnet.net/images/original.png" alt="">
<div class="bar-content">
<a class="follow-nickName" href="https://blog.example-devnet.net/u_${pageId(a, k).slice(0, 6)}" target="_blank" rel="noopener">${handle}</a>
<img class="article-time-img" src="https://cdn.example-devnet.net/images/newCurrentTime2.png" alt="">
<span class="time">于&nbsp;${day(a.date)} ${hm(a.date)}:12&nbsp;发布</span>
<div class="read-count-box"><img class="article-read-img" src="https://cdn.example-devnet.net/images/articleReadEyes2.png" alt=""><span class="read-count">阅读量3.4k</span>
<a id="blog_detail_zk_collection" class="un-collection" data-report-click='{"mod":"popu_823"}'><img src="https://cdn.example-devnet.net/images/tobarCollect2.png" alt=""><span class="name">收藏</span><span class="get-collection">56</span></a>
<div class="read-count-box is-like"><img src="https://cdn.example-devnet.net/images/like.png" alt=""><span class="read-count">点赞数</span><span>41</span></div></div>
</div>
</div>
<div class="blog-tags-box"><div class="tags-box artic-tag-box"><span class="label">文章标签：</span><a rel="nofollow" class="tag-link" href="/tag/rust">Rust</a><a rel="nofollow" class="tag-link" href="/tag/log">日志采集</a><a rel="nofollow" class="tag-link" href="/tag/perf">性能优化</a></div>
<div class="tags-box"><span class="label">于</span><a class="tag-link" href="/column/1" target="_blank">${pick(['后端性能实战', '数据库那些事'], k)}</a><span class="dec">专栏收录该内容</span><span class="count">23 篇文章</span><a class="follow-column">订阅专栏</a></div></div>
<div class="slide-content-box"><div class="article-copyright"><div class="creativecommons">版权声明：本文为博主原创文章，遵循<a href="http://creativecommons.org/licenses/by-sa/4.0/" target="_blank" rel="noopener"> CC 4.0 BY-SA </a>版权协议，转载请附上原文出处链接和本声明。</div><div class="article-source-link">本文链接：<a href="${url}" target="_blank">${url}</a></div></div></div>
<div class="operating"><a class="href-article-edit slide-toggle">版权</a></div>
</div>
</div>
</div>
<article class="baidu_pl">
<div id="article_content" class="article_content clearfix">
<link rel="stylesheet" href="https://cdn.example-devnet.net/release/blogv2/dist/mdeditor/css/editerView/kdoc_html_views-1a98987dfd.css">
<div id="content_views" class="markdown_views prism-atom-one-dark">
<svg xmlns="http://www.w3.org/2000/svg" style="display: none;"><path stroke-linecap="round" d="M5,0 0,2.5 5,5z" id="raphael-marker-block" style="-webkit-tap-highlight-color: rgba(0, 0, 0, 0);"></path></svg>
${body}
</div>
</div>
</article>
<div class="more-toolbox-new" id="toolBarBox"><div class="left-toolbox"><ul class="toolbox-list"><li class="tool-item tool-item-size tool-active is-like"><a class="tool-item-href"><span class="count">41</span></a>点赞</li><li class="tool-item tool-item-size tool-active is-unlike">踩</li><li class="tool-item tool-item-size tool-active is-collection"><span class="count">56</span>收藏</li><li class="tool-item tool-item-size tool-active is-comment"><span class="count">12</span>评论</li><li class="tool-item tool-item-size tool-active is-share">分享</li></ul></div></div>
<div class="recommend-box"><h3>相关推荐</h3>${datedList([['Go 语言实现高性能日志收集器', '2026-12-01'], ['Vector 与 Fluent Bit 内存占用对比测试', '2026-11-25'], ['从 Python 迁移到 Rust 的十条经验', '2026-11-20']], 'recommend-list')}</div>
<div class="comment-box"><h3>评论 12</h3><div class="comment-list"><div class="comment-line"><a class="nick">code_farmer_88</a><span class="date">2026-11-19 09:12:40</span><span class="text">环形缓冲区那段能不能展开讲讲？</span></div><div class="comment-line"><a class="nick">${handle}</a><span class="date">2026-11-19 12:03:11</span><span class="text">回复 code_farmer_88：下一篇会单独写。</span></div></div></div>
</div>
</main>
<aside class="blog_container_aside"><div id="asideProfile" class="aside-box"><div class="profile-intro"><a class="profile-name">${handle}</a><span class="personal-home-page">码龄8年</span></div><dl><dt>原创</dt><dd>126</dd><dt>周排名</dt><dd>4,582</dd><dt>总排名</dt><dd>21,337</dd><dt>访问</dt><dd>48万+</dd><dt>粉丝</dt><dd>3312</dd></dl><a class="btn-follow">关注</a><a class="btn-msg">私信</a></div>
<div class="aside-box"><h3>最新文章</h3>${datedList([['Kubernetes 节点内存压力驱逐策略详解', '2026-12-01'], ['一次 TCP 半连接队列溢出的排查', '2026-11-26']], 'aside-list')}</div></aside>
</div>
</div>
<div id="copyright-box"><div class="public-footer"><a href="/about">关于我们</a> <a href="/jobs">招贤纳士</a> <a href="/ad">商务合作</a> <a href="/feedback">寻求报道</a> <span>联系我们 400-000-0000</span> <span>某ICP备00000000号</span> <span>公安备案号00000000000000</span> <span>©1999-2026某某网络科技有限公司版权所有</span></div></div>
<script src="https://cdn.example-devnet.net/release/blogv2/dist/pc/js/detail-f7e3a1.min.js"></script>
</body></html>`
    : `${head}
<body>
<a name="top"></a>
<div id="top_nav" class="navbar"><nav id="nav_main" class="navbar-main"><ul id="nav_left" class="navbar-list navbar-left">${links(BLOG_NAV.slice(0, 8), '/site/')}</ul><div class="navbar-search"><input id="zzk_search_input" placeholder="代码改变世界"></div><a href="/signin">登录</a> <a href="/signup">注册</a></nav></div>
<div id="page_begin_html"></div>
<div id="home">
<div id="header"><div id="blogTitle"><a id="lnkBlogLogo" href="/${pageId(a, k).slice(0, 6)}/"><img id="blogLogo" src="/skins/custom/images/logo.gif" alt="返回主页"></a><h1><a id="Header1_HeaderTitle" class="headermaintitle HeaderMainTitle" href="/${pageId(a, k).slice(0, 6)}/">${handle}的技术小站</a></h1><h2>慢一点，想清楚再写代码</h2></div>
<div id="navigator"><ul id="navList"><li><a href="/">博客园</a></li><li><a href="/${pageId(a, k).slice(0, 6)}/">首页</a></li><li><a href="/new">新随笔</a></li><li><a href="/contact">联系</a></li><li><a href="/rss">订阅</a></li><li><a href="/admin">管理</a></li></ul><div class="blogStats">随笔 - 214&nbsp; 文章 - 3&nbsp; 评论 - 587&nbsp; 阅读 - 61万</div></div></div>
<div id="main"><div id="mainContent"><div class="forFlow">
<div id="post_detail">
<div id="topics"><div class="post">
<h1 class="postTitle"><a id="cb_post_title_url" class="postTitle2 vertical-middle" href="${url}"><span role="heading" aria-level="2">${esc(a.title)}</span></a></h1>
<div class="clear"></div>
<div class="postBody">
<div id="cnblogs_post_body" class="blogpost-body cnblogs-markdown">
${body}
</div>
<div class="clear"></div>
<div id="blog_post_info_block" role="contentinfo"><div id="BlogPostCategory">分类: <a href="/category/db.html" target="_blank">数据库</a></div><div id="EntryTag">标签: <a href="/tag/PostgreSQL/">PostgreSQL</a>, <a href="/tag/性能/">性能</a></div>
<div id="green_channel"><a id="green_channel_digg">好文要顶</a> <a id="green_channel_follow">关注我</a> <a id="green_channel_favorite">收藏该文</a> <a id="green_channel_weibo">微信分享</a></div>
<div id="author_profile"><div id="author_profile_info" class="author_profile_info"><a href="/${pageId(a, k).slice(0, 6)}/">${handle}</a><br><a href="/followers">粉丝 - 1024</a> <a href="/followees">关注 - 18</a></div><a class="author_profile_follow">+加关注</a></div>
<div id="div_digg"><div class="diggit"><span class="diggnum" id="digg_count">37</span></div><div class="buryit"><span class="burynum" id="bury_count">0</span></div></div>
<div id="post_next_prev"><a href="/p/1.html" class="p_n_p_prefix">« </a> 上一篇： <a href="/p/1.html" title="发布于 2026-09-30 22:14">MySQL 死锁日志怎么读</a><br><a href="/p/2.html" class="p_n_p_prefix">» </a> 下一篇： <a href="/p/2.html" title="发布于 2026-10-20 07:58">Redis 大 key 在线拆分实践</a></div></div>
</div>
<div class="postDesc">posted @ <span id="post-date" data-last-update-time="2026-10-13 11:20">${day(a.date)} ${hm(a.date)}</span>&nbsp; <a href="/${pageId(a, k).slice(0, 6)}/">${handle}</a>&nbsp; 阅读(<span id="post_view_count">2871</span>)&nbsp; 评论(<span id="post_comment_count">9</span>)&nbsp; <a href="/admin/edit">编辑</a>&nbsp; <a>收藏</a>&nbsp; <a>举报</a></div>
</div></div>
<script>var allowComments = true, cb_blogId = 318842, cb_blogApp = '${pageId(a, k).slice(0, 6)}', cb_entryId = ${id % 10000000}, cb_entryCreatedDate = '${day(a.date)} ${hm(a.date)}', cb_postType = 1;</script>
</div>
<div id="blog-comments-placeholder"><div class="feedback_area_title">评论列表</div><div class="feedbackItem"><div class="feedbackListSubtitle"><a class="layer">#1楼</a> <span class="comment_date">2026-10-12 10:31</span> <a id="a_comment_author_1" href="/u/1/">小白学数据库</a></div><div class="feedbackCon"><div class="blog_comment_body">学到了，原来函数会让分区裁剪失效。</div></div></div></div>
<div id="cnblogs_c1" class="under-post-card"><iframe src="https://ad.example-cnblogs.com/c1" width="300" height="250" frameborder="0"></iframe></div>
<div id="under_post_card1"><div class="itnews under-post-card"><b>编辑推荐：</b><br>· <a href="/n/1">一次线上内存泄漏的定位过程</a><br>· <a href="/n/2">为什么我们放弃了微服务</a></div></div>
</div></div></div>
<div id="sideBar"><div id="sidebar_news" class="newsItem"><h3 class="catListTitle">公告</h3><div id="profile_block">昵称：<a href="/${pageId(a, k).slice(0, 6)}/">${handle}</a><br>园龄：<span title="入园时间：2018-03-02">8年9个月</span><br>粉丝：<a>1024</a><br>关注：<a>18</a><div id="p_b_follow"><a>+加关注</a></div></div></div>
<div id="sidebar_recentposts" class="sidebar-block"><h3 class="catListTitle">最新随笔</h3>${datedList([['Redis 大 key 在线拆分实践', '2026-10-20'], ['MySQL 死锁日志怎么读', '2026-09-30']], 'recent')}</div></div>
</div>
<div id="footer">Copyright &copy; 2026 ${handle}<br><span id="poweredby">Powered by .NET 9 on Kubernetes</span></div>
</body></html>`;
  return { name: `hv-blog-${k}`, html, gold: goldOf(a, html, { url, date: a.date, source: null, author: handle, notInBody: ['最新推荐文章', '阅读量', '文章标签', '专栏收录', '版权声明', '点赞', '收藏', '相关推荐', '评论', '好文要顶', '关注我', 'posted @', '上一篇', '分类:', '标签:', '码龄'] }) };
};

// ── 2. A Q&A site's column article ──────────────────────────────────────────────────────────────────────────────

export const h28Column: Template = (_a, k) => {
  const a = textOf('column', k);
  const pid = parseInt(pageId(a, k), 16) % 900000000 + 600000000;
  const url = `https://zhuanlan.example-qa.com/p/${pid}`;
  const ed = a.edited!;
  const card = `<div class="AuthorInfo"><span class="UserLink AuthorInfo-avatarWrapper"><img class="Avatar AuthorInfo-avatar" src="https://pic1.example-qaimg.com/v2-${pageId(a, 3)}_l.jpg" alt="${a.author}"></span><div class="AuthorInfo-content"><div class="AuthorInfo-head"><a class="UserLink-link" href="//www.example-qa.com/people/${pageId(a, 4)}">${a.author}</a></div><div class="AuthorInfo-detail"><div class="AuthorInfo-badgeText">${esc(a.intro!)}</div></div></div><button class="Button FollowButton Button--primary Button--blue">${pick(['关注他', '+ 关注'], k)}</button></div>`;
  const stamp = pick([
    `<div class="ContentItem-time">编辑于 ${day(ed)} ${hm(ed)}・IP 属地浙江</div>`,
    `<div class="ContentItem-time">发布于 ${day(a.date)} ${hm(a.date)}・编辑于 ${day(ed)} ${hm(ed)}・IP 属地四川</div>`,
  ], k);
  const html = `<!doctype html>
<html lang="zh" data-hairline="true" data-theme="light"><head>
<meta charset="utf-8">
<title data-rh="true">${esc(a.title)} - 知乎</title>
<meta name="viewport" content="width=device-width,initial-scale=1,maximum-scale=1">
<meta name="renderer" content="webkit">
<meta data-rh="true" name="keywords" content="${pick(['创业,奶茶,县城经济', '播客,音频,自媒体'], k)}">
<meta data-rh="true" name="description" property="og:description" content="${esc(a.paras[0].slice(0, 70))}…">
<meta data-rh="true" property="og:title" content="${esc(a.title)}">
<meta data-rh="true" property="og:url" content="${url}">
<meta data-rh="true" property="og:site_name" content="知乎专栏">
<meta data-rh="true" property="og:type" content="article">
<link rel="shortcut icon" type="image/x-icon" href="https://static.example-qa.com/heifetz/favicon.ico">
<link href="https://static.example-qa.com/heifetz/column.app.216a26f4.css" rel="stylesheet">
${headScripts(pick(['98beee57fd2ef70c', '12ab34cd56ef7890'], k))}
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${esc(a.title)}","author":{"@type":"Person","name":"${a.author}","url":"https://www.example-qa.com/people/${pageId(a, 4)}"},"datePublished":"${day(a.date)}T${hm(a.date)}:06+08:00","dateModified":"${day(ed)}T${hm(ed)}:51+08:00","image":"https://pic1.example-qaimg.com/v2-${pageId(a, 5)}_720w.jpg","commentCount":${pick(['148', '63'], k)},"upvoteCount":${pick(['2315', '874'], k)}}</script>
</head>
<body>
<div id="root"><div class="App"><div class="ColumnPageHeader-Wrapper"><div class="ColumnPageHeader"><div class="ColumnPageHeader-content"><a href="//www.example-qa.com" aria-label="知乎"><svg viewBox="0 0 64 30" fill="#1772F6" width="64" height="30"><path d="M29.05 4.582H16.733V25.94h3.018l.403 2.572 4.081-2.572h4.815V4.582z"></path></svg></a><i class="ColumnPageHeader-Line"></i><div class="ColumnPageHeader-Title">首发于<a class="ColumnLink ColumnPageHeader-TitleColumn" href="/c_${pageId(a, 6)}">${pick(['小生意观察', '声音手艺人'], k)}</a></div><div class="ColumnPageHeader-Button"><button class="Button ColumnPageHeader-WriteButton">写文章</button></div></div></div></div>
<main role="main" class="App-main"><div class="Post-content" data-zop-usertoken="{}">
<div class="Post-Row-Content"><div class="Post-Row-Content-left"><article class="Post-Main Post-NormalMain" tabindex="-1">
<header class="Post-Header">
<h1 class="Post-Title">${esc(a.title)}</h1>
<div class="Post-Author">${card}</div>
<div><span class="Voters"><button class="Button Button--plain">${pick(['2315 人赞同了该文章', '874 人赞同了该文章'], k)}</button></span></div>
</header>
<div class="Post-RichTextContainer"><div class="css-376mun"><div class="RichText ztext Post-RichText css-1yl4nn6" options="[object Object]">
${a.paras.map((p, i) => `<p data-pid="${pageId(a, i).slice(0, 8)}">${esc(p)}</p>${i === 1 ? `\n<figure data-size="normal"><img src="https://pic2.example-qaimg.com/80/v2-${pageId(a, 9)}_720w.webp" data-caption="" data-size="normal" data-rawwidth="1080" data-rawheight="720" class="origin_image zh-lightbox-thumb lazy" width="1080"></figure>` : ''}`).join('\n')}
</div></div>
${stamp}
</div>
<div class="Post-topicsAndReviewer"><div class="TopicList Post-Topics"><div class="Tag Topic"><a class="TopicLink" href="//www.example-qa.com/topic/1"><div class="css-1gomreu">${pick(['创业', '播客'], k)}</div></a></div><div class="Tag Topic"><a class="TopicLink" href="//www.example-qa.com/topic/2"><div class="css-1gomreu">${pick(['县城经济', '音频制作'], k)}</div></a></div></div></div>
<div class="ContentItem-actions"><span><button class="Button VoteButton VoteButton--up">​赞同 ${pick(['2315', '874'], k)}</button><button class="Button VoteButton VoteButton--down">反对</button></span><button class="Button ContentItem-action">​${pick(['148 条评论', '63 条评论'], k)}</button><button class="Button ContentItem-action">​分享</button><button class="Button ContentItem-action">​喜欢</button><button class="Button ContentItem-action">​收藏</button><button class="Button ContentItem-action">​申请转载</button></div>
</article>
<div class="Post-Sub Post-NormalSub"><div class="Comments-container"><div class="CommentsV2-header">${pick(['148 条评论', '63 条评论'], k)}</div><div class="CommentItemV2"><a class="UserLink-link">路过的小张</a><div class="CommentItemV2-content">${pick(['县城开店真的是拼房租，说得太实在了。', '衣柜录音法我们也用过，确实有效！'], k)}</div><div class="CommentItemV2-footer"><span class="CommentItemV2-time">${pick(['2026-09-07', '2026-08-15'], k)}</span>・IP 属地广东<button>回复</button><button>赞</button></div></div></div>
<div class="PostIndex-Contributions"><h3>推荐阅读</h3>${datedList([[pick(['在小镇开一家咖啡馆，第一年亏了多少', '独立播客的商业化能走多远'], k), pick(['2026-09-20', '2026-09-01'], k)], [pick(['加盟店为什么总是开在同一条街', '声音设计入门：从降噪开始'], k), pick(['2026-08-30', '2026-07-18'], k)]], 'PostIndex-list')}</div></div>
</div></div></div>
</div></main></div></div>
<script id="js-initialData" type="text/json">{"initialState":{"entities":{"articles":{"${pid}":{"id":${pid},"title":"${esc(a.title)}","author":{"name":"${a.author}","headline":"${esc(a.intro!)}"},"created":${Math.floor(Date.parse(`${a.date}:06+08:00`) / 1000)},"updated":${Math.floor(Date.parse(`${ed}:51+08:00`) / 1000)},"voteupCount":${pick(['2315', '874'], k)}}}}}}</script>
<script src="https://static.example-qa.com/heifetz/column.app.9b0f5c3a.js" defer></script>
</body></html>`;
  return { name: `hv-column-${k}`, html, gold: goldOf(a, html, { url, date: a.date, source: null, author: a.author, notInBody: ['编辑于', '发布于', 'IP 属地', '关注他', '+ 关注', '赞同', '条评论', '推荐阅读', '申请转载', '首发于', esc(a.intro!)] }) };
};

// ── 3. A listed company's 投资者关系 news ────────────────────────────────────────────────────────────────────────

const IR_NAV = ['首页', '关于我们', '产品中心', '解决方案', '新闻中心', '投资者关系', '社会责任', '人才招聘', '联系我们', 'EN'];

export const h28Ir: Template = (_a, k) => {
  const a = textOf('ir', k);
  const url = pick([`https://www.example-kejigufen.com/ir/news/${day(a.date).replace(/-/g, '')}/${pageId(a, k)}.html`, `https://ir.example-xinneng.com.cn/index.php?m=content&c=index&a=show&catid=31&id=${parseInt(pageId(a, k), 16) % 9000}`], k);
  const company = pick(['某某科技股份有限公司', '某某新能源股份有限公司'], k);
  const info = pick([
    `<div class="ir-detail-info"><span>发布时间：${day(a.date)} ${hm(a.date)}</span><span>来源：${a.source}</span><span>浏览次数：<i id="clicks">1562</i></span></div>`,
    `<div class="ir-detail-info"><em>${day(a.date)}</em>　|　<em>${a.source}</em>　|　<a class="print" href="javascript:window.print()">打印</a></div>`,
  ], k);
  const quote = `<div class="stock-box"><div class="stock-hd">股票信息</div><p>证券简称：${pick(['某某科技', '某某新能'], k)}　证券代码：${pick(['603000', '300000'], k)}</p><p>最新价：<b>${pick(['27.46', '13.08'], k)}</b> 涨跌幅：<b class="red">${pick(['+1.85%', '-0.61%'], k)}</b></p><p class="t">更新时间：${pick(['2026-12-04 15:00:03', '2026-12-04 14:59:57'], k)}</p><p class="note">以上数据仅供参考，延迟至少15分钟</p></div>`;
  const notices = datedList([[`${pick(['某某科技', '某某新能'], k)}：关于回购公司股份的进展公告`, '2026-12-03'], [`${pick(['某某科技', '某某新能'], k)}：第五届董事会第十二次会议决议公告`, '2026-11-28'], [`${pick(['某某科技', '某某新能'], k)}：关于持股5%以上股东减持计划实施完毕的公告`, '2026-11-21'], [`${pick(['某某科技', '某某新能'], k)}：2026年第三季度报告`, '2026-10-29']], 'notice-list');
  const html = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<title>${esc(a.title)}-${pick(['投资者关系', '公司动态'], k)}-${company}</title>
<meta name="keywords" content="${company},投资者关系,公司动态,业绩说明会" />
<meta name="description" content="${company}投资者关系频道，发布公司动态、定期报告、临时公告和投资者活动信息。" />
<link href="/statics/css/ir.css?v=3.2" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/statics/js/jquery.min.js"></script>
<script type="text/javascript" src="/statics/js/swiper.min.js"></script>
${headScripts(pick(['cc0f2e3d4a5b6c7d', 'dd1e2f3a4b5c6d7e'], k))}
</head>
<body class="ir-page">
<div class="header"><div class="wrap"><a class="logo" href="/"><img src="/statics/images/logo.png" alt="${company}" /></a><ul class="nav">${links(IR_NAV, '/channel/')}</ul><div class="hotline">服务热线：400-000-0000</div></div></div>
<div class="inner-banner"><img src="/uploads/banner/ir.jpg" alt="" /><div class="banner-txt"><h2>投资者关系</h2><p>Investor Relations</p></div></div>
<div class="sub-nav"><div class="wrap"><ul><li><a href="/ir/">公司概况</a></li><li class="on"><a href="/ir/news/">${pick(['投资者关系动态', '公司动态'], k)}</a></li><li><a href="/ir/notice/">公司公告</a></li><li><a href="/ir/reports/">定期报告</a></li><li><a href="/ir/governance/">公司治理</a></li><li><a href="/ir/contact/">投资者联系</a></li></ul><div class="crumbs">您的位置：<a href="/">首页</a> &gt; <a href="/ir/">投资者关系</a> &gt; <a href="/ir/news/">${pick(['投资者关系动态', '公司动态'], k)}</a> &gt; 详情</div></div></div>
<div class="wrap ir-main clearfix">
<div class="ir-left">
<div class="ir-detail">
<h3 class="ir-detail-title">${esc(a.title)}</h3>
${info}
<div class="ir-detail-con">
${paras(a.paras, ' style="text-indent: 2em; line-height: 2;"')}
</div>
<div class="ir-detail-page"><p>上一条：<a href="/ir/news/1.html">${pick(['公司参加2026年度上市公司投资者集体接待日活动', '公司接待多家机构投资者调研'], k)}</a></p><p>下一条：<a href="/ir/news/2.html">${pick(['公司入选省级智能制造示范工厂', '公司发布2025年度社会责任报告'], k)}</a></p><a class="back" href="/ir/news/">返回列表</a></div>
</div>
</div>
<div class="ir-right">
${quote}
<div class="notice-box"><div class="notice-hd"><span>公司公告</span><a href="/ir/notice/" class="more">更多&gt;&gt;</a></div>${notices}</div>
<div class="ir-contact"><div class="notice-hd"><span>投资者联系方式</span></div><p>董事会秘书：${pick(['郭明', '沈红'], k)}</p><p>电话：0000-00000000</p><p>邮箱：ir@example-ir.com</p><p>地址：某某市高新区创新大道100号</p></div>
</div>
</div>
<div class="footer"><div class="wrap"><div class="f-links">友情链接：<a href="#">上海证券交易所</a> <a href="#">深圳证券交易所</a> <a href="#">巨潮资讯网</a> <a href="#">中国证监会</a></div><p>版权所有 &copy; 2026 ${company}　<a href="https://beian.example.gov.cn/">某ICP备00000000号-2</a>　技术支持：某某网络</p><p class="risk">本网站所载信息仅供参考，不构成任何投资建议。投资者应以公司在指定信息披露媒体刊登的公告为准。</p></div></div>
<script type="text/javascript">$(function(){ $.getJSON('/api/stock?code=${pick(['603000', '300000'], k)}', function(d){ $('.stock-box b').first().text(d.price); }); });</script>
</body></html>`;
  return { name: `hv-ir-${k}`, html, gold: goldOf(a, html, { url, date: k === 0 ? a.date : day(a.date), source: a.source, author: null, notInBody: ['浏览次数', '股票信息', '证券代码', '公司公告', '上一条', '返回列表', '投资者联系方式', '版权所有', '不构成任何投资建议', '打印'] }) };
};

// ── 4. A self-media account's article ───────────────────────────────────────────────────────────────────────────

export const h28SelfMedia: Template = (_a, k) => {
  const a = textOf('selfmedia', k);
  const aid = `${parseInt(pageId(a, k), 16)}${pageId(a, 2).slice(0, 4)}`.replace(/[a-f]/g, '7');
  const url = pick([`https://baijiahao.example-bd.com/s?id=17${aid.slice(0, 17)}&wfr=spider&for=pc`, `https://mbd.example-bd.com/newspage/data/landingsuper?context=%7B%22nid%22%3A%22news_${aid.slice(0, 19)}%22%7D`], k);
  const when = pick([`${a.date.slice(5, 10)} ${hm(a.date)}`, `${cn(a.date)} ${hm(a.date)}`], k);
  const writer = a.author ? `<p class="_2Tg3x">文 | ${a.author}</p>\n` : '';
  const card = `<div class="_2gGWi"><a class="_3W8Zx" href="https://author.example-bd.com/home?app_id=${pageId(a, 1)}"><img class="_1g4Ex" src="https://gips0.example-bdimg.com/it/u=${pageId(a, 2)}" alt=""></a><div class="_3tNyU"><a class="_2HxqA" href="https://author.example-bd.com/home?app_id=${pageId(a, 1)}"><p class="_2gGWi-name">${a.source}</p></a><div class="_2sjh9"><span class="_2sjh9-time">${when}</span><span class="_2sjh9-loc">${pick(['湖南', '浙江'], k)}</span>${pick(['', '<span class="_3w1Ho">优质财经领域创作者</span>'], k)}</div></div><button class="_3Pu0X">+关注</button></div>`;
  const html = `<!DOCTYPE html>
<html><head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width,minimum-scale=1.0,maximum-scale=1.0,user-scalable=no">
<title>${esc(a.title)}</title>
<meta name="description" content="${esc(a.paras[0].slice(0, 60))}">
<meta itemprop="dateUpdate" content="${day(a.date)} ${hm(a.date)}:${pick(['27', '03'], k)}">
<link rel="stylesheet" href="https://mbdp01.example-bdstatic.com/static/landing-pc/css/page.4b1f2c.css">
${headScripts(pick(['b0b1b2b3b4b5b6b7', 'c0c1c2c3c4c5c6c7'], k))}
<script>window.jsonData = {"bsData":{"superlanding":[{"itemType":"text"}],"profitLog":{"contentId":"${aid.slice(0, 19)}","contentType":"news","contentAccId":"${pageId(a, 1)}","contentAccName":"${a.source}"},"comment":{"commentCount":${pick(['37', '215'], k)}},"header":{"appName":"${a.source}"}}};</script>
</head>
<body>
<div id="ssr-content"><div class="_1lhC0">
<div class="_3BqRU"><div class="_1nQ3E"><a href="https://www.example-bd.com/" class="_1fNVd"><img src="https://mbdp01.example-bdstatic.com/static/landing-pc/img/logo_top.png" alt="百度首页"></a><div class="_2QXhS"><a>网页</a><a>资讯</a><a>视频</a><a>图片</a><a>知道</a><a>文库</a><a>贴吧</a><a>地图</a><a>采购</a><a>更多</a></div><a class="_33UPE">登录</a></div></div>
<div class="_2jN0Z"><div class="_18p7x">
<div class="_1lpnK"><div class="sKHSJ">${esc(a.title)}</div>
${card}
</div>
<div data-testid="article" class="_1SG_1"><div class="_3ygOc">
${writer}${a.paras.map((p, i) => `<div class="dpu8C _2kCxD"><p>${esc(p)}</p></div>${i === 1 ? `\n<div class="_1NCGf"><img class="_1g4Ex _1i_Oe" src="https://pics5.example-bdimg.com/feed/${pageId(a, 8)}.jpeg@f_auto?token=${pageId(a, 9)}" width="640"></div>\n<div class="ad-inner"><iframe src="https://pos.example-bd.com/feed?ad=${pageId(a, 10)}" width="640" height="120" frameborder="0"></iframe></div>` : ''}`).join('\n')}
</div>
<div class="_3Lh8F"><span>举报/反馈</span></div>
<div class="_2xNc0">本文仅代表作者观点，不代表百家号立场。</div>
</div>
<div class="_2gGWi-bottom"><div class="_1Yq2k">${a.source}</div><p class="_3L0b1">${esc(a.intro!)}</p><p>${pick(['3.2万获赞 1.1万粉丝', '8621获赞 4377粉丝'], k)}</p><button>关注</button></div>
<div class="_2MLsz"><h3>评论 ${pick(['37', '215'], k)}</h3><div class="_3qnl0"><span class="name">用户${pageId(a, 11).slice(0, 6)}</span><span class="time">${pick(['10-28 08:17', '11-09 12:44'], k)}</span><span class="loc">山东</span><p>${pick(['调表这个太常见了，看销轴最靠谱。', '我家楼下的菜店也是这样活下来的。'], k)}</p><a>回复</a><a>赞</a></div><textarea placeholder="发表你的评论"></textarea></div>
</div>
<div class="_3-aij"><div class="_1zOY9">作者最新文章</div>${datedList([[pick(['装载机出口连续六个月增长', '菜市场里的年轻摊主'], k), pick(['10-25 19:02', '11-07 08:30'], k)], [pick(['塔吊租赁价格回暖了吗', '一家社区书店的十年'], k), pick(['10-21 13:45', '11-02 20:11'], k)]], '_2cv6g')}<div class="_1zOY9">相关推荐</div>${datedList([['二手设备出海的三条路径', '10-26 09:00'], ['县域商业体系建设进展', '10-24 17:20']], '_3Xd2P')}</div>
</div></div>
<div class="_1hw6E"><p>&copy;2026 Example 使用百度前必读 意见反馈 京ICP证000000号 京公网安备00000000000000号</p></div>
</div></div>
<script src="https://mbdp01.example-bdstatic.com/static/landing-pc/js/page.5e6d2a.js"></script>
</body></html>`;
  return { name: `hv-selfmedia-${k}`, html, gold: goldOf(a, html, { url, date: a.date, source: a.source, author: a.author, notInBody: ['+关注', '举报', '不代表百家号立场', '获赞', '作者最新文章', '相关推荐', '发表你的评论', '文 |', esc(a.intro!)] }) };
};

// ── 5. A local TV station's news page ───────────────────────────────────────────────────────────────────────────

const TV_NAV = ['首页', '新闻', '直播', '点播', '栏目', '频道', '专题', '视听', '融媒', '问政', '活动', '关于我们'];

export const h28Tv: Template = (_a, k) => {
  const a = textOf('tv', k);
  const url = pick([`https://www.example-tv.com.cn/news/${day(a.date).slice(0, 7)}/${day(a.date).slice(8)}/ARTI${pageId(a, k).toUpperCase()}.shtml`, `http://news.example-rtv.cn/folder12/${day(a.date).replace(/-/g, '')}/${pageId(a, k)}.html`], k);
  const program = pick(['《某某新闻联播》', '《晚间新闻》'], k);
  const info = pick([
    `<div class="info-bar"><span class="lm">${program}</span><span class="time">${day(a.date)} ${hm(a.date)}:10</span><span class="src">来源：${a.source}</span></div>`,
    `<div class="info-bar"><span>${cn(a.date)} ${hm(a.date)}</span>&nbsp;&nbsp;<span>${a.source}</span>&nbsp;&nbsp;<span>点击：<em id="clicks">--</em></span></div>`,
  ], k);
  const credits = pick([`<p class="credit">记者：${a.author}　${a.camera}</p>`, `<p class="credit">（记者 ${a.author} 摄像 ${a.camera}）</p>`], k);
  const html = `<!DOCTYPE html>
<html lang="zh-CN"><head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<title>${esc(a.title)}_${pick(['新闻频道', '本地新闻'], k)}_${a.source}</title>
<meta name="keywords" content="${pick(['定制公交,跨城通勤,交通', '加装电梯,老旧小区,住建'], k)}">
<meta name="description" content="${esc(a.paras[0].slice(0, 60))}">
<meta name="filetype" content="1"><meta name="publishedtype" content="1"><meta name="pagetype" content="1">
<meta name="catalogs" content="${pick(['5012', '88'], k)}">
<meta name="contentid" content="ARTI${pageId(a, k).toUpperCase()}">
<meta name="publishdate" content="${day(a.date)}">
<link rel="stylesheet" href="/static/css/tv-detail.css">
<script src="/static/js/jquery-1.11.3.min.js"></script>
<script src="https://player.example-tv.com.cn/sdk/h5player.min.js"></script>
${headScripts(pick(['ee7f6a5b4c3d2e1f', 'ff0e1d2c3b4a5968'], k))}
<script>var guid = "${pageId(a, 12)}${pageId(a, 13)}"; var videoTitle = "${esc(a.title)}"; var videoLength = "${pick(['00:02:31', '00:03:05'], k)}";</script>
</head>
<body>
<div class="topbar"><div class="w1200"><a href="/live/">直播</a> <a href="/app/">客户端下载</a> <a href="/login/">登录</a><span class="date-now" id="today"></span></div></div>
<div class="head w1200"><a href="/" class="logo"><img src="/static/img/logo-tv.png" alt="${a.source}"></a><ul class="nav">${links(TV_NAV, '/col/')}</ul></div>
<div class="w1200 crumbs">您当前的位置：<a href="/">首页</a> &gt; <a href="/news/">新闻</a> &gt; <a href="/news/local/">${pick(['本地新闻', '民生'], k)}</a></div>
<div class="w1200 main clearfix">
<div class="col-left">
<h1 class="title">${esc(a.title)}</h1>
${info}
<div class="video-box"><div id="player" class="player" data-guid="${pageId(a, 12)}"><video poster="/uploads/poster/${pageId(a, 14)}.jpg" controls preload="none"><source src="https://vod.example-tv.com.cn/${pageId(a, 12)}/main.m3u8" type="application/x-mpegURL">您的浏览器不支持视频播放</video></div><div class="video-meta"><span>时长：${pick(['02:31', '03:05'], k)}</span><span>播放：<em>1.2万</em></span><a class="dl-app">打开客户端看高清</a></div><script>createVodPlayer({id:"player", guid:guid, autoplay:false, poster:true});</script></div>
<div class="wzg"><h3 class="wzg-hd">${pick(['文字稿', '【新闻文字稿】'], k)}</h3>
<div class="wzg-con" id="text_area">
${paras(a.paras, ' style="text-indent:2em;"')}
${credits}
</div>
<p class="editor">责任编辑：${a.editor}</p>
</div>
<div class="share"><span>分享到：</span><a class="wx">微信</a><a class="wb">微博</a><a class="qzone">QQ空间</a></div>
<div class="xgsp"><h3>相关视频</h3><ul>${[['早高峰地铁加开临时班次', pick(['2026-11-15', '2026-12-03'], k), '01:48'], ['城际铁路新站房封顶', pick(['2026-11-12', '2026-11-30'], k), '02:06']].map(([t, d, l]) => `<li><a href="/v/${d}.shtml"><img src="/uploads/v/${d}.jpg" alt=""><span class="len">${l}</span><p>${t}</p></a><span class="t">${d}</span></li>`).join('')}</ul></div>
</div>
<div class="col-right"><div class="live-box"><h3>正在直播</h3><p>${pick(['新闻综合频道', '公共频道'], k)}</p><p>19:00 某某新闻联播</p><p>19:30 天气预报</p></div><div class="rank"><h3>新闻排行</h3>${datedList([['市区新增三处口袋公园', pick(['2026-11-16', '2026-12-04'], k)], ['中小学冬季作息时间调整', pick(['2026-11-14', '2026-12-02'], k)], ['今冬首场寒潮即将来袭', pick(['2026-11-13', '2026-12-01'], k)]], 'rank-list')}</div></div>
</div>
<div class="footer"><div class="w1200"><p><a href="/about/">关于我们</a> | <a href="/contact/">联系我们</a> | <a href="/ad/">广告服务</a> | <a href="/jubao/">违法和不良信息举报</a></p><p>${a.source} 版权所有　信息网络传播视听节目许可证：000000000号　某ICP备00000000号</p></div></div>
<script>document.getElementById('today').innerText = new Date().toLocaleDateString('zh-CN');</script>
</body></html>`;
  return { name: `hv-tv-${k}`, html, gold: goldOf(a, html, { url, date: a.date, source: a.source, author: a.author, notInBody: ['时长：', '打开客户端', '文字稿', '记者：', '（记者', '摄像', '责任编辑', '分享到', '相关视频', '正在直播', '新闻排行', '版权所有', '您的浏览器不支持'] }) };
};

export const HELDOUT28_TEMPLATES: Template[] = [h28Blog, h28Column, h28Ir, h28SelfMedia, h28Tv];

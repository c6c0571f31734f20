/**
 * The twenty-sixth held-out part (never tuned on), written for #17's round 14 and committed before any change to the
 * extractor: five families no part had, in the markup such sites serve — a portal's 滚动新闻 article (a ticker of timed
 * headlines and three rows of channel links above the headline); a provincial 政务服务 site's news (a 政策解读 and 图解
 * box beside the text, placed before it in the markup); a tech outlet's story with an author card in the sidebar and
 * 相关标签 under the text (one page names its writer only in the card); a university lab's 新闻 page in an old
 * frameset-like table layout (GBK, headline in a table cell, 发布者 an account); and a city paper's page whose date,
 * source and author sit below the headline in a 文章属性 table (labels and values in separate cells, the headline an
 * `<h2>` under a logo `<h1>`). Each family prints its own texts (heldout26-pool.ts).
 */
import { esc, pageId, pick, type Template } from './common.js';
import type { CnGold } from '../../src/extract/cn-gold-score.js';
import { gbk } from './heldout4-templates.js';
import { type Held26Article, HELDOUT26_POOL } from './heldout26-pool.js';

const textOf = (family: Held26Article['family'], k: number): Held26Article => HELDOUT26_POOL.filter((a) => a.family === family)[k];
const hm = (d: string): string => d.slice(11, 16);
const day = (d: string): string => d.slice(0, 10);
const cn = (d: string): string => `${d.slice(0, 4)}年${d.slice(5, 7)}月${d.slice(8, 10)}日`;

/** The gold; `notInBody` keeps the furniture strings this page prints (pages of one template print different ones). */
function goldOf(a: Held26Article, html: string, o: { url: string; date: string; source: string | null; author: CnGold['author']; notInBody: string[] }): CnGold {
  const last = a.paras[a.paras.length - 1];
  return { url: o.url, title: a.title, date: o.date, source: o.source, author: o.author, body_first: a.paras[0].slice(0, 12), body_last: last.slice(-12), not_in_body: o.notInBody.filter((f) => html.includes(f)) };
}

/** Statistics loaders as commercial heads carry them. */
const stats = (id: string): string => `<script>
var _hmt = _hmt || [];
(function () { var hm = document.createElement("script"); hm.src = "https://hm.example-stat.com/hm.js?${id}"; var s = document.getElementsByTagName("script")[0]; s.parentNode.insertBefore(hm, s); })();
</script>
<script type="text/javascript">(function(){ var cnzz = document.createElement("script"); cnzz.src = "https://s4.example-cnzz.com/z_stat.php?id=${id.slice(0, 10)}&web_id=${id.slice(0, 10)}"; document.head.appendChild(cnzz); })();</script>`;

const links = (names: string[], base: string): string => names.map((n, i) => `<a href="${base}${i + 1}/" target="_blank">${n}</a>`).join('\n');
const datedList = (items: [string, string][], cls: string): string =>
  `<ul class="${cls}">${items.map(([t, d], i) => `<li><a href="/a/${d.replace(/[-/.: ]/g, '').slice(0, 8)}/${5200 + i}.shtml" title="${esc(t)}">${esc(t)}</a><span class="time">${d}</span></li>`).join('\n')}</ul>`;
const paras = (ps: string[], attrs = ''): string => ps.map((p) => `<p${attrs}>${esc(p)}</p>`).join('\n');

// ── 1. A portal's 滚动新闻 article: a ticker and three channel rows above the headline ─────────────────────────────

const ROW1 = ['新闻', '国内', '国际', '社会', '军事', '评论', '图片', '视频', '直播', '专题', '滚动'];
const ROW2 = ['财经', '股票', '基金', '理财', '银行', '保险', '期货', '外汇', '黄金', '债券', '港股', '美股'];
const ROW3 = ['科技', '汽车', '房产', '家居', '教育', '健康', '旅游', '时尚', '娱乐', '体育', '游戏', '读书'];

export const h26Scroll: Template = (_a, k) => {
  const a = textOf('scroll', k);
  const url = pick([`https://finance.example-portal.com/roll/${day(a.date).replace(/-/g, '')}/${pageId(a, k)}.shtml`, `https://news.example-portal.com/gn/${day(a.date).replace(/-/g, '')}/doc-${pageId(a, k)}.shtml`], k);
  const ticker: [string, string][] = pick([
    [['央行开展3000亿元MLF操作', '10:12'], ['沪指午前震荡收涨0.4%', '11:31'], ['多家银行下调大额存单利率', '10:47'], ['11月非制造业商务活动指数为50.1%', '09:58']],
    [['气象台发布寒潮蓝色预警', '16:40'], ['铁路部门增开夜间动车组', '16:22'], ['多地公布2027年春节假期安排', '15:51'], ['城市更新项目新开工一千余个', '15:37']],
  ], k);
  const tick = `<div class="roll-ticker"><span class="label">滚动新闻</span><marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">${ticker.map(([t, h]) => `<a href="/roll/${pageId(a, 9)}-${h.replace(':', '')}.shtml">${h} ${esc(t)}</a>`).join('&nbsp;&nbsp;&nbsp;')}</marquee><a class="more" href="/roll/">更多&gt;&gt;</a></div>`;
  const editor = pick(['王晨曦', '赵一鸣'], k);
  const info = pick([
    `<div class="date-source"><span class="date">${day(a.date)} ${hm(a.date)}:10</span><span class="source">来源：<a href="https://www.example-jjckb.cn/" rel="nofollow">${a.source}</a></span><span class="author">作者：${a.author}</span></div>`,
    `<div class="date-source"><span class="date">${cn(a.date)} ${hm(a.date)}</span> <a class="source ent-source" href="https://www.example-xinhua.net/" target="_blank">${a.source}</a></div>`,
  ], k);
  const hot: [string, string][] = pick([
    [['证监会：推动中长期资金入市', '11-30 08:12'], ['A股三大指数集体收涨', '11-29 15:05'], ['人民币汇率中间价上调', '11-29 09:20']],
    [['今冬首场寒潮将影响中东部', '11-08 14:02'], ['全国供热管网改造进度过半', '11-07 10:31'], ['多地发布燃气安全提示', '11-06 18:44']],
  ], k);
  const body = a.paras.map((p, i) => `<p>${esc(p)}</p>${i === 1 ? `\n<div class="ad-inline"><iframe src="https://ad.example-portal.com/show?pos=art_mid_${k}" width="640" height="90" frameborder="0" scrolling="no"></iframe></div>\n<script>(function(){var s=document.createElement('script');s.src='//d.example-portal.com/ad/mid.js?ts='+Date.now();document.body.appendChild(s);})();</script>` : ''}`).join('\n');
  const html = `<!DOCTYPE html>
<html lang="zh-CN"><head>
<meta charset="utf-8">
<title>${esc(a.title)}|${pick(['制造业', '供暖'], k)}_${pick(['财经频道', '新闻中心'], k)}_某某网</title>
<meta name="keywords" content="${pick(['PMI,制造业,国家统计局', '供暖,热计量,住建'], k)}">
<meta name="description" content="${esc(a.paras[0].slice(0, 70))}">
<meta property="og:type" content="news">
<meta property="og:title" content="${esc(a.title)}">
<meta property="article:published_time" content="${day(a.date)}T${hm(a.date)}:10+08:00">
<meta property="article:author" content="${pick(['某某财经', '某某新闻'], k)}">
<meta name="sudameta" content="comment_channel:cj;comment_id:comos-${pageId(a, k)}">
<link rel="stylesheet" href="//n.example-portal.com/css/article_v5.css">
<script src="//n.example-portal.com/js/jquery.min.js"></script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${esc(a.title)}","datePublished":"${day(a.date)}T${hm(a.date)}:10+08:00","publisher":{"@type":"Organization","name":"某某网"}}</script>
${stats(pick(['3c1d5e7f9a0b2c4d', '7e6d5c4b3a291807'], k))}
</head>
<body>
<div class="top-bar"><div class="wrap"><a href="/">某某网首页</a> <a href="/m/">手机版</a> <a href="/app/">客户端</a> <a href="/login/">登录</a> <a href="/reg/">注册</a></div></div>
<div class="header"><a class="logo" href="/"><img src="//n.example-portal.com/img/logo.png" alt="某某网"></a><form class="search" action="/search/"><input name="q" placeholder="搜索"><button>搜索</button></form></div>
<div class="channel-nav">
<div class="row">${links(ROW1, '/news/')}</div>
<div class="row">${links(ROW2, '/finance/')}</div>
<div class="row">${links(ROW3, '/life/')}</div>
</div>
${tick}
<div class="main-content w1000">
<div class="article-wrap">
<div class="crumb"><a href="/">首页</a> &gt; <a href="/${pick(['finance', 'news'], k)}/">${pick(['财经', '新闻'], k)}</a> &gt; <a href="/roll/">滚动</a> &gt; 正文</div>
<h1 class="main-title">${esc(a.title)}</h1>
<div class="top-bar-wrap">${info}
<div class="share-tools"><span>分享到：</span><a class="wx">微信</a><a class="wb">微博</a><a class="qq">QQ空间</a><a class="cmt" href="#comment">评论<em>${12 + k * 37}</em></a><span class="font">字号 <a>大</a><a>小</a></span></div></div>
<div class="article" id="artibody">
${body}
</div>
<p class="show_author">责任编辑：${editor}</p>
<div class="article-keywords">文章关键词：<a>${pick(['PMI', '供暖'], k)}</a> <a>${pick(['制造业', '热计量'], k)}</a></div>
<div class="app-down"><img src="/img/app-qr.png" alt="">扫码下载某某新闻客户端，第一时间获取滚动资讯</div>
<div class="blk-related"><h3>相关新闻</h3>${datedList(hot.slice(1), 'rel-list')}</div>
<div id="comment" class="comment-box"><h3>我要评论</h3><textarea placeholder="文明上网，理性发言"></textarea><button>发布</button><div class="cmt-item"><span class="nick">手机用户${k + 3}</span><span class="t">${pick(['11-30 10:26', '11-08 17:02'], k)}</span><p>${pick(['数据不错，期待明年继续向好。', '我们小区今年终于按用热量收费了。'], k)}</p></div></div>
</div>
<div class="side"><div class="side-box"><h3>24小时点击排行</h3>${datedList(hot, 'rank')}</div><div class="side-ad"><iframe src="https://ad.example-portal.com/show?pos=side_${k}" width="300" height="250" frameborder="0"></iframe></div></div>
</div>
<div class="footer"><p><a href="/about/">关于我们</a> | <a href="/contact/">联系我们</a> | <a href="/ad/">广告服务</a> | <a href="/jobs/">招聘信息</a> | <a href="/law/">网站律师</a></p><p>违法和不良信息举报电话：010-00000000 举报邮箱：jubao@example-portal.com</p><p>Copyright &copy; 1998-2026 某某网 版权所有 京ICP证000000号</p></div>
</body></html>`;
  return { name: `l-scroll-${k}`, html, gold: goldOf(a, html, { url, date: a.date, source: a.source, author: a.author, notInBody: ['责任编辑', '文章关键词', '扫码下载', '相关新闻', '我要评论', '滚动新闻', '版权所有', ticker[0][0]] }) };
};

// ── 2. A provincial 政务服务 site: 政策解读 and 图解 beside the text ───────────────────────────────────────────────

const ZW_NAV = ['首页', '政务公开', '政务服务', '互动交流', '走进我省', '个人办事', '法人办事', '部门服务', '一件事一次办', '好差评', '办件查询', '政策文件', '政策解读', '图解政策', '新闻发布会', '数据发布'];

export const h26Zwfw: Template = (_a, k) => {
  const a = textOf('zwfw', k);
  const url = pick([`https://www.example-prov.gov.cn/art/${day(a.date).slice(0, 4)}/${Number(day(a.date).slice(5, 7))}/${Number(day(a.date).slice(8, 10))}/art_1229${pageId(a, k).slice(0, 6)}.html`, `https://zwfw.example-prov.gov.cn/col/col1681/art/${day(a.date).replace(/-/g, '')}/${pageId(a, k)}.html`], k);
  const side = pick([
    `<div class="zcjd-box fr"><div class="box-hd">政策解读</div><ul><li><a href="/art/2026/11/18/art_88.html">一图读懂：支持个体工商户发展十二条措施</a><span>2026-11-18</span></li><li><a href="/art/2026/11/18/art_89.html">省市场监管局有关负责人解读支持个体工商户发展措施</a><span>2026-11-18</span></li></ul>
<div class="box-hd">图解</div><div class="tj-pic"><a href="/art/2026/11/19/art_90.html"><img src="/picture/tj_${k}.jpg" alt="图解"><p>图解｜个体工商户可享哪些补贴</p></a></div></div>`,
    `<aside class="xgjd"><h4>相关解读</h4><dl><dt>【政策解读】</dt><dd><a href="/art/2026/10/30/art_61.html">企业开办“一日办结”怎么办？官方解答来了</a>（2026-10-30）</dd><dt>【图解】</dt><dd><a href="/art/2026/10/31/art_62.html"><img src="/picture/tj_${k}.png" alt="">图解：企业开办全程网办操作指南</a>（2026-10-31）</dd><dt>【视频解读】</dt><dd><a href="/art/2026/11/02/art_63.html">三分钟看懂企业开办新流程</a></dd></dl></aside>`,
  ], k);
  const info = pick([
    `<div class="article-info"><span>发布时间：${day(a.date)} ${hm(a.date)}</span><span>来源：${a.source}</span><span class="zh">字号：[<a>大</a> <a>中</a> <a>小</a>]</span><span>浏览次数：<i id="vc">--</i></span></div>`,
    `<div class="article-info"><span>信息来源：${a.source}</span><span>发布日期：${day(a.date)}</span><span>作者：${a.author}</span><span>浏览次数：<script>document.write("3415");</script></span></div>`,
  ], k);
  const html = `<!DOCTYPE html>
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>${esc(a.title)} ${pick(['政务动态', '政务服务动态'], k)} 某某省人民政府</title>
<meta name="SiteName" content="某某省人民政府">
<meta name="SiteDomain" content="www.example-prov.gov.cn">
<meta name="SiteIDCode" content="3300000001">
<meta name="ColumnName" content="${pick(['政务动态', '政务服务动态'], k)}">
<meta name="ArticleTitle" content="${esc(a.title)}">
<meta name="PubDate" content="${day(a.date)} ${hm(a.date)}">
<meta name="ContentSource" content="${a.source}">
<link rel="stylesheet" href="/module/jslib/bootstrap/css/bootstrap.min.css">
<script src="/module/jslib/jquery/jquery.js"></script>
<script src="https://www.example-prov.gov.cn/module/visitcount/visit.js?webid=1&amp;colid=1229"></script>
${stats(pick(['0a1b2c3d4e5f6071', '1122334455667788'], k))}
</head>
<body>
<div class="zw-top"><div class="w1200"><span>欢迎访问某某省人民政府门户网站</span><a href="/wza/">无障碍</a> <a href="/elder/">长者模式</a> <a href="/en/">English</a> <a href="/login/">登录</a> <a href="/reg/">注册</a></div></div>
<div class="zw-header"><img src="/images/banner.png" alt="某某省人民政府"><div class="search"><input placeholder="请输入关键词"><a>搜索</a></div></div>
<div class="zw-nav"><ul>${ZW_NAV.map((n, i) => `<li><a href="/col/col${1200 + i}/index.html">${n}</a></li>`).join('')}</ul></div>
<div class="hot-service"><span>热门服务：</span><a>企业开办</a> <a>社保查询</a> <a>公积金提取</a> <a>不动产登记</a> <a>出入境办证</a> <a>医保报销</a></div>
<div class="w1200 main">
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/col/col1201/">${pick(['政务公开', '政务服务'], k)}</a> &gt; <a href="/col/col1229/">${pick(['政务动态', '政务服务动态'], k)}</a></div>
<div class="article-box">
<h1 class="article-title">${esc(a.title)}</h1>
${info}
${side}
<div class="article-con" id="zoom">
<!--<$[信息内容]>begin-->
${paras(a.paras, ' style="text-indent:2em;"')}
<!--<$[信息内容]>end-->
</div>
<div class="fj">${pick(['附件：<a href="/module/download/downfile.jsp?filename=cs.pdf">关于进一步支持个体工商户发展的若干措施.pdf</a>', '扫一扫在手机打开当前页<img src="/qr.png" alt="">'], k)}</div>
<div class="article-tools"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
</div>
<div class="related"><h3>相关信息</h3>${datedList(pick([[['省市场监管局开展个体工商户分型分类精准帮扶', '2026-11-10'], ['全省个体工商户数量突破六百万户', '2026-10-21']], [['政务服务中心延时服务全面推开', '2026-10-22'], ['全省推广“免证办”事项清单', '2026-10-15']]] as [string, string][][], k), 'xgxx')}</div>
</div>
<div class="zw-footer"><p><a href="/col/col1/">网站地图</a> | <a href="/col/col2/">联系我们</a> | <a href="/col/col3/">使用帮助</a></p><p>主办：某某省人民政府办公厅　承办：某某省大数据发展管理局</p><p>网站标识码：3300000001　某ICP备05000000号　<img src="/images/gongan.png">某公网安备 33000000000001号</p><p><img src="/images/jiucuo.png" alt="政府网站找错"></p></div>
</body></html>`;
  return { name: `l-zwfw-${k}`, html, gold: goldOf(a, html, { url, date: k === 0 ? a.date : day(a.date), source: a.source, author: a.author, notInBody: ['政策解读', '图解', '相关解读', '附件', '扫一扫在手机打开当前页', '打印本页', '相关信息', '网站标识码'] }) };
};

// ── 3. A tech outlet: the author card in the sidebar, 相关标签 under the text ──────────────────────────────────────

export const h26Tech: Template = (_a, k) => {
  const a = textOf('tech', k);
  const url = pick([`https://www.example-techmedia.com/article/${900000 + k * 17}.html`, `https://www.example-ai-daily.cn/p/${pageId(a, k)}`], k);
  const card = pick([
    `<div class="author-card"><a href="/author/shenyifan"><img class="avatar" src="/avatar/${k}.jpg" alt="${a.author}"></a><div class="author-name"><a href="/author/shenyifan">${a.author}</a><i class="v-icon" title="认证作者"></i></div><p class="author-intro">资深记者，关注芯片、服务器与基础软件。</p><div class="author-stat"><span>文章<b>356</b></span><span>总阅读<b>412万</b></span><span>粉丝<b>1.2万</b></span></div><a class="follow-btn">+ 关注</a>
<div class="author-recent"><h4>作者最近文章</h4>${datedList([['存算一体芯片迎来量产前夜', '2026-11-18'], ['国产GPU厂商密集发布新品', '2026-11-09']], 'recent')}</div></div>`,
    `<section class="side-author"><div class="hd">本文作者</div><div class="bd"><img src="/avatar/${k}.png" alt=""><div class="info"><a class="name" href="/u/gunian">${a.author}</a><span class="title">高级编辑</span></div><p class="desc">长期跟踪消费电子与端侧AI，邮箱：gunian@example-ai-daily.cn</p><a class="more">查看TA的全部文章 &gt;</a></div></section>`,
  ], k);
  const meta = pick([
    `<div class="article-meta"><a class="meta-author" href="/author/shenyifan">${a.author}</a><span class="dot">·</span><time datetime="${day(a.date)}T${hm(a.date)}:00+08:00">${day(a.date)} ${hm(a.date)}</time><span class="dot">·</span><span class="read">阅读 3.2万</span></div>`,
    `<div class="article-meta"><span class="column">深度</span><span class="time">${day(a.date)} ${hm(a.date)}</span><span class="read">2.1万阅读</span></div>`,
  ], k);
  const tags = pick(['RISC-V', '端侧AI'], k);
  const body = a.paras.map((p, i) => `<p>${esc(p)}</p>${i === 0 ? `\n<figure class="img-box"><img src="/uploads/${pageId(a, k)}.jpg" alt=""><figcaption>${pick(['图片来源：受访者供图', '图源：视觉中国'], k)}</figcaption></figure>` : ''}`).join('\n');
  const html = `<!DOCTYPE html>
<html lang="zh-CN"><head>
<meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${esc(a.title)} - ${pick(['某科技', '某AI日报'], k)}</title>
<meta name="description" content="${esc(a.paras[0].slice(0, 80))}">
<meta property="og:title" content="${esc(a.title)}">
<meta property="og:site_name" content="${pick(['某科技', '某AI日报'], k)}">
<meta name="author" content="${pick(['某科技', '某AI日报'], k)}">
<link rel="preload" as="script" href="/_next/static/chunks/main-${pageId(a, k)}.js">
<link rel="stylesheet" href="/_next/static/css/${pageId(a, 7)}.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${esc(a.title)}","datePublished":"${day(a.date)}T${hm(a.date)}:00+08:00","author":{"@type":"Organization","name":"${pick(['某科技', '某AI日报'], k)}"},"image":["https://img.example-techmedia.com/${pageId(a, k)}.jpg"]}</script>
${stats(pick(['5f5f5f5f0e0e0e0e', '9a9a8b8b7c7c6d6d'], k))}
</head>
<body><div id="__next">
<header class="site-header"><a class="logo" href="/">${pick(['某科技', '某AI日报'], k)}</a><nav><a href="/">首页</a><a href="/news/">快讯</a><a href="/chip/">芯片</a><a href="/ai/">人工智能</a><a href="/auto/">智能汽车</a><a href="/phone/">手机</a><a href="/cloud/">云计算</a><a href="/vc/">创投</a><a href="/report/">研究报告</a><a href="/event/">活动</a></nav><a class="login">登录</a></header>
<main class="container"><div class="row">
<article class="col-main">
<div class="crumbs"><a href="/">首页</a> / <a href="/${pick(['chip', 'phone'], k)}/">${pick(['芯片', '手机'], k)}</a></div>
<h1 class="article-title">${esc(a.title)}</h1>
${meta}
<div class="summary"><span>摘要：</span>${pick(['RISC-V服务器芯片的软件生态正在补课。', '端侧大模型正在下沉，但能做的事情也在变少。'], k)}</div>
<div class="article-content">
${body}
</div>
<div class="copyright-note">${pick(['本文为某科技原创，未经授权禁止转载。', '【本文由某AI日报原创，转载请联系授权】'], k)}</div>
<div class="article-tags"><span>相关标签：</span><a href="/tag/1">#${tags}</a><a href="/tag/2">#${pick(['服务器', '手机'], k)}</a><a href="/tag/3">#${pick(['数据库', '大模型'], k)}</a></div>
<div class="article-actions"><button class="like">点赞 ${48 + k}</button><button class="fav">收藏</button><button class="share">分享</button></div>
<div class="related-posts"><h3>推荐阅读</h3>${datedList(pick([[['开源数据库社区发布RISC-V适配指南', '2026-11-20'], ['云服务商上线ARM与RISC-V混合集群', '2026-11-13']], [['一文看懂手机NPU算力之争', '2026-10-11'], ['端侧模型的隐私边界在哪里', '2026-10-02']]] as [string, string][][], k), 'rec')}</div>
<div class="comments"><h3>评论（${3 + k}）</h3><div class="c"><b>芯片观察者</b><span>${pick(['2026-11-24 13:02', '2026-10-16 09:47'], k)}</span><p>${pick(['生态才是关键，期待更多适配。', '8GB能跑起来已经很不容易了。'], k)}</p></div></div>
</article>
<aside class="col-side">${card}
<div class="side-hot"><h4>24小时热文</h4>${datedList([['AI算力租赁价格回落', '1小时前'], ['某手机品牌发布新系统', '3小时前']], 'hot')}</div></aside>
</div></main>
<footer class="site-footer"><p>&copy; 2026 ${pick(['某科技', '某AI日报'], k)} 版权所有</p><p>京ICP备00000000号-1 | 京公网安备11010500000000号</p></footer>
</div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"id":${900000 + k * 17},"publishedAt":${Date.UTC(Number(a.date.slice(0, 4)), Number(a.date.slice(5, 7)) - 1, Number(a.date.slice(8, 10)), Number(a.date.slice(11, 13)) - 8, Number(a.date.slice(14, 16))) / 1000}}},"page":"/article/[id]"}</script>
</body></html>`;
  return { name: `l-tech-${k}`, html, gold: goldOf(a, html, { url, date: a.date, source: null, author: a.author, notInBody: ['原创', '相关标签', '推荐阅读', '点赞', '作者最近文章', '本文作者', '24小时热文', '版权所有', '摘要：', '图片来源', '图源'] }) };
};

// ── 4. A university lab's 新闻 page: an old frameset-like table layout (GBK) ───────────────────────────────────────

const LAB_MENU = ['实验室首页', '实验室概况', '研究方向', '研究队伍', '科研成果', '新闻动态', '学术交流', '开放课题', '人才培养', '仪器设备', '规章制度', '联系我们'];

export const h26Lab: Template = (_a, k) => {
  const a = textOf('lab', k);
  const url = pick([`http://clxy.example-univ.edu.cn/lab/news_show.asp?id=${1800 + k}`, `http://www.example-univ.edu.cn/eslab/info/1021/${3300 + k}.htm`], k);
  const lab = pick(['先进光电材料实验室', '储能材料与器件重点实验室'], k);
  const info = pick([
    `<td height="30" align="center" class="info">来源：${a.source}&nbsp;&nbsp;&nbsp;作者：${a.author}&nbsp;&nbsp;&nbsp;发布时间：${day(a.date)}&nbsp;&nbsp;&nbsp;点击数：<script language="javascript" src="/lab/count.asp?id=${1800 + k}"></script></td>`,
    `<td height="30" align="center" class="info">发布者：admin&nbsp;&nbsp;&nbsp;&nbsp;发布时间：${day(a.date).replace(/-0/g, '-')}&nbsp;&nbsp;&nbsp;&nbsp;浏览次数：<span id="dynclicks_1021_${3300 + k}"></span></td>`,
  ], k);
  const html = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>${lab}</title>
<link href="/lab/css/style.css" rel="stylesheet" type="text/css">
<script language="JavaScript" src="/lab/js/menu.js"></script>
<script language="JavaScript">function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }</script>
</head>
<body leftmargin="0" topmargin="0" marginwidth="0" marginheight="0" bgcolor="#EEF3F8">
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr><td height="120" background="/lab/images/banner.jpg"><img src="/lab/images/logo.gif" width="480" height="80" alt="${lab}"></td></tr>
  <tr><td height="32" bgcolor="#1F4E8C" class="topmenu">${LAB_MENU.map((n, i) => `<a href="/lab/list.asp?cid=${i + 1}">${n}</a>`).join(' | ')}</td></tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
  <tr>
    <td width="220" valign="top" class="leftbg">
      <table width="100%" border="0" cellspacing="0" cellpadding="0">
        <tr><td height="35" class="lefttitle">新闻动态</td></tr>
        <tr><td class="leftmenu"><a href="/lab/list.asp?cid=6&amp;s=1">实验室新闻</a><br><a href="/lab/list.asp?cid=6&amp;s=2">通知公告</a><br><a href="/lab/list.asp?cid=6&amp;s=3">学术报告</a><br><a href="/lab/list.asp?cid=6&amp;s=4">媒体报道</a></td></tr>
        <tr><td height="35" class="lefttitle">快速链接</td></tr>
        <tr><td class="leftmenu"><a href="http://www.example-univ.edu.cn/">学校主页</a><br><a href="http://clxy.example-univ.edu.cn/">学院主页</a><br><a href="http://lib.example-univ.edu.cn/">图书馆</a><br><a href="/lab/yqyy.asp">仪器预约</a></td></tr>
      </table>
    </td>
    <td width="10">&nbsp;</td>
    <td valign="top">
      <table width="100%" border="0" cellspacing="0" cellpadding="0">
        <tr><td height="30" class="position">您现在的位置：<a href="/lab/">首页</a> &gt;&gt; <a href="/lab/list.asp?cid=6">新闻动态</a> &gt;&gt; 正文</td></tr>
        <tr><td height="50" align="center" class="newstitle"><font size="4" color="#1F4E8C"><strong>${esc(a.title)}</strong></font></td></tr>
        <tr>${info}</tr>
        <tr><td height="1" bgcolor="#CCCCCC"></td></tr>
        <tr><td class="content" valign="top"><div id="vsb_content">
${pick([`<p align="center"><img src="/lab/upload/${pageId(a, k)}.jpg" width="500" border="0"></p><p align="center">图为器件弯折测试</p>`, `<p align="center"><img src="/lab/upload/${pageId(a, k)}.jpg" width="500" border="0"></p><p align="center">会议现场</p>`], k)}
${paras(a.paras, ' style="text-indent:2em; line-height:180%;"')}
</div></td></tr>
        <tr><td height="40" align="right"><a href="javascript:window.print()">【打印此页】</a>&nbsp;<a href="javascript:window.close()">【关闭窗口】</a></td></tr>
        <tr><td class="prevnext">上一条：<a href="/lab/news_show.asp?id=${1790 + k}">${pick(['实验室举办青年学者学术沙龙', '实验室开放日活动顺利举行'], k)}</a><br>下一条：<a href="/lab/news_show.asp?id=${1810 + k}">${pick(['我院教师获省自然科学奖二等奖', '实验室新增两台大型仪器设备'], k)}</a></td></tr>
      </table>
    </td>
  </tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr><td height="70" align="center" bgcolor="#1F4E8C" class="foot">版权所有：某某大学${lab}　地址：某某市大学路88号　邮编：310000<br>电话：0571-00000000　访问人数：<img src="/lab/counter.asp"></td></tr>
</table>
</body>
</html>`;
  return { name: `l-lab-${k}`, html, bytes: gbk(html), gold: goldOf(a, html, { url, date: day(a.date), source: k === 0 ? a.source : null, author: a.author, notInBody: ['您现在的位置', '打印此页', '上一条', '下一条', '版权所有', '图为器件弯折测试', '会议现场', '快速链接'] }) };
};

// ── 5. A city paper: date, source and author in a 文章属性 table under the headline ─────────────────────────────────

export const h26Attr: Template = (_a, k) => {
  const a = textOf('attr', k);
  const paper = pick(['江城晚报', '江城日报'], k);
  const url = pick([`http://www.example-jcwb.com/Article/ShowArticle.asp?ArticleID=${52000 + k}`, `http://news.example-jcrb.com/html/${day(a.date).slice(0, 7).replace('-', '')}/${pageId(a, k)}.html`], k);
  const attr = pick([
    `<table class="wzsx" width="100%" border="0" cellpadding="2" cellspacing="1" bgcolor="#DDDDDD"><caption>文章属性</caption>
<tr bgcolor="#F7F7F7"><td class="lbl" width="80">文章来源：</td><td>${paper}</td><td class="lbl" width="80">发布时间：</td><td>${day(a.date)} ${hm(a.date)}</td></tr>
<tr bgcolor="#F7F7F7"><td class="lbl">作　　者：</td><td>${a.author}</td><td class="lbl">点击次数：</td><td><script language="javascript" src="/Article/GetHits.asp?ArticleID=${52000 + k}"></script></td></tr>
<tr bgcolor="#F7F7F7"><td class="lbl">责任编辑：</td><td>李编</td><td class="lbl">所属栏目：</td><td><a href="/Article/List.asp?ClassID=3">本市新闻</a></td></tr></table>`,
    `<table class="art-props"><tr><th colspan="6">文章属性</th></tr>
<tr><td>【来源】</td><td>${paper}</td><td>【作者】</td><td>&nbsp;</td><td>【时间】</td><td>${day(a.date).replace(/-/g, '/')} ${hm(a.date)}:26</td></tr>
<tr><td>【栏目】</td><td>民生</td><td>【点击】</td><td>2,317</td><td>【评论】</td><td>0</td></tr></table>`,
  ], k);
  const latest: [string, string][] = pick([
    [['地铁五号线二期环评公示', '11-27'], ['老旧小区加装电梯再提速', '11-24'], ['市区新增停车泊位四千个', '11-20']],
    [['冬季取暖补贴开始发放', '12-05'], ['养老服务中心星级评定结果公布', '11-29'], ['全市开展燃气安全检查', '11-26']],
  ], k);
  const html = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>${esc(a.title)}-${paper}网</title>
<meta name="keywords" content="${pick(['快速路,改造,交通', '社区食堂,老年人,民政'], k)}" />
<meta name="description" content="${esc(a.paras[0].slice(0, 60))}" />
<link href="/Skin/blue/Style.css" rel="stylesheet" type="text/css" />
<script language="javascript" src="/js/common.js"></script>
${stats(pick(['2468ace013579bdf', 'fdb97531eca86420'], k))}
</head>
<body>
<div id="top"><div class="logo"><h1><a href="/"><img src="/images/logo.gif" alt="${paper}网" />${paper}网</a></h1></div><div class="topad"><iframe src="http://ad.example-jcwb.com/top.html" width="728" height="90" frameborder="0" scrolling="no"></iframe></div></div>
<div id="menu"><a href="/">网站首页</a> <a href="/Article/List.asp?ClassID=1">要闻</a> <a href="/Article/List.asp?ClassID=2">时政</a> <a href="/Article/List.asp?ClassID=3">本市新闻</a> <a href="/Article/List.asp?ClassID=4">民生</a> <a href="/Article/List.asp?ClassID=5">经济</a> <a href="/Article/List.asp?ClassID=6">区县</a> <a href="/Article/List.asp?ClassID=7">文体</a> <a href="/Article/List.asp?ClassID=8">图片</a> <a href="/epaper/">数字报</a> <a href="/bbs/">论坛</a></div>
<div id="main">
<div id="left">
<div class="nav-path">您现在的位置： <a href="/">${paper}网</a> &gt;&gt; <a href="/Article/List.asp?ClassID=3">${pick(['本市新闻', '民生'], k)}</a> &gt;&gt; 正文</div>
<div class="article">
<h2 class="title">${esc(a.title)}</h2>
${attr}
<div class="content" id="fontzoom">
${paras(a.paras, '')}
</div>
<div class="tools">【字体：<a>大</a> <a>中</a> <a>小</a>】【<a>发表评论</a>】【<a>加入收藏</a>】【<a>告诉好友</a>】【<a href="javascript:window.print()">打印此文</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>
<div class="prevnext"><li>上一篇：<a>${esc(latest[1][0])}</a></li><li>下一篇：<a>${esc(latest[2][0])}</a></li></div>
<div class="relate"><h4>相关文章</h4>${datedList(latest, 'xg')}</div>
</div>
</div>
<div id="right"><div class="box"><h3>最新文章</h3>${datedList(latest, 'zx')}</div><div class="box"><h3>热门文章</h3>${datedList(latest.slice().reverse(), 'rm')}</div></div>
</div>
<div id="footer">${paper}社 主办　地址：江城市新华路1号　新闻热线：0000-00000000<br />版权所有 &copy; ${paper}网 未经授权禁止复制或建立镜像　某ICP备06000000号</div>
</body></html>`;
  return { name: `l-attr-${k}`, html, gold: goldOf(a, html, { url, date: a.date, source: paper, author: a.author, notInBody: ['文章属性', '发表评论', '打印此文', '上一篇', '相关文章', '最新文章', '版权所有', '点击次数', '所属栏目', '【来源】'] }) };
};

export const HELDOUT26_TEMPLATES: Template[] = [h26Scroll, h26Zwfw, h26Tech, h26Lab, h26Attr];

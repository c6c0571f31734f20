/**
 * Dev templates of #17's round 25 (tuned on): the kinds of site the dev set has least of, each in a make and wording of
 * its own — a small manufacturer's 新闻中心/公司动态 (product menus, nested tables or inline-styled divs, 上一篇/下一篇, a
 * contact footer), an electronics trade medium (a writer's card with an e-mail, 阅读/评论 counters, tags, 相关文章, a
 * comment box), a 街道办事处/乡镇 site on an old TRS or 站群 template (发布时间/浏览次数, 【打印本页】【关闭窗口】), a blog or
 * column post (`发表于`, 分类, 阅读(N), comments, a dated archive), a forum's first post (楼主, 发表于, a signature, replies),
 * and, across them, `<title>`s that are only the site's name or print the headline after it, and a date only in the URL;
 * then (second batch) a small trade medium (a dated list before the text in the markup, an ad or 来源于 line opening the
 * text, a 原创 note, 声明 or 返回 link closing it, `作者：网络整理 阅读：N`) and a 贴吧-like thread (the floor and time under the post);
 * and (third batch) a town's 站群 page with a dated box above the headline and a yearless time, and a company page whose
 * `<h1>` is its logo; and (fourth batch) a WordPress blog (`发表于 <time> 由 handle`, a 12-hour clock, the theme's sentence
 * after the text) and a 街道 page restating its headline and a subtitle inside the text's box, closed by a 来源 note;
 * and (fifth batch) a trade medium with a bilingual site name, its headline in a div and quoted in ASCII (og:title cut);
 * and (sixth batch) an old GB2312 site of an office or a company whose text shares its cell with its links and buttons;
 * and (seventh) a 街道/乡镇 page printing its headline, day and counter on one row.
 */
import { dash, esc, gold, pageId, pick, type GenPage } from './common.js';
import type { PoolArticle } from './pool.js';
import type { Template } from './common.js';
import { gbk } from './heldout4-templates.js';

const menu = (words: string[]): string => words.map((w, i) => `<a href="/list-${i + 1}.html">${w}</a>`).join('\n');
const yearOf = (a: PoolArticle): string => a.date.slice(0, 4);
/** Days of the same year as the article, later than it, for sidebars and replies. */
const later = (a: PoolArticle, n: number): string => `${yearOf(a)}-12-${String(10 + n).padStart(2, '0')}`;

/** A manufacturer's 新闻中心: product menu, the text in nested tables or inline-styled divs, contact footer. */
const companyNews = (a: PoolArticle, k: number): GenPage => {
  const firm = pick(['恒瑞精密机械有限公司', '科德电气股份有限公司', '华鑫新材料科技有限公司', '鼎力泵阀制造有限公司'], k);
  const short = firm.slice(0, 2);
  const id = parseInt(pageId(a, k), 16) % 9000;
  const day = a.date.slice(0, 10);
  // v2 prints no date: the day is only in the URL's path (/news/2024/1022/…).
  const url = pick([
    `http://www.hr-jixie${k}.com/news_view.asp?id=${id}`,
    `https://www.kd-elec${k}.cn/about/news/${id}.html`,
    `https://www.hx-newmat${k}.com/news/${day.slice(0, 4)}/${day.slice(5, 7)}${day.slice(8)}/${id}.html`,
    `http://www.dingli-pump${k}.com/html/gsdt/${id}.htm`,
  ], k);
  const title = pick([
    `公司动态-${firm}`,
    `${short}电气 - 新闻中心 - ${a.title}`,
    `${a.title}_${firm}`,
    `${firm}——专业泵阀制造商`,
  ], k);
  const info = pick([
    `<div style="text-align:center;color:#999;font-size:12px;line-height:30px;">发布时间：${day}&nbsp;&nbsp;&nbsp;浏览：<span id="hits">356</span>次</div>`,
    `<div class="info">来源：本站&nbsp;&nbsp;作者：admin&nbsp;&nbsp;日期：${dash(a.date)}&nbsp;&nbsp;点击：<script>document.write("128")</script></div>`,
    `<div class="news-tools"><a href="javascript:window.print()">打印</a> | <a href="javascript:history.back()">返回</a> | 分享到：<a class="wx"></a><a class="wb"></a></div>`,
    `<tr><td align="center" style="font-size:12px;color:#666">添加时间：${day.replace(/-/g, '/')}　　人气：<font color="red">211</font></td></tr>`,
  ], k);
  const paras = a.paras.map((p) => `<p style="text-indent:2em;"><span style="font-family:微软雅黑;font-size:14px;">${esc(p)}</span></p>`).join('\n');
  const products = `<div class="side"><div class="side-t">产品中心</div><ul><li><a>数控车床系列</a></li><li><a>加工中心系列</a></li><li><a>精密齿轮箱</a></li><li><a>非标定制设备</a></li></ul>
<div class="side-t">联系我们</div><p>服务热线：400-800-${1234 + k}</p><p>邮箱：sales@${short}-example.com</p><p>地址：某某市高新区创业路${18 + k}号</p></div>`;
  const news = pick([
    // v0: inline-styled divs, headline in a div, title tag the section and the company.
    `<div class="nav-path">您的位置：<a href="/">首页</a> &gt; <a href="/news/">新闻中心</a> &gt; 公司动态</div>
<div style="padding:20px 30px;"><div style="font-size:20px;font-weight:bold;text-align:center;line-height:40px;color:#333;">${esc(a.title)}</div>
${info}
<div style="border-top:1px dashed #ccc;margin-top:10px;padding-top:15px;"><div style="line-height:2;">
${paras}
</div></div>
<div class="page-turn"><p>上一篇：<a href="/news_view.asp?id=${id - 1}">公司参加2024中国国际机床展览会</a></p><p>下一篇：<a href="/news_view.asp?id=${id + 1}">热烈祝贺我司通过ISO9001质量体系复审</a></p></div></div>`,
    // v1: headline in an h3 under a 新闻中心 h2, source 本站 and author admin (neither names anyone).
    `<div class="sub-banner"><h2>新闻中心</h2><p>NEWS CENTER</p></div>
<div class="content"><h3 class="news-title">${esc(a.title)}</h3>
${info}
<div class="news-content" style="font-size:14px;color:#444;">
${paras}
</div>
<ul class="prev-next"><li>上一条：<a>我司荣获“专精特新”中小企业称号</a></li><li>下一条：<a>新厂房正式投产运营</a></li></ul></div>`,
    // v2: no date on the page; the newest-news list beside the text has its own dates.
    `<div class="crumbs">首页 / 新闻资讯 / 企业新闻</div>
<div class="detail"><h1>${esc(a.title)}</h1>
${info}
<div class="detail-body"><div style="margin:0 auto;max-width:760px;"><section>
${paras}
</section></div></div>
<div class="pn"><a>« 上一篇</a><a>下一篇 »</a></div></div>
<div class="latest"><h4>最新资讯</h4><ul><li><a>新材料事业部完成年度产能扩建</a><span>${later(a, 1)}</span></li><li><a>公司受邀出席行业高峰论坛</a><span>${later(a, 3)}</span></li></ul></div>`,
    // v3: an old table layout; the headline in a td, the title tag only the company's name.
    `<table width="980" align="center" cellpadding="0" cellspacing="0"><tr><td width="220" valign="top"><img src="/images/left_news.jpg"></td><td valign="top">
<table width="100%"><tr><td class="dh">当前位置：首页 &gt;&gt; 公司动态</td></tr>
<tr><td align="center" class="title_news" style="font-size:18px;font-weight:bold;color:#0b4a8b;height:50px">${esc(a.title)}</td></tr>
${info}
<tr><td class="content_news"><table width="96%" align="center"><tr><td style="font-size:14px;line-height:26px">
${paras}
</td></tr></table></td></tr>
<tr><td align="right">【<a href="javascript:window.print()">打印此页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</td></tr></table></td></tr></table>`,
  ], k);
  const html = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>${esc(title)}</title>
<meta name="keywords" content="${firm},数控机床,精密加工" /><meta name="description" content="${firm}是一家集研发、生产、销售于一体的高新技术企业。" />
<script>var _hmt=_hmt||[];</script></head>
<body><div class="top"><div class="logo"><img src="/images/logo.png" alt="${firm}"></div><div class="tel">全国服务热线：400-800-${1234 + k}</div></div>
<div class="nav">${menu(['网站首页', '关于我们', '产品中心', '解决方案', '新闻中心', '技术支持', '人才招聘', '联系我们'])}</div>
<div class="main">${news}
${products}</div>
<div class="float-kf"><a>在线咨询</a><a>电话咨询</a><a>返回顶部</a></div>
<div class="footer">Copyright © ${yearOf(a)} ${firm} 版权所有　地址：某某市高新区创业路${18 + k}号　电话：0512-6688${1000 + k}　<a>某ICP备12345678号</a>　技术支持：某某网络</div></body></html>`;
  return {
    name: `g-firmnews-${k}`, html,
    gold: gold(a, { url, withTime: k === 1, source: null, author: null, notInBody: ['产品中心', pick(['上一篇', '上一条', '上一篇', '打印此页'], k), '服务热线', '版权所有', '在线咨询', pick(['浏览：', '点击：', '最新资讯', '人气'], k)] }),
  };
};

/** An electronics trade medium: a writer's card with an e-mail, counters, tags, related articles and a comment box. */
const eeMedia = (a: PoolArticle, k: number): GenPage => {
  const site = pick(['ECN 电子产品世界', '电子发烧圈', 'EDA 芯视界', '半导体观察网'], k);
  const siteLatin = pick(['ecn', 'dzfsq', 'edaxsj', 'bdtgc'], k);
  const id = 1000000 + (parseInt(pageId(a, k), 16) % 900000);
  const url = `https://www.${siteLatin}-example.com/article/${id}.html`;
  const writer = pick(['王磊', '刘一凡', 'Kevin Zhang', '周敏'], k);
  const mail = pick(['wanglei@ecn-example.com', 'liuyf@dzfsq-example.cn', 'kevin.zhang@edaxsj-example.com', 'zhoumin@bdtgc-example.com'], k);
  // A headline with a word in ASCII quotes: written unescaped inside og:title's attribute, as careless templates do.
  const headline = k % 2 ? a.title.replace(/ /, ' "') + '"' : a.title;
  const agg = k === 2;
  const byline = pick([
    `<div class="art-info"><span class="author">作者：${writer}, ${mail}</span><span class="time">${dash(a.date)}</span><span>阅读：1644</span><span>评论：3</span></div>`,
    `<div class="article-meta">${dash(a.date).slice(5)}　作者：<a href="/author/${siteLatin}">${writer}</a>（${mail}）　<span class="views">阅读(2318)</span>　<a href="#comment">评论(0)</a></div>`,
    `<p class="meta">来源：网络整理 阅读：1644　时间：${dash(a.date)}</p>`,
    `<div class="meta"><span>${writer}，${mail}</span>｜<span>发布于 ${dash(a.date)}</span>｜<span>浏览 872</span></div>`,
  ], k);
  const head = k === 1
    ? `<meta property="og:title" content="${headline}"><meta property="article:published_time" content="${a.date}:00+08:00">`
    : `<meta property="og:title" content="${esc(headline)}">`;
  const html = `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(headline)}-${site}</title>
${head}
<meta name="keywords" content="芯片,半导体,电子,${site}"><script src="/static/js/jquery.min.js"></script><script>var _czc=_czc||[];</script></head>
<body><div class="topbar"><a href="/">首页</a><a href="/news/">新闻</a><a href="/tech/">技术文章</a><a href="/design/">设计应用</a><a href="/webinar/">在线研讨会</a><a href="/download/">资料下载</a><a href="/forum/">论坛</a><a href="/login">登录</a><a href="/reg">注册</a></div>
<div class="container"><div class="crumb"><a href="/">${site}</a> &gt; <a href="/news/">新闻</a> &gt; 正文</div>
<div class="left"><h1 class="art-title">${esc(headline)}</h1>
${byline}
<div class="art-content">
${a.paras.map((p, i) => `<p>${esc(p)}</p>${i === 1 ? '\n<div class="ad-inner"><a href="/ad/1"><img src="/ad/banner.jpg" alt="广告"></a></div>' : ''}`).join('\n')}
</div>
<div class="art-tags">标签：<a>${pick(['MCU', '功率器件', 'EDA', '存储'], k)}</a><a>半导体</a><a>${pick(['汽车电子', '5G', '晶圆制造', '工业控制'], k)}</a></div>
${agg ? '' : `<div class="author-card"><img src="/avatar/${siteLatin}.png" alt="${writer}"><div><b>${writer}</b><p>${site}资深编辑，关注半导体与汽车电子产业。</p><p>联系邮箱：${mail}</p></div></div>`}
<div class="related"><h3>相关文章</h3><ul><li><a>国内MCU厂商三季度出货量环比回升</a><span>${later(a, 2)}</span></li><li><a>功率半导体价格战何时结束？</a><span>${later(a, 4)}</span></li></ul></div>
<div class="comment-box"><h3>发表评论</h3><textarea placeholder="请登录后发表评论"></textarea><button>提交</button><p class="c-item"><b>网友 ee_fan</b> ${later(a, 5)} 12:01：国产替代任重道远。</p></div></div>
<div class="right"><div class="hot"><h3>热门文章</h3><ol><li><a>一文看懂Chiplet封装</a></li><li><a>RISC-V生态进展盘点</a></li></ol></div></div></div>
<div class="footer">关于我们 | 联系我们 | 广告服务 | 版权声明　Copyright © ${yearOf(a)} ${site} 版权所有　某ICP备00000000号</div></body></html>`;
  return {
    name: `g-eemedia-${k}`, html,
    gold: { ...gold(a, { url, withTime: true, source: null, author: agg ? null : writer, notInBody: ['标签：', '相关文章', '发表评论', '国产替代任重道远', '联系邮箱', '热门文章', '@', '阅读'] }), title: headline },
  };
};

/** A 街道办事处 or 乡镇 site on an old TRS or 站群 template: 发布时间/浏览次数, 【打印本页】【关闭窗口】. */
const subdistrict = (a: PoolArticle, k: number): GenPage => {
  const office = pick(['北城街道办事处', '南湖镇人民政府', '西区办事处', '青石乡人民政府'], k);
  const county = pick(['某某市某某区', '某某县', '某某市', '某某县'], k);
  const id = parseInt(pageId(a, k), 16) % 99999;
  const ym = a.date.slice(0, 7).replace('-', '');
  const url = pick([
    `http://www.bc-street${k}.gov.cn/xwdt/gzdt/${ym}/t${a.date.slice(0, 10).replace(/-/g, '')}_${id}.html`,
    `http://nhz.example-county${k}.gov.cn/art/${a.date.slice(0, 4)}/${Number(a.date.slice(5, 7))}/${Number(a.date.slice(8, 10))}/art_1229_${id}.html`,
    `http://www.xq-office${k}.gov.cn/news/show.php?itemid=${id}`,
    `http://www.qsx${k}.gov.cn/zwgk/content.jsp?id=${id}`,
  ], k);
  const title = pick([
    `${a.title} ${office}`,
    `${a.title}_${county}${office}`,
    `${office}`,
    `${county}${office}　${a.title}`,
  ], k);
  const srcUnit = pick(['北城街道党政办', '南湖镇党政综合办公室', '西区办事处综合办', '青石乡人民政府'], k);
  const tools = '【<a href="javascript:window.print()">打印本页</a>】　【<a href="javascript:window.close()">关闭窗口</a>】';
  const block = pick([
    // v0: TRS comments, nested tables.
    `<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td class="bt_content" align="center"><!--<$[标题名称]>begin-->${esc(a.title)}<!--<$[标题名称]>end--></td></tr>
<tr><td class="xx_content" align="center">发布时间：${dash(a.date)}　　来源：${srcUnit}　　浏览次数：<script language="javascript">document.write(getHits('${id}'))</script>　　【字体：<a>大</a> <a>中</a> <a>小</a>】</td></tr>
<tr><td class="bt_line"></td></tr>
<tr><td class="zw_content"><div class="TRS_Editor"><div class="Custom_UnionStyle">
${a.paras.map((p) => `<p style="text-indent:2em;line-height:28px">${esc(p)}</p>`).join('\n')}
</div></div></td></tr>
<tr><td align="right" class="print">${tools}</td></tr></table>`,
    // v1: a 站群 template in divs, the information line in spans.
    `<div class="xl_con"><div class="xl_title"><h2>${esc(a.title)}</h2></div>
<div class="xl_info"><span>发布日期：${a.date.slice(0, 10)}</span><span>信息来源：${srcUnit}</span><span>访问量：<b id="visits">1,021</b></span><span class="font">字号：<a>大</a><a>中</a><a>小</a></span></div>
<div class="xl_text" id="zoom">
${a.paras.map((p) => `<p>${esc(p)}</p>`).join('\n')}
</div>
<div class="xl_bottom">${tools}</div>
<div class="xl_pn"><p>上一篇：<a>街道开展秋季消防安全大排查</a></p><p>下一篇：<a>辖区社区举办重阳节敬老活动</a></p></div></div>`,
    // v2: an old PHP site, the headline in a div, 来源/作者/时间 glued in one line, counters after.
    `<div class="position">当前位置：首页 &gt; 工作动态</div>
<div class="newsview"><div class="newstitle">${esc(a.title)}</div>
<div class="newsinfo">来源：${srcUnit}&nbsp;&nbsp;&nbsp;作者：${a.author ?? ''}&nbsp;&nbsp;&nbsp;时间：${dash(a.date)}&nbsp;&nbsp;&nbsp;浏览次数：362</div>
<div class="newscontent">
${a.paras.map((p) => `<p>　　${esc(p)}</p>`).join('\n')}
</div>
<div class="newsbtn">${tools}</div></div>`,
    // v3: the title tag only the office; headline in a td; 发布时间 after the text.
    `<table width="1000" align="center"><tr><td height="40" class="dqwz">您现在的位置：<a>首页</a> &gt;&gt; <a>政务公开</a> &gt;&gt; 乡镇动态</td></tr>
<tr><td align="center" style="font-size:22px;color:#c00;font-weight:bold;padding:20px 0 10px">${esc(a.title)}</td></tr>
<tr><td align="center" style="font-size:12px;color:#666;border-bottom:1px solid #ddd">【发布时间：${a.date.slice(0, 10)}】　【信息来源：${srcUnit}】　【浏览次数：<span id="count">88</span>】</td></tr>
<tr><td style="padding:20px;font-size:16px;line-height:32px">
${a.paras.map((p) => `${esc(p)}<br><br>`).join('\n')}
</td></tr>
<tr><td align="center">${tools}</td></tr></table>`,
  ], k);
  const html = `<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>${esc(title)}</title>
<meta name="SiteName" content="${county}${office}"><script type="text/javascript" src="/js/common.js"></script></head>
<body><div class="head"><div class="banner">${county}${office}</div>
<div class="nav">${menu(['首页', '街镇概况', '政务公开', '工作动态', '通知公告', '便民服务', '党建工作', '互动交流'])}</div></div>
<div class="main">${block}</div>
<div class="side"><h3>通知公告</h3><ul><li><a>关于做好冬季安全生产工作的通知</a> ${later(a, 1)}</li><li><a>辖区道路施工公告</a> ${later(a, 6)}</li></ul></div>
<div class="foot">主办：${county}${office}　承办：${office}党政办　地址：某某路${100 + k}号　电话：0755-8888${k}000<br>网站标识码：4403000${k}　某ICP备00000000号-1　<img src="/images/dzjg.png" alt="党政机关"></div></body></html>`;
  return {
    name: `g-streetoffice-${k}`, html,
    gold: gold(a, { url, withTime: k !== 1 && k !== 3, source: srcUnit, author: k === 2 ? a.author : null, notInBody: ['打印本页', '关闭窗口', '浏览次数', '访问量', '上一篇', '通知公告', '主办：', '字号'] }),
  };
};

/** A blog or column post: `发表于` glued or spaced, 分类, 阅读(N), comments, a dated archive beside it. */
const blogPost = (a: PoolArticle, k: number): GenPage => {
  const blog = pick(['老周的产业笔记', '青禾随笔', '硅谷来信专栏', '半山观察'], k);
  const handle = pick(['老周', '青禾', 'siliconletter', '半山居士'], k);
  const slug = pageId(a, k);
  const day = a.date.slice(0, 10);
  const url = pick([
    `https://blog.example-laozhou${k}.net/?p=${parseInt(slug, 16) % 5000}`,
    `https://qinghe${k}.example-blog.cn/${day.replace(/-/g, '/')}/${slug}/`,
    `https://column.example-media${k}.com/siliconletter/${slug}.html`,
    `https://banshan${k}.example-blog.cn/archives/${day.slice(0, 4)}/${day.slice(5, 7)}/${day.slice(8)}/${slug}.html`,
  ], k);
  const title = pick([`${a.title} | ${blog}`, `${blog}`, `${blog} » ${a.title}`, `${blog} - ${a.title}`], k);
  const meta = pick([
    `<div class="entry-meta">发表于${dash(a.date)}　分类：<a>产业观察</a>　作者：${handle}　阅读(1234)　<a href="#comments">评论(6)</a></div>`,
    `<p class="post-meta"><span>${handle}</span> 发表于 <span>${dash(a.date)}</span> · 分类于 <a>读书与行业</a> · 阅读 562</p>`,
    `<div class="byline">文 / ${handle}　发布于 ${dash(a.date)}　|　阅读(3021)　|　<a>收藏</a></div>`,
    // v3: no date printed above the text: the day is in the URL; the footer prints only counters.
    `<div class="post-info">分类：<a>随笔</a>　标签：<a>产业</a> <a>读书</a></div>`,
  ], k);
  const foot = k === 3 ? `<div class="post-foot">${handle} · 阅读(418) · 评论(2)</div>` : `<div class="post-foot">本文链接：${url}　转载请注明出处</div>`;
  const html = `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="UTF-8"><title>${esc(title)}</title>
<meta name="generator" content="WordPress 6.4"><link rel="alternate" type="application/rss+xml" title="${blog}"><script>/* statistics */</script></head>
<body class="single"><header id="masthead"><div class="site-title"><a href="/">${blog}</a></div><div class="site-desc">${pick(['写给自己的行业备忘', '慢慢读，慢慢写', '来自湾区的产业观察', '山中半日闲'], k)}</div>
<nav>${menu(['首页', '产业观察', '读书', '随笔', '关于我', '留言板'])}</nav></header>
<div id="content"><article class="post">
<h2 class="entry-title">${esc(a.title)}</h2>
${meta}
<div class="entry-content">
${a.paras.map((p) => `<p>${esc(p)}</p>`).join('\n')}
</div>
${foot}
<div class="post-nav"><span>« <a>上一篇：读《芯片战争》有感</a></span><span><a>下一篇：年末杂记</a> »</span></div>
<div id="comments"><h3>${pick(['6 条评论', '发表评论', '评论列表', '2 条留言'], k)}</h3>
<div class="comment"><b>路人甲</b> <span>${later(a, 2)} 20:15</span><p>写得透彻，受益匪浅，期待下一篇。</p></div>
<div class="comment"><b>${handle}</b> <span>${later(a, 3)} 08:40</span><p>谢谢支持，会继续写。</p></div>
<form class="reply"><textarea></textarea><button>提交评论</button></form></div>
</article></div>
<aside id="sidebar"><div class="widget"><h3>文章归档</h3><ul><li><a>${yearOf(a)}年12月</a> (3)</li><li><a>${yearOf(a)}年11月</a> (5)</li></ul></div>
<div class="widget"><h3>最新文章</h3><ul><li><a>年末杂记</a> ${later(a, 8)}</li><li><a>读《芯片战争》有感</a> ${later(a, 0)}</li></ul></div>
<div class="widget"><h3>最新评论</h3><ul><li>路人甲：写得透彻…</li></ul></div></aside>
<footer>© ${yearOf(a)} ${blog} · Powered by WordPress · 某ICP备00000000号</footer></body></html>`;
  return {
    name: `g-blogcolumn-${k}`, html,
    gold: gold(a, { url, withTime: k !== 3, source: null, author: handle, notInBody: ['发表于', '分类', '阅读(', '受益匪浅', '文章归档', '最新文章', '上一篇', '本文链接'] }),
  };
};

/** A forum thread's first post: 楼主, 发表于, the poster's card, a signature and replies with later times. */
const forumPost = (a: PoolArticle, k: number): GenPage => {
  const forum = pick(['某某电子工程师论坛', '储能之家社区', '某某机床论坛', '智造人社区'], k);
  const poster = pick(['电源老鸟', 'chip_hunter88', '车间主任老王', 'xiaoyu_2019'], k);
  const tid = parseInt(pageId(a, k), 16) % 900000;
  const url = pick([
    `https://bbs.example-eeforum${k}.com/thread-${tid}-1-1.html`,
    `https://www.example-esshome${k}.cn/forum.php?mod=viewthread&tid=${tid}`,
    `http://bbs.example-jichuang${k}.com/viewtopic.php?t=${tid}`,
    `https://club.example-zhizao${k}.com/t/${tid}`,
  ], k);
  const title = pick([`${a.title} - 行业资讯 - ${forum}`, `${forum}`, `${forum} - ${a.title}`, `${a.title}-${forum}-手机版`], k);
  const when = pick([`发表于${dash(a.date)}`, `发表于 ${dash(a.date)}`, `发表时间：${dash(a.date)}`, `${dash(a.date)} 发表`], k);
  const sig = pick(['----------------------<br>专注开关电源二十年，欢迎交流', '签名：芯片猎人，只聊技术', '——每天进步一点点——', 'QQ交流群：12345678（已满）'], k);
  const reply = (n: number, who: string, text: string): string =>
    `<div class="post reply"><div class="p-author"><a>${who}</a><em>${n}楼</em></div><div class="p-time">发表于 ${later(a, n)} ${10 + n}:2${n}</div><div class="p-body">${text}</div></div>`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(title)}</title><meta name="keywords" content="${forum}"><script>var discuz_uid='0';</script></head>
<body><div id="toptb"><a>设为首页</a><a>收藏本站</a><a>登录</a><a>立即注册</a></div>
<div id="hd"><a class="logo">${forum}</a>${menu(['论坛', '导读', '排行榜', '搜索', '帮助'])}</div>
<div id="pt">${forum} › 行业交流 › 行业资讯 › 查看内容</div>
<div id="thread"><div class="thread-head"><span class="views">查看: 3021</span>|<span>回复: 12</span><h1 class="subject">[行业资讯] ${esc(a.title)}</h1></div>
<div class="post first"><table><tr><td class="pls"><div class="p-author"><a>${poster}</a></div><div class="p-level">${pick(['高级工程师', '金牌会员', '版主', '中级会员'], k)}</div>
<dl class="p-stats"><dt>主题</dt><dd>${36 + k}</dd><dt>帖子</dt><dd>${420 + k}</dd><dt>积分</dt><dd>${2150 + k}</dd></dl></td>
<td class="plc"><div class="p-head"><em>楼主</em> <span>${when}</span> | <a>只看该作者</a> | <a>倒序浏览</a></div>
<div class="t_msg">
${a.paras.map((p) => `${esc(p)}<br />\n<br />`).join('\n')}
</div>
<div class="sign">${sig}</div>
<div class="p-act"><a>回复</a><a>引用</a><a>举报</a></div></td></tr></table></div>
${reply(2, '路过的电工', '感谢楼主分享，收藏了。')}
${reply(3, 'abc_design', '数据很详实，不知道明年能不能继续保持。')}
<div class="fastpost"><textarea placeholder="您需要登录后才可以回帖"></textarea><button>发表回复</button></div></div>
<div id="ft">${forum} 版权所有　Powered by Discuz! X3.4　某ICP备00000000号</div></body></html>`;
  return {
    name: `g-forumfirst-${k}`, html,
    gold: gold(a, { url, withTime: true, source: null, author: poster, notInBody: ['楼主', '发表于', '只看该作者', '感谢楼主分享', '数据很详实', sig.replace(/<br>/, '').slice(-8), '发表回复', '积分'] }),
  };
};

/** A small trade medium: a dated list beside the text printed before it, an ad blurb or 来源于 line opening the text, a 原创 note and 返回首页 closing it. */
const tradeSmall = (a: PoolArticle, k: number): GenPage => {
  const site = pick(['富源传媒', '中机资讯网', '化工产业观察', '某某电池网'], k);
  const id = parseInt(pageId(a, k), 16) % 99999;
  const url = pick([
    `http://www.fuyuan-media${k}.com/news/${id}.html`,
    `https://www.zjzx${k}.cn/a/${a.date.slice(0, 10).replace(/-/g, '')}/${id}.shtml`,
    `http://www.hgcygc${k}.com/show-${id}.html`,
    `https://www.battery-example${k}.net/${a.date.slice(0, 7).replace('-', '')}/${id}.html`,
  ], k);
  const writer = pick(['网络整理', '李航', '小编', '赵子墨'], k);
  const line = pick([
    `<div class="info">作者：${writer} 阅读：<span>1644</span>　发布时间：${dash(a.date)}</div>`,
    `<div class="info"><span>${a.date.slice(0, 10)}</span><span>来源：${esc(a.source)}</span><span>作者：${writer}</span></div>`,
    `<div class="info">时间：${dash(a.date)}　作者：${writer}　点击：<script>document.write(312)</script>次</div>`,
    `<p class="source">${dash(a.date)}　　编辑：${writer}　　浏览：2,018</p>`,
  ], k);
  const opener = pick([
    `<p>【广告】${site}年度采购对接会火热报名中，点击了解详情>></p>`,
    `<p>来源于：${esc(a.source)}</p>`,
    `<p style="color:#999">推广 | 扫码加入行业交流群，获取更多一手资讯</p>`,
    `<p>（本文来源于：${esc(a.source)}）</p>`,
  ], k);
  const closer = pick([
    `<p>本文为${site}原创文章，未经授权不得转载，违者必究。</p>\n<p><a href="/">返回${site}首页>></a></p>`,
    `<p>声明：本文转载自其他媒体，转载目的在于传递更多信息，并不代表本网赞同其观点和对其真实性负责。</p>`,
    `<p>（原创文章，转载请注明出处：${site}）</p>\n<p>更多精彩内容，请关注${site}微信公众号。</p>`,
    `<p>返回搜狐，查看更多</p>`,
  ], k);
  const side = `<div class="left-list"><h3>最新资讯</h3><ul><li><a>三季度化工品价格指数回落</a><span>${later(a, 1)}</span></li><li><a>行业协会发布年度发展报告</a><span>${later(a, 2)}</span></li><li><a>多地出台设备更新支持政策</a><span>${later(a, 4)}</span></li></ul></div>`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}-${site}</title><meta name="description" content="${esc(a.paras[0].slice(0, 60))}"></head>
<body><div class="top">${menu(['首页', '资讯', '行情', '企业', '展会', '人物', '专题'])}</div>
<div class="wrap"><div class="col-l">${side}</div>
<div class="col-r"><div class="pos">当前位置：<a>首页</a> &gt; <a>资讯</a> &gt; 正文</div>
<h1>${esc(a.title)}</h1>
${line}
<div class="content">
${opener}
${a.paras.map((p) => `<p>${esc(p)}</p>`).join('\n')}
${closer}
</div>
<div class="pn">上一篇：<a>行业采购指数连续三月回升</a>　下一篇：<a>龙头企业扩产计划落地</a></div>
<div class="xg"><h3>相关新闻</h3><ul><li><a>设备更新带动需求增长</a> ${later(a, 3)}</li></ul></div></div></div>
<div class="foot">${site} 版权所有 © ${yearOf(a)}　联系电话：010-8888${k}888　某ICP备00000000号</div></body></html>`;
  return {
    name: `g-tradesmall-${k}`, html,
    gold: gold(a, { url, withTime: k !== 1, source: k % 2 ? a.source : null, author: pick([null, '李航', null, null], k), notInBody: [pick(['广告', '来源于', '扫码加入', '本文来源于'], k), pick(['原创文章', '不代表本网', '转载请注明', '返回搜狐'], k), '最新资讯', '相关新闻', '上一篇'] }),
  };
};

/** A 贴吧-like thread: the poster left of the post, its floor and time printed under it, replies after. */
const tiebaThread = (a: PoolArticle, k: number): GenPage => {
  const bar = pick(['储能', '数控机床', '光伏', '汽车芯片'], k);
  const poster = pick(['风起于青萍', 'gear_master', '阳光小站长', '芯片搬运工'], k);
  const url = `https://tieba.example-bbs${k}.com/p/${8000000000 + (parseInt(pageId(a, k), 16) % 100000000)}`;
  const title = pick([`${a.title}【${bar}吧】_某某贴吧`, `【图片】${a.title}【${bar}吧】_某某贴吧`, `${bar}吧-某某贴吧`, `${a.title}_${bar}吧_某某贴吧`], k);
  const tail = pick([
    `<span class="tail-info">1楼</span><span class="tail-info">${dash(a.date)}</span>`,
    `<span class="tail-info">来自Android客户端</span><span class="tail-info">1楼</span><span class="tail-info">${dash(a.date)}</span>`,
    `<span>楼主</span> <span>${dash(a.date)}</span> <a>回复</a>`,
    `<span class="tail-info">IP属地:江苏</span><span class="tail-info">1楼</span><span class="tail-info">${dash(a.date)}</span>`,
  ], k);
  const reply = (n: number, who: string, t: string): string =>
    `<div class="l_post"><div class="d_author"><a class="p_author_name">${who}</a><div class="d_badge">Lv${n + 3}</div></div><div class="d_post_content">${t}</div><div class="core_reply_tail"><span class="tail-info">${n}楼</span><span class="tail-info">${later(a, n)} ${10 + n}:0${n}</span></div></div>`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(title)}</title><meta name="keywords" content="${bar}吧"></head>
<body><div class="head">${menu(['首页', '进吧', '消息', '登录', '注册'])}</div>
<div class="card_head"><a class="card_title_fname">${bar}吧</a><span>关注：12万</span><span>贴子：86万</span><a>+关注</a><a>签到</a></div>
<div class="core_title"><h3 class="core_title_txt">${esc(a.title)}</h3><span>只看楼主</span><span>收藏</span><span>回复</span></div>
<div class="l_post first"><div class="d_author"><a class="p_author_name">${poster}</a><div class="d_badge">${bar}吧 Lv${9 + k}</div></div>
<div class="d_post_content j_d_post_content">
${a.paras.map((p) => `${esc(p)}<br><br>`).join('\n')}
</div>
<div class="core_reply_tail">${tail}</div></div>
${reply(2, '路过的老师傅', '楼主说得在理，我们厂也是这个情况。')}
${reply(3, 'tech_fan', '顶一个，求更多数据。')}
<div class="pager">1 2 3 下一页 尾页</div>
<div class="editor"><textarea placeholder="发表回复"></textarea><button>发 表</button></div>
<div class="foot">©${yearOf(a)} 某某贴吧　使用某某前必读　贴吧协议</div></body></html>`;
  return {
    name: `g-barthread-${k}`, html,
    gold: gold(a, { url, withTime: true, source: null, author: poster, notInBody: ['1楼', '我们厂也是', '顶一个', '只看楼主', '客户端', 'IP属地', '发表回复'] }),
  };
};

/** A town's or sub-district's page on a newer 站群 system: a dated 今日关注 box above the headline, a yearless time. */
const townYearless = (a: PoolArticle, k: number): GenPage => {
  const office = pick(['北关办事处', '桃源镇人民政府', '东湖街道', '石桥镇'], k);
  const id = parseInt(pageId(a, k), 16) % 99999;
  const y = yearOf(a);
  const url = pick([
    `http://www.bgbsc${k}.gov.cn/zwdt/${id}.jhtml`,
    `http://www.tyz${k}.gov.cn/${y}/${a.date.slice(5, 7)}${a.date.slice(8, 10)}/c${id}.html`,
    `http://dhjd${k}.example-qu.gov.cn/art/${y}/${Number(a.date.slice(5, 7))}/${Number(a.date.slice(8, 10))}/art_${id}.html`,
    `http://www.sqz${k}.gov.cn/content/${id}.html`,
  ], k);
  const metaDate = pick([`<meta name="publishdate" content="${a.date.slice(0, 10)}">`, '', '', `<meta property="article:published_time" content="${a.date}:00+08:00">`], k);
  const info = pick([
    `<div class="detail-info"><span>时间：${dash(a.date).slice(5)}</span><span>来源：${office}</span><span>阅读：<em id="readNum">--</em></span></div>`,
    `<div class="detail-info">发布时间：${Number(a.date.slice(5, 7))}月${Number(a.date.slice(8, 10))}日 ${a.date.slice(11)}　信息来源：${office}党政办　【字体：<a>大</a> <a>中</a> <a>小</a>】</div>`,
    `<div class="detail-info">${office}　${dash(a.date).slice(5)}　浏览次数：<script>document.write(523)</script></div>`,
    `<div class="detail-info">来源：${office}　发布时间：${dash(a.date).slice(5)}</div>`,
  ], k);
  const src = pick([office, `${office}党政办`, office, office], k);
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)} ${office}</title>${metaDate}<script src="/static/js/visit.js"></script></head>
<body><div class="header"><div class="site-name">${pick(['某某市某某区', '某某县', '某某市某某区', '某某县'], k)}${office}</div><div class="search"><input placeholder="请输入关键词"><a>搜索</a></div></div>
<div class="nav">${menu(['首页', '走进' + office.slice(0, 2), '政务公开', '工作动态', '党建园地', '便民服务', '互动交流'])}</div>
<div class="focus"><h4>今日关注</h4><ul><li><a>${office.slice(0, 2)}召开冬季防火工作部署会</a><span>${later(a, 0)}</span></li><li><a>辖区开展文明城市创建集中行动</a><span>${later(a, 1)}</span></li></ul></div>
<div class="detail"><div class="crumb">首页 &gt; 工作动态 &gt; 正文</div>
<h2 class="detail-title">${esc(a.title)}</h2>
${info}
<div class="detail-content" id="zoom">
${a.paras.map((p) => `<p style="text-indent:2em;">${esc(p)}</p>`).join('\n')}
</div>
<div class="detail-tools">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div></div>
<div class="footer">主办单位：${office}　技术支持：某某信息公司　网站标识码：${3300000000 + k}　<a>某ICP备00000000号</a></div></body></html>`;
  return {
    name: `g-townyearless-${k}`, html,
    gold: gold(a, { url, withTime: true, source: src, author: null, notInBody: ['今日关注', '打印本页', '关闭窗口', '主办单位', '冬季防火', '字体'] }),
  };
};

/** A company's page whose <h1> is its logo: the headline in a div, `[2024-10-22]`, the text in <font> cells, 【返回上一页】. */
const firmLogoH1 = (a: PoolArticle, k: number): GenPage => {
  const firm = pick(['瑞科智能', '金石电子', '宏达新能源', '中拓仪器'], k);
  const id = parseInt(pageId(a, k), 16) % 9000;
  const url = `http://www.${pick(['ruike', 'jinshi', 'hongda', 'zhongtuo'], k)}-example${k}.com/newsshow.asp?id=${id}`;
  const title = pick([`${firm}-${a.title}`, `${firm} | 新闻中心`, `${firm}_新闻动态_${a.title}`, `${firm}`], k);
  const when = pick([`[${a.date.slice(0, 10)}]`, `${a.date.slice(0, 10).replace(/-/g, '/')}`, `日期：${a.date.slice(0, 10)}`, `${a.date.slice(0, 4)}年${a.date.slice(5, 7)}月${a.date.slice(8, 10)}日`], k);
  const html = `<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>${esc(title)}</title></head>
<body><div class="top"><h1 class="logo"><a href="/">${firm}</a></h1><div class="hotline">咨询热线：400-66${k}-8888</div></div>
<div class="menu">${menu(['首页', '公司简介', '产品展示', '新闻动态', '客户案例', '在线留言', '联系我们'])}</div>
<div class="body"><div class="left"><div class="lt">新闻动态</div><ul><li><a>公司新闻</a></li><li><a>行业动态</a></li><li><a>技术文章</a></li></ul>
<div class="lt">联系方式</div><p>联系人：王经理</p><p>手机：138${k}0000000</p><p>邮箱：info@${firm.length}example.com</p></div>
<div class="right"><div class="news-tit">${esc(a.title)}</div><div class="news-date">${when}　浏览：<font color="red">86</font></div>
<table width="100%"><tr><td><font face="宋体" size="3">
${a.paras.map((p) => `<p>${esc(p)}</p>`).join('\n')}
</font></td></tr></table>
<div class="back">【<a href="javascript:history.go(-1)">返回上一页</a>】</div>
<div class="xgxw"><b>相关新闻：</b><a>公司获评高新技术企业</a> <span>${later(a, 2)}</span></div></div></div>
<div class="foot">${firm}有限公司 版权所有　地址：某某市某某工业园　<a>某ICP备00000000号</a></div></body></html>`;
  return {
    name: `g-firmlogo-${k}`, html,
    gold: gold(a, { url, withTime: false, source: null, author: null, notInBody: ['返回上一页', '联系方式', '相关新闻', '浏览：', '王经理'] }),
  };
};

/** A WordPress blog: `发表于 <time>` with `由 handle`, the author in a vcard, dated comments with 上午/下午 times. */
const wpBlog = (a: PoolArticle, k: number): GenPage => {
  const blog = pick(['山野杂记', '码农老K的博客', '听风阁', '工控小站'], k);
  const handle = pick(['山野', 'laok', '听风', 'plc_lee2'], k);
  const slug = pageId(a, k);
  const url = `https://${pick(['shanye', 'laok', 'tingfeng', 'gkxz'], k)}${k}.example-wp.com/${pick(['archives/', '', 'posts/', '?p='], k)}${parseInt(slug, 16) % 3000}${k === 3 ? '' : '.html'}`;
  const cnDate = `${a.date.slice(0, 4)}年${Number(a.date.slice(5, 7))}月${Number(a.date.slice(8, 10))}日`;
  const h = Number(a.date.slice(11, 13));
  const clock = `${h < 12 ? '上午' : '下午'}${h % 12 === 0 ? 12 : h % 12}:${a.date.slice(14, 16)}`;
  const meta = pick([
    `<div class="entry-meta">发表于 <a href="${url}" rel="bookmark"><time class="entry-date" datetime="${a.date}:00+08:00">${cnDate}</time></a> 由 <span class="author vcard"><a class="url fn n">${handle}</a></span></div>`,
    `<div class="entry-meta"><span class="posted-on">发布于 <time datetime="${a.date}:00+08:00">${cnDate} ${clock}</time></span><span class="byline"> 作者 <span class="author vcard">${handle}</span></span><span class="comments-link"><a>3条评论</a></span></div>`,
    `<footer class="entry-footer">本条目发布于<time datetime="${a.date}:00+08:00">${cnDate}</time>。属于<a>未分类</a>分类。作者是<a>${handle}</a>。</footer>`,
    `<p class="meta">${handle} 发表于${dash(a.date)} | 阅读 812 | <a>评论 0</a></p>`,
  ], k);
  const metaAfter = k === 2;
  const html = `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="UTF-8"><title>${esc(a.title)} &#8211; ${blog}</title>
<link rel='stylesheet' href='/wp-content/themes/twentyfifteen/style.css'><script>window._wpemojiSettings={};</script></head>
<body class="post-template-default single"><div id="page" class="site"><header class="site-header"><p class="site-title"><a href="/" rel="home">${blog}</a></p><p class="site-description">${pick(['走走停停，写写画画', '记录代码与生活', '风过无痕', '工业控制那些事'], k)}</p></header>
<div id="content"><main id="main"><article class="post type-post status-publish">
<header class="entry-header"><h1 class="entry-title">${esc(a.title)}</h1>${metaAfter ? '' : meta}</header>
<div class="entry-content">
${a.paras.map((p) => `<p>${esc(p)}</p>`).join('\n')}
</div>
${metaAfter ? meta : ''}
</article>
<nav class="post-navigation"><div class="nav-previous"><a><span class="meta-nav">上一篇</span> 周末随手拍</a></div><div class="nav-next"><a><span class="meta-nav">下一篇</span> 再谈工业互联网</a></div></nav>
<div id="comments" class="comments-area"><h2 class="comments-title">《${esc(a.title)}》上有3条评论</h2><ol class="comment-list">
<li class="comment"><b class="fn">老张</b> <time>${yearOf(a)}年12月${10 + k}日 下午3:20</time><p>支持博主，写得很实在。</p></li></ol>
<div id="respond"><h3>发表评论</h3><form><textarea></textarea><input type="submit" value="发表评论"></form></div></div></main>
<aside id="secondary" class="widget-area"><section class="widget"><h2 class="widget-title">近期文章</h2><ul><li><a>再谈工业互联网</a> <span class="post-date">${yearOf(a)}年12月${18 + k}日</span></li></ul></section>
<section class="widget"><h2 class="widget-title">归档</h2><ul><li><a>${yearOf(a)}年十二月</a></li><li><a>${yearOf(a)}年十一月</a></li></ul></section></aside></div>
<footer class="site-footer"><a>自豪地采用WordPress</a></footer></div></body></html>`;
  return {
    name: `g-wpblog-${k}`, html,
    gold: gold(a, { url, withTime: k === 1 || k === 3, source: null, author: handle, notInBody: ['发表于', '支持博主', '近期文章', '上一篇', '发表评论', '本条目发布于'] }),
  };
};

/** A 街道 page whose text box restates the headline in bold and a subtitle, closed by `（来源：X）` and 【返回首页】. */
const streetRestate = (a: PoolArticle, k: number): GenPage => {
  const office = pick(['城东街道办事处', '河西街道', '新桥镇', '南苑街道办事处'], k);
  const id = parseInt(pageId(a, k), 16) % 99999;
  const url = `http://www.${pick(['chengdong', 'hexi', 'xinqiao', 'nanyuan'], k)}${k}.gov.cn/html/${a.date.slice(0, 7).replace('-', '')}/${id}.html`;
  const sub = pick(['——街道召开专题推进会部署相关工作', '街道多措并举推动工作落实', '——记街道一线工作者', '党建引领 服务先行'], k);
  const src = pick([office, `${office}宣传办`, office, `${office}党工委`], k);
  const closing = pick([`<p>（来源：${src}）</p>`, `<p style="text-align:right">（${src}供稿）</p>`, `<p>信息来源：${src}</p>`, `<p>（来源：${src}　编辑：王芳）</p>`], k);
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)} - ${office}</title></head>
<body><div class="top"><span>${office}欢迎您！</span><span>今天是：<script>document.write(new Date().toLocaleDateString())</script></span></div>
<div class="nav">${menu(['首页', '街道概况', '党建工作', '政务公开', '社区动态', '便民服务'])}</div>
<div class="con"><div class="place">当前位置：首页 &gt; 社区动态</div>
<div class="art-title">${esc(a.title)}</div>
<div class="art-info">发布日期：${a.date.slice(0, 10)}　　浏览次数：<span id="hits">77</span></div>
<div class="art-con">
<p style="text-align:center"><strong>${esc(a.title)}</strong></p>
<p style="text-align:center">${sub}</p>
${a.paras.map((p) => `<p>${esc(p)}</p>`).join('\n')}
${closing}
</div>
<div class="art-btn">【<a href="/">返回首页</a>】【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】</div></div>
<div class="foot">版权所有：${office}　地址：某某路${k + 1}号　备案号：某ICP备00000000号</div></body></html>`;
  return {
    name: `g-streetrestate-${k}`, html,
    gold: gold(a, { url, withTime: false, source: k === 1 ? null : src, author: k === 3 ? [null, '王芳'] : null, notInBody: [sub.replace(/^——/, ''), '返回首页', '浏览次数', '供稿', '来源：', '信息来源'] }),
  };
};

/** A trade medium with a bilingual site name: the headline in a div, og:title cut by raw quotes, a yearless time, a 原创 note. */
const eeBrand = (a: PoolArticle, k: number): GenPage => {
  const site = pick(['EEW 电子工程视界', 'ICT 通信产业报道', 'MEM 微电子世界', 'PWR 电源技术网'], k);
  const latin = site.split(' ')[0].toLowerCase();
  const id = 100000 + (parseInt(pageId(a, k), 16) % 800000);
  const url = `https://www.${latin}-example${k}.com.cn/news/${id}.html`;
  const words = a.title.split(' ');
  // The headline quotes a term in ASCII quotes, as the reviewer's pages do.
  const headline = words.length > 1 ? `${words[0]} "${words[1]}"` : `"${a.title}"`;
  const writer = pick(['Wang Lei', '陈一鸣', 'Lisa Zhou', '孙浩'], k);
  const byline = pick([
    `<div class="art-meta"><span>作者：${writer}, ${latin.toUpperCase()} China</span><span>${dash(a.date).slice(5)}</span><span>阅读：1644</span></div>`,
    `<div class="art-meta"><span>${writer}，${latin}_${k}@example.com</span><span>发布时间：${dash(a.date).slice(5)}</span></div>`,
    `<div class="art-meta">文章来源：${site}　作者：${writer}　时间：${dash(a.date).slice(5)}</div>`,
    `<div class="art-meta"><a class="au">${writer}</a> · ${dash(a.date).slice(5)} · 评论(0)</div>`,
  ], k);
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(headline)}-${site}</title>
<meta property="og:title" content="${headline}"><meta name="publishdate" content="${a.date.slice(0, 10)} ${a.date.slice(11)}:00"><meta name="author" content="${site}"></head>
<body><div class="hd"><a class="logo" href="/">${site}</a>${menu(['新闻', '技术', '设计实例', '视频', '白皮书', '在线研讨会', 'English'])}</div>
<div class="crumb"><a>首页</a> » <a>新闻</a> » 正文</div>
<div class="article"><div class="title">${esc(headline)}</div>
${byline}
<div class="summary">导读：${esc(a.paras[0].slice(0, 30))}……</div>
<div class="art-body">
${a.paras.map((p) => `<p>${esc(p)}</p>`).join('\n')}
<p>本文为${site}原创文章，未经授权禁止转载。</p>
</div>
<div class="tags">相关标签：<a>半导体</a> <a>产业</a></div>
<div class="share">分享到：<a>微信</a><a>微博</a></div></div>
<div class="related"><h3>推荐阅读</h3><ul><li><a>国内首条12英寸产线量产</a> ${later(a, 1).slice(5)} 10:20</li><li><a>先进封装产能告急</a> ${later(a, 2).slice(5)} 09:05</li></ul></div>
<div class="ft">© ${yearOf(a)} ${site} 版权所有</div></body></html>`;
  return {
    name: `g-eebrand-${k}`, html,
    gold: { ...gold(a, { url, withTime: true, source: k === 2 ? site : null, author: writer, notInBody: ['导读', '原创文章', '相关标签', '分享到', '推荐阅读'] }), title: headline },
  };
};

/** An old GBK site of an office or a company: the text and its 相关链接 or 上一篇/下一篇 in one cell, `<title>` the site's name. */
const oldGbkCell = (a: PoolArticle, k: number): GenPage => {
  const owner = pick(['东郊街道办事处', '华通机电设备有限公司', '柳林镇人民政府', '永信阀门有限公司'], k);
  const gov = k % 2 === 0;
  const id = parseInt(pageId(a, k), 16) % 9999;
  const url = gov ? `http://www.dongjiao${k}.gov.cn/show.asp?id=${id}` : `http://www.huatong${k}.com/news/show.asp?id=${id}`;
  const title = pick([`${owner}`, `新闻中心 - ${owner}`, `${owner}　${a.title}`, `${owner}-公司动态`], k);
  const when = pick([`发布日期：${a.date.slice(0, 4)}年${a.date.slice(5, 7)}月${a.date.slice(8, 10)}日`, `发布时间：${a.date.slice(0, 10)}`, `日期：${a.date.slice(0, 10)}&nbsp;&nbsp;来源：柳林镇党政办`, `更新时间：${a.date.slice(0, 10)}&nbsp;&nbsp;点击数：<script>document.write(97)</script>`], k);
  const inCell = pick([
    `<br><b>相关链接：</b><br>·<a>街道召开安全生产工作会议</a>（${later(a, 1)}）<br>·<a>社区开展消防演练</a>（${later(a, 3)}）`,
    `<br>上一篇：<a>公司通过高新技术企业复审</a><br>下一篇：<a>我司参加国际阀门展</a>`,
    `<br>【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】`,
    `<br><br>【返回】【顶部】<br>上一条：<a>公司召开年度总结大会</a>`,
  ], k);
  const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>${esc(title)}</title></head>
<body topmargin="0"><table width="960" align="center" border="0" cellpadding="0" cellspacing="0"><tr><td><img src="/images/top.jpg" alt="${owner}"></td></tr>
<tr><td class="nav">${menu(gov ? ['首页', '机构设置', '政务公开', '工作动态', '办事指南'] : ['首页', '公司简介', '产品中心', '新闻中心', '联系我们'])}</td></tr></table>
<table width="960" align="center"><tr><td width="200" valign="top" class="left"><table><tr><td class="lt">${gov ? '工作动态' : '新闻中心'}</td></tr><tr><td><a>${gov ? '街道要闻' : '公司新闻'}</a></td></tr><tr><td><a>${gov ? '社区动态' : '行业资讯'}</a></td></tr></table></td>
<td valign="top"><table width="100%"><tr><td height="30" class="wz">您的位置：首页 &gt;&gt; ${gov ? '工作动态' : '新闻中心'}</td></tr>
<tr><td align="center" height="50"><font size="4" color="#003399"><b>${esc(a.title)}</b></font></td></tr>
<tr><td align="center"><font color="#999999">${when}</font></td></tr>
<tr><td style="line-height:180%;font-size:14px">
${a.paras.map((p) => `&nbsp;&nbsp;&nbsp;&nbsp;${esc(p)}<br>`).join('\n')}
${inCell}
</td></tr></table></td></tr></table>
<table width="960" align="center"><tr><td align="center" class="copy">版权所有：${owner}　地址：某某区某某路${k + 8}号　电话：0531-8${k}666666　<a>某ICP备00000000号</a></td></tr></table></body></html>`;
  return {
    name: `g-oldgbkcell-${k}`, html, bytes: gbk(html),
    gold: gold(a, { url, withTime: false, source: k === 2 ? '柳林镇党政办' : null, author: null, notInBody: [pick(['相关链接', '上一篇', '打印本页', '返回'], k), pick(['安全生产工作会议', '高新技术企业复审', '关闭窗口', '年度总结大会'], k), '版权所有'] }),
  };
};

/** A 街道/乡镇 page printing its headline and day on one row (no heading of its own), `<title>` the headline and the office. */
const officeTitleRow = (a: PoolArticle, k: number): GenPage => {
  const office = pick(['东塘街道办事处', '柳河镇人民政府'], k);
  const id = parseInt(pageId(a, k), 16) % 99999;
  const url = `http://www.${pick(['dongtang', 'liuhe'], k)}${k}.gov.cn/news_show.asp?id=${id}`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}${pick([' ', '_'], k)}${office}</title></head>
<body><div class="banner">${office}</div><div class="nav">${menu(['首页', '政务公开', '工作动态', '便民服务'])}</div>
<table width="900" align="center"><tr><td class="row-title"><span style="color:#c00">${esc(a.title)}</span>　[${a.date.slice(0, 10)}]　浏览：<span>66</span>次</td></tr>
<tr><td class="row-text">
${a.paras.map((p) => `<p>${esc(p)}</p>`).join('\n')}
</td></tr>
<tr><td align="center">【<a href="javascript:window.close()">关闭窗口</a>】</td></tr></table>
<div class="foot">主办：${office}　地址：某某路${k + 3}号</div></body></html>`;
  return { name: `g-officetitlerow-${k}`, html, gold: gold(a, { url, withTime: false, source: null, author: null, notInBody: ['关闭窗口', '浏览：', '主办：'] }) };
};

/** Variants 0–1 of the company's news page (inline-styled divs; a 新闻中心 h3 with 本站/admin). */
export const gFirmNews: Template = (a, k) => companyNews(a, k);
/** Variants 2–3: the day only in the URL beside a dated 最新资讯 list; an old table layout titled only by the company. */
export const gFirmNewsMore: Template = (a, k) => companyNews(a, k + 2);
/** Variants 0–1 of the trade medium (`作者：name, e-mail`; a yearless time with the year in meta, og:title with raw quotes). */
export const gEeMedia: Template = (a, k) => eeMedia(a, k);
/** Variants 2–3: `网络整理 阅读：N` (no writer), and a writer, e-mail and counters between bars. */
export const gEeMediaMore: Template = (a, k) => eeMedia(a, k + 2);
/** Variants 0–1 of the 街道/乡镇 site (TRS tables; a 站群 div make). */
export const gStreetOffice: Template = (a, k) => subdistrict(a, k);
/** Variants 2–3: an old PHP site with a glued line; a table layout titled only by the office. */
export const gStreetOfficeMore: Template = (a, k) => subdistrict(a, k + 2);
/** Variants 0–1 of the blog post (`发表于` glued; a handle before 发表于). */
export const gBlogPost: Template = (a, k) => blogPost(a, k);
/** Variants 2–3: a column's `文 / handle 发布于`; a post dated only in its URL. */
export const gBlogPostMore: Template = (a, k) => blogPost(a, k + 2);
/** Variants 0–1 of the forum's first post. */
export const gForumFirst: Template = (a, k) => forumPost(a, k);
/** Variants 2–3: 发表时间 and a time before 发表. */
export const gForumFirstMore: Template = (a, k) => forumPost(a, k + 2);

/** Variants 0–1 of the small trade medium (an ad line or 来源于 opening the text, a 原创 note or 声明 closing it). */
export const gTradeSmall: Template = (a, k) => tradeSmall(a, k);
/** Variants 2–3: a 推广 line or a bracketed 本文来源于; a 原创 note with a 公众号 prompt, or 返回…查看更多. */
export const gTradeSmallMore: Template = (a, k) => tradeSmall(a, k + 2);
/** Variants 0–1 of the 贴吧-like thread (the floor and time under the post; a client before them). */
export const gBarThread: Template = (a, k) => tiebaThread(a, k);
/** Variants 2–3: 楼主 before the time; an IP line; a <title> of the bar's name alone. */
export const gBarThreadMore: Template = (a, k) => tiebaThread(a, k + 2);
/** Variants 0–1 of the town's 站群 page (a yearless time, the year in meta or in the URL). */
export const gTownYearless: Template = (a, k) => townYearless(a, k);
/** Variants 2–3: the office beside the yearless time; the year nowhere but in the URL's `/art/` path or the meta. */
export const gTownYearlessMore: Template = (a, k) => townYearless(a, k + 2);
/** Variants 0–1 of the company page with its logo as <h1> (`[YYYY-MM-DD]`, `YYYY/MM/DD`). */
export const gFirmLogo: Template = (a, k) => firmLogoH1(a, k);
/** Variants 2–3: `日期：` and a Chinese day; a <title> of the company's name alone. */
export const gFirmLogoMore: Template = (a, k) => firmLogoH1(a, k + 2);
/** Variants 0–1 of the WordPress blog (`发表于 <time> 由 handle`; `发布于` with a 12-hour clock and `作者 handle`). */
export const gWpBlog: Template = (a, k) => wpBlog(a, k);
/** Variants 2–3: the theme's sentence after the text (`本条目发布于…作者是X。`); `handle 发表于…` glued with counters. */
export const gWpBlogMore: Template = (a, k) => wpBlog(a, k + 2);
/** Variants 0–1 of the 街道 page restating its headline and a subtitle inside the text's box. */
export const gStreetRestate: Template = (a, k) => streetRestate(a, k);
/** Variants 2–3: other subtitles and closing 来源/编辑 notes. */
export const gStreetRestateMore: Template = (a, k) => streetRestate(a, k + 2);
/** Variants 0–1 of the bilingual-named trade medium (`作者：Latin name, EEW China`; `name，e-mail`). */
export const gEeBrand: Template = (a, k) => eeBrand(a, k);
/** Variants 2–3: the site itself as 文章来源; a linked name and counters. */
export const gEeBrandMore: Template = (a, k) => eeBrand(a, k + 2);
/** Variants 0–1 of the old GBK site (a 相关链接 list or 上一篇/下一篇 in the text's cell; <title> the site's name). */
export const gOldGbkCell: Template = (a, k) => oldGbkCell(a, k);
/** Variants 2–3: 【打印本页】【关闭窗口】 or 【返回】 and 上一条 in the cell; the headline after the site in <title>. */
export const gOldGbkCellMore: Template = (a, k) => oldGbkCell(a, k + 2);
/** The 街道/乡镇 page printing its headline, day and counter on one row. */
export const gOfficeTitleRow: Template = (a, k) => officeTitleRow(a, k);

/** The round's templates, in the order their pages are written. */
export const DEV_TEMPLATES_AI: Template[] = [gFirmNews, gFirmNewsMore, gEeMedia, gEeMediaMore, gStreetOffice, gStreetOfficeMore, gBlogPost, gBlogPostMore, gForumFirst, gForumFirstMore, gTradeSmall, gTradeSmallMore, gBarThread, gBarThreadMore, gTownYearless, gTownYearlessMore, gFirmLogo, gFirmLogoMore, gWpBlog, gWpBlogMore, gStreetRestate, gStreetRestateMore, gEeBrand, gEeBrandMore, gOldGbkCell, gOldGbkCellMore, gOfficeTitleRow];

/**
 * Held-out 29 (#17, round 18), seven families no part had, in the full markup real sites serve (long heads with
 * statistics scripts and JSON-LD, menus of dozens of links, breadcrumbs, ad iframes and inline scripts inside the
 * text, dated 相关/热点 lists, comments, share rows, 备案/版权所有/联系我们 footers): an exchange's 公告 printed as an
 * article, a city 融媒体中心's app article (来源 an account `某某发布`, 编辑/审核/校对 credits), a county's 政务公开 article
 * (附件 list, 扫一扫 QR block), a Hong Kong outlet in traditional characters (`2026年1月3日 星期六`, 記者 lines), a tech
 * medium (作者头像, 标签, 打赏), an industry association's 行业动态 (发布人, 浏览次数) and a forum thread's first post (楼主,
 * 发表于, 只看该作者). Each family prints its own texts (heldout29-pool.ts); the article passed in is not used.
 */
import { cnDay, dash, dayOnly, esc, gold, pageId, pick, type Template } from './common.js';
import { HELDOUT29_POOL } from './heldout29-pool.js';

const links = (words: string[], base: string, cls = ''): string =>
  words.map((w, i) => `<li${cls ? ` class="${cls}"` : ''}><a href="${base}/${i + 1}/" target="_blank">${w}</a></li>`).join('');

const stats = (id: string): string => `<script>var _hmt=_hmt||[];(function(){var hm=document.createElement("script");hm.src="https://hm.example-stat.cn/hm.js?${id}";var s=document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm,s);})();</script>
<script>window.__SITE_CONF__={"env":"prod","cdn":"//static.example-cdn.cn","ver":"3.8.12"};</script>`;

const dated = (items: [string, string][], tag = 'span'): string =>
  items.map(([t, d]) => `<li><a href="/a/${encodeURIComponent(t).length}.html" title="${t}">${t}</a><${tag} class="date">${d}</${tag}></li>`).join('\n');

/** An exchange's 公告 printed as an article: a ticker above, the signature and date its last lines, 附件 after. */
export const hExchange: Template = (_a, k) => {
  const a = HELDOUT29_POOL.exchange[k];
  const url = k === 0 ? `https://www.example-dce.com.cn/dalianshangpin/ywfw/jystz/ggytz/${pageId(a, k)}/index.html` : `https://www.example-szse0.cn/aboutus/trends/news/t${a.date.slice(0, 10).replace(/-/g, '')}_${parseInt(pageId(a, k), 16) % 100000}.html`;
  const site = pick(['某某商品交易所', '某某证券交易所'], k);
  const nav = links(['首页', '本所概况', '本所要闻', '交易所公告', '业务通知', '市场数据', '行情数据', '统计数据', '期货', '期权', '交割仓库', '会员服务', '投资者教育', '投资者服务', '法律规则', '技术服务', '人员招聘', 'English', '党建工作', '信息公开', '联系我们', '网站地图', '常见问题', '产品与服务', '国际业务', '结算业务', '风险管理', '数据服务', '培训中心', '投诉举报'], '/channel');
  const info = k === 0
    ? `<div class="detail_info"><span>发布时间：${dash(a.date)}</span><span>来源：${site}</span><span class="zihao">字号：<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a></span><span>浏览次数：<em id="clickNum">--</em></span></div>`
    : `<div class="des-info"><span class="time">${dayOnly(a.date)}</span>　<span class="src">来源：${a.source}</span>　<a class="print" href="javascript:window.print()">打印</a><a class="share-wx" href="#">分享</a></div>`;
  const paras = a.paras.map((p, i) => {
    const tail = k === 0 && i >= a.paras.length - 2;
    return `<p style="${tail ? 'text-align:right;' : 'text-indent:2em;'}">${esc(p)}</p>`;
  }).join('\n');
  const html = `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(a.title)}-${pick(['交易所公告', '本所要闻'], k)}-${site}</title>
<meta name="keywords" content="${site},${pick(['公告,保证金,涨跌停板', '本所要闻,监管指引,回购'], k)}">
<meta name="description" content="${esc(a.paras[1].slice(0, 60))}">
<link rel="stylesheet" href="/static/css/common.css?v=20251201"><link rel="stylesheet" href="/static/css/detail.css">
${stats(pageId(a, 9))}
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"${esc(a.title)}","publisher":{"@type":"Organization","name":"${site}"}}</script>
<script src="/static/js/jquery-1.12.4.min.js"></script><script src="/static/js/quote-ticker.js"></script>
</head><body>
<div class="top-quote" id="quoteBar"><span class="q-item">铁矿石 I2605 <b>812.5</b> <i class="up">+1.87%</i></span><span class="q-item">豆粕 M2605 <b>2,961</b> <i class="down">-0.42%</i></span><span class="q-item">深证成指 <b>10,823.16</b> <i class="up">+0.56%</i></span><span class="q-time">${dash(a.date).slice(0, 10)} 15:00:00</span></div>
<div class="header"><div class="w1200"><a class="logo" href="/"><img src="/static/img/logo.png" alt="${site}"></a><div class="search"><input type="text" placeholder="请输入关键字"><button>搜索</button></div><div class="toplink"><a href="/en/">English</a> | <a href="/wza/">无障碍</a> | <a href="/app/">移动客户端</a></div></div></div>
<div class="nav"><ul class="w1200">${nav}</ul></div>
<div class="w1200 crumb">当前位置：<a href="/">首页</a> &gt; <a href="/channel/4/">${pick(['业务通知', '本所要闻'], k)}</a> &gt; <a href="/channel/5/">${pick(['交易所公告', '监管动态'], k)}</a> &gt; 正文</div>
<div class="w1200 main clearfix">
<div class="left-menu"><h3>${pick(['业务通知', '本所要闻'], k)}</h3><ul>${links(['交易所公告', '交易所通知', '业务通知', '监管动态', '会员动态', '市场快讯'], '/sub')}</ul></div>
<div class="right-con">
<div class="detail_content_box">
<div class="detail_title">${k === 0 ? `<h2>${esc(a.title)}</h2>` : `<h1 class="news-title">${esc(a.title)}</h1>`}</div>
${info}
<div class="detail_con" id="zoom">
${k === 1 ? `<div class="TRS_Editor">` : ''}${paras}${k === 1 ? '</div>' : ''}
<script>document.getElementById("clickNum")&&(document.getElementById("clickNum").innerHTML="3261");</script>
</div>
${k === 0 ? `<div class="fujian"><p class="fj-title">附件：</p><ul><li><a href="/upload/2026/01/06/I2605_bzj.xlsx">1. 铁矿石期货各合约保证金标准调整一览表.xlsx</a></li><li><a href="/upload/2026/01/06/fxts.pdf">2. 风险提示函.pdf</a></li></ul></div>` : ''}
<div class="detail_tool"><a href="javascript:window.print()">【打印】</a><a href="javascript:window.close()">【关闭】</a><a href="#top">【返回顶部】</a><div class="bdsharebuttonbox">分享到：<a class="bds_weixin">微信</a><a class="bds_tsina">微博</a></div></div>
<div class="related"><h4>${pick(['相关公告', '相关新闻'], k)}</h4><ul>
${dated(k === 0 ? [['关于调整焦煤期货相关合约交易保证金标准的通知', '2025-12-29'], ['关于2026年元旦期间调整各品种保证金标准和涨跌停板幅度的通知', '2025-12-24'], ['关于铁矿石期货合约交割质量标准修订的公告', '2025-11-18']] : [['本所召开上市公司董事长座谈会', '2026-01-07'], ['本所发布2025年度市场质量报告', '2025-12-30'], ['本所举办可持续发展信息披露培训', '2025-12-16']])}
</ul></div>
</div>
<div class="side-box"><h4>最新${pick(['公告', '动态'], k)}</h4><ul>${dated([['关于发布2026年第一批交割仓库名单的公告', '2026-01-20'], ['关于春节期间调整各品种涨跌停板幅度的通知', '2026-01-26'], ['关于新增做市商的公告', '2026-01-22']])}</ul></div>
</div></div>
<div class="footer"><div class="w1200"><p><a href="/about/">关于我们</a> | <a href="/contact/">联系我们</a> | <a href="/law/">法律声明</a> | <a href="/map/">网站地图</a></p>
<p>版权所有：${site}　地址：某某市某某区会展路129号　邮编：116023</p><p>免责声明：本网站所载信息仅供参考，不构成投资建议。</p><p><a href="https://beian.example.gov.cn/">辽ICP备05000000号-1</a>　公网安备 21020000000000号</p></div></div>
</body></html>`;
  return { name: `hx-exchange-${k}`, html, gold: gold(a, { url, withTime: k === 0, source: a.source, author: null, notInBody: [...(k === 0 ? ['字号', '附件'] : []), '打印', '关闭', pick(['相关公告', '相关新闻'], k), '最新', '免责声明', '版权所有', '分享到'] }) };
};

/** A city 融媒体中心's app article: 打开APP bars, the account as 来源, 编辑/审核/校对 credits, comments with later times. */
export const hCityApp: Template = (_a, k) => {
  const a = HELDOUT29_POOL.cityapp[k];
  const app = pick(['鹿城新闻', '瓯江潮'], k);
  const url = `https://h5.example-rmt.cn/${pick(['newsDetail', 'article/detail'], k)}?id=${parseInt(pageId(a, k), 16) % 10000000}&channel=${pick(['shizheng', 'jiaotong'], k)}`;
  const credits = k === 0
    ? `<p class="credit">记者：${a.author}　编辑：${a.editor}　审核：王涛　校对：李敏</p>`
    : `<div class="article-editor"><p>编辑：${a.editor}</p><p>校对：陈洁</p><p>审核：周卫东</p></div>`;
  const mid = Math.floor(a.paras.length / 2);
  const body = a.paras.map((p, i) => `<p class="text">${esc(p)}</p>${i === mid - 1 ? `\n<div class="img-box"><img src="//img.example-rmt.cn/2026/01/${pageId(a, i)}.jpg" data-ratio="0.66"><p class="img-desc">${pick(['现场图', '施工现场'], k)}　${pick(['通讯员 摄', '资料图'], k)}</p></div>` : ''}`).join('\n');
  const info = k === 0
    ? `<div class="art-info"><span class="art-source">${a.source}</span><span class="art-time">${dash(a.date)}</span><span class="art-read">阅读 2.1万</span></div>`
    : `<div class="art-info"><span>来源：${a.source}</span>　<span>${cnDay(a.date)} ${a.date.slice(11)}</span></div>`;
  const html = `<!DOCTYPE html><html><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width,initial-scale=1,maximum-scale=1,user-scalable=no">
<title>${esc(a.title)}</title>
<meta name="description" content="${esc(a.paras[0].slice(0, 50))}">
<meta property="og:title" content="${esc(a.title)}"><meta property="og:image" content="//img.example-rmt.cn/share/logo.png">
<link rel="stylesheet" href="//static.example-rmt.cn/h5/css/app.7c1e9a.css">
${stats(pageId(a, 8))}
<script>var shareConfig={title:"${esc(a.title)}",desc:"${app}客户端",link:location.href,imgUrl:"//img.example-rmt.cn/share/logo.png"};</script>
<script src="//res.example-wx.qq.com/open/js/jweixin-1.6.0.js"></script>
</head><body>
<div class="download-bar" id="openApp"><img src="//img.example-rmt.cn/share/logo.png"><div><b>${app}</b><p>${pick(['某某市融媒体中心官方客户端', '看新闻 办政务 就上瓯江潮'], k)}</p></div><a class="btn-open">打开APP</a></div>
<div class="page-article">
<h1 class="art-title">${esc(a.title)}</h1>
${info}
<div class="art-content" id="artContent">
${body}
${credits}
</div>
<div class="open-more"><a href="${app}://article">打开${app}APP，阅读体验更佳</a></div>
<div class="art-actions"><span class="like">点赞 ${pick(['356', '1024'], k)}</span><span class="share">分享</span><span class="collect">收藏</span></div>
<div class="recommend"><div class="rec-title">推荐阅读</div><ul>
${dated(k === 0 ? [['我市召开2026年经济工作会议', '01-04 19:20'], ['寒潮来袭！明起最低气温跌破零度', '01-05 07:45'], ['市区新增3处公共停车场', '01-03 16:08']] : [['轨道交通5号线首座车站封顶', '2026-01-06'], ['春运首日 全市发送旅客12.6万人次', '2026-01-05'], ['公交线路优化调整公告', '2026-01-02']])}
</ul></div>
<div class="comment-area"><div class="cmt-title">精彩评论（${pick(['12', '5'], k)}）</div>
<div class="cmt-item"><span class="cmt-user">${pick(['用户5831', '下班等地铁'], k)}</span><p class="cmt-text">${pick(['家门口就有社区食堂了，老人吃饭方便多了。', '终于要通了，上下班能省半小时。'], k)}</p><span class="cmt-time">${pick(['01-05 20:14', '01-07 21:30'], k)} · 浙江</span></div>
<div class="cmt-item"><span class="cmt-user">${pick(['阿明', '小鹿'], k)}</span><p class="cmt-text">${pick(['希望我们小区也早点建起来。', '希望多设几个出入口。'], k)}</p><span class="cmt-time">${pick(['01-06 08:02', '01-08 07:11'], k)} · 浙江</span></div>
</div>
</div>
<div class="footer-app">${app} · 某某市融媒体中心出品　浙ICP备15000000号-2　互联网新闻信息服务许可证：33120230000</div>
<script>$(function(){ if(/MicroMessenger/i.test(navigator.userAgent)){ $("#openApp").show(); } });</script>
</body></html>`;
  return { name: `hx-cityapp-${k}`, html, gold: gold(a, { url, withTime: true, source: a.source, author: k === 0 ? a.author : null, notInBody: ['编辑：', '审核', '校对', '打开', '推荐阅读', '精彩评论', '点赞'] }) };
};

/** A county's 政务公开 article: 信息来源 line, a 附件 list after the text and a 扫一扫 QR block. */
export const hCounty: Template = (_a, k) => {
  const a = HELDOUT29_POOL.county[k];
  const url = `http://www.example-county${k}.gov.cn/art/${a.date.slice(0, 4)}/${Number(a.date.slice(5, 7))}/${Number(a.date.slice(8, 10))}/art_${1229000 + k * 17}_${parseInt(pageId(a, k), 16) % 1000000}.html`;
  const county = pick(['某某县人民政府', '某某县人民政府门户网站'], k);
  const nav = links(['首页', '政务公开', '政务服务', '互动交流', '走进某某', '专题专栏', '政府信息公开指南', '政府信息公开制度', '法定主动公开内容', '政府文件', '政策解读', '人事信息', '财政信息', '规划计划', '统计信息', '应急管理', '重大项目', '乡镇动态', '部门动态', '公示公告', '民生实事', '建议提案办理', '依申请公开'], '/col', 'nav-li');
  const fj = `<div class="fj-list"><span class="fj-tit">附件：</span><ul>${k === 0 ? '<li><a href="/module/download/downfile.jsp?fileid=881">1. 2025年农村公路养护工程完成情况明细表.xls</a></li><li><a href="/module/download/downfile.jsp?fileid=882">2. 危桥改造项目一览表.pdf</a></li>' : '<li><a href="/module/download/downfile.jsp?fileid=913">专项检查问题清单.docx</a></li>'}</ul></div>`;
  const qr = `<div class="ewm-box"><img src="/picture/ewm/${pageId(a, k)}.png" alt="二维码"><p>扫一扫在手机打开当前页</p></div>`;
  const html = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>${esc(a.title)}</title>
<meta name="SiteName" content="${county}"><meta name="SiteDomain" content="www.example-county${k}.gov.cn"><meta name="SiteIDCode" content="3301270000">
<meta name="ColumnName" content="${pick(['公示公告', '部门动态'], k)}"><meta name="ColumnType" content="政务公开">
${k === 0 ? `<meta name="ArticleTitle" content="${esc(a.title)}"><meta name="PubDate" content="${dash(a.date)}"><meta name="ContentSource" content="${a.source}">` : ''}
<meta name="Keywords" content="">
<link href="/images/zwgk_style.css" rel="stylesheet" type="text/css" />
${stats(pageId(a, 7))}
<script type="text/javascript" src="/script/jquery.min.js"></script><script src="/script/zoom.js"></script>
</head><body>
<div class="topbar"><div class="w1100"><span>今天是：<script>document.write(new Date().toLocaleDateString());</script></span><span class="tlink"><a href="/">无障碍浏览</a> | <a href="/">长者模式</a> | <a href="/">登录</a> | <a href="/">注册</a></span></div></div>
<div class="banner"><img src="/images/banner_zwgk.jpg" alt="${county}"></div>
<div class="navbar"><ul class="w1100">${nav}</ul></div>
<div class="w1100 position">您当前的位置：<a href="/">首页</a> &gt; <a href="/col/col1229000/">政务公开</a> &gt; <a href="/col/col1229017/">${pick(['公示公告', '部门动态'], k)}</a></div>
<div class="w1100 xl-main">
<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td>
<div class="xl-title">${esc(a.title)}</div>
<div class="xl-info">${k === 0 ? `<span>发布日期：${dash(a.date)}</span>　<span>信息来源：${a.source}</span>` : `<span>来源：${a.source}</span>　<span>发布时间：${dash(a.date)}</span>`}　<span>浏览次数：<script src="/module/visitcount/articlehits.jsp?colid=1229017&artid=${parseInt(pageId(a, k), 16) % 1000000}"></script></span>　<span>字号：[ <a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a> ]</span></div>
${k === 1 ? qr : ''}
<div class="xl-content" id="zoom">
<!--ZJEG_RSS.content.begin--><meta name="ContentStart">
${a.paras.map((p) => `<p style="text-indent:2em;line-height:2;"><span style="font-family:仿宋_GB2312;font-size:16pt;">${esc(p)}</span></p>`).join('\n')}
<meta name="ContentEnd"><!--ZJEG_RSS.content.end-->
</div>
${fj}
${k === 0 ? qr : ''}
<div class="xl-tools"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a> <a href="javascript:void(0)" onclick="AddFavorite()">【收藏】</a></div>
<div class="xl-share">分享到：<a class="wx">微信</a> <a class="wb">微博</a> <a class="qq">QQ空间</a></div>
</td></tr></table>
<div class="xl-about"><div class="hd">相关信息</div><ul>${dated([['关于2025年度交通运输领域重点民生实事项目的公示', '2025-12-22'], ['县交通运输局2025年政府信息公开工作年度报告', '2026-01-20'], ['某某县国省道养护工程招标公告', '2025-11-30']])}</ul></div>
</div>
<div class="footer"><div class="w1100"><p><a href="/">网站地图</a> | <a href="/">联系我们</a> | <a href="/">隐私声明</a></p><p>主办单位：${county}办公室　承办：某某县大数据发展中心</p><p>网站标识码：3301270000　<a href="https://beian.example.gov.cn">浙ICP备05000000号</a>　浙公网安备 33012702000000号</p><p>版权所有 © ${county}</p><span id="_ideConac"><img src="/images/red.png" alt="党政机关"></span></div></div>
</body></html>`;
  return { name: `hx-county-${k}`, html, gold: gold(a, { url, withTime: true, source: a.source, author: null, notInBody: ['附件', '扫一扫', '打印本页', '关闭窗口', '相关信息', '分享到', '版权所有'] }) };
};

/** A Hong Kong outlet's article in traditional characters: `2026年1月3日 星期六`, 記者 lines, a 廣告 label between paragraphs. */
export const hHongKong: Template = (_a, k) => {
  const a = HELDOUT29_POOL.hongkong[k];
  const second = '陳詠詩';
  const [y, m, d] = a.date.slice(0, 10).split('-').map(Number);
  const week = pick(['星期六', '星期六'], k);
  const day = `${y}年${m}月${d}日 ${week}`;
  const url = `https://news.example-hk${k}.com.hk/${pick(['hongkong', 'finance'], k)}/article/${a.date.slice(0, 10).replace(/-/g, '')}/${parseInt(pageId(a, k), 16) % 1000000}`;
  const outlet = pick(['某某日報', '某某新聞網'], k);
  const nav = links(['主頁', '港聞', '要聞', '財經', '地產', '中國', '國際', '體育', '娛樂', '副刊', '評論', '教育', '健康', '科技', '生活', '影片', '專題', '即時新聞', '天氣', '訂閱'], '/section');
  const byline = k === 0 ? `<div class="article-author">記者 ${a.author}</div>` : `<div class="reporter">撰文：記者 ${a.author}、${second}</div>`;
  const body = a.paras.map((p, i) => `<p>${esc(p)}</p>${i === 1 ? `\n<div class="ad-inread"><span class="ad-label">廣告</span><iframe src="https://ads.example-hk.com/inread?slot=${i}" width="300" height="250" frameborder="0" scrolling="no"></iframe></div>\n<script>googletag.cmd.push(function(){googletag.display("div-gpt-ad-inread");});</script>` : ''}`).join('\n');
  const html = `<!DOCTYPE html><html lang="zh-Hant-HK"><head><meta charset="utf-8"><title>${esc(a.title)} | ${pick(['港聞', '財經'], k)} | ${outlet}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:site_name" content="${outlet}"><meta property="og:title" content="${esc(a.title)}">
<meta property="article:section" content="${pick(['港聞', '財經'], k)}"><meta property="article:published_time" content="${a.date}:00+08:00">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${esc(a.title)}","datePublished":"${a.date}:00+08:00","publisher":{"@type":"Organization","name":"${outlet}","logo":{"@type":"ImageObject","url":"https://news.example-hk${k}.com.hk/logo.png"}},"author":{"@type":"Organization","name":"${outlet}"}}</script>
<script async src="https://securepubads.example-g.com/tag/js/gpt.js"></script><script>window.googletag=window.googletag||{cmd:[]};</script>
${stats(pageId(a, 6))}
</head><body>
<header class="site-header"><a class="logo" href="/">${outlet}</a><nav><ul class="menu">${nav}</ul></nav><div class="hdr-date">${pick(['今日', '本日'], k)}：${y}年${m}月${d}日</div></header>
<div class="leaderboard"><iframe src="https://ads.example-hk.com/lb" width="970" height="90"></iframe></div>
<main class="container"><div class="row"><article class="col-main">
<div class="breadcrumb"><a href="/">主頁</a> › <a href="/section/2/">${pick(['港聞', '財經'], k)}</a></div>
<h1 class="article-title">${esc(a.title)}</h1>
<div class="article-meta"><span class="pub-date">${k === 0 ? day : `發佈日期：${day}`}</span>${k === 1 ? `<span class="upd">最後更新：${y}年${m}月${d}日 ${week}</span>` : ''}</div>
${byline}
<div class="share-row"><a class="fb">Facebook</a><a class="wa">WhatsApp</a><a class="copy">複製連結</a><span class="fsize">字體大小</span></div>
<figure class="lead-img"><img src="https://img.example-hk.com/${pageId(a, 2)}.jpg"><figcaption>${pick(['創新科技署今日公布新計劃詳情。（資料圖片）', '統計處公布最新零售數字。（資料圖片）'], k)}</figcaption></figure>
<div class="article-body">
${body}
</div>
<div class="tags">標籤：<a href="/tag/1">${pick(['創科', '零售'], k)}</a> <a href="/tag/2">${pick(['初創', '統計處'], k)}</a></div>
<div class="related"><h3>相關新聞</h3><ul>${dated([['數碼港新一批培育計劃公司名單出爐', '2025年12月28日'], ['科學園第三期擴建工程明年動工', '2025年12月15日'], ['政府檢討創科基金撥款機制', '2025年11月30日']])}</ul></div>
<div class="comments"><h3>讀者回應</h3><div class="cmt"><b>${pick(['路人甲', 'Kelvin'], k)}</b><p>${pick(['希望審批唔好太慢。', '旅客多咗但係本地人都北上消費。'], k)}</p><time>${pick(['2026年1月3日 14:02', '2026年1月31日 19:40'], k)}</time></div></div>
</article>
<aside class="col-side"><div class="hot"><h3>熱門新聞</h3><ol>${dated([['颱風季提早？天文台解說', '1小時前'], ['新樓盤周末沽清八成', '3小時前'], ['港鐵新線明年通車', '5小時前']])}</ol></div><div class="mrec"><iframe src="https://ads.example-hk.com/mrec" width="300" height="250"></iframe></div></aside>
</div></main>
<footer class="site-footer"><p><a href="/about">關於我們</a> | <a href="/contact">聯絡我們</a> | <a href="/privacy">私隱政策</a> | <a href="/terms">使用條款</a></p><p>© ${y} ${outlet}有限公司 版權所有，不得轉載</p></footer>
</body></html>`;
  return { name: `hx-hongkong-${k}`, html, gold: gold(a, { url, withTime: false, source: null, author: k === 0 ? a.author : [a.author, `${a.author}、${second}`, `${a.author} ${second}`], notInBody: ['記者', '廣告', '標籤', '相關新聞', '讀者回應', '熱門新聞', '版權所有', '複製連結'] }) };
};

/** A tech medium's story: the writer's avatar card, 题图 note, 标签, a 打赏 block and a comment list. */
export const hTechMedia: Template = (_a, k) => {
  const a = HELDOUT29_POOL.techmedia[k];
  const second = '孙悦';
  const site = pick(['某氪', '虎啸网'], k);
  const url = `https://www.example-${pick(['36k', 'huxiao'], k)}.com/${pick(['p', 'article'], k)}/${parseInt(pageId(a, k), 16)}${k === 1 ? '.html' : ''}`;
  const nav = links(['首页', '快讯', '资讯', '推荐', '财经', '科技', '汽车', '创投', '企服', '出海', '专题', '活动', '视频', '直播', '研究', '创新', '城市', '职场', '早期项目', '融资', '投资人', '更多'], '/information');
  const card = (name: string, i: number): string => `<div class="author-item"><a href="/user/${parseInt(pageId(a, i), 16) % 100000}" class="avatar-link"><img class="avatar" src="https://img.example-cdn.com/avatar/${pageId(a, i)}.png" alt="作者头像"></a><a class="author-name" href="/user/${parseInt(pageId(a, i), 16) % 100000}">${name}</a><span class="follow-btn">+ 关注</span></div>`;
  const authors = k === 0 ? card(a.author ?? '', 0) : `${card(a.author ?? '', 0)}${card(second, 1)}`;
  const time = k === 0 ? `<span class="title-icon-item item-time">·${dash(a.date)}</span>` : `<span class="article-time">${dash(a.date)}</span><span class="article-read">阅读 ${pick(['8.2k', '3.6万'], k)}</span>`;
  const body = a.paras.map((p, i) => `<p>${esc(p)}</p>${i === 1 ? `\n<div class="ad-wrap"><ins class="adsbygoogle" data-ad-slot="8723"></ins><script>(adsbygoogle=window.adsbygoogle||[]).push({});</script></div>` : ''}`).join('\n');
  const html = `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(a.title)}-${site}</title>
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="keywords" content="${pick(['人形机器人,关节模组,供应链', '储能,出海,中东'], k)}">
<meta name="description" content="${esc(a.paras[0].slice(0, 70))}">
<meta property="og:type" content="article"><meta property="og:title" content="${esc(a.title)}"><meta property="og:site_name" content="${site}">
<link rel="stylesheet" href="https://static.example-cdn.com/pc/css/article.4f9c2.css">
${stats(pageId(a, 5))}
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${esc(a.title)}","datePublished":"${a.date}:00+08:00","author":[{"@type":"Person","name":"${a.author}"}${k === 1 ? `,{"@type":"Person","name":"${second}"}` : ''}],"publisher":{"@type":"Organization","name":"${site}"}}</script>
<script>window.initialState={"articleDetail":{"articleDetailData":{"data":{"widgetTitle":"${esc(a.title)}","publishTime":${Date.parse(`${a.date}:00+08:00`)},"authorName":"${a.author}"}}},"channel":[${['推荐', '财经', '科技'].map((c) => `"${c}"`).join(',')}]};</script>
</head><body>
<div class="kr-header"><a class="logo" href="/">${site}</a><ul class="kr-nav">${nav}</ul><div class="kr-search"><input placeholder="搜索"></div><a class="kr-login">登录</a></div>
<div class="main-wrapper"><div class="article-left">
<div class="kr-crumb"><a href="/">首页</a> / <a href="/information/tech/">${pick(['科技', '出海'], k)}</a></div>
<h1 class="article-title">${esc(a.title)}</h1>
<div class="article-title-icon">${authors}${time}</div>
<div class="summary">${pick(['编者按：人形机器人的成本结构，决定了它什么时候能真正走进工厂。', '摘要：海外建厂，是储能企业绕不开的一道题。'], k)}</div>
<div class="articleDetailContent kr-rich-text-wrapper">
${body}
</div>
<div class="article-footer-txt"><p>${pick(['题图来源：视觉中国', '本文为虎啸原创，未经授权不得转载'], k)}</p>${k === 1 ? '<p>题图来自：受访企业</p>' : ''}</div>
<div class="kr-tags">标签：<a href="/tags/1">${pick(['人形机器人', '储能'], k)}</a><a href="/tags/2">${pick(['硬件', '出海'], k)}</a><a href="/tags/3">${pick(['拆解', '新能源'], k)}</a></div>
<div class="reward-box"><p class="reward-tip">${pick(['如果觉得这篇文章对你有帮助，欢迎打赏支持作者', '支持一下作者，打赏让优质内容走得更远'], k)}</p><button class="reward-btn">打赏</button><p class="reward-count">已有 ${pick(['36', '112'], k)} 人打赏</p></div>
<div class="article-actions"><span>点赞 ${pick(['426', '1.2k'], k)}</span><span>收藏</span><span>分享至：微信 微博 QQ</span></div>
<div class="comment-box"><h3>评论 ${pick(['18', '7'], k)}</h3><div class="cmt"><span class="cmt-name">${pick(['硬件老炮', 'Jason_W'], k)}</span><p>${pick(['关节模组的成本拆得很细，减速器那块能再展开讲讲吗？', '中东的电价和补贴政策也值得写一篇。'], k)}</p><span class="cmt-time">${pick(['2026-01-04 10:23', '2026-01-10 13:40'], k)}</span></div></div>
</div>
<div class="article-right"><div class="author-side">${card(a.author ?? '', 0)}<p class="author-intro">${pick(['关注机器人与智能硬件', '关注新能源与出海'], k)}</p><p>文章 ${pick(['213', '98'], k)}　总阅读 ${pick(['520万', '88万'], k)}</p></div>
<div class="hot-list"><h3>24小时热榜</h3><ul>${dated([['大模型价格战进入第二年', '2026-01-09'], ['新势力车企1月交付榜出炉', '2026-02-01'], ['一家做芯片测试的公司拿到了新融资', '2026-01-08']])}</ul></div></div></div>
<div class="kr-footer"><p><a href="/about">关于我们</a> | <a href="/contact">联系我们</a> | <a href="/hire">加入我们</a> | <a href="/ad">广告合作</a></p><p>© 2011~2026 ${site} 版权所有　京ICP备12000000号-8　京公网安备11010800000000号</p></div>
</body></html>`;
  return { name: `hx-techmedia-${k}`, html, gold: gold(a, { url, withTime: true, source: null, author: k === 0 ? a.author : [a.author, `${a.author} ${second}`, `${a.author}、${second}`], notInBody: ['关注', '题图', '标签', '打赏', '评论', '热榜', pick(['编者按', '摘要：'], k), '版权所有'] }) };
};

/** An industry association's 行业动态: 发布人 and 浏览次数 on the information line, a side menu and member login. */
export const hAssoc: Template = (_a, k) => {
  const a = HELDOUT29_POOL.assoc[k];
  const site = '中国某某包装联合会';
  const url = `http://www.example-cpf.org.cn/${pick(['hyzx/hydt', 'xhdt'], k)}/${a.date.slice(0, 7).replace('-', '')}/t${a.date.slice(0, 10).replace(/-/g, '')}_${parseInt(pageId(a, k), 16) % 100000}.html`;
  const nav = links(['网站首页', '协会概况', '协会动态', '行业动态', '政策法规', '标准化', '统计信息', '会员服务', '展会信息', '培训认证', '国际交流', '专业委员会', '党建工作', '下载中心', '联系我们', '入会申请'], '/lm');
  const info = k === 0
    ? `<div class="newsinfo">发布时间：${dash(a.date)}&nbsp;&nbsp;&nbsp;来源：${a.source}&nbsp;&nbsp;&nbsp;作者：${a.author}&nbsp;&nbsp;&nbsp;发布人：admin&nbsp;&nbsp;&nbsp;浏览次数：<span id="hits">1286</span></div>`
    : `<div class="newsinfo"><span>发布人：秘书处</span>　<span>发布日期：${dayOnly(a.date)}</span>　<span>浏览次数：<script language="javascript" src="/inc/hits.asp?id=${parseInt(pageId(a, k), 16) % 100000}"></script></span></div>`;
  const html = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>${esc(a.title)}-${pick(['行业动态', '协会动态'], k)}-${site}</title>
<meta name="keywords" content="${site},包装,${pick(['行业动态', '协会动态'], k)}" /><meta name="description" content="${esc(a.paras[0].slice(0, 60))}" />
<link href="/css/style.css" rel="stylesheet" type="text/css" />
${stats(pageId(a, 4))}
<script type="text/javascript" src="/js/jquery.js"></script><script type="text/javascript" src="/js/slide.js"></script>
</head><body>
<div id="top"><div class="topw"><span class="welcome">欢迎访问${site}官方网站！</span><span class="toplinks"><a href="#">设为首页</a> | <a href="#">加入收藏</a> | <a href="/en/">English</a></span></div></div>
<div id="logo"><img src="/images/logo.jpg" alt="${site}" /></div>
<div id="menu"><ul>${nav}</ul></div>
<div id="main">
<div class="leftbox">
<div class="lm-title">${pick(['行业动态', '协会动态'], k)}</div><ul class="submenu">${links(['行业动态', '协会动态', '会员动态', '通知公告', '统计数据'], '/sub')}</ul>
<div class="login-box"><div class="lm-title">会员登录</div><form action="/member/login.asp" method="post"><p>用户名：<input name="u" /></p><p>密　码：<input type="password" name="p" /></p><p><input type="submit" value="登录" /> <a href="/member/reg.asp">注册</a></p></form></div>
<div class="lm-title">联系方式</div><p class="contact">电话：010-6851XXXX<br />邮箱：cpf@example-cpf.org.cn</p>
</div>
<div class="rightbox">
<div class="weizhi">您现在的位置：<a href="/">首页</a> &gt;&gt; <a href="/lm/4/">${pick(['行业动态', '协会动态'], k)}</a> &gt;&gt; 正文</div>
<div class="newstitle">${esc(a.title)}</div>
${info}
<div class="newscontent">
${a.paras.map((p) => `<p>&nbsp;&nbsp;&nbsp;&nbsp;${esc(p)}</p>`).join('\n')}
${k === 0 ? '<p><iframe src="http://ad.example-cpf.org.cn/banner_728.html" width="600" height="80" frameborder="0"></iframe></p>' : ''}
</div>
<div class="newsbtn"><a href="javascript:window.print();">【打印此页】</a>&nbsp;<a href="javascript:window.close();">【关闭窗口】</a>&nbsp;<a href="javascript:history.back();">【返回】</a></div>
<div class="prenext"><p>上一篇：<a href="/a/1.html">${pick(['包装行业绿色低碳发展研讨会在京召开', '协会召开第七届理事会第三次会议'], k)}</a></p><p>下一篇：<a href="/a/2.html">${pick(['1月份纸包装价格指数小幅回落', '关于征集2026年度团体标准项目的通知'], k)}</a></p></div>
<div class="xgxw"><div class="lm-title">相关新闻</div><ul>${dated([['2025年包装机械出口额创新高', '2026-01-09'], ['快递包装绿色转型工作推进会召开', '2025-12-26'], ['食品接触材料新国标解读', '2025-12-12']])}</ul></div>
</div>
</div>
<div id="footer"><p><a href="/about/">关于我们</a> | <a href="/lm/15/">联系我们</a> | <a href="/map/">网站地图</a> | <a href="/links/">友情链接</a></p><p>版权所有：${site}　地址：北京市某某区某某路18号　电话：010-6851XXXX</p><p>技术支持：某某网络　<a href="https://beian.example.gov.cn/">京ICP备09000000号-1</a></p></div>
</body></html>`;
  return { name: `hx-assoc-${k}`, html, gold: gold(a, { url, withTime: k === 0, source: a.source || null, author: a.author, notInBody: ['发布人', '浏览次数', '打印此页', '关闭窗口', '上一篇', '下一篇', '相关新闻', '会员登录', '版权所有'] }) };
};

/** A forum thread's first post: 楼主, 发表于, 只看该作者, the poster's card beside, replies with later times. */
export const hThread: Template = (_a, k) => {
  const a = HELDOUT29_POOL.thread[k];
  const tid = parseInt(pageId(a, k), 16) % 1000000;
  const url = pick([`https://bbs.example-cnc.com/thread-${tid}-1-1.html`, `https://www.example-gkzhan.net/forum/viewthread.php?tid=${tid}`], k);
  const site = pick(['某某数控论坛', '工控人家园'], k);
  const [y, m, d] = a.date.slice(0, 10).split('-').map(Number);
  const posted = `${y}-${m}-${d} ${a.date.slice(11)}`;
  const nav = links(['首页', '论坛', '数控加工', 'CAM编程', '五轴技术', '刀具夹具', '机床维修', '求职招聘', '二手设备', '资料下载', '问答', '活动', '排行榜', '勋章', '帮助'], '/forum-', 'nav-item');
  const replies: [string, string, string, string][] = k === 0
    ? [['沙发', '车床小王', '2026-1-2 22:05', '说得实在，我们这边五轴编程的也是一人难求。'], ['板凳', 'G代码', '2026-1-3 08:41', '国产机的主轴寿命还是要多观察两年。'], ['地板', '退休钳工', '2026-1-3 12:17', '医疗器械的件确实多起来了，利润也还可以。']]
    : [['2#', '智造小李', '2026-1-11 09:30', '30万够做基础模块，设备联网要看机台的通讯协议。'], ['3#', 'plc_fan', '2026-1-11 11:02', '建议先把报工和追溯做起来，排产后上。']];
  const cell = (floor: string, user: string, time: string, html: string, first: boolean): string => `<table class="plhin" id="pid${floor}" cellspacing="0" cellpadding="0"><tr>
<td class="pls" rowspan="2"><div class="pi"><div class="authi"><a href="/space-uid-${user.length * 1371}.html" class="xw1">${user}</a></div></div>
<div class="p_pop"><img class="avtm" src="/uc_server/avatar.php?uid=${user.length * 1371}&size=middle"></div>
${first ? `<div class="tns"><table cellspacing="0" cellpadding="0"><tr><th><p>${pick(['86', '12'], k)}</p>主题</th><th><p>${pick(['1536', '97'], k)}</p>帖子</th><th><p>${pick(['4820', '233'], k)}</p>积分</th></tr></table></div><p class="grade">${pick(['高级工程师', '注册会员'], k)}</p>` : ''}</td>
<td class="plc"><div class="pi">${first ? '<strong class="floor">楼主</strong>' : `<strong><a href="#pid${floor}">${floor}</a></strong>`}<div class="pti"><div class="authi"><em id="authorposton${floor}">发表于 ${time}</em><span class="pipe">|</span><a href="/forum.php?mod=viewthread&tid=${tid}&authorid=1">只看该作者</a>${first ? '<span class="pipe">|</span><a href="#">倒序浏览</a><span class="pipe">|</span><a href="#">阅读模式</a>' : ''}</div></div></div>
<div class="pct"><div class="t_fsz"><table cellspacing="0" cellpadding="0"><tr><td class="t_f" id="postmessage_${floor}">
${html}
</td></tr></table></div></div></td></tr>
<tr><td class="plc plm">${first ? `<div class="sign">${pick(['专注五轴加工十年，欢迎交流', '注塑人一枚，多多指教'], k)}</div>` : ''}<div class="po"><a>回复</a> <a>支持</a> <a>反对</a> <a>举报</a></div></td></tr></table>`;
  const first = a.paras.map((p) => esc(p)).join('<br />\r\n<br />\r\n');
  const html = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>${esc(a.title)} - ${pick(['五轴技术', '工厂信息化'], k)} - ${site} -  Powered by Discuz!</title>
<meta name="keywords" content="${esc(a.title)}" /><meta name="description" content="${esc(a.paras[0].slice(0, 80))} ,${site}" />
<meta name="generator" content="Discuz! X3.4" /><meta name="MSSmartTagsPreventParsing" content="True" />
<link rel="stylesheet" type="text/css" href="data/cache/style_1_common.css?x3A" /><link rel="stylesheet" type="text/css" href="data/cache/style_1_forum_viewthread.css?x3A" />
<script type="text/javascript">var STYLEID = '1', STATICURL = 'static/', IMGDIR = 'static/image/common', VERHASH = 'x3A', charset = 'utf-8', discuz_uid = '0', cookiepre = 'abc_', cookiedomain = '', cookiepath = '/', showusercard = '1', attackevasive = '0', disallowfloat = 'newthread', creditnotice = '1|威望|,2|金钱|,3|贡献|', defaultstyle = '', REPORTURL = 'aHR0cHM6Ly9iYnM=', SITEURL = '/', JSPATH = 'data/cache/';</script>
<script src="data/cache/common.js?x3A" type="text/javascript"></script>
${stats(pageId(a, 3))}
</head><body id="nv_forum" class="pg_viewthread">
<div id="toptb" class="cl"><div class="wp"><div class="z"><a href="#">设为首页</a><a href="#">收藏本站</a></div><div class="y"><a href="member.php?mod=register">立即注册</a> <a href="member.php?mod=logging">登录</a></div></div></div>
<div id="hd"><div class="wp"><h2><a href="./" title="${site}"><img src="static/image/common/logo.png" alt="${site}" /></a></h2><div id="nv"><ul>${nav}</ul></div></div></div>
<div id="wp" class="wp">
<div id="pt" class="bm cl"><div class="z"><a href="./" class="nvhm">${site}</a> <em>›</em> <a href="forum.php">论坛</a> <em>›</em> <a href="forum-12-1.html">${pick(['五轴技术', '工厂信息化'], k)}</a> <em>›</em> <a href="thread-${tid}-1-1.html">${esc(a.title)}</a></div></div>
<div class="a_t"><a href="/ad/click?id=9"><img src="/data/attachment/common/banner_960x60.gif" alt="广告"></a></div>
<div id="ct" class="wp cl"><div id="postlist" class="pl bm">
<table cellspacing="0" cellpadding="0"><tr><td class="pls ptn pbn"><div class="hm ptn"><span class="xg1">查看:</span> <span class="xi1">${pick(['3862', '517'], k)}</span><span class="pipe">|</span><span class="xg1">回复:</span> <span class="xi1">${pick(['47', '9'], k)}</span></div></td>
<td class="plc ptm pbn vwthd"><h1 class="ts"><span id="thread_subject">${esc(a.title)}</span></h1><span class="xg1"><a href="thread-${tid}-1-1.html">[复制链接]</a></span></td></tr></table>
${cell('1', a.author ?? '', posted, first, true)}
${replies.map(([f, u, t, x]) => cell(f, u, t, esc(x), false)).join('\n')}
</div>
<div class="pgs mtm mbm cl"><div class="pg"><strong>1</strong><a href="thread-${tid}-2-1.html">2</a><a class="nxt" href="thread-${tid}-2-1.html">下一页</a></div><a id="post_reply" href="#">回复</a></div>
<div class="bm"><div class="bm_h"><h3>相关帖子</h3></div><ul class="xl xl1">${dated([['五轴编程用什么软件比较好上手？', '2025-12-20'], ['国产五轴和进口五轴到底差在哪', '2025-11-08'], ['求推荐靠谱的刀具供应商', '2026-01-05']])}</ul></div>
</div></div>
<div id="ft" class="wp cl"><div id="flk" class="y"><p><a href="/archiver/">Archiver</a><span class="pipe">|</span><a href="/m/">手机版</a><span class="pipe">|</span><a href="/contact">联系我们</a><span class="pipe">|</span><a href="https://beian.example.gov.cn/">苏ICP备13000000号-1</a></p></div><div id="frt"><p>Powered by <strong>Discuz!</strong> <em>X3.4</em></p><p class="xs0">&copy; 2001-2026 ${site} 版权所有</p></div></div>
<script>_attachEvent(window, 'load', function(){ getForbiddenFormula(); }, document);</script>
</body></html>`;
  return { name: `hx-thread-${k}`, html, gold: gold(a, { url, withTime: true, source: null, author: a.author, notInBody: ['只看该作者', '楼主', replies[0][3], replies[1][3], '帖子', '积分', pick(['专注五轴加工十年', '注塑人一枚'], k), '相关帖子'] }) };
};

export const HELDOUT29_TEMPLATES: Template[] = [hExchange, hCityApp, hCounty, hHongKong, hTechMedia, hAssoc, hThread];

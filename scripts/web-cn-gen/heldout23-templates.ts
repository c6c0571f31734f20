/**
 * The twenty-third held-out part (never tuned on), written for #17's round 12 and committed before any change to the
 * extractor: six families no part had, in the markup such sites serve — a provincial 通信管理局's news page on a non-TRS
 * 站群 system (`<div id="zoom">`, a 分享到 row, 附件下载, 扫一扫 QR), a 证券时报-like financial page (数据宝 boxes, 校对
 * line, 风险提示 and 声明 tails, app promotion), a trade association's 行业资讯 page (member-login sidebar, 会员单位 list,
 * 上一条/下一条), a 新浪财经-like page (stock quote links inside the text, 海量资讯 tail, 新浪声明), a 人民网 地方频道-like
 * page (分享让更多人看到, 相关专题, 责编 line) and a university-affiliated research institute's 研究动态 page (发布者/浏览次数,
 * 文/图/审核 credits, sidebars of dated lists). On held-out 8's articles from the second on.
 */
import { esc, pageId, pick, type Template } from './common.js';
import type { CnGold } from '../../src/extract/cn-gold-score.js';
import { gbk } from './heldout4-templates.js';
import type { PoolArticle } from './pool.js';

const day = (d: string): string => d.slice(0, 10);
const hm = (d: string): string => d.slice(11, 16);
const cnDay = (d: string): string => `${d.slice(0, 4)}年${d.slice(5, 7)}月${d.slice(8, 10)}日`;

function goldOf(a: PoolArticle, o: { url: string; date: string; source: string | null; author: CnGold['author']; notInBody: string[] }): CnGold {
  return { url: o.url, title: a.title, date: o.date, source: o.source, author: o.author, body_first: a.paras[0].slice(0, 12), body_last: a.paras[a.paras.length - 1].slice(-12), not_in_body: o.notInBody };
}

const links = (names: string[], base: string): string => names.map((n, i) => `<li><a href="${base}${i + 1}/" target="_blank">${n}</a></li>`).join('\n');
const datedList = (items: [string, string][], cls: string): string =>
  `<ul class="${cls}">${items.map(([t, d], i) => `<li><a href="/art/${d.replace(/-/g, '/')}/art_${5100 + i}.html" title="${esc(t)}">${esc(t)}</a><span>${d}</span></li>`).join('\n')}</ul>`;
const statsHead = (id: string): string => `<script>var _hmt=_hmt||[];(function(){var hm=document.createElement("script");hm.src="https://hm.example-stat.cn/hm.js?${id}";var s=document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm,s);})();</script>`;

// ── 1. A provincial 通信管理局 on a 站群 system (not TRS) ───────────────────────────────────────────────────────────

const CA_NAV = ['首页', '机构概况', '政务公开', '工作动态', '通知公告', '政策文件', '行业管理', '网络安全', '电信服务', '统计数据', '互动交流', '专题专栏'];

export const h23Telecom: Template = (a, k) => {
  const bureau = pick(['某某省通信管理局', '某某自治区通信管理局'], k);
  const url = `https://${pick(['xxca', 'yyca'], k)}.example-miit.gov.cn/xwdt/gzdt/art/${a.date.slice(0, 4)}/art_${pageId(a, k)}.html`;
  const source = pick([bureau, a.source], k);
  const text = a.paras.map((p) => `<p style="text-indent:2em;line-height:2;">${esc(p)}</p>`).join('\n');
  const attach = pick([['附件1：2024年行业管理重点任务分解表.docx', '附件2：联系人回执.xls'], ['附件：相关企业名单.pdf']], k);
  const html = `<!DOCTYPE html>
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>${esc(a.title)}_${pick(['工作动态', '地方动态'], k)}_${bureau}</title>
<meta name="SiteName" content="${bureau}"><meta name="SiteDomain" content="${url.split('/')[2]}"><meta name="SiteIDCode" content="bm0700000${k}">
<meta name="ColumnName" content="${pick(['工作动态', '地方动态'], k)}"><meta name="ColumnType" content="工作动态">
<meta name="ArticleTitle" content="${esc(a.title)}"><meta name="PubDate" content="${day(a.date)} ${hm(a.date)}"><meta name="ContentSource" content="${esc(source)}">
<link rel="stylesheet" href="/module/jslib/bootstrap/css/bootstrap.min.css"><link rel="stylesheet" href="/images/${k}/style.css">
<script src="/module/jslib/jquery/jquery.js"></script><script src="/module/share/share.js"></script>
${statsHead(pick(['7c1f09ab', 'e02d55c1'], k))}
</head>
<body>
<div class="top-bar"><div class="w1200"><span>今天是：<script>document.write(new Date().toLocaleDateString())</script></span><a href="/">无障碍浏览</a> | <a href="/en/">English</a> | <a href="/app/">移动版</a></div></div>
<div class="header w1200"><img src="/images/logo${k}.png" alt="${bureau}"><form class="search" action="/jsearch/search.do"><input name="q" placeholder="请输入关键词"><button>搜索</button></form></div>
<div class="nav"><ul class="w1200">${links(CA_NAV, '/col/col')}</ul></div>
<div class="w1200 main">
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/xwdt/">新闻动态</a> &gt; <a href="/xwdt/gzdt/">${pick(['工作动态', '地方动态'], k)}</a></div>
<div class="article-box">
<div class="art-title"><h2 id="ivs_title">${esc(a.title)}</h2></div>
<div class="art-info">
<span>发布时间：${day(a.date)} ${hm(a.date)}</span>
<span>信息来源：${esc(source)}</span>
<span>浏览次数：<span id="views">${300 + k * 41}</span></span>
<span class="font">字体：[<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>]</span>
</div>
<div class="bdsharebuttonbox share-row"><span>分享到：</span><a class="bds_weixin" title="分享到微信"></a><a class="bds_tsina" title="分享到新浪微博"></a><a class="bds_qzone" title="分享到QQ空间"></a></div>
<div id="zoom" class="art-con">
${text}
</div>
<div class="attach"><p>附件下载：</p><ul>${attach.map((f, i) => `<li><a href="/module/download/downfile.jsp?filename=${pageId(a, k)}${i}.x&amp;classid=0">${f}</a></li>`).join('')}</ul></div>
<div class="art-bottom"><a href="javascript:window.print()">【打印本页】</a><a href="javascript:window.close()">【关闭窗口】</a><a href="#">【返回顶部】</a></div>
<div class="qr"><img src="/images/qr${k}.png"><p>扫一扫在手机打开当前页</p></div>
</div>
<div class="related"><h3>相关信息</h3>${datedList(pick([[['我局召开行业安全生产工作会议', '2024-05-21'], ['全省信息通信业上半年运行情况', '2024-07-19']], [['我局开展电信网络诈骗治理专项检查', '2024-08-02'], ['全区5G基站总数突破六万个', '2024-06-30']]], k), 'rel-list')}</div>
</div>
<div class="footer"><div class="w1200"><p>主办单位：${bureau}　　地址：某某市某某路88号　　邮编：000000</p><p>网站标识码：bm0700000${k}　　某ICP备05012345号　　<img src="/images/gongan.png">某公网安备 00000002000001号</p><p><a href="http://bszs.conac.cn/"><img src="/images/dzjg.png"></a> <a href="/"><img src="/images/jiucuo.png" alt="政府网站找错"></a></p></div></div>
<script>function doZoom(s){document.getElementById('zoom').style.fontSize=s+'px';}</script>
</body></html>`;
  return { name: `p-telecom-${k}`, html, gold: goldOf(a, { url, date: a.date, source, author: null, notInBody: ['发布时间', '浏览次数', '分享到', '附件下载', '打印本页', '扫一扫', '相关信息', '主办单位'] }) };
};

// ── 2. A 证券时报-like financial page: 数据宝 boxes, 校对, 风险提示/声明 tails ─────────────────────────────────────────

const FIN_NAV = ['首页', '要闻', '股市', '公司', '基金', '券商', '机构', '数据', '快讯', '评论', '专题', 'e公司', '数据宝', '创投'];

export const h23FinData: Template = (a, k) => {
  const brand = pick(['某某证券时报网', '某某证券报·中国证券网'], k);
  const url = `https://www.example-stcn.com/article/detail/${1300000 + k * 13}.html`;
  const byline = a.author ? pick([`作者：${a.author}`, `记者：${a.author}`], k) : '';
  const box = `<div class="sjb-box"><div class="sjb-title">数据宝</div><table><tr><th>代码</th><th>简称</th><th>最新价（元）</th><th>涨跌幅（%）</th></tr><tr><td>600000</td><td>某某股份</td><td>12.36</td><td>3.25</td></tr><tr><td>000001</td><td>某某科技</td><td>8.71</td><td>-1.02</td></tr></table><p class="sjb-note">数据来源：数据宝　截至${cnDay(a.date)}收盘</p></div>`;
  const body = a.paras.map((p, i) => `<p>${esc(p)}</p>${i === 1 ? `\n${box}` : ''}`).join('\n');
  const tail = pick([
    `<p>校对：${esc(a.editor)}</p>\n<p class="risk">风险提示：数据宝所有资讯内容不构成投资建议，股市有风险，投资需谨慎。</p>`,
    `<p>（编辑：${esc(a.editor)}　校对：李某）</p>\n<p class="risk">风险提示：本文所提及的观点仅代表个人意见，所涉及标的不作推荐，据此买卖，风险自负。</p>`,
  ], k);
  const html = `<!DOCTYPE html><html lang="zh-CN"><head>
<meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${esc(a.title)} | ${brand}</title>
<meta name="keywords" content="${pick(['数据宝,A股,个股', '上证,沪市,资讯'], k)}"><meta name="description" content="${esc(a.paras[0].slice(0, 60))}">
<link rel="stylesheet" href="/static/css/detail.${pageId(a, k)}.css">
${statsHead(pick(['58af1c20', '9d01e7b3'], k))}
<script>window.__conf={"channel":"${pick(['kx', 'gs'], k)}","id":${1300000 + k * 13}};</script>
</head><body>
<div class="header"><div class="wrap"><a class="logo" href="/">${brand}</a><ul class="nav">${links(FIN_NAV, '/channel/')}</ul><div class="login"><a>登录</a><a>注册</a><a class="app">APP下载</a></div></div></div>
<div class="wrap detail">
<div class="detail-left">
<div class="breadcrumb"><a href="/">首页</a> &gt; <a href="/gs/">${pick(['公司', '股市'], k)}</a> &gt; 正文</div>
<div class="detail-title">${esc(a.title)}</div>
<div class="detail-info"><span>来源：${esc(a.source)}</span>${byline ? `<span>${esc(byline)}</span>` : ''}<span>${day(a.date)} ${hm(a.date)}</span></div>
<div class="detail-share"><a class="wx">微信</a><a class="wb">微博</a><a class="copy">复制链接</a></div>
<div class="detail-content">
${body}
${tail}
</div>
<div class="detail-statement">声明：${brand}力求信息真实、准确，文章提及内容仅供参考，不构成实质性投资建议，据此操作风险自担</div>
<div class="detail-app">下载${pick(['证券时报', '上证'], k)}官方APP，或关注官方微信公众号，即可随时了解股市动态，洞察政策信息，把握财富机会。</div>
<div class="detail-tags">标签：<a>数据宝</a><a>${pick(['资金流向', '融资余额'], k)}</a></div>
<div class="detail-rec"><h3>相关阅读</h3>${datedList(pick([[['融资客加仓这些绩优股', '2024-06-11'], ['北向资金连续三日净流入', '2024-06-14']], [['机构密集调研半导体设备股', '2024-09-02'], ['两市成交额重回万亿元', '2024-08-29']]], k), 'rec-list')}</div>
</div>
<div class="detail-right"><div class="box"><h3>数据宝·热门</h3>${datedList([['近五日主力资金净流入前十', '2024-05-30'], ['高股息股名单出炉', '2024-05-28']], 'hot')}</div><div class="box ad"><iframe src="https://ad.example-adx.cn/slot/300x250?p=${k}" width="300" height="250"></iframe></div></div>
</div>
<div class="footer"><p>${brand} 版权所有，未经书面授权禁止使用</p><p>某ICP备10012345号-1　增值电信业务经营许可证</p></div>
</body></html>`;
  return { name: `p-findata-${k}`, html, gold: goldOf(a, { url, date: a.date, source: a.source, author: a.author, notInBody: ['校对', '风险提示', '声明：', '官方APP', '标签：', '相关阅读', '数据宝·热门'] }) };
};

// ── 3. A trade association's 行业资讯 page with a member-login sidebar ───────────────────────────────────────────────

const ASSOC_NAV = ['首页', '协会概况', '协会动态', '行业资讯', '政策法规', '会员之窗', '标准规范', '培训服务', '展会信息', '入会申请', '联系我们'];

export const h23Assoc: Template = (a, k) => {
  const assoc = pick(['某某省物流与采购协会', '某某市工业经济联合会'], k);
  const url = `http://www.example-${pick(['wlxh', 'gjlh'], k)}.org.cn/news/show.php?itemid=${820 + k * 9}`;
  const text = a.paras.map((p) => `<p>　　${esc(p)}</p>`).join('\n');
  const html = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>${esc(a.title)}-${pick(['行业资讯', '资讯中心'], k)}-${assoc}</title>
<meta name="keywords" content="${assoc},行业资讯" />
<link rel="stylesheet" type="text/css" href="/skin/default/style.css" />
<script type="text/javascript" src="/file/script/config.js"></script><script type="text/javascript" src="/file/script/common.js"></script>
</head>
<body>
<div class="head"><div class="m"><a href="/"><img src="/skin/default/logo.gif" alt="${assoc}" /></a><span class="tel">服务热线：0000-88886666</span></div></div>
<div class="menu"><ul class="m">${links(ASSOC_NAV, '/channel/')}</ul></div>
<div class="m">
<div class="left_box">
<div class="pos">您的位置：<a href="/">首页</a> &raquo; <a href="/news/">${pick(['行业资讯', '资讯中心'], k)}</a> &raquo; 正文</div>
<h1 class="title" id="title">${esc(a.title)}</h1>
<div class="info"><span class="f_r"><img src="/skin/default/zoomin.gif" onclick="fontZoom('+', 'article');" /> <img src="/skin/default/zoomout.gif" onclick="fontZoom('-', 'article');" /></span>
发布日期：${day(a.date)}&nbsp;&nbsp;&nbsp;&nbsp;来源：${esc(a.source)}&nbsp;&nbsp;&nbsp;&nbsp;浏览次数：<span id="hits">${150 + k * 7}</span>&nbsp;&nbsp;&nbsp;&nbsp;核心提示：${esc(a.paras[0].slice(0, 28))}…</div>
<div class="content" id="article">
${text}
</div>
<div class="b10">&nbsp;</div>
<div class="np"><ul><li><strong>下一条：</strong><a href="/news/show.php?itemid=${821 + k * 9}">${pick(['协会组织会员企业赴外省考察交流', '关于召开会员代表大会的预备通知'], k)}</a></li><li><strong>上一条：</strong><a href="/news/show.php?itemid=${819 + k * 9}">${pick(['全省社会物流总费用与GDP比率下降', '一季度全市规上工业增加值增长6.1%'], k)}</a></li></ul></div>
<div class="tool">[ <a href="/news/search.php">资讯搜索</a> ]&nbsp; [ <a href="javascript:SendFav();">加入收藏</a> ]&nbsp; [ <a href="javascript:Print();">打印本文</a> ]&nbsp; [ <a href="javascript:window.close()">关闭窗口</a> ]</div>
<div class="comment"><strong>0条 [查看全部]</strong>&nbsp; 相关评论</div>
</div>
<div class="right_box">
<div class="box_head"><strong>会员登录</strong></div>
<div class="box_body"><form action="/member/login.php" method="post"><p>用户名：<input name="username" type="text" size="14" /></p><p>密　码：<input name="password" type="password" size="14" /></p><p>验证码：<input name="captcha" size="6" /> <img src="/api/captcha.png.php" /></p><p><input type="submit" value="登录" /> <a href="/member/register.php">免费注册</a> <a href="/member/send.php?action=password">忘记密码？</a></p></form></div>
<div class="box_head"><strong>会员单位</strong></div>
<div class="box_body"><ul>${['某某物流集团有限公司', '某某供应链管理股份有限公司', '某某仓储服务有限公司', '某某国际货运代理有限公司'].map((n) => `<li><a href="/company/">${n}</a></li>`).join('')}</ul></div>
<div class="box_head"><strong>推荐资讯</strong></div>
<div class="box_body">${datedList([['冷链物流标准化建设稳步推进', '2024-04-22'], ['多式联运示范工程第四批名单公布', '2024-03-15']], 'rec')}</div>
</div>
</div>
<div class="foot"><a href="/about/">关于我们</a> | <a href="/about/contact.html">联系方式</a> | <a href="/sitemap/">网站地图</a><br />Copyright &copy; 2010-2024 ${assoc} All Rights Reserved　某ICP备12003456号</div>
</body></html>`;
  return { name: `p-assoc-${k}`, html, gold: goldOf(a, { url, date: day(a.date), source: a.source, author: null, notInBody: ['发布日期', '核心提示', '下一条', '上一条', '打印本文', '会员登录', '会员单位', '推荐资讯'] }) };
};

// ── 4. A 新浪财经-like page: stock quote links inside the text, 海量资讯 and 声明 tails ──────────────────────────────

const SINA_NAV = ['新浪首页', '新闻', '体育', '财经', '娱乐', '科技', '博客', '图片', '专栏', '更多'];

/** Wraps a company-like name of the paragraph as the portal links stocks: a keyword link and an empty quote span. */
function quoteLinks(p: string, k: number): string {
  const m = p.match(/[\u4e00-\u9fa5]{2,4}(?:集团|股份|港|钢铁|药业|汽车)/);
  if (!m) return esc(p);
  const code = pick(['sh600018', 'sz000625'], k);
  return esc(p.slice(0, m.index)) + `<span id="stock_${code}"><a href="https://finance.example-sina.com.cn/realstock/company/${code}/nc.shtml" class="keyword" target="_blank">${esc(m[0])}</a></span><span id="quote_${code}"></span>` + esc(p.slice(m.index! + m[0].length));
}

export const h23Sina: Template = (a, k) => {
  const url = `https://finance.example-sina.com.cn/${pick(['roll', 'jjxw'], k)}/${day(a.date)}/doc-inc${pageId(a, k)}x.shtml`;
  const source = a.source;
  const paras = a.paras.map((p, i) => `<p>　　${i === 0 || i === 2 ? quoteLinks(p, k) : esc(p)}</p>`);
  const reporter = a.author ? `<p>　　${pick(['本报记者', '记者'], k)} ${esc(a.author)}</p>\n` : '';
  const html = `<!DOCTYPE html>
<html><head>
<meta charset="utf-8"/>
<title>${esc(a.title)}|${pick(['港口', '钢铁'], k)}_新浪财经_新浪网</title>
<meta name="keywords" content="${esc(a.title.slice(0, 10))}"/>
<meta property="og:type" content="news"/><meta property="og:title" content="${esc(a.title)}"/><meta property="og:url" content="${url}"/>
<meta property="article:published_time" content="${day(a.date)}T${hm(a.date)}:00+08:00"/><meta property="article:author" content="${esc(source)}"/>
<meta name="sudameta" content="comment_channel:cj;comment_id:cj-inc${pageId(a, k)}"/>
<link rel="stylesheet" href="//n.example-sinaimg.cn/finance/page_detail/css/main.css"/>
<script>var ARTICLE_DATA = {cmntid:"comos-inc${pageId(a, k)}",channel:"cj",newsid:"comos-inc${pageId(a, k)}",uid:"",stocks:["${pick(['sh600018', 'sz000625'], k)}"]};</script>
</head><body>
<div class="top-nav"><ul>${links(SINA_NAV, '//www.example-sina.com.cn/')}</ul><div class="login">登录|注册</div></div>
<div class="main-content w1240">
<h1 class="main-title">${esc(a.title)}</h1>
<div class="top-bar-wrap"><div class="top-bar"><div class="date-source"><span class="date">${cnDay(a.date)} ${hm(a.date)}</span><a href="https://www.example-src.com/" class="source" target="_blank" rel="nofollow">${esc(source)}</a></div>
<div class="tool-icons"><a class="wx">微信</a><a class="wb">微博</a><a class="comment">评论</a><a class="font">字号</a></div></div></div>
<div class="article-content clearfix">
<div class="article-content-left">
<div class="appendQr_wrap"><div class="appendQr_normal"><img src="//n.example-sinaimg.cn/finance/qr.png"/><p>新浪财经APP</p></div></div>
<div class="article" id="artibody" data-sudaclick="blk_content">
${reporter}${paras.join('\n')}
<p class="article-editor">责任编辑：${esc(a.editor)} ${pick(['SF183', 'SF069'], k)}</p>
</div>
<div class="finance_app_zqtg"><p>海量资讯、精准解读，尽在新浪财经APP</p></div>
<div class="article-notice"><p>新浪声明：此消息系转载自新浪合作媒体，新浪网登载此文出于传递更多信息之目的，并不意味着赞同其观点或证实其描述。文章内容仅供参考，不构成投资建议。投资者据此操作，风险自担。</p></div>
<div class="keywords">关键词：<a>${pick(['港口', '钢铁'], k)}</a><a>${pick(['外贸', '环保'], k)}</a></div>
<div class="blk-related"><h3>相关新闻</h3>${datedList(pick([[['一季度港口货物吞吐量稳中有升', '2024-04-17'], ['航运指数再创年内新高', '2024-06-07']], [['粗钢产量同比下降', '2024-08-15'], ['钢企二季度盈利分化', '2024-08-30']]], k), 'rel')}</div>
<div id="cmnt">我要评论 <textarea></textarea> 已有_条评论</div>
</div>
<div class="article-content-right"><div class="blk"><h3>7X24小时</h3><ul><li><span>${hm(a.date)}</span>两市主力资金净流出超百亿元</li><li><span>10:02</span>人民币中间价报7.1元</li></ul></div></div>
</div></div>
<div class="footer">新浪简介 | About Sina | 广告服务 | 联系我们 | 招聘信息 | 网站律师 | SINA English | 通行证注册 | 产品答疑<br/>Copyright &copy; 1996-2024 SINA Corporation, All Rights Reserved</div>
</body></html>`;
  return { name: `p-sina-${k}`, html, gold: goldOf(a, { url, date: a.date, source, author: a.author, notInBody: ['责任编辑', '海量资讯', '新浪声明', '关键词：', '相关新闻', '我要评论', '7X24'] }) };
};

// ── 5. A 人民网 地方频道-like page: 分享让更多人看到, 相关专题, 责编 ──────────────────────────────────────────────────

export const h23PeopleLocal: Template = (a, k) => {
  const channel = pick(['浙江频道', '四川频道'], k);
  const source = `人民网－${channel}`;
  const url = `http://${pick(['zj', 'sc'], k)}.example-people.com.cn/n2/${day(a.date).replace(/-/g, '/').slice(0, 7)}${a.date.slice(8, 10)}/c${186327 + k}-${40000000 + k * 31}.html`;
  const credit = a.author ? `<p style="text-indent: 2em;">人民网${channel.slice(0, 2)}${a.date.slice(5, 7).replace(/^0/, '')}月${a.date.slice(8, 10).replace(/^0/, '')}日电 （记者${esc(a.author)}）${esc(a.paras[0])}</p>` : `<p style="text-indent: 2em;">${esc(a.paras[0])}</p>`;
  const body = [credit, ...a.paras.slice(1).map((p) => `<p style="text-indent: 2em;">${esc(p)}</p>`)].join('\n');
  const html = `<!DOCTYPE html>
<html><head>
<meta http-equiv="content-type" content="text/html;charset=GB2312"/>
<meta http-equiv="Content-Language" content="utf-8"/>
<meta name="keywords" content="${esc(a.title.slice(0, 8))}"/>
<meta name="description" content="${esc(a.paras[0].slice(0, 60))}"/>
<meta name="source" content="来源：${source}"/><meta name="author" content="${esc(a.editor)}"/><meta name="publishdate" content="${day(a.date)}"/>
<title>${esc(a.title)}--${pick(['浙江频道', '四川频道'], k)}--人民网 </title>
<link href="/img/MAIN/2021/10/121221/page.css" type="text/css" rel="stylesheet"/>
<script src="/img/MAIN/2021/10/121221/js/jquery-1.7.1.min.js"></script>
</head><body>
<div class="headingNav"><div class="w1200"><a href="http://www.example-people.com.cn/">人民网首页</a>|<a>频道</a>|<a>${channel}</a><span>${cnDay(a.date)} 星期${'日一二三四五六'[new Date(`${day(a.date)}T00:00:00Z`).getUTCDay()]}</span></div></div>
<div class="w1200 logo"><img src="/img/MAIN/logo_${pick(['zj', 'sc'], k)}.png" alt="人民网${channel}"></div>
<div class="nav w1200"><a>首页</a><a>时政</a><a>经济</a><a>社会</a><a>文旅</a><a>教育</a><a>图片</a><a>视频</a><a>专题</a><a>领导留言板</a></div>
<div class="main w1200">
<div class="path"><a href="/">人民网</a>&gt;&gt;<a href="/">${channel}</a>&gt;&gt;<a href="/GB/186327/">${pick(['经济', '要闻'], k)}</a></div>
<div class="layout rm_txt cf">
<div class="col col-1 fl">
<h1>${esc(a.title)}</h1>
${a.subtitle ? `<h4 class="sub">——${esc(a.subtitle)}</h4>` : ''}
<div class="channel cf"><div class="col-1-1 fl">${day(a.date).replace(/-/g, '年').replace(/年(\d\d)$/, '月$1日')}${hm(a.date)} | 来源：<a href="http://${pick(['zj', 'sc'], k)}.example-people.com.cn/" target="_blank">${source}</a></div>
<div class="col-1-2 fr"><a class="print" href="javascript:window.print()">打印</a><span class="hand">小字号</span><span class="hand">大字号</span></div></div>
<div class="rm_txt_con cf">
${body}
<div class="edit cf">(责编：${esc(a.editor)}、${pick(['张某', '王某'], k)})</div>
</div>
<div class="share-demo"><p>分享让更多人看到</p><div class="share"><a class="wx">微信</a><a class="wb">微博</a><a class="qq">QQ空间</a></div></div>
<div class="rm_relevant"><h2>相关专题</h2><ul><li><a>${pick(['奋进新征程 建功新时代', '高质量发展调研行'], k)}</a></li><li><a>${pick(['2024全国两会', '读懂中国经济'], k)}</a></li></ul></div>
<div class="rm_ranking"><h2>推荐阅读</h2>${datedList(pick([[['全省港口货物吞吐量增长', '2024-05-10'], ['海铁联运班列开行量创新高', '2024-04-02']], [['成渝地区共建物流通道', '2024-08-20'], ['川企出海订单增长', '2024-07-25']]], k), 'rm-list')}</div>
</div>
<div class="col col-2 fr"><div class="rm_box"><h2>热点排行</h2><ol><li>某某地铁新线开通</li><li>秋季学期开学安全提示</li></ol></div></div>
</div></div>
<div class="footer">人民网版权所有，未经书面授权禁止使用<br/>Copyright &copy; 1997-2024 by www.people.com.cn. all rights reserved</div>
</body></html>`;
  const author: CnGold['author'] = a.author ? [a.author, null] : null;
  const g = goldOf(a, { url, date: a.date, source, author, notInBody: ['责编', '分享让更多人看到', '相关专题', '推荐阅读', '热点排行', '版权所有'] });
  // The dateline opens the text (as on every wire-style lead), so the body starts with it.
  const first = credit.replace(/<[^>]+>/g, '').replace(/\s/g, '');
  const gold: CnGold = { ...g, body_first: first.slice(0, 12) };
  return { name: `p-peoplelocal-${k}`, html, bytes: gbk(html), gold };
};

// ── 6. A university-affiliated research institute's 研究动态 page ─────────────────────────────────────────────────

export const h23Institute: Template = (a, k) => {
  const inst = pick(['某某大学现代物流研究院', '某某大学区域经济研究中心'], k);
  const url = `https://${pick(['ilr', 'cre'], k)}.example-univ.edu.cn/info/${1021 + k}/${3300 + k * 11}.htm`;
  const text = a.paras.map((p) => `<p class="vsbcontent_start" style="text-indent:2em;">${esc(p)}</p>`).join('\n');
  const writer = a.author ?? pick(['刘某某', '孙某某'], k);
  const credits = pick([`<p style="text-align:right;">文/${esc(writer)}　图/${pick(['研究院', '课题组'], k)}　审核/${esc(a.editor)}</p>`, `<p style="text-align:right;">（撰稿：${esc(writer)}　审核：${esc(a.editor)}）</p>`], k);
  const html = `<!DOCTYPE html><html><head>
<meta charset="utf-8"><meta name="renderer" content="webkit">
<title>${esc(a.title)}-${inst}</title>
<meta name="description" content="${esc(a.paras[0].slice(0, 50))}">
<link rel="stylesheet" href="/style/style.css"><script src="/system/resource/js/jquery/jquery-latest.min.js"></script>
<script src="/system/resource/js/counter.js"></script>
</head><body>
<div class="head"><div class="inner"><a href="/" class="logo"><img src="/images/logo.png" alt="${inst}"></a><div class="links"><a>学校主页</a> | <a>English</a> | <a>内网入口</a></div></div></div>
<div class="nav"><ul>${links(['首页', '研究院概况', '研究团队', '研究动态', '科研成果', '学术交流', '人才培养', '智库报告', '联系我们'], '/')}</ul></div>
<div class="inner main">
<div class="side"><h2>研究动态</h2><ul><li><a>学术活动</a></li><li class="on"><a>研究动态</a></li><li><a>媒体报道</a></li></ul>
<div class="side-news"><h3>通知公告</h3>${datedList([['关于举办第十期学术沙龙的通知', '2024-09-06'], ['2025年硕士研究生招生简章', '2024-09-01']], 'notice')}</div></div>
<div class="content">
<div class="loc">当前位置：<a href="/">首页</a> &gt;&gt; <a href="/yjdt.htm">研究动态</a> &gt;&gt; 正文</div>
<form name="_newscontent_fromname"><div class="article">
<h1>${esc(a.title)}</h1>
<div class="meta">发布者：${pick(['管理员', '研究院办公室'], k)}　　发布时间：${day(a.date)}　　浏览次数：<script>_showDynClicks("wbnews", 1759${k}, ${3300 + k * 11})</script></div>
<div id="vsb_content"><div class="v_news_content">
${text}
${credits}
</div></div>
<div class="pager"><p>上一篇：<a>${pick(['研究院团队赴港口企业开展调研', '中心举办区域协调发展研讨会'], k)}</a></p><p>下一篇：<a>${pick(['研究院发布年度物流发展报告', '中心专家参加省政协专题协商会'], k)}</a></p></div>
<div class="close"><a href="javascript:window.print()">【打印】</a> <a href="javascript:window.close()">【关闭】</a></div>
</div></form>
</div></div>
<div class="foot"><p>版权所有 &copy; ${inst}　地址：某某市大学路1号　邮编：000000　电话：0000-66660000</p></div>
</body></html>`;
  return { name: `p-institute-${k}`, html, gold: goldOf(a, { url, date: day(a.date), source: null, author: writer, notInBody: ['发布者', '浏览次数', '审核', '上一篇', '通知公告', '版权所有'] }) };
};

export const HELDOUT23_TEMPLATES: Template[] = [h23Telecom, h23FinData, h23Assoc, h23Sina, h23PeopleLocal, h23Institute];


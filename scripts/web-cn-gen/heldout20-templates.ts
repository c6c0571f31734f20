/**
 * The twentieth held-out part (never tuned on), written for #17's tenth round and committed before any change to the
 * extractor: seven families no part had, built as full sites are (long heads with scripts and JSON-LD, nested layout
 * divs, navigation of dozens of links, breadcrumbs, ads and iframes, inline scripts, dated 相关 lists, comments,
 * share widgets, 备案号 footers): a ministry's 工作动态/工作简报 page (信息公开 table above, 报/送/发 lines after), a
 * provincial 政策解读 (相关文件 links, 附件 list, 解读机构 line), a city bureau's 通知 and 公示 (联系人/联系电话/地址 lines
 * closing the text), a forum's and an expo's announcements (时间/地点/主办/承办 block inside the text, 报名 buttons), a
 * university's and an institute's news (审核/摄影/供稿 credits, a 学院新闻 sidebar), an association's bilingual pages (an
 * `Abstract:` block; Chinese and English paragraphs in turn) and a listed company's announcement on its own site and
 * on a disclosure platform (证券代码/证券简称/公告编号, 特此公告, 董事会 signature). Each family prints its own texts
 * (heldout20-pool.ts), so a template takes the k-th text of its family, not the shared article.
 */
import { esc, pageId, pick, type Template } from './common.js';
import type { CnGold } from '../../src/extract/cn-gold-score.js';
import { type Held20Article, held20Texts } from './heldout20-pool.js';

const paras = (list: string[], attrs = ''): string => list.map((p) => `<p${attrs}>${esc(p)}</p>`).join('\n');
const digits = (d: string): string => d.slice(0, 10).replace(/-/g, '');
const cnPadded = (d: string): string => `${d.slice(0, 4)}年${d.slice(5, 7)}月${d.slice(8, 10)}日`;

function goldOf(a: Held20Article, text: string[], o: { url: string; date: string; source: string | null; author: CnGold['author']; notInBody: string[] }): CnGold {
  return { url: o.url, title: a.title, date: o.date, source: o.source, author: o.author, body_first: text[0].slice(0, 12), body_last: text[text.length - 1].slice(-12), not_in_body: o.notInBody };
}

/** A head as CMSs print it: keywords, description, share tags, style sheets, analytics and a jQuery plug-in or two. */
function head(title: string, o: { site: string; desc: string; ld?: string; extra?: string }): string {
  return `<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0, user-scalable=no">
<meta name="renderer" content="webkit">
<title>${esc(title)}</title>
<meta name="keywords" content="${esc(o.site)},${esc(o.desc.slice(0, 8))},政务公开">
<meta name="description" content="${esc(o.desc)}">
<meta name="SiteName" content="${esc(o.site)}">
${o.extra ?? ''}
<link rel="stylesheet" type="text/css" href="/static/css/common.css?v=20240601">
<link rel="stylesheet" type="text/css" href="/static/css/detail.css?v=20240601">
<link rel="shortcut icon" href="/favicon.ico">
<script type="text/javascript" src="/static/js/jquery-1.12.4.min.js"></script>
<script type="text/javascript" src="/static/js/jquery.SuperSlide.2.1.3.js"></script>
<script type="text/javascript" src="/static/js/common.js"></script>
${o.ld ? `<script type="application/ld+json">${o.ld}</script>` : ''}
<script>
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.example-stat.cn/hm.js?7f3c1e0a9d2b4c5e6f708192a3b4c5d6";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
var siteConfig = { siteId: "${o.site.length * 7919}", lang: "zh-CN", searchUrl: "/search/index.html?q=" };
</script>
<!--[if lt IE 9]><script src="/static/js/html5shiv.min.js"></script><![endif]-->
</head>`;
}

const links = (names: string[], cls = 'nav-item'): string => names.map((n, i) => `<li class="${cls}${i === 0 ? ' on' : ''}"><a href="/${cls}/${i}/" target="_blank" title="${n}">${n}</a></li>`).join('');
const datedList = (items: [string, string][], cls: string): string => `<ul class="${cls}">${items.map(([t, d], i) => `<li><a href="/art/${d.replace(/-/g, '/')}/art_${2310 + i}.html" target="_blank" title="${t}">${t}</a><span class="date">${d}</span></li>`).join('\n')}</ul>`;

const GOV_NAV = ['首页', '机构', '新闻', '政务公开', '政务服务', '互动交流', '专题专栏', '数据发布', '政策文件', '政策解读', '人事信息', '财政资金', '建议提案', '通知公告', '工作动态', '地方动态', '媒体聚焦', '图片新闻', '视频新闻', '在线访谈', '网上调查', '领导信箱', '办事指南', '表格下载', '无障碍', '长者模式', 'English'];
const GOV_FOOT = (org: string, k: number): string => `<div class="footer-wrap"><div class="footer-links"><span>友情链接：</span><select><option>中国政府网</option><option>国务院部门网站</option><option>地方政府网站</option></select></div>
<div class="footer"><p><a href="/gywm/">关于我们</a> | <a href="/wzdt/">网站地图</a> | <a href="/lxwm/">联系我们</a> | <a href="/yssm/">隐私声明</a></p>
<p>主办单位：${org}　　承办单位：${org}信息中心</p>
<p>版权所有：${org}　${pick(['京ICP备05012345号-1', '浙ICP备12034567号'], k)}　<img src="/static/img/ga.png">${pick(['京公网安备 11010202000001号', '浙公网安备 33010602000123号'], k)}　网站标识码：${pick(['bm12000001', '3300000023'], k)}</p>
<p>建议使用1366×768分辨率，IE10以上版本浏览器浏览本网站</p>
<div class="jiucuo"><script id="_jiucuo_" sitecode="${pick(['bm12000001', '3300000023'], k)}" src="https://zfwzgl.example.gov.cn/exposure/jiucuo.js"></script></div></div></div>`;

/** A ministry's 工作动态 or 工作简报: an 信息公开 table above the headline, 报/送/发 distribution lines under the text. */
export const h20Ministry: Template = (_, k) => {
  const a = held20Texts('ministry')[k];
  const org = '某某部';
  const written = k === 0 ? a.date.slice(0, 10) : '2024-09-03';
  const url = `https://www.example-mot.gov.cn/${pick(['jiaotongyaowen', 'zhengcejiedu/gzjb'], k)}/${a.date.slice(0, 7).replace('-', '')}/t${digits(a.date)}_${4012345 + k}.html`;
  const table = `<div class="xxgk-head"><table class="xxgk-tab" cellpadding="0" cellspacing="0">
<tr><td class="t1">索 引 号：</td><td class="t2">000019674/${a.date.slice(0, 4)}-0${3120 + k}</td><td class="t1">主题分类：</td><td class="t2">${pick(['安全应急', '综合规划'], k)}</td></tr>
<tr><td class="t1">发布机构：</td><td class="t2">${a.source}</td><td class="t1">发文字号：</td><td class="t2">${pick(['—', '工作简报〔2024〕35号'], k)}</td></tr>
<tr><td class="t1">成文日期：</td><td class="t2">${cnPadded(written)}</td><td class="t1">发布日期：</td><td class="t2">${cnPadded(a.date)}</td></tr>
<tr><td class="t1">名　　称：</td><td class="t2" colspan="3">${esc(a.title)}</td></tr></table></div>`;
  const bulletinHead = k === 1 ? `<div class="jb-top"><p class="jb-t">工作简报</p><p class="jb-q">2024年第35期（总第812期）</p><p class="jb-b"><span>${a.source}编</span><span>${a.date.slice(0, 4)}年${Number(a.date.slice(5, 7))}月${Number(a.date.slice(8, 10))}日</span></p><hr class="red"></div>` : '';
  const distribution = pick([
    ['报：部领导。', '送：部机关各司局，各直属单位。', '发：各省、自治区、直辖市及新疆生产建设兵团交通运输厅（局、委）。'],
    ['报：国务院办公厅，部领导。', '送：国家邮政局，中国国家铁路集团有限公司。', '发：各省级交通运输主管部门。　　（共印150份）'],
  ], k);
  const ld = JSON.stringify({ '@context': 'https://schema.org', '@type': 'WebPage', name: a.title, publisher: { '@type': 'GovernmentOrganization', name: org } });
  const html = `<!DOCTYPE html>
<html lang="zh-CN">
${head(`${a.title}_${pick(['部门动态', '工作简报'], k)}_${org}`, { site: `中华人民共和国${org}`, desc: a.paras[0].slice(0, 60), ld, extra: `<meta name="ColumnName" content="${pick(['部门动态', '工作简报'], k)}">\n<meta name="ColumnType" content="工作动态">` })}
<body>
<div class="top-bar"><div class="w1200"><span class="welcome">欢迎访问中华人民共和国${org}网站</span><span class="r"><a href="/wza/" class="wza">无障碍浏览</a> | <a>长者模式</a> | <a href="/en/">English</a> | <a>微博</a> | <a>微信</a></span></div></div>
<div class="header"><div class="w1200"><a class="logo" href="/"><img src="/static/img/logo.png" alt="中华人民共和国${org}"></a><form class="search" action="/search/"><input name="q" placeholder="请输入关键词"><button>搜索</button></form></div></div>
<div class="main-nav"><ul class="w1200">${links(GOV_NAV)}</ul></div>
<div class="w1200 content-box">
<div class="location">您当前的位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a>${pick(['部门动态', '工作简报'], k)}</a></div>
${table}
<div class="article-box">
${bulletinHead}
<h1 class="article-title">${esc(a.title)}</h1>
${k === 0 ? `<div class="article-info"><span class="time">${a.date.replace('T', ' ')}</span><span class="source">来源：${a.source}</span><span class="fontsize">【字号：<a>大</a> <a>中</a> <a>小</a>】</span><span class="print"><a href="javascript:window.print()">打印</a></span></div>` : '<div class="article-info"><span class="fontsize">【<a>大</a> <a>中</a> <a>小</a>】</span><span class="print"><a>打印本页</a></span><span class="close"><a>关闭窗口</a></span></div>'}
<div class="article-con" id="zoomcon">
<div class="TRS_Editor">
${paras(a.paras, ' style="text-indent:2em;"')}
</div>
${k === 0 ? `<table class="fwbz" width="100%"><tr><td>${distribution.join('<br>')}</td></tr></table>` : `<hr><div class="jb-foot">${paras(distribution)}</div>`}
</div>
<div class="share-box"><span>分享到：</span><a class="wx" title="微信">微信</a><a class="wb" title="微博">微博</a><a class="qq">QQ空间</a></div>
<div class="ewm"><img src="/static/img/ewm.png"><p>扫一扫在手机打开当前页</p></div>
</div>
<div class="related"><h3>相关链接</h3>
${datedList([[pick(['某某部部署开展今冬明春安全生产隐患排查整治', '农村客货邮融合发展典型案例公布'], k), '2024-09-10'], [pick(['国务院安委会办公室召开全国安全防范工作视频会', '关于加快推进农村寄递物流体系建设的意见'], k), '2024-08-29'], ['某某部召开部务会议 研究部署近期重点工作', '2024-08-21']], 'rel-list')}</div>
</div>
${GOV_FOOT(org, k)}
<script>$(function(){ $(".fontsize a").click(function(){ var s = {"大":"18px","中":"16px","小":"14px"}[$(this).text()]; $("#zoomcon").css("font-size", s); }); });</script>
</body></html>`;
  return {
    name: `k-ministry-${k}`,
    html,
    gold: goldOf(a, a.paras, { url, date: k === 0 ? a.date : a.date.slice(0, 10), source: a.source, author: null, notInBody: ['报：', '送：', '发：', '索引号', '索 引 号', '主题分类', '发文字号', '成文日期', '扫一扫', '分享到', '相关链接', ...(k === 1 ? ['第35期', '共印'] : [])] }),
  };
};

/** A provincial 政策解读: 相关文件 above the text, 附件 list and 解读机构/解读人 lines after, a 相关政策 list. */
export const h20Policy: Template = (_, k) => {
  const a = held20Texts('policy')[k];
  const site = pick(['某某省发展和改革委员会', '某某省工业和信息化厅'], k);
  const url = `http://${pick(['fgw', 'gxt'], k)}.example-prov.gov.cn/art/${a.date.slice(0, 4)}/${Number(a.date.slice(5, 7))}/${Number(a.date.slice(8, 10))}/art_${1229563}${k}_${58912 + k}.html`;
  const docName = a.title.match(/《[^》]+》/)![0];
  const info = k === 0
    ? `<div class="xl-info"><span>发布时间：${a.date.replace('T', ' ')}</span><span>信息来源：${a.source}</span><span>浏览次数：<i id="hits">--</i></span><span class="zh">【字号 <a>大</a> <a>中</a> <a>小</a>】</span></div>`
    : `<div class="artinfo"><span class="sj">时间：${a.date.slice(0, 10).replace(/-/g, '/')} ${a.date.slice(11)}</span>&nbsp;&nbsp;<span class="ly">来源：${a.source}</span>&nbsp;&nbsp;<span class="ydl">阅读量：2,318</span></div>`;
  const imgs = k === 1 ? `<p style="text-align:center"><img src="/picture/0/2407301005${k}.jpg" alt="${esc(docName)}一图读懂" width="640"></p>` : '';
  const textParas = a.paras.map((p, i) => `<p style="text-indent:2em;">${esc(p)}</p>${i === 1 ? imgs : ''}`).join('\n');
  const html = `<!DOCTYPE html>
<html>
${head(`${a.title} ${pick(['政策解读', '解读回应'], k)} ${site}`, { site, desc: a.paras[0].slice(0, 50), extra: `<meta name="ArticleTitle" content="${esc(a.title)}">\n<meta name="ColumnName" content="政策解读">` })}
<body>
<div id="barrierfree_container">
<div class="g-top"><div class="g-w"><a>${site}</a><span class="fr"><a>登录</a> <a>注册</a> <a>无障碍</a></span></div></div>
<div class="g-head"><div class="g-w"><img src="/images/logo${k}.png" alt="${site}"></div></div>
<div class="g-menu"><ul>${links(['首页', '机构概况', '新闻动态', '政务公开', '政府信息公开', '政策文件', '政策解读', '规划计划', '统计数据', '财政预决算', '政务服务', '公共服务', '互动交流', '厅长信箱', '咨询投诉', '征集调查', '专题专栏', '营商环境', '数字化改革', '乡村振兴'], 'menu')}</ul></div>
<div class="g-w g-main">
<div class="crumbs"><a>首页</a> &gt; <a>政务公开</a> &gt; <a>政策解读</a> &gt; 正文</div>
<div class="zc-left"><div class="zc-box">
<div class="zc-title"><h2>${esc(a.title)}</h2></div>
${info}
${k === 0 ? `<div class="xgwj">相关文件：<a href="/art/2024/8/19/art_1229563_58901.html" target="_blank">${esc(docName)}</a></div>` : ''}
<div class="zw" id="zoom">
${textParas}
</div>
${k === 1 ? '<div class="jdjg"><p>解读机构：省工业和信息化厅</p><p>解读人：信息化推进处　某某</p><p>联系电话：0571-8705XXXX</p></div>' : ''}
<div class="fj"><p class="fj-t">附件：</p><p><a href="/module/download/downfile.jsp?classid=0&amp;filename=1.pdf">1.${esc(docName.slice(1, -1))}.pdf</a></p><p><a href="/module/download/downfile.jsp?classid=0&amp;filename=2.xlsx">2.${pick(['重点任务分工表', '政策兑现申报指南'], k)}.xlsx</a></p></div>
${k === 1 ? `<div class="xgwj2"><h4>【相关文件】</h4>${datedList([[esc(docName.slice(1, -1)), a.date.slice(0, 10)], ['关于开展2024年度智能工厂和数字化车间认定工作的通知', '2024-06-18']], 'wj-list')}</div>` : ''}
<div class="bdsharebuttonbox"><span>分享：</span><a class="bds_weixin">微信</a><a class="bds_tsina">微博</a><a class="bds_qzone">QQ空间</a></div>
<div class="dy"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
</div></div>
<div class="zc-right">
<div class="side-box"><h3>解读回应</h3>${datedList([['《某某省支持民营经济发展若干政策》解读', '2024-08-12'], ['一图读懂省政府工作报告', '2024-01-25'], ['《关于加快建设现代化产业体系的实施意见》新闻发布会', '2024-06-02']], 'side-list')}</div>
<div class="side-box"><h3>热点推荐</h3>${datedList([['全省重大项目集中开工 总投资超千亿元', '2024-09-01'], ['省政府召开常务会议', '2024-08-28']], 'side-list')}</div>
</div></div>
<div class="g-foot"><p>${site}主办　地址：某某市某某路${k + 8}号　邮编：310000</p><p>网站标识码：3300000${k}18　${pick(['浙ICP备05000123号', '苏ICP备10012345号'], k)}　浙公网安备 33010602000${k}45号</p><p>版权所有　未经授权请勿转载</p></div>
</div>
<script type="text/javascript">var hits = 0; $.get("/module/visitcount/articlehits.jsp?colid=1229563&artid=5891${k}", function(d){ $("#hits").text(d); });</script>
</body></html>`;
  return {
    name: `k-policy-${k}`,
    html,
    gold: goldOf(a, a.paras, { url, date: a.date, source: a.source, author: null, notInBody: ['附件', '.pdf', '.xlsx', '分享', '打印本页', '热点推荐', '解读回应', ...(k === 0 ? ['相关文件：'] : ['解读机构', '解读人', '【相关文件】'])] }),
  };
};

/** A city bureau's 通知公告: signature and date closing a notice, or 联系人/联系电话/地址 lines closing a 公示. */
export const h20Notice: Template = (_, k) => {
  const a = held20Texts('notice')[k];
  const url = `https://${pick(['scjg', 'kjj'], k)}.example-city.gov.cn/${pick(['tzgg', 'gsgg'], k)}/${digits(a.date)}/${pageId(a, k)}.shtml`;
  const text = a.paras.map((p, i) => {
    const right = k === 0 && i >= a.paras.length - 2;
    return `<p style="${right ? 'text-align:right;' : 'text-indent:2em;'}line-height:2em;"><span style="font-family:仿宋_GB2312;font-size:16pt;">${esc(p)}</span></p>`;
  }).join('\n');
  const html = `<!DOCTYPE html>
<html>
${head(`${a.title}-${a.source}`, { site: a.source, desc: a.title, extra: `<meta name="PubDate" content="${a.date.replace('T', ' ')}">\n<meta name="ContentSource" content="${a.source}">` })}
<body class="bg-gray">
<div class="wrap-top"><div class="container"><span class="date-today" id="today"></span><script>document.getElementById("today").innerHTML = new Date().toLocaleDateString("zh-CN");</script><span class="weather">多云 22℃</span><a class="fr">繁體</a></div></div>
<div class="banner" style="background:url(/images/banner.jpg)"><div class="container"><h1 class="site-name">${a.source}</h1></div></div>
<nav class="navbar"><div class="container"><ul>${links(['网站首页', '机构设置', '新闻中心', '通知公告', '政策法规', '政务公开', '办事服务', '公众参与', '专题专栏', '数据开放', '信用信息', '在线咨询', '局长信箱', '依申请公开', '年度报告'], 'nb')}</ul></div></nav>
<div class="container main">
<div class="crumb">当前位置：<a>首页</a> » <a>新闻中心</a> » <a>${pick(['通知公告', '公示公告'], k)}</a></div>
<div class="row">
<div class="col-9"><div class="detail-wrap">
<div class="detail-title">${esc(a.title)}</div>
<div class="detail-meta">${pick([`发布日期：${a.date.replace('T', ' ')}&nbsp;|&nbsp;来源：${a.source}&nbsp;|&nbsp;点击量：<span id="clicks">1352</span>`, `发布时间：${a.date.replace('T', ' ')}:00 &nbsp; 信息来源：${a.source} &nbsp; 作者：<span></span> &nbsp; 【<a>打印</a>】【<a>关闭</a>】`], k)}</div>
<div class="detail-content">
<div class="view TRS_UEDITOR trs_paper_default trs_word">
${text}
</div>
<div class="attach"><span>${pick(['附件：', '相关附件：'], k)}</span><a href="/attach/${pageId(a, k)}.${pick(['docx', 'xls'], k)}">${pick(['1. 2024年度食品生产企业监督抽检计划表.docx', '拟认定市级工程技术研究中心名单.xls'], k)}</a></div>
</div>
<div class="prev-next"><p>上一条：<a>${pick(['关于2024年中秋国庆期间食品安全风险提示的公告', '关于征集2025年度市级科技计划项目指南建议的通知'], k)}</a></p><p>下一条：<a>${pick(['关于公布第三批“放心消费示范单位”名单的通知', '某某市科学技术局2024年政府信息公开工作年度报告'], k)}</a></p></div>
${k === 1 ? '<div class="tools"><a>分享到微信</a> <a>收藏</a> <a>打印</a></div>' : ''}
</div></div>
<div class="col-3"><div class="side-notice"><h4>最新公告</h4>${datedList([['关于做好2024年秋季学校食堂食品安全工作的通知', '2024-09-02'], ['某某市2024年第二季度食品安全监督抽检信息公告', '2024-07-19'], ['关于开展特种设备安全隐患排查整治的通知', '2024-06-27']], 'notice-list')}</div></div>
</div></div>
<footer class="ft"><div class="container"><p>主办：${a.source}　地址：某某市${pick(['民心路', '科技大道'], k)}100号　联系电话：${pick(['0571-1234XXXX', '0731-8888XXXX'], k)}</p><p>${pick(['浙ICP备13021234号-2', '湘ICP备05003456号'], k)}　网站标识码：${pick(['3301000054', '4301000031'], k)}　<a>网站地图</a>　<a>联系我们</a></p></div></footer>
</body></html>`;
  return {
    name: `k-notice-${k}`,
    html,
    gold: goldOf(a, a.paras, { url, date: a.date, source: a.source, author: null, notInBody: ['附件', '上一条', '下一条', '最新公告', '点击量', '打印', '网站标识码'] }),
  };
};

/** A forum's or an expo's announcement: a 时间/地点/主办/承办 block inside the text, 报名 buttons and a QR code after. */
export const h20Forum: Template = (_, k) => {
  const a = held20Texts('forum')[k];
  const block = pick([
    ['时间：2024年11月8日—9日', '地点：某某国际会议中心', '主办单位：某某市人民政府', '承办单位：某某市数据局、某某区人民政府', '支持单位：长三角区域合作办公室'],
    ['展会时间：2024年10月24日—26日（9:00—17:00）', '展会地点：某某国际博览中心3号、4号馆', '主办单位：某某汽车流通协会', '承办单位：某某国际会展有限公司'],
  ], k);
  const text = [...a.paras.slice(0, 2).map((p) => `<p>${esc(p)}</p>`), `<div class="info-block">${block.map((b) => `<p><strong>${esc(b.split('：')[0])}：</strong>${esc(b.slice(b.indexOf('：') + 1))}</p>`).join('')}</div>`, `<p>${esc(a.paras[2])}</p>`];
  const url = `https://${pick(['www.example-dsj.gov.cn/xwzx/hdyg', 'www.example-nevexpo.com/news/zhdt'], k)}/${pageId(a, k)}.html`;
  const ld = JSON.stringify({ '@context': 'https://schema.org', '@type': 'Event', name: pick(['2024长三角数字经济发展论坛', '第三届新能源汽车后市场博览会'], k), startDate: pick(['2024-11-08', '2024-10-24'], k), endDate: pick(['2024-11-09', '2024-10-26'], k), location: { '@type': 'Place', name: pick(['某某国际会议中心', '某某国际博览中心'], k) } });
  const html = `<!DOCTYPE html>
<html lang="zh">
${head(`${a.title} - ${pick(['某某市数据局', '新能源汽车后市场博览会官网'], k)}`, { site: pick(['某某市数据局', '新能源汽车后市场博览会'], k), desc: a.paras[0].slice(0, 60), ld })}
<body>
<header class="site-header"><div class="inner"><a class="logo"><img src="/img/logo.svg" alt="logo"></a>
<ul class="menu">${links(pick([['首页', '机构概况', '新闻资讯', '活动预告', '政策文件', '数据开放', '数字政府', '数字经济', '智慧城市', '公共数据', '互动交流'], ['首页', '展会概况', '展商服务', '观众服务', '同期活动', '展会动态', '媒体中心', '往届回顾', '联系我们', 'English']], k), 'menu')}</ul>
<div class="countdown">距开幕还有 <b id="days">24</b> 天</div></div></header>
<div class="inner">
<div class="bread"><a>首页</a> / <a>${pick(['新闻资讯', '媒体中心'], k)}</a> / <a>${pick(['活动预告', '展会动态'], k)}</a></div>
<div class="layout"><div class="layout-main">
<article class="news-detail">
<h1 class="news-title">${esc(a.title)}</h1>
<div class="news-meta">${pick([`<span>发布时间：${a.date.slice(0, 4)}年${a.date.slice(5, 7)}月${a.date.slice(8, 10)}日 ${a.date.slice(11)}</span><span>来源：${a.source}</span>`, `<span class="src">${a.source}</span><span class="tm">${a.date.replace('T', ' ')}:00</span><span class="views">浏览：2689</span>`], k)}</div>
<div class="news-body">
${text.join('\n')}
<div class="ad-inner"><iframe src="https://ad.example-adx.cn/slot/${pick(['dsj', 'nev'], k)}-mid.html" width="640" height="90" frameborder="0" scrolling="no"></iframe></div>
</div>
<div class="signup"><a class="btn" href="https://reg.example-form.cn/${pageId(a, k)}">${pick(['立即报名', '观众预登记'], k)}</a>${k === 1 ? '<a class="btn" href="/exhibitor/apply">展商报名</a>' : ''}<div class="qr"><img src="/img/qr${k}.png"><p>${pick(['扫码报名参会', '微信扫码 免费领证'], k)}</p></div></div>
<div class="share"><span>分享到：</span><a>微信</a><a>微博</a><a>复制链接</a></div>
</article>
<section class="comments"><h3>${pick(['网友留言', '评论（3）'], k)}</h3>
<div class="c-item"><span class="c-user">${pick(['数字观察者', '车后市场老兵'], k)}</span><span class="c-time">2024-${pick(['10-16 09:21', '09-26 10:02'], k)}</span><p>${pick(['期待今年的人工智能分论坛，去年收获很大。', '去年的电池检测设备展区很有看头，今年一定去。'], k)}</p></div>
<div class="c-item"><span class="c-user">用户8812</span><span class="c-time">2024-${pick(['10-17 14:03', '09-27 18:40'], k)}</span><p>请问企业参会是否需要缴费？</p></div></section>
</div>
<aside class="layout-side"><div class="box"><h3>${pick(['活动预告', '展会动态'], k)}</h3>${datedList(pick([[['2024数据要素市场化配置改革研讨会报名通知', '2024-09-20'], ['关于征集数字经济典型应用场景的通知', '2024-08-30']], [['本届博览会同期活动日程公布', '2024-09-12'], ['第二届博览会圆满落幕 意向成交额超30亿元', '2023-10-29']]], k) as [string, string][], 'side')}</div></aside>
</div></div>
<footer class="site-footer"><p>${pick(['某某市数据局 版权所有', 'Copyright © 2024 某某国际会展有限公司 All Rights Reserved'], k)}</p><p>${pick(['沪ICP备2021001234号', '沪ICP备18045678号-3'], k)}　<a>联系我们</a>　<a>隐私政策</a></p></footer>
<script>var d = new Date("${pick(['2024-11-08', '2024-10-24'], k)}") - new Date(); document.getElementById("days").innerText = Math.max(0, Math.ceil(d / 86400000));</script>
</body></html>`;
  return {
    name: `k-forum-${k}`,
    html,
    gold: goldOf(a, a.paras, { url, date: a.date, source: a.source, author: null, notInBody: ['立即报名', '展商报名', '预登记', '扫码', '分享到', '网友留言', '评论', '距开幕', '展会动态', '活动预告'] }),
  };
};

/** A university's or an institute's news: credits (供稿/文字/摄影/编辑/审核) after the text, a 学院新闻 sidebar with dates. A 供稿 unit is
 * no 来源 (as in dev-templates-o.ts): the institute's page, which prints no 来源, has no source. */
export const h20Campus: Template = (_, k) => {
  const a = held20Texts('campus')[k];
  const school = pick(['某某理工大学', '中国科学院某某研究所'], k);
  const url = `https://${pick(['news.example-ut.edu.cn/info/1012', 'www.example-ias.cas.cn/xwdt/zhxw'], k)}/${pageId(a, k)}.htm`;
  const credits = pick([`（供稿：${a.source}　文字：${a.author}　摄影：霍某　编辑：${a.editor}　审核：牛某某）`, `供稿：${a.source}　　摄影：宋某　　审核：${a.editor}`], k);
  const info = pick([
    `<div class="arti-metas"><span class="arti-update">作者：${a.author}</span><span class="arti-source">来源：${a.source}</span><span class="arti-time">发布时间：${a.date.replace('T', ' ')}</span><span class="arti-views">浏览次数：<span id="dynclicks_wbnews_1012">--</span></span></div>`,
    `<div class="xl-metas">${a.date.slice(0, 10)}　|　【 <a>大</a> <a>中</a> <a>小</a> 】【<a>打印</a>】【<a>关闭</a>】</div>`,
  ], k);
  const html = `<!DOCTYPE html>
<html>
${head(`${a.title}-${school}${pick(['新闻网', ''], k)}`, { site: school, desc: a.paras[0].slice(0, 70), extra: '<meta name="generator" content="Sudy CMS">\n<!--Announced by Visual SiteBuilder 9-->' })}
<body>
<div class="wp-header"><div class="wp-inner"><div class="logo"><img src="/_upload/tpl/logo.png" alt="${school}"></div>
<div class="wp-nav"><ul class="wp-menu">${links(pick([['首页', '学校要闻', '综合新闻', '学院动态', '学术科研', '人才培养', '校园文化', '媒体关注', '图片新闻', '视频新闻', '人物风采', '专题报道', '校报', '投稿'], ['首页', '概况简介', '机构设置', '科研成果', '科研进展', '学术交流', '人才队伍', '研究生教育', '创新文化', '科学传播', '信息公开', '党建园地']], k), 'menu-item')}</ul></div></div></div>
<div class="wp-inner main-area">
<div class="col_path"><span>当前位置：</span><a>首页</a><span class="sep">&gt;</span><a>${pick(['学术科研', '综合新闻'], k)}</a></div>
<div class="col_news_left">
<div class="article" frag="窗口3">
<h1 class="arti_title">${esc(a.title)}</h1>
${info}
<div class="entry"><div class="read" id="vsb_content">
${k === 0 ? `<p style="text-align:center"><img src="/_upload/article/images/${pageId(a, k)}.jpg" width="600"></p><p style="text-align:center"><span style="font-size:14px">团队成员在实验室开展电池性能测试</span></p>` : ''}
${paras(a.paras, ' style="text-indent:2em"')}
<p style="text-align:right">${esc(credits)}</p>
</div></div>
<div class="pn"><p>上一篇：<a>${pick(['学校召开2024年科研工作推进会', '研究所举办第十二期青年学术沙龙'], k)}</a></p><p>下一篇：<a>${pick(['我校学子在全国大学生节能减排竞赛中获佳绩', '研究所与某某市签署科技合作协议'], k)}</a></p></div>
<div class="like"><a id="zan">点赞</a><span>128</span></div>
</div></div>
<div class="col_news_right">
<div class="side-col"><h2 class="side-title">${pick(['学院新闻', '所内新闻'], k)}</h2>${datedList([[pick(['材料学院举行2024级研究生开学典礼', '研究所召开2024年安全生产工作会议'], k), '2024-09-18'], [pick(['学院教师在全国青年教师教学竞赛中获奖', '研究所科研人员获省自然科学奖一等奖'], k), '2024-09-05'], [pick(['学院召开一流学科建设推进会', '研究所举办公众科学日活动'], k), '2024-08-26']], 'side-news')}</div>
<div class="side-col"><h2 class="side-title">图片新闻</h2><ul class="pic-news"><li><img src="/_upload/p1.jpg"><p>${pick(['秋日校园', '科研楼全景'], k)}</p></li><li><img src="/_upload/p2.jpg"><p>${pick(['运动会开幕', '院士走进中学课堂'], k)}</p></li></ul></div>
</div></div>
<div class="wp-footer"><div class="wp-inner"><p>版权所有 © ${school}　地址：某某市某某区学府路${k + 1}号　邮编：410000</p><p>${pick(['湘ICP备05001234号', '京ICP备05002829号-1'], k)}　<a>联系我们</a>　<a>网站地图</a></p></div></div>
<script>$.ajax({url:"/system/resource/code/news/click/dynclicks.jsp", data:{clickid:${1012 + k}, owner:"1234567", clicktype:"wbnews"}, success:function(d){ $("#dynclicks_wbnews_1012").html(d); }});</script>
</body></html>`;
  return {
    name: `k-campus-${k}`,
    html,
    gold: goldOf(a, a.paras, { url, date: k === 0 ? a.date : a.date.slice(0, 10), source: k === 0 ? a.source : null, author: k === 0 ? a.author : null, notInBody: ['供稿', '摄影', '审核', '上一篇', '下一篇', '点赞', '图片新闻', pick(['学院新闻', '所内新闻'], k), ...(k === 0 ? ['文字：', '团队成员在实验室开展'] : [])] }),
  };
};

/** An association's bilingual page: an English headline and `Abstract:` block above the text, or each Chinese paragraph followed by its English. */
export const h20Association: Template = (_, k) => {
  const a = held20Texts('association')[k];
  const site = '中国某某行业协会';
  const text = k === 0 ? a.paras : a.paras.flatMap((p, i) => [p, a.english![i]]);
  const url = `http://www.example-assoc.org.cn/${pick(['xhdt', 'gjhz'], k)}/${a.date.slice(0, 7).replace('-', '')}/t${digits(a.date)}_${720100 + k}.html`;
  const en = pick(['The Association Releases the 2024 Industry Development Report', 'Association Delegation Attends ISO Technical Committee Plenary'], k);
  const abstract = 'Abstract: The Association released its annual industry report in Beijing on 26 September. Revenue of the industry grew 7.8% in 2023, and energy use per unit of key products fell 9.6% from 2020.';
  const ld = JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: a.title, alternativeHeadline: en, datePublished: `${a.date}:00+08:00`, publisher: { '@type': 'Organization', name: site } });
  const html = `<!DOCTYPE html>
<html lang="zh-CN">
${head(`${a.title}_${pick(['协会动态', '国际合作'], k)}_${site}`, { site, desc: a.paras[0].slice(0, 50), ld })}
<body>
<div class="hd"><div class="hd-in"><img class="logo" src="/img/logo.png" alt="${site}"><div class="lang"><a class="cur">中文</a> | <a href="/en/">English</a></div></div>
<div class="nav-bar"><ul>${links(['首页', '协会概况', '协会动态', '行业资讯', '政策法规', '统计信息', '标准化', '国际合作', '会员服务', '培训认证', '党建工作', '分支机构', '联系我们'], 'n')}</ul></div></div>
<div class="bd"><div class="pos">位置：<a>首页</a> &gt;&gt; <a>${pick(['协会动态', '国际合作'], k)}</a></div>
<div class="bd-l"><div class="art">
<h1>${esc(a.title)}</h1>
<h2 class="en">${en}</h2>
<div class="art-info">${pick([`发布日期：${a.date.replace('T', ' ')}　来源：${a.source}`, `时间：${a.date.replace('T', ' ')}　　来源：${a.source}　　<a>【English】</a>`], k)}</div>
${k === 0 ? `<div class="abs"><p>${esc(abstract)}</p><p>Keywords: industry report; revenue; energy efficiency</p></div>` : ''}
<div class="art-con">
${text.map((p) => `<p${/^[A-Z]/.test(p) ? ' class="en-p" style="font-family:Arial"' : ''}>${esc(p)}</p>`).join('\n')}
</div>
${k === 0 ? '<div class="down">相关附件：<a href="/uploadfile/2024/0927/report-summary.pdf">《2024年行业发展报告》摘要.pdf</a></div>' : ''}
<div class="art-tool"><a>【收藏】</a><a>【打印】</a><a>【关闭】</a><span class="share">分享到：<a>微信</a><a>LinkedIn</a></span></div>
<div class="cmt"><h4>发表评论</h4><textarea placeholder="请登录后发表评论"></textarea><button>提交</button>
<ul class="cmt-list"><li><b>会员单位 张工</b> <i>2024-${pick(['09-28 09:12', '09-25 08:40'], k)}</i><p>${pick(['报告数据很翔实，建议每季度发布一次运行简报。', '为我国专家点赞！希望更多中国标准走向世界。'], k)}</p></li></ul></div>
</div></div>
<div class="bd-r"><div class="r-box"><h3>最新动态</h3>${datedList([['协会第七届理事会第三次会议在京召开', '2024-09-10'], ['2024年行业标准宣贯培训班举办', '2024-08-22'], ['Association Signs Cooperation MoU with European Counterpart', '2024-07-15']], 'r-list')}</div>
<div class="r-box ad"><a><img src="/ad/expo2024.jpg" alt="广告"></a><span>广告</span></div></div></div>
<div class="ft"><p>${site} 版权所有 Copyright © 2009-2024</p><p>地址：北京市西城区某某街${k + 3}号　电话：010-6839XXXX　京ICP备10026789号-1</p></div>
</body></html>`;
  return {
    name: `k-assoc-${k}`,
    html,
    gold: goldOf(a, text, { url, date: a.date, source: a.source, author: null, notInBody: ['收藏', '分享到', '发表评论', '会员单位', '最新动态', '广告', ...(k === 0 ? ['Abstract', 'Keywords', '附件'] : [])] }),
  };
};

/** A listed company's announcement: on its IR site (codes and the headline again inside the text) or a disclosure platform. */
export const h20Company: Template = (_, k) => {
  const a = held20Texts('company')[k];
  const code = pick(['688XX1', '300XX2'], k);
  const short = pick(['某某智能', '某某新材'], k);
  const codeLine = `证券代码：${code}　　　证券简称：${short}　　　公告编号：2024-0${58 + k * 13}`;
  const url = pick([`https://www.example-smarttech.com/ir/gg/${digits(a.date)}/${pageId(a, 0)}.html`, `https://disclosure.example-exchange.cn/disclosure/detail?stockCode=${code}&announcementId=12${pageId(a, 1)}`], k);
  const text = a.paras.map((p, i) => {
    const tail = i >= a.paras.length - 2;
    return `<p style="${tail ? 'text-align:right' : 'text-indent:2em'}">${i === 0 && k === 0 ? `<b>${esc(p)}</b>` : esc(p)}</p>`;
  }).join('\n');
  const ld = JSON.stringify({ '@context': 'https://schema.org', '@type': 'Article', headline: a.title, datePublished: a.date.slice(0, 10), author: { '@type': 'Organization', name: a.source } });
  const html = k === 0
    ? `<!DOCTYPE html>
<html>
${head(`${a.title}-投资者关系-${a.source}`, { site: a.source, desc: a.title, ld })}
<body>
<div id="header"><div class="container"><a class="brand"><img src="/images/brand.png" alt="${short}"></a>
<ul class="primary">${links(['首页', '关于我们', '产品中心', '解决方案', '新闻中心', '投资者关系', '社会责任', '加入我们', '联系我们'], 'p')}</ul></div></div>
<div class="sub-banner"><img src="/images/banner-ir.jpg"><h2>投资者关系</h2></div>
<div class="container"><div class="sidebar"><ul>${links(['公司公告', '定期报告', '公司治理', '股票信息', '投资者交流'], 'sb')}</ul></div>
<div class="ir-main"><div class="ir-crumb">首页 &gt; 投资者关系 &gt; 公司公告</div>
<div class="notice-detail"><h3 class="nd-title">${esc(a.title)}</h3><p class="nd-date">发布时间：${a.date.replace('T', ' ')}</p>
<div class="nd-text">
<p>${codeLine}</p>
<p style="text-align:center"><b>${esc(a.title)}</b></p>
${text}
</div>
<p class="nd-pdf"><a href="/uploads/ir/${code}-2024-058.pdf"><img src="/images/pdf.gif">附件：公告原文（PDF）</a></p>
</div></div></div>
<div id="footer"><div class="container"><p>Copyright © 2024 ${a.source} 版权所有　苏ICP备16012345号</p><p>投资者热线：0512-6688XXXX　邮箱：ir@example-smarttech.com</p></div></div>
</body></html>`
    : `<!DOCTYPE html>
<html>
${head(`${short}：${a.title}`, { site: '某某证券交易所信息披露平台', desc: a.title, extra: '<meta name="robots" content="noarchive">' })}
<body>
<div class="exch-top"><div class="w"><img src="/static/logo-exch.png" alt="某某证券交易所"><ul>${links(['首页', '披露', '上市公司公告', '监管信息', '市场数据', '产品', '服务', '规则', '关于本所'], 'et')}</ul><input placeholder="代码/简称/拼音"></div></div>
<div class="w disclosure">
<div class="dl-crumb"><a>首页</a> &gt; <a>信息披露</a> &gt; <a>上市公司公告</a> &gt; <span>公告详情</span></div>
<div class="dl-head"><h2 class="dl-title">${short}：${esc(a.title)}</h2>
<div class="dl-codes">${codeLine}</div>
<div class="dl-time">公告日期：${a.date.slice(0, 10)}　发布时间：${a.date.replace('T', ' ')}:21</div>
<div class="dl-btns"><a class="btn-pdf">下载公告</a><a class="btn-fav">加入自选</a><a class="btn-share">分享</a></div></div>
<div class="dl-body">
${text}
</div>
<div class="dl-rel"><h4>该公司其他公告</h4>${datedList([[`${short}：关于召开2024年第二次临时股东大会的通知`, '2024-08-20'], [`${short}：2024年半年度报告摘要`, '2024-08-19'], [`${short}：第四届董事会第九次会议决议公告`, '2024-08-19']], 'ann-list')}</div>
<div class="dl-note">免责声明：本网站所载公告内容由上市公司提供，本所对其内容的真实性、准确性和完整性不承担任何责任。投资者应审慎决策，注意投资风险。</div>
</div>
<div class="exch-foot"><p>某某证券交易所 版权所有　沪ICP备05004567号</p></div>
</body></html>`;
  const g = goldOf(a, a.paras, { url, date: a.date, source: null, author: null, notInBody: ['证券代码', '证券简称', '公告编号', 'PDF', '下载公告', '免责声明', '其他公告', '投资者热线'] });
  // The platform prints the short name before the headline, as disclosure platforms do: that is the headline printed.
  return { name: `k-company-${k}`, html, gold: k === 0 ? g : { ...g, title: `${short}：${a.title}` } };
};

export const HELDOUT20_TEMPLATES: Template[] = [h20Ministry, h20Policy, h20Notice, h20Forum, h20Campus, h20Association, h20Company];

/**
 * Page templates for the fourth held-out part, written before the tuning that followed it and scored once before
 * and once after: markup as the sites of each family build it today — hashed and pinyin class names, nested layout
 * tables, TRS comments and inline styles, lazy images, video embeds, dates split into spans or only in a script,
 * 引题/副题, photo captions, pagers, self-media accounts and WeChat 原创 marks.
 */
import { cnTime, dash, dashSec, dayOnly, esc, pageId, pick, slash, urlDay, yearless, type GenPage, type Template } from './common.js';
import type { CnGold } from '../../src/extract/cn-gold-score.js';
import type { Held4Article } from './heldout4-pool.js';

const HOT = ['国常会部署推动大规模设备更新', '前三季度我国GDP同比增长4.8%', '首届低空经济博览会开幕', '个人养老金制度全面推开'];

/** The gold of a page; `lead` is what the page prints before the first paragraph's text (a dateline). */
function g4(a: Held4Article, o: { url: string; withTime: boolean; source: string | null; author: CnGold['author']; notInBody: string[]; lead?: string; title?: string }): CnGold {
  return {
    url: o.url,
    title: o.title ?? a.title,
    date: o.withTime ? a.date : a.date.slice(0, 10),
    source: o.source,
    author: o.author,
    body_first: `${o.lead ?? ''}${a.paras[0]}`.slice(0, 12),
    body_last: a.paras[a.paras.length - 1].slice(-12),
    not_in_body: o.notInBody,
  };
}

/** A page; one that declares GBK or GB2312 is written in it. */
const page = (name: string, html: string, gold: CnGold): GenPage =>
  /charset="?(gbk|gb2312)/i.test(html) ? { name, html, bytes: gbk(html), gold } : { name, html, gold };
const sec = (d: string): string => `${dash(d)}:${pick(['21', '07', '43'], d.length)}`;
const epoch = (d: string): number => Math.round(Date.parse(`${d}:00+08:00`) / 1000);
const md = (d: string): string => `${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日`;

/** A 网易-like portal page: photo with caption first, lazy images, 本文来源/作者/责任编辑 block closing the body. */
export const h4Portal163: Template = (base, k) => {
  const a = base as Held4Article;
  const url = `https://www.example163.com/dy/article/J${pageId(a, k).toUpperCase()}0511${k}CR8.html`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}_${pick(['网易科技', '网易财经'], k)}</title>
<meta name="keywords" content="算力,数据中心"><meta name="description" content="${esc(a.paras[0].slice(0, 40))}">
${k === 0 ? `<meta property="article:published_time" content="${a.date}:21+08:00">` : ''}
<style>.post_body p{margin:0 0 26px;text-indent:0}</style><script>var _ntes_nacc="tech";</script></head><body>
<div class="ns_area index_head"><a href="/">网易首页</a><a>新闻</a><a>体育</a><a>财经</a><a>科技</a><a class="login">登录</a></div>
<div class="container clearfix"><div class="post_main"><h1 class="post_title">${esc(a.title)}</h1>
<div class="post_info">${sec(a.date)}　来源: <a href="#">${esc(a.source)}</a><img src="/ip.png"> <a class="post_jubao">举报</a></div>
<div class="post_body" id="content">
<p class="f_center"><img src="//static.example163.com/loading.gif" data-src="//nimg.example163.com/${pageId(a, k)}.jpg"><br>（图片来源：${pick(['视觉中国', '网络'], k)}）</p>
${a.paras.map((p) => `<p id="${pageId(a, p.length)}">${esc(p)}</p>`).join('\n')}
<div class="post_author"><a href="/"><img src="/logo.png" alt="${pick(['网易科技', '网易财经'], k)}"></a>本文来源：${esc(a.source)} ${a.author ? `作者：${esc(a.author)}` : ''}<br>责任编辑：${esc(a.editor)}_NT${k}041</div>
</div><div class="post_tags"><a>数字经济</a><a>算力</a></div></div>
<div class="post_side"><h3>热点新闻</h3>${HOT.map((t, i) => `<p><a>${t}</a><span>${i + 1}小时前</span></p>`).join('')}</div></div></body></html>`;
  return page(`y-portal163-${k}`, html, g4(a, { url, withTime: true, source: a.source, author: a.author, notInBody: ['图片来源', '本文来源', '责任编辑', '举报', '热点新闻'] }));
};

/** A 新浪-like page: video box and captioned photo before the text, 相关专题 and an app blurb after it. */
export const h4SinaVideo: Template = (base, k) => {
  const a = base as Held4Article;
  const url = `https://news.example-sina.com.cn/c/${a.date.slice(0, 10)}/doc-inca${pageId(a, k)}.shtml`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}|${pick(['算力', '芯片'], k)}|${pick(['数据中心', '路由器'], k)}_新浪新闻</title>
<meta property="og:title" content="${esc(a.title)}"><meta name="weibo: article:create_at" content="${dashSec(a.date)}">
<script type="text/javascript">var ARTICLE_JSON={"docid":"${pageId(a, k)}","channel":"news"};</script></head><body>
<div class="top-nav"><a>新浪首页</a> <a>新闻</a> <a>体育</a> <a>财经</a> <a>娱乐</a></div>
<div class="main-content w1240"><h1 class="main-title">${esc(a.title)}</h1>
<div class="top-bar-wrap"><div class="date-source"><span class="date">${cnTime(a.date)}</span> <a class="source ent-source" href="#">${esc(a.source)}</a></div><div class="top-bar-inner"><span>评论</span><span>大</span><span>小</span></div></div>
<div class="article" id="article">
<div class="video_box" id="video_${k}"><div class="video_player" data-vid="${340000 + k}"></div><p class="video_desc">视频：${pick(['现场画面', '一图读懂'], k)}　来源：${pick(['新浪视频', '央视新闻客户端'], k)}</p></div>
<div class="img_wrapper"><img src="//n.sinaimg.example/${k}.jpg" alt="${esc(a.title)}"><span class="img_descr">${pick(['资料图', '图为某数据中心机房'], k)}</span></div>
${a.paras.map((p) => `<p cms-style="font-L">　　${esc(p)}</p>`).join('\n')}
<p cms-style="font-L">　　<strong>相关专题：</strong><a>${pick(['2024数字经济观察', '聚焦新质生产力'], k)}</a></p>
<div class="appendQr_wrap"><div class="appendQr_normal_txt">${pick(['海量资讯、精准解读，尽在新浪财经APP', '新浪新闻客户端：看懂新闻的那一刻'], k)}</div></div>
<p class="show_author">责任编辑：${esc(a.editor)} </p></div></div>
<div class="side"><h3>24小时滚动播报</h3>${HOT.map((t, i) => `<p><a>${t}</a> <span>${dayOnly(a.date)} ${10 + i}:0${i}</span></p>`).join('')}</div></body></html>`;
  return page(`y-sina-${k}`, html, g4(a, { url, withTime: true, source: a.source, author: null, notInBody: ['视频：', '资料图', '图为', '相关专题', '客户端', '新浪财经APP', '责任编辑', '滚动播报'] }));
};

/** A 腾讯-like page rendered from window.DATA: no date printed, the outlet as the media line, lazy photos. */
export const h4QqScript: Template = (base, k) => {
  const a = base as Held4Article;
  const id = `${urlDay(a.date)}A0${pageId(a, k).slice(0, 5).toUpperCase()}00`;
  const url = `https://new.example-qq.com/rain/a/${id}`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}_腾讯新闻</title>
<script>window.DATA = {"article_id":"${id}","title":"${esc(a.title).replace(/"/g, '\\"')}","media":"${esc(a.source)}","pubtime":"${dashSec(a.date)}","catalog1":"tech","tags":"${pick(['算力', '芯片'], k)}"};</script></head><body>
<div id="TopNav"><a>腾讯首页</a><a>要闻</a><a>科技</a><a>财经</a></div>
<div class="qq_conent clearfix"><div class="LEFT"><h1>${esc(a.title)}</h1>
<div class="media-info"><a class="author"><img src="//inews.example/${k}.jpg"><div>${esc(a.source)}</div></a></div>
<div class="content clearfix"><div class="content-article">
${a.paras.map((p, i) => `<p class="one-p">${esc(p)}</p>${i === 1 ? `<p class="one-p"><img class="content-picture" src="//inews.gtimg.example/${k}${i}.jpg"></p>` : ''}`).join('\n')}
<div id="Status"></div></div></div></div>
<div class="RIGHT"><h2>热点精选</h2>${HOT.map((t) => `<li><a>${t}</a></li>`).join('')}</div></div>
<div id="Footer">Copyright © 1998 - 2024 Tencent. All Rights Reserved</div></body></html>`;
  return page(`y-qq-${k}`, html, g4(a, { url, withTime: true, source: a.source, author: [null, a.source], notInBody: ['热点精选', 'Tencent', '腾讯首页'] }));
};

/** A 凤凰-like page built by a bundler: hashed class names, the outlet without a label, [责任编辑] below. */
export const h4IfengHashed: Template = (base, k) => {
  const a = base as Held4Article;
  const url = `https://news.example-ifeng.com/c/8${pageId(a, k)}Xy${k}`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}_凤凰网资讯_凤凰网</title>
<meta name="og:time " content="${sec(a.date)}"><meta name="og:category " content="凤凰网资讯">
<script>var allData = {"docData":{"docId":"8${pageId(a, k)}","newsTime":"${sec(a.date)}","source":"${esc(a.source)}"}};</script></head><body>
<div class="header-3Fc4BH5d"><a>凤凰网首页</a><a>资讯</a><a>财经</a><a>科技</a></div>
<div class="artical-25JfwmD5"><div class="title-2-YrC_Jt"><h1 class="topic-3bY8Hw-9">${esc(a.title)}</h1>
<div class="info-3Ht6Fk1n clearfix"><p class="time-1Mgp9W-1"><span>${cnTime(a.date)}:${pick(['21', '07'], k)}</span> <span class="source-2pXi2vGI"><a>${esc(a.source)}</a></span></p><div class="share-15kKx4Qw">分享到</div></div></div>
<div class="main_content-r5RGqegj"><div>
${a.paras.map((p) => `<p>${esc(p)}</p>`).join('\n')}
</div></div>
<div class="artEditor-2vHXnGMn"><span>[责任编辑：${esc(a.editor)} PN${k}60]</span></div>
<div class="copyright-3NzGGtOx">${pick(['不代表凤凰网观点', '凤凰网保留追究其法律责任的权利'], k)}</div></div>
<div class="hotNews-1sSGv2m4"><h3>24小时热点</h3>${HOT.map((t) => `<p><a>${t}</a></p>`).join('')}</div></body></html>`;
  return page(`y-ifeng-${k}`, html, g4(a, { url, withTime: true, source: a.source, author: [null, a.source], notInBody: ['责任编辑', '凤凰网观点', '法律责任', '24小时热点', '分享到'] }));
};

/** A 搜狐号 page: the account in a side card, `文 |` writer line, 返回搜狐 link and 平台声明 after the text. */
export const h4SohuAccount: Template = (base, k) => {
  const a = base as Held4Article;
  const account = pick(['硬核科技说', '财经早知道'], k);
  const url = `https://www.example-sohu.com/a/${800000000 + k}_${121000000 + k}`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}_${pick(['搜狐', '手机搜狐网'], k)}</title>
<meta property="og:type" content="news"><meta name="mediaid" content="${account}"><meta itemprop="datePublished" content="${dash(a.date)}">
<meta property="og:release_date" content="${dash(a.date)}"></head><body>
<div class="left main"><div class="user-info" id="user-info"><div class="user-pic"><img src="/a.png"></div><h4><a>${account}</a></h4><ul><li>文章 <em>${1523 + k}</em></li><li>总阅读 <em>3.2万</em></li></ul></div></div>
<div class="text"><div class="text-title"><h1>${esc(a.title)} <span class="article-tag"></span></h1>
<div class="article-info"><span class="time" id="news-time" data-val="${epoch(a.date)}000">${dash(a.date)}</span><div class="area"><span>发布于：${pick(['北京市', '广东'], k)}</span></div></div></div>
<article class="article" id="mp-editor">
${a.author ? `<p>${pick(['文 | ', '作者丨'], k)}${esc(a.author)}</p>` : ''}
${a.paras.map((p) => `<p>${esc(p)}</p>`).join('\n')}
<p><a href="//www.sohu.com/?strategyid=00001" id="backsohucom"><span class="backword"><i class="backsohu"></i>返回搜狐，查看更多</span></a></p>
</article>
<p data-role="editor-name">责任编辑：<span></span></p>
<div class="statement">平台声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。</div></div>
<div class="bottom-relate-wrap"><h3>推荐阅读</h3>${HOT.map((t) => `<p><a>${t}</a></p>`).join('')}</div></body></html>`;
  return page(`y-sohu-${k}`, html, g4(a, { url, withTime: true, source: account, author: a.author, notInBody: ['文 |', '作者丨', '返回搜狐', '平台声明', '发布于', '总阅读', '推荐阅读'] }));
};

/** A 百家号-like page: hashed class names, yearless time, 撰文｜编辑｜ head line, 举报/反馈 after. */
export const h4Baijiahao: Template = (base, k) => {
  const a = base as Held4Article;
  const account = pick(['新能源观察家', '芯片产业评论'], k);
  const url = `https://baijiahao.example-baidu.com/s?id=18${urlDay(a.date)}${pageId(a, k).slice(0, 4).replace(/\D/g, '7')}&wfr=spider&for=pc`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}</title>
<meta itemprop="dateUpdate" content="${dashSec(a.date)}"><script>window.jsonData={"bsData":{"header":{"dateUpdate":"${dashSec(a.date)}"}}};</script></head><body>
<div id="header"><a>百度首页</a> <a>登录</a></div>
<div id="ssr-content"><div class="_64zSd"><div class="sKHSJ"><h1 class="_1_Rw3">${esc(a.title)}</h1></div>
<div class="_2Mxbo"><div class="_3LBzs"><p class="_2gGWi">${account}</p><div class="_2sjh9"><span class="_10s9T">${pick([`${yearless(a.date)}`, `${dash(a.date)}`], k)}</span><span class="_2Mwzm">${pick(['湖北', '上海'], k)}</span></div></div><div class="_2Plq7">+关注</div></div>
<div data-testid="article"><div class="_18p7x">
${a.author ? `<p><span class="bjh-p">撰文｜${esc(a.author)}　编辑｜${esc(a.editor)}</span></p>` : ''}
${a.paras.map((p) => `<div class="_3ygOc"><p><span class="bjh-p">${esc(p)}</span></p></div>`).join('\n')}
<p><span class="bjh-p">${pick(['本文系作者原创，未经授权严禁转载。', '（本文仅代表作者观点，不构成投资建议）'], k)}</span></p>
</div></div><div class="_3OY-c">举报/反馈</div></div></div>
<div class="_1nTxh"><h3>为你推荐</h3>${HOT.map((t) => `<p>${t}</p>`).join('')}</div></body></html>`;
  return page(`y-baijiahao-${k}`, html, g4(a, { url, withTime: true, source: account, author: a.author, notInBody: ['撰文', '编辑｜', '原创', '投资建议', '举报', '为你推荐', '+关注'] }));
};

/** A central-government page: pages-date line with 来源/字体/打印, UCAP-CONTENT body, 我要纠错 and related items. */
export const h4GovCentral: Template = (base, k) => {
  const a = base as Held4Article;
  const url = `https://www.example-gov.cn/zhengce/${a.date.slice(0, 7).replace('-', '')}/content_${6900000 + k}.htm`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}_${pick(['部门政务', '滚动新闻'], k)}_中国政府网</title>
<meta name="firstpublishedtime" content="${a.date.slice(0, 10)}-${a.date.slice(11)}:21"><meta name="lastmodifiedtime" content="${a.date.slice(0, 10)}-23:59:00">
<style>.pages_content p{text-indent:2em;line-height:2}</style></head><body>
<div class="header"><div class="logo">中国政府网</div><div class="nav"><a>首页</a><a>总理</a><a>新闻</a><a>政策</a><a>互动</a><a>服务</a><a>数据</a></div></div>
<div class="BreadcrumbNav"><a>首页</a> &gt; <a>${pick(['新闻', '政策'], k)}</a> &gt; <a>${pick(['部门政务', '滚动新闻'], k)}</a></div>
<div class="article oneColumn pub_border"><h1 id="ti">${esc(a.title)}</h1>
<div class="pages-date">${dash(a.date)}　<span class="font">来源： ${esc(a.source)}</span>　<span class="font index_switchsize">【字体：<span>大</span> <span>中</span> <span>小</span>】</span><span class="font printIco">打印</span></div>
<div class="pages_content" id="UCAP-CONTENT">
${a.paras.map((p) => `<p style="text-indent: 2em; font-family: 宋体;">${esc(p)}</p>`).join('\n')}
</div>
<div class="editor">【我要纠错】 责任编辑：${esc(a.editor)}</div>
<div class="related"><h3>相关稿件</h3><ul>${HOT.map((t, i) => `<li><a>${t}</a> <span>${dayOnly(a.date).slice(0, 8)}0${i + 1}</span></li>`).join('')}</ul></div></div>
<div class="footer">主办单位：国务院办公厅　运行维护单位：中国政府网运行中心</div></body></html>`;
  return page(`y-gov-central-${k}`, html, g4(a, { url, withTime: true, source: a.source, author: null, notInBody: ['字体', '打印', '我要纠错', '责任编辑', '相关稿件', '主办单位'] }));
};

/** A provincial TRS page: nested layout tables, TRS comments, meta ArticleTitle/PubDate/ContentSource, TRS_Editor style. */
export const h4GovTrsTable: Template = (base, k) => {
  const a = base as Held4Article;
  const url = `http://${pick(['fgw', 'jxt'], k)}.example-sheng.gov.cn/art/${a.date.slice(0, 4)}/${Number(a.date.slice(5, 7))}/${Number(a.date.slice(8, 10))}/art_${1229000000 + k}_${5800000 + k}.html`;
  const site = pick(['省发展和改革委员会', '省经济和信息化厅'], k);
  const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>${site} ${esc(a.title)}</title>
<meta name="ArticleTitle" content="${esc(a.title)}"><meta name="PubDate" content="${dash(a.date)}"><meta name="ContentSource" content="${esc(a.source)}"><meta name="ColumnName" content="${pick(['政策文件', '通知公告'], k)}">
<script language="javascript" src="/script/0/jquery.js"></script></head><body>
<table width="1200" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/picture/0/top.png"></td></tr></table>
<table width="1200" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td class="dh"><a>首页</a> | <a>机构概况</a> | <a>政务公开</a> | <a>政务服务</a> | <a>互动交流</a></td></tr></table>
<table width="1200" align="center"><tr><td class="dqwz">当前位置：<a>首页</a> &gt;&gt; <a>政务公开</a> &gt;&gt; <a>${pick(['政策文件', '通知公告'], k)}</a></td></tr>
<tr><td><table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td height="60" align="center" class="xxgk_bt"><!--<$[标题名称]>begin-->${esc(a.title)}<!--<$[标题名称]>end--></td></tr>
<tr><td align="center" class="xxgk_sj"><table><tr><td>发布时间：<!--<$[发布时间]>begin-->${dayOnly(a.date)}<!--<$[发布时间]>end--></td><td>　信息来源：<!--<$[信息来源]>begin-->${esc(a.source)}<!--<$[信息来源]>end--></td><td>　浏览次数：<script>document.write(${1200 + k})</script></td><td>　【<a>打印</a>】【<a>关闭</a>】</td></tr></table></td></tr>
<tr><td class="bt_content"><!--<$[信息内容]>begin--><div class="TRS_Editor"><style type="text/css">.TRS_Editor P{margin-top:5px;margin-bottom:5px;line-height:2;font-family:宋体;font-size:12pt;}.TRS_Editor TD{font-size:12pt;}</style><div class="Custom_UnionStyle">
${a.paras.map((p) => `<p align="justify" style="text-indent: 2em;">${esc(p)}</p>`).join('\n')}
</div></div><!--<$[信息内容]>end--></td></tr></table></td></tr>
<tr><td class="xgxx"><strong>相关信息：</strong>${HOT.slice(0, 2).map((t) => `<a>${t}</a>`).join('　')}</td></tr></table>
<table width="1200" align="center"><tr><td class="foot">主办：${site}　网站标识码：${3300000000 + k}　浙ICP备0500${k}号</td></tr></table></body></html>`;
  return page(`y-gov-trs-${k}`, html, g4(a, { url, withTime: false, source: a.source, author: null, notInBody: ['当前位置', '浏览次数', '打印', '关闭', '相关信息', '网站标识码'] }));
};

/** A 人民网-like page: 引题 above and 副题 below the headline, 本报记者 byline, 版次 line and (责编：…) at the end. */
export const h4People: Template = (base, k) => {
  const a = base as Held4Article;
  const url = `http://${pick(['finance', 'industry'], k)}.example-people.com.cn/n1/${a.date.slice(0, 4)}/${a.date.slice(5, 7)}${a.date.slice(8, 10)}/c1004-${40300000 + k}.html`;
  const html = `<!DOCTYPE html><html><head><meta http-equiv="content-type" content="text/html;charset=GB2312"><title>${esc(a.title)}--${pick(['财经', '产经'], k)}--人民网</title>
<meta name="publishdate" content="${dayOnly(a.date)}"><meta name="source" content="来源：人民网－人民日报"></head><body>
<div class="w1000 path"><a>人民网</a>&gt;&gt;<a>${pick(['财经', '产经'], k)}</a></div>
<div class="layout rm_txt cf"><div class="col col-1 fl">
${a.kicker ? `<h3 class="pre">${esc(a.kicker)}</h3>` : '<h3 class="pre"></h3>'}<h1>${esc(a.title)}</h1>${a.subtitle ? `<h4 class="sub">${esc(a.subtitle)}</h4>` : '<h4 class="sub"></h4>'}
<div class="channel cf"><div class="col-1-1 fl">${a.date.slice(0, 4)}年${a.date.slice(5, 7)}月${a.date.slice(8, 10)}日${a.date.slice(11)} | 来源：<a>人民网－人民日报</a></div><div class="col-1-2 fr"><a>小字号</a></div></div>
<div class="rm_txt_con cf">
${a.author ? `<p style="text-indent: 2em;">本报记者　${esc(a.author)}</p>` : ''}
${a.paras.map((p) => `<p style="text-indent: 2em;">${esc(p)}</p>`).join('\n')}
<p class="paper_num">　　《 人民日报 》（ ${a.date.slice(0, 4)}年${a.date.slice(5, 7)}月${a.date.slice(8, 10)}日　${pick(['18', '02'], k)} 版）</p>
<div class="box_pic"></div><div class="edit cf">(责编：${esc(a.editor)}、${pick(['杨光宇', '袁勃'], k)})</div></div>
<div class="box_news"><h2>分享让更多人看到</h2></div></div>
<div class="col col-2 fr"><h2>推荐阅读</h2>${HOT.map((t) => `<p><a>${t}</a></p>`).join('')}</div></div></body></html>`;
  const notIn = ['本报记者', '人民日报 》', '责编', '分享让更多人看到', '推荐阅读', '小字号'];
  if (a.kicker) notIn.push(a.kicker);
  if (a.subtitle) notIn.push(a.subtitle);
  return page(`y-people-${k}`, html, g4(a, { url, withTime: true, source: '人民网－人民日报', author: a.author, notInBody: notIn }));
};

/** A 新华网-like page: the time split into spans above the headline, 新华社 dateline, 【纠错】【责任编辑】 and a pager. */
export const h4Xinhua: Template = (base, k) => {
  const a = base as Held4Article;
  const url = `http://www.example-news.cn/${pick(['tech', 'fortune'], k)}/${urlDay(a.date)}/${pageId(a, k)}c${k}/c.html`;
  const lead = `新华社${pick(['北京', '上海'], k)}${md(a.date)}电${a.author ? `（记者${a.author}）` : ' '}`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}-新华网</title>
<meta name="keywords" content="${esc(a.title.slice(0, 8))}"></head><body>
<div class="nav-top"><a>新华网</a> <a>时政</a> <a>财经</a> <a>科技</a></div>
<div class="header domPC"><div class="header-cont clearfix"><div class="header-time left"><span class="year"><em> ${a.date.slice(0, 4)}</em></span><span class="day"><em> ${a.date.slice(5, 7)}</em>/<em>${a.date.slice(8, 10)}</em></span><span class="time"> ${a.date.slice(11)}:${pick(['21', '48'], k)}</span></div>
<div class="source">来源：新华网</div></div>
<div class="head-line clearfix"><h1><span class="title">${esc(a.title)}</span></h1><div class="pageShare"><span>分享</span></div></div></div>
<div class="main clearfix"><div class="main-left left" id="detail"><span id="detailContent">
<p>${lead}${esc(a.paras[0])}</p>
${a.paras.slice(1).map((p) => `<p>${esc(p)}</p>`).join('\n')}
</span>
<div id="articleEdit"><span class="tiyi1"><a>【纠错】</a></span> <span class="editor">【责任编辑:${esc(a.editor)}】</span></div>
<div id="div_currpage"><center><a class="page-Article">1</a> <a href="c_2.html">2</a> <a href="c_2.html">下一页</a></center></div></div>
<div class="main-right right"><h3>图片新闻</h3>${HOT.map((t) => `<p><a>${t}</a></p>`).join('')}</div></div></body></html>`;
  return page(`y-xinhua-${k}`, html, g4(a, { url, withTime: true, source: '新华网', author: a.author ? [a.author, null] : null, notInBody: ['纠错', '责任编辑', '下一页', '图片新闻', '分享'], lead }));
};

/** A 第一财经-like page: outlet and time in em tags, 作者/责编 line, 摘要 box, 版权声明 and 举报 after the text. */
export const h4Yicai: Template = (base, k) => {
  const a = base as Held4Article;
  const outlet = pick(['第一财经', '每经网'], k);
  const url = `https://www.example-yicai.com/news/${102300000 + k}.html`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}</title>
<meta name="description" content="${esc(a.paras[1].slice(0, 30))}"></head><body>
<div class="g-hd"><a>首页</a> <a>新闻</a> <a>视听</a> <a>数据</a> <a>一财号</a></div>
<div class="m-container"><div class="title f-pr"><h1>${esc(a.title)}</h1><p><em>${outlet}</em><em>${sec(a.date)}</em></p>
<p class="names">${a.author ? `作者：${esc(a.author)}　` : ''}责编：${esc(a.editor)}</p></div>
<div class="intro"><p>${pick(['摘要：', ''], k)}${esc(a.paras[1].slice(0, 28))}</p></div>
<div class="m-txt">
${a.paras.map((p, i) => `<p>${esc(p)}</p>${i === 0 ? `<p style="text-align:center"><img data-original="//img.example-yicai.com/${k}.jpg" src="/grey.gif"></p><p style="text-align:center">图片来源：${pick(['第一财经记者摄', '视觉中国'], k)}</p>` : ''}`).join('\n')}
</div>
<div class="m-smallshare"><span>举报</span></div>
<div class="m-copyright">文章作者<br>${esc(a.author ?? outlet)}<br>版权声明：本文版权归${outlet}所有，未经许可不得转载或引用。</div>
<div class="m-list"><h3>一财最热</h3>${HOT.map((t) => `<p><a>${t}</a></p>`).join('')}</div></div></body></html>`;
  return page(`y-yicai-${k}`, html, g4(a, { url, withTime: true, source: outlet, author: a.author, notInBody: ['作者：', '责编', '摘要', '图片来源', '举报', '版权声明', '一财最热'] }));
};

/** An IT之家-like page: pubtime/source/author/editor spans, `X 月 X 日消息` lead, lazy images, 广告声明 after. */
export const h4ItHome: Template = (base, k) => {
  const a = base as Held4Article;
  const writer = a.author ?? pick(['汪淼', '问舟'], k);
  const url = `https://www.example-ithome.com/0/${780 + k}/${100 + k * 7}.htm`;
  const lead = `IT之家 ${Number(a.date.slice(5, 7))} 月 ${Number(a.date.slice(8, 10))} 日消息，`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)} - IT之家</title>
<meta name="keywords" content="${esc(a.title.slice(0, 6))}"></head><body>
<div id="nav"><a>IT之家</a> <a>资讯</a> <a>手机</a> <a>电脑</a> <a>智能</a></div>
<div class="fl content" id="dt"><h1>${esc(a.title)}</h1>
<div class="cv"><span id="pubtime_baidu">${slash(a.date).replace(/\/0/g, '/').replace(/ 0/, ' ')}:00</span> <span id="source_baidu">来源：<a>IT之家</a></span> <span id="author_baidu">作者：<strong>${esc(writer)}</strong></span> <span id="editor_baidu">责编：<strong>${esc(a.editor)}</strong></span> <span class="cmtcount">评论：<a>${36 + k}</a></span></div>
<div class="post_content" id="paragraph">
<p>${lead}${esc(a.paras[0])}</p>
<p><img class="lazy" data-original="//img.example-ithome.com/${k}.jpg" src="//img.example-ithome.com/grey.gif" w="1080" h="720"></p>
${a.paras.slice(1).map((p) => `<p>${esc(p)}</p>`).join('\n')}
<p class="ad-tips">广告声明：文内含有的对外跳转链接（包括不限于超链接、二维码、口令等形式），用于传递更多信息，节省甄选时间，结果仅供参考，IT之家所有文章均包含本声明。</p>
</div>
<div class="related_post"><h3>相关文章</h3>${HOT.map((t) => `<p><a>${t}</a></p>`).join('')}</div></div></body></html>`;
  return page(`y-ithome-${k}`, html, g4(a, { url, withTime: true, source: 'IT之家', author: writer, notInBody: ['广告声明', '相关文章', '评论', '责编'], lead }));
};

/** A trade-media page (电子工程专辑/C114-like): 发布时间 and 作者 with the outlet after a comma, 原创 notice at the end. */
export const h4Trade: Template = (base, k) => {
  const a = base as Held4Article;
  const outlet = pick(['电子工程专辑', 'C114通信网'], k);
  const url = `https://www.example-trade${k}.com/news/${urlDay(a.date)}${pageId(a, k).slice(0, 4)}.html`;
  const html = `<!DOCTYPE html><html><head><meta charset="gbk"><title>${esc(a.title)}-${outlet}</title>
<meta property="og:title" content="${esc(a.title)}"></head><body>
<div class="topbar"><a>首页</a> <a>新闻</a> <a>技术</a> <a>白皮书</a> <a>在线研讨会</a> <a>登录</a> <a>注册</a></div>
<div class="crumb"><a>首页</a> &gt; <a>${pick(['射频/微波', '通信'], k)}</a> &gt; 正文</div>
<div class="newsDetail"><div class="newsDetail-title"><h1>${esc(a.title)}</h1></div>
<div class="newsDetail-author"><span>发布时间：${pick([dayOnly(a.date), slash(a.date)], k)}</span>　<span>作者：${esc(a.author ?? outlet)}${pick([', EE Times China', ''], k)}</span>　<span>阅读：${2100 + k * 33}</span></div>
<div class="newsDetail-summary"><strong>导读：</strong>${esc(a.paras[0].slice(0, 30))}……</div>
<div class="newsDetail-content">
${a.paras.map((p) => `<p>${esc(p)}</p>`).join('\n')}
<p style="color:#999">${pick(['本文为《电子工程专辑》原创，版权所有，谢绝转载', '【C114通信网原创】转载请注明出处'], k)}</p>
</div>
<div class="newsDetail-tags">标签：<a>Wi-Fi 7</a></div><div class="prenext"><p>上一篇：${HOT[0]}</p><p>下一篇：${HOT[1]}</p></div></div>
<div class="aside"><h3>热门文章</h3>${HOT.map((t, i) => `<p><a>${t}</a> <span>${dayOnly(a.date).slice(0, 8)}1${i}</span></p>`).join('')}</div></body></html>`;
  return page(`y-trade-${k}`, html, g4(a, { url, withTime: k === 1, source: null, author: a.author ?? [outlet, null], notInBody: ['导读', '原创', '标签', '上一篇', '下一篇', '热门文章', '阅读：'] }));
};

/** A 36氪-like page: the time only relative on the page and exact in the state script, 编者按 reprint note. */
export const h4Kr36: Template = (base, k) => {
  const a = base as Held4Article;
  const account = pick(['', '远川科技评论'], k);
  const writer = a.author ?? pick(['李可', '周远'], k);
  const url = `https://www.example-36kr.com/p/${2900000000000000 + k}`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}-36氪</title>
<meta name="description" content="${esc(a.paras[0].slice(0, 40))}"></head><body>
<div class="kr-header"><a>36氪</a> <a>快讯</a> <a>资讯</a> <a>专题</a> <a>活动</a></div>
<div class="article-detail-wrapper-box"><div class="article-title common-width margin-bottom-20">${esc(a.title)}</div>
<div class="article-title-icon common-width margin-bottom-40"><a class="title-icon-item item-a">${esc(writer)}</a><span class="title-icon-item item-time">·${pick(['2小时前', '昨天'], k)}</span><span class="title-icon-item item-read">阅读 ${pick(['2.1万', '9832'], k)}</span></div>
<div class="summary">${pick(['摘要：', ''], k)}${esc(a.paras[2].slice(0, 24))}</div>
<div class="common-width content articleDetailContent kr-rich-text-wrapper">
${account ? `<p>编者按：本文来自微信公众号“${account}”（ID：ycapp${k}），作者：${esc(writer)}，36氪经授权发布。</p>` : ''}
${a.paras.map((p) => `<p>${esc(p)}</p>`).join('\n')}
</div>
<div class="article-footer-txt"><p>${account ? '该文观点仅代表作者本人，36氪平台仅提供信息存储空间服务。' : '本文由「36氪」原创出品，转载请注明出处'}</p></div>
<div class="hot-list"><h3>热榜</h3>${HOT.map((t) => `<p><a>${t}</a></p>`).join('')}</div></div>
<script>window.initialState={"articleDetail":{"articleDetailData":{"data":{"widgetTitle":"${esc(a.title).replace(/"/g, '\\"')}","publishTime":${epoch(a.date)}000,"author":"${esc(writer)}"}}}}</script></body></html>`;
  return page(`y-36kr-${k}`, html, g4(a, { url, withTime: true, source: account || null, author: writer, notInBody: ['编者按', '经授权发布', '原创出品', '信息存储空间', '热榜', '阅读 ', '摘要'] }));
};

/** A WeChat article: 原创 mark, writer and account in the meta list, lazy images, a video, - END -, 往期推荐, 阅读原文. */
export const h4Wechat: Template = (base, k) => {
  const a = base as Held4Article;
  const account = pick(['数字产业研究院', '光电汇'], k);
  const url = `https://mp.weixin.qq.com/s/${pageId(a, k)}_${k}Wq`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><meta property="og:title" content="${esc(a.title)}"><meta property="og:type" content="article">
${a.author ? `<meta property="og:article:author" content="${esc(a.author)}">` : ''}<title>${esc(a.title)}</title></head><body id="activity-detail" class="zh_CN">
<div class="rich_media_area_primary"><div class="rich_media_area_primary_inner"><h1 class="rich_media_title " id="activity-name">
            ${esc(a.title)}
</h1>
<div id="meta_content" class="rich_media_meta_list">${k === 0 ? '<span id="copyright_logo" class="rich_media_meta meta_original_tag">原创</span>' : ''}${a.author ? `<span class="rich_media_meta rich_media_meta_text">${esc(a.author)}</span>` : ''}<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a id="js_name">${account}</a></span><em id="publish_time" class="rich_media_meta rich_media_meta_text"></em><em id="js_ip_wording_wrp" class="rich_media_meta_text">${pick(['北京', '江苏'], k)}</em></div>
<div class="rich_media_content js_underline_content" id="js_content" style="visibility: hidden;">
<section style="text-align: center;"><img data-src="https://mmbiz.qpic.example/${k}.png" class="rich_pages wxw-img" data-ratio="0.56"></section>
${a.paras.map((p, i) => `<p style="margin-bottom: 8px;line-height: 1.75em;"><span style="font-size: 15px;letter-spacing: 1px;">${esc(p)}</span></p>${i === 1 ? `<section><iframe class="video_iframe rich_pages" data-src="https://v.qq.example/iframe/preview.html?vid=x${k}"></iframe></section>` : ''}`).join('\n')}
<p style="text-align: center;"><span>- END -</span></p>
<section><p>往期推荐</p><p><a>${HOT[0]}</a></p><p><a>${HOT[1]}</a></p></section>
<p><span>${pick(['点个“在看”，你最好看', '欢迎分享、点赞、在看'], k)}</span></p>
</div>
<div id="js_sg_bar"><a id="js_view_source">阅读原文</a></div></div></div>
<script type="text/javascript">var ct = "${epoch(a.date)}"; var publish_time = "${dayOnly(a.date)}" || "";</script></body></html>`;
  return page(`y-wechat-${k}`, html, g4(a, { url, withTime: true, source: account, author: a.author, notInBody: ['原创', 'END', '往期推荐', '在看', '阅读原文'] }));
};

let gbkTable: Map<string, number[]> | null = null;

/** Encodes a page in GBK as older sites serve it (Node decodes GBK but has no encoder: the table is built by decoding every code). */
export function gbk(html: string): Buffer {
  if (!gbkTable) {
    gbkTable = new Map();
    const dec = new TextDecoder('gbk');
    for (let hi = 0x81; hi <= 0xfe; hi++) {
      for (let lo = 0x40; lo <= 0xfe; lo++) {
        const ch = dec.decode(Uint8Array.of(hi, lo));
        if (ch.length === 1 && ch !== '\ufffd' && !gbkTable.has(ch)) gbkTable.set(ch, [hi, lo]);
      }
    }
  }
  const out: number[] = [];
  for (const ch of html) {
    const code = ch.codePointAt(0)!;
    const pair = code < 0x80 ? [code] : gbkTable.get(ch);
    if (!pair) throw new Error(`no GBK code for ${ch}`);
    out.push(...pair);
  }
  return Buffer.from(out);
}

export const HELDOUT4_TEMPLATES: Template[] = [
  h4Portal163,
  h4SinaVideo,
  h4QqScript,
  h4IfengHashed,
  h4SohuAccount,
  h4Baijiahao,
  h4GovCentral,
  h4GovTrsTable,
  h4People,
  h4Xinhua,
  h4Yicai,
  h4ItHome,
  h4Trade,
  h4Kr36,
  h4Wechat,
];

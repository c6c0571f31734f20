/**
 * Page templates for the seventh held-out part, written for #17's third round before its tuning and scored once
 * before and once after: families no other part prints (a provincial development-commission TRS page with an 附件
 * list, a news agency app's H5 page dated only in its script, a digital newspaper page with 版面 navigation, a page
 * wrapping a PDF viewer, an AMP page dated and signed only in JSON-LD, and a 号 page with an account card).
 */
import { cnDay, cnTime, dash, dayOnly, esc, gold, pageId, pick, ps, slash, urlDay, type Template } from './common.js';

/** A provincial 发改委 TRS page: 索引 table, 【字体：大 中 小】, the text, 附件 list with file links, 扫一扫 box. */
export const q7Commission: Template = (a, k) => {
  const org = pick(['某某省发展和改革委员会', '某某省工业和信息化厅'], k);
  const url = `http://${pick(['fgw', 'gxt'], k)}.example-prov${k}.gov.cn/art/${dayOnly(a.date).slice(0, 4)}/${Number(a.date.slice(5, 7))}/${Number(a.date.slice(8, 10))}/art_${1200 + k}_${pageId(a, k)}.html`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)} ${org}</title>
<meta name="SiteName" content="${org}"><meta name="ColumnName" content="${pick(['工作动态', '通知公告'], k)}"></head><body>
<div class="header"><span>${org}</span><ul><li>首页</li><li>机构概况</li><li>政务公开</li><li>政务服务</li><li>互动交流</li></ul></div>
<div class="crumb">当前位置：<a>首页</a> &gt; <a>政务公开</a> &gt; <a>${pick(['工作动态', '通知公告'], k)}</a></div>
<div class="art-box"><div class="art-tit">${esc(a.title)}</div>
<div class="art-info"><span>${pick(['发布日期：', '时间：'], k)}${pick([dash(a.date), slash(a.date)], k)}</span><span>${pick(['信息来源：', '来源：'], k)}${esc(a.source)}</span><span>【字体：<a>大</a> <a>中</a> <a>小</a>】</span><span>访问量：${210 + k}</span></div>
<div class="art-con" id="zoom"><!--<$[信息内容]>begin-->
${ps(a.paras, true)}
<!--<$[信息内容]>end--></div>
<div class="art-fj"><p>${pick(['附件：', '相关附件：'], k)}</p><p><a href="/module/download/downfile.jsp?id=${k}">1.${pick(['项目申报汇总表', '专项资金分配明细'], k)}.xlsx</a></p><p><a href="/module/download/downfile.jsp?id=${k + 1}">2.${pick(['申报指南', '政策解读材料'], k)}.pdf</a></p></div>
<div class="art-tools"><span>扫一扫在手机打开当前页</span> <a>打印本页</a> <a>关闭窗口</a></div></div>
<div class="footer"><p>主办单位：${org}　网站标识码：${3300000000 + k}</p><p>${pick(['浙', '皖'], k)}ICP备0501${k}000号</p></div></body></html>`;
  return { name: `q-commission-${k}`, html, gold: gold(a, { url, withTime: true, source: a.source, author: null, notInBody: ['附件', '.xlsx', '.pdf', '扫一扫', '打印本页', '访问量', '字体'] }) };
};

/** A news agency app's H5 page: rendered container, the time only in the page's data script, 记者 line, 打开客户端 after. */
export const q7AgencyApp: Template = (a, k) => {
  const url = `https://h.example-agency${k}.cn/vh512/share/${pageId(a, k)}?d=${1000 + k}&channel=weixin`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no"><title>${esc(a.title)}</title>
<script>var _shareData = {"docTitle":${JSON.stringify(a.title)},"releaseDate":"${pick([`${dash(a.date)}:00`, `${slash(a.date)}:00`], k)}","sourceName":${JSON.stringify(a.source)},"docId":"${pageId(a, k)}"};</script></head><body>
<div id="app"><header class="app-top"><img src="/logo.png"><span>${pick(['某某社客户端', '某某通讯社APP'], k)}</span><a class="open">打开</a></header>
<section class="detail"><h1 class="detail-title">${esc(a.title)}</h1>
<div class="detail-src"><span class="src">${esc(a.source)}</span></div>
<div class="detail-body">
${a.author ? `<p class="reporter">${pick(['记者', '新华社记者'], k)}${esc(a.author)}</p>\n` : ''}${ps(a.paras)}
<p class="edit">${pick(['【责任编辑：', '【编辑：'], k)}${esc(a.editor)}】</p>
</div></section>
<section class="recommend"><h3>${pick(['推荐阅读', '相关新闻'], k)}</h3><ul><li>${pick(['多地出台稳就业新举措', '国务院常务会议部署相关工作'], k)}</li><li>${pick(['夏粮收购进度过半', '一季度经济数据发布'], k)}</li></ul></section>
<footer class="app-foot"><p>${pick(['打开客户端，看更多精彩内容', '下载客户端，阅读更多权威资讯'], k)}</p></footer></div></body></html>`;
  return { name: `q-agencyapp-${k}`, html, gold: gold(a, { url, withTime: true, source: a.source, author: a.author ? [a.author, null] : null, notInBody: ['责任编辑', '编辑：', '推荐阅读', '相关新闻', '客户端', '打开'] }) };
};

/** A digital newspaper page: 版面 navigation (第01版 links, 上一版/下一版), 本版新闻 list, 引题/headline/副题, 作者 line. */
export const q7Paper: Template = (a, k) => {
  const paper = pick(['某某日报', '某某科技报'], k);
  const ban = pick(['02', '05'], k);
  const url = `http://paper.example-daily${k}.cn/html/${a.date.slice(0, 7)}/${a.date.slice(8, 10)}/nw.D110000_${urlDay(a.date)}_${k + 2}-${ban}.htm`;
  const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>${paper}数字报</title></head><body>
<table width="1000" align="center"><tr><td class="date">${cnDay(a.date)}　星期${pick(['二', '四'], k)}</td><td class="paper">${paper}</td></tr></table>
<table width="1000" align="center"><tr><td width="300" valign="top">
<div class="banmian"><p>第${ban}版：${pick(['要闻', '产业'], k)}</p><a>上一版</a> <a>下一版</a>
<ul><li><a>第01版：要闻</a></li><li><a>第02版：要闻</a></li><li><a>第03版：综合</a></li><li><a>第05版：产业</a></li></ul>
<div class="pdf"><a>本版PDF</a></div></div>
<div class="bbxw"><h4>本版新闻</h4><ul><li><a>${esc(a.title)}</a></li><li><a>${pick(['稳外贸政策效应持续显现', '数字经济核心产业增加值稳步提升'], k)}</a></li><li><a>${pick(['一图读懂年度重点任务', '短评：以创新驱动高质量发展'], k)}</a></li></ul></div></td>
<td valign="top"><table width="100%"><tr><td class="yt">${pick(['产业观察', '聚焦高质量发展'], k)}</td></tr>
<tr><td class="bt"><h1>${esc(a.title)}</h1></td></tr>
${a.subtitle ? `<tr><td class="ft">${esc(a.subtitle)}</td></tr>` : ''}
<tr><td class="zz">${a.author ? `本报记者　${esc(a.author)}` : ''}</td></tr>
<tr><td><div id="ozoom">
${ps(a.paras, true)}
</div></td></tr>
<tr><td class="bq">${paper}　${cnDay(a.date)}　第${ban}版</td></tr></table></td></tr></table>
<div class="copy">${paper}社版权所有，未经书面授权禁止使用</div></body></html>`;
  return { name: `q-paper-${k}`, html, gold: gold(a, { url, withTime: false, source: paper, author: a.author ? [a.author, null] : null, notInBody: ['本版新闻', '上一版', '下一版', '本版PDF', '版权所有', `第${ban}版`] }) };
};

/** A notice page wrapping a PDF viewer: the text, then the viewer's toolbar and page counter, 下载 links. */
export const q7PdfViewer: Template = (a, k) => {
  const org = pick(['某某市科学技术局', '某某市商务局'], k);
  const url = `https://www.example-city${k}.gov.cn/xxgk/tzgg/${urlDay(a.date)}/t${urlDay(a.date)}_${4000 + k}.html`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}--${org}</title>
<meta name="ArticleTitle" content="${esc(a.title)}"><meta name="PubDate" content="${dash(a.date)}"><meta name="ContentSource" content="${esc(a.source)}"></head><body>
<div class="head">${org}</div><div class="nav">首页 | 信息公开 | 通知公告 | 办事服务</div>
<div class="content"><h2>${esc(a.title)}</h2>
<p class="info">${pick(['时间：', '发布时间：'], k)}${cnTime(a.date)}　${pick(['来源：', '来源单位：'], k)}${esc(a.source)}</p>
<div class="TRS_Editor">
${ps(a.paras, true)}
</div>
<div class="pdf-wrap"><div class="toolbar"><button>上一页</button><button>下一页</button><span>1 / ${3 + k}</span><button>放大</button><button>缩小</button><button>下载</button><button>打印</button></div>
<iframe src="/pdfjs/web/viewer.html?file=/xxgk/P0${urlDay(a.date)}${k}.pdf" width="100%" height="800"></iframe>
<p>${pick(['如无法正常浏览，请点击下载附件：', '浏览器不支持在线预览时，请下载：'], k)}<a href="/xxgk/P0${urlDay(a.date)}${k}.pdf">${esc(a.title.slice(0, 10))}.pdf</a></p></div></div>
<div class="foot">${org}主办　联系电话：0${k}71-8800000</div></body></html>`;
  return { name: `q-pdfviewer-${k}`, html, gold: gold(a, { url, withTime: true, source: a.source, author: null, notInBody: ['上一页', '下一页', '放大', '下载', '.pdf', '联系电话'] }) };
};

/** An AMP page: ⚡ html, amp-img and amp-ad, date and author only in JSON-LD, 来源 line, share bar after. */
export const q7Amp: Template = (a, k) => {
  const site = pick(['某某财经网', '某某科技网'], k);
  const url = `https://m.example-amp${k}.com/amp/${urlDay(a.date)}/${pageId(a, k)}.html`;
  const ld = { '@context': 'https://schema.org', '@type': 'NewsArticle', headline: a.title, datePublished: `${a.date}:00+08:00`, author: a.author ? { '@type': 'Person', name: a.author } : { '@type': 'Organization', name: site }, publisher: { '@type': 'Organization', name: site } };
  const html = `<!doctype html><html ⚡ lang="zh-CN"><head><meta charset="utf-8"><title>${esc(a.title)} | ${site}</title>
<link rel="canonical" href="https://www.example-amp${k}.com/${urlDay(a.date)}/${pageId(a, k)}.html"><meta name="viewport" content="width=device-width">
<script async src="https://cdn.ampproject.org/v0.js"></script><script type="application/ld+json">${JSON.stringify(ld)}</script>
<style amp-custom>body{font-size:16px}</style></head><body>
<header class="amp-header"><a>${site}</a><amp-sidebar id="menu" layout="nodisplay"><ul><li>首页</li><li>产业</li><li>公司</li><li>科技</li></ul></amp-sidebar></header>
<article><h1>${esc(a.title)}</h1>
<p class="meta">${pick(['来源：', '本文来源：'], k)}${esc(a.source)}</p>
<amp-img src="/img/${pageId(a, k)}.jpg" width="640" height="360" layout="responsive" alt=""></amp-img>
${ps(a.paras.slice(0, 2))}
<amp-ad width="300" height="250" type="adsense" data-ad-slot="${k}"><div placeholder>广告</div></amp-ad>
${ps(a.paras.slice(2))}
</article>
<amp-social-share type="wechat"></amp-social-share><div class="share">${pick(['分享至：微信 微博 QQ', '分享到：朋友圈 微博'], k)}</div>
<section class="more"><h3>${pick(['更多阅读', '相关文章'], k)}</h3><p><a>${pick(['光伏组件价格持续走低', '储能电池出货量创新高'], k)}</a></p></section>
<footer>© 2024 ${site}　<a>查看完整版</a></footer></body></html>`;
  return { name: `q-amp-${k}`, html, gold: gold(a, { url, withTime: true, source: a.source, author: a.author ? [a.author, null] : null, notInBody: ['广告', '分享', '更多阅读', '相关文章', '查看完整版'] }) };
};

/** A 号 page: the account's card (name, 关注, 粉丝数) above, `文｜writer` heading the text, 特别声明 after. */
export const q7Account: Template = (a, k) => {
  const account = pick(['某某产业观察', '某某研究院'], k);
  const url = `https://www.example-hao${k}.cn/newsDetail_forward_${28000000 + k}`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}_${pick(['某某号·湃客', '某某号·政务'], k)}_某某新闻</title>
<meta name="Keywords" content="${pick(['产业,观察', '研究,数据'], k)}"></head><body>
<div class="nav"><a>要闻</a> <a>深度</a> <a>视频</a> <a>某某号</a> <a>下载客户端</a></div>
<div class="news_txt_wrap"><h1 class="news_title">${esc(a.title)}</h1>
<div class="author_card"><img src="/avatar${k}.png"><div class="name">${esc(account)}</div><div class="intro">${pick(['关注产业一线动态', '专注数据与研究'], k)}</div><span class="fans">${1200 + k}人关注</span><a class="follow">+ 关注</a></div>
<div class="news_about"><span>${pick([dash(a.date), cnTime(a.date)], k)}</span><span>${pick(['来自北京', 'IP属地：上海'], k)}</span></div>
<div class="news_txt">
${a.author ? `<p>${pick(['文｜', '作者｜'], k)}${esc(a.author)}</p>\n` : ''}${ps(a.paras)}
</div>
<div class="news_statement">${pick(['特别声明：本文为某某号作者或机构在某某新闻上传并发布，仅代表该作者或机构观点，不代表某某新闻的观点或立场，某某新闻仅提供信息发布平台。', '本文为某某号作者上传并发布，仅代表作者观点。申请某某号请用电脑访问。'], k)}</div>
<div class="zan">点赞 ${30 + k}</div></div>
<div class="side"><h3>${pick(['热门推荐', '相关推荐'], k)}</h3><p>${pick(['多地发布算力产业支持政策', '锂电池回收市场规模预测'], k)}</p></div></body></html>`;
  return { name: `q-account-${k}`, html, gold: gold(a, { url, withTime: true, source: account, author: a.author ?? null, notInBody: ['特别声明', '仅代表', '关注', '点赞', '热门推荐', '相关推荐'] }) };
};

export const HELDOUT7_TEMPLATES: Template[] = [q7Commission, q7AgencyApp, q7Paper, q7PdfViewer, q7Amp, q7Account];

/**
 * Page templates for the eleventh held-out part, written after all of #17's fourth-round tuning (held-out 9 and
 * 10's fixes included) and scored once, never tuned on: a listed company's announcement page, a party paper's app
 * share page, a 专题 sub-page, a magazine's online article, an article with a data table in its text, and a
 * financial portal's PC page with font and share buttons.
 */
import { cnTime, dash, dashSec, dayOnly, esc, gold, pageId, pick, ps, urlDay, type Template } from './common.js';

/** A listed company's announcement page: 证券代码/证券简称 line, 公告日期, the text, PDF link after. */
export const u11Announcement: Template = (a, k) => {
  const code = pick(['600123', '002456'], k);
  const url = `https://www.example-ir${k}.com/disclosure/${urlDay(a.date)}/${code}_${pageId(a, k)}.html`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}-${pick(['投资者关系', '信息披露'], k)}</title></head><body>
<div class="nav">首页 / 投资者关系 / 公司公告</div>
<div class="ann"><h2>${esc(a.title)}</h2>
<p class="code">证券代码：${code}　　证券简称：${pick(['某某股份', '某某科技'], k)}　　${pick(['公告编号：', '编号：'], k)}临${a.date.slice(0, 4)}-0${30 + k}</p>
<p class="date">公告日期：${dayOnly(a.date)}</p>
<div class="ann-text">
${ps(a.paras, true)}
</div>
<p class="pdf"><a href="/files/${code}.pdf">${pick(['下载公告原文（PDF）', '查看PDF原文'], k)}</a></p>
</div>
<div class="foot">${pick(['某某股份有限公司', '某某科技集团'], k)}　证券部</div></body></html>`;
  return { name: `u-announce-${k}`, html, gold: gold(a, { url, withTime: false, source: null, author: null, notInBody: ['证券代码', '证券简称', '公告编号', 'PDF', '证券部'] }) };
};

/** A party paper's app share page: `某某日报客户端 记者 X` and the time on one line, 打开客户端 after. */
export const u11PaperApp: Template = (a, k) => {
  const client = pick(['某某日报客户端', '某某晚报新闻客户端'], k);
  const url = `https://app.example-paper${k}.cn/h5/detail?id=${pageId(a, k)}&type=${k}`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${esc(a.title)}</title></head><body>
<div class="share-head"><img src="/logo.png"><span>${client}</span><a class="open">打开</a></div>
<div class="detail"><p class="title">${esc(a.title)}</p>
<p class="sub">${client}${a.author ? `　${pick(['记者', '作者'], k)} ${esc(a.author)}` : ''}　${dashSec(a.date)}</p>
<div class="text">
${ps(a.paras)}
</div>
<p class="copyright">${pick(['本文为某某日报客户端原创，未经授权不得转载。', '转载请注明来源：某某晚报新闻客户端'], k)}</p></div>
<div class="open-tip">${pick(['打开客户端 查看更多精彩内容', '下载客户端，参与讨论'], k)}</div></body></html>`;
  return { name: `u-paperapp-${k}`, html, gold: gold(a, { url, withTime: true, source: client, author: a.author ? [a.author, null] : null, notInBody: ['客户端', '原创', '转载', '打开'] }) };
};

/** A 专题 sub-page: the special's banner and menu, title in a div, time with the weekday, 来源 as a link. */
export const u11Special: Template = (a, k) => {
  const url = `https://www.example-zt${k}.cn/zhuanti/${pick(['gzlfz', 'szjj'], k)}/${urlDay(a.date)}/${pageId(a, k)}.shtml`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}-${pick(['高质量发展专题', '数字经济专题'], k)}</title></head><body>
<div class="zt-banner"><img src="/zt/banner${k}.jpg"><h2>${pick(['奋进高质量发展', '数字经济 引领未来'], k)}</h2></div>
<div class="zt-menu"><a>专题首页</a> <a>权威发布</a> <a>各地动态</a> <a>图解</a> <a>视频</a></div>
<div class="zt-loc">${pick(['专题首页 > 各地动态', '专题首页 > 权威发布'], k)}</div>
<div class="zt-article"><div class="title">${esc(a.title)}</div>
<div class="info">${cnTime(a.date)} ${pick(['星期二', '星期五'], k)}　来源：<a href="http://www.example-src${k}.cn/">${esc(a.source)}</a></div>
<div class="zt-con">
${ps(a.paras)}
</div></div>
<div class="zt-foot">${pick(['本专题由某某网制作', '专题制作：某某网新媒体中心'], k)}</div></body></html>`;
  return { name: `u-special-${k}`, html, gold: gold(a, { url, withTime: true, source: a.source, author: null, notInBody: ['专题首页', '权威发布', '各地动态', '专题制作', '本专题'] }) };
};

/** A magazine's online article: issue line (`2024年第6期`), 作者 | 来源 line, 关键词 line above the text, 订阅 box after. */
export const u11Magazine: Template = (a, k) => {
  const mag = pick(['某某经济', '某某产业评论'], k);
  const url = `http://www.example-mag${k}.com.cn/qk/${a.date.slice(0, 4)}/${Number(a.date.slice(5, 7))}/${pageId(a, k)}.html`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}-${mag}杂志</title></head><body>
<div class="mast">《${mag}》杂志</div><div class="nav">首页 | 本期目录 | 往期回顾 | 投稿须知 | 订阅</div>
<div class="issue">${a.date.slice(0, 4)}年第${Number(a.date.slice(5, 7))}期</div>
<div class="art"><h1>${esc(a.title)}</h1>
<div class="by">${a.author ? `${pick(['作者：', '文/'], k)}${esc(a.author)} | ` : ''}来源：${mag}杂志 | ${dash(a.date).slice(0, 10)}</div>
<p class="kw">${pick(['关键词：', '关键字：'], k)}${pick(['港口 航运 外贸', '产业 政策 市场'], k)}</p>
<div class="art-text">
${ps(a.paras, true)}
</div></div>
<div class="sub-box">${pick(['订阅本刊：全年12期', '欢迎订阅，邮发代号：2-800'], k)}</div></body></html>`;
  return { name: `u-magazine-${k}`, html, gold: gold(a, { url, withTime: false, source: `${mag}杂志`, author: a.author ? [a.author, null] : null, notInBody: ['关键词', '关键字', '订阅', '本期目录', '投稿须知'] }) };
};

/** An article with a data table between its paragraphs; the last paragraph after the table. */
export const u11DataTable: Template = (a, k) => {
  const url = `https://data.example-tbl${k}.cn/a/${urlDay(a.date)}/${pageId(a, k)}.html`;
  const table = `<table class="data"><tr><th>${pick(['地区', '品类'], k)}</th><th>${pick(['数值', '同比'], k)}</th></tr><tr><td>${pick(['东部', '甲类'], k)}</td><td>${pick(['12.4', '8.1%'], k)}</td></tr><tr><td>${pick(['中部', '乙类'], k)}</td><td>${pick(['9.7', '5.6%'], k)}</td></tr></table><p class="tbl-note">${pick(['数据来源：某某研究院', '注：数据为初步统计'], k)}</p>`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}｜${pick(['某某数据', '某某统计'], k)}</title></head><body>
<div class="nav"><a>首页</a> <a>数据</a> <a>报告</a></div>
<h1>${esc(a.title)}</h1><div class="meta">${dash(a.date)}　${pick(['来源：', '出处：'], k)}${esc(a.source)}</div>
<div class="article">
${ps(a.paras.slice(0, 2))}
${table}
${ps(a.paras.slice(2))}
</div><div class="dl">${pick(['下载报告全文', '查看更多数据'], k)}</div></body></html>`;
  return { name: `u-datatable-${k}`, html, gold: gold(a, { url, withTime: true, source: a.source, author: null, notInBody: ['下载报告', '查看更多数据'] }) };
};

/** A financial portal's PC page: time and outlet line, 缩小字体/放大字体/收藏/分享 bar, app slogan after the text. */
export const u11FinancePc: Template = (a, k) => {
  const url = `https://finance.example-fin${k}.com.cn/${pick(['stock', 'china'], k)}/${dayOnly(a.date)}/doc-${pageId(a, k)}.shtml`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}|${pick(['某浪财经', '某某财经'], k)}</title></head><body>
<div class="top"><a>首页</a> <a>股票</a> <a>基金</a> <a>期货</a></div>
<h1 class="main-title">${esc(a.title)}</h1>
<div class="date-source"><span class="date">${cnTime(a.date)}</span> <a class="source">${esc(a.source)}</a></div>
<div class="tools"><a>缩小字体</a> <a>放大字体</a> <a>收藏</a> <a>微博</a> <a>微信</a> <a>分享</a></div>
<div class="article" id="artibody">
${ps(a.paras, true)}
<p class="slogan">${pick(['海量资讯、精准解读，尽在某浪财经APP', '更多行情，尽在某某财经客户端'], k)}</p>
</div><p class="show_author">${pick(['责任编辑：', '编辑：'], k)}${esc(a.editor)}</p></body></html>`;
  return { name: `u-finpc-${k}`, html, gold: gold(a, { url, withTime: true, source: a.source, author: null, notInBody: ['缩小字体', '放大字体', 'APP', '客户端', '责任编辑', '编辑：'] }) };
};

export const HELDOUT11_TEMPLATES: Template[] = [u11Announcement, u11PaperApp, u11Special, u11Magazine, u11DataTable, u11FinancePc];

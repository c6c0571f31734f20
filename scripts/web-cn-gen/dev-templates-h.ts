/**
 * Dev templates (tuned on) for the kinds of body-edge misses held-out 1, 3 and 4 still showed after #17's first round
 * (fields only: bounds and clean on portal, financial, government, press-office and telegraph pages), in makes and
 * wordings of their own: a headline restated above the text, 摘要/要点 lists, a byline paragraph and a captioned
 * photo first; 关键词/标签 rows, app promotions, 扫一扫/分享 bars, 热点推荐 lists, editor lines and a second article
 * in the same container after the text.
 */
import { cnDay, cnTime, dash, esc, gold, pageId, pick, ps, slash, urlDay, type Template } from './common.js';

const OTHER = ['全国统一大市场建设取得新进展', '多地发布新型工业化行动方案', '前三季度规上工业增加值增长5.8%'];

/** A portal page: the headline restated in the text container, a photo with its caption, 关键词 and an app line after. */
export const devRestated: Template = (a, k) => {
  const url = `https://news.example-pt${k}.com/${urlDay(a.date)}/n${pageId(a, k)}.shtml`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}|${pick(['某某网', '某某在线'], k)}</title></head><body>
<div class="g-nav"><a>首页</a> <a>国内</a> <a>财经</a> <a>科技</a></div>
<div class="g-main"><h1 class="main-title">${esc(a.title)}</h1><div class="date-source"><span>${cnTime(a.date)}</span> <a>${esc(a.source)}</a></div>
<div class="article-body" id="artibody">
<p><strong>${esc(a.title)}</strong></p>
<div class="img-box"><img src="/p${k}.jpg"><p class="img-desc">${pick(['资料图：生产线上的工人正在作业', '▲生产线一角。视觉中国供图'], k)}</p></div>
${ps(a.paras)}
<p class="keywords">${pick(['关键词：', '标签：'], k)}<a>产业</a> <a>政策</a></p>
<p class="app-promo">${pick(['海量资讯、精准解读，尽在某某财经APP', '更多精彩内容，请打开某某新闻客户端'], k)}</p>
</div></div>
<div class="side"><h3>${pick(['24小时排行', '热点推荐'], k)}</h3>${OTHER.map((t) => `<p><a>${t}</a></p>`).join('')}</div></body></html>`;
  return { name: `g-restated-${k}`, html, gold: gold(a, { url, withTime: true, source: a.source, author: [a.author, null], notInBody: ['资料图', '供图', '关键词', '标签', 'APP', '客户端'] }) };
};

/** A financial page: a 要点 list before the text, a byline paragraph, 编辑｜/校对｜ lines and 举报 after. */
export const devKeyPoints: Template = (a, k) => {
  const url = `https://www.example-cj${k}.com/news/${pageId(a, k)}.html`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}</title>
<meta name="publishdate" content="${dash(a.date)}"></head><body>
<div class="hd"><a>首页</a> <a>快讯</a> <a>股市</a></div>
<article class="m-article"><h1>${esc(a.title)}</h1><div class="m-meta"><span>${dash(a.date)}</span><span>${esc(a.source)}</span></div>
<div class="m-text">
<ul class="points"><li>${pick(['要点一：', '· '], k)}${esc(a.paras[0].slice(0, 24))}</li><li>${pick(['要点二：', '· '], k)}${esc(a.paras[1].slice(0, 20))}</li></ul>
${a.author ? `<p>${pick(['记者 ', '文 ｜ '], k)}${esc(a.author)}</p>` : ''}
${ps(a.paras)}
<p>${pick(['编辑｜', '编辑 | '], k)}${esc(a.editor)}　${pick(['校对｜', '审核 | '], k)}${pick(['程鹏', '许可'], k)}</p>
<p class="report">${pick(['举报', '投诉/举报'], k)}</p>
</div></article></body></html>`;
  return { name: `g-keypoints-${k}`, html, gold: gold(a, { url, withTime: true, source: a.source, author: [a.author, null], notInBody: ['要点', '编辑', '校对', '审核', '举报'] }) };
};

/** A bureau's page: 字号/打印 row and an information line inside the text cell, 扫一扫 and 相关链接 after the text. */
export const devBureauCell: Template = (a, k) => {
  const url = `http://www.example-bureau${k}.gov.cn/art/${a.date.slice(0, 4)}/${Number(a.date.slice(5, 7))}/${Number(a.date.slice(8, 10))}/art_${1200 + k}_${pageId(a, k)}.html`;
  const html = `<html><head><meta charset="utf-8"><title>${esc(a.title)}</title></head><body>
<table width="1000"><tr><td class="top">${pick(['某某市商务局', '某某省市场监督管理局'], k)}</td></tr>
<tr><td><table width="100%"><tr><td class="bt">${esc(a.title)}</td></tr>
<tr><td id="zoom">
<p>${pick(['发布日期：', '时间：'], k)}${pick([slash(a.date).slice(0, 10), cnDay(a.date)], k)}　${pick(['信息来源：', '来源：'], k)}${esc(a.source)}　${pick(['【字号：大 中 小】', '字体：[ 大 中 小 ]'], k)}</p>
${ps(a.paras, true)}
<p>${pick(['扫一扫在手机打开当前页', '【打印本页】【关闭窗口】'], k)}</p>
<p>${pick(['相关链接：', '相关文件：'], k)}<a>${OTHER[0]}</a></p>
</td></tr></table></td></tr></table></body></html>`;
  return { name: `g-bureaucell-${k}`, html, gold: gold(a, { url, withTime: false, source: a.source, author: null, notInBody: ['发布日期', '字号', '字体', '扫一扫', '打印本页', '相关链接', '相关文件'] }) };
};

/** A telegraph page whose bracketed headline differs from the h1 in its quotes and spacing only. */
export const devTelegraphQuotes: Template = (a, k) => {
  const url = `https://www.example-kx${k}.com/telegraph/${1900000 + k}`;
  const bracketed = a.title.replace(/“|”/g, '"').replace(/ /g, pick(['，', ' '], k));
  const dateline = `${pick(['本站', '某某社'], k)}${Number(a.date.slice(5, 7))}月${Number(a.date.slice(8, 10))}日电，`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}</title></head><body>
<div class="hd"><a>快讯</a> <a>专题</a></div>
<div class="tg"><h2 class="tg-title">${esc(a.title)}</h2><span class="tg-time">${dash(a.date)}</span>
<div class="tg-body"><p>【${esc(bracketed)}】${esc(dateline)}${esc(a.paras[0])}</p>
${ps(a.paras.slice(1))}
</div>
<div class="tg-tags">${pick(['相关标签', '标签'], k)}：<a>产业</a></div>
<div class="tg-bar">${pick(['分享　收藏　评论', '点赞 8 分享']  , k)}</div></div></body></html>`;
  return { name: `g-tgquotes-${k}`, html, gold: { ...gold(a, { url, withTime: true, source: null, author: null, notInBody: [`【${bracketed}】`, '标签', '收藏'] }), body_first: dateline.slice(0, 12) } };
};

/** A press office page: 发布会 notes above the text, then a second article (headline, date line) in the same container. */
export const devRunOn: Template = (a, k) => {
  const url = `http://www.example-press${k}.gov.cn/xwfbh/${urlDay(a.date)}/${pageId(a, k)}.html`;
  const html = `<html><head><meta charset="utf-8"><title>${esc(a.title)}</title></head><body>
<div class="nav"><a>首页</a> <a>新闻发布</a></div>
<div class="container"><h1>${esc(a.title)}</h1><div class="info">${cnDay(a.date)}　来源：${esc(a.source)}</div>
<div class="text">
${ps(a.paras)}
<div class="share">${pick(['分享：微信 微博', '【我要纠错】【打印】'], k)}</div>
<h2>${OTHER[k % 3]}</h2>
<p>${pick(['发布时间：', '时间：'], k)}${dash(a.date).slice(0, 10)}</p>
<p>${OTHER[(k + 1) % 3]}。有关负责人介绍，相关工作正在有序推进，各项任务按计划完成，下一步将继续加大工作力度。</p>
</div></div></body></html>`;
  return { name: `g-second-${k}`, html, gold: gold(a, { url, withTime: false, source: a.source, author: null, notInBody: ['分享', '纠错', '发布时间', OTHER[k % 3], '有关负责人介绍'] }) };
};

/** A financial daily's page: an unlabelled summary box in the text container, ownership and 合作 lines after the text. */
export const devOwnedNotice: Template = (a, k) => {
  const paper = pick(['某某财经日报', '某某证券报'], k);
  const url = `https://www.example-fd${k}.com/news/${urlDay(a.date)}${pageId(a, k).slice(0, 6)}.html`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}</title>
<meta name="description" content="${esc(a.paras[1].slice(0, 40))}"></head><body>
<div class="hd"><a>首页</a> <a>公司</a> <a>市场</a></div>
<div class="article"><h1>${esc(a.title)}</h1><div class="meta">${paper} ${dash(a.date)}:${pick(['12', '48'], k)}${a.author ? ` 作者：${esc(a.author)}` : ''} ${pick(['责编：', '责编 '], k)}${esc(a.editor)}</div>
<div class="content">
<div class="${pick(['brief', 'm-digest'], k)}">${esc(a.paras[1].slice(0, 40))}</div>
${ps(a.paras)}
<p>${pick([`此内容为${paper}原创，著作权归${paper}所有。`, `${paper}版权属于${paper}，任何单位及个人未经许可不得使用。`], k)}</p>
<p>${pick(['广告合作请点击这里', '商务合作：bd@example.com'], k)}</p>
</div></div></body></html>`;
  return { name: `g-owned-${k}`, html, gold: gold(a, { url, withTime: true, source: paper, author: [a.author, null], notInBody: ['著作权', '版权属于', '合作'] }) };
};

/** An 信息公开 page printing its index rows as paragraphs inside the text container, 扫描二维码 and 打印 after. */
export const devOpenRows: Template = (a, k) => {
  const url = `http://www.example-xxgk${k}.gov.cn/zwgk/${urlDay(a.date)}/${pageId(a, k)}.shtml`;
  const html = `<html><head><meta charset="utf-8"><title>${esc(a.title)}_${pick(['政府信息公开', '法定主动公开内容'], k)}</title></head><body>
<div class="head"><a>首页</a> <a>政府信息公开</a></div>
<div class="detail"><div class="detail-title">${esc(a.title)}</div>
<div class="detail-body">
<p>${pick(['索引号：', '索 引 号：'], k)}0000${k}-2024-0000${k}</p><p>${pick(['发文字号：', '文号：'], k)}${pick(['某工信发〔2024〕12号', '无'], k)}</p>
<p>${pick(['主题分类：', '分类：'], k)}工业、交通</p><p>${pick(['成文日期：', '发布日期：'], k)}${cnDay(a.date)}</p><p>${pick(['有效性：有效', '是否有效：是'], k)}</p>
${ps(a.paras, true)}
<p>${pick(['扫描二维码在手机上查看', '【打印】 【关闭】'], k)}</p>
</div></div></body></html>`;
  return { name: `g-openrows-${k}`, html, gold: gold(a, { url, withTime: false, source: null, author: null, notInBody: ['索引号', '索 引 号', '文号', '分类', '有效', '二维码', '打印'] }) };
};

/** A telegraph page without a headline element: the bracketed headline before the dateline is all it prints. */
export const devTelegraphBare: Template = (a, k) => {
  const url = `https://www.example-dx${k}.cn/flash/${2100000 + k}`;
  const dateline = `${pick(['某某财讯', '本网'], k)}${Number(a.date.slice(5, 7))}月${Number(a.date.slice(8, 10))}日${pick(['电', '讯'], k)}，`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${pick(['快讯', '7×24小时'], k)}_某某财讯</title></head><body>
<div class="hd"><a>快讯</a> <a>行情</a></div>
<div class="flash"><span class="flash-time">${dash(a.date)}</span>
<div class="flash-text"><p>【${esc(a.title)}】${esc(dateline)}${esc(a.paras[0])}</p>
${ps(a.paras.slice(1))}
</div><div class="flash-bar">${pick(['阅读 2.1万', '收藏'], k)}</div></div></body></html>`;
  return { name: `g-tgbare-${k}`, html, gold: { ...gold(a, { url, withTime: true, source: null, author: null, notInBody: [`【${a.title}】`, '阅读', '收藏'] }), body_first: dateline.slice(0, 12) } };
};

export const DEV_TEMPLATES_H: Template[] = [devRestated, devKeyPoints, devBureauCell, devTelegraphQuotes, devRunOn, devOwnedNotice, devOpenRows, devTelegraphBare];

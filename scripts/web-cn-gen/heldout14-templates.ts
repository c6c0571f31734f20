/**
 * Page templates for the fourteenth held-out part, written for #17's sixth round and committed before its one
 * scoring, never tuned on, in kinds no part had: a stock exchange's news page, a press-conference transcript, a
 * Q&A with a spokesperson, a photo story (图集), a 专题 page around one lead article, a lite (AMP) page, a page dated
 * in Chinese numerals (二〇二四年…) and a page with an English headline and abstract above the Chinese text.
 */
import { dash, esc, type GenPage, gold, pageId, pick, ps, urlDay, type Template } from './common.js';
import type { PoolArticle } from './pool.js';

const CN_DIGITS = '〇一二三四五六七八九';
/** `2024` → `二〇二四`. */
const cnYear = (y: string): string => [...y].map((d) => CN_DIGITS[Number(d)]).join('');
/** 1–31 → 一 … 三十一. */
function cnNumber(n: number): string {
  if (n < 10) return CN_DIGITS[n];
  const tens = Math.floor(n / 10);
  return `${tens > 1 ? CN_DIGITS[tens] : ''}十${n % 10 ? CN_DIGITS[n % 10] : ''}`;
}
const cnNumeralDay = (d: string): string =>
  `${cnYear(d.slice(0, 4))}年${cnNumber(Number(d.slice(5, 7)))}月${cnNumber(Number(d.slice(8, 10)))}日`;
const WEEKDAYS = '日一二三四五六';
const weekday = (d: string): string => `星期${WEEKDAYS[new Date(`${d.slice(0, 10)}T12:00:00Z`).getUTCDay()]}`;
const cnShort = (d: string): string => `${Number(d.slice(0, 4))}年${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日`;

/** The gold of a page whose body is `paras` as printed (some templates print the article's paragraphs with labels). */
function goldOf(a: PoolArticle, paras: string[], o: Parameters<typeof gold>[1]): GenPage['gold'] {
  const flat = (s: string): string => s.replace(/\s/g, '');
  return { ...gold(a, o), body_first: flat(paras[0]).slice(0, 12), body_last: flat(paras[paras.length - 1]).slice(-12) };
}

/** A stock exchange's 本所要闻 page: an index ticker above, 【打印】【关闭】 and an investor risk note after. */
export const a14Exchange: Template = (a, k) => {
  const ex = pick(['某某证券交易所', '某某股权交易中心'], k);
  const url = `https://www.example-exchange${k}.com.cn/${pick(['aboutus/sseactivities/news', 'xwzx/bsyw'], k)}/c/c_${urlDay(a.date)}_${pageId(a, k)}.shtml`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)} | ${ex}</title></head><body>
<div class="ticker"><span>上证指数 3,0${20 + k}.45 +0.52%</span> <span>深证成指 9,3${10 + k}.12 -0.18%</span> <span>${pick(['科创50', '北证50'], k)} 8${k}2.33 +1.05%</span></div>
<div class="nav"><a>首页</a> <a>披露</a> <a>数据</a> <a>服务</a> <a>规则</a> <a>关于本所</a></div>
<div class="crumb">首页 &gt; 关于本所 &gt; ${pick(['本所要闻', '新闻中心'], k)}</div>
<div class="article-infor"><h2>${esc(a.title)}</h2>
<div class="article_opt"><i>${dash(a.date)}</i><i>${pick(['来源：', '来源:'], k)}${esc(a.source)}</i><i class="opt"><a>【打印】</a><a>【关闭】</a></i></div>
<div class="allZoom">
${ps(a.paras, true)}
</div></div>
<div class="risk">${pick(['投资者应当认真阅读有关信息披露文件，理性投资，注意风险。', '市场有风险，投资需谨慎。本栏目信息仅供参考。'], k)}</div>
<div class="foot">${ex}版权所有　${pick(['联系我们', '网站地图'], k)}</div></body></html>`;
  return { name: `a-exchange-${k}`, html, gold: goldOf(a, a.paras, { url, withTime: true, source: a.source, author: null, notInBody: ['上证指数', '【打印】', '理性投资', '市场有风险', '版权所有'] }) };
};

/** A press-conference transcript: 时间/地点/主持人 lines above the text, 发布会现场 photo, 实录整理 after. */
export const a14Presser: Template = (a, k) => {
  const office = pick(['某某省人民政府新闻办公室', '某某市政府新闻办'], k);
  const url = `https://www.example-press${k}.gov.cn/${pick(['xwfbh', 'fbh/wqhg'], k)}/${a.date.slice(0, 4)}/${pageId(a, k)}.html`;
  const time = `${cnShort(a.date)}（${weekday(a.date)}）${a.date.slice(11)}`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}_新闻发布会_${office}</title></head><body>
<div class="nav"><a>首页</a> <a>新闻发布会</a> <a>发布会实录</a> <a>图片直播</a></div>
<div class="fbh"><div class="fbh-tag">${pick(['发布会实录', '文字实录'], k)}</div><h1>${esc(a.title)}</h1>
<div class="fbh-meta"><p>时间：${time}</p><p>地点：${pick(['省政府新闻发布厅', '市民中心发布厅'], k)}</p><p>主持人：${office}${pick(['副主任 陈某', '新闻发言人 周某'], k)}</p></div>
<div class="photo"><img src="/fbh/${pageId(a, k)}.jpg"><p>${pick(['发布会现场。', '图为发布会现场（记者 沈某 摄）'], k)}</p></div>
<div class="fbh-text">
${ps(a.paras)}
</div>
<p class="zl">${pick(['（根据发布会现场录音整理）', '本实录由新闻办整理，以发布会现场为准。'], k)}</p></div>
<div class="foot">主办：${office}</div></body></html>`;
  return { name: `a-presser-${k}`, html, gold: goldOf(a, a.paras, { url, withTime: true, source: null, author: null, notInBody: ['地点：', '主持人', '发布会现场', '录音整理', '实录由'] }) };
};

/** A spokesperson's 答记者问: questions and answers as labelled paragraphs, 来源 and a plain date, 相关解读 after. */
export const a14Qa: Template = (a, k) => {
  const url = `https://www.example-ministry${k}.gov.cn/${pick(['xwdt/dzwd', 'zcjd/jzw'], k)}/${urlDay(a.date)}/t${urlDay(a.date)}_${pageId(a, k)}.html`;
  const [ask, answer] = [pick(['记者：', '问：'], k), pick(['答：', '发言人：'], k)];
  const paras = a.paras.map((p, i) => `${i % 2 === 0 ? ask : answer}${p}`);
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}</title>
<meta name="ArticleTitle" content="${esc(a.title)}"></head><body>
<div class="nav"><a>首页</a> <a>新闻</a> <a>政策</a> <a>互动</a></div>
<div class="pages-title">${esc(a.title)}</div>
<div class="pages-date">${pick([a.date.slice(0, 10), cnShort(a.date)], k)}　来源：${esc(a.source)}　<span class="font">【字体：<a>大</a> <a>中</a> <a>小</a>】</span></div>
<div class="pages_content">
${paras.map((p) => `<p>${esc(p)}</p>`).join('\n')}
</div>
<div class="xgjd"><h4>${pick(['相关解读', '相关文件'], k)}</h4><p><a>${pick(['图解：一图读懂有关政策', '政策原文'], k)}</a> ${a.date.slice(0, 10)}</p></div></body></html>`;
  return { name: `a-qa-${k}`, html, gold: goldOf(a, paras, { url, withTime: false, source: a.source, author: null, notInBody: ['字体', '相关解读', '相关文件', '一图读懂', '政策原文'] }) };
};

/** A photo story (图集): each paragraph a caption under its picture with an `N/M` counter and 上一张/下一张. */
export const a14Gallery: Template = (a, k) => {
  const url = `https://${pick(['photo', 'pic'], k)}.example-news${k}.com/${urlDay(a.date)}/${pageId(a, k)}.html`;
  const n = a.paras.length;
  const slides = a.paras
    .map((p, i) => `<div class="slide"><img src="/p/${pageId(a, k)}_${i}.jpg" alt=""><span class="num">${i + 1}/${n}</span><p class="cap">${esc(p)}</p><a class="big">${pick(['查看原图', '高清大图'], k)}</a></div>`)
    .join('\n');
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${pick(['组图：', '【图集】'], k)}${esc(a.title)}_${pick(['某某图片', '某某网图片频道'], k)}</title></head><body>
<div class="nav"><a>图片首页</a> <a>新闻图片</a> <a>摄影</a></div>
<h1>${esc(a.title)}</h1>
<div class="info"><span>${dash(a.date)}</span>　<span>来源：${esc(a.source)}</span>${a.author ? `　<span>摄影：${esc(a.author)}</span>` : ''}</div>
<div class="gallery">
${slides}
</div>
<div class="pager"><a>上一张</a> <a>下一张</a> <a>${pick(['重新浏览', '返回图集首页'], k)}</a></div>
<div class="more"><h3>${pick(['精彩图集', '热门图集'], k)}</h3><p><a>${pick(['秋收时节田野忙', '城市夜景灯火璀璨'], k)}</a></p></div></body></html>`;
  return { name: `a-gallery-${k}`, html, gold: goldOf(a, a.paras, { url, withTime: true, source: a.source, author: a.author ? [a.author, null] : null, notInBody: ['查看原图', '高清大图', '上一张', '下一张', '精彩图集', '热门图集'] }) };
};

/** A 专题 page: the topic's banner as h1 and `<title>`, its sub-columns, one lead article, then dated lists. */
export const a14Topic: Template = (a, k) => {
  const topic = pick(['聚焦新质生产力', '奋进新征程 建功新时代'], k);
  const url = `https://www.example-zt${k}.cn/${pick(['zt', 'special'], k)}/${a.date.slice(0, 4)}/${pick(['xzscl', 'fjxzc'], k)}/index.html`;
  const item = (t: string, d: string): string => `<li><a>${t}</a><span>${d}</span></li>`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${topic}_${pick(['专题', '专题报道'], k)}_${pick(['某某网', '某某在线'], k)}</title></head><body>
<div class="zt-banner"><h1>${topic}</h1></div>
<div class="zt-nav"><a>${pick(['头条', '要闻'], k)}</a> <a>${pick(['权威发布', '部门动态'], k)}</a> <a>${pick(['地方实践', '基层声音'], k)}</a> <a>${pick(['评论', '图解'], k)}</a></div>
<div class="zt-lead"><h2>${esc(a.title)}</h2>
<div class="zt-info">${dash(a.date)}　来源：${esc(a.source)}</div>
<div class="zt-text">
${ps(a.paras, true)}
</div></div>
<div class="zt-col"><h3>${pick(['权威发布', '部门动态'], k)}</h3><ul>${item(pick(['有关部门部署下一阶段重点工作', '多部门联合印发指导意见'], k), '2024-12-0' + (k + 1))}${item(pick(['重点项目建设进展顺利', '一批重大工程集中开工'], k), '2024-11-2' + k)}</ul></div>
<div class="zt-col"><h3>${pick(['地方实践', '基层声音'], k)}</h3><ul>${item(pick(['某市打造产业创新高地', '某县特色产业带动增收'], k), '2024-11-1' + k)}</ul></div></body></html>`;
  return { name: `a-topic-${k}`, html, gold: goldOf(a, a.paras, { url, withTime: true, source: a.source, author: null, notInBody: ['权威发布', '部门动态', '地方实践', '基层声音', '重点项目', '重大工程'] }) };
};

/** A lite (AMP) page: `<html ⚡>`, amp-img, a dotted date with the outlet, 文/ writer, 查看完整版 after. */
export const a14Amp: Template = (a, k) => {
  const site = pick(['某某网', '某某新闻'], k);
  const url = `https://${pick(['amp', 'lite'], k)}.example-lite${k}.com/${pick(['a', 'article'], k)}/${pageId(a, k)}`;
  const dotted = `${a.date.slice(0, 10).replace(/-/g, '.')} ${a.date.slice(11)}`;
  const html = `<!doctype html><html ⚡ lang="zh-CN"><head><meta charset="utf-8"><title>${esc(a.title)} - ${site}</title>
<link rel="canonical" href="https://www.example-lite${k}.com/${pageId(a, k)}.html"><style amp-custom>body{margin:0}</style></head><body>
<header class="amp-bar"><a>${site}</a> <a>${pick(['打开客户端', 'APP内阅读'], k)}</a></header>
<article><h1 class="amp-title">${esc(a.title)}</h1>
<div class="amp-meta"><span>${esc(a.source)}</span> <span>${dotted}</span></div>
${a.author ? `<p class="amp-byline">文/${esc(a.author)}</p>` : ''}
<amp-img src="/i/${pageId(a, k)}.jpg" width="640" height="360" layout="responsive"></amp-img>
<div class="amp-body">
${ps(a.paras)}
</div></article>
<amp-social-share type="wechat"></amp-social-share><amp-social-share type="weibo"></amp-social-share>
<footer><a>${pick(['查看完整版', '访问电脑版'], k)}</a> <span>© ${site}</span></footer></body></html>`;
  return { name: `a-amp-${k}`, html, gold: goldOf(a, a.paras, { url, withTime: true, source: a.source, author: a.author ? [a.author, null] : null, notInBody: ['打开客户端', 'APP内阅读', '查看完整版', '访问电脑版'] }) };
};

/** A page dated in Chinese numerals (`二〇二四年八月十四日`) beside its outlet, today's date in the masthead; no time printed. */
export const a14CnNumerals: Template = (a, k) => {
  const url = `http://www.example-numerals${k}.org/${pick(['content', 'show'], k)}.php?id=${pageId(a, k)}`;
  // The masthead prints the day of the visit, not the article's.
  const today = '2024-12-06';
  const when = `${cnNumeralDay(today)}${pick(['　', ' '], k)}${weekday(today)}`;
  const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>${esc(a.title)}--${pick(['某某研究会', '某某促进会'], k)}</title></head><body>
<div class="head">${pick(['某某研究会', '某某促进会'], k)}　<span class="today">${pick(['今天是', ''], k)}${when}</span></div>
<div class="menu">首页 | 本会简介 | 工作动态 | 政策法规</div>
<div class="wz"><div class="bt">${esc(a.title)}</div>
<div class="sj">${pick(['日期：', ''], k)}${cnNumeralDay(a.date)}　${pick(['来源：', '出处：'], k)}${esc(a.source)}</div>
<div class="nr">
${ps(a.paras, true)}
</div></div>
<div class="bottom">${pick(['某某研究会秘书处　电话：', '主办单位：某某促进会　联系电话：'], k)}0${k}1-0000000</div></body></html>`;
  return { name: `a-numerals-${k}`, html, gold: goldOf(a, a.paras, { url, withTime: false, source: a.source, author: null, notInBody: ['今天是', '本会简介', '秘书处', '主办单位'] }) };
};

/** A page with an English headline and abstract between the Chinese headline and the text, keywords in both. */
export const a14EnglishAbstract: Template = (a, k) => {
  const url = `https://www.example-review${k}.com.cn/${pick(['article', 'paper'], k)}/${a.date.slice(0, 4)}/${pageId(a, k)}`;
  const html = `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(a.title)}—${pick(['某某产业评论', '某某经济观察'], k)}</title></head><body>
<div class="nav"><a>首页</a> <a>期刊</a> <a>专栏</a> <a>English</a></div>
<h1>${esc(a.title)}</h1>
<h2 class="en-title" lang="en">${pick(['Industry Update: Capacity, Demand and Policy', 'A Closer Look at the Latest Industry Figures'], k)}</h2>
<div class="meta">${esc(a.source)}　${a.author ? `${esc(a.author)}　` : ''}${dash(a.date)}</div>
<div class="abstract" lang="en"><p><b>Abstract:</b> ${pick(['This article reviews the latest figures released by the authorities and what industry observers expect next.', 'The piece summarises recent data, the reasons behind them and the measures announced.'], k)}</p>
<p><b>Keywords:</b> ${pick(['industry; policy; data', 'market; capacity; outlook'], k)}</p></div>
<div class="kw">关键词：${pick(['产业 政策 数据', '市场 产能 展望'], k)}</div>
<div class="text">
${ps(a.paras)}
</div>
<div class="cite">${pick(['引用本文：', '本文引用格式：'], k)}${a.author ? `${esc(a.author)}. ` : ''}${esc(a.title)}[N]. ${esc(a.source)}, ${a.date.slice(0, 10)}.</div></body></html>`;
  return { name: `a-enabstract-${k}`, html, gold: goldOf(a, a.paras, { url, withTime: true, source: a.source, author: a.author ? [a.author, null] : null, notInBody: ['Abstract', 'Keywords', '关键词', '引用本文', '引用格式'] }) };
};

export const HELDOUT14_TEMPLATES: Template[] = [a14Exchange, a14Presser, a14Qa, a14Gallery, a14Topic, a14Amp, a14CnNumerals, a14EnglishAbstract];

/**
 * Dev templates of #17's round 23 (tuned on), each in a make and wording of its own: the kinds held-out 33 missed (told
 * by kind only: a news client's share page dated only in a data attribute with reading links between its paragraphs,
 * an account page whose time is glued to its region, paper editions with 版次/作者/稿件来源 on one line or a `□ 本报记者`
 * line under an 引题), then families the set has least of.
 */
import { dash, esc, gold, pageId, pick, type Template } from './common.js';

const menu = (words: string[]): string => words.map((w, i) => `<a href="/c/${i}/">${w}</a>`).join('');
const epochMs = (d: string): number => Date.parse(`${d}:00+08:00`);
const cnDate = (d: string): string => `${d.slice(0, 4)}年${+d.slice(5, 7)}月${+d.slice(8, 10)}日`;

/** A news client's H5 share page: the time only in a data attribute a script fills in, reading links between paragraphs. */
export const gClientStamp: Template = (a, k) => {
  const app = pick(['某某新闻', '某某观察'], k);
  const url = `https://h5.example-app${k}.com/share/article/${parseInt(pageId(a, k), 16)}?from=${pick(['wx', 'timeline'], k)}`;
  // The stamp on the time's empty element, or on the box the script writes the time into (beside an icon).
  const info = pick([
    `<div class="info"><span class="src">${esc(a.source)}</span><span class="time" data-publish-time="${epochMs(a.date)}"></span></div>`,
    `<div class="meta-row" data-pubtime="${epochMs(a.date) / 1000}"><em class="media">${esc(a.source)}</em>　<span class="t"><i class="icon-clock"></i></span><span class="read" data-count="3021"></span></div>`,
  ], k);
  const mid = Math.ceil(a.paras.length / 2);
  const reading = pick([
    `<div class="ext-read"><p class="ext-title">延伸阅读</p><a href="/share/article/1">秋粮收购进度过半 多地开展助农服务</a><a href="/share/article/2">冬季能源保供：各地储备充足</a></div>`,
    `<p class="relate">延伸阅读：<a href="/share/article/3">县域商业体系建设再提速</a></p>`,
  ], k);
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${esc(a.title)}</title>
<script>var shareConf = { app: "${app}", appid: "wx${pageId(a, 4)}" };</script></head>
<body><div class="open-app">打开${app}APP，阅读体验更佳</div>
<div class="article"><h1 class="title">${esc(a.title)}</h1>
${info}
<div class="content">
${a.paras.slice(0, mid).map((p) => `<p>${esc(p)}</p>`).join('\n')}
${reading}
${a.paras.slice(mid).map((p) => `<p>${esc(p)}</p>`).join('\n')}
</div></div>
<div class="hot"><h3>热门推荐</h3><ul><li><a>多地出台措施稳外贸</a><span>1.2万阅读</span></li></ul></div>
<div class="open-app-btn">打开APP 查看更多精彩</div></body></html>`;
  return { name: `g-clientstamp-${k}`, html, gold: gold(a, { url, withTime: false, source: a.source, author: null, notInBody: ['延伸阅读', pick(['冬季能源保供', '县域商业体系'], k), '打开'] }) };
};

/** An account's article: the account's name above a time glued to the region by a middle dot, no writer, 延伸阅读 after the text. */
export const gAccountRegion: Template = (a, k) => {
  const account = pick(['某某产业观察', '某某财经早知道'], k);
  const region = pick(['浙江', '北京'], k);
  const url = `https://www.example-hao${k}.com/a/${parseInt(pageId(a, k), 16)}`;
  const head = pick([
    `<div class="author-info"><a class="name" href="/u/1">${account}</a><div class="sub"><span>${dash(a.date)}·${region}</span></div></div>`,
    `<div class="acc"><img class="avatar" src="/av/1.png"><div><p class="nick">${account}</p><p class="t">${a.date.slice(5, 10)} ${a.date.slice(11)}·${region}</p></div><button>关注</button></div>`,
  ], k);
  const tail = pick([
    `<div class="more"><h4>延伸阅读</h4><ul><li><a>产业链上下游协同提速</a></li><li><a>三季度经济数据解读</a></li></ul></div>`,
    `<p><strong>延伸阅读</strong></p><p><a>新型工业化推进会在京召开</a></p><p><a>前三季度规上工业增加值增长5.8%</a></p>`,
  ], k);
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}</title><meta property="og:title" content="${esc(a.title)}">
<meta name="pubdate" content="${a.date.slice(0, 10)}"></head>
<body><div class="top">${menu(['首页', '推荐', '财经', '科技'])}</div>
<div class="main"><h1>${esc(a.title)}</h1>
${head}
<div class="article-content">${a.paras.map((p) => `<p>${esc(p)}</p>`).join('\n')}
${k === 1 ? tail : ''}</div>
${k === 0 ? tail : ''}
<div class="statement">本文仅代表作者观点，不代表平台立场</div></div></body></html>`;
  return { name: `g-accountregion-${k}`, html, gold: gold(a, { url, withTime: k === 0, source: account, author: null, notInBody: ['延伸阅读', pick(['产业链上下游', '新型工业化'], k), '不代表平台立场'] }) };
};

/** An account's article: its card (name, follow button) above the headline, or its name beside a yearless time glued to the region. */
export const gAccountCard: Template = (a, k) => {
  const account = pick(['某某智造前沿', '某某新能源观察'], k);
  const url = `https://mp.example-hao${k + 2}.com/article/${pageId(a, k)}`;
  const time = pick([`${dash(a.date)}・${pick(['广东', '江苏'], k)}`, `${a.date.slice(5, 10)} ${a.date.slice(11)} · ${pick(['广东', '江苏'], k)}`], k);
  const card = `<div class="account-card"><img src="/avatar/${pageId(a, 1)}.jpg" alt="头像"><span class="account-name">${account}</span><a class="follow">+关注</a></div>`;
  const top = pick([
    `${card}\n<h1>${esc(a.title)}</h1>\n<div class="pub-info">${time}</div>`,
    `<h1>${esc(a.title)}</h1>\n<div class="pub-info"><a class="name">${account}</a> <span>${time}</span></div>`,
  ], k);
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}</title>
<script>window.__INIT__ = { "articleId": "${pageId(a, 3)}", "publishTime": ${epochMs(a.date)} };</script></head>
<body><div class="nav">${menu(['首页', '热点', '科技', '汽车', '财经'])}</div>
<div class="article">${top}
<div class="rich-text">${a.paras.map((p) => `<p>${esc(p)}</p>`).join('\n')}</div>
<div class="ext"><p class="ext-title">延伸阅读</p><ul><li><a>动力电池装车量同比增长</a></li><li><a>充电基础设施建设提速</a></li></ul></div>
<div class="tip">本文为${pick(['某某号', '某某号'], k)}作者或机构在平台发布，不代表平台观点</div></div></body></html>`;
  return { name: `g-accountcard-${k}`, html, gold: gold(a, { url, withTime: true, source: account, author: null, notInBody: ['延伸阅读', '动力电池装车量', '不代表平台观点', '关注'] }) };
};

/** A paper's 数字报 page: 版次, 作者 and 稿件来源 on one line under the headline, the paper and day in the 版面 header. */
export const gEditionFields: Template = (a, k) => {
  const paper = pick(['某州日报', '某海晚报'], k);
  const reporter = a.author ?? pick(['葛新民', '蓝若'], k);
  const url = `http://epaper.example-${pick(['zrb', 'hwb'], k)}.cn/${pick(['pc/content', 'html'], k)}/${a.date.slice(0, 7).replace('-', '')}/${a.date.slice(8, 10)}/content_${parseInt(pageId(a, k), 16) % 100000}.html`;
  const line = pick([
    `<div class="art-attr">版次：A03　　作者：本报记者　${reporter}　　稿件来源：${paper}</div>`,
    `<p class="attr"><span>【版次】第05版</span><span>【作者】${reporter}</span><span>【稿件来源】本报</span></p>`,
  ], k);
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}</title></head>
<body><div class="paper-head"><img src="/logo.png" alt="${paper}"><span class="bm">${pick(['A03版：要闻', '第05版：经济新闻'], k)}</span><span class="day">${cnDate(a.date)}　${pick(['星期二', '星期四'], k)}</span><a>上一期</a><a>下一期</a></div>
<div class="left"><div class="bmnav">${menu(['A01版：头版', 'A02版：要闻', 'A03版：要闻', 'A04版：民生'])}</div></div>
<div class="right"><div class="detail"><h3 class="yt">${esc(a.subtitle ?? '聚焦高质量发展')}</h3><h1>${esc(a.title)}</h1>
${line}
<div class="text">${a.paras.map((p) => `<p>　　${esc(p)}</p>`).join('\n')}</div></div>
<div class="bbwz"><h4>本版文章</h4><ul><li><a>${esc(a.title)}</a></li><li><a>市区新增三处口袋公园</a></li></ul></div></div>
<div class="foot">${paper}数字报　版权所有</div></body></html>`;
  return { name: `g-editionfields-${k}`, html, gold: gold(a, { url, withTime: false, source: paper, author: reporter, notInBody: ['版次', '稿件来源', '本版文章'] }) };
};

/** A paper's edition page: `<title>` the edition alone, the day only in the 版面 header, an 引题 and a `□ 本报记者 X 文/图` line. */
export const gEditionMarkLine: Template = (a, k) => {
  const paper = pick(['某阳日报', '某川商报'], k);
  const reporter = a.author ?? pick(['钟离', '尉迟方'], k);
  const url = `http://szb.example-${pick(['yrb', 'csb'], k)}.com/${pick(['epaper', 'szb'], k)}/html/${a.date.slice(0, 7)}/${a.date.slice(8, 10)}/content_${parseInt(pageId(a, k), 16) % 10000}.htm`;
  const mark = pick([`□ 本报记者　${reporter}　文/图`, `◎本报记者 ${reporter} 通讯员 李欣 文/图`], k);
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${pick([`${paper}数字报`, `${paper}－${pick(['第A02版', '第06版'], k)}`], k)}</title></head>
<body><div class="hd"><div class="logo">${paper}</div><div class="bm">${pick(['第A02版：要闻', '第06版：财经'], k)}　${pick([`${a.date.slice(0, 4)}年${a.date.slice(5, 7)}月${a.date.slice(8, 10)}日`, cnDate(a.date)], k)}</div></div>
<div class="con">
<div class="neirong">
<p class="yinti">${esc(a.subtitle ?? pick(['一线见闻', '稳增长 促发展'], k))}</p>
<h2 class="biaoti">${esc(a.title)}</h2>
<div class="zw">
<p>${mark}</p>
${a.paras.map((p) => `<p>${esc(p)}</p>`).join('\n')}
<p class="pic"><img src="/pic/${pageId(a, 5)}.jpg"></p><p class="caption">图为${pick(['生产车间一角', '项目建设现场'], k)}。</p>
</div></div>
<div class="bbxw"><p>本版新闻</p><ul><li><a>${esc(a.title)}</a></li><li><a>多部门联合开展安全检查</a></li></ul></div>
</div>
<div class="ft">${paper}社主办　未经授权不得转载</div></body></html>`;
  return { name: `g-editionmarkline-${k}`, html, gold: gold(a, { url, withTime: false, source: paper, author: reporter, notInBody: ['本报记者', '文/图', '本版新闻', pick(['生产车间', '项目建设现场'], k)] }) };
};

/** An edition page whose text box opens with the 副题 and the `□ 本报记者 X 文/图` line, or with that line and the first paragraph in one `<p>` broken by `<br>`. */
export const gEditionMarkBox: Template = (a, k) => {
  const paper = pick(['某原日报', '某北晨报'], k);
  const reporter = a.author ?? pick(['欧阳明', '皇甫岚'], k);
  const url = `http://news.example-${pick(['yrb', 'bcb'], k)}.cn/${pick(['dzb', 'paper'], k)}/${a.date.slice(0, 10).replace(/-/g, '')}/${pick(['A04', '07'], k)}/${parseInt(pageId(a, k), 16) % 100000}.html`;
  const [first, ...rest] = a.paras;
  const opening = pick([
    `<p class="fuTi">——${esc(a.subtitle ?? '记者蹲点一线看变化')}</p>\n<p>□ 本报记者　${reporter}　文/图</p>\n<p>${esc(first)}</p>`,
    `<p>□本报记者 ${reporter} 文/图<br/>　　${esc(first)}</p>`,
  ], k);
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${pick(['第A04版：区县新闻', '07版：经济观察'], k)}</title></head>
<body><table width="100%"><tr><td class="paper">${paper}</td><td class="date">${cnDate(a.date)}</td><td>${pick(['第A04版：区县新闻', '07版：经济观察'], k)}</td></tr></table>
<table><tr><td class="left"><map name="PagePicMap"><area href="#1"><area href="#2"></map><img src="/page.jpg"></td>
<td class="right"><div class="article">
<p class="yinti">${pick(['本报讯', '关注民生实事'], k)}</p>
<h1>${esc(a.title)}</h1>
<div id="ozoom">
${opening}
${rest.map((p) => `<p>${esc(p)}</p>`).join('\n')}
</div></div>
<div class="list"><p>本版其他文章</p><a>城区道路改造进入收尾阶段</a></div></td></tr></table>
<div class="copyright">Copyright © ${paper}社 All Rights Reserved</div></body></html>`;
  return { name: `g-editionmarkbox-${k}`, html, gold: gold(a, { url, withTime: false, source: paper, author: reporter, notInBody: ['本报记者', '文/图', '本版其他文章', ...(k === 0 ? ['——'] : [])] }) };
};

/** An edition page whose text box opens with a photo and its caption (a sentence with its full stop), or a 副题, above the byline. */
export const gEditionPhotoByline: Template = (a, k) => {
  const paper = pick(['某安日报', '某峰晚报'], k);
  const reporter = a.author ?? pick(['褚南', '戚北'], k);
  const url = `http://epaper.example-${pick(['arb', 'fwb'], k)}.com/${a.date.slice(0, 10).replace(/-/g, '')}/${pick(['03', 'B02'], k)}/article_${parseInt(pageId(a, k), 16) % 10000}.html`;
  const opening = pick([
    `<p style="text-align:center"><img src="/pic/${pageId(a, 6)}.jpg"></p>\n<p>技术人员在生产线上调试设备。</p>\n<p>□ 本报记者　${reporter}　文/图</p>`,
    `<p>——${esc(a.subtitle ?? '来自一线的观察')}</p>\n<p>◎ 记者 ${reporter}</p>`,
  ], k);
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${paper}</title></head>
<body><div class="banner"><span>${paper}</span><span>${pick(['03版：综合新闻', '第B02版：区域经济'], k)}</span><span>${cnDate(a.date)}</span></div>
<div class="main"><div class="title"><h2>${esc(a.title)}</h2></div>
<div class="content">
${opening}
${a.paras.map((p) => `<p>${esc(p)}</p>`).join('\n')}
</div>
<div class="others"><p>本版其他稿件</p><a>城市更新项目全面开工</a></div></div>
<div class="footer">${paper}社　版权所有　未经许可不得转载</div></body></html>`;
  return { name: `g-editionphotobyline-${k}`, html, gold: gold(a, { url, withTime: false, source: paper, author: reporter, notInBody: [pick(['调试设备', '——'], k), pick(['本报记者', '◎'], k), '本版其他稿件'] }) };
};

/** A news client's share page whose article box holds the stamp, written by its script into the empty time element inside. */
export const gClientBox: Template = (a, k) => {
  const app = pick(['某某新闻', '某某头条'], k);
  const url = `https://m.example-c${k}.cn/${pick(['detail', 'h5/news'], k)}/${parseInt(pageId(a, k), 16)}.html`;
  const info = pick([
    `<div class="info"><span class="source">${esc(a.source)}</span><span class="time"></span></div>`,
    `<p class="from">${esc(a.source)}</p><p class="pub-time"></p>`,
  ], k);
  const [first, second, ...rest] = a.paras;
  const reading = pick([
    `<div class="extend"><p>延伸阅读：</p><p><a href="/detail/1.html">多地出台措施促进消费回暖</a></p></div>`,
    `<section class="rel-news"><h4>延伸阅读</h4><a href="/h5/news/2.html">一图读懂：今年以来经济运行情况</a><a href="/h5/news/3.html">专家：稳增长政策仍有空间</a></section>`,
  ], k);
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}</title></head>
<body><div class="download-bar">${app}客户端 <a>立即打开</a></div>
<${pick(['div class="article-box"', 'section id="article"'], k)} data-publish-time="${epochMs(a.date)}">
<h1>${esc(a.title)}</h1>
${info}
<div class="article-content"><p>${esc(first)}</p>
${reading}
<p>${esc(second)}</p>
${rest.map((p) => `<p>${esc(p)}</p>`).join('\n')}</div>
</${pick(['div', 'section'], k)}>
<script>var el=document.querySelector('[data-publish-time]');</script>
<div class="comment-bar">写评论…</div></body></html>`;
  return { name: `g-clientbox-${k}`, html, gold: gold(a, { url, withTime: false, source: a.source, author: null, notInBody: ['延伸阅读', pick(['促进消费回暖', '一图读懂'], k), '立即打开', '写评论'] }) };
};

/** An edition page whose text, signed `□ 本报记者 X 文/图`, closes with the reporter's photo and a one-clause caption with its full stop. */
export const gEditionClosingPhoto: Template = (a, k) => {
  const paper = pick(['某湖日报', '某岭晚报'], k);
  const reporter = a.author ?? pick(['司马青', '上官禾'], k);
  const url = `http://${pick(['epaper', 'szb'], k)}.example-${pick(['hrb', 'lwb'], k)}.com/${a.date.slice(0, 7).replace('-', '')}/${a.date.slice(8, 10)}/${pick(['A05', '04'], k)}_${parseInt(pageId(a, k), 16) % 10000}.html`;
  const caption = pick(['项目建设现场一角。', '工作人员正在检查设备运行情况。'], k);
  const photo = pick([`<p align="center"><img src="/pic/${pageId(a, 8)}.jpg"></p>\n<p align="center">${caption}</p>`, `<p style="text-align:center"><img src="/pic/${pageId(a, 8)}.jpg"><br/>${caption}</p>`], k);
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${paper}数字报</title></head>
<body><div class="top"><span>${paper}</span> <span>${cnDate(a.date)}</span> <span>${pick(['第A05版：城事', '04版：经济'], k)}</span></div>
<div class="art"><p class="yt">${pick(['聚焦项目建设', '经济观察'], k)}</p><h2>${esc(a.title)}</h2>
<div class="text">
<p>□ 本报记者　${reporter}　文/图</p>
${a.paras.map((p) => `<p>　　${esc(p)}</p>`).join('\n')}
${photo}
</div></div>
<div class="bblist"><p>本版新闻</p><a>一批民生项目集中开工</a></div>
<div class="foot">${paper}社　版权所有</div></body></html>`;
  return { name: `g-editionclosingphoto-${k}`, html, gold: gold(a, { url, withTime: false, source: paper, author: reporter, notInBody: [caption.slice(0, 6), '本报记者', '本版新闻'] }) };
};

/** An edition page without heading markup: `<title>` the edition's name, the 引题 and the headline (bold throughout) as paragraphs of the text's box. */
export const gEditionBoldHead: Template = (a, k) => {
  const paper = pick(['某兴日报', '某门商报'], k);
  const reporter = a.author ?? pick(['闻人杰', '东方晓'], k);
  const url = `http://${pick(['paper', 'e'], k)}.example-${pick(['xrb', 'msb'], k)}.cn/${a.date.slice(0, 10).replace(/-/g, '')}/${pick(['02', 'A07'], k)}/${parseInt(pageId(a, k), 16) % 10000}.shtml`;
  const head = pick([`<p>${esc(a.subtitle ?? '聚焦实体经济')}</p>\n<p><b>${esc(a.title)}</b></p>`, `<div class="yt">${esc(a.subtitle ?? '产业观察')}</div>\n<div><strong>${esc(a.title)}</strong></div>`], k);
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${pick([`${paper}数字报`, `${paper}电子版`], k)}</title></head>
<body><div class="top">${paper}　${cnDate(a.date)}　${pick(['第02版：要闻', 'A07版：财经'], k)}</div>
<div class="box">
${head}
<p>□ 本报记者　${reporter}</p>
${a.paras.map((p) => `<p>${esc(p)}</p>`).join('\n')}
</div>
<div class="nav"><p>本版导航</p><a>上一篇</a><a>下一篇</a></div>
<div class="foot">${paper}社版权所有</div></body></html>`;
  return { name: `g-editionboldhead-${k}`, html, gold: gold(a, { url, withTime: false, source: paper, author: reporter, notInBody: ['本报记者', '本版导航', a.title.slice(0, 8)] }) };
};

/** An old table layout: `<font>` everywhere, the headline a bold cell, the text `<br><br>` runs in one cell, 来源 a link. */
export const gFontTable: Template = (a, k) => {
  const site = pick(['某某市经济信息网', '某某县农业信息网'], k);
  const url = `http://www.example-old${k}.net.cn/${pick(['news', 'Article'], k)}/ShowArticle.asp?ArticleID=${parseInt(pageId(a, k), 16) % 100000}`;
  const src = pick([`<a href="http://www.example.com/" target="_blank">${esc(a.source)}</a>`, esc(a.source)], k);
  const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>${esc(a.title)}--${site}</title></head>
<body bgcolor="#FFFFFF"><table width="778" border="0" align="center"><tr><td><img src="/images/top.gif" alt="${site}"></td></tr>
<tr><td bgcolor="#0066CC"><font color="#FFFFFF">${menu(['首页', '经济动态', '政策法规', '招商引资', '下载中心'])}</font></td></tr></table>
<table width="778" align="center"><tr><td width="180" valign="top"><font size="2"><b>最新文章</b><br><a>关于举办2024年农民丰收节的通知</a><br><a>我市召开经济形势分析会</a></font></td>
<td valign="top"><table width="100%"><tr><td align="center"><font size="4" color="#CC0000"><b>${esc(a.title)}</b></font></td></tr>
<tr><td align="center"><font size="2" color="#666666">${pick([`作者：${a.author ?? '佚名'}　来源：${src}　发布时间：${dash(a.date)}　点击数：<script>document.write(1024)</script>`, `[ 发布时间：${a.date.slice(0, 10)} | 来源：${src} | 作者：${a.author ?? '佚名'} ]`], k)}</font></td></tr>
<tr><td><hr size="1" color="#CCCCCC"></td></tr>
<tr><td class="content"><font size="3">${a.paras.map((p) => `　　${esc(p)}`).join('<br><br>\n')}</font></td></tr>
<tr><td align="right"><font size="2">【<a>加入收藏</a>】【<a>打印此文</a>】【<a href="javascript:window.close()">关闭窗口</a>】</font></td></tr>
<tr><td><font size="2">上一篇：<a>秋冬季农业生产技术要点</a><br>下一篇：<a>全市工业用电量稳步增长</a></font></td></tr></table></td></tr></table>
<table width="778" align="center"><tr><td align="center"><font size="2">版权所有：${site}　备案号：某ICP备0512345号</font></td></tr></table></body></html>`;
  return { name: `g-fonttable-${k}`, html, gold: gold(a, { url, withTime: k === 0, source: a.source, author: a.author, notInBody: ['加入收藏', '上一篇', '最新文章', '版权所有'] }) };
};

/** The headline printed only as a bold `<div>` (no heading element), dated only in JSON-LD or the URL, the outlet a logo after 来源. */
export const gBoldDivTitle: Template = (a, k) => {
  const site = pick(['某某产经网', '某某科技在线'], k);
  const id = parseInt(pageId(a, k), 16) % 1000000;
  const url = pick([`https://www.example-cj${k}.com/article/${id}.html`, `https://www.example-kj${k}.com/${a.date.slice(0, 10).replace(/-/g, '/')}/${id}.shtml`], k);
  const ld = k === 0 ? `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","datePublished":"${a.date}:00+08:00","publisher":{"@type":"Organization","name":"${site}"}}</script>` : '';
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}_${site}</title>${ld}</head>
<body><div class="header"><div class="logo"><a href="/"><img src="/logo.png" alt="${site}"></a></div><div class="nav">${menu(['首页', '产业', '公司', '财经', '观察'])}</div></div>
<div class="container"><div class="crumbs"><a>首页</a> &gt; <a>产业</a> &gt; 正文</div>
<div class="art-head"><div class="${pick(['art-tit', 'newsTitle'], k)}"><b>${esc(a.title)}</b></div>
<div class="art-src">来源：<img src="/media/${pageId(a, 9)}.png" alt="${esc(a.source)}"> <span class="tools">字号：<a>大</a> <a>中</a> <a>小</a></span></div></div>
<div class="art-body">${a.paras.map((p) => `<p>${esc(p)}</p>`).join('\n')}</div>
<div class="art-foot">（责任编辑：${a.editor}）</div>
<div class="rec"><h3>为你推荐</h3><ul><li><a>新能源车出口继续保持高增长</a><em>${a.date.slice(0, 4)}-01-15</em></li></ul></div></div>
<div class="footer">Copyright © ${site} 版权所有</div></body></html>`;
  return { name: `g-bolddivtitle-${k}`, html, gold: gold(a, { url, withTime: k === 0, source: a.source, author: null, notInBody: ['责任编辑', '为你推荐', '字号'] }) };
};

/** Two `<h1>`: the site's logo and the headline; a 相关阅读 list of dated links closing the text box, or between paragraphs. */
export const gTwoH1Reading: Template = (a, k) => {
  const site = pick(['某某财讯', '某某新闻网'], k);
  const url = `https://news.example-h${k}.cn/${a.date.slice(0, 7).replace('-', '')}/${pageId(a, k)}.html`;
  const mid = Math.ceil(a.paras.length / 2);
  const reading = pick([
    `<div class="xgyd"><h3>相关阅读</h3><ul><li><a>两部门部署开展网络安全专项检查</a><span>${a.date.slice(0, 4)}-03-02</span></li><li><a>一季度工业经济运行平稳</a><span>${a.date.slice(0, 4)}-04-18</span></li></ul></div>`,
    `<p><strong>相关阅读：</strong></p><p><a>今年以来已有12个省份出台支持政策</a></p><p><a>专家解读：产业链如何补短板</a></p>`,
  ], k);
  const body = k === 0 ? [...a.paras.map((p) => `<p>${esc(p)}</p>`), reading] : [...a.paras.slice(0, mid).map((p) => `<p>${esc(p)}</p>`), reading, ...a.paras.slice(mid).map((p) => `<p>${esc(p)}</p>`)];
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${pick([site, `${esc(a.title)} - ${site}`], k)}</title><meta name="publishdate" content="${a.date.slice(0, 10)}"></head>
<body><header><h1 class="logo"><a href="/">${site}</a></h1><nav>${menu(['要闻', '财经', '产业', '科技', '地方'])}</nav></header>
<main><article><h1 class="article-title">${esc(a.title)}</h1>
<div class="byline"><span>${dash(a.date)}</span><span>来源：<a href="http://www.example.org/">${esc(a.source)}</a></span>${a.author ? `<span>作者：${a.author}</span>` : ''}</div>
<div class="article-content">
${body.join('\n')}
</div>
<div class="editor">编辑：${a.editor}</div></article>
<aside><h3>24小时热闻</h3><ol><li><a>多地发布寒潮预警</a></li></ol></aside></main>
<footer>${site} 版权所有</footer></body></html>`;
  return { name: `g-twoh1reading-${k}`, html, gold: gold(a, { url, withTime: true, source: a.source, author: a.author, notInBody: ['相关阅读', pick(['网络安全专项检查', '专家解读'], k), '24小时热闻'] }) };
};

/** A forum thread: the first post's text in `<br>` runs, many replies with later dates, a page bar `上一页 1 2 3 下一页`. */
export const gThreadPager: Template = (a, k) => {
  const forum = pick(['某某通信论坛', '某某行业社区'], k);
  const poster = pick(['海风吹过', 'tech_lao王'], k);
  const url = `https://bbs.example-lt${k}.com/${pick(['thread-', 'forum.php?mod=viewthread&tid='], k)}${parseInt(pageId(a, k), 16) % 1000000}${k === 0 ? '-1-1.html' : ''}`;
  const reply = (n: number, who: string, text: string): string =>
    `<div class="post"><div class="pi"><a class="xw1">${who}</a><em>发表于 ${a.date.slice(0, 10)} ${String(10 + n).padStart(2, '0')}:0${n}</em><span>${n + 1}#</span></div><div class="t_f">${text}</div></div>`;
  const replies = ['感谢分享，学习了', '数据很详细，收藏', '我们这边也在推进，进度差不多', '楼主说得对，关键还是成本', '顶一个', '期待后续', '有没有更详细的资料？', '路过支持'].map((t, i) => reply(i + 1, `用户${1000 + i * 37}`, t));
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)} - ${pick(['行业讨论', '综合交流'], k)} - ${forum} - Powered by Discuz!</title></head>
<body><div id="hd"><a href="/">${forum}</a> ${menu(['论坛', '群组', '排行榜', '搜索'])}</div>
<div id="pt"><a>${forum}</a> › <a>${pick(['行业讨论', '综合交流'], k)}</a> › 查看内容</div>
<div class="pgs">${k === 0 ? '<a>返回列表</a> <a>发新帖</a>' : '<a>回复</a>'} <div class="pg"><strong>1</strong><a>2</a><a>3</a><a>下一页</a></div></div>
<div id="postlist"><div class="ts"><h1><span id="thread_subject">${esc(a.title)}</span></h1><span>查看: ${3000 + k * 17}</span>|<span>回复: 26</span></div>
<div class="post"><div class="pls"><a class="xw1">${poster}</a><p>主题 12 帖子 358 积分 1024</p></div>
<div class="pi"><strong>楼主</strong><em>发表于 ${dash(a.date)}</em> <a>只看该作者</a></div>
<div class="t_f" id="postmessage_1">${a.paras.map((p) => esc(p)).join('<br />\n<br />\n')}</div>
<div class="sign">签名：专注通信行业十年</div></div>
${replies.join('\n')}
</div>
<div class="pgs"><div class="pg">${pick(['<a>上一页</a> <strong>1</strong> <a>2</a> <a>3</a> <a>下一页</a>', '<a>首页</a><strong>1</strong><a>2</a><a>3</a><a>尾页</a> 共3页'], k)}</div></div>
<div id="ft">Powered by Discuz! © 2001-2024</div></body></html>`;
  return { name: `g-threadpager-${k}`, html, gold: gold(a, { url, withTime: true, source: null, author: poster, notInBody: ['感谢分享', '路过支持', '下一页', '签名', '只看该作者'] }) };
};

/** A portal's mobile page: the text folded behind 展开全文, and a pager (`上一页 1 2 3 下一页`) after page 1 of the text. */
export const gFoldPager: Template = (a, k) => {
  const site = pick(['某某网', '某某在线'], k);
  const url = `https://m.example-p${k}.com/${pick(['news', 'a'], k)}/${a.date.slice(0, 10).replace(/-/g, '')}/${pageId(a, k)}.html`;
  const shown = a.paras.slice(0, 3);
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${esc(a.title)}_${site}手机版</title>
<meta property="article:published_time" content="${a.date}:00+08:00"></head>
<body><div class="top-bar"><a href="/">${site}</a><a class="app">打开APP</a></div>
<h1 class="art-title">${esc(a.title)}</h1>
<div class="art-info"><span class="src">${esc(a.source)}</span> <span class="time">${a.date.slice(5, 10)} ${a.date.slice(11)}</span></div>
<div class="art-content${k === 0 ? ' fold' : ''}">${shown.map((p) => `<p>${esc(p)}</p>`).join('\n')}</div>
${pick(['<div class="unfold"><a>展开全文</a><i class="arrow"></i></div>', '<div class="more-btn">点击展开全文 ∨</div>'], k)}
<div class="pager">${pick(['<a class="prev">上一页</a> <span class="cur">1</span> <a>2</a> <a>3</a> <a class="next">下一页</a>', '<span>1</span>/<span>2</span> <a>下一页</a> <a>余下全文</a>'], k)}</div>
<div class="comment"><h3>热门评论</h3><div class="c-item"><span>网友“某某”</span><p>写得很好，支持！</p><em>${a.date.slice(5, 10)} 23:01</em></div></div>
<div class="foot">${site}　版权所有</div></body></html>`;
  const g = gold(a, { url, withTime: true, source: a.source, author: null, notInBody: ['展开全文', '下一页', '热门评论', '写得很好'] });
  return { name: `g-foldpager-${k}`, html, gold: { ...g, body_last: shown[shown.length - 1].slice(-12) } };
};

export const DEV_TEMPLATES_AF: Template[] = [gClientStamp, gAccountRegion, gAccountCard, gEditionFields, gEditionMarkLine, gEditionMarkBox, gFontTable, gBoldDivTitle, gTwoH1Reading, gThreadPager, gFoldPager, gEditionPhotoByline, gClientBox, gEditionClosingPhoto, gEditionBoldHead];

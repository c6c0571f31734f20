/**
 * Dev templates of #17's round 23 review (tuned on), each in a make and wording of its own, for held-out 33's leftovers
 * told by kind only (its files never opened): a reading-list box in the text's flow before one short last paragraph,
 * and an English version printed after the Chinese text.
 */
import { dash, esc, gold, pageId, pick, type Template } from './common.js';

const menu = (words: string[]): string => words.map((w, i) => `<a href="/c/${i}/">${w}</a>`).join('');

/** A reading-list label and its links in the text's flow (paragraphs of their own), then one short closing sentence. */
export const gReadingShortLast: Template = (a, k) => {
  const closing = pick(['首批试点预计年底落地。', '该项目预计明年建成。'], k);
  const b = { ...a, paras: [...a.paras, closing] };
  const url = `https://www.example-rd${k}.com/${pick(['news', 'article'], k)}/${a.date.slice(0, 10).replace(/-/g, '')}/${parseInt(pageId(a, k), 16)}.html`;
  const box = pick([
    `<p><strong>延伸阅读</strong></p>\n<p><a href="/news/1.html">多地出台措施稳就业促增收</a></p>\n<p><a href="/news/2.html">前三季度全国网上零售额增长8.6%</a></p>`,
    `<p class="rel-title">【相关阅读】</p>\n<p><a href="/article/3.html">一图看懂今年以来的产业政策</a><br><a href="/article/4.html">专家解读：新动能如何持续壮大</a></p>`,
  ], k);
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}_${pick(['某某资讯网', '某某在线'], k)}</title></head>
<body><div class="nav">${menu(['首页', '要闻', '财经', '产业'])}</div>
<div class="article"><h1>${esc(a.title)}</h1>
<div class="info">${dash(a.date)}　来源：${esc(a.source)}</div>
<div class="content">
${a.paras.map((p) => `<p>${esc(p)}</p>`).join('\n')}
${box}
<p>${closing}</p>
</div>
<div class="editor">责任编辑：${esc(a.editor)}</div></div>
<div class="hot"><h3>热点排行</h3><ul><li><a>秋冬季能源保供有序推进</a></li></ul></div>
<div class="foot">${pick(['某某资讯网', '某某在线'], k)}　版权所有</div></body></html>`;
  return { name: `g-readingshortlast-${k}`, html, gold: gold(b, { url, withTime: true, source: a.source, author: null, notInBody: [pick(['延伸阅读', '相关阅读'], k), pick(['稳就业促增收', '一图看懂'], k), '责任编辑', '热点排行'] }) };
};

const ENGLISH = [
  ['Local Industry Picks Up Speed', 'Officials said the measures announced this year had helped companies expand production and hire more workers, and that further support would follow.', 'Analysts expect the growth to continue into next year as new projects are completed and demand recovers.'],
  ['New Projects Boost Growth', 'The city government said investment in manufacturing rose steadily in the first three quarters, with several large projects starting operation.', 'Experts noted that the upgrade of traditional industries and the rise of new ones were both contributing to the recovery.'],
];

/** A paper's or an association's page printing an English version after the Chinese text: a label or its headline, then its paragraphs. */
export const gEnglishVersion: Template = (a, k) => {
  const [head, ...paras] = ENGLISH[k % ENGLISH.length];
  const site = pick(['某滨日报', '某某市商务促进会'], k);
  const url = `http://${pick(['epaper', 'www'], k)}.example-en${k}.cn/${pick(['html', 'xwzx'], k)}/${a.date.slice(0, 10).replace(/-/g, '')}/${parseInt(pageId(a, k), 16) % 100000}.html`;
  const version = pick([
    `<p><strong>English Version</strong></p>\n<p>${head}</p>\n${paras.map((p) => `<p>${p}</p>`).join('\n')}`,
    `<p style="text-align:center"><b>${head}</b></p>\n${paras.map((p) => `<p>${p}</p>`).join('\n')}`,
  ], k);
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}-${site}</title></head>
<body><div class="top">${site}</div><div class="nav">${menu(['首页', '新闻动态', '通知公告', '联系我们'])}</div>
<div class="detail"><h2>${esc(a.title)}</h2>
<div class="attr">发布时间：${a.date.slice(0, 10)}　来源：${esc(a.source)}</div>
<div class="text">
${a.paras.map((p) => `<p>　　${esc(p)}</p>`).join('\n')}
${version}
</div></div>
<div class="foot">${site}　版权所有</div></body></html>`;
  return { name: `g-englishversion-${k}`, html, gold: gold(a, { url, withTime: false, source: a.source, author: null, notInBody: [head, paras[0].slice(0, 20), 'English Version'] }) };
};

export const DEV_TEMPLATES_AG: Template[] = [gReadingShortLast, gEnglishVersion];

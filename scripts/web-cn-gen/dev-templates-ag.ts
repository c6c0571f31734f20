/**
 * Dev templates of #17's round 23 review (tuned on), each in a make and wording of its own, for held-out 33's leftovers
 * told by kind only (its files never opened): a reading-list box in the text's flow before one short last paragraph.
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

export const DEV_TEMPLATES_AG: Template[] = [gReadingShortLast];

/**
 * The seventeenth held-out part (never tuned on), written for #17's eighth round after its second batch of tuning and
 * committed before its one scoring: six kinds no part had, on held-out 4's articles from the fifth on — an investor
 * community's post (`$名称(代码)$` tags, 来自 client, 转发/评论/赞 row, replies), a page whose 相关新闻 after the text are
 * summaries in sentences, an overseas Chinese paper (`（某报讯）`, share names in Latin letters, a subscription box),
 * an official document printed as HTML (文号 line, `— 2 —` page marks, signature, date, `（此件公开发布）`), a feature
 * with `▍` subheads and a short closing sentence, and a portal page with an AI summary box above the text.
 */
import { cnDay, dash, esc, pageId, pick, type Template } from './common.js';
import type { CnGold } from '../../src/extract/cn-gold-score.js';
import type { PoolArticle } from './pool.js';

const paras = (list: string[]): string => list.map((p) => `<p>${esc(p)}</p>`).join('\n');

function goldOf(a: PoolArticle, text: string[], o: { url: string; date: string; source: string | null; author: CnGold['author']; notInBody: string[]; title?: string }): CnGold {
  return { url: o.url, title: o.title ?? a.title, date: o.date, source: o.source, author: o.author, body_first: text[0].slice(0, 12), body_last: text[text.length - 1].slice(-12), not_in_body: o.notInBody };
}

/** An investor community's long post: stock tags in the text, 来自 client, a 转发/评论/赞 row and replies after. */
export const heldInvestorPost: Template = (a, k) => {
  const user = pick(['价值发现者2020', '老K看产业'], k);
  const text = [`${pick(['$某某科技(SH688000)$ ', '$某某股份(SZ002000)$ '], k)}${a.paras[0]}`, ...a.paras.slice(1)];
  const url = `https://www.example-xq${k}.com/${7300000 + k * 17}/${280000000 + k * 31}`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)} - ${pick(['某球', '某吧'], k)}</title></head><body>
<div class="article__bd"><div class="avatar"><a class="name">${user}</a><div class="date">${pick(['发布于', '修改于'], k)}${dash(a.date)} · 来自${pick(['Android', 'iPhone'], k)}</div></div>
<h1 class="article__bd__title">${esc(a.title)}</h1>
<div class="article__bd__detail">${paras(text)}</div>
<div class="article__bd__footer">${pick(['转发 12　评论 35　赞 108', '转发12 · 评论35 · 赞108'], k)}</div></div>
<div class="comments"><h3>${pick(['全部评论', '评论'], k)}</h3><p><a>${pick(['长线持有', '小散一枚'], k)}</a>：${pick(['分析得很透彻，收藏了，等回调再看看。', '楼主说的这几点和我调研的情况差不多。'], k)}</p></div></body></html>`;
  return { name: `d-invest-${k}`, html, gold: goldOf(a, text, { url, date: a.date, source: null, author: user, notInBody: ['来自', '转发', '评论', '收藏了', '调研的情况'] }) };
};

/** A portal page whose 相关新闻 after the text are headline, summary sentence and date, without links. */
export const heldSummaryRelated: Template = (a, k) => {
  const url = `https://www.example-rs${k}.cn/${pick(['news', 'xw'], k)}/${a.date.slice(0, 10).replace(/-/g, '')}/${pageId(a, k)}.shtml`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}_${pick(['某某新闻网', '某某资讯网'], k)}</title></head><body>
<div class="main-l"><h1>${esc(a.title)}</h1><div class="source">${dash(a.date)}　${pick(['来源：', '来源:'], k)}${a.source}</div>
<div class="article">${paras(a.paras)}
<h3>${pick(['相关新闻', '相关报道'], k)}</h3>
<h4>${pick(['多地出台措施支持产业链协同发展', '行业协会发布年度发展报告'], k)}</h4><p>${pick(['近日，多个省份相继出台支持产业链上下游协同发展的政策措施，涉及资金、用地和人才等方面。', '报告显示，去年行业主营业务收入保持增长，但利润率有所下滑，企业分化加剧。'], k)}</p><p>${dash(a.date).slice(0, 10)}</p>
<h4>${pick(['专家：稳增长政策效果逐步显现', '一季度重点行业运行平稳'], k)}</h4><p>${pick(['专家认为，随着一系列稳增长政策落地见效，下半年经济运行有望继续回升向好。', '数据显示，一季度重点行业生产保持平稳，新动能产业增速明显快于整体水平。'], k)}</p><p>${dash(a.date).slice(0, 10)}</p></div></div></body></html>`;
  return { name: `d-sumrel-${k}`, html, gold: goldOf(a, a.paras, { url, date: a.date, source: a.source, author: null, notInBody: ['相关新闻', '相关报道', '多个省份相继', '报告显示，去年', '专家认为，随着', '一季度重点行业生产'] }) };
};

/** An overseas Chinese paper: `（某报讯）` opens the text, share names in Latin letters and a subscription box after. */
export const heldOverseasPaper: Template = (a, k) => {
  const paper = pick(['南洋早报', '欧华时报'], k);
  const text = [`（${paper.slice(0, 2)}讯）${a.paras[0]}`, ...a.paras.slice(1)];
  const url = `https://www.example-zb${k}.com/${pick(['news/china', 'zh/world'], k)}/story${a.date.slice(0, 10).replace(/-/g, '')}-${1500000 + k}`;
  const html = `<!DOCTYPE html><html lang="zh-Hans"><head><meta charset="utf-8"><title>${esc(a.title)} | ${paper}</title><meta property="article:published_time" content="${a.date}:00+08:00"></head><body>
<div class="story"><h1>${esc(a.title)}</h1><div class="byline">${pick(['发布 / ', '出版 '], k)}${cnDay(a.date)} ${a.date.slice(11)}</div>
<div class="share-icons">Facebook　X　WhatsApp　${pick(['Telegram', 'LINE'], k)}</div>
<div class="story-body">${paras(text)}
<div class="subscribe"><p>${pick(['订阅《南洋早报》每日简讯，掌握最新动态', '欢迎订阅电子报，每天早上送到您的邮箱'], k)}</p><p>${pick(['立即订阅', '免费注册'], k)}</p></div></div></div></body></html>`;
  return { name: `d-overseas-${k}`, html, gold: goldOf(a, text, { url, date: a.date, source: null, author: null, notInBody: ['Facebook', 'WhatsApp', '订阅', '立即订阅', '免费注册'] }) };
};

/** An official document as HTML: 文号 line above, `— 2 —` page marks inside, signature and date, `（此件公开发布）`. */
export const heldOfficialDoc: Template = (a, k) => {
  const org = pick(['某某省工业和信息化厅', '某某市发展和改革委员会'], k);
  const signDate = cnDay(a.date);
  const text = [...a.paras, org, signDate];
  const url = `https://www.example-doc${k}.gov.cn/${pick(['zwgk/wjfb', 'xxgk/tzgg'], k)}/${a.date.slice(0, 7).replace('-', '')}/t${a.date.slice(0, 10).replace(/-/g, '')}_${6600 + k}.html`;
  const mark = pick(['— 2 —', '－ 2 －'], k);
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}</title><meta name="PubDate" content="${dash(a.date)}"></head><body>
<div class="doc"><div class="doc-title">${esc(a.title)}</div>
<div class="doc-no">${pick(['某工信规〔2024〕12号', '某发改产业〔2024〕356号'], k)}</div>
<div class="doc-body">${paras(a.paras.slice(0, 2))}
<p style="text-align:center">${mark}</p>
${paras(a.paras.slice(2))}
<p style="text-align:right">${org}</p><p style="text-align:right">${signDate}</p>
<p>${pick(['（此件公开发布）', '（此件主动公开）'], k)}</p></div>
<div class="doc-tools">【${pick(['打印', '打印本页'], k)}】【${pick(['关闭', '关闭窗口'], k)}】</div></div></body></html>`;
  return { name: `d-officialdoc-${k}`, html, gold: goldOf(a, text, { url, date: a.date, source: null, author: null, notInBody: [mark, '〔2024〕', '此件', '打印', '关闭'] }) };
};

/** A feature with `▍` subheads inside the text and a short closing sentence, then an editor and a share row. */
export const heldSubheadFeature: Template = (a, k) => {
  const closing = pick(['这条路，还很长。', '未来已来。'], k);
  const mark = pick(['▍', '■ '], k);
  const url = `https://www.example-ft${k}.com/${pick(['feature', 'story'], k)}/${pageId(a, k)}.html`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}-${pick(['某某新视点', '某某纵深'], k)}</title></head><body>
<div class="ft"><h1>${esc(a.title)}</h1><div class="ft-info">${dash(a.date)}　${pick(['作者：', '记者 '], k)}${a.author ?? '俞某'}</div>
<div class="ft-text">${paras(a.paras.slice(0, 2))}
<p><strong>${mark}${pick(['挑战', '前景'], k)}</strong></p>
${paras(a.paras.slice(2))}
<p><strong>${mark}${pick(['出路', '展望'], k)}</strong></p>
<p>${closing}</p>
<p>${pick(['编辑：', '编辑｜'], k)}${a.editor}</p><p>${pick(['分享到：', '分享'], k)}</p></div></div></body></html>`;
  return { name: `d-subheads-${k}`, html, gold: goldOf(a, [...a.paras, closing], { url, date: a.date, source: null, author: a.author ?? '俞某', notInBody: ['编辑', '分享'] }) };
};

/** A portal page with an AI summary box (`AI摘要`, `智能摘要`) and its note above the text. */
export const heldAiSummary: Template = (a, k) => {
  const url = `https://www.example-ai${k}.com/${pick(['a', 'news'], k)}/${a.date.slice(0, 10).replace(/-/g, '')}A0${pageId(a, k).slice(0, 5).toUpperCase()}00`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}_${pick(['某某网', '某某新闻'], k)}</title></head><body>
<div class="post_main"><h1 class="post_title">${esc(a.title)}</h1>
<div class="post_info">${dash(a.date)}:00　${pick(['来源: ', '来源：'], k)}${a.source}</div>
<div class="post_body"><div class="ai-sum"><p>${pick(['AI摘要', '智能摘要'], k)}</p><p>${esc(a.paras[0].slice(0, 30))}……</p><p>${pick(['以上内容由AI生成，仅供参考', '摘要由大模型自动生成'], k)}</p></div>
${paras(a.paras)}</div>
<div class="post_end">${pick(['本文来源：', '责任编辑：'], k)}${pick([a.source, a.editor], k)}</div></div></body></html>`;
  return { name: `d-aisum-${k}`, html, gold: goldOf(a, a.paras, { url, date: a.date, source: a.source, author: null, notInBody: ['AI摘要', '智能摘要', 'AI生成', '大模型', '本文来源', '责任编辑'] }) };
};

export const HELDOUT17_TEMPLATES: Template[] = [heldInvestorPost, heldSummaryRelated, heldOverseasPaper, heldOfficialDoc, heldSubheadFeature, heldAiSummary];

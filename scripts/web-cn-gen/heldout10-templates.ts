/**
 * Page templates for the tenth held-out part, written after all of #17's fourth-round tuning and scored once:
 * ways of printing the date, outlet and writer no other part uses (traditional characters, a 12-hour clock with
 * 上午/下午, a yearless Chinese date, a time only in a <time> element's datetime, a telegraph dateline naming the
 * reporter in brackets, and the outlet named only after the text below the editor).
 */
import { esc, gold, pageId, pick, ps, urlDay, type Template } from './common.js';

const parts = (d: string): number[] => d.match(/^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/)!.slice(1).map(Number);

/** Traditional characters (a Hong Kong or Taiwan outlet): 發佈時間/來源/記者 labels, 延伸閱讀 and 免責聲明 after. */
export const t10Traditional: Template = (a, k) => {
  const [y, m, d, h, mi] = parts(a.date);
  const url = `https://news.example-hk${k}.com/${pick(['finance', 'china'], k)}/${urlDay(a.date)}/${pageId(a, k)}`;
  const stamp = k ? `${y}/${m}/${d} ${String(h).padStart(2, '0')}:${String(mi).padStart(2, '0')}` : `${y}年${m}月${d}日 ${String(h).padStart(2, '0')}:${String(mi).padStart(2, '0')}`;
  const html = `<!DOCTYPE html><html lang="zh-Hant"><head><meta charset="utf-8"><title>${esc(a.title)} | ${pick(['某某財經網', '某某新聞'], k)}</title></head><body>
<div class="nav"><a>首頁</a> <a>即時</a> <a>財經</a> <a>兩岸</a></div>
<article><h1>${esc(a.title)}</h1>
<div class="info"><span>${pick(['發佈時間：', '更新時間：'], k)}${stamp}</span> <span>${pick(['來源：', '稿件來源：'], k)}${esc(a.source)}</span>${a.author ? ` <span>${pick(['記者：', '撰文：'], k)}${esc(a.author)}</span>` : ''}</div>
<div class="article-body">
${ps(a.paras)}
</div>
<div class="more"><h3>${pick(['延伸閱讀', '相關新聞'], k)}</h3><p>${pick(['港股午後走高', '兩岸貿易數據出爐'], k)}</p></div>
<div class="disclaimer">${pick(['免責聲明：本網站內容僅供參考。', '版權所有，未經授權不得轉載。'], k)}</div></article></body></html>`;
  return { name: `t-traditional-${k}`, html, gold: gold(a, { url, withTime: true, source: a.source, author: a.author ? [a.author, null] : null, notInBody: ['延伸閱讀', '相關新聞', '免責聲明', '版權所有'] }) };
};

/** A 12-hour clock: `2024年6月18日 下午4:40` (or `上午9:05`), 来源 beside it. */
export const t10TwelveHour: Template = (a, k) => {
  const [y, m, d, h, mi] = parts(a.date);
  const half = h < 12 ? '上午' : '下午';
  const h12 = h % 12 === 0 ? 12 : h % 12;
  const url = `https://www.example-12h${k}.cn/n/${pageId(a, k)}.html`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}-${pick(['某某网', '某某商讯'], k)}</title></head><body>
<div class="bar"><a>首页</a> <a>商讯</a></div>
<h1>${esc(a.title)}</h1><p class="meta">${y}年${m}月${d}日 ${half}${h12}:${String(mi).padStart(2, '0')}　${pick(['来源：', '来源 | '], k)}${esc(a.source)}</p>
<div class="content">
${ps(a.paras)}
</div><div class="share">${pick(['分享到：', '分享：'], k)}微信 微博</div></body></html>`;
  return { name: `t-12h-${k}`, html, gold: gold(a, { url, withTime: true, source: a.source, author: null, notInBody: ['分享'] }) };
};

/** A yearless Chinese date (`6月18日 16:40`), the year only in the URL, outlet beside it. */
export const t10Yearless: Template = (a, k) => {
  const [, m, d] = parts(a.date);
  const url = `https://m.example-yl${k}.com/${a.date.slice(0, 4)}/${a.date.slice(5, 7)}${a.date.slice(8, 10)}/${pageId(a, k)}.html`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}</title></head><body>
<div class="top">${pick(['某某早知道', '某某产业通'], k)}</div>
<h2 class="tt">${esc(a.title)}</h2><div class="sm"><span>${esc(a.source)}</span> <span>${m}月${d}日 ${a.date.slice(11)}</span></div>
<div class="txt">
${ps(a.paras)}
</div><div class="ft">${pick(['举报', '投诉'], k)}</div></body></html>`;
  return { name: `t-yearless-${k}`, html, gold: gold(a, { url, withTime: true, source: a.source, author: null, notInBody: ['举报', '投诉'] }) };
};

/** The time only in a <time datetime> attribute (printed as `3天前`), 来源 in a labelled span. */
export const t10TimeElement: Template = (a, k) => {
  const url = `https://www.example-te${k}.com/post/${pageId(a, k)}`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)} - ${pick(['某某科技', '某某快报'], k)}</title></head><body>
<header><a>首页</a> <a>科技</a></header>
<main><h1>${esc(a.title)}</h1><div class="byline"><time datetime="${a.date}:00+08:00">${pick(['3天前', '昨天'], k)}</time> · <span>${pick(['来源：', '来自'], k)}${esc(a.source)}</span></div>
<div class="prose">
${ps(a.paras)}
</div></main><footer>${pick(['© 某某科技', '某某快报 版权所有'], k)}</footer></body></html>`;
  return { name: `t-timeel-${k}`, html, gold: gold(a, { url, withTime: true, source: a.source, author: null, notInBody: ['3天前', '昨天', '版权所有'] }) };
};

/** A telegraph dateline naming the reporter in brackets (`某某社北京6月18日电（记者 X）`), 编辑 line after. */
export const t10Dateline: Template = (a, k) => {
  const [, m, d] = parts(a.date);
  const agency = pick(['某某社', '中国某某社'], k);
  const url = `http://www.example-agency-web${k}.com/${pick(['fortune', 'tech'], k)}/${a.date.slice(0, 7)}/${a.date.slice(8, 10)}/c_${1130000000 + k}.htm`;
  const lead = `${agency}${pick(['北京', '上海'], k)}${m}月${d}日电${a.author ? `（记者${esc(a.author)}）` : ''}`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}-${pick(['某某网', '某某社网'], k)}</title></head><body>
<div class="header"><a>首页</a> <a>时政</a> <a>财经</a></div>
<div class="h-title">${esc(a.title)}</div><div class="h-info"><span class="h-time">${a.date.replace('T', ' ')}:00</span> <span>${pick(['来源：', '来源： '], k)}${agency}</span></div>
<div id="detail">
<p>　　${lead}${esc(a.paras[0])}</p>
${ps(a.paras.slice(1), true)}
</div><div class="editor">${pick(['【纠错】', '【打印】'], k)} ${pick(['责任编辑：', '【责任编辑:'], k)}${esc(a.editor)}${k ? '】' : ''}</div></body></html>`;
  const g = gold(a, { url, withTime: true, source: agency, author: a.author ? [a.author, null] : null, notInBody: ['纠错', '打印', '责任编辑'] });
  return { name: `t-dateline-${k}`, html, gold: { ...g, body_first: lead.slice(0, lead.indexOf('电') + 1) } };
};

/** The outlet named only after the text, below the editor (`编辑：X` then `来源：Y`); the time alone under the headline. */
export const t10SourceBelow: Template = (a, k) => {
  const url = `https://www.example-sb${k}.org/${pick(['hy', 'zx'], k)}/${urlDay(a.date)}/${pageId(a, k)}.html`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}_${pick(['某某行业网', '某某资讯网'], k)}</title></head><body>
<div class="nav"><a>首页</a> <a>行业</a> <a>政策</a></div>
<div class="article"><h1>${esc(a.title)}</h1><div class="time">${a.date.replace('T', ' ')}</div>
<div class="content">
${ps(a.paras)}
<p>${pick(['编辑：', '责编：'], k)}${esc(a.editor)}</p>
<p>${pick(['来源：', '文章来源：'], k)}${esc(a.source)}</p>
</div></div><div class="foot">${pick(['某某行业网', '某某资讯网'], k)} 版权所有</div></body></html>`;
  return { name: `t-srcbelow-${k}`, html, gold: gold(a, { url, withTime: true, source: a.source, author: null, notInBody: ['编辑：', '责编', '来源：', '版权所有'] }) };
};

export const HELDOUT10_TEMPLATES: Template[] = [t10Traditional, t10TwelveHour, t10Yearless, t10TimeElement, t10Dateline, t10SourceBelow];

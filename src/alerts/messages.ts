/**
 * What an alert says, in zh-CN, on each channel: jianbao's JSON for a webhook, the text and markdown messages
 * 企业微信 and 钉钉 group robots accept, and e-mail (single alerts and daily/weekly digests) as text and as HTML in
 * the house colours. Pure: every user text is escaped for the format it goes into.
 */
import type { Alert, WebhookFormat } from '../store/alert-types.js';

/** An alert with the article it is about, as the messages show it. */
export interface AlertMessage {
  alert: Pick<Alert, 'id' | 'kind' | 'day' | 'createdAt' | 'volume' | 'watchlistId' | 'watchlist'>;
  /** The article (match alerts); null for a volume alert or an article removed since. */
  article: {
    id: number;
    title: string;
    section: string | null;
    /** Publication, or the web article's outlet or site. */
    source: string;
    date: string | null;
    /** The web article's address; null for a bulletin article. */
    url: string | null;
    /** The opening of the text (or the summary), at most LEAD_CHARS. */
    lead: string;
  } | null;
}

/** Longest lead quoted in a message. */
export const LEAD_CHARS = 120;
/** 企业微信 refuses text over 2048 bytes: stay well below it. */
const ROBOT_TEXT_CHARS = 600;

const BRAND = '简报监测';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe inside HTML elements and attributes (the renderer's own escape lives beside echarts: not loaded here). */
function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** A lead from a text: whitespace folded, cut at LEAD_CHARS with an ellipsis. */
export function leadOf(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return [...flat].length > LEAD_CHARS ? `${[...flat].slice(0, LEAD_CHARS).join('')}…` : flat;
}

/** Control characters (and line breaks, in a one-line field) out of text headed for a header or a robot. */
function oneLine(s: string): string {
  return s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').trim();
}

/** The headline of an alert: what happened, one line. */
export function headline(m: AlertMessage): string {
  const name = oneLine(m.alert.watchlist);
  if (m.alert.kind === 'volume' && m.alert.volume) {
    const { count, mean } = m.alert.volume;
    return `关注“${name}”${m.alert.day} 命中 ${count} 篇，超过近 7 日日均 ${mean} 篇`;
  }
  return `关注“${name}”有新文章：${oneLine(m.article?.title ?? '（文章已删除）')}`;
}

/** The alert as plain text, several lines. */
export function alertText(m: AlertMessage): string {
  const lines = [`【${BRAND}】${headline(m)}`];
  const a = m.article;
  if (a) {
    lines.push(metaLine(a));
    if (a.lead) lines.push(a.lead);
    if (a.url) lines.push(a.url);
  }
  return lines.join('\n');
}

function metaLine(a: NonNullable<AlertMessage['article']>): string {
  return [a.source, a.date, a.section].filter(Boolean).map((s) => oneLine(s!)).join(' · ');
}

/** The JSON body of a webhook in the format asked for. */
export function webhookBody(m: AlertMessage, format: WebhookFormat): unknown {
  if (format === 'wecom') return { msgtype: 'text', text: { content: cut(alertText(m), ROBOT_TEXT_CHARS) } };
  if (format === 'dingtalk') return { msgtype: 'markdown', markdown: { title: cut(headline(m), 60), text: cut(alertMarkdown(m), ROBOT_TEXT_CHARS * 2) } };
  return {
    type: 'jianbao.alert',
    watchlist: { id: m.alert.watchlistId, name: m.alert.watchlist },
    alert: { id: m.alert.id, kind: m.alert.kind, day: m.alert.day, createdAt: m.alert.createdAt, volume: m.alert.volume },
    article: m.article,
    text: alertText(m),
  };
}

/** The alert as markdown (钉钉's dialect: headings, bold, links, quotes). */
function alertMarkdown(m: AlertMessage): string {
  const parts = [`#### ${md(headline(m))}`];
  const a = m.article;
  if (a) {
    parts.push(a.url ? `**[${md(a.title)}](${a.url.replace(/[()\s]/g, encodeURIComponent)})**` : `**${md(a.title)}**`);
    parts.push(md(metaLine(a)));
    if (a.lead) parts.push(`> ${md(a.lead)}`);
  }
  return parts.join('\n\n');
}

/** Markdown's special characters escaped, line breaks folded. */
function md(s: string): string {
  return oneLine(s).replace(/[\\`*_{}[\]()#+\-.!|>~<]/g, (c) => `\\${c}`);
}

function cut(s: string, max: number): string {
  const chars = [...s];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : s;
}

/** An e-mail: subject, text and HTML. */
export interface MailContent {
  subject: string;
  text: string;
  html: string;
}

/** One alert as an e-mail. */
export function alertMail(m: AlertMessage): MailContent {
  return {
    subject: `【${BRAND}】${cut(headline(m), 80)}`,
    text: `${alertText(m)}\n\n—— jianbao 简报 · 关注“${oneLine(m.alert.watchlist)}”\n`,
    html: page(`【${BRAND}】关注“${m.alert.watchlist}”`, [item(m)].join(''), `关注“${m.alert.watchlist}”`),
  };
}

/** A daily or weekly digest of one watchlist's alerts as an e-mail. */
export function digestMail(watchlist: string, every: 'daily' | 'weekly', from: string, to: string, alerts: AlertMessage[]): MailContent {
  const matches = alerts.filter((a) => a.alert.kind === 'match');
  const period = from === to ? from : `${from} 至 ${to}`;
  const title = `关注“${oneLine(watchlist)}”${every === 'daily' ? '每日' : '每周'}摘要 ${period}`;
  const summary = matches.length ? `共 ${matches.length} 篇新文章` : '本期没有新文章';
  const volumes = alerts.filter((a) => a.alert.kind === 'volume').map((a) => headline(a));
  const text = [
    `【${BRAND}】${title}`, summary, ...volumes.map((v) => `! ${v}`), '',
    ...matches.flatMap((a, i) => [`${i + 1}. ${oneLine(a.article?.title ?? '（文章已删除）')}`, ...(a.article ? [`   ${metaLine(a.article)}`, ...(a.article.url ? [`   ${a.article.url}`] : [])] : []), '']),
    '—— jianbao 简报',
  ].join('\n');
  const body = [
    `<p class="summary">${escapeHtml(summary)}</p>`,
    ...volumes.map((v) => `<p class="volume">${escapeHtml(v)}</p>`),
    ...matches.map(item),
  ].join('');
  return { subject: `【${BRAND}】${title}（${matches.length} 篇）`, text: `${text}\n`, html: page(`【${BRAND}】${title}`, body, `关注“${watchlist}”`) };
}

/** One alert as an HTML block. */
function item(m: AlertMessage): string {
  const a = m.article;
  if (!a) return `<div class="item"><h2>${escapeHtml(headline(m))}</h2></div>`;
  const title = a.url ? `<a href="${escapeHtml(a.url)}">${escapeHtml(a.title)}</a>` : escapeHtml(a.title);
  return `<div class="item"><h2>${title}</h2><p class="meta">${escapeHtml(metaLine(a))}</p>${a.lead ? `<p>${escapeHtml(a.lead)}</p>` : ''}</div>`;
}

/** The house frame of an e-mail: masthead bar in the accent red, CJK fonts, inline styles (mail clients drop <style> in the body). */
function page(title: string, body: string, footer: string): string {
  const styled = body
    .replaceAll('<h2>', '<h2 style="font-size:17px;line-height:1.5;margin:0 0 4px">')
    .replaceAll('<p class="meta">', '<p style="color:#5f5f5f;font-size:13px;margin:0 0 4px">')
    .replaceAll('<p class="summary">', '<p style="background:#f6f1f1;padding:6px 10px">')
    .replaceAll('<p class="volume">', '<p style="color:#a5141c;font-weight:700">')
    .replaceAll('<div class="item">', '<div style="border-bottom:1px solid #d9d9d9;padding:10px 0">')
    .replaceAll('<a href=', '<a style="color:#1b1b1b" href=');
  return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>
<body style="margin:0;padding:16px;font-family:'Noto Sans CJK SC','PingFang SC','Microsoft YaHei',sans-serif;color:#1b1b1b;line-height:1.8">
<div style="max-width:40em;margin:0 auto">
<div style="background:#a5141c;color:#fff;font-weight:700;padding:6px 12px;letter-spacing:.1em">${escapeHtml(title)}</div>
${styled}
<p style="color:#5f5f5f;font-size:12px;text-align:center;margin-top:16px">jianbao 简报 · ${escapeHtml(footer)}</p>
</div></body></html>
`;
}

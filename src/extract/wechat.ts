/**
 * WeChat official-account articles (mp.weixin.qq.com): the text sits in `#js_content`, hidden until a script
 * reveals it; the time is only in the script (`ct`, `publish_time`); the account's name is `#js_name` and the
 * writer's name a `.rich_media_meta_text` beside it.
 */
import { allElements, squash, textOf, type Document, type Element } from './dom.js';
import { toIsoDate, unixToCst } from './dates.js';
import { isRegionOnly } from './cn-meta.js';

/** What a WeChat article page says about itself. */
export interface WechatMeta {
  published: string | null;
  /** The account that published it. */
  account: string | null;
  author: string | null;
}

/** True for a WeChat article page (cheap test on the raw text). */
export function isWechatPage(html: string): boolean {
  return html.includes('js_content') && html.includes('rich_media');
}

/** Reads a WeChat article's time, account and writer. */
export function readWechat(doc: Document, html: string): WechatMeta {
  // Page makes differ: `var ct = "…"`, `create_time: JsDecode('…')`, `var createTime = '2024-08-14 08:05'`.
  const ct = /\b(?:ct|create_time|ori_create_time)\s*[=:]\s*(?:JsDecode\(\s*)?["'](\d{10})["']/.exec(html);
  const day = /\b(?:publish_time|createTime)\s*[=:]\s*["']([^"']{8,25})["']/.exec(html);
  const published = (ct ? unixToCst(Number(ct[1])) : null) ?? toIsoDate(day?.[1]);
  let account: string | null = null;
  const metaTexts: string[] = [];
  for (const el of allElements(doc)) {
    const cls = el.attribs.class ?? '';
    if (el.attribs.id === 'js_name') account ??= squash(textOf(el)) || null;
    else if (/\brich_media_meta_text\b/.test(cls) && el.attribs.id !== 'publish_time') metaTexts.push(squash(textOf(el)));
  }
  // Beside the writer the list holds the 原创 mark, the time and the IP 属地 (`广东`), none of them a name.
  const author = metaTexts.find((t) => t && t !== '原创' && t !== account && !/\d{4}/.test(t) && !isRegionOnly(t)) ?? null;
  return { published, account, author };
}

/** The article's text container, `#js_content`; its wrappers carry furniture-like names (`rich_media_…`). */
export function wechatBody(doc: Document): Element | null {
  return allElements(doc).find((el) => el.attribs.id === 'js_content') ?? null;
}

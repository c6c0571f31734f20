/**
 * The publication time and outlet that pages rendered by script keep only in their state objects
 * (`window.DATA = {"pubtime": …, "media": …}`, `__NEXT_DATA__` with `"publishTime": 1730181600000`): read from the
 * page's inline scripts when nothing printed gives them.
 */
import { allElements, textOf, type Document } from './dom.js';
import { toIsoDate, unixToCst } from './dates.js';

/** What a page's scripts say about the article. */
export interface ScriptMeta {
  published: string | null;
  source: string | null;
}

/**
 * Keys the state objects of Chinese publishing systems and apps give the publication time under: any key naming
 * publication or release with a time, date or `At` (`pubtime`, `publish_date`, `firstPublishedAt`, `releasedTime`).
 */
const TIME = /["']?\b(?:[a-z_]{0,12}?(?:pub|publish|release)(?:lish)?(?:ed|d)?_?(?:time|date|datetime|at)|datePublished|newsTime|ptime)["']?\s*[:=]\s*(?:"([^"]{8,30})"|'([^']{8,30})'|(\d{10}(?:\d{3})?)\b)/i;
/** Keys they give the outlet under; the value must read as a Chinese outlet's name, not a code (`"source":"pc"`). */
const SOURCE = /["']\b(?:source|media|copy_?from|origin)(?:_?name)?["']\s*:\s*"([\u4e00-\u9fff][\u4e00-\u9fffA-Za-z0-9·－-]{1,19})"/i;
/** Scripts longer than this are libraries, not a page's state: not scanned. */
const MAX_SCRIPT = 200_000;

/** Reads the publication time and outlet from the inline scripts of a parsed page. */
export function readScriptMeta(doc: Document): ScriptMeta {
  let published: string | null = null;
  let source: string | null = null;
  for (const el of allElements(doc)) {
    if (el.name !== 'script' || el.attribs.src || (el.attribs.type ?? '').toLowerCase() === 'application/ld+json') continue;
    const text = textOf(el);
    if (text.length > MAX_SCRIPT) continue;
    if (!published) {
      const m = TIME.exec(text);
      if (m) published = m[3] ? unixToCst(Number(m[3].slice(0, 10))) : toIsoDate(m[1] ?? m[2]);
    }
    source ??= SOURCE.exec(text)?.[1] ?? null;
    if (published && source) break;
  }
  return { published, source };
}

/**
 * Article links on a listing page (a section front, a 新闻列表): same-site links whose anchor text reads
 * like a headline (and is most of its block's text) and whose URL looks like an article — a date or long id in the path, or a URL shape
 * repeated among many links — with navigation, footers and furniture blocks removed first.
 */
import { inputText } from '../extract/charset.js';
import { removeBoilerplate } from '../extract/boilerplate.js';
import { BLOCK_TAGS, allElements, isTag, parseHtml, squash, textOf, type Element } from '../extract/dom.js';
import { textWeight } from '../extract/text-measure.js';
import { urlDedupKey } from '../fetch/canonical-url.js';
import { httpUrlOrNull } from '../fetch/url-policy.js';

/** A link found on a listing page. */
export interface ListingLink {
  url: string;
  title: string;
}

const DATE_IN_PATH = /(19|20)\d{2}[-/_]?(0[1-9]|1[0-2])([-/_]?(0[1-9]|[12]\d|3[01]))?(\D|$)/;
const LONG_ID = /\d{5,}/;
const PAGE_EXT = /\.(s?html?|php|aspx?|jsp)$/i;
const NOT_HEADLINE = /^(more|more\b.*|read more|next|previous|prev|home|首页|上一页|下一页|末页|尾页|更多|更多>>|详情|查看更多|\d+)$/i;
/** Second-level labels under which a registrable domain has three labels (example.com.cn). */
const SECOND_LEVEL = /^(com|net|org|gov|edu|ac|co|mil)$/;

function siteOf(host: string): string {
  const labels = host.toLowerCase().split('.');
  const n = labels.length >= 3 && SECOND_LEVEL.test(labels[labels.length - 2]) ? 3 : 2;
  return labels.slice(-n).join('.');
}

/** URL shape: digits and slugs abstracted, so `/2021/10/19/abc-def.html` and `/2021/11/02/x-y.html` match. */
function shape(u: URL): string {
  const segs = u.pathname.split('/').filter(Boolean).map((s) => s.replace(/\d+/g, '0').replace(/^[^.]*[-_][^.]*/, 'S'));
  return `${u.host}/${segs.join('/')}`;
}

function headlineLike(t: string): boolean {
  if (NOT_HEADLINE.test(t)) return false;
  const w = textWeight(t);
  return w >= 20 && w <= 300;
}

/** True when the link is most of its block's text (a headline), not a phrase linked inside running text. */
function standsAlone(a: Element, title: string): boolean {
  let block: Element = a;
  while (block.parent && isTag(block.parent) && !BLOCK_TAGS.has(block.name)) block = block.parent;
  return textWeight(title) >= 0.6 * textWeight(textOf(block));
}

/**
 * Finds the article links of a listing page, in page order, one per article (de-duplicated by
 * canonical URL; the longest anchor text wins as the title).
 */
export function discoverArticleLinks(html: string | Uint8Array, opts: { url: string; contentType?: string }): ListingLink[] {
  const { text } = inputText(html, opts.contentType);
  const doc = parseHtml(text);
  removeBoilerplate(doc);
  const base = httpUrlOrNull(opts.url);
  if (!base) return [];
  base.hash = '';
  const site = siteOf(base.hostname);
  const candidates: { url: URL; title: string }[] = [];
  for (const a of allElements(doc)) {
    if (a.name !== 'a' || !a.attribs.href) continue;
    const url = httpUrlOrNull(a.attribs.href, base.href);
    if (!url || siteOf(url.hostname) !== site) continue;
    url.hash = '';
    if (url.href === base.href) continue; // the listing page itself
    const title = squash(textOf(a) || a.attribs.title || '');
    if (standsAlone(a, title)) candidates.push({ url, title });
  }
  const shapes = new Map<string, number>();
  for (const c of candidates) if (headlineLike(c.title)) shapes.set(shape(c.url), (shapes.get(shape(c.url)) ?? 0) + 1);
  const out = new Map<string, ListingLink>();
  for (const c of candidates) {
    if (!headlineLike(c.title)) continue;
    const path = c.url.pathname;
    const depth = path.split('/').filter(Boolean).length;
    const articlePath = depth >= 1 && (DATE_IN_PATH.test(path) || LONG_ID.test(path + c.url.search) || (PAGE_EXT.test(path) && depth >= 2));
    const repeated = (shapes.get(shape(c.url)) ?? 0) >= 3;
    if (!articlePath && !repeated) continue;
    if (path === '/' && !c.url.search) continue;
    const key = urlDedupKey(c.url.href) ?? c.url.href;
    const prev = out.get(key);
    if (!prev) out.set(key, { url: c.url.href, title: c.title });
    else if (c.title.length > prev.title.length) prev.title = c.title;
  }
  return [...out.values()];
}

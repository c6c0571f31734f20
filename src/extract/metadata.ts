/**
 * Page metadata from markup: `<meta>` (Open Graph, article:, name=author/publishdate…), JSON-LD
 * (NewsArticle and kin), `<time datetime>`, `<title>`/`<h1>`, `<html lang>` and `<link rel=canonical>`.
 */
import { allElements, squash, textOf, type Document, type Element } from './dom.js';
import { toIsoDate } from './dates.js';

/** What the markup says about the page; every field may be missing. */
export interface PageMeta {
  title: string | null;
  /** JSON-LD's headline: written by the site for machines, so trusted over the page's lines. */
  ldHeadline: string | null;
  /** `<title>` and `og:title` (else `twitter:title`) as written, for finding the headline on the page. */
  titleTag: string | null;
  metaTitle: string | null;
  /** The first date any `<meta>` holds, whatever its name: gives the year of a date printed without one. */
  dateHint: string | null;
  /** `<meta name="source">` or `<meta name="ContentSource">` (`来源：人民网－人民日报`), without its label. */
  source: string | null;
  published: string | null;
  author: string | null;
  siteName: string | null;
  lang: string | null;
  canonical: string | null;
  /** The article text JSON-LD carries (`articleBody`), for pages that render their text by script. */
  ldBody: string | null;
}

const DATE_KEYS = [
  'article:published_time', 'og:published_time', 'og:article:published_time', 'datepublished', 'publishdate',
  'publish-date', 'publish_date', 'pubdate', 'publishtime', 'pubtime', 'published_time', 'sailthru.date',
  'parsely-pub-date', 'dc.date.issued', 'dc.date', 'dcterms.created', 'dcterms.date', 'date', 'weibo:article:create_at',
  // Chinese publishing systems (TRS, 内容管理 systems of ministries and provinces, portals).
  'firstpublishedtime', 'og:release_date', 'og:time', 'apub:time', 'maketime', 'releasedate', 'publishedtime',
  // Journals' Highwire tags (what scholarly pages, Chinese ones included, carry).
  'citation_publication_date', 'citation_online_date', 'citation_date',
];
const AUTHOR_KEYS = ['author', 'article:author', 'byl', 'dc.creator', 'sailthru.author', 'parsely-author', 'og:article:author', 'citation_author'];

interface LdArticle {
  headline?: string;
  /** The headline is the object's `name`: on a WebPage that is often the site's name. */
  nameOnly?: boolean;
  datePublished?: string;
  author?: string;
  publisher?: string;
  articleBody?: string;
}

function names(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) {
    const all = v.map(names).filter((x): x is string => !!x);
    return all.length ? all.join(', ') : undefined;
  }
  if (v && typeof v === 'object' && typeof (v as { name?: unknown }).name === 'string') return (v as { name: string }).name;
  return undefined;
}

const ARTICLE_TYPES = /Article|BlogPosting|Report|WebPage|Posting/;

/** Whether a JSON-LD `url` is a site's home (`https://host/`): a WebPage so addressed names the site, not an article. */
function isSiteRoot(url: unknown): boolean {
  return typeof url === 'string' && /^https?:\/\/[^/]+\/?$/i.test(url.trim());
}

/**
 * Whether a JSON-LD `name` is only one segment of the `<title>` (`标题_频道_站名` with the name `站名`): the site's name,
 * as pages saved or built by site packages write a WebPage object for the whole site.
 */
function isTitleSegment(name: string, titleTag: string | null): boolean {
  const n = squash(name);
  if (!titleTag || !n) return false;
  const t = squash(titleTag);
  return t !== n && t.split(/\s*[|\-–—_｜]+\s*/).some((part) => part === n);
}

/** The first article-like object in the page's JSON-LD blocks. */
function jsonLd(scripts: Element[]): LdArticle | null {
  for (const s of scripts) {
    let data: unknown;
    try {
      data = JSON.parse(textOf(s));
    } catch {
      continue;
    }
    const queue: unknown[] = [data];
    let fallback: LdArticle | null = null;
    while (queue.length) {
      const o = queue.shift();
      if (Array.isArray(o)) queue.push(...o);
      else if (o && typeof o === 'object') {
        const r = o as Record<string, unknown>;
        if (r['@graph']) queue.push(r['@graph']);
        const type = ([] as unknown[]).concat(r['@type'] ?? []).join(' ');
        if (ARTICLE_TYPES.test(type)) {
          const found: LdArticle = {
            headline: typeof r.headline === 'string' ? r.headline : typeof r.name === 'string' && !(/WebPage/.test(type) && isSiteRoot(r.url)) ? r.name : undefined,
            nameOnly: typeof r.headline !== 'string',
            datePublished: typeof r.datePublished === 'string' ? r.datePublished : undefined,
            author: names(r.author),
            publisher: names(r.publisher),
            articleBody: typeof r.articleBody === 'string' ? r.articleBody : undefined,
          };
          if (!/WebPage/.test(type)) return found;
          fallback ??= found;
        }
      }
    }
    if (fallback) return fallback;
  }
  return null;
}

/** A title without the signature a site package appends to every `<title>` (`… -  Powered by Discuz!`). */
function withoutPoweredBy(t: string): string {
  const at = t.search(/\bpowered\s+by\b/i);
  if (at <= 0) return t;
  let end = at;
  while (end > 0 && /[\s|\-–—_｜]/.test(t[end - 1])) end--;
  return t.slice(0, end);
}

/** Strips a trailing or leading " - Site Name" from a document title when the rest is the headline. */
function cleanTitle(title: string, siteName: string | null, h1s: string[]): string {
  const t = withoutPoweredBy(squash(title));
  const inH1 = h1s.find((h) => h.length >= 8 && t.includes(h));
  if (inH1) return inH1;
  const parts = t.split(/\s+[|\-–—_:»·]\s+|\s*(?:[|_｜]|--|——|－－)\s*/);
  if (parts.length > 1) {
    const longest = parts.reduce((a, b) => (b.length > a.length ? b : a));
    if (siteName && parts.some((p) => p === siteName)) return parts.filter((p) => p !== siteName).join(' - ');
    if (longest.length >= t.length * 0.4) return longest;
  }
  return t;
}

/** Reads the metadata of a parsed page. Call before boilerplate removal: it reads `<head>`. */
export function readMetadata(doc: Document): PageMeta {
  const meta = new Map<string, string>();
  const ldScripts: Element[] = [];
  const h1s: string[] = [];
  let titleTag = '';
  let lang: string | null = null;
  let canonical: string | null = null;
  let timeDate: string | null = null;
  for (const el of allElements(doc)) {
    const a = el.attribs;
    switch (el.name) {
      case 'meta': {
        const key = (a.property ?? a.name ?? a.itemprop ?? a['http-equiv'] ?? '').toLowerCase().replace(/\s+/g, '');
        const value = a.content;
        if (key && value && !meta.has(key)) meta.set(key, value.trim());
        break;
      }
      case 'script':
        if ((a.type ?? '').toLowerCase() === 'application/ld+json') ldScripts.push(el);
        break;
      case 'title':
        if (!titleTag) titleTag = textOf(el);
        break;
      case 'h1':
        h1s.push(squash(textOf(el)));
        break;
      case 'html':
        lang = a.lang ?? a['xml:lang'] ?? null;
        break;
      case 'link':
        if ((a.rel ?? '').toLowerCase() === 'canonical' && a.href) canonical ??= a.href;
        break;
      case 'time':
        if (!timeDate && (a.datetime || a.itemprop === 'datePublished')) timeDate = a.datetime ?? textOf(el);
        break;
    }
  }
  const ld = jsonLd(ldScripts);
  if (ld?.nameOnly && ld.headline && isTitleSegment(ld.headline, titleTag)) ld.headline = undefined;
  const siteName = meta.get('og:site_name') ?? ld?.publisher ?? meta.get('application-name') ?? null;
  const metaTitle = meta.get('og:title') ?? meta.get('twitter:title') ?? null;
  const title = ld?.headline ? squash(ld.headline) : metaTitle ? cleanTitle(metaTitle, siteName, h1s) : titleTag ? cleanTitle(titleTag, siteName, h1s) : h1s[0] ?? null;
  let published = toIsoDate(ld?.datePublished);
  for (const k of DATE_KEYS) published ??= toIsoDate(meta.get(k));
  published ??= toIsoDate(timeDate);
  let author = ld?.author ?? null;
  for (const k of AUTHOR_KEYS) {
    const v = meta.get(k);
    if (!author && v && !/^https?:/.test(v)) author = v;
  }
  lang ??= meta.get('content-language') ?? meta.get('og:locale')?.replace('_', '-') ?? null;
  // `ContentSource` is the source field of the metadata set government sites are required to print.
  const source = (meta.get('source') ?? meta.get('contentsource'))?.replace(/^(来源|出处)\s*[：:]\s*/, '').trim() || null;
  return {
    title: title || null,
    ldHeadline: ld?.headline ? squash(ld.headline) : null,
    titleTag: titleTag ? squash(titleTag) : null,
    metaTitle: metaTitle ? squash(metaTitle) : null,
    source,
    dateHint: published ?? toIsoDate([...meta.values()].find((v) => /^\s*(19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}/.test(v))),
    published,
    author,
    siteName,
    lang,
    canonical,
    ldBody: ld?.articleBody?.trim() || null,
  };
}

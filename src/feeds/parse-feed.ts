/**
 * RSS 2.0, Atom and RSS 1.0 (RDF) feeds → items. XML entity declarations are treated as hostile
 * unless trivially small: nested or external entities (the "billion laughs" shape) are refused before
 * parsing, and the parser's own expansion limits back that up. Item links that are not http(s)
 * (file:, javascript:, data:) are dropped with a warning.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { inputText } from '../extract/charset.js';
import { toIsoDate } from '../extract/dates.js';
import { httpUrlOrNull } from '../fetch/url-policy.js';

/** One feed entry. */
export interface FeedItem {
  title: string | null;
  /** Absolute http(s) URL of the article. */
  url: string;
  /** ISO 8601, or null when the feed gives no parseable date. */
  published: string | null;
  /** Summary or description as plain text. */
  summary: string | null;
  /** The feed's own id for the entry (guid / id / rdf:about), else the URL. */
  guid: string;
}

/** A parsed feed. */
export interface Feed {
  format: 'rss' | 'atom' | 'rdf';
  title: string | null;
  /** The site the feed belongs to, when it says. */
  link: string | null;
  items: FeedItem[];
  warnings: string[];
}

/** Options for {@link parseFeed}. */
export interface ParseFeedOptions {
  /** Where the feed came from: resolves relative links, and names the input in errors. */
  url?: string;
  /** HTTP Content-Type header, for its charset. */
  contentType?: string;
}

const MAX_ENTITIES = 50;

/** Refuses entity declarations that reference other entities or external resources. */
function checkEntities(xml: string, name: string): void {
  const doctype = /<!DOCTYPE[^[>]*\[([\s\S]*?)\]\s*>/i.exec(xml.slice(0, 200_000));
  if (!doctype) return;
  const decls = [...doctype[1].matchAll(/<!ENTITY\s+(%\s+)?([\w.:-]+)\s+(SYSTEM|PUBLIC)?\s*(["'])([\s\S]*?)\4/gi)];
  if (decls.length > MAX_ENTITIES) throw new Error(`${name}: XML declares ${decls.length} entities; entity expansion refused`);
  for (const d of decls) {
    if (d[3]) throw new Error(`${name}: XML declares external entity "${d[2]}"; refused`);
    if (/&[\w.:-]+;|%[\w.:-]+;/.test(d[5].replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);/gi, ''))) {
      throw new Error(`${name}: XML entity "${d[2]}" expands other entities (entity-expansion bomb); refused`);
    }
  }
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  textNodeName: '#text',
  parseTagValue: false,
  trimValues: true,
  processEntities: { enabled: true, maxEntityCount: MAX_ENTITIES, maxEntitySize: 2000, maxTotalExpansions: 10_000, maxExpandedLength: 1_000_000 },
  htmlEntities: true,
  isArray: (tag) => tag === 'item' || tag === 'entry' || tag === 'link',
});

type Node = Record<string, unknown>;

/** Text content of a parsed node (string, `{#text}`, or CDATA-wrapped). */
function text(v: unknown): string | null {
  if (v === undefined || v === null) return null;
  if (typeof v === 'string' || typeof v === 'number') return String(v).trim() || null;
  if (Array.isArray(v)) return text(v[0]);
  if (typeof v === 'object') return text((v as Node)['#text']);
  return null;
}

/** Strips markup from an HTML summary. */
function plain(html: string | null): string | null {
  if (!html) return null;
  const t = html
    .replace(/<\/?(p|div|br|li|ul|ol|h[1-6]|tr|td|table|blockquote|section|article)\b[^>]*>/gi, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return t || null;
}

/** The alternate (article) link of an Atom entry, or an RSS `<link>` text. */
function linkOf(v: unknown): string | null {
  const links = Array.isArray(v) ? v : v === undefined ? [] : [v];
  for (const l of links) {
    if (typeof l === 'string') return l.trim();
    if (l && typeof l === 'object') {
      const n = l as Node;
      const rel = (n['@rel'] as string | undefined) ?? 'alternate';
      if (rel === 'alternate' && typeof n['@href'] === 'string') return n['@href'];
      const t = text(n);
      if (t && !n['@href']) return t;
    }
  }
  return null;
}

function toItem(raw: Node, fields: { link: unknown; date: unknown; summary: unknown; guid: unknown }, base: string | undefined, index: number, warnings: string[]): FeedItem | null {
  const title = plain(text(raw.title));
  const href = linkOf(fields.link) ?? text(fields.guid);
  if (!href) {
    warnings.push(`item ${index + 1} (${title ?? 'untitled'}): no link; skipped`);
    return null;
  }
  const url = httpUrlOrNull(href, base);
  if (!url) {
    warnings.push(`item ${index + 1} (${title ?? 'untitled'}): link ${href.slice(0, 80)} is not an http(s) URL; skipped`);
    return null;
  }
  return {
    title,
    url: url.href,
    published: toIsoDate(text(fields.date)),
    summary: plain(text(fields.summary)),
    guid: text(fields.guid) ?? url.href,
  };
}

/**
 * Parses a feed given as text or raw bytes (charset from the header, BOM or XML declaration).
 * Throws `<input>: <problem>` for malformed XML, refused entities, or XML that is not a feed.
 */
export function parseFeed(input: string | Uint8Array, opts: ParseFeedOptions = {}): Feed {
  const name = opts.url ?? 'feed';
  const { text: xml, warnings } = inputText(input, opts.contentType);
  checkEntities(xml, name);
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`${name}: malformed XML at line ${valid.err.line}: ${valid.err.msg}`);
  let doc: Node;
  try {
    doc = parser.parse(xml) as Node;
  } catch (e) {
    throw new Error(`${name}: ${(e as Error).message}`);
  }
  const base = opts.url;
  const rss = doc.rss as Node | undefined;
  if (rss?.channel) {
    const ch = (Array.isArray(rss.channel) ? rss.channel[0] : rss.channel) as Node;
    const items = ((ch.item as Node[] | undefined) ?? [])
      .map((it, i) => toItem(it, { link: it.link, date: it.pubDate ?? it['dc:date'], summary: it.description ?? it['content:encoded'], guid: it.guid }, base, i, warnings))
      .filter((x): x is FeedItem => x !== null);
    return { format: 'rss', title: plain(text(ch.title)), link: linkOf(ch.link), items, warnings };
  }
  const feed = doc.feed as Node | undefined;
  if (feed) {
    const items = ((feed.entry as Node[] | undefined) ?? [])
      .map((e, i) => toItem(e, { link: e.link, date: e.published ?? e.updated ?? e.issued, summary: e.summary ?? e.content, guid: e.id }, base, i, warnings))
      .filter((x): x is FeedItem => x !== null);
    return { format: 'atom', title: plain(text(feed.title)), link: linkOf(feed.link), items, warnings };
  }
  const rdf = doc['rdf:RDF'] as Node | undefined;
  if (rdf) {
    const ch = rdf.channel as Node | undefined;
    const items = ((rdf.item as Node[] | undefined) ?? [])
      .map((it, i) => toItem(it, { link: it.link, date: it['dc:date'], summary: it.description, guid: it['@rdf:about'] }, base, i, warnings))
      .filter((x): x is FeedItem => x !== null);
    return { format: 'rdf', title: plain(text(ch?.title)), link: linkOf(ch?.link), items, warnings };
  }
  throw new Error(`${name}: not an RSS, Atom or RDF feed (root element ${Object.keys(doc).filter((k) => !k.startsWith('?'))[0] ?? 'missing'})`);
}

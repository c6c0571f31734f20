import type { Fetched } from '../fetch/fetcher.js';
import type { SourceKind } from '../store/types.js';

const FEED_TYPE = /\b(rss|atom|rdf)\b|\/xml|\+xml/i;
const FEED_ROOT = /^<(rss|feed|rdf:RDF)[\s>]/i;

/**
 * Whether a fetched source is a feed or a listing page, from what it is rather than from its URL: a feed's
 * first element is `<rss>`, `<feed>` or `<rdf:RDF>`, or it is served as XML without being XHTML.
 */
export function sourceKindOf(res: Pick<Fetched, 'body' | 'contentType'>): SourceKind {
  const head = Buffer.from(res.body.subarray(0, 4096))
    .toString('latin1')
    .replace(/^\uFEFF|^\xEF\xBB\xBF/, '')
    .replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^[>]*(\[[\s\S]*?\])?\s*>/gi, '')
    .trimStart();
  if (FEED_ROOT.test(head)) return 'feed';
  if (/^<html[\s>]/i.test(head)) return 'listing';
  return FEED_TYPE.test(res.contentType ?? '') ? 'feed' : 'listing';
}

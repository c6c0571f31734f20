/** Fetch + extract for one article URL. */
import { extractArticle, type ExtractedPage } from '../extract/extract-article.js';
import type { Fetcher } from './fetcher.js';

/** Content types that can hold an HTML page (servers often label pages loosely). */
const HTML_LIKE = /html|xml|text\/plain/i;

/** Fetches a page and extracts its article; throws FetchError when the fetch fails. */
export async function fetchArticle(url: string, fetcher: Fetcher): Promise<ExtractedPage> {
  const res = await fetcher.get(url);
  if (res.status === 'unchanged') throw new Error(`${url}: server answered 304 to an unconditional request`);
  if (res.contentType && !HTML_LIKE.test(res.contentType)) throw new Error(`${url}: not a web page (${res.contentType})`);
  return extractArticle(res.body, { url: res.url, contentType: res.contentType ?? undefined });
}

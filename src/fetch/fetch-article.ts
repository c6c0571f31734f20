/** Fetch + extract for one article URL. */
import { extractArticle, type ExtractedPage } from '../extract/extract-article.js';
import type { Fetcher } from './fetcher.js';

/** Content types that can hold an HTML page (servers often label pages loosely). */
const HTML_LIKE = /html|xml|text\/plain/i;

/** Time from the request to the extracted article, retries included (a fetch attempt alone has 20 s). */
const PAGE_BUDGET_MS = 120_000;

/**
 * Fetches a page and extracts its article; throws FetchError when the fetch fails, and an error when fetching
 * and parsing together outlast `budgetMs`.
 */
export async function fetchArticle(url: string, fetcher: Fetcher, budgetMs = PAGE_BUDGET_MS): Promise<ExtractedPage> {
  const deadline = Date.now() + budgetMs;
  const res = await fetcher.get(url);
  if (res.status === 'unchanged') throw new Error(`${url}: server answered 304 to an unconditional request`);
  if (res.contentType && !HTML_LIKE.test(res.contentType)) throw new Error(`${url}: not a web page (${res.contentType})`);
  try {
    return extractArticle(res.body, { url: res.url, contentType: res.contentType ?? undefined, deadline });
  } catch (e) {
    throw new Error(`${url}: ${(e as Error).message}`, { cause: e });
  }
}

import type { StoredArticle, WebProvenance } from './types.js';

/**
 * Where a web article stands in place of an issue: the day it was published (else fetched) and its site's host,
 * so enrichment reads it and groups list it against the same date and publication.
 */
export function webPlace(web: Pick<WebProvenance, 'url' | 'canonicalUrl' | 'publishedAt' | 'fetchedAt'>): {
  issueDate: string;
  publication: string;
} {
  return { issueDate: (web.publishedAt ?? web.fetchedAt).slice(0, 10), publication: new URL(web.canonicalUrl || web.url).host };
}

/**
 * The date and source an article is indexed under: its issue's date and publication (else the file it came from),
 * or for a web article its webPlace.
 */
export function indexPlace(
  a: Pick<StoredArticle, 'web'>,
  issue: { issue_date: string | null; publication: string | null; path: string } | undefined,
): { date: string | null; source: string } {
  if (issue) return { date: issue.issue_date, source: issue.publication ?? issue.path };
  if (!a.web) return { date: null, source: '' };
  const place = webPlace(a.web);
  return { date: place.issueDate, source: place.publication };
}

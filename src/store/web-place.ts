import type { WebProvenance } from './types.js';

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

import { addDays, chinaDay } from '../alerts/days.js';
import { issueCredit } from './credit.js';
import type { StoredArticle, WebProvenance } from './types.js';

/**
 * Where a web article stands in place of an issue: the day it was published (else fetched) and its site's host,
 * so enrichment reads it and groups list it against the same date and publication.
 */
export function webPlace(web: Pick<WebProvenance, 'url' | 'canonicalUrl' | 'publishedAt' | 'fetchedAt'>): {
  issueDate: string;
  publication: string;
} {
  return { issueDate: webDay(web.publishedAt ?? web.fetchedAt), publication: new URL(web.canonicalUrl || web.url).host };
}

/**
 * The day of a stored time as the team reads it: an instant (`…Z`, `…+08:00`; feeds' RFC 822 dates and fetch
 * times are stored in UTC) on China's calendar, so an article of 07:00 Beijing time is not dated the day before;
 * a local time as printed (`2021-10-18T09:00:00`, `2021-10-18`) on its own day.
 */
export function webDay(time: string): string {
  const instant = /T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/i.test(time) ? new Date(time) : null;
  return instant && !Number.isNaN(instant.getTime()) ? chinaDay(instant) : time.slice(0, 10);
}

/**
 * The stored days whose web articles can fall on China days [from, to]: a stored UTC day differs from the China
 * day by at most one, so the store's `webDays` filter is asked one day wider and `webDay` decides.
 */
export function storedDaysAround(from: string, to: string): { from: string; to: string } {
  return { from: addDays(from, -1), to: addDays(to, 1) };
}

/**
 * What search and the inbox credit a web article to: the name the admin gave its source (工信部官网), else its
 * site's host (a source without a name, or one removed since).
 */
export function webCredit(web: Pick<WebProvenance, 'url' | 'canonicalUrl'>, sourceName: string | null): string {
  return sourceName ?? new URL(web.canonicalUrl || web.url).host;
}

/**
 * The date and source an article is indexed under: its issue's date and credit (publication, else file name),
 * or for a web article its webPlace's day and its webCredit (`sourceName`: its source's name, if it has one).
 */
export function indexPlace(
  a: Pick<StoredArticle, 'web'>,
  issue: { issue_date: string | null; publication: string | null; path: string } | undefined,
  sourceName: string | null = null,
): { date: string | null; source: string } {
  if (issue) return { date: issue.issue_date, source: issueCredit(issue.publication, issue.path) };
  if (!a.web) return { date: null, source: '' };
  return { date: webPlace(a.web).issueDate, source: webCredit(a.web, sourceName) };
}

import type { Entry } from './types.js';

/**
 * The rule for a draft's entries when their article changes (a title or summary fixed on the article page, a
 * split or merge): an entry prints its article as it reads now — title, byline, subheads, body and summary —
 * except a summary the editor wrote in the bulletin itself, which stays theirs. Such an entry shows 原文已更新
 * once the article's own summary changes, and one click (refresh) takes the article's text whole.
 */

/** What an entry prints of its article, as the article reads now. */
export interface ArticleText {
  title: string;
  byline: string | null;
  subheads: string[];
  body: string;
  summary: string | null;
}

/** The entry following its article now (an editor's own summary kept); null when that changes nothing. */
export function followed(entry: Entry, now: ArticleText): Entry | null {
  const next: Entry = { ...entry, title: now.title, byline: now.byline, subheads: now.subheads, body: now.body, summary: entry.summaryEdited ? entry.summary : now.summary };
  return same(entry, next) ? null : next;
}

/**
 * True when the article changed under the entry (原文已更新): its text differs from what the entry prints, or, for an
 * editor's own summary, the article's summary differs from the one the editor wrote theirs over.
 */
export function outdated(entry: Entry, now: ArticleText): boolean {
  const fresh = refreshed(entry, now);
  if (!entry.summaryEdited || entry.summaryBase === undefined) return !same(entry, fresh);
  return !same({ ...entry, summary: now.summary }, fresh) || now.summary !== entry.summaryBase;
}

/** The entry with its article's text now, its own summary given up. */
export function refreshed(entry: Entry, now: ArticleText): Entry {
  const { summaryEdited: _, summaryBase: __, ...rest } = entry;
  return { ...rest, title: now.title, byline: now.byline, subheads: now.subheads, body: now.body, summary: now.summary };
}

function same(a: Entry, b: Entry): boolean {
  return a.title === b.title && a.byline === b.byline && a.body === b.body && a.summary === b.summary && a.subheads.join('\n') === b.subheads.join('\n');
}

/**
 * One polling step for a source, pure apart from the fetch: give it the source and what was known
 * after the previous poll, get back the new items and the state to keep. A `fetch --watch` command is
 * a loop over this plus storage.
 */
import type { Fetcher } from '../fetch/fetcher.js';
import { urlDedupKey } from '../fetch/canonical-url.js';
import { discoverArticleLinks } from './listing-links.js';
import { parseFeed, type FeedItem } from './parse-feed.js';

/** Where articles come from: a feed, or a listing page whose article links are followed. */
export interface Source {
  url: string;
  kind: 'feed' | 'listing';
}

/** What a poll remembers: HTTP validators and the de-duplication keys of items already seen. */
export interface SourceState {
  etag: string | null;
  lastModified: string | null;
  /** Dedup keys of seen items, most recent last; capped at {@link MAX_SEEN}. */
  seen: string[];
}

/** The outcome of one poll. */
export interface PollResult {
  /** Items not seen before, in source order. */
  items: FeedItem[];
  newState: SourceState;
  /** True when the server answered 304 Not Modified. */
  unchanged: boolean;
  /** Final URL after redirects (sources move). */
  finalUrl: string;
  warnings: string[];
}

/** How many seen keys a source remembers; far more than any feed lists at once. */
export const MAX_SEEN = 5000;

/** A fresh state for a source never polled. */
export function initialSourceState(): SourceState {
  return { etag: null, lastModified: null, seen: [] };
}

/** Polls a source once. Throws FetchError for fetch failures and `<url>: <problem>` for unreadable feeds. */
export async function pollSource(source: Source, state: SourceState, fetcher: Fetcher): Promise<PollResult> {
  const res = await fetcher.get(source.url, { etag: state.etag, lastModified: state.lastModified });
  if (res.status === 'unchanged') {
    return { items: [], newState: { ...state, etag: res.etag, lastModified: res.lastModified }, unchanged: true, finalUrl: res.url, warnings: [] };
  }
  const opts = { url: res.url, contentType: res.contentType ?? undefined };
  let found: FeedItem[];
  let warnings: string[] = [];
  if (source.kind === 'feed') {
    const feed = parseFeed(res.body, opts);
    found = feed.items;
    warnings = feed.warnings;
  } else {
    found = discoverArticleLinks(res.body, opts).map((l) => ({ title: l.title, url: l.url, published: null, summary: null, guid: l.url }));
  }
  const seen = new Set(state.seen);
  const items: FeedItem[] = [];
  const added: string[] = [];
  for (const item of found) {
    const key = urlDedupKey(item.url) ?? item.guid;
    if (seen.has(key)) continue;
    seen.add(key);
    added.push(key);
    items.push(item);
  }
  const keys = [...state.seen, ...added].slice(-MAX_SEEN);
  return { items, newState: { etag: res.etag, lastModified: res.lastModified, seen: keys }, unchanged: false, finalUrl: res.url, warnings };
}

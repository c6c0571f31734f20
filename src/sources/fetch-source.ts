/**
 * One poll of one stored source, end to end: poll the feed or listing (conditional GET), fetch and extract each
 * new item, store it once per dedup key, and record the outcome on the source. Failures are caught and recorded,
 * never thrown: one bad site must not stop the others.
 */
import { pollSource, type PollResult } from '../feeds/poll-source.js';
import { urlDedupKey } from '../fetch/canonical-url.js';
import { fetchArticle } from '../fetch/fetch-article.js';
import { replaceControls } from '../ingest/control-chars.js';
import { FetchError } from '../fetch/fetch-error.js';
import type { Fetcher } from '../fetch/fetcher.js';
import type { FeedItem } from '../feeds/parse-feed.js';
import type { SourceKind, Store, StoredSource } from '../store/types.js';
import { sourceKindOf } from './source-kind.js';
import { understandArticle, warmUnderstanding } from '../pipeline/understand.js';
import { webPlace } from '../store/web-place.js';

/** What one poll of a source did. */
export interface SourceRun {
  source: StoredSource;
  /** Articles stored for the first time. */
  new: number;
  /** Their ids, for the enrichment that follows. */
  newIds: number[];
  /** Items already stored (seen through this or another source, or under another URL). */
  unchanged: number;
  /** Items whose page could not be fetched or read. */
  failed: number;
  /** The server answered 304 Not Modified. */
  notModified: boolean;
  /** Why polling the source itself failed, or null. */
  error: string | null;
  /** Item failures and what the feed or listing could not give (e.g. `file:` links dropped). */
  warnings: string[];
}

/** Options for {@link fetchSource}. */
export interface FetchSourceOptions {
  /** When aborted, the item being fetched is finished and the rest are left for the next poll. */
  signal?: AbortSignal;
}

const messageOf = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** Polls `source` once and stores what is new; see the module comment. */
export async function fetchSource(source: StoredSource, store: Store, fetcher: Fetcher, opts: FetchSourceOptions = {}): Promise<SourceRun> {
  const run: SourceRun = { source, new: 0, newIds: [], unchanged: 0, failed: 0, notModified: false, error: null, warnings: [] };
  const fetchedAt = new Date().toISOString();
  warmUnderstanding();
  let kind = source.kind;
  let poll: PollResult;
  try {
    const state = { etag: source.etag, lastModified: source.lastModified, seen: source.seen };
    if (kind) {
      poll = await pollSource({ url: source.url, kind }, state, fetcher);
    } else {
      // First poll: fetch once, tell feed from listing by the bytes, and let pollSource read that same response.
      const first = await fetcher.get(source.url);
      if (first.status === 'unchanged') throw new Error(`${source.url}: server answered 304 to an unconditional request`);
      const detected: SourceKind = sourceKindOf(first);
      kind = detected;
      poll = await pollSource({ url: source.url, kind: detected }, state, { get: async () => first });
    }
  } catch (e) {
    run.error = messageOf(e);
    await store.sources.recordPoll(source.id, { fetchedAt, status: 'failed', error: run.error, ...(kind ? { kind } : {}) });
    return run;
  }
  run.notModified = poll.unchanged;
  run.warnings.push(...poll.warnings);

  const retryLater = new Set<string>();
  for (const item of poll.items) {
    const key = itemKey(item);
    if (opts.signal?.aborted) {
      retryLater.add(key);
      continue;
    }
    try {
      const stored = await storeItem(item, key, source, store, fetcher);
      if (stored === 'unchanged') run.unchanged++;
      else (run.new++, run.newIds.push(stored.id));
    } catch (e) {
      // The store failing is no fault of the item: the poll stops unrecorded, so a retry reads every item again.
      if (e instanceof StoreFailure) throw e.cause;
      run.failed++;
      if (transient(e)) retryLater.add(key);
      run.warnings.push(messageOf(e));
    }
  }
  // Items not handled, or failed for a reason that may pass, are forgotten, and so are the validators then: the
  // next poll reads the feed in full and retries exactly those items. A page that is missing, too large or not a
  // web page is reported once, not fetched again on every poll.
  const complete = retryLater.size === 0;
  await store.sources.recordPoll(source.id, {
    fetchedAt,
    status: poll.unchanged ? 'unchanged' : 'ok',
    error: run.failed ? `${run.failed} of ${poll.items.length} items failed, first: ${run.warnings.find((w) => !poll.warnings.includes(w))}` : null,
    kind,
    seen: poll.newState.seen.filter((k) => !retryLater.has(k)),
    ...(complete ? { etag: poll.newState.etag, lastModified: poll.newState.lastModified } : { etag: null, lastModified: null }),
  });
  return run;
}

/** Failures worth retrying on the next poll: timeouts, network errors, 5xx and 429 answers. */
function transient(e: unknown): boolean {
  if (!(e instanceof FetchError)) return false;
  return e.kind === 'timeout' || e.kind === 'network' || (e.kind === 'http' && (e.status === 429 || (e.status ?? 0) >= 500));
}

/** The key pollSource remembers an item by. */
function itemKey(item: FeedItem): string {
  return urlDedupKey(item.url) ?? item.guid;
}

/** An error of the store (not of the page) while storing an item. */
class StoreFailure extends Error {}

/** Runs a store call, marking its failure as the store's. */
async function inStore<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (cause) {
    throw new StoreFailure('store failed', { cause });
  }
}

/** Fetches, extracts and stores one item unless it is stored already; throws when its page cannot be read. */
async function storeItem(item: FeedItem, key: string, source: StoredSource, store: Store, fetcher: Fetcher): Promise<'unchanged' | { id: number }> {
  if (await inStore(() => store.sources.hasWebArticle(key))) return 'unchanged';
  const page = await fetchArticle(item.url, fetcher);
  // The page's fields are clean already (extractArticle); the feed's own title and summary are cleaned here.
  const title = page.title?.trim() || (item.title && replaceControls(item.title).text.trim());
  const body = page.body.trim() || (item.summary && replaceControls(item.summary).text.trim());
  if (!title || !body) throw new Error(`${item.url}: no article text found on the page`);
  const canonicalUrl = page.url ?? item.url;
  const article = {
    sourceId: source.id,
    section: source.section,
    title,
    body,
    url: item.url,
    canonicalUrl,
    dedupKey: urlDedupKey(item.url, canonicalUrl) ?? key,
    // A feed's date is machine-written and carries its time zone; a page's is read from its text.
    publishedAt: item.published ?? page.published,
    fetchedAt: new Date().toISOString(),
    author: page.author,
    outlet: page.source,
  };
  // Enriched in the storing transaction, as an import's articles are, so the inbox, drafts and groups take it at once.
  const stored = await inStore(() => store.sources.storeWebArticle(article, (context) => [understandArticle(article, webPlace(article), context)]));
  return stored.status === 'new' ? { id: stored.id } : 'unchanged';
}

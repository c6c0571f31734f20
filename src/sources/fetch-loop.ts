/** The `jianbao fetch` loop: poll the due sources once, or keep polling each on its interval until stopped. */
import type { Fetcher } from '../fetch/fetcher.js';
import type { Store, StoredSource } from '../store/types.js';
import { fetchSource, type SourceRun } from './fetch-source.js';
import { sleep } from './sleep.js';
import { notFound } from '../core/errors.js';

/** How a fetch run is driven and observed. */
export interface FetchLoopOptions {
  /** Poll only this source, due or not. */
  sourceId?: number;
  /** Stops the loop: the item being fetched is finished first. */
  signal: AbortSignal;
  /** Called with the sources about to be polled in one round. */
  onRound?(sources: StoredSource[]): void;
  /** Called after each source is polled; the next waits for it. */
  onSource?(run: SourceRun): void | Promise<void>;
}

/** Longest sleep in watch mode, so sources added meanwhile are picked up soon. */
const MAX_IDLE_MS = 60_000;

/** Polls the due sources (or the one asked for) once, in order; returns what each poll did. */
export async function fetchDue(store: Store, fetcher: Fetcher, opts: FetchLoopOptions): Promise<SourceRun[]> {
  const sources = opts.sourceId !== undefined ? [await requireSource(store, opts.sourceId)] : await store.sources.due(new Date());
  opts.onRound?.(sources);
  const runs: SourceRun[] = [];
  for (const source of sources) {
    if (opts.signal.aborted) break;
    const run = await fetchSource(source, store, fetcher, { signal: opts.signal });
    runs.push(run);
    await opts.onSource?.(run);
  }
  return runs;
}

/** Polls every source on its own interval until the signal aborts. */
export async function watchSources(store: Store, fetcher: Fetcher, opts: FetchLoopOptions): Promise<void> {
  while (!opts.signal.aborted) {
    await fetchDue(store, fetcher, opts);
    await sleep(await msUntilNextDue(store, opts.sourceId), opts.signal);
  }
}

async function requireSource(store: Store, id: number): Promise<StoredSource> {
  const source = await store.sources.get(id);
  if (!source) throw notFound(`source #${id}`, '没有这个信息源，可用 jianbao sources list 查看 (no such source (see jianbao sources list))');
  return source;
}

/** Time until the first source (or the one watched) is due again, at most {@link MAX_IDLE_MS}. */
async function msUntilNextDue(store: Store, sourceId: number | undefined): Promise<number> {
  const sources = (await store.sources.list()).filter((s) => sourceId === undefined || s.id === sourceId);
  const now = Date.now();
  const waits = sources.map((s) => (s.lastFetchedAt ? Date.parse(s.lastFetchedAt) + s.everySeconds * 1000 - now : 0));
  return Math.max(0, Math.min(MAX_IDLE_MS, ...waits));
}

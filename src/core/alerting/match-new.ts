import { addDays, chinaDay } from '../../alerts/days.js';
import { compileWatch, indexedText, matchAll, watchRequest, type CompiledWatch } from '../../alerts/match.js';
import { TRAILING_DAYS, volumeSpike } from '../../alerts/volume.js';
import { sharedSegmenter } from '../../search/segment.js';
import type { Watchlist } from '../../store/alert-types.js';
import type { CoreContext } from '../context.js';
import { errorKind } from '../errors.js';

/** Articles read and matched per round. */
const BATCH = 200;

/** What one matching run did. */
export interface MatchRun {
  /** Articles taken off the queue (matched, or older than every watchlist). */
  articles: number;
  /** New (watchlist, article) alerts. */
  alerts: number;
  /** New volume alerts. */
  volume: number;
}

/**
 * Matches stored articles against every watchlist and records each new (watchlist, article) pair once, with its
 * deliveries queued, in one transaction per batch that also takes the articles off the queue. With `ids`, those
 * articles (the ones an import just stored); without, every article queued (a trigger queues each one stored), so
 * articles stored by any path, or while a run crashed, are matched by the next run. Running twice alerts nobody twice:
 * the store keeps each pair once. Then checks the day's volume of each watchlist that got new alerts. With
 * `alert: false` the articles are only taken off the queue.
 */
export async function matchNewArticles(ctx: CoreContext, ids?: number[], options: { alert?: boolean } = {}): Promise<MatchRun> {
  const alerts = ctx.store.alerts;
  // Articles that must not alert (an issue read again) are only taken off the queue.
  const watchlists = options.alert === false ? [] : await alerts.listWatchlists();
  const watches = await compileAll(ctx, watchlists);
  const run: MatchRun = { articles: 0, alerts: 0, volume: 0 };
  const touched = new Set<number>();
  const day = chinaDay(ctx.now());
  const matchBatch = async (batch: number[]) => {
    // Articles older than every watchlist cannot alert: not read, only taken off the queue.
    const live = batch.filter((id) => watches.some((w) => id > w.sinceArticleId));
    const candidates = live.length ? await alerts.candidates(live) : [];
    const seg = sharedSegmenter();
    const pairs = matchAll(watches, candidates.map((c) => indexedText(c, seg)));
    const created = await alerts.recordMatches(batch, pairs, day, ctx.now().toISOString());
    for (const c of created) touched.add(c.watchlistId);
    run.articles += batch.length;
    run.alerts += created.length;
  };
  if (ids) {
    for (let i = 0; i < ids.length; i += BATCH) await matchBatch(ids.slice(i, i + BATCH));
  } else {
    for (let batch = await alerts.queued(BATCH); batch.length; batch = await alerts.queued(BATCH)) await matchBatch(batch);
  }
  for (const w of watchlists.filter((w) => touched.has(w.id))) if (await checkVolume(ctx, w, day)) run.volume++;
  return run;
}

/**
 * The watchlists that can match (a query stored before a syntax change that no longer plans is skipped), each with the
 * names search plans it with, looked up once per run: the articles it matches are stored already, so the names they
 * teach are in the store, and matching asks it nothing per article.
 */
async function compileAll(ctx: CoreContext, watchlists: Watchlist[]): Promise<CompiledWatch[]> {
  const watches: CompiledWatch[] = [];
  for (const w of watchlists) {
    try {
      const { aliases, entities } = await ctx.store.search.names(watchRequest(w));
      watches.push(compileWatch(w, aliases, entities));
    } catch (e) {
      // Not plannable: nothing to match. The store failing is no such thing.
      if (errorKind(e) !== 'invalid-input') throw e;
    }
  }
  return watches;
}

/** Raises the day's volume alert when the day's matches spike; true when it was raised now. */
async function checkVolume(ctx: CoreContext, w: Watchlist, day: string): Promise<boolean> {
  const first = addDays(day, -TRAILING_DAYS);
  if (chinaDay(new Date(w.createdAt)) > first) return false;
  const counts = await ctx.store.alerts.dayCounts(w.id, first, day);
  const on = (d: string) => counts.find((c) => c.day === d)?.count ?? 0;
  const trailing = Array.from({ length: TRAILING_DAYS }, (_, i) => on(addDays(first, i)));
  const spike = volumeSpike(on(day), trailing, ctx.config.alerts.volumeFactor, ctx.config.alerts.volumeMinimum);
  return spike ? ctx.store.alerts.recordVolume(w.id, day, spike, ctx.now().toISOString()) : false;
}

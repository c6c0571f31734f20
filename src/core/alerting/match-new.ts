import { addDays, chinaDay } from '../../alerts/days.js';
import { compileWatch, indexedText, matchAll, type CompiledWatch } from '../../alerts/match.js';
import { TRAILING_DAYS, volumeSpike } from '../../alerts/volume.js';
import { sharedAliases } from '../../search/aliases.js';
import { sharedSegmenter } from '../../search/segment.js';
import type { Watchlist } from '../../store/alert-types.js';
import type { CoreContext } from '../context.js';

/** Articles read and matched per round. */
const BATCH = 200;

/** What one matching run did. */
export interface MatchRun {
  /** Articles looked at. */
  articles: number;
  /** New (watchlist, article) alerts. */
  alerts: number;
  /** New volume alerts. */
  volume: number;
}

/**
 * Matches stored articles against every watchlist and records each new (watchlist, article) pair once, with its
 * deliveries queued, in one transaction per batch that also marks the articles looked at. With `ids`, those
 * articles (the ones an import just stored); without, every article no run has looked at yet, so articles
 * stored by any path, or while a run crashed, are matched by the next run. Running twice alerts nobody twice:
 * the store keeps each pair once. Then checks the day's volume of each watchlist that got new alerts.
 */
export async function matchNewArticles(ctx: CoreContext, ids?: number[]): Promise<MatchRun> {
  const alerts = ctx.store.alerts;
  const watchlists = await alerts.listWatchlists();
  const watches = compileAll(watchlists);
  const run: MatchRun = { articles: 0, alerts: 0, volume: 0 };
  const touched = new Set<number>();
  const day = chinaDay(ctx.now());
  const matchBatch = async (batch: number[]) => {
    const candidates = watches.length ? await alerts.candidates(batch) : [];
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
    for (let batch = await alerts.unscanned(BATCH); batch.length; batch = await alerts.unscanned(BATCH)) await matchBatch(batch);
  }
  for (const w of watchlists.filter((w) => touched.has(w.id))) if (await checkVolume(ctx, w, day)) run.volume++;
  return run;
}

/** The watchlists that can match (a query stored before a syntax change that no longer plans is skipped). */
function compileAll(watchlists: Watchlist[]): CompiledWatch[] {
  const aliases = sharedAliases();
  return watchlists.flatMap((w) => {
    try {
      return [compileWatch(w, aliases)];
    } catch {
      return [];
    }
  });
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

import type { Jianbao } from '../jianbao.js';
import type { CoreContext } from '../context.js';
import { deliverDue, digestsDue, type DeliveryRun } from './deliver.js';
import { matchNewArticles, type MatchRun } from './match-new.js';

/** What the alerting job handlers run on: an open Jianbao (the workers) or a bare context (tests, the core itself). */
export type AlertingTarget = Pick<Jianbao, 'watchlists'> | CoreContext;

/** Job handler: matches the articles stored since the last run against every watchlist. */
export function matchNew(target: AlertingTarget): Promise<MatchRun> {
  return 'watchlists' in target ? target.watchlists.matchNew() : matchNewArticles(target);
}

/** Job handler: sends the outbox's deliveries due at `now` (retries included). */
export function deliverPending(target: AlertingTarget, now: Date): Promise<DeliveryRun> {
  return 'watchlists' in target ? target.watchlists.deliverPending(now) : deliverDue(target, now);
}

/** Job handler: queues the daily and weekly digests due at `now`, then sends what is due. */
export function sendDigests(target: AlertingTarget, now: Date): Promise<DeliveryRun & { queued: number }> {
  return 'watchlists' in target ? target.watchlists.sendDigests(now) : digestsDue(target, now);
}

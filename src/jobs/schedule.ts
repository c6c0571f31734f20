import { isDue } from './backoff.js';
import type { JobEnv } from './types.js';

/**
 * Queues what is due: a fetch for every due source (a failing one later and later: see nextPollAt), the alerts
 * whose delivery is due (retries included), and the hour's digest job. Every one is keyed (per source, `alert`,
 * per hour), so when several workers look at the schedule at once each is queued once.
 */
export async function queueDue(env: JobEnv, state: { digestSlot: string }): Promise<number> {
  const now = env.now();
  const due = (await env.store.sources.due(now)).filter((s) => isDue(s, now));
  for (const source of due) await env.enqueue('fetch', { sourceId: source.id });
  await env.enqueue('alert', {});
  // Once an hour per process: the digests' own records keep each (watchlist, period) sent once.
  const slot = now.toISOString().slice(0, 13);
  if (slot !== state.digestSlot) (await env.enqueue('digest', { slot }), (state.digestSlot = slot));
  return due.length;
}

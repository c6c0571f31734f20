import { isDue } from './backoff.js';
import type { JobEnv } from './types.js';

/**
 * Queues a fetch for every due source (a failing one later and later: see nextPollAt). The fetch job is keyed
 * by source, so when several workers look at the schedule at once each due source is queued once.
 */
export async function queueDueSources(env: JobEnv): Promise<number> {
  const now = env.now();
  const due = (await env.store.dueSources(now)).filter((s) => isDue(s, now));
  for (const source of due) await env.enqueue('fetch', { sourceId: source.id });
  return due.length;
}

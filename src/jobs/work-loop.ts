/** What both runners share: the schedule and connection ticker, and telling an error's words. */
import { sleep } from '../sources/sleep.js';
import { queueDue } from './schedule.js';
import type { JobEnv, WorkOptions } from './types.js';

export const messageOf = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/**
 * Every tick: queue what is due (when this process schedules) or at least ask the database something, and
 * tell `onConnection` once when it stops answering and once when it answers again. Resolves when aborted.
 */
export async function tickLoop(env: JobEnv, options: WorkOptions, signal: AbortSignal): Promise<void> {
  let lost = false;
  const schedule = { digestSlot: '' };
  while (!signal.aborted) {
    try {
      if (options.schedule) await queueDue(env, schedule);
      else await env.store.sources.get(0);
      if (lost) options.onConnection?.('back', 'reconnected');
      lost = false;
    } catch (err) {
      if (!lost) options.onConnection?.('lost', messageOf(err));
      lost = true;
    }
    await sleep(env.config.jobs.tickSeconds * 1000, signal);
  }
}

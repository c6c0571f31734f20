/** What both runners share: the schedule and connection ticker, and telling an error's words. */
import { queueDue } from './schedule.js';
import type { JobEnv, WorkOptions } from './types.js';

export const messageOf = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** Resolves after `ms`, or as soon as the signal aborts. */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });
}

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

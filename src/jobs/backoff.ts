import type { StoredSource } from '../store/types.js';

/** Longest back-off: doubling stops at 2^6 times the base, so a dead source is still tried (e.g. hourly → every 64 h at most). */
const MAX_DOUBLINGS = 6;

/** When a failed job's next attempt runs: the base delay doubled for each attempt made before this one. */
export function retryAt(now: Date, attemptsMade: number, baseSeconds: number): Date {
  const doublings = Math.min(Math.max(attemptsMade - 1, 0), MAX_DOUBLINGS);
  return new Date(now.getTime() + baseSeconds * 1000 * 2 ** doublings);
}

/**
 * When a source is next due: its interval after the last poll, doubled for each failure in a row, so a broken
 * site is asked less and less often (and at once again after it answers).
 */
export function nextPollAt(source: Pick<StoredSource, 'lastFetchedAt' | 'everySeconds' | 'failures'>): Date {
  if (!source.lastFetchedAt) return new Date(0);
  const doublings = Math.min(source.failures, MAX_DOUBLINGS);
  return new Date(Date.parse(source.lastFetchedAt) + source.everySeconds * 1000 * 2 ** doublings);
}

/** True when the source should be polled at `now`. */
export function isDue(source: Pick<StoredSource, 'lastFetchedAt' | 'everySeconds' | 'failures'>, now: Date): boolean {
  return nextPollAt(source).getTime() <= now.getTime();
}

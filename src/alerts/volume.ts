/**
 * The volume alert: a watchlist whose matches on one day exceed `factor` times its mean over the trailing days,
 * and at least `minimum`, says so. Only a watchlist as old as the whole trailing window is judged: a new one
 * has no mean to exceed.
 */

/** Days in the trailing window. */
export const TRAILING_DAYS = 7;

/** The day's count and the trailing mean when the day is a spike, else null. */
export function volumeSpike(count: number, trailing: number[], factor: number, minimum: number): { count: number; mean: number } | null {
  const mean = trailing.reduce((a, b) => a + b, 0) / TRAILING_DAYS;
  if (count < minimum || count <= factor * mean) return null;
  return { count, mean: Math.round(mean * 100) / 100 };
}

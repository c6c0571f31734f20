/**
 * Days and digest periods in China time (UTC+8 all year, no daylight saving): the day an alert counts on, and
 * the last complete day or week a digest covers once its sending hour has come.
 */
import type { DigestEvery } from '../store/alert-types.js';

const CHINA_OFFSET_MS = 8 * 3600_000;
const DAY_MS = 86_400_000;

/** The China-time day (YYYY-MM-DD) of an instant. */
export function chinaDay(at: Date): string {
  return new Date(at.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

/** The day `n` days after `day` (negative: before). */
export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
}

/** A digest's period: its first and last day, and the key it is sent under once. */
export interface DigestPeriod {
  from: string;
  to: string;
  key: string;
}

/**
 * The last period whose digest is due at `now`: a daily digest covers yesterday and is due from `hour` o'clock
 * today (China time); a weekly one covers Monday to Sunday and is due from `hour` o'clock on Monday.
 */
export function duePeriod(every: DigestEvery, now: Date, hour: number): DigestPeriod {
  // Shift the clock back by the sending hour: before it, "today" is still the day before.
  const today = chinaDay(new Date(now.getTime() - hour * 3600_000));
  if (every === 'daily') {
    const day = addDays(today, -1);
    return { from: day, to: day, key: day };
  }
  const weekday = (new Date(`${today}T00:00:00Z`).getUTCDay() + 6) % 7; // Monday 0
  const from = addDays(today, -weekday - 7);
  const to = addDays(from, 6);
  return { from, to, key: `${from}/${to}` };
}

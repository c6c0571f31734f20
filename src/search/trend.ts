import type { DateCount } from './types.js';

/** Trend bucket size. */
export type TrendPeriod = 'week' | 'month';

/** One bucket of a trend: its label (ISO week `2021-W42`, month `2021-10`), first day, and count. */
export interface TrendPoint {
  bucket: string;
  start: string;
  count: number;
}

const DAY_MS = 86_400_000;

/**
 * Sums per-date counts into ISO-week or month buckets, every bucket from the first to the last present
 * (widened to `from`/`to` when given), with zeros where nothing matched: a gap in the chart is a real zero.
 */
export function bucketCounts(counts: DateCount[], by: TrendPeriod, range: { from?: string; to?: string } = {}): TrendPoint[] {
  const dates = counts.map((c) => c.date).sort();
  const first = range.from ?? dates[0];
  const last = range.to ?? dates[dates.length - 1];
  if (!first || !last || first > last) return [];
  const points: TrendPoint[] = [];
  const index = new Map<string, TrendPoint>();
  for (let start = bucketStart(first, by); start <= last; start = nextBucket(start, by)) {
    const point = { bucket: bucketLabel(start, by), start, count: 0 };
    points.push(point);
    index.set(point.bucket, point);
  }
  for (const c of counts) {
    const point = index.get(bucketLabel(bucketStart(c.date, by), by));
    if (point) point.count += c.count;
  }
  return points;
}

/** The first day (Monday, or the 1st) of the bucket holding an ISO date. */
export function bucketStart(date: string, by: TrendPeriod): string {
  if (by === 'month') return `${date.slice(0, 7)}-01`;
  const d = toUtc(date);
  const weekday = (d.getUTCDay() + 6) % 7;
  return isoDate(new Date(d.getTime() - weekday * DAY_MS));
}

/** `2021-W42` for a Monday, `2021-10` for a month start: ISO 8601 week-numbering year and week. */
export function bucketLabel(start: string, by: TrendPeriod): string {
  if (by === 'month') return start.slice(0, 7);
  const thursday = new Date(toUtc(start).getTime() + 3 * DAY_MS);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / DAY_MS / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

function nextBucket(start: string, by: TrendPeriod): string {
  const d = toUtc(start);
  if (by === 'week') return isoDate(new Date(d.getTime() + 7 * DAY_MS));
  return isoDate(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1)));
}

/** Adds days to an ISO date (negative to go back). */
export function addDays(date: string, days: number): string {
  return isoDate(new Date(toUtc(date).getTime() + days * DAY_MS));
}

/** Whole days from `a` to `b`. */
export function daysBetween(a: string, b: string): number {
  return Math.round((toUtc(b).getTime() - toUtc(a).getTime()) / DAY_MS);
}

function toUtc(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

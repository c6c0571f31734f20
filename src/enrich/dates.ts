/**
 * Date expressions resolved to ISO against the article's reference date (issue or published date):
 * 2021年10月18日, 10月18日, 18日, 2019年上半年, 近日/日前 (an approximate window), 当日 (the last day named).
 */
import type { DateMention } from './types.js';

const DAY_MS = 86_400_000;
/** Days back that 近日/日前/近期 reach from the reference date. */
const VAGUE_WINDOWS: Record<string, number> = { 近日: 14, 日前: 14, 近期: 30, 前几天: 7, 这几天: 7 };
const QUARTER = { 一: 1, 二: 2, 三: 3, 四: 4, '1': 1, '2': 2, '3': 3, '4': 4 } as Record<string, number>;

const PATTERN = new RegExp(
  [
    /(?<ymd>(?<y1>(?:19|20)\d{2}) ?年 ?(?<m1>\d{1,2}) ?月 ?(?<d1>\d{1,2}) ?[日号])/.source,
    /(?<dotted>(?<y2>(?:19|20)\d{2})[.\-/](?<m2>\d{1,2})[.\-/](?<d2>\d{1,2})(?![\d.]))/.source,
    /(?<ym>(?<y3>(?:19|20)\d{2}) ?年 ?(?<m3>\d{1,2}) ?月(?:份|底|末|初)?)/.source,
    /(?<rel>(?<ry>今年|去年|明年)?(?<m4>\d{1,2}) ?月 ?(?<d4>\d{1,2}) ?[日号])/.source,
    /(?<relm>(?<ry5>今年|去年|明年)(?<m5>\d{1,2}) ?月(?:份|底|末|初)?)/.source,
    /(?<months>(?<ry9>今年|去年|明年)?(?<m9a>\d{1,2}) ?[-—~至] ?(?<m9b>\d{1,2}) ?月(?:份)?)/.source,
    /(?<yq>(?<y6>(?:19|20)\d{2}) ?年 ?(?:第(?<q6>[一二三四1-4])季度|(?<h6>上半年|下半年)|前三季度))/.source,
    /(?<year>(?<y7>(?:19|20)\d{2}) ?年(?!\d|以来| ?\d{1,2} ?月|代))/.source,
    /(?<day>(?<![\d.年月])(?<d8>\d{1,2}) ?日(?!内|以内|之内|起算))/.source,
    /(?<vague>近日|日前|近期|前几天|这几天)/.source,
    /(?<same>当日|当天|同日)/.source,
  ].join('|'),
  'g',
);

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in month m (1–12) of year y, by the proleptic Gregorian calendar Date uses. */
function daysIn(y: number, m: number): number {
  return m === 2 && y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : MONTH_DAYS[m - 1];
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : `${n}`);

/** True for a year Date prints with four digits and does not read as 19xx (0–99): the date can be written directly. */
const plainYear = (y: number) => Number.isInteger(y) && y >= 1000 && y <= 9999;

function iso(y: number, m: number, d: number): string | null {
  // Written directly for the usual years and whole numbers (Date objects cost more than the rest of a match).
  if (plainYear(y) && Number.isInteger(m) && Number.isInteger(d)) {
    return m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m) ? `${y}-${pad2(m)}-${pad2(d)}` : null;
  }
  const t = Date.UTC(y, m - 1, d);
  const dt = new Date(t);
  if (dt.getUTCFullYear() !== y || dt.getUTCMonth() !== m - 1 || dt.getUTCDate() !== d) return null;
  return dt.toISOString().slice(0, 10);
}

function lastDay(y: number, m: number): string {
  if (plainYear(y) && Number.isInteger(m) && m >= 1 && m <= 12) return `${y}-${pad2(m)}-${daysIn(y, m)}`;
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

function shift(isoDate: string, days: number): string {
  return new Date(Date.parse(isoDate) + days * DAY_MS).toISOString().slice(0, 10);
}

/** The year a month-and-day without a year most likely means: the reference year, or the one before when that date is well after the reference. */
function yearFor(ref: Date, m: number, d: number, word?: string): number {
  const y = ref.getUTCFullYear();
  if (word === '去年') return y - 1;
  if (word === '明年') return y + 1;
  if (word === '今年') return y;
  return Date.UTC(y, m - 1, d) - ref.getTime() > 60 * DAY_MS ? y - 1 : y;
}

function day(text: string, offset: number, date: string | null): DateMention {
  return { text, offset, date, from: date, to: date, granularity: 'day', approximate: false };
}

function span(text: string, offset: number, from: string | null, to: string | null, granularity: DateMention['granularity']): DateMention {
  return { text, offset, date: null, from, to, granularity, approximate: false };
}

/**
 * Finds date expressions; `reference` (YYYY-MM-DD) resolves those without a year. Expressions that need a
 * reference when none is given are kept with null dates and reported in `warnings`.
 */
export function extractDates(text: string, reference: string | null, warnings: string[]): DateMention[] {
  const valid = reference !== null && /^\d{4}-\d{2}-\d{2}$/.test(reference) && !Number.isNaN(Date.parse(reference));
  if (reference !== null && !valid) warnings.push(`${reference}: not a YYYY-MM-DD date; relative dates left unresolved`);
  const ref = valid ? new Date(`${reference}T00:00:00Z`) : null;
  const out: DateMention[] = [];
  let lastDate: string | null = null;
  let unresolved = 0;
  // exec on the one regex rather than matchAll, which copies it (a large one) for every article; every
  // alternative consumes text, so no match is empty.
  PATTERN.lastIndex = 0;
  for (let m = PATTERN.exec(text); m; m = PATTERN.exec(text)) {
    const g = m.groups!;
    const t = m[0];
    const at = m.index;
    let mention: DateMention;
    if (g.ymd || g.dotted) {
      mention = day(t, at, iso(+(g.y1 ?? g.y2), +(g.m1 ?? g.m2), +(g.d1 ?? g.d2)));
    } else if (g.ym || g.relm) {
      const mo = +(g.m3 ?? g.m5);
      const y = g.y3 ? +g.y3 : ref ? yearFor(ref, mo, 1, g.ry5) : null;
      mention = y && mo >= 1 && mo <= 12 ? span(t, at, iso(y, mo, 1), lastDay(y, mo), 'month') : span(t, at, null, null, 'month');
    } else if (g.months) {
      const [a, b] = [+g.m9a, +g.m9b];
      const y = ref ? yearFor(ref, b, 1, g.ry9) : null;
      mention = y && a >= 1 && b <= 12 && a < b ? span(t, at, iso(y, a, 1), lastDay(y, b), 'window') : span(t, at, null, null, 'window');
    } else if (g.rel) {
      const mo = +g.m4;
      const d = +g.d4;
      mention = day(t, at, ref ? iso(yearFor(ref, mo, d, g.ry), mo, d) : null);
    } else if (g.yq) {
      const y = +g.y6;
      if (g.q6) {
        const q = QUARTER[g.q6];
        mention = span(t, at, iso(y, q * 3 - 2, 1), lastDay(y, q * 3), 'quarter');
      } else if (g.h6) {
        mention = g.h6 === '上半年' ? span(t, at, iso(y, 1, 1), iso(y, 6, 30), 'half') : span(t, at, iso(y, 7, 1), iso(y, 12, 31), 'half');
      } else {
        mention = span(t, at, iso(y, 1, 1), iso(y, 9, 30), 'quarter');
      }
    } else if (g.year) {
      const y = +g.y7;
      mention = span(t, at, iso(y, 1, 1), iso(y, 12, 31), 'year');
    } else if (g.day) {
      const d = +g.d8;
      let date: string | null = null;
      const base = lastDate ? new Date(`${lastDate}T00:00:00Z`) : ref;
      if (base) {
        const y = base.getUTCFullYear();
        const mo = base.getUTCMonth() + 1;
        date = d > base.getUTCDate() + 3 && !lastDate ? iso(mo === 1 ? y - 1 : y, mo === 1 ? 12 : mo - 1, d) : iso(y, mo, d);
      }
      mention = day(t, at, date);
    } else if (g.vague) {
      mention = ref
        ? { text: t, offset: at, date: null, from: shift(reference!, -VAGUE_WINDOWS[t]), to: reference, granularity: 'window', approximate: true }
        : { text: t, offset: at, date: null, from: null, to: null, granularity: 'window', approximate: true };
    } else {
      mention = day(t, at, lastDate ?? (ref ? reference : null));
    }
    if (mention.date) lastDate = mention.date;
    if (!mention.from) unresolved++;
    out.push(mention);
  }
  if (unresolved) warnings.push(`${unresolved} date expression(s) could not be resolved: no reference date`);
  return out;
}

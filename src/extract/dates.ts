/** Date strings as pages print them (ISO, `2021-10-19 08:30`, `2021年10月19日`, RFC 822) → ISO 8601. */

const pad = (n: number | string): string => String(n).padStart(2, '0');

function valid(y: number, mo: number, d: number, h = 0, mi = 0): boolean {
  return y >= 1990 && y <= 2100 && mo >= 1 && mo <= 12 && d >= 1 && d <= 31 && h < 24 && mi < 60;
}

const CN_DIGIT: Record<string, number> = { 〇: 0, '○': 0, 零: 0, O: 0, Ｏ: 0, '0': 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
/** `十一`, `二十一`, `三十`, `五` → 11, 21, 30, 5; NaN when not such a number. */
function cnSmall(s: string): number {
  const m = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(s);
  if (!m || !s) return Number.NaN;
  if (!m[2]) return m[3] || !m[1] ? Number.NaN : CN_DIGIT[m[1]];
  return (m[1] ? CN_DIGIT[m[1]] : 1) * 10 + (m[3] ? CN_DIGIT[m[3]] : 0);
}
/** A date written in Chinese numerals (`二〇二四年十月二十二日`, `二○二四年三月五日`, `二零二四年…`), as official documents print it. */
const CN_NUMERAL_DATE = /([〇○零OＯ0一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,3})\s*月\s*([一二三四五六七八九十]{1,3})\s*日/g;

/** Full-width digits (`２０２１`), and the full-width dash, slash, dot and colon between two of them, as some editors type dates. */
const WIDE_DIGITS = /[０-９]+(?:\s*[－／．：]\s*[０-９]+)*/g;
const narrow = (s: string): string => s.replace(/[０-９－／．：]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

/**
 * A date in the 民國 calendar, as Taiwan's offices print it (`中華民國115年12月6日`, `115年12月6日`, `115-11-27`,
 * `115/11/03`, `115.12.08`): a two-digit year only after 民國, a bare one of three digits from 100 (2011) to 150, and
 * neither glued to other digits or separators, so a Gregorian year's last digits, an IP address or a code are never read.
 */
const ROC_DATE = /(?:(?:中華|中华)?民[國国]\s*(\d{2,3})|(?<![\d./:-])(1[0-4]\d|150))(?:\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日|([-/.])(\d{1,2})\5(\d{1,2})(?![\d./-]))/g;
const rocDates = (s: string): string =>
  s.replace(ROC_DATE, (all, y1: string | undefined, y2: string | undefined, m1: string | undefined, d1: string | undefined, _sep: string, m2: string | undefined, d2: string | undefined) => {
    const [y, m, d] = [Number(y1 ?? y2) + 1911, Number(m1 ?? m2), Number(d1 ?? d2)];
    return valid(y, m, d) ? `${y}年${m}月${d}日` : all;
  });

/**
 * The text with dates in Chinese numerals, full-width digits or the 民國 calendar rewritten in ASCII digits of the
 * common era (`2024年10月22日`); other text unchanged.
 */
export function arabicDates(text: string): string {
  const wide = /[０-９]/.test(text) ? text.replace(WIDE_DIGITS, narrow) : text;
  const s = /民[國国]|(?<!\d)1[0-5]\d\s*[年/.-]/.test(wide) ? rocDates(wide) : wide;
  if (!/[〇○零]|[一二三四五六七八九]{2}/.test(s)) return s;
  return s.replace(CN_NUMERAL_DATE, (all, y: string, mo: string, d: string) => {
    const year = [...y].map((c) => CN_DIGIT[c]).join('');
    const [m, day] = [cnSmall(mo), cnSmall(d)];
    return /^\d{4}$/.test(year) && m >= 1 && m <= 12 && day >= 1 && day <= 31 ? `${year}年${m}月${day}日` : all;
  });
}

/**
 * A day with a two-digit year (`15-06-03`, `14-08-24 07:30`), as old CMS packages print 更新时间: three hyphened pairs
 * glued to no other digit, dot, slash or clock, so a yearless time (`08-24 07:30`), a phone number or a code is never read.
 */
const TWO_DIGIT_YEAR = /(?<![\d./-]|\d[:：])(\d{2})-(\d{2})-(\d{2})(?![\d./-])/g;

/** The text with days of two-digit years written with four (`15-06-03` → `2015-06-03`; from 90, the 1990s); other text unchanged. */
export function fullYears(text: string): string {
  if (!/\d{2}-\d{2}-\d{2}/.test(text)) return text;
  return text.replace(TWO_DIGIT_YEAR, (all, yy: string, mo: string, d: string) => {
    const y = Number(yy) + (Number(yy) >= 90 ? 1900 : 2000);
    return valid(y, Number(mo), Number(d)) ? `${y}-${mo}-${d}` : all;
  });
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_NAME = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?';
const WEEKDAY_NAME = '(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tues|Tue|Wed|Thurs|Thu|Fri|Sat|Sun)\\.?,?\\s+)?';
const CLOCK_12 = '(?:\\s+(\\d{1,2}):(\\d{2})\\s*([AaPp])\\.?[Mm]\\.?(?![A-Za-z]))?';
/** An English date (`Dec 6, 2026`, `Tuesday, March 5, 2024`, `6 Dec 2026`), perhaps with a 12-hour time after it. */
const EN_MONTH_FIRST = new RegExp(`\\b${WEEKDAY_NAME}${MONTH_NAME}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d{2})\\b${CLOCK_12}`, 'gi');
const EN_DAY_FIRST = new RegExp(`\\b${WEEKDAY_NAME}(\\d{1,2})\\s+${MONTH_NAME},?\\s+((?:19|20)\\d{2})\\b${CLOCK_12}`, 'gi');

/** `9:05 pm` on the 24-hour clock (` 21:05`), or nothing when no time was printed. */
function clock24(h?: string, mi?: string, half?: string): string {
  if (h === undefined || mi === undefined || !half) return '';
  const hour = Number(h) % 12 + (/p/i.test(half) ? 12 : 0);
  return ` ${pad(hour)}:${mi}`;
}

/**
 * The text with English dates rewritten as Chinese ones (`Dec 6, 2026` → `2026年12月6日`), as bilingual sites and
 * English-style templates print the article's day: read like any other printed date. Other text unchanged.
 */
export function englishDates(text: string): string {
  if (!/[A-Za-z]{3}/.test(text)) return text;
  const month = (m: string): number => MONTHS.indexOf(m.slice(0, 3).toLowerCase()) + 1;
  return text
    .replace(EN_MONTH_FIRST, (_all, m: string, d: string, y: string, h?: string, mi?: string, half?: string) => `${y}年${month(m)}月${Number(d)}日${clock24(h, mi, half)}`)
    .replace(EN_DAY_FIRST, (_all, d: string, m: string, y: string, h?: string, mi?: string, half?: string) => `${y}年${month(m)}月${Number(d)}日${clock24(h, mi, half)}`);
}

/**
 * Normalises a date string to ISO 8601. Dates with a time zone keep their offset; local times keep
 * no offset rather than inventing one; bare dates stay `YYYY-MM-DD`. Returns null when no date is found.
 */
export function toIsoDate(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const s = arabicDates(raw.trim());
  const iso = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})$/i.exec(s);
  if (iso && !isTimeRange(s[10], iso[4], iso[5], iso[7])) {
    const [, y, mo, d, h, mi, sec, zone] = iso;
    if (!valid(Number(y), Number(mo), Number(d), Number(h), Number(mi))) return null;
    const tz = zone.toUpperCase() === 'Z' ? 'Z' : zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone;
    return `${y}-${mo}-${d}T${h}:${mi}:${sec ?? '00'}${tz === '+00:00' ? 'Z' : tz}`;
  }
  const local = /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:\s*T?\s*(\d{1,2})\s*[:：时]\s*(\d{1,2})(?:\s*[:：分]\s*(\d{1,2}))?)?/.exec(s);
  if (local) {
    const [y, mo, d] = [Number(local[1]), Number(local[2]), Number(local[3])];
    const h = local[4] !== undefined ? Number(local[4]) : undefined;
    const mi = local[5] !== undefined ? Number(local[5]) : 0;
    if (!valid(y, mo, d, h ?? 0, mi)) return null;
    const day = `${y}-${pad(mo)}-${pad(d)}`;
    return h === undefined ? day : `${day}T${pad(h)}:${pad(mi)}:${pad(local[6] ?? 0)}`;
  }
  if (/[a-z]{3}/i.test(s)) {
    const d = new Date(s);
    if (!Number.isNaN(d.getTime()) && d.getUTCFullYear() >= 1990) return d.toISOString().replace('.000Z', 'Z');
  }
  return null;
}

/**
 * Whether a time's `-hh:mm` "offset" is the end of a range (`09:00-17:00`, office hours or an event's times): no
 * zone lies more than 14 hours from UTC, and after a space (not ISO's `T`) a later clock time after a dash reads as
 * the range's end.
 */
function isTimeRange(separator: string, hour: string, minute: string, zone: string): boolean {
  if (zone[0] !== '-') return false;
  const [zh, zm] = [Number(zone.slice(1, 3)), Number(zone.slice(-2))];
  return zh > 14 || (separator === ' ' && zh * 60 + zm > Number(hour) * 60 + Number(minute));
}

/** The day a URL's path states (`/2021/1207/`, `/2021-08/04/`, `/202109/t20210907_`, `/20210930/`), ISO, or null. */
export function urlDate(url: string | null | undefined): string | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const m =
    /(?:^|\/)((?:19|20)\d{2})[/-]?(0[1-9]|1[0-2])[/-]?([0-2]\d|3[01])(?=[/_.-]|$)/.exec(path) ??
    /(?:^|\/)((?:19|20)\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?=[/_.-]|$)/.exec(path) ??
    /[/_]t((?:19|20)\d{2})(0[1-9]|1[0-2])([0-2]\d|3[01])_/.exec(path);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return valid(y, mo, d) ? `${y}-${pad(mo)}-${pad(d)}` : null;
}

/** `MM-DD HH:MM` or `5月10日` (a date printed without its year, as portals do for recent news), completed with `year`. */
export function yearlessDate(raw: string, year: number): string | null {
  const m = /(?:^|[^\d])(\d{1,2})\s*[-/月]\s*(\d{1,2})(?:\s*日)?(?:\s+(\d{1,2})[:：](\d{2})(?::(\d{2}))?)?/.exec(raw);
  if (!m || (m[3] === undefined && !raw.includes('月'))) return null;
  const [mo, d, h, mi] = [Number(m[1]), Number(m[2]), Number(m[3] ?? 0), Number(m[4] ?? 0)];
  if (!valid(year, mo, d, h, mi)) return null;
  const day = `${year}-${pad(mo)}-${pad(d)}`;
  return m[3] === undefined ? day : `${day}T${pad(h)}:${pad(mi)}:${pad(m[5] ?? 0)}`;
}

/** A day of the month alone, and a year and month alone (`2022-05`, `2022.05`, `2022年05月`): a calendar box's two halves. */
const DAY_ALONE = /^(0?[1-9]|[12]\d|3[01])$/;
const YEAR_MONTH = /^((?:19|20)\d{2})\s*[-./年]\s*(0?[1-9]|1[0-2])\s*月?$/;

/**
 * The day a calendar box prints, the day in large type beside or over its year and month (`10` | `2022.05`, `2022-05` |
 * `10`), given as its two halves in page order, ISO; null when they are not such halves.
 */
export function calendarDay(a: string, b: string): string | null {
  const [day, ym] = DAY_ALONE.test(a) ? [a, YEAR_MONTH.exec(b)] : [b, YEAR_MONTH.exec(a)];
  if (!ym || !DAY_ALONE.test(day)) return null;
  const [y, mo, d] = [Number(ym[1]), Number(ym[2]), Number(day)];
  return valid(y, mo, d) ? `${y}-${pad(mo)}-${pad(d)}` : null;
}

/** A Unix time in seconds as China Standard Time (the zone of the pages that print it by script), ISO. */
export function unixToCst(seconds: number): string | null {
  if (!Number.isFinite(seconds) || seconds < 631152000 || seconds > 4102444800) return null;
  return new Date((seconds + 8 * 3600) * 1000).toISOString().slice(0, 19) + '+08:00';
}

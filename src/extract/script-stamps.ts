/**
 * The year of a time printed without one (`11-18 19:45`) when neither the markup nor the URL gives it: state scripts
 * (`__NEXT_DATA__`, `__INITIAL_STATE__`, `__NUXT__`) carry the article's full time under keys of every make, beside
 * related articles' times; the year is that of the stamp agreeing with the printed time to the minute.
 */
import { allElements, textOf, type Document } from './dom.js';
import { unixToCst } from './dates.js';

/** Epoch seconds or milliseconds (2001–2033), not part of a longer number. */
const EPOCH = /(?<![\d.])1\d{9}(?:\d{3})?(?![\d.])/g;
/** `2024-11-18 19:45`, `2024/11/18T19:45`. */
const STAMP = /(?<!\d)((?:19|20)\d{2})[-/](\d{2})[-/](\d{2})[ T](\d{2}):(\d{2})/g;
/** Scripts longer than this are libraries, not a page's state. */
const MAX_SCRIPT = 200_000;
/** Stamps read at most: a state lists the article and a few dozen others. */
const MAX_STAMPS = 200;

/** The full times (`YYYY-MM-DDTHH:MM`, China Standard Time) in a parsed page's inline scripts. */
export function scriptStamps(doc: Document): string[] {
  const out: string[] = [];
  for (const el of allElements(doc)) {
    if (el.name !== 'script' || el.attribs.src) continue;
    const text = textOf(el);
    if (text.length > MAX_SCRIPT) continue;
    for (const m of text.matchAll(EPOCH)) {
      const iso = unixToCst(Number(m[0].slice(0, 10)));
      if (iso) out.push(iso.slice(0, 16));
    }
    for (const m of text.matchAll(STAMP)) out.push(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}`);
    if (out.length >= MAX_STAMPS) break;
  }
  return out.slice(0, MAX_STAMPS);
}

/** The year with which `read` (the page's lines read with a year) gives a time some stamp states to the minute. */
export function yearOfStamps(stamps: string[], read: (year: number) => string | null): number | null {
  const known = new Set(stamps);
  for (const year of new Set(stamps.map((s) => Number(s.slice(0, 4))))) {
    const got = read(year);
    if (got && known.has(got.slice(0, 16))) return year;
  }
  return null;
}

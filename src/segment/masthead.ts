import type { Line } from '../types.js';
import type { Para } from '../clean/index.js';
import { isPageNumber } from '../clean/furniture.js';
import { findDate } from '../clean/dates.js';
import { NON_EDITORIAL } from '../ingest/pdf-blocks.js';

/**
 * A publication's name is a name: two characters or more, not ending in punctuation or a closing bracket (the
 * tail of a wrapped index entry, `版）`), not an ad's or an index strip's label (导读).
 */
const isName = (t: string) => t.length >= 2 && t.length <= 24 && !/[）)\]】。，、；：！？,.;:!?]$/u.test(t) && !NON_EDITORIAL.test(t) &&
  !isPageNumber(t) && !/^(?:https?:|www\.)/i.test(t);

/**
 * Publication name and issue date from the running header: the name is the header line without digits (or the
 * words before a dated header's date) that recurs most, the first read on a tie (the page's head); the date is
 * the one the header repeats. Without a header, a short dateline at the very top.
 */
export function masthead(furniture: Line[], paras: Para[]): { publication: string | null; issueDate: string | null } {
  const names = new Map<string, number>();
  const dates = new Map<string, number>();
  for (const l of furniture) {
    const t = l.text.trim();
    const date = findDate(t);
    if (date) dates.set(date, (dates.get(date) ?? 0) + 1);
    const name = /\d/.test(t) ? /^([\p{Script=Han}]{2,12})\s+(?:19|20)\d{2}/u.exec(t)?.[1] : t;
    if (name && isName(name)) {
      names.set(name, (names.get(name) ?? 0) + 1);
    }
  }
  if (!dates.size) {
    for (const p of paras.slice(0, 3)) {
      const date = p.text.length <= 40 ? findDate(p.text) : null;
      if (date) { dates.set(date, 1); break; }
    }
  }
  const top = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  return { publication: top(names), issueDate: top(dates) };
}

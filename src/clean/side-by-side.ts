import type { Row } from './rows.js';
import type { WrapModel } from './unwrap.js';
import { displayWidth, hasClauseMark } from './text-shape.js';

/**
 * Headlines set side by side, each over its own story's columns, print in a plain dump as one row wider than
 * the text column, holding each headline's first line joined by single spaces, then each headline's second line
 * as a short row of its own, in the same order. Such a row is cut back into its headlines, each with its second
 * line, marked `beside` (a paragraph of its own, and a headline though no byline stands under it). The headlines
 * share the band, so their first lines fill columns of about one width: the cut is the one making the pieces most
 * alike, and none is made when they are not alike (a long headline with a space over a short second line).
 */
export function splitSideBySide(rows: Row[], model: WrapModel): Row[] {
  const out: Row[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    const seconds = secondLines(rows, i);
    const pieces = seconds.length >= 2 && row.width > model.fullWidth ? cutEvenly(row.text, seconds.length) : null;
    if (!pieces) {
      out.push(row);
      continue;
    }
    pieces.forEach((p, k) => {
      const text = p + seconds[k].text;
      out.push({ ...row, text, width: displayWidth(text), beside: true });
    });
    i += seconds.length;
  }
  return out;
}

/** Most headlines side by side in one band, and most spaces a joined row is tried at (the cuts stay few). */
const MAX_BESIDE = 4;
const MAX_SPACES = 8;
/** The shortest of the pieces is at least this share of the longest: columns of about one width. */
const ALIKE = 0.6;

/** A headline's shape: text, not a PDF line, with no clause punctuation. */
const headlineLike = (row: Row) => !row.layout && !hasClauseMark(row.text);

/** The short unpunctuated rows right under the row at `i` (no blank line between): the headlines' second lines. */
function secondLines(rows: Row[], i: number): Row[] {
  const row = rows[i];
  if (!headlineLike(row) || !/\S \S/u.test(row.text)) return [];
  const seconds: Row[] = [];
  for (let k = i + 1; k < rows.length && seconds.length < MAX_BESIDE; k++) {
    const r = rows[k];
    if (r.afterBlank || r.afterBreak || !headlineLike(r) || r.text.includes(' ') || r.width * 2 > row.width) break;
    seconds.push(r);
  }
  return seconds;
}

/** `text` cut at single spaces into `n` pieces of the most alike widths, or null when none are alike enough. */
function cutEvenly(text: string, n: number): string[] | null {
  const spaces = [...text.matchAll(/ /g)].map((m) => m.index);
  if (spaces.length < n - 1 || spaces.length > MAX_SPACES) return null;
  let best: string[] | null = null;
  let bestSpread = Infinity;
  for (const cut of choose(spaces, n - 1)) {
    const pieces = [-1, ...cut].map((at, k) => text.slice(at + 1, k < cut.length ? cut[k] : text.length));
    const widths = pieces.map(displayWidth);
    const spread = Math.max(...widths) - Math.min(...widths);
    if (Math.min(...widths) >= ALIKE * Math.max(...widths) && spread < bestSpread) [best, bestSpread] = [pieces, spread];
  }
  return best;
}

/** Every way of picking `k` of `items`, in order. */
function choose(items: number[], k: number): number[][] {
  if (!k) return [[]];
  return items.flatMap((x, i) => choose(items.slice(i + 1), k - 1).map((rest) => [x, ...rest]));
}

import type { Line } from '../types.js';
import { isLayoutDump, layoutReadingOrder } from './layout-dump.js';

/**
 * Splits decoded text into physical lines. A text dump made from a PDF marks the top of each page
 * with a line that starts with exactly one space, or with the form feed pdftotext puts between pages; that is
 * recorded as `pageTop`, the text is kept as is.
 * A dump that keeps the page's layout (columns side by side) is put back in reading order first, each line
 * keeping the number of the line it came from.
 */
export function textToLines(text: string): Line[] {
  const raw = text.split(/\r\n|\r|\n/);
  if (raw.length > 1 && raw[raw.length - 1] === '') raw.pop();
  const read = isLayoutDump(raw) ? layoutReadingOrder(raw) : raw.map((t, i) => ({ text: t, from: i }));
  return read.map(({ text: t, from }) => ({
    text: t,
    lineNo: from + 1,
    page: null,
    pageTop: /^(?: (?! )|\f)/.test(t) && t.trim() !== '',
  }));
}

import type { Line } from '../types.js';

/**
 * Splits decoded text into physical lines. A text dump made from a PDF marks the top of each page
 * with a line that starts with exactly one space; that is recorded as `pageTop`, the text is kept as is.
 */
export function textToLines(text: string): Line[] {
  const raw = text.split(/\r\n|\r|\n/);
  if (raw.length > 1 && raw[raw.length - 1] === '') raw.pop();
  return raw.map((t, i) => ({
    text: t,
    lineNo: i + 1,
    page: null,
    pageTop: /^ (?! )/.test(t) && t.trim() !== '',
  }));
}

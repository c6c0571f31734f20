/**
 * Character classes and display width: the measures every cleaning and segmentation step shares.
 * Width follows East Asian typesetting: CJK ideographs, full-width forms and CJK-style punctuation count 2, ASCII 1.
 */

const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u2018\u2019\u201c\u201d\u2014\u2026\u00b7\u3000]/u;

/** Display width of a string: wide (CJK) characters count 2, everything else 1. */
export function displayWidth(s: string): number {
  let n = 0;
  for (const ch of s) n += WIDE.test(ch) ? 2 : 1;
  return n;
}

/** True for a Han ideograph or CJK/full-width punctuation: text that joins across a wrap with no space. */
export function isCjk(ch: string): boolean {
  return WIDE.test(ch);
}

/** True for an ASCII letter or digit: a Latin "word" character. */
export function isLatinWord(ch: string): boolean {
  return /[A-Za-z0-9]/.test(ch);
}

/** Marks that close a sentence (optionally followed by closing quotes/brackets). */
export const SENTENCE_END = /[。！？!?…；;]["”’」』）)]*$|[。！？!?][”’」』）)]?$|\.["”’)]?$/;

/** Marks after which text clearly continues: a line ending in one of these is never a heading. */
export const CONTINUING_END = /[，,、：:；;（(“‘《—\-]$/;

/** Removes all whitespace: the form used to compare text regardless of wrapping. */
export function squash(s: string): string {
  return s.replace(/\s+/gu, '');
}

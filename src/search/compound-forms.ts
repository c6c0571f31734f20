import type { AliasIndex } from './aliases.js';
import type { Segmenter } from './segment.js';

/** Longest entry of the forms table looked for inside a term, in characters (新型基础设施建设 has 8). */
const MAX_PART_CHARS = 12;
/** Most other forms of one term made from its parts' forms: a term of several abbreviations multiplies them. */
const MAX_COMPOUND_FORMS = 8;

/**
 * The other forms of a term whose parts have other forms, the rest kept as typed (国企改革 → 国有企业改革, 央企数字化 →
 * 中央企业数字化): parts are the longest entries of the forms table from left to right, of two characters or more,
 * that start and end where the segmenter's words do (so 国企 is not read inside a word that merely holds those
 * characters), with no single character left between or around them. None for a term that has forms itself (its
 * forms are the whole's), or that no part of has any.
 */
export function compoundForms(text: string, seg: Segmenter, forms: AliasIndex): string[] {
  const chars = [...text];
  const tokens = seg.queryWords(text).flat();
  // Word boundaries as character offsets; only when the words spell the term (not for punctuation or Latin case).
  let end = 0;
  const bounds = tokens.join('') === text ? new Set([0, ...tokens.map((t) => (end += [...t].length))]) : null;
  const at = (i: number) => !bounds || bounds.has(i);
  const pieces: string[][] = [];
  let rest = '';
  let matched = false;
  for (let i = 0; i < chars.length; ) {
    let found: string[] | null = null;
    let n = Math.min(MAX_PART_CHARS, chars.length - i);
    for (; n >= 2; n--) {
      const part = chars.slice(i, i + n).join('');
      const names = forms.namesOf(part);
      if (n < chars.length && at(i) && at(i + n) && names.length > 1) {
        found = [part, ...names.filter((m) => m !== part)];
        break;
      }
    }
    if (!found) {
      rest += chars[i++];
      continue;
    }
    if ([...rest].length === 1) return [];
    if (rest) pieces.push([rest]);
    rest = '';
    pieces.push(found);
    matched = true;
    i += n;
  }
  if (!matched || [...rest].length === 1) return [];
  if (rest) pieces.push([rest]);
  let out = [''];
  for (const p of pieces) out = out.flatMap((head) => p.map((form) => head + form)).slice(0, MAX_COMPOUND_FORMS + 1);
  return out.filter((f) => f !== text).slice(0, MAX_COMPOUND_FORMS);
}

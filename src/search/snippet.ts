import { escapeRegExp } from '../enrich/entity-lexicon.js';
import { unsegment } from './segment.js';

/** The marks the index puts around matched tokens: control characters no stored text contains. */
export const MARK_OPEN = '\u0001';
export const MARK_CLOSE = '\u0002';

/**
 * A snippet or highlight from the segmented index as a reader sees it: separators removed, adjacent marked
 * tokens merged into one mark, marks as 【】 for a terminal or `<mark>` (text HTML-escaped) for JSON/web.
 */
export function renderMarked(segmented: string, style: 'terminal' | 'html'): string {
  const text = unsegment(segmented)
    .replace(/\s+/g, ' ')
    .replace(new RegExp(`${MARK_CLOSE}( ?)${MARK_OPEN}`, 'g'), '$1')
    .trim();
  if (style === 'terminal') return text.replaceAll(MARK_OPEN, '【').replaceAll(MARK_CLOSE, '】');
  return escapeHtml(text).replaceAll(MARK_OPEN, '<mark>').replaceAll(MARK_CLOSE, '</mark>');
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Characters of body shown on each side of the first match by markedPassage. */
const PASSAGE_CONTEXT = 30;

/** Patterns made, by needle list: a query's list is the same array for every hit of its page. */
const patterns = new WeakMap<string[], RegExp | null>();

/** A pattern matching any of the needles, longest first, ignoring case; null without needles. */
function needlePattern(needles: string[]): RegExp | null {
  let pattern = patterns.get(needles);
  if (pattern === undefined) {
    const words = [...new Set(needles.filter(Boolean))].sort((a, b) => b.length - a.length);
    pattern = words.length ? new RegExp(words.map(escapeRegExp).join('|'), 'giu') : null;
    patterns.set(needles, pattern);
  }
  return pattern;
}

/**
 * The text with every occurrence of the needles (the query's terms and their aliases) marked, or null when none
 * occurs: for what the word index cannot mark, such as a term found by its characters inside another word.
 */
export function markNeedles(text: string, needles: string[]): string | null {
  const pattern = needlePattern(needles);
  if (!pattern) return null;
  let found = false;
  const marked = text.replace(pattern, (m) => ((found = true), `${MARK_OPEN}${m}${MARK_CLOSE}`));
  return found ? marked : null;
}

/** A passage of the body around the first occurrence of a needle, marked, with … where it is cut; null when none occurs. */
export function markedPassage(body: string, needles: string[]): string | null {
  const flat = body.replace(/\s+/g, ' ').trim();
  const pattern = needlePattern(needles);
  const at = pattern ? flat.search(pattern) : -1;
  if (at < 0) return null;
  const start = Math.max(0, at - PASSAGE_CONTEXT);
  const end = Math.min(flat.length, at + PASSAGE_CONTEXT * 2);
  const passage = markNeedles(flat.slice(start, end), needles);
  return passage && `${start > 0 ? '…' : ''}${passage}${end < flat.length ? '…' : ''}`;
}

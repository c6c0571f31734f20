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

import type { Line } from '../types.js';

/**
 * Page structure of a text dump made from a PDF. A page starts at a line that begins with exactly one space
 * (`Line.pageTop`) or at a line holding nothing but spaces; the latter carries no text, so it is a pure marker.
 */

/** True for a line that holds only spaces: a page-break marker with no text. */
export function isBareMarker(line: Line): boolean {
  return line.text !== '' && line.text.trim() === '';
}

/** True when the line starts a new page (a PDF page's first line, or a text dump's page-top marker). */
export function startsPage(line: Line): boolean {
  return line.pageTop || isBareMarker(line);
}

/**
 * Page number of every line, in order. Lines that say their page (PDF) keep it; otherwise pages are counted
 * from the markers, the document starting on page 1 whether or not its first line carries a marker.
 */
export function pageNumbers(lines: Line[]): number[] {
  const pages: number[] = [];
  let page = 1;
  let seenText = false;
  for (const line of lines) {
    if (startsPage(line) && seenText) page++;
    if (line.text.trim() !== '' || isBareMarker(line)) seenText = true;
    pages.push(line.page ?? page);
  }
  return pages;
}

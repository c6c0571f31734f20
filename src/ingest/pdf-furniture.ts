/**
 * Page furniture: running headers, footers and page numbers, recognised by recurrence, not by wording.
 *
 * A fragment is furniture when it sits in the top or bottom margin band of its page and its shape —
 * the text with whitespace removed and every number replaced by `#`, so `Page 8` and `Page 9` agree —
 * recurs in that band on at least half the pages (and on two or more), or on three or more pages at
 * the same height (a running head naming the current section changes every few pages). A one-page document has
 * nothing to compare with, so there only a bare page number (`4`, `- 4 -`, `Page 4`, `第4页`) counts.
 */

/** Share of the page height, from the top and from the bottom, where running headers and footers live. */
const BAND = 0.12;

const PAGE_NUMBER = /^(?:page|p\.|第)?[-—–\s]*\d{1,4}[-—–\s]*(?:页|\/\s*\d+)?$/i;

/** The shape two running-header instances share. */
const furnitureShape = (text: string) => text.replace(/\s+/g, '').replace(/\d+/g, '#');

/** A page as furniture detection sees it: its height and the baseline and text of each fragment. */
export interface FurniturePage {
  height: number;
  frags: { y: number; text: string }[];
}

/** Flags, per page and fragment, whether the fragment is page furniture. */
export function furnitureFlags(pages: FurniturePage[]): boolean[][] {
  const inBand = (p: FurniturePage, y: number) => y < BAND * p.height || y > (1 - BAND) * p.height;
  const at = (f: { y: number; text: string }) => `${furnitureShape(f.text)}@${Math.round(f.y / 2)}`;
  const pagesWith = new Map<string, number>();
  for (const p of pages) {
    const band = p.frags.filter((f) => inBand(p, f.y));
    for (const key of new Set([...band.map((f) => furnitureShape(f.text)), ...band.map(at)])) pagesWith.set(key, (pagesWith.get(key) ?? 0) + 1);
  }
  const needed = Math.max(2, Math.ceil(pages.length / 2));
  return pages.map((p) =>
    p.frags.map((f) => {
      if (!inBand(p, f.y) || !furnitureShape(f.text)) return false;
      if (pages.length === 1) return PAGE_NUMBER.test(f.text.trim());
      return (pagesWith.get(furnitureShape(f.text)) ?? 0) >= needed || (pagesWith.get(at(f)) ?? 0) >= 3;
    }),
  );
}

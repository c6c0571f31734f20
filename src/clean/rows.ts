import type { Line, LineLayout } from '../types.js';
import { displayWidth } from './text-shape.js';
import { isBareMarker, pageNumbers } from './page-marks.js';

/** A physical line that carries text, after page markers and furniture are taken out. */
export interface Row {
  /** Text with the page-top marker space and surrounding whitespace removed. */
  text: string;
  lineNo: number;
  page: number | null;
  pageTop: boolean;
  /** The source line ended in a space after its text: in many dumps the mark of a paragraph end. */
  trailingSpace: boolean;
  /** The source line starts with an ideographic space or two or more spaces: a paragraph indent. */
  indented: boolean;
  /** Display width of `text` (CJK counts 2). */
  width: number;
  /** Furniture or a page break lies between the previous row and this one. */
  afterBreak: boolean;
  /** A blank line lies between the previous row and this one: a dump's paragraph or block gap. */
  afterBlank: boolean;
  /** A headline cut from a row of headlines set side by side (side-by-side.ts): a paragraph and a headline of its own. */
  beside?: boolean;
  /** A block of its own among the text after a sentence ended (unwrap.ts): a headline set among the columns. */
  alone?: boolean;
  layout?: LineLayout;
}

/** What was taken out of the flow: recognised furniture lines, for coverage and warnings. */
export interface Removed {
  furniture: Line[];
}

/** Turns lines into rows: drops blank lines, bare page markers and the given furniture, numbers the pages. */
export function toRows(lines: Line[], furniture: Set<Line>): { rows: Row[]; removed: Removed } {
  const pages = pageNumbers(lines);
  const rows: Row[] = [];
  const removed: Removed = { furniture: [] };
  let broken = false;
  let blank = false;
  lines.forEach((line, i) => {
    if (furniture.has(line)) {
      removed.furniture.push(line);
      broken = true;
      return;
    }
    if (isBareMarker(line)) { broken = true; return; }
    const text = line.text.trim();
    if (!text) { blank = true; return; }
    rows.push({
      text,
      lineNo: line.lineNo,
      page: pages[i],
      pageTop: line.pageTop,
      trailingSpace: text.length < line.text.length && /[ \t\u3000]/.test(line.text[line.text.length - 1]),
      indented: /^(?:\u3000|[ \t]{2,})/.test(line.text),
      width: displayWidth(text),
      afterBreak: broken || line.pageTop,
      afterBlank: blank,
      layout: line.layout,
    });
    broken = false;
    blank = false;
  });
  return { rows, removed };
}

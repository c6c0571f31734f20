/**
 * PDF → `Line`s, shaped like a text dump so the same cleaner and segmenter read both.
 *
 * - One `Line` per visual line, in reading order (columns read left to right, each top to bottom),
 *   with `layout` facts: dominant font size and weight, left x and baseline y (top-down), width, page size.
 * - An empty `Line` (text '') marks a paragraph break, as a blank line does in a dump: emitted where
 *   the font size or weight changes, where the gap to the previous line is clearly wider than the
 *   document's line spacing for that size, where the line starts with a first-line indent, or where
 *   the line before ends a sentence well short of the column's right edge. A paragraph that runs on
 *   across a column or page gets no break.
 * - Running headers, footers and page numbers are kept, flagged `furniture: true`, at the top and
 *   bottom of their page; they never get paragraph breaks around them.
 * - `pageTop` marks the first body (non-furniture) line of each page, like the page-top marker of a
 *   dump, so a sentence cut by a page break can be recognised either way.
 */
import type { Line } from '../types.js';
import { storyOrder } from './pdf-blocks.js';
import { furnitureFlags } from './pdf-furniture.js';
import { dropDoubles, fragments, joinRuns, linesOf, median, readingOrder, type Fragment, type VisualLine } from './pdf-layout.js';
import { readPdf, type PdfPage } from './pdf-read.js';

/** A page laid out: furniture above and below, body in reading order, flush edges of each column. */
interface PageLayout {
  page: PdfPage;
  head: VisualLine[];
  body: VisualLine[];
  foot: VisualLine[];
  /** Per column: the x most of its lines start at, and the x most of them end at. */
  columnLeft: Map<number, number>;
  columnRight: Map<number, number>;
}

const sizeKey = (size: number) => Math.round(size * 2) / 2;

/** Per column, the most common value of `edge` over its lines (ties go to the outermost): a flush edge, whatever the indents. */
function flushEdge(lines: VisualLine[], edge: (l: VisualLine) => number, outward: 1 | -1): Map<number, number> {
  const votes = new Map<number, Map<number, number>>();
  for (const l of lines) {
    const col = votes.get(l.column) ?? new Map<number, number>();
    col.set(Math.round(edge(l)), (col.get(Math.round(edge(l))) ?? 0) + 1);
    votes.set(l.column, col);
  }
  return new Map([...votes].map(([c, v]) => [c, [...v].sort((a, b) => b[1] - a[1] || outward * (b[0] - a[0]))[0][0]]));
}

/** Finds the furniture across all pages, then lays out each page's body in reading order. */
function layoutPages(pages: PdfPage[]): PageLayout[] {
  const frags = pages.map((p) => fragments(dropDoubles(p.items)));
  const flags = furnitureFlags(pages.map((p, i) => ({ height: p.height, frags: frags[i].map((f) => ({ y: f.y, text: joinRuns(f.items) })) })));
  return pages.map((page, i) => {
    const furniture: Fragment[] = frags[i].filter((_, k) => flags[i][k]);
    const body = readingOrder(frags[i].filter((_, k) => !flags[i][k]));
    const furnitureLines = linesOf(furniture, 0);
    return {
      page,
      head: furnitureLines.filter((l) => l.y < page.height / 2),
      body,
      foot: furnitureLines.filter((l) => l.y >= page.height / 2),
      columnLeft: flushEdge(body, (l) => l.x, -1),
      columnRight: flushEdge(body, (l) => l.x + l.width, 1),
    };
  });
}

/** Usual baseline-to-baseline distance per font size, from consecutive lines of one column. */
function lineSpacing(layouts: PageLayout[]): Map<number, number> {
  const deltas = new Map<number, number[]>();
  for (const { body } of layouts) {
    for (let i = 1; i < body.length; i++) {
      const [a, b] = [body[i - 1], body[i]];
      const d = b.y - a.y;
      if (a.column !== b.column || sizeKey(a.fontSize) !== sizeKey(b.fontSize) || d <= 0 || d > 3 * b.fontSize) continue;
      const list = deltas.get(sizeKey(b.fontSize)) ?? [];
      list.push(d);
      deltas.set(sizeKey(b.fontSize), list);
    }
  }
  return new Map([...deltas].map(([k, ds]) => [k, median(ds)]));
}

const SENTENCE_END = /[。！？!?；;：:”"’」』）)…]$/;

/**
 * Whether a paragraph break belongs between body lines `a` (on `aLayout`) and `b` (on `layout`): a
 * change of size or weight, a first-line indent, a sentence ending well short of its column's right
 * edge, or (within one column) a gap wider than the usual line spacing.
 */
function paragraphBreak(a: VisualLine, aLayout: PageLayout, b: VisualLine, layout: PageLayout, spacing: Map<number, number>): boolean {
  if (Math.abs(a.fontSize - b.fontSize) > 0.5 || a.bold !== b.bold) return true;
  const indent = b.x - (layout.columnLeft.get(b.column) ?? b.x);
  if (indent >= 1.5 * b.fontSize && indent <= 4.5 * b.fontSize && Math.abs(b.x - a.x) > 0.5 * b.fontSize) return true;
  const short = a.x + a.width < (aLayout.columnRight.get(a.column) ?? Infinity) - 2 * a.fontSize;
  if (short && SENTENCE_END.test(a.text)) return true;
  if (aLayout !== layout || a.column !== b.column || b.y <= a.y) return false;
  const usual = spacing.get(sizeKey(b.fontSize)) ?? 1.2 * b.fontSize;
  return b.y - a.y > usual + 0.3 * b.fontSize;
}

/** Counts characters the PDF gives no Unicode for (replacement and private-use code points). */
const undecodable = (text: string) => (text.match(/[\ufffd\ue000-\uf8ff]/g) ?? []).length;

/**
 * Lays out a PDF's text as lines in reading order, with font size and position (see the module doc).
 * Throws `<path>: <problem>` for input that is not a PDF, is encrypted, damaged, or has no text at all.
 */
export async function pdfToLines(bytes: Uint8Array, path: string): Promise<{ lines: Line[]; warnings: string[] }> {
  const pages = await readPdf(bytes, path);
  if (!pages.some((p) => p.items.length || p.rotated)) throw new Error(`${path}: 没有文字层（扫描图像？），不支持文字识别 (no text layer (scanned image?) — OCR is not supported)`);
  const layouts = layoutPages(pages);
  const spacing = lineSpacing(layouts);
  const lines: Line[] = [];
  const warnings: string[] = [];
  let prev: { line: VisualLine; layout: PageLayout } | null = null;
  const push = (text: string, page: number, pageTop: boolean, v?: VisualLine, furniture?: boolean) => {
    const { width: pageWidth, height: pageHeight } = layouts[page - 1].page;
    const r = (n: number) => Math.round(n * 10) / 10;
    lines.push({
      text,
      lineNo: lines.length + 1,
      page,
      pageTop,
      ...(furniture ? { furniture } : {}),
      ...(v ? { layout: { fontSize: v.fontSize, bold: v.bold, x: r(v.x), y: r(v.y), width: r(v.width), pageWidth: r(pageWidth), pageHeight: r(pageHeight) } } : {}),
    });
  };
  const body = storyOrder(layouts.flatMap((l, i) => l.body.map((line) => ({ line, page: i + 1, host: i + 1 }))));
  layouts.forEach((layout, i) => {
    const page = i + 1;
    if (!layout.page.items.length && !layout.page.rotated) warnings.push(`page ${page}: no text layer (scanned image?) — its content is missing`);
    if (layout.page.rotated) warnings.push(`page ${page}: ${layout.page.rotated} text runs printed at an angle (watermark?) left out`);
    const lost = [...layout.head, ...layout.body, ...layout.foot].reduce((n, l) => n + undecodable(l.text), 0);
    if (lost) warnings.push(`page ${page}: ${lost} characters have no Unicode mapping (kept as printed)`);
    for (const v of layout.head) push(v.text, page, false, v, true);
    // A continued story's part from a later page reads on the page that sends the reader to it.
    body.filter((b) => b.host === page).forEach(({ line: v, page: printed, furniture }, k) => {
      if (furniture) return push(v.text, page, k === 0, v, true);
      const own = layouts[printed - 1];
      if (prev && paragraphBreak(prev.line, prev.layout, v, own, spacing)) push('', page, false);
      push(v.text, page, k === 0, v);
      prev = { line: v, layout: own };
    });
    for (const v of layout.foot) push(v.text, page, false, v, true);
  });
  return { lines, warnings };
}

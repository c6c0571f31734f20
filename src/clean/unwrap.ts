import type { Row } from './rows.js';
import {
  DASH_LINE, endsContinuing, endsFullStop, endsSentence, hasClauseMark, isCjk, isLatinWord, itemLeadIn, leavesBracketOpen,
  resumesClause,
} from './text-shape.js';

/** A paragraph: rows a hard wrap had split, joined back. */
export interface Para {
  text: string;
  rows: Row[];
  lineStart: number;
  lineEnd: number;
  page: number | null;
  /** The text as printed, when a cleaning step (doubled glyphs) changed more than wrapping. */
  printed?: string;
}

/** What a document teaches about its own line layout. */
export interface WrapModel {
  /** Typical display width of a full (wrapped) line. */
  fullWidth: number;
  /** A row at least this wide was cut by the wrap, not by a paragraph end. */
  fullThreshold: number;
  /** The dump marks paragraph ends with a trailing space (learned: short rows have it, full rows mostly not). */
  spaceMarksEnd: boolean;
  /** The text indents the first line of each paragraph (learned: enough rows start with an indent). */
  indentMarksStart: boolean;
  /** Median font size of PDF lines (the body text size), or null for text dumps. */
  bodyFontSize: number | null;
  /**
   * Blank lines part blocks of rows (a column's block, a heading over its text), as a plain dump of columns prints
   * them; false where most rows follow a blank line (a dump that spaces every row).
   */
  blankPartsBlocks: boolean;
}

/** Learns the full-line width and the paragraph-end convention from the rows themselves. */
export function learnWrap(rows: Row[]): WrapModel {
  const widths = rows.filter((r) => !r.layout).map((r) => r.width).sort((a, b) => a - b);
  const fullWidth = widths.length ? widths[Math.floor(widths.length * 0.75)] : 80;
  const fullThreshold = Math.max(8, Math.floor(fullWidth * 0.9));
  const short = rows.filter((r) => r.width < fullWidth * 0.6 && !isLatinWord(r.text.slice(-1)));
  const full = rows.filter((r) => r.width >= fullThreshold);
  const share = (list: Row[]) => (list.length ? list.filter((r) => r.trailingSpace).length / list.length : 0);
  const spaceMarksEnd = short.length >= 3 && full.length >= 3 && share(short) >= 0.8 && share(full) <= 0.3;
  const sizes = rows.flatMap((r) => (r.layout ? [r.layout.fontSize] : [])).sort((a, b) => a - b);
  const bodyFontSize = sizes.length ? sizes[Math.floor(sizes.length / 2)] : null;
  const indented = rows.filter((r) => r.indented).length;
  const indentMarksStart = indented >= 3 && indented >= rows.length * 0.05;
  const blankPartsBlocks = rows.filter((r) => r.afterBlank).length * 2 < rows.length;
  return { fullWidth, fullThreshold, spaceMarksEnd, indentMarksStart, bodyFontSize, blankPartsBlocks };
}

/** Recognises lines that stand alone whatever the wrap says (captions, credits). */
export type StandaloneTest = (text: string) => boolean;

/**
 * True when `row` closes its paragraph, judged by the learned convention (or by layout, for PDF lines).
 * Where the dump does not mark paragraph ends, a full line ending a sentence still closes its paragraph when a
 * heading-like short line or a standalone line (a caption, a credit) follows. `opens` says `row` is its paragraph's first.
 */
export function endsParagraph(row: Row, next: Row | undefined, model: WrapModel, standalone?: StandaloneTest, opens = false): boolean {
  if (!next) return true;
  // A credit or caption is a line of its own, however wide the lines around it.
  if (standalone?.(next.text) || standalone?.(row.text)) return true;
  if (row.beside || next.beside) return true;
  if (row.layout && next.layout) return layoutBreak(row, next, model.bodyFontSize ?? row.layout.fontSize);
  if (!next.afterBlank && !next.afterBreak && leavesBracketOpen(row.text)) return false;
  if (model.indentMarksStart && next.indented) return true;
  const wide = Math.max(row.width, next.width) > model.fullWidth * 1.15;
  // A plain dump's column wraps at its own width; one wider than the page's usual is text when punctuation shows it.
  const inColumn = !wide || hasClauseMark(row.text) || hasClauseMark(next.text);
  if (!model.spaceMarksEnd && !model.indentMarksStart && inColumn && wrapsInBlock(row, next, opens)) return false;
  // After a blank line, a short unpunctuated row (a heading) or a row of another width (another column) does not
  // go on with a sentence left open at a column's foot: that one resumes later (open-sentences.ts).
  if (!model.spaceMarksEnd && model.blankPartsBlocks && next.afterBlank && (next.width < model.fullThreshold && !hasClauseMark(next.text) ||
    Math.abs(setWidth(next) - setWidth(row)) > SAME_COLUMN && !endsSentence(next.text))) return true;
  // A line wider than the text column (a headline across columns, a masthead) is not part of the column's flow.
  if (!model.spaceMarksEnd && wide) return true;
  if (!model.spaceMarksEnd && endsSentence(row.text)) {
    // A sentence ends at the wrap and a short unpunctuated line follows: that line is a heading, not a tail.
    const headingNext = next.width < model.fullThreshold && !endsFullStop(next.text) && !endsContinuing(next.text);
    if (headingNext) return true;
  }
  const last = row.text.slice(-1);
  if (model.spaceMarksEnd) {
    if (!row.trailingSpace) return false;
    return !isLatinWord(last) || row.width < model.fullThreshold;
  }
  return row.width < model.fullThreshold;
}

/** Display units of a first-line indent a plain dump dropped (two ideographs), and of a line's ragged end. */
const DROPPED_INDENT = 4;
export const RAGGED_END = 2;
/** Full rows of one column differ by no more than a Latin character's half (justified ideographs fill it exactly). */
export const SAME_COLUMN = 1;

/**
 * A plain dump of a page with columns of several widths: inside a block (blank lines part them), a row as wide as
 * the row under it was cut by the column's wrap, however narrow the column against the page's widest; a
 * paragraph's first row may be short by the indent the dump dropped (and a lead-in's stretched space: `shortByIndent`). A row ending a sentence is left to the
 * rules after, as is a row too short to be a column's line.
 */
function wrapsInBlock(row: Row, next: Row, opens: boolean): boolean {
  if (next.afterBlank || next.afterBreak || endsSentence(row.text) || row.width < 8) return false;
  return opens ? shortByIndent(row, next) || setWidth(row) >= setWidth(next) - DROPPED_INDENT : setWidth(row) >= setWidth(next) - RAGGED_END;
}

/**
 * A row's width as set: a space between two ideographs (a 简讯 item's bold lead-in and its text) is squeezed
 * by the column's justification, though the dump prints it a position wide.
 */
export function setWidth(row: Row): number {
  return row.width - (row.text.match(/(?<=\p{Script=Han}) (?=\p{Script=Han})/gu)?.length ?? 0);
}

/** Display units the space after a short lead-in may stand for in a justified row: up to two ideographs. */
const STRETCHED_SPACE = 4;
/** A lead-in run into a paragraph's first row, then a space: `本报讯 `, a place, a short bold item title. */
const LEAD_IN_SPACE = /^\S{1,6} (?=\p{Script=Han})/u;

/** A row opening with one character and a mark no row may begin with: the character went down with the mark. */
const KEPT_WITH_MARK = /^\p{Script=Han}[，。、；：！？）》」』”]/u;

/**
 * A paragraph's first row over the row under it, short by the indent the dump dropped: exactly, by one ideograph
 * more when the row under it opens with a character and a mark no row may begin with (`据，…`: the character was
 * carried down with its mark), or by up to two ideographs more when a lead-in's space (`本报讯 记者…`) stands in
 * it, which justification may have stretched.
 */
function shortByIndent(row: Row, next: Row): boolean {
  const short = setWidth(next) - setWidth(row) - DROPPED_INDENT;
  return short === 0 || (short === RAGGED_END && KEPT_WITH_MARK.test(next.text)) ||
    (short > 0 && short <= STRETCHED_SPACE && LEAD_IN_SPACE.test(row.text));
}

/**
 * PDF lines: a paragraph ends where the font changes, the line stops short of the column edge, or a gap opens;
 * consecutive lines of one headline size (larger than body text) are one headline however short they are.
 */
function layoutBreak(row: Row, next: Row, bodySize: number): boolean {
  const a = row.layout!;
  const b = next.layout!;
  if (Math.abs(a.fontSize - b.fontSize) > a.fontSize * 0.1 || a.bold !== b.bold) return true;
  if (next.page !== row.page) return a.x + a.width < a.pageWidth * 0.8;
  // The next line higher up opens the next column: the reader put a break there if a paragraph starts.
  if (b.y < a.y) return false;
  if (b.y - a.y > a.fontSize * 2.2) return true;
  if (a.fontSize >= bodySize * 1.3) return false;
  // A line reaching as far right as the next one in its column (flush with it, or over a paragraph's short last
  // line) did not stop short, however narrow the column (a sidebar of 简讯).
  if (b.x + b.width < a.x + a.width + a.fontSize * 0.5 && Math.abs(a.x - b.x) < a.fontSize * 3) return false;
  return a.x + a.width < Math.max(b.x + b.width, a.x + a.fontSize * 10) - a.fontSize * 1.5;
}

/**
 * What goes between two wrapped pieces, from the first's last character `x` and the second's first `y`: CJK meets
 * CJK with nothing between; Latin words keep (or regain) one space.
 */
function wrapJoint(x: string, y: string, hadSpace: boolean): '' | ' ' {
  if (isCjk(x) && isCjk(y)) return '';
  if (x === '-' || x === '/') return '';
  if (hadSpace || (isLatinWord(x) && isLatinWord(y) && /[A-Za-z]/.test(x + y))) return ' ';
  return '';
}

/** A 简讯 item's first row: its lead-in run into its text after a space. */
const ITEM_FIRST_ROW = itemLeadIn(4);

/** Display units a line must stop short of the full width to be read as a headline rather than a wrapped line. */
const HEADLINE_SHORTFALL = 3;

/**
 * Where the dump does not mark paragraph ends, a headline nearly as long as the column would run into the text
 * under it. It shows by shape: it starts where a paragraph may start (after a sentence end or a short line),
 * holds no clause punctuation, does not end like text, and stops short of the full width, which wrapped lines
 * of CJK text fill.
 */
function standsAsHeadline(row: Row, prev: Row | undefined, next: Row | undefined, model: WrapModel): boolean {
  if (model.spaceMarksEnd || row.layout || row.width < model.fullThreshold) return false;
  if (row.width > model.fullWidth - HEADLINE_SHORTFALL) return false;
  if (prev && !endsSentence(prev.text) && prev.width >= model.fullThreshold) return false;
  if (next && !next.afterBlank && resumesClause(next.text)) return false;
  // A paragraph's first row, short by exactly the indent the dump dropped, over a full row of punctuated text.
  if (next && !next.afterBlank && shortByIndent(row, next) && next.width >= model.fullThreshold &&
    hasClauseMark(next.text)) return false;
  // A 简讯 item's first row, its lead-in run into its text after a space, over a row of its column's width.
  if (next && !next.afterBlank && ITEM_FIRST_ROW.test(row.text) && Math.abs(setWidth(row) - setWidth(next)) <= DROPPED_INDENT) return false;
  return !hasClauseMark(row.text) && !endsContinuing(row.text);
}

/**
 * A short unpunctuated row opening a block over a paragraph's first row (short by the dropped indent against the
 * row under it) is a label or heading of its own (图片新闻 over its text), though no wider than that first row.
 */
function labelsParagraph(row: Row, next: Row | undefined, after: Row | undefined, model: WrapModel): boolean {
  if (model.spaceMarksEnd || model.indentMarksStart || row.layout || !next || !after || next.afterBlank || after.afterBlank) return false;
  if (!(row.afterBlank || row.afterBreak) || hasClauseMark(row.text) || !hasClauseMark(next.text)) return false;
  return setWidth(row) <= setWidth(next) && setWidth(next) <= setWidth(after) - DROPPED_INDENT;
}

/** Rows a headline is set on at most, over its 副题 or byline. */
const HEADLINE_ROWS = 3;

/**
 * True when a block opens at `k` with a headline: after a blank line, up to three unpunctuated rows right over a
 * 副题 or a credit (a reporter's byline). Such a row may fill its column as a text row does (a one-column
 * story's headline), so after a sentence ended at a full row it would be read as that paragraph's next row.
 */
function opensHeadline(rows: Row[], k: number, standalone?: StandaloneTest): boolean {
  if (!rows[k]?.afterBlank || rows[k].layout || !standalone) return false;
  for (let j = k; j < k + HEADLINE_ROWS && j < rows.length && (j === k || !rows[j].afterBlank); j++) {
    if (hasClauseMark(rows[j].text)) return false;
    const under = rows[j + 1];
    if (under && !under.afterBlank && (DASH_LINE.test(under.text) || standalone(under.text))) return true;
  }
  return false;
}

/**
 * True when the row at `k` is a block of its own (blank lines above and under it) holding no punctuation, after a
 * sentence ended: a headline set among columns (headlines side by side print between the stories' text), not the
 * next row of the paragraph above, however full it is.
 */
function loneHeadingRow(rows: Row[], k: number, model: WrapModel): boolean {
  const [row, prev, next] = [rows[k], rows[k - 1], rows[k + 1]];
  if (!row || !prev || model.spaceMarksEnd || !model.blankPartsBlocks || row.layout || !row.afterBlank) return false;
  if (next && !next.afterBlank && !next.afterBreak) return false;
  return endsSentence(prev.text) && !hasClauseMark(row.text) && !endsContinuing(row.text) && !leavesBracketOpen(row.text);
}

/** Groups rows into paragraphs with the learned model. */
export function unwrap(rows: Row[], model: WrapModel, standalone?: StandaloneTest): Para[] {
  const paras: Para[] = [];
  let cur: Row[] = [];
  // Decided once a row (each is asked about as the row after the one before, then as itself), and kept on the row
  // for the segmenter, which looks for such headlines among the text.
  const lone = rows.map((_, k) => loneHeadingRow(rows, k, model));
  rows.forEach((row, i) => {
    cur.push(row);
    if (lone[i]) row.alone = true;
    const headline = cur.length === 1 && !leavesBracketOpen(row.text) && (standsAsHeadline(row, rows[i - 1], rows[i + 1], model) ||
      labelsParagraph(row, rows[i + 1], rows[i + 2], model) || lone[i]);
    if (headline || endsParagraph(row, rows[i + 1], model, standalone, cur.length === 1) ||
      (endsSentence(row.text) && (opensHeadline(rows, i + 1, standalone) || lone[i + 1]))) {
      paras.push(makePara(cur));
      cur = [];
    }
  });
  return paras;
}

/**
 * Builds a paragraph from its rows. The pieces are collected and joined once, each joint judged from the last
 * piece's last character: reading the end of a growing string flattens it, which made a paragraph of many rows
 * (a table dumped as one block) quadratic.
 */
export function makePara(rows: Row[]): Para {
  const pieces: string[] = [];
  let last = '';
  rows.forEach((r, i) => {
    if (!r.text) return;
    if (last) pieces.push(wrapJoint(last, r.text[0], rows[i - 1].trailingSpace));
    pieces.push(r.text);
    last = r.text.slice(-1);
  });
  return { text: pieces.join(''), rows, lineStart: rows[0].lineNo, lineEnd: rows[rows.length - 1].lineNo, page: rows[0].page };
}

/**
 * A text dump that keeps the page's layout (`pdftotext -layout` and tools like it) prints the columns of a page
 * side by side on each line, separated by runs of spaces. Read as it is, every line mixes stories. This reads the
 * column gutters from the spaces and puts each page's text back in reading order, the way the PDF reader does with
 * positions (pdf-layout.ts): runs of text on consecutive lines starting at the same place are a column's piece (a
 * block); open space across the page between blocks cuts it into strips read top to bottom, and inside a strip
 * clean gutters between blocks are read left to right (a sidebar after what it stands by).
 */
import { findDate } from '../clean/dates.js';
import { BOX_LABELS, DASH_LINE, hasClauseMark, resumesClause, squash } from '../clean/text-shape.js';
import { isReporterLine } from '../clean/credit-patterns.js';

/** The box labels (相关链接, 人物简介…), each a headline of its own where it stands alone on its line. */
const LABELS = new Set(BOX_LABELS);

/** A run of text on one line, between runs of two or more spaces; x in characters from the line start. */
interface Segment { row: number; x0: number; x1: number; text: string }

/**
 * Pages wider or longer than this, or with more runs side by side on a line, are not newspaper pages: left as
 * they are (and the reading stays linear, the work bounded per page).
 */
const MAX_WIDTH = 400;
const MAX_ROWS = 600;
const MAX_RUNS = 16;

/** A line prints columns side by side: text, two or more spaces, text; or text set well in from the margin. */
const SIDE_BY_SIDE = /\S {2,}\S|^ {6,}\S/;

/** True when enough lines of the dump print text side by side for it to be a layout dump. */
export function isLayoutDump(lines: string[]): boolean {
  let text = 0;
  let side = 0;
  for (const l of lines) {
    if (!l.trim()) continue;
    text++;
    if (l.length <= MAX_WIDTH && SIDE_BY_SIDE.test(l)) side++;
  }
  return text >= 10 && side >= text * 0.25;
}

/**
 * The dump's lines in reading order, each with the index of the line it came from. A page starts after a form
 * feed; the form feed stays at the start of the page's first line.
 */
export function layoutReadingOrder(lines: string[]): { text: string; from: number }[] {
  const out: { text: string; from: number }[] = [];
  let start = 0;
  for (let i = 0; i <= lines.length; i++) {
    if (i < lines.length && (i === start || !lines[i].startsWith('\f'))) continue;
    // One by one: spreading a page left as it is (100k+ lines with no form feed) overflows the call stack.
    for (const line of readPage(lines, start, i)) out.push(line);
    start = i;
  }
  return out;
}

function readPage(lines: string[], from: number, to: number): { text: string; from: number }[] {
  const page = lines.slice(from, to);
  const feed = page[0]?.startsWith('\f') ? '\f' : '';
  if (feed) page[0] = page[0].slice(1);
  const asIs = () => page.map((text, k) => ({ text: (k ? '' : feed) + text, from: from + k }));
  if (page.length > MAX_ROWS || page.some((l) => l.length > MAX_WIDTH)) return asIs();
  const rows = page.map((l, row) => [...l.matchAll(/\S+(?: \S+)*/g)].map((m) => ({ row, x0: m.index, x1: m.index + m[0].length, text: m[0] })));
  if (rows.some((r) => r.length > MAX_RUNS)) return asIs();
  const segments = rows.flatMap((r, k) => r.flatMap((s) => splitAcrossColumns(s, rows[k + 1] ?? [])));
  const heads = headlines(segments);
  const out: { text: string; from: number }[] = [];
  const full = fullLines(segments);
  let open = false;
  for (const block of readingOrder(toBlocks(segments, heads, full))) {
    const left = Math.min(...block.map((s) => s.x0));
    // A block's wrapped lines are joined into paragraphs, a paragraph a line (each column's width is its own, so
    // no wrap width learned over the page would do): a line set in from the block's left edge starts one, a line
    // after one set full to its column's edge goes on with it, from the column before too when the sentence does
    // (see `continues`). A block's first line that neither starts nor continues a paragraph (a headline) takes
    // no line after it.
    const goesOn = continues(block, full);
    block.forEach((s, k) => {
      const indent = s.x0 > left;
      const before = out[out.length - 1]?.text ?? '';
      // A sentence left open goes on in the column's next line, full or not: text (punctuated) after text, or a
      // line resuming a clause in its first characters.
      const sentenceOpen = !SENTENCE_END.test(before);
      const resumes = k > 0 && sentenceOpen && (resumesClause(s.text) || (hasClauseMark(before) && (hasClauseMark(s.text) || full.has(s))));
      const joins = !indent && !OPENS_MARK.test(s.text) && !headingAfter(before, s, full) &&
        (resumes || (open && (k > 0 || (goesOn && !SENTENCE_END.test(before)))));
      if (joins) out[out.length - 1].text += s.text;
      else out.push({ text: (indent ? '  ' : '') + s.text, from: from + s.row });
      open = full.has(s) && (k > 0 || indent || joins);
    });
  }
  // Rows with no text (blank lines) are dropped; a page's first line keeps the form feed.
  if (out.length) out[0].text = feed + out[0].text;
  else if (feed) out.push({ text: feed, from });
  return out;
}

/** Characters a headline's piece holds at least: a byline's ▶ or a name alone is not a headline's column. */
const MIN_PIECE = 3;

/**
 * Headlines set large side by side print on one line joined by single spaces, each character counted one
 * position, so the run reaches over the columns beside it. Where the line under it starts text inside the run
 * (a headline's second line, in its own column) and the run has no clause punctuation (a headline's shape), the
 * run is cut at the single space nearest each such start, and each piece starts where its column's text under
 * it does, so it chains with that column. A run printing a date is a masthead or a dateline, never cut.
 */
function splitAcrossColumns(s: Segment, under: Segment[]): Segment[] {
  if (!s.text.includes(' ') || hasClauseMark(s.text) || findDate(s.text)) return [s];
  const spaces = [...s.text.matchAll(/ /g)].map((m) => s.x0 + m.index);
  const cuts: { space: number; x0: number }[] = [];
  for (const x of under.map((u) => u.x0)) {
    const space = spaces.find((p) => Math.abs(p - x) <= SAME_START);
    const last = cuts.length ? cuts[cuts.length - 1].space : s.x0 - 1;
    if (space !== undefined && space - last > MIN_PIECE && s.x1 - space > MIN_PIECE) cuts.push({ space, x0: x });
  }
  if (!cuts.length) return [s];
  const pieces: Segment[] = [];
  let from = s.x0;
  let x0 = s.x0;
  for (const c of [...cuts, { space: s.x1, x0: s.x1 }]) {
    pieces.push({ row: s.row, x0, x1: Math.max(x0 + 1, c.x0 - 1), text: s.text.slice(from - s.x0, c.space - s.x0) });
    from = c.space + 1;
    x0 = c.x0;
  }
  return pieces;
}

/**
 * The lines set full to their column's edge: a column is a left edge and a right edge that at least three lines
 * share (justified text); a line set in from the left edge by an indent belongs to the column it is set in, and
 * one ending a character off the edge is full too (digits and Latin letters take a position each, not half).
 */
function fullLines(segments: Segment[]): Set<Segment> {
  const key = (x0: number, x1: number) => `${x0}:${x1}`;
  const columns = new Map<string, number>();
  for (const s of segments) for (const x0 of [s.x0, s.x0 - SAME_START]) columns.set(key(x0, s.x1), (columns.get(key(x0, s.x1)) ?? 0) + 1);
  const shared = (x0: number, x1: number) => (columns.get(key(x0, x1)) ?? 0) >= 3;
  return new Set(segments.filter((s) => [s.x0, s.x0 - SAME_START].some((x0) => [s.x1 - 1, s.x1, s.x1 + 1].some((x1) => shared(x0, x1)))));
}

/** A line opening with a mark (a byline's ▶, a list's ●) starts a paragraph of its own. */
const OPENS_MARK = /^[▶►■□●◆◇★☆]/u;

/** A sentence ends here: 。！？；… or a closing quote or bracket after one. */
const SENTENCE_END = /[。！？；…][”’」』）)]?$/;

/**
 * After a sentence ends at a full line, a short line with no punctuation is no paragraph's last line (those end
 * with a sentence): it is a heading (a 简讯 label under the column above).
 */
function headingAfter(before: string, s: Segment, full: Set<Segment>): boolean {
  return SENTENCE_END.test(before) && !full.has(s) && !hasClauseMark(s.text) && !SENTENCE_END.test(s.text);
}

/**
 * The runs that are headlines by what stands under them: no punctuation, and right under (the next two lines, at
 * the same place) a 副题 or a reporter's byline; a 副题 itself is not one (it goes on under its headline). A box's
 * label (相关链接, 人物简介…) heads its box the same way, whatever stands under it. A headline opens a block of its own, so a one-column story's
 * headline is not chained under the column above it, whose last line may leave its sentence open.
 */
function headlines(segments: Segment[]): Set<Segment> {
  const byRow = new Map<number, Segment[]>();
  for (const s of segments) byRow.set(s.row, byRow.get(s.row) ?? []).get(s.row)!.push(s);
  const under = (s: Segment) => [s.row + 1, s.row + 2].flatMap((r) => byRow.get(r) ?? []).find((u) => Math.abs(u.x0 - s.x0) <= SAME_START);
  return new Set(segments.filter((s) => {
    if (LABELS.has(squash(s.text))) return true;
    const u = under(s);
    return !!u && !hasClauseMark(s.text) && !SENTENCE_END.test(s.text) && !DASH_LINE.test(s.text) &&
      (DASH_LINE.test(u.text) || isReporterLine(u.text));
  }));
}

/**
 * A block goes on with the paragraph the column before left open when it reads like the rest of a paragraph:
 * its first line set full (or ending the sentence), and the line after that full or ending a sentence too. A
 * headline over its byline does neither.
 */
function continues(block: Segment[], full: Set<Segment>): boolean {
  const line = (s: Segment | undefined) => !s || full.has(s) || SENTENCE_END.test(s.text);
  return line(block[0]) && (!full.has(block[0]) || line(block[1]));
}

/**
 * A headline goes on under its 引题: the block's last line unpunctuated and short of its column's width (a
 * paragraph's line a sentence runs through is set full), a line or a few above it (large type spaces the rows).
 */
function kickerOver(b: Block, full: Set<Segment>): boolean {
  const last = b.segments[b.segments.length - 1];
  return !full.has(last) && !hasClauseMark(last.text) && !SENTENCE_END.test(last.text);
}

/** A column's piece: runs of text on lines one under the other, each starting where the one above does. */
interface Block { segments: Segment[]; top: number; bottom: number; x0: number; x1: number }

/** How far a run may start from the one above and still be its column's next line (a paragraph's indent). */
const SAME_START = 2;
/** How many lines a column's text may skip (lines where only text beside it prints) and still go on. */
const SKIP_LINES = 3;

/**
 * Chains each run to the block above it that starts at the same place (give or take an indent) within a few
 * lines, when no text printed since has run across that block's place (a headline across the column ends it);
 * a run with none starts a block. A headline (see `headlines`) opens a block of its own unless its 引题 is right
 * above it, and a column's text skips no line where a headline printed beside it: a story starts there, so the
 * text under it is not read with the column above (the page reads in strips again).
 */
function toBlocks(segments: Segment[], heads: Set<Segment>, full: Set<Segment>): Block[] {
  const blocks: Block[] = [];
  let open: Block[] = [];
  // The last line above the current one holding a headline, and the current line's own.
  let headRow = -1;
  let headHere = -1;
  for (const s of segments) {
    if (headHere >= 0 && headHere < s.row) headRow = headHere;
    open = open.filter((b) => s.row - b.bottom <= SKIP_LINES && b.bottom >= headRow);
    const near = (b: Block) => Math.abs(b.segments[b.segments.length - 1].x0 - s.x0) <= SAME_START || Math.abs(b.x0 - s.x0) <= SAME_START;
    const joinable = (b: Block) => b.bottom < s.row && near(b) && (!heads.has(s) || kickerOver(b, full));
    let block = open.filter(joinable).sort((a, b) => b.bottom - a.bottom)[0];
    if (heads.has(s)) headHere = s.row;
    if (block) {
      block.segments.push(s);
      block.bottom = s.row;
      block.x1 = Math.max(block.x1, s.x1);
    } else {
      block = { segments: [s], top: s.row, bottom: s.row, x0: s.x0, x1: s.x1 };
      blocks.push(block);
      open.push(block);
    }
    // Text across the place of another open block's last line ends that block.
    const own = block;
    open = open.filter((b) => {
      const last = b.segments[b.segments.length - 1];
      return b === own || last.x1 <= s.x0 || last.x0 >= s.x1;
    });
  }
  return blocks;
}

/**
 * XY-cut of the blocks: split into strips where no block spans the space between them (top to bottom), else into
 * parts where no block spans the gutter between them (left to right), again inside each; blocks that overlap
 * both ways are read top to bottom.
 */
function readingOrder(blocks: Block[]): Segment[][] {
  if (blocks.length <= 1) return blocks.map((b) => b.segments);
  const strips = groups(blocks, (b) => b.top, (b) => b.bottom + 1);
  if (strips.length > 1) return strips.flatMap(readingOrder);
  const parts = groups(blocks, (b) => b.x0, (b) => b.x1 + 1);
  if (parts.length > 1) return parts.flatMap(readingOrder);
  return [...blocks].sort((a, b) => a.top - b.top || a.x0 - b.x0).map((b) => b.segments);
}

/** Blocks grouped by overlap of their [start, end) intervals on one axis, groups in order along it. */
function groups(blocks: Block[], start: (b: Block) => number, end: (b: Block) => number): Block[][] {
  const sorted = [...blocks].sort((a, b) => start(a) - start(b));
  const out: Block[][] = [];
  let reach = -Infinity;
  for (const b of sorted) {
    if (start(b) >= reach) out.push([]);
    out[out.length - 1].push(b);
    reach = Math.max(reach, end(b));
  }
  return out;
}

/**
 * A text dump that keeps the page's layout (`pdftotext -layout` and tools like it) prints the columns of a page
 * side by side on each line, separated by runs of spaces. Read as it is, every line mixes stories. This reads the
 * column gutters from the spaces and puts each page's text back in reading order: a gutter empty from the top of a
 * region to its bottom cuts it into parts read left to right (a sidebar after what it stands by); where no gutter
 * runs through, the region is cut into bands at the rows that cross the gutters of the rows above (a headline
 * across the columns of the story under it), each band read the same way.
 */

/** A run of text on one line, between runs of two or more spaces; x in characters from the line start. */
interface Segment { row: number; x0: number; x1: number; text: string }

/** Pages wider or longer than this are not newspaper pages: left as they are (and the reading stays linear). */
const MAX_WIDTH = 400;
const MAX_ROWS = 600;

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
    out.push(...readPage(lines, start, i));
    start = i;
  }
  return out;
}

function readPage(lines: string[], from: number, to: number): { text: string; from: number }[] {
  const page = lines.slice(from, to);
  const feed = page[0]?.startsWith('\f') ? '\f' : '';
  if (feed) page[0] = page[0].slice(1);
  if (page.length > MAX_ROWS || page.some((l) => l.length > MAX_WIDTH)) {
    return page.map((text, k) => ({ text: (k ? '' : feed) + text, from: from + k }));
  }
  const segments = page.flatMap((l, row) => [...l.matchAll(/\S+(?: \S+)*/g)].map((m) => ({ row, x0: m.index, x1: m.index + m[0].length, text: m[0] })));
  const out: { text: string; from: number }[] = [];
  for (const block of readRegion(segments)) {
    const left = Math.min(...block.map((s) => s.x0));
    // Each block keeps its rows' indents relative to its own left edge (paragraph starts).
    for (const s of block) out.push({ text: (s.x0 > left ? '  ' : '') + s.text, from: from + s.row });
  }
  // Rows with no text (blank lines) are dropped; a page's first line keeps the form feed.
  if (out.length) out[0].text = feed + out[0].text;
  else if (feed) out.push({ text: feed, from });
  return out;
}

/** How many rows cover each character position of the region. */
function occupancy(segments: Segment[], x0: number, x1: number): Int32Array {
  // A row's segments never overlap, so each covers its positions once.
  const occ = new Int32Array(x1 - x0);
  for (const s of segments) for (let x = s.x0; x < s.x1; x++) occ[x - x0]++;
  return occ;
}

/** Gutters: runs of at least two positions no row covers, with text on both sides. */
function gutters(segments: Segment[]): { x0: number; x1: number }[] {
  if (!segments.length) return [];
  const lo = Math.min(...segments.map((s) => s.x0));
  const hi = Math.max(...segments.map((s) => s.x1));
  const occ = occupancy(segments, lo, hi);
  const runs: { x0: number; x1: number }[] = [];
  for (let x = 0; x < occ.length; x++) {
    if (occ[x]) continue;
    let end = x;
    while (end < occ.length && !occ[end]) end++;
    if (end - x >= 2) runs.push({ x0: lo + x, x1: lo + end });
    x = end;
  }
  return runs;
}

/** The region's text as blocks in reading order, each block one column's rows top to bottom. */
function readRegion(segments: Segment[]): Segment[][] {
  if (!segments.length) return [];
  const cut = gutters(segments)[0];
  if (cut) {
    return [...readRegion(segments.filter((s) => s.x1 <= cut.x0)), ...readRegion(segments.filter((s) => s.x0 >= cut.x1))];
  }
  const bands = toBands(segments);
  if (bands.length > 1) return bands.flatMap(readRegion);
  return [segments];
}

/**
 * Cuts a region with no gutter through it into bands: a band grows row by row while its rows keep clear of the
 * gutters its rows so far share (found once two rows print side by side); a row that crosses one starts a new
 * band, and so does the first row printed side by side after rows that are not.
 */
function toBands(segments: Segment[]): Segment[][] {
  const rows = new Map<number, Segment[]>();
  for (const s of segments) rows.set(s.row, [...(rows.get(s.row) ?? []), s]);
  const bands: Segment[][] = [];
  let band: Segment[] = [];
  let sideRows = 0;
  for (const row of [...rows.keys()].sort((a, b) => a - b)) {
    const segs = rows.get(row)!;
    const open = sideRows >= 2 ? gutters(band) : [];
    const crosses = open.some((g) => segs.some((s) => s.x0 < g.x1 && s.x1 > g.x0));
    const startsColumns = segs.length > 1 && band.length > 0 && sideRows === 0;
    if (band.length && (crosses || startsColumns)) {
      bands.push(band);
      band = [];
      sideRows = 0;
    }
    band.push(...segs);
    if (segs.length > 1) sideRows++;
  }
  if (band.length) bands.push(band);
  return bands;
}

/**
 * Page geometry → visual lines in reading order.
 *
 * Text runs on one baseline form a row; a row splits into fragments where a gap is wider than a
 * column gutter can be narrow. Open space across a region cuts it first into strips, read top to bottom
 * (a newspaper story's columns end before the next headline). A gutter no fragment crosses cuts the page into regions, read left to
 * right and each laid out alike (XY-cut). Where spanning headlines or full-width text cross the gutter,
 * the rows that keep clear of it form bands between them, and each band is cut again: a newspaper is
 * read headline, then its columns left to right, each top to bottom; a boxed sidebar is read after the
 * text beside it. Fragments of one column on one baseline are a line.
 */
import type { PdfItem } from './pdf-read.js';

/** Text of one baseline within one column (or of a whole row when it crosses columns). */
export interface Fragment {
  items: PdfItem[];
  x: number;
  right: number;
  /** Baseline, top-down. */
  y: number;
  size: number;
}

/** A visual line: what becomes one `Line`. */
export interface VisualLine {
  text: string;
  x: number;
  y: number;
  width: number;
  fontSize: number;
  bold: boolean;
  /** Which column of its page the line belongs to (an id; lines spanning columns share one of their own). */
  column: number;
  /** Starts in bold and ends in plain type: a paragraph's run-in lead-in, not a heading. */
  leadIn: boolean;
}

/** CJK ideographs, kana, CJK and full-width punctuation: scripts written without spaces. */
const CJK = /[\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]/;

/** The middle value (upper middle for an even count); 0 for none. */
export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)] : 0;
};

/**
 * Drops runs printed twice a hair apart (fake bold, as newspapers do for headlines), which a text
 * dump shows as `万亿时代万亿时代`; the run kept is marked bold.
 */
export function dropDoubles(items: PdfItem[]): PdfItem[] {
  const kept: PdfItem[] = [];
  const seen = new Map<string, PdfItem[]>();
  for (const it of items) {
    const near = seen.get(it.str)?.find((k) => Math.abs(k.x - it.x) < 0.2 * it.size && Math.abs(k.y - it.y) < 0.2 * it.size);
    if (near) {
      near.bold = true;
      continue;
    }
    const copy = { ...it };
    kept.push(copy);
    const same = seen.get(it.str) ?? [];
    same.push(copy);
    seen.set(it.str, same);
  }
  return kept;
}

const NEXT_TO_CJK = new RegExp(`(?<=${CJK.source}) +| +(?=${CJK.source})`, 'g');
const CJK_ADJACENT = new RegExp(`(?<=${CJK.source})[^ ]|[^ ](?=${CJK.source})`, 'g');

const gapOf = (a: PdfItem, b: PdfItem) => b.x - (a.x + a.width);
/** A gap between two CJK characters wider than this share of the font size is a space. */
const CJK_SPACE = 0.2;

/**
 * Whether a line is letter-spaced (justified CJK stretched across the measure): most neighbours of
 * its CJK characters stand apart, either as spaces pdfjs invents inside a run (`为 维 护 空 中`) or
 * as gaps between runs. A line with a lone space between CJK words (`规律 推动`) is not.
 */
function letterSpaced(items: PdfItem[]): boolean {
  let spaced = 0;
  let adjacent = 0;
  items.forEach((it, i) => {
    spaced += it.str.match(NEXT_TO_CJK)?.length ?? 0;
    adjacent += it.str.match(CJK_ADJACENT)?.length ?? 0;
    const prev = items[i - 1];
    if (prev && CJK.test(prev.str.at(-1) ?? '') && CJK.test(it.str[0] ?? '')) {
      if (gapOf(prev, it) > CJK_SPACE * Math.max(prev.size, it.size)) spaced++;
      else adjacent++;
    }
  });
  return spaced >= 2 && spaced > adjacent;
}

/**
 * Joins runs (sorted left to right) into a line's text; a space only where the gap is one, never
 * between two CJK characters that merely sit apart. On a letter-spaced line, spaces next to CJK
 * characters are all dropped.
 */
export function joinRuns(items: PdfItem[]): string {
  const tracked = letterSpaced(items);
  let out = '';
  items.forEach((it, i) => {
    const prev = items[i - 1];
    if (prev) {
      const a = out.at(-1) ?? ' ';
      const b = it.str[0] ?? ' ';
      const threshold = (CJK.test(a) && CJK.test(b) ? CJK_SPACE : 0.15) * Math.max(prev.size, it.size);
      if (a !== ' ' && b !== ' ' && gapOf(prev, it) > threshold && !(tracked && (CJK.test(a) || CJK.test(b)))) out += ' ';
    }
    out += tracked ? it.str.replace(NEXT_TO_CJK, '') : it.str;
  });
  return out.replace(/ {2,}/g, ' ').trim();
}

/** Runs or fragments grouped into rows by baseline (within about a third of the smaller size), top to bottom, each row left to right. */
function rowsOf<T extends { x: number; y: number; size: number }>(xs: T[]): T[][] {
  const rows: T[][] = [];
  for (const x of [...xs].sort((a, b) => a.y - b.y || a.x - b.x)) {
    const row = rows.at(-1);
    if (row && Math.abs(x.y - row[0].y) <= 0.35 * Math.min(x.size, row[0].size)) row.push(x);
    else rows.push([x]);
  }
  return rows.map((r) => r.sort((a, b) => a.x - b.x));
}

function fragmentOf(items: PdfItem[]): Fragment {
  const x = Math.min(...items.map((i) => i.x));
  const right = Math.max(...items.map((i) => i.x + i.width));
  return { items, x, right, y: median(items.map((i) => i.y)), size: Math.max(...items.map((i) => i.size)) };
}

/**
 * Groups runs into rows by baseline, then splits each row where the gap could be a gutter, or where
 * the type size jumps across a gap (a headline's last line level with body text beside it).
 */
export function fragments(items: PdfItem[]): Fragment[] {
  const out: Fragment[] = [];
  for (const r of rowsOf(items)) {
    let cur: PdfItem[] = [];
    for (const it of r) {
      const last = cur.at(-1);
      const gap = last ? gapOf(last, it) : 0;
      const jump = last ? Math.max(it.size, last.size) / Math.min(it.size, last.size) : 1;
      if (last && (gap > 1.5 * Math.max(it.size, last.size) || (jump > 1.6 && gap > 0.3 * Math.min(it.size, last.size)))) {
        out.push(fragmentOf(cur));
        cur = [];
      }
      cur.push(it);
    }
    if (cur.length) out.push(fragmentOf(cur));
  }
  return out;
}

/** Median characters per line below which a column of fragments is taken for table cells. */
const MIN_COLUMN_LINE = 8;

/** How many fragments cover each x (1pt steps from `left`), and the least gap worth a gutter. */
function coverage(frags: Fragment[]): { left: number; cover: Int32Array; minGap: number } {
  const left = Math.floor(Math.min(...frags.map((f) => f.x)));
  const right = Math.ceil(Math.max(...frags.map((f) => f.right)));
  const cover = new Int32Array(right - left + 1);
  for (const f of frags) for (let x = Math.ceil(f.x) - left; x < Math.floor(f.right) - left; x++) cover[x]++;
  return { left, cover, minGap: Math.max(6, 0.8 * median(frags.map((f) => f.size))) };
}

/** x-runs at least `minGap` wide, with text on both sides, that at most `limit` fragments cross. */
function gapsUnder(left: number, cover: Int32Array, minGap: number, limit: number): { lo: number; hi: number }[] {
  const out: { lo: number; hi: number }[] = [];
  for (let x = 0; x < cover.length; ) {
    if (cover[x] > limit) {
      x++;
      continue;
    }
    const start = x;
    while (x < cover.length && cover[x] <= limit) x++;
    if (start > 0 && x < cover.length && x - start >= minGap) out.push({ lo: left + start, hi: left + x });
  }
  return out;
}

/**
 * The most open gap: the lowest crossing count at which an x-run at least an em wide opens between
 * text on both sides, up to `share` of the fragments crossing it. A gutter beside a column or a boxed
 * sidebar is such a trough even when full-width lines above and below cross it.
 */
function openGap(frags: Fragment[], share: number): { lo: number; hi: number } | null {
  if (!frags.length) return null;
  const { left, cover, minGap } = coverage(frags);
  const levels = [...new Set(cover)].filter((n) => n <= share * frags.length).sort((a, b) => a - b);
  for (const limit of levels) {
    const found = gapsUnder(left, cover, minGap, limit).sort((a, b) => b.hi - b.lo - (a.hi - a.lo))[0];
    if (found) return found;
  }
  return null;
}

/**
 * Finds clean column gutters: gaps no fragment crosses, with text on each side whose median line
 * fills at least `fill` of that side's width and is longer than a table cell (tables and stray short
 * lines do not make columns). Inside a `strip` (a story's columns between open spaces across the page),
 * a balanced story's columns may be a line or two: there each side needs one line, and the
 * strip's lines as a whole are what must not look like table cells. Returns the split positions, left to right.
 */
function gutters(frags: Fragment[], fill: number, strip = false): number[] {
  if (frags.length < (strip ? 2 : 6)) return [];
  const { left, cover, minGap } = coverage(frags);
  const splits = gapsUnder(left, cover, minGap, 0).map((g) => (g.lo + g.hi) / 2);
  const bounds = [-Infinity, ...splits, Infinity];
  if (strip && !textColumn(frags)) return [];
  for (let c = 0; c + 1 < bounds.length; c++) {
    const own = frags.filter((f) => f.x >= bounds[c] && f.right <= bounds[c + 1]);
    if (own.length < (strip ? 1 : Math.max(3, 0.1 * frags.length))) return [];
    const width = Math.max(...own.map((f) => f.right)) - Math.min(...own.map((f) => f.x));
    if (!strip && median(own.map((f) => f.right - f.x)) < fill * width) return [];
    if (!strip && !textColumn(own)) return [];
  }
  return splits;
}

/**
 * Whether fragments read as lines of text rather than table cells: cells are a few characters; lines of a
 * text column are longer, or (a narrow sidebar) set flush to its right edge, which ragged cells are not.
 */
function textColumn(own: Fragment[]): boolean {
  const chars = median(own.map((f) => f.items.reduce((n, i) => n + i.str.length, 0)));
  const edge = Math.max(...own.map((f) => f.right));
  const flush = own.filter((f) => f.right >= edge - f.size).length;
  return chars >= MIN_COLUMN_LINE || (chars >= MIN_COLUMN_LINE / 2 && own.length >= 3 && flush >= 0.6 * own.length);
}

/**
 * Cuts a region into bands of consecutive rows that keep clear of the most open gap (a gutter beside
 * which a column or a boxed sidebar runs); rows crossing it (spanning headlines, full-width text above
 * and below a sidebar) form bands of their own. Returns null when no band holds text on both sides (inside a
 * strip, a story's columns may be a line or two each).
 */
function bands(frags: Fragment[], strip: boolean): { frags: Fragment[]; split: boolean }[] | null {
  const gap = openGap(frags, 0.7);
  if (!gap) return null;
  const out: { frags: Fragment[]; split: boolean }[] = [];
  for (const row of rowsOf(frags)) {
    const clear = row.every((f) => f.right <= gap.lo + 1 || f.x >= gap.hi - 1);
    const last = out.at(-1);
    if (last && last.split === clear) last.frags.push(...row);
    else out.push({ frags: [...row], split: clear });
  }
  for (const band of out) {
    const sides = [band.frags.filter((f) => f.right <= gap.lo + 1).length, band.frags.filter((f) => f.x >= gap.hi - 1).length];
    band.split &&= sides.every((n) => n >= (strip ? 1 : 3));
  }
  return out.some((b) => b.split) ? out : null;
}

function lineOf(frags: Fragment[], column: number): VisualLine {
  const items = frags.flatMap((f) => f.items).sort((a, b) => a.x - b.x);
  const weight = (pick: (i: PdfItem) => number | boolean) => {
    const votes = new Map<number | boolean, number>();
    for (const i of items) votes.set(pick(i), (votes.get(pick(i)) ?? 0) + i.str.length);
    return [...votes].sort((a, b) => b[1] - a[1])[0][0];
  };
  const x = Math.min(...frags.map((f) => f.x));
  return {
    text: joinRuns(items),
    x,
    y: median(frags.map((f) => f.y)),
    width: Math.max(...frags.map((f) => f.right)) - x,
    fontSize: weight((i) => Math.round(i.size * 10) / 10) as number,
    bold: weight((i) => i.bold) as boolean,
    column,
    leadIn: !!items[0].bold && !items[items.length - 1].bold,
  };
}

/** Merges fragments that share a baseline into lines, top to bottom (all in one column). */
export function linesOf(frags: Fragment[], column: number): VisualLine[] {
  return rowsOf(frags).map((row) => lineOf(row, column));
}

/** Open space between text, in body sizes, that cuts a region across: clearly more than the leading between lines (about a fifth of a size). */
const STRIP_GAP = 0.8;

/**
 * Cuts a region across where no fragment covers an open space of more than `STRIP_GAP` lines of its body size,
 * top to bottom. Columns run side by side between such spaces, so each strip's columns are read before the
 * strip below: a story set in columns under its headline ends before the next headline across the page.
 */
function stripsOf(frags: Fragment[]): Fragment[][] {
  const size = median(frags.map((f) => f.size));
  const sorted = [...frags].sort((a, b) => a.y - a.size - (b.y - b.size));
  const out: Fragment[][] = [];
  let bottom = -Infinity;
  for (const f of sorted) {
    const top = f.y - f.size;
    if (top - bottom > STRIP_GAP * size) out.push([]);
    out.at(-1)?.push(f);
    bottom = Math.max(bottom, f.y + 0.25 * f.size);
  }
  return out;
}

/**
 * Lays out a page's body fragments as visual lines in reading order. A gutter nothing crosses cuts a
 * region into parts read left to right; otherwise rows that cross the most open gap cut the region
 * into bands, read top to bottom, and each band with text on both sides of the gap is laid out the
 * same way (its columns, or its text and the sidebar beside it, read one after the other).
 */
export function readingOrder(frags: Fragment[]): VisualLine[] {
  let ids = 0;
  const region = (fs: Fragment[], strip = false): VisualLine[] => {
    // Open space across the whole region ends what is above it: a story's columns, then the next story's headline.
    const strips = stripsOf(fs);
    if (strips.length > 1) return strips.flatMap((s) => region(s, true));
    // A region beside a clean cut may itself hold columns, so its lines need fill less of it. Inside a strip, a
    // balanced story's last column may hold a single line.
    const clean = gutters(fs, 0.2, strip);
    if (clean.length) {
      const bounds = [-Infinity, ...clean, Infinity];
      const regionOf = (f: Fragment) => bounds.findIndex((b, c) => c > 0 && (f.x + f.right) / 2 < b) - 1;
      return bounds.slice(1).flatMap((_, c) => region(fs.filter((f) => regionOf(f) === c), strip));
    }
    const parts = bands(fs, strip);
    if (!parts || parts.length === 1) return linesOf(fs, ids++);
    const flow = ids++;
    // A band clear of the page's most open gap may still hold columns of its own (a short story set in two of
    // a page's three columns): a clean gutter inside it is read as one.
    return parts.flatMap((b) => (b.split || gutters(b.frags, 0.3, strip).length ? region(b.frags, strip) : linesOf(b.frags, flow)));
  };
  return region(frags);
}

import { findFrontMatter } from './front-matter.js';
import type { Line } from '../types.js';
import { startsPage } from './page-marks.js';
import { findDate } from './dates.js';
import { isJumpLine } from './jumps.js';
import { NON_EDITORIAL } from '../ingest/pdf-blocks.js';

/**
 * Page furniture (running headers and footers, page numbers) recognised by repetition across the document,
 * never by matching known text: a line is furniture when it sits next to a page break and its shape
 * (digits generalised, URLs reduced to their host) recurs next to other page breaks as part of a repeating block,
 * or carries a changing number, or is a bare page number. A jump line (`（下转第2版）`) is furniture wherever it
 * stands: it only guides the reader (cleaning still reads where it stood, to join the continued story); so is an
 * ad or an index strip (导读), opened by its label, in a text dump, and a block of index entries printed apart from it.
 */

/** An index entry names a story in a few words. */
const INDEX_ENTRY_CHARS = 24;

/** How many non-blank lines from a page break a header/footer line may sit. */
const NEAR_BREAK = 2;

/** The shape of a line: digits generalised, URLs reduced to their host, spaces removed. */
export function lineShape(text: string): string {
  const t = text.trim();
  const url = /^(?:https?:\/\/)?([a-z0-9-]+(?:\.[a-z0-9-]+)+)(?:[/?#]\S*)?$/i.exec(t);
  if (url && /[/.]/.test(t)) return `url:${url[1].toLowerCase()}`;
  return t.replace(/\s+/g, '').replace(/\d+/g, '#');
}

/** True for a bare page number in any of the usual dresses: `4`, `Page 4`, `- 4 -`, `第 4 页`, `4/12`. */
export function isPageNumber(text: string): boolean {
  return /^(?:page|p\.?|第|[-–—]\s*)?\s*\d{1,4}\s*(?:页|[-–—]|\/\s*\d{1,4})?$/i.test(text.trim());
}

/** True for a dated running header that names its page or edition: `经济日报 2021年10月21日 第 3 版`. */
export function isDatedPageHeader(text: string): boolean {
  const t = text.trim();
  return t.length <= 60 && /第\s*\d{1,3}\s*[版页]|page\s*\d{1,4}|\bp\.\s*\d{1,4}/i.test(t) && findDate(t) !== null;
}

/**
 * The lines that are page furniture, including any `Line.furniture` set by ingest, and the front matter (cover,
 * highlights, contents) found among the rest.
 */
export function findFurniture(lines: Line[]): Set<Line> {
  const found = findPageFurniture(lines);
  for (const l of findFrontMatter(lines, found)) found.add(l);
  return found;
}

/** A page an index entry sends to, closing it: `（2版）`, `（第5版）`. */
const PAGE_REF = /[（(]第?\d{1,3}版[）)]/gu;

/**
 * In a text dump, a block of index entries parted from its 导读 label (the dump printed the label in a block of its
 * own): two entries or more, each closed by the page it sends to, and no sentence among them. Blocks are parted by
 * blank lines; an entry may wrap, so a block is judged on its lines joined.
 */
function indexEntries(lines: Line[]): Line[] {
  const found: Line[] = [];
  let block: Line[] = [];
  const close = () => {
    const text = block.map((l) => l.text.trim()).join('');
    if ((text.match(PAGE_REF)?.length ?? 0) >= 2 && text.replace(PAGE_REF, '').length && !/[。，；！？]/u.test(text) &&
      /[）)]$/u.test(text) && text.replace(PAGE_REF, '\n').split('\n').every((e) => e.length <= INDEX_ENTRY_CHARS)) {
      // One by one: a dump without blank lines is one block, too long to spread into a call's arguments.
      for (const l of block) found.push(l);
    }
    block = [];
  };
  for (const l of lines) {
    if (l.layout || !l.text.trim()) close();
    else block.push(l);
  }
  close();
  return found;
}

/**
 * The running headers, footers and page numbers, `Line.furniture` included. Furniture is a property of the line
 * read, not of its number: a `-layout` dump's pieces of one source line share it (a 导读 box beside a headline).
 */
export function findPageFurniture(lines: Line[]): Set<Line> {
  const found = new Set<Line>();
  // In a dump read in order, an ad or an index strip is the block its label opens, up to the next blank line — or
  // the next line not following it in the source: a `-layout` dump's blocks, put in reading order, have no blank
  // line between them. A line one blank row down still follows (large type beside the box spaces its rows).
  let labelled = false;
  let prev = 0;
  for (const l of lines) {
    const text = l.text.trim();
    labelled = !!text && !l.layout && ((labelled && l.lineNo > prev && l.lineNo <= prev + 2) || NON_EDITORIAL.test(text));
    prev = l.lineNo;
    if (l.furniture || labelled || isJumpLine(text)) found.add(l);
  }
  for (const l of indexEntries(lines)) found.add(l);
  const content = lines.filter((l) => l.text.trim() !== '' || startsPage(l));
  const near = nearBreak(content);
  const shapes = content.map((l) => (l.text.trim() === '' ? '' : lineShape(l.text)));
  const byShape = new Map<string, number[]>();
  shapes.forEach((shape, i) => {
    if (!shape) return;
    const list = byShape.get(shape) ?? [];
    list.push(i);
    byShape.set(shape, list);
  });
  const occurrences = (i: number) => (shapes[i] ? byShape.get(shapes[i]) ?? [] : []);
  // What depends on a shape's occurrences only is worked out once per shape: a line repeated k times would
  // otherwise cost k² (time linear in the document, whatever it repeats).
  const facts = new Map<string, { counts: boolean; recurring: boolean; numbered: boolean; copied: boolean }>();
  const factsOf = (i: number) => {
    let f = facts.get(shapes[i]);
    if (!f) {
      const at = occurrences(i);
      const copied = isCopiedText(at, shapes);
      f = {
        counts: countsPages(at, content),
        recurring: !copied && at.length >= 2 && at.every((j) => near[j]),
        copied,
        numbered: shapes[i].includes('#') && new Set(at.map((j) => content[j].text.trim())).size > 1,
      };
      facts.set(shapes[i], f);
    }
    return f;
  };
  const recurring = (i: number): boolean => shapes[i] !== '' && factsOf(i).recurring;
  const marked = new Set<number>();
  content.forEach((l, i) => {
    const text = l.text.trim();
    if (!text) return;
    if (near[i] && (isPageNumber(text) || isDatedPageHeader(text))) marked.add(i);
    else if (factsOf(i).counts || (shapes[i].startsWith('url:') && occurrences(i).length >= 2)) marked.add(i);
    else if (near[i] && recurring(i)) {
      const inBlock = [i - 1, i + 1].some((j) => j >= 0 && j < content.length && recurring(j));
      if (factsOf(i).numbered || inBlock) marked.add(i);
    }
  });
  growBlocks(content, shapes, occurrences, marked, (i) => factsOf(i).copied);
  for (const i of marked) found.add(content[i]);
  return found;
}

/**
 * A short numbered line recurring with its number rising: a page number, markers or not. Three times for a bare
 * number; twice is enough when it is dressed as one (`Page 4`, `第 4 页`, `- 4 -`), which body text never is.
 */
function countsPages(at: number[], content: Line[]): boolean {
  const texts = at.map((j) => content[j].text.trim());
  const dressed = /\D/.test(texts[0] ?? '') && texts.every(isPageNumber);
  if (at.length < (dressed ? 2 : 3)) return false;
  if (texts[0].replace(/\s+/g, '').length > 12) return false;
  const numbers = texts.map((t) => Number(/\d+/.exec(t)?.[0] ?? NaN));
  return numbers.every((n, k) => Number.isFinite(n) && (k === 0 || n > numbers[k - 1]));
}

/**
 * Header blocks grow from the furniture already found: a recurring line that, wherever it occurs, sits right
 * next to furniture belongs to the same block (`信息产业监测` above `©2021 … Page 8`).
 */
function growBlocks(
  content: Line[],
  shapes: string[],
  occurrences: (i: number) => number[],
  marked: Set<number>,
  copied: (i: number) => boolean,
): void {
  const nextToMarked = (j: number) => (marked.has(j - 1) || marked.has(j + 1)) && runAround(j, marked) < MAX_BLOCK;
  for (let pass = 0, grown = true; grown && pass < 4; pass++) {
    grown = false;
    // Shapes found not to grow since the last growth: their answer cannot change until something is marked.
    const stays = new Set<string>();
    content.forEach((l, i) => {
      if (marked.has(i) || !l.text.trim() || !nextToMarked(i) || stays.has(shapes[i]) || copied(i)) return;
      const at = occurrences(i);
      if (at.length >= 2 && at.every(nextToMarked)) {
        for (const j of at) marked.add(j);
        grown = true;
        stays.clear();
      } else stays.add(shapes[i]);
    });
  }
}

/**
 * How many lines a running header or footer block holds at most. Without a bound, a file holding the same text
 * twice would grow one block over all of it: every line recurs, and each next to a recurring one.
 */
const MAX_BLOCK = 4;

/**
 * Whether the occurrences of a shape are copies of one passage rather than furniture: a running header stands
 * between different text on every page, while text printed twice (a story, or the whole file, pasted again) has the
 * same lines around each copy. Compared beyond the largest header block, on either side.
 */
function isCopiedText(at: number[], shapes: string[]): boolean {
  if (at.length < 2) return false;
  return [-(MAX_BLOCK + 1), MAX_BLOCK + 1].some((d) => {
    const first = shapes[at[0] + d];
    return !!first && at.every((j) => shapes[j + d] === first);
  });
}

/** How many marked lines stand right before and after line j (j itself not counted). */
function runAround(j: number, marked: Set<number>): number {
  let n = 0;
  for (let k = j - 1; marked.has(k) && n < MAX_BLOCK; k--) n++;
  for (let k = j + 1; marked.has(k) && n < MAX_BLOCK; k++) n++;
  return n;
}

/** For each content line, whether a page break (or the document's start or end) lies within NEAR_BREAK lines. */
function nearBreak(content: Line[]): boolean[] {
  const dist = content.map(() => Infinity);
  let last = -1;
  content.forEach((l, i) => {
    if (startsPage(l)) last = i;
    dist[i] = i - last;
  });
  last = content.length;
  for (let i = content.length - 1; i >= 0; i--) {
    if (startsPage(content[i])) last = i;
    dist[i] = Math.min(dist[i], last - i);
  }
  return dist.map((d) => d <= NEAR_BREAK);
}

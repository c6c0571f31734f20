/**
 * Newspaper page blocks that are not a story's running text, decided on the laid-out lines of each page:
 *
 * - An advertisement or an index strip (导读) is a block of its own, opened by its label: the law has ads
 *   labelled `广告`, and an index strip names itself. Its lines are set aside like page furniture.
 * - A story continued on another page ends with `（下转第N版）` and goes on under `（上接第M版）` on page N:
 *   the continued part, up to the next headline, is moved to follow the line that sends the reader to it. Jump
 *   lines only guide the reader: all are set aside, paired or not (`（接第1版）` atop a page whose page 1 is elsewhere).
 * - A bold lead-in run into its paragraph (a 简讯 item's `杭州数字贸易企业数量突破五千家 杭州市…`) is the
 *   paragraph's first words, not a heading: its lines read as plain text.
 */
import { median, type VisualLine } from './pdf-layout.js';

/** The label line that opens an ad or an index strip. */
export const NON_EDITORIAL = /^(广告|(本[版期]|今日)?导读)(\s|$)/;
/** `（下转第2版）`, `(上接第1版)`, `（转第3版）`, `（接第1版）`: where a story goes on, or comes from. */
export const JUMP = /^[（(]\s*(下转|上接|转|接)第\s*(\d+)\s*版\s*[）)]$/;

/** True for a jump that sends the reader on (`下转`, `转`), false for one saying where the text comes from. */
export const sendsOn = (kind: string) => kind.endsWith('转');

/** A laid-out line with its page (1-based) and, once moved to follow a `下转` line, the page it now reads on. */
export interface PagedLine { line: VisualLine; page: number; host: number; furniture?: boolean }

/**
 * Flags the lines of every block opened by an ad's or an index strip's label: the label's layout column, and
 * single lines level with the label (an index strip is one row, whose entries may read as one-line columns).
 */
function setAsideLabelled(lines: PagedLine[]): void {
  const key = (l: PagedLine) => `${l.page}:${l.line.column}`;
  const sizes = new Map<string, number>();
  for (const l of lines) sizes.set(key(l), (sizes.get(key(l)) ?? 0) + 1);
  const labels = lines.filter((l, i) => NON_EDITORIAL.test(l.line.text) && (i === 0 || key(lines[i - 1]) !== key(l)));
  const columns = new Set(labels.map(key));
  const labelsOn = new Map<number, PagedLine[]>();
  for (const b of labels) labelsOn.get(b.page)?.push(b) ?? labelsOn.set(b.page, [b]);
  const level = (l: PagedLine) => sizes.get(key(l)) === 1 &&
    (labelsOn.get(l.page) ?? []).some((b) => Math.abs(b.line.y - l.line.y) < 0.5 * b.line.fontSize);
  for (const l of lines) if (columns.has(key(l)) || level(l)) l.furniture = true;
}

/** Bold lines whose paragraph goes on in plain type on the same line they end: a lead-in, read as plain. */
function plainLeadIns(lines: PagedLine[]): void {
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].line.leadIn) continue;
    lines[i].line = { ...lines[i].line, bold: false };
    for (let k = i - 1; k >= 0 && lines[k].line.bold && lines[k].line.column === lines[i].line.column &&
      Math.abs(lines[k].line.fontSize - lines[i].line.fontSize) <= 0.5; k--) lines[k].line = { ...lines[k].line, bold: false };
  }
}

/**
 * Moves each `上接第M版` part to follow the first `下转第N版` line before it on page M that sends the reader to its
 * page N. One pass to find the parts, one to lay them out: linear in the lines, however many jump lines a page
 * prints. A part's own `下转` line can take a further part (a story continued twice); a part always follows a line
 * before it, so no part can come round to itself.
 */
function joinJumps(lines: PagedLine[]): PagedLine[] {
  const body = median(lines.map((l) => l.line.fontSize));
  const sends = new Map<string, number>();
  const partsAfter = new Map<number, [number, number][]>();
  const inPart = new Uint8Array(lines.length);
  for (let i = 0; i < lines.length; i++) {
    const jump = JUMP.exec(lines[i].line.text);
    if (!jump) continue;
    const page = lines[i].page;
    // A jump line only guides the reader, whether or not the page it names is in the file.
    lines[i].furniture = true;
    if (sendsOn(jump[1])) {
      const key = `${page}→${jump[2]}`;
      if (!sends.has(key)) sends.set(key, i);
      continue;
    }
    const to = sends.get(`${jump[2]}→${page}`);
    if (to === undefined || inPart[i]) continue;
    let end = i + 1;
    while (end < lines.length && lines[end].page === page && !lines[end].furniture && lines[end].line.fontSize < 1.3 * body) end++;
    lines[to].furniture = true;
    inPart.fill(1, i, end);
    partsAfter.get(to)?.push([i, end]) ?? partsAfter.set(to, [[i, end]]);
    // The part's own 下转 lines send on from here; a 上接 line inside it is its text.
    for (let k = i + 1; k < end; k++) {
      const further = JUMP.exec(lines[k].line.text);
      const key = further && sendsOn(further[1]) ? `${page}→${further[2]}` : null;
      if (key && !sends.has(key)) sends.set(key, k);
    }
    i = end - 1;
  }
  if (!partsAfter.size) return lines;
  const out: PagedLine[] = [];
  // Depth first with a stack of [line, the page it reads on]: a line, then the parts that follow it.
  const stack: [number, number][] = [];
  for (let k = lines.length - 1; k >= 0; k--) if (!inPart[k]) stack.push([k, lines[k].host]);
  while (stack.length) {
    const [k, host] = stack.pop()!;
    out.push(host === lines[k].host ? lines[k] : { ...lines[k], host });
    const parts = partsAfter.get(k) ?? [];
    for (let p = parts.length - 1; p >= 0; p--) for (let m = parts[p][1] - 1; m >= parts[p][0]; m--) stack.push([m, host]);
  }
  return out;
}

/** The body lines of all pages, in reading order, with non-editorial blocks flagged and continued stories joined. */
export function storyOrder(lines: PagedLine[]): PagedLine[] {
  setAsideLabelled(lines);
  plainLeadIns(lines);
  return joinJumps(lines);
}

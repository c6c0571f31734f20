import type { Line } from '../types.js';
import { JUMP, sendsOn } from '../ingest/pdf-blocks.js';
import type { Para } from './unwrap.js';
import { isReporterLine } from './credit-patterns.js';

/** True for a jump line, `（下转第2版）` or `（上接第1版）`: it guides the reader, like a page number. */
export function isJumpLine(text: string): boolean {
  return JUMP.test(text.trim());
}

/**
 * A story continued on another page, in a dump read in order (pdftotext plain): the paragraphs under
 * `（上接第M版）` on page N, up to the next headline (a paragraph over a reporter's byline), a page break or another
 * jump line, are moved to follow the `（下转第N版）` line on page M that sends the reader there, as the PDF reader
 * does with positions (`src/ingest/pdf-blocks.ts`). The jump lines themselves are furniture, taken out before;
 * `lines` are the document's lines in reading order, which place them among the paragraphs. Linear in the lines.
 */
export function joinJumpedParts(paras: Para[], lines: Line[], pages: number[]): Para[] {
  // Where each jump line stands: before paragraph `at`.
  const jumps: { at: number; kind: string; to: number; page: number }[] = [];
  let at = 0;
  lines.forEach((l, i) => {
    while (at < paras.length && paras[at].lineStart === l.lineNo) at++;
    const jump = JUMP.exec(l.text.trim());
    if (jump) jumps.push({ at, kind: jump[1], to: Number(jump[2]), page: pages[i] });
  });
  if (!jumps.length) return paras;
  const sends = new Map<string, number>();
  const partsAfter = new Map<number, [number, number]>();
  const moved = new Uint8Array(paras.length);
  const stops = new Set(jumps.map((j) => j.at));
  for (const j of jumps) {
    if (sendsOn(j.kind)) {
      const key = `${j.page}→${j.to}`;
      if (!sends.has(key)) sends.set(key, j.at);
      continue;
    }
    const key = `${j.to}→${j.page}`;
    const to = sends.get(key);
    if (to === undefined || moved[j.at]) continue;
    sends.delete(key);
    let end = j.at + 1;
    while (end < paras.length && !stops.has(end) && paras[end].page === paras[j.at]?.page && !paras[end].rows[0].pageTop &&
      !isReporterLine(paras[end + 1]?.text ?? '')) end++;
    moved.fill(1, j.at, end);
    partsAfter.set(to, [j.at, end]);
  }
  const out: Para[] = [];
  for (let i = 0; i <= paras.length; i++) {
    const part = partsAfter.get(i);
    if (part) out.push(...paras.slice(part[0], part[1]));
    if (i < paras.length && !moved[i]) out.push(paras[i]);
  }
  return out;
}

import type { Row } from './rows.js';
import { endsSentence, hasClauseMark } from './text-shape.js';
import { makePara, RAGGED_END, SAME_COLUMN, setWidth, type Para } from './unwrap.js';

/** Paragraphs looked ahead for the rest of a sentence a column break cut: a page's worth, so the work stays linear. */
const LOOK_AHEAD = 40;

/**
 * A plain dump of columns prints a column's last row, its sentence left open, then other columns' blocks; the
 * sentence resumes at the top of a later block. Such a paragraph (text, two rows or more, its last row as wide as
 * its column) is joined to the first later paragraph on its page that opens a block with a row of that column's
 * width, set full (a paragraph's own first row is short by its indent), and whose block does not continue the
 * paragraph before it. Text dumps only: the PDF reader places columns by position.
 */
export function rejoinOpenSentences(paras: Para[]): Para[] {
  const taken = new Uint8Array(paras.length);
  const joined = new Map<number, number>();
  paras.forEach((p, i) => {
    if (taken[i] || !cutAtColumnEnd(p)) return;
    const width = setWidth(p.rows[p.rows.length - 1]);
    for (let j = i + 1; j < Math.min(paras.length, i + 1 + LOOK_AHEAD) && paras[j].page === p.page; j++) {
      if (!taken[j] && resumesColumn(paras[j], paras[j - 1], width)) {
        taken[j] = 1;
        joined.set(i, j);
        return;
      }
    }
  });
  if (!joined.size) return paras;
  const out: Para[] = [];
  paras.forEach((p, i) => {
    if (taken[i]) return;
    let rows = p.rows;
    // A resumed part may itself stop open at the next column's foot.
    for (let k = joined.get(i); k !== undefined; k = joined.get(k)) rows = [...rows, ...paras[k].rows];
    out.push(rows === p.rows ? p : { ...makePara(rows), page: p.page });
  });
  return out;
}

/** Text whose last row fills its column and whose sentence is left open. */
function cutAtColumnEnd(p: Para): boolean {
  if (p.rows.length < 2 || p.rows[0].layout || endsSentence(p.text) || !hasClauseMark(p.text)) return false;
  // (A fold, not a spread: a paragraph may run to more rows than a call takes arguments.)
  const widest = p.rows.slice(0, -1).reduce((w, r) => Math.max(w, setWidth(r)), 0);
  return setWidth(p.rows[p.rows.length - 1]) >= widest - RAGGED_END;
}

/** A paragraph opening a block with a full row of the column's width, not continuing the paragraph before it. */
function resumesColumn(q: Para, before: Para, width: number): boolean {
  const [first, second] = q.rows as [Row, Row | undefined];
  if (!second || first.indented || !(first.afterBlank || first.afterBreak) || !endsSentence(q.text)) return false;
  // The block may go on with the paragraph right before it, cut at a column of the same width.
  const open = !endsSentence(before.text) && hasClauseMark(before.text);
  if (open && Math.abs(setWidth(before.rows[before.rows.length - 1]) - setWidth(first)) <= SAME_COLUMN) return false;
  return Math.abs(setWidth(first) - width) <= SAME_COLUMN && setWidth(first) >= setWidth(second) - RAGGED_END;
}

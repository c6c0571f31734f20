import type { Line } from '../types.js';
import { findFurniture } from './furniture.js';
import { toRows } from './rows.js';
import { learnWrap, unwrap, type Para, type WrapModel } from './unwrap.js';
import { undoDoubledGlyphs } from './doubled-glyphs.js';
import { splitTrailingCredit } from '../segment/credit-patterns.js';

export type { Para, WrapModel } from './unwrap.js';
export type { Row } from './rows.js';

/** Lines after cleaning: paragraphs in reading order, and what was recognised as furniture. */
export interface Cleaned {
  paras: Para[];
  furniture: Line[];
  model: WrapModel;
}

/**
 * Cleaning pipeline: furniture out → rows with pages → learn the wrap width → unwrap into paragraphs →
 * split glued credits → undo doubled headline glyphs. Each step is a pure function of the previous result.
 */
export function cleanLines(lines: Line[]): Cleaned {
  const { rows, removed } = toRows(lines, findFurniture(lines));
  const model = learnWrap(rows);
  const paras = undoDoubled(splitGluedCredits(unwrap(rows, model)), model);
  return { paras, furniture: removed.furniture, model };
}

/** Separates a credit line glued to the last sentence into a paragraph of its own. */
export function splitGluedCredits(paras: Para[]): Para[] {
  return paras.flatMap((p) => {
    const split = splitTrailingCredit(p.text);
    if (!split) return [p];
    const last = p.rows[p.rows.length - 1];
    return [{ ...p, text: split.body }, { ...p, text: split.credit, rows: [last], lineStart: last.lineNo, page: last.page }];
  });
}

/** Undoes doubled glyphs in short paragraphs (headlines), keeping the printed form. */
export function undoDoubled(paras: Para[], model: WrapModel): Para[] {
  return paras.map((p) => {
    if (p.text.length > model.fullWidth) return p;
    const single = undoDoubledGlyphs(p.text);
    return single === p.text ? p : { ...p, text: single, printed: p.text };
  });
}

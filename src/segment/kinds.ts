import type { Para, WrapModel } from '../clean/index.js';
import { sectionData } from '../enrich/data.js';
import { BOX_LABELS, DASH_LINE, endsContinuing, endsFullStop, endsQuestion, hasClauseMark, isFiguresRow, squash } from '../clean/text-shape.js';
import { isBareName, isCaption, isCredit, isReporterLine } from '../clean/credit-patterns.js';
import { isPartMarker, markHeadlineParts } from './headline-parts.js';

/**
 * What a paragraph is on the page, before titles and sub-headings are told apart. 'kicker': a line printed with a
 * headline (person's line, place, dash line), joined to it before roles.
 */
export type ParaKind = 'section' | 'heading' | 'credit' | 'caption' | 'body' | 'kicker';

/** Priors a caller may widen: the house sections of a known bulletin, and labels of in-article sidebars. */
export interface SegmentOptions {
  knownSections: string[];
  sidebarLabels: string[];
}

/**
 * Defaults: the house sections (written once, in src/enrich/data/sections.json, with a team's knowledge overlay)
 * and common sidebar labels; unknown sections are found by shape.
 */
export const DEFAULT_OPTIONS: SegmentOptions = {
  get knownSections() {
    return sectionData().sections.map((s) => s.name);
  },
  sidebarLabels: ['专家观点', '相关链接', '链接', '延伸阅读', '记者手记', '背景', '名词解释', '编者按', '短评'],
};


/** An interview's turn opens with who speaks, 问 or 答 and a colon: text, however short. */
const QA_TURN = /^\s*[问答][：:]/u;

/** A table's cells are this short: a word or two each. */
const CELL_CHARS = 6;
/** Rows of cells looked back over from a row of figures for the table's head. */
const TABLE_ROWS = 6;

/** The short cells of a table's row, parted by spaces; none when a cell is longer or a clause runs in it. */
function cellsOf(text: string): string[] {
  const cells = text.trim().split(/\s+/u);
  return hasClauseMark(text) || cells.some((c) => c.length > CELL_CHARS) ? [] : cells;
}

/** Headings (titles and sub-headings) per section-shaped line before such lines are taken for sections. */
const MIN_ARTICLES_PER_SECTION = 3;

/** A list item number opening a heading: `1.`, `2、`, `（三）`, `一是`, `趋势六：`, `要点 1：`. */
const LIST_NUMBER = /^(?:[（(]?[\d一二三四五六七八九十]+[)）.、．]|\d{1,2}\s+(?=\p{Script=Han})|[\p{Script=Han}]{1,4}\s*[\d一二三四五六七八九十]+[：:])/u;

/** True when a text opens with a list number (`1.`, `一、`, `（三）`, `趋势六：`): a numbered heading. */
export function startsWithListNumber(text: string): boolean {
  return LIST_NUMBER.test(text);
}

/** True when a paragraph has the shape of a heading: short, and not ending like a sentence or a clause. */
export function isHeadingShape(p: Para, model: WrapModel): boolean {
  const t = p.text;
  if (p.rows.length > 2 && p.text.length > model.fullWidth) return false;
  if (p.rows.length === 2 && !LIST_NUMBER.test(t) && squash(t).length > model.fullWidth * 0.8) return false;
  if (endsContinuing(t) || endsFullStop(t)) return false;
  return true;
}

/** A short standalone line of a few words with no punctuation: the shape of a section heading. */
function isSectionShape(text: string): boolean {
  return /^[\p{Script=Han}A-Za-z0-9 ·&]{2,10}$/u.test(text) && squash(text).length <= 8;
}

/** True for a PDF paragraph printed at (within 10% of) the body's font size. False without layout. */
function isBodySize(p: Para, model: WrapModel): boolean {
  const l = p.rows[0].layout;
  return !!l && !!model.bodyFontSize && Math.abs(l.fontSize - model.bodyFontSize) <= model.bodyFontSize * 0.1;
}

/** True for a PDF paragraph printed in the body's own type: body size, not bold. */
const isPlainType = (p: Para, model: WrapModel) => isBodySize(p, model) && !p.rows[0].layout!.bold;

/** Classifies every paragraph; sections need the paragraph after them, so this sees the whole list. */
export function classify(paras: Para[], model: WrapModel, opts: SegmentOptions): ParaKind[] {
  const counts = new Map<string, number>();
  for (const p of paras) counts.set(squash(p.text), (counts.get(squash(p.text)) ?? 0) + 1);
  const known = new Set(opts.knownSections.map(squash));
  const kinds: ParaKind[] = paras.map((p) => {
    if (isCredit(p.text)) return 'credit';
    if (isCaption(p.text) && p.rows.length <= 3) return 'caption';
    return isHeadingShape(p, model) ? 'heading' : 'body';
  });
  // A table of figures set as text is text: its rows of figures, and the rows of short cells over them up to its
  // head (three cells or more; a dump set out of its grid prints cells on rows of their own), are no headings.
  paras.forEach((p, i) => {
    if (!isFiguresRow(p.text)) return;
    if (kinds[i] === 'heading') kinds[i] = 'body';
    let j = i - 1;
    while (j >= 0 && i - j <= TABLE_ROWS && kinds[j] === 'heading' && cellsOf(paras[j].text).length && cellsOf(paras[j].text).length < 3) j--;
    if (j >= 0 && kinds[j] === 'heading' && cellsOf(paras[j].text).length >= 3) for (let k = j; k < i; k++) kinds[k] = 'body';
  });
  // A line over a reporter's byline (a 副题 may stand between) with no punctuation in it is a headline, however
  // wide it wrapped.
  const overByline = (i: number) => isReporterLine(paras[i + 1]?.text ?? '') ||
    (DASH_LINE.test(paras[i + 1]?.text ?? '') && isReporterLine(paras[i + 2]?.text ?? ''));
  paras.forEach((p, i) => {
    if (kinds[i] === 'body' && !hasClauseMark(p.text) && overByline(i)) kinds[i] = 'heading';
  });
  markHeadlineParts(paras, kinds, (t) => known.has(squash(t)));
  const labels = new Set(opts.sidebarLabels.map(squash));
  // Unknown sections are short lone lines that never repeat (a repeated one is a sidebar label).
  const sectionLike = (i: number) => kinds[i] === 'heading' && isSectionShape(paras[i].text) &&
    (counts.get(squash(paras[i].text)) ?? 0) === 1 && !labels.has(squash(paras[i].text)) && !isPartMarker(paras[i].text);
  paras.forEach((p, i) => {
    if (kinds[i] !== 'heading') return;
    if (known.has(squash(p.text))) { kinds[i] = 'section'; return; }
    if (!sectionLike(i)) return;
    const next = paras[i + 1];
    // By shape: a lone short line that closes its page, or opens one right before a headline.
    const closesPage = next?.rows[0].afterBreak;
    const opensPage = p.rows[0].pageTop && next !== undefined && kinds[i + 1] === 'heading';
    // By type: set larger than the headline (itself larger than body text) right under it, as a section banner is.
    const [own, under] = [p.rows[0].layout, next?.rows[0].layout];
    const over = own && under && model.bodyFontSize && kinds[i + 1] === 'heading' &&
      under.fontSize >= model.bodyFontSize * 1.3 && own.fontSize > under.fontSize * 1.15;
    if (closesPage || opensPage || over) kinds[i] = 'section';
  });
  // A bare name between the last sentence and the next headline (or the end) signs the article; a box's label
  // (简讯) is no name.
  paras.forEach((p, i) => {
    const nextKind = kinds[i + 1];
    if (kinds[i] === 'heading' && isBareName(p.text) && !BOX_LABELS.includes(squash(p.text)) && kinds[i - 1] === 'body' &&
      (!nextKind || nextKind === 'heading' || nextKind === 'section')) {
      kinds[i] = 'credit';
    }
  });
  // In a PDF that sets its sub-headings in bold body type, a paragraph in plain body type is text. (Where no
  // body-size line reads bold, the PDF may just not say which fonts are bold: shape decides, as in a dump.)
  if (paras.some((p) => isBodySize(p, model) && p.rows[0].layout!.bold)) {
    paras.forEach((p, i) => { if (kinds[i] === 'heading' && isPlainType(p, model)) kinds[i] = 'body'; });
  }
  // A question right under a heading is the first sentence of its text, not another heading; an interview's
  // question (`问：…？`) is its text wherever it stands.
  paras.forEach((p, i) => {
    if (kinds[i] === 'heading' && ((endsQuestion(p.text) && i > 0 && kinds[i - 1] === 'heading') || QA_TURN.test(p.text))) kinds[i] = 'body';
  });
  // Without a page or type to tell, section-shaped lines right above a headline and its text are sections when
  // there are several and each heads several articles (a round-up's place heads one; a sub-heading, none).
  const opening = paras.map((_, i) => sectionLike(i) && kinds[i + 1] === 'heading' && kinds[i + 2] === 'body');
  const candidates = opening.flatMap((yes, i) => (yes ? [i] : []));
  if (!kinds.includes('section') && candidates.length >= 2) {
    const headings = kinds.filter((k) => k === 'heading').length;
    if (headings >= candidates.length * MIN_ARTICLES_PER_SECTION) for (const i of candidates) kinds[i] = 'section';
  }
  // Once the document is known to have sections, a section-shaped line right above a headline and its text is one.
  if (kinds.includes('section')) {
    paras.forEach((_, i) => {
      if (sectionLike(i) && kinds[i + 1] === 'heading' && kinds[i + 2] === 'body') kinds[i] = 'section';
    });
  }
  return kinds;
}

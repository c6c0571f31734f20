import { info, warning, type Message } from '../core/messages.js';
import type { Line } from '../types.js';
import { findPageFurniture } from './furniture.js';
import { findFrontMatter } from './front-matter.js';
import { toRows, type Row } from './rows.js';
import { learnWrap, makePara, unwrap, type Para, type WrapModel } from './unwrap.js';
import { endsContinuing, endsSentence } from './text-shape.js';
import { undoDoubledGlyphs } from './doubled-glyphs.js';
import { joinJumpedParts } from './jumps.js';
import { rejoinOpenSentences } from './open-sentences.js';
import { splitSideBySide } from './side-by-side.js';
import { pageNumbers } from './page-marks.js';
import { isCaption, isCredit, splitTrailingCredit } from './credit-patterns.js';

export type { Para, WrapModel } from './unwrap.js';
export type { Row } from './rows.js';

/** Lines after cleaning: paragraphs in reading order, and what was recognised as furniture. */
export interface Cleaned {
  paras: Para[];
  furniture: Line[];
  /** Line numbers of the front matter (cover, highlights, contents) among `furniture`. */
  frontMatter: number[];
  model: WrapModel;
  /** What cleaning set aside or undid (information) and had to guess at (warnings), for the bulletin's messages. */
  notes: Message[];
}

/**
 * Cleaning pipeline: furniture and front matter out → rows with pages → learn the wrap width → headlines side by side
 * cut apart → unwrap into paragraphs → sentences cut at a column's foot rejoined →
 * continued stories joined → split glued credits → undo doubled headline glyphs. Each step is a pure function of the previous result.
 */
export function cleanLines(lines: Line[]): Cleaned {
  const page = findPageFurniture(lines);
  const front = findFrontMatter(lines, page);
  const frontMatter = front.map((l) => l.lineNo);
  const { rows, removed } = toRows(lines, new Set([...page, ...front]));
  const model = learnWrap(rows);
  const unwrapped = rejoinOpenSentences(unwrap(splitSideBySide(rows, model), model, standsAlone));
  const jumped = joinJumpedParts(unwrapped, lines, pageNumbers(lines));
  const paras = undoDoubled(splitGluedCredits(joinSplitHeadlines(jumped, model)), model);
  const notes = cleaningNotes(rows, paras, model);
  if (frontMatter.length) {
    const range = `lines ${frontMatter[0]}-${frontMatter[frontMatter.length - 1]}`;
    notes.unshift(info('front-matter', `${range}: cover, highlights or contents (${frontMatter.length} lines) recognised as front matter, not articles`, frontMatter[0]));
  }
  return { paras, furniture: removed.furniture, frontMatter, model, notes };
}

/** Reports what cleaning undid or could not be sure of. */
function cleaningNotes(rows: Row[], paras: Para[], model: WrapModel): Message[] {
  const notes = paras.filter((p) => p.printed).map((p) => info('doubled-glyphs', `line ${p.lineStart}: doubled headline glyphs undone ("${p.text}")`, p.lineStart));
  const text = rows.filter((r) => !r.layout);
  const full = text.filter((r) => r.width >= model.fullThreshold).length;
  if (text.length >= 10 && (full < text.length * 0.4 || model.fullWidth <= 40)) {
    notes.push(warning('narrow-lines', 'lines are narrow or uneven (a multi-column page?): paragraph and article boundaries are a best guess'));
  }
  return notes;
}

/** Captions and credits are paragraphs of their own. */
const standsAlone = (text: string) => isCaption(text) || isCredit(text);

/**
 * Joins a headline printed over two lines when the dump does not mark paragraph ends: a long unpunctuated line
 * that stops short of the full width, followed by a much shorter unpunctuated line that ends the headline.
 * (Where ends are marked, unwrapping already joined it.)
 */
export function joinSplitHeadlines(paras: Para[], model: WrapModel): Para[] {
  if (model.spaceMarksEnd) return paras;
  const out: Para[] = [];
  for (let i = 0; i < paras.length; i++) {
    const a = paras[i];
    const b = paras[i + 1];
    const open = (p: Para) => p.rows.length === 1 && !endsSentence(p.text) && !endsContinuing(p.text) &&
      !standsAlone(p.text);
    if (b && open(a) && open(b) && !a.rows[0].layout && a.rows[0].width >= model.fullWidth * 0.5 &&
      b.rows[0].width <= model.fullWidth * 0.35 && !b.rows[0].afterBreak) {
      out.push(makePara([...a.rows, ...b.rows]));
      i++;
    } else out.push(a);
  }
  return out;
}

/** A headline's last character or two wrapped onto its byline's line (`量▶ 本报记者 某某`), as a column dump prints it. */
const HEADLINE_TAIL = /^([^\s。！？，、；：,.;:!?]{1,2})([▶►■]\s*\S.{0,40})$/u;

/**
 * Separates a credit line glued to the last sentence into a paragraph of its own; a headline's tail glued to
 * the byline under it goes back to the headline (a paragraph that does not end a sentence).
 */
export function splitGluedCredits(paras: Para[]): Para[] {
  const out: Para[] = [];
  for (const p of paras) {
    const tail = HEADLINE_TAIL.exec(p.text);
    const prev = out.at(-1);
    if (tail && isCredit(tail[2]) && prev && !prev.rows[0].layout && !endsSentence(prev.text) && !endsContinuing(prev.text)) {
      out[out.length - 1] = { ...prev, text: prev.text + tail[1], lineEnd: p.lineStart };
      out.push({ ...p, text: tail[2] });
      continue;
    }
    const split = splitTrailingCredit(p.text);
    if (!split) {
      out.push(p);
      continue;
    }
    const last = p.rows[p.rows.length - 1];
    out.push({ ...p, text: split.body }, { ...p, text: split.credit, rows: [last], lineStart: last.lineNo, page: last.page });
  }
  return out;
}

/** Undoes doubled glyphs in short paragraphs (headlines), keeping the printed form. */
export function undoDoubled(paras: Para[], model: WrapModel): Para[] {
  return paras.map((p) => {
    if (p.text.length > model.fullWidth) return p;
    const single = undoDoubledGlyphs(p.text);
    return single === p.text ? p : { ...p, text: single, printed: p.text };
  });
}

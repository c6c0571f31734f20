/**
 * Lines printed with a headline that belong to it: a kicker above it (a person's line `某公司创始人某某：`, or the
 * place of a regional round-up item), a dash line under it (`——副题`). And part markers (`· 定义篇 ·`) that divide
 * a report inside its article. All decided by shape and position, not wording.
 */
import type { Para } from '../clean/index.js';
import { makePara } from '../clean/unwrap.js';
import { BOX_LABELS, DASH_LINE, endsSentence, isFiguresRow, squash } from '../clean/text-shape.js';
import type { ParaKind } from './kinds.js';
import { isCommentatorLine, isReporterLine } from '../clean/credit-patterns.js';

/** A person's line ends in a colon and is short: who speaks, not what. */
const PERSON_LINE = /^[^，。；！？,.;!?：:]{2,24}[：:]$/u;
/** A decorated label, `· 定义篇 ·`, `【案例】`, `■ 展望`: a part of a report, never a section or a headline. */
const PART_MARKER = /^(?:[·•●■◆▲◇]\s*[\p{Script=Han}A-Za-z0-9]{1,10}\s*[·•●■◆▲◇]?|【[^】]{1,10}】|〔[^〕]{1,10}〕)$/u;
/** Section headings (要闻, 产业环境) are this short or shorter; a headline's first line is longer. */
const SECTION_CHARS = 5;

/** A place line of a round-up: a few Han characters, nothing else. */
const PLACE_LINE = /^[\p{Script=Han}]{2,5}$/u;

/** True for a part marker inside an article (`· 定义篇 ·`). */
export function isPartMarker(text: string): boolean {
  return PART_MARKER.test(text.trim());
}

/**
 * Marks kickers and dash lines as 'kicker' in place. A person's line is a kicker when a one-line heading follows
 * and the text before it ended (a sentence end, or nothing). Place lines are kickers only in a run: place,
 * headline, one paragraph, and again — a section heading is followed by several articles, a place by one
 * paragraph. `isSection` tells the known sections, which are never kickers.
 */
export function markHeadlineParts(paras: Para[], kinds: ParaKind[], isSection: (text: string) => boolean): void {
  const one = (i: number) => paras[i]?.rows.length === 1;
  const ended = (i: number) => i < 0 || kinds[i] !== 'body' || endsSentence(paras[i].text);
  paras.forEach((p, i) => {
    const t = p.text.trim();
    if (one(i) && PERSON_LINE.test(t) && kinds[i + 1] === 'heading' && kinds[i + 2] === 'body' && ended(i - 1)) kinds[i] = 'kicker';
    else if (one(i) && DASH_LINE.test(t) && kinds[i - 1] === 'heading' && kinds[i + 1] !== 'heading' && squash(t).length <= 40) {
      kinds[i] = 'kicker';
    }
  });
  // A headline set on two lines over its reporter's byline or signature (a 副题 may stand between): the first line is the
  // headline's first part, or its 引题. A blank line between the two parts them — the first is a sub-heading of the
  // story before — unless that story's text closed before it (a sentence end, a table's last row, or nothing
  // before: a caption closes a photo, not the text); one above the first line parts it from a heading before it. A line of a section's
  // length is a 引题 (专访) only over a headline with its 副题: a section heading stands over headlines alone.
  const closed = (i: number) => i < 0 || kinds[i] === 'heading' || (kinds[i] === 'body' && (endsSentence(paras[i].text) || isFiguresRow(paras[i].text)));
  const dashAt = (i: number) => kinds[i] === 'kicker' && DASH_LINE.test(paras[i].text);
  // A reporter's byline, or a commentary's signature (本报评论员).
  const signs = (t: string) => isReporterLine(t) || isCommentatorLine(t);
  paras.forEach((p, i) => {
    if (kinds[i] === 'heading' && one(i) && kinds[i + 1] === 'heading' && one(i + 1) &&
      (!paras[i + 1].rows[0].afterBlank || closed(i - 1)) && signs(paras[i + (dashAt(i + 2) ? 3 : 2)]?.text ?? '') &&
      (kinds[i - 1] !== 'heading' || p.rows[0].afterBlank) && (squash(p.text).length > SECTION_CHARS || dashAt(i + 2)) &&
      !isSection(p.text)) {
      kinds[i] = 'kicker';
    }
  });
  const place = (i: number) => kinds[i] === 'heading' && one(i) && PLACE_LINE.test(squash(paras[i].text)) &&
    !isSection(paras[i].text) && kinds[i + 1] === 'heading' && kinds[i + 2] === 'body' && kinds[i + 3] !== 'body';
  const places = paras.map((_, i) => place(i));
  places.forEach((yes, i) => { if (yes && (places[i + 3] || places[i - 3])) kinds[i] = 'kicker'; });
}

/** Paragraphs looked back over from a lone 副题 for its headline: a band of headlines and a story's text. */
const DASH_LOOK_BACK = 12;

/**
 * Headlines set side by side print in a plain dump one after another, then each story: a 副题 then stands over its
 * byline with text before it and no headline. Its headline is the nearest heading before it, on its page, standing
 * over another heading with no byline of its own (the first of a band); where none does, the nearest standing
 * alone among the text of the story before (a block of its own between two of that story's sentences: the
 * headline printed among the columns beside it). Maps each such 副题 to that heading.
 */
function loneDashHeadlines(paras: Para[], kinds: ParaKind[]): Map<number, number> {
  const found = new Map<number, number>();
  const taken = new Set<number>();
  const free = (j: number) => kinds[j] === 'heading' && paras[j].rows.length === 1 && !taken.has(j) && !DASH_LINE.test(paras[j].text);
  const heads = (j: number) => kinds[j + 1] === 'heading' || (kinds[j + 1] === 'kicker' && !DASH_LINE.test(paras[j + 1].text));
  const alone = (j: number) => !!paras[j].rows[0].alone && !BOX_LABELS.includes(squash(paras[j].text)) && kinds[j - 1] === 'body' && kinds[j + 1] === 'body';
  paras.forEach((p, i) => {
    if (kinds[i] !== 'heading' || !DASH_LINE.test(p.text) || kinds[i - 1] !== 'body' || !isReporterLine(paras[i + 1]?.text ?? '')) return;
    const back: number[] = [];
    for (let j = i - 2; j >= Math.max(0, i - DASH_LOOK_BACK) && paras[j].page === p.page; j--) if (free(j)) back.push(j);
    const j = back.find(heads) ?? back.find(alone);
    if (j === undefined) return;
    found.set(i, j);
    taken.add(j);
  });
  return found;
}

/**
 * Headlines side by side print one after another, and a byline may come out between the second and its 副题 (which
 * stands over its own byline): that byline is the headline's before, which has none. It is moved up under that
 * headline, and the 副题 marked as its own headline's, so the two join.
 */
function liftBylines(paras: Para[], kinds: ParaKind[]): { paras: Para[]; kinds: ParaKind[] } {
  const marked = [...kinds];
  // The byline each headline gets put before it, and the bylines so moved.
  const lifted = new Map<number, number>();
  const moved = new Set<number>();
  for (let d = 3; d < paras.length; d++) {
    if (kinds[d] !== 'heading' || !DASH_LINE.test(paras[d].text) || kinds[d - 1] !== 'credit' || kinds[d - 2] !== 'heading' ||
      !isReporterLine(paras[d - 1].text) || !isReporterLine(paras[d + 1]?.text ?? '')) continue;
    const h = kinds[d - 3] === 'kicker' ? d - 3 : d - 2;
    if (kinds[h - 1] !== 'heading') continue;
    marked[d] = 'kicker';
    lifted.set(h, d - 1);
    moved.add(d - 1);
  }
  if (!moved.size) return { paras, kinds };
  const order = paras.flatMap((_, i) => (moved.has(i) ? [] : lifted.has(i) ? [lifted.get(i)!, i] : [i]));
  return { paras: order.map((k) => paras[k]), kinds: order.map((k) => marked[k]) };
}

/**
 * Joins each kicker to its headline (a place with a space, a person's line directly; a dash line after it), and a
 * lone 副题 to the headline of its band, in the 副题's place (over the byline and the story).
 */
export function joinHeadlineParts(paras: Para[], kinds: ParaKind[]): { paras: Para[]; kinds: ParaKind[] } {
  ({ paras, kinds } = liftBylines(paras, kinds));
  const out: Para[] = [];
  const outKinds: ParaKind[] = [];
  const lone = loneDashHeadlines(paras, kinds);
  const moved = new Set(lone.values());
  for (let i = 0; i < paras.length; i++) {
    if (moved.has(i)) continue;
    const head = lone.get(i);
    if (head !== undefined) {
      const [h, d] = [paras[head], paras[i]];
      out.push({ ...makePara([...h.rows, ...d.rows]), text: `${h.text}${d.text}` });
      outKinds.push('heading');
      continue;
    }
    if (kinds[i] === 'kicker' && !DASH_LINE.test(paras[i].text) && kinds[i + 1] === 'heading') {
      const [k, h] = [paras[i], paras[i + 1]];
      const joined = makePara([...k.rows, ...h.rows]);
      const gap = /[：:]$/u.test(k.text) ? '' : ' ';
      out.push({ ...joined, text: `${k.text}${gap}${h.text}`, ...(h.printed ? { printed: `${k.text}${gap}${h.printed}` } : {}) });
      outKinds.push('heading');
      i++;
    } else if (kinds[i] === 'kicker' && DASH_LINE.test(paras[i].text) && outKinds[outKinds.length - 1] === 'heading') {
      const h = out[out.length - 1];
      out[out.length - 1] = { ...makePara([...h.rows, ...paras[i].rows]), text: `${h.text}${paras[i].text}` };
    } else {
      out.push(paras[i]);
      outKinds.push(kinds[i] === 'kicker' ? 'body' : kinds[i]);
    }
  }
  return { paras: out, kinds: outKinds };
}

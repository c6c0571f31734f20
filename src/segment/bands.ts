import type { Para } from '../clean/index.js';
import { endsSentence, hasClauseMark } from '../clean/text-shape.js';
import type { Draft } from './articles.js';
import { bigrams } from './cohesion.js';
import { isReporterLine } from '../clean/credit-patterns.js';
import type { ParaKind } from './kinds.js';

/**
 * Stories set side by side under a band of headlines print, in a plain dump, as the headlines one after another,
 * then the stories' text interleaved row block by row block, all of it read as the last headline's article. A band
 * is a run of titled articles with no text, closed by one with text; that text is shared out among the band:
 * - the bylines met in it go, in order, to the headlines with none set right under them;
 * - a paragraph goes on with the story of the paragraph before when that one left its sentence open (a column
 *   cut mid-sentence resumes in the next block of its story), else to the story whose headline and text so far
 *   share the most words with it (a story's text names its subject);
 * - a sub-heading goes with the paragraph after it.
 */
export function shareBands(drafts: Draft[]): void {
  for (let n = 0; n < drafts.length; n++) {
    let end = n;
    // (A box's label, 相关链接 or 记者手记, is no headline of a band, though its text is met later too.)
    while (end < drafts.length - 1 && !drafts[end].body.length && drafts[end].article.title.length >= MIN_HEADLINE) end++;
    if (end > n && end - n < MAX_BAND) share(drafts.slice(n, end + 1));
    n = end;
  }
}

/** Most headlines a band holds: a page sets a few side by side (and the sharing stays linear in the text). */
const MAX_BAND = 6;

function share(band: Draft[]): void {
  const last = band[band.length - 1];
  const text = last.body;
  if (text.length < band.length) return;
  // The last headline's byline, when met after other text, is the first of those met, not its own.
  const metFirst = !last.bylineUnder && last.article.byline !== null ? [last.article.byline] : [];
  const lacking = band.filter((d) => d.article.byline === null || (d === last && !d.bylineUnder));
  const given = new Set(last.credits.slice(0, Math.max(0, lacking.length - metFirst.length)));
  const bylines = [...metFirst, ...[...given].map((p) => p.text)];
  lacking.forEach((d, k) => { d.article.byline = bylines[k] ?? null; });
  const subheads = new Set(last.article.subheads);
  const bags = band.map((d) => bigrams(d.article.title));
  const bodies: Para[][] = band.map(() => []);
  let pending: Para[] = [];
  let prev = -1;
  for (const p of text) {
    if (given.has(p)) continue;
    if (subheads.has(p.text)) {
      pending.push(p);
      continue;
    }
    const open = prev >= 0 && !endsSentence(bodies[prev][bodies[prev].length - 1].text);
    const k = open ? prev : closest(bags, p) ?? Math.max(prev, 0);
    bodies[k].push(...pending, p);
    pending = [];
    for (const w of bigrams(p.text)) bags[k].add(w);
    prev = k;
  }
  bodies[Math.max(prev, 0)].push(...pending);
  band.forEach((d, k) => {
    d.body = bodies[k];
    d.article.subheads = bodies[k].filter((p) => subheads.has(p.text)).map((p) => p.text);
    d.article.lineEnd = Math.max(d.article.lineEnd, ...bodies[k].map((p) => p.lineEnd));
  });
}

/** Words a paragraph must share with a story to be given to it rather than left where it was read. */
const SHARED = 2;

/** The story sharing the most words with `p` (at least SHARED); null when none does. */
function closest(bags: Set<string>[], p: Para): number | null {
  const words = bigrams(p.text);
  let best: number | null = null;
  let top = SHARED - 1;
  bags.forEach((bag, k) => {
    let shared = 0;
    for (const w of words) if (bag.has(w)) shared++;
    if (shared > top) [best, top] = [k, shared];
  });
  return best;
}

/** Characters a headline's line holds at least: fewer is a label's or a headline's last words. */
const MIN_HEADLINE = 6;

/**
 * A headline printed on its own, on one line or wrapped onto a second (not one cut from a row of headlines: those
 * are told already).
 */
function oneLineHeadline(p: Para): boolean {
  return p.rows.length <= 2 && !p.rows.some((r) => r.beside) && !hasClauseMark(p.text) && p.text.replace(/\s/g, '').length >= MIN_HEADLINE;
}

/** A band's headings (and the headline ending its text) and the text after them, up to the next headline set over its byline. */
export interface HeadlineBands { heads: Set<number>; text: Set<number> }

/**
 * Headlines set side by side, each on one line, print in a plain dump one after another (blank lines between)
 * straight over the stories' text, and their bylines are met later in that text. A run of one-line headings over
 * text is such a band when that text, up to the next headline over its byline, holds a reporter's byline for each
 * heading after the first: each heading is a headline, and inside that text a byline closes no story (it opens
 * none either: it stands where the row order put it).
 */
export function findBands(paras: Para[], kinds: ParaKind[], bylined: (i: number) => boolean): HeadlineBands {
  const bands: HeadlineBands = { heads: new Set(), text: new Set() };
  let i = 0;
  while (i < paras.length) {
    let j = i;
    while (kinds[j] === 'heading' && oneLineHeadline(paras[j]) && !bylined(j)) j++;
    if (j - i < 2 || kinds[j] !== 'body') {
      i = Math.max(j, i + 1);
      continue;
    }
    let end = j;
    let bylines = 0;
    while (end < paras.length && !(kinds[end] === 'heading' && bylined(end))) {
      if (kinds[end] === 'credit' && isReporterLine(paras[end].text)) bylines++;
      end++;
    }
    if (bylines >= j - i - 1) {
      // The headline over its byline that ends the band's text is a headline too.
      for (let k = i; k < j; k++) bands.heads.add(k);
      if (end < paras.length) bands.heads.add(end);
      for (let k = j; k < end; k++) bands.text.add(k);
      // A band story's byline not met in that text is printed later, inside the next story's: it closes no story.
      if (bylines < j - i) {
        const late = laterByline(paras, kinds, end + 1, bylined);
        if (late !== null) bands.text.add(late);
      }
    }
    i = end;
  }
  return bands;
}

/** The first reporter's byline after text from `from` on, up to the next headline over its byline; null if none. */
function laterByline(paras: Para[], kinds: ParaKind[], from: number, bylined: (i: number) => boolean): number | null {
  for (let k = from; k < paras.length && !(kinds[k] === 'heading' && bylined(k)); k++) {
    if (kinds[k] === 'credit' && kinds[k - 1] === 'body' && isReporterLine(paras[k].text)) return k;
  }
  return null;
}

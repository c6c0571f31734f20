import type { Para, WrapModel } from '../clean/index.js';
import { BOX_LABELS, itemLeadIn, squash } from '../clean/text-shape.js';
import { addInto, clearBag, cosine, emptyBag, paragraphVectors, type Bag, type SparseVec } from './cohesion.js';
import { isReporterLine } from '../clean/credit-patterns.js';
import { isPartMarker } from './headline-parts.js';
import { startsWithListNumber, type ParaKind, type SegmentOptions } from './kinds.js';
import { findBands } from './bands.js';

/** The role of a heading inside the bulletin. */
export type HeadingRole = 'title' | 'subhead';

/** A sidebar's expert heading: a person described at length (or by office), a colon, then the viewpoint. */
const ROLE_WORD = /院士|总裁|董事长|主任|导师|分析师|工程师|教授|研究员|首席|经理|院长|所长|部长|局长|秘书长|主席|专家|CEO|CTO|创始人|负责人/u;

/** Share of headings that closing credits must reach to count as the house's way of ending articles. */
const CREDIT_SHARE = 0.3;
/** Text after a heading considered when judging it, in characters. */
const LOOKAHEAD = 1200;
/** Below this similarity to the current article, the text after a heading starts a new story. */
const NEW_STORY = 0.09;
/** A heading whose text opens with a dateline or news lead is a new story up to this similarity. */
const NEW_STORY_WITH_LEAD = 0.2;
/** A dateline or news lead in the first characters of a paragraph: how a news article's first paragraph opens. */
const DATELINE = /^.{0,12}(?:\d{1,2}月\d{1,2}日|日前|近日|近期|昨天|昨日|当地时间)/u;
/** A heading this many times longer than the document's median heading reads like a headline ... */
const LONG_HEADING = 1.4;
/** ... and may be this many times more similar to the current article and still open a new story. */
const LONG_HEADING_LATITUDE = 1.4;
/** Below this, a new story even if the current article would be left with a single sub-heading. */
const CLEARLY_NEW = 0.04;
/** An article's only sub-heading this unlike the text before it is really the next article's title. */
const LONE_SUBHEAD_NEW = 0.2;
/** A heading closer than this many full-line widths (display) after a title is a sub-heading: articles are longer. */
const MIN_ARTICLE_LINES = 3;

/** A 简讯 item's opening paragraph: its lead-in run into its text after a space. */
const ITEM_LEAD_IN = itemLeadIn(6);

/**
 * True when the heading at `i` stands over a column of short items (two paragraphs or more, each opening with
 * its lead-in): the column's own head, though no byline is set under it.
 */
function headsItems(paras: Para[], kinds: ParaKind[], i: number): boolean {
  let items = 0;
  while (items < 2 && kinds[i + 1 + items] === 'body' && ITEM_LEAD_IN.test(paras[i + 1 + items].text)) items++;
  return items >= 2;
}

/** A news story's opening words: a dateline, or the paper's own 本报讯. */
const NEWS_LEAD = /^(?:本报讯|.{0,12}?\d{1,2}月\d{1,2}日[，,])/u;

/** True when the heading at `i` stands right over a paragraph opening like news (a photo box's 图片新闻 over its text). */
function opensNews(paras: Para[], kinds: ParaKind[], i: number): boolean {
  return kinds[i + 1] === 'body' && NEWS_LEAD.test(paras[i + 1].text);
}

/** True for an expert heading inside a sidebar (`院士王某：观点`). */
export function isExpertHeading(text: string): boolean {
  const m = /^([^：:]+)[：:](.+)$/u.exec(text);
  return !!m && (squash(m[1]).length >= 5 || ROLE_WORD.test(m[1]));
}

/**
 * Tells titles from sub-headings, in reading order. Hard evidence first: the first heading after a section
 * heading, after an article-closing credit (in documents that close articles with credits) or at the start is a
 * title; a sidebar label and the expert headings under it are sub-headings, and the first other heading after a
 * sidebar is a title. Then layout (font size) when there is one; else a heading cut like the current title and
 * unlike its sub-headings is a title whatever its words; else the text's own cohesion: a title is
 * followed by text unlike the current article (with more latitude for a long heading or one whose text opens
 * with a dateline), a sub-heading by more of the same (about as much as its siblings were); sub-headings come two
 * or more to an article and look alike, and a numbered heading under an unnumbered title is one.
 */
export function assignRoles(paras: Para[], kinds: ParaKind[], model: WrapModel, opts: SegmentOptions): Map<number, HeadingRole> {
  const roles = new Map<number, HeadingRole>();
  const closing = closingCredits(paras, kinds);
  // A house rule only when most articles close that way: two reporters' credits in a weekly are not one.
  const headings = kinds.filter((k) => k === 'heading').length;
  const creditCloses = closing.size >= 2 && closing.size >= headings * CREDIT_SHARE;
  const labels = sidebarLabels(paras, kinds, opts);
  // Papers that set a reporter's byline under every headline: a heading with one under it is a headline, one
  // without is a sub-heading (once two headlines show the house does so).
  const bylined = (i: number) => kinds[i + 1] === 'credit' && isReporterLine(paras[i + 1].text);
  const bylineHouse = paras.filter((_, i) => kinds[i] === 'heading' && bylined(i)).length >= 2;
  const bands = findBands(paras, kinds, bylined);
  const boxes = new Set(BOX_LABELS.map(squash));
  // A newspaper page (reporters' bylines, under headlines or met later in the text) sets boxes as articles of their own.
  const newspaper = bylineHouse || paras.filter((p, i) => kinds[i] === 'credit' && isReporterLine(p.text)).length >= 2;
  // …and inside a band's text a box's label opens one too, on any page.
  const opensBox = (i: number) => boxes.has(squash(paras[i].text)) && (newspaper || bands.text.has(i));
  const { vecs, dims, isRare } = paragraphVectors(paras.map((p) => p.text));
  const longHeading = LONG_HEADING * medianHeadingLength(paras, kinds);
  const article = emptyBag(dims);
  const after = emptyBag(dims);
  let title = '';
  let lead = new Set<number>();
  let articleChars = 0;
  let subheads: { i: number; similarity: number; judged: boolean }[] = [];
  let boundary = true;
  let inSidebar = false;
  let prevKind: ParaKind | null = null;
  // In running text an article with a single sub-heading is rare; when that one was not clearly a continuation,
  // it was a title. (With layout, font size has already decided.)
  const closeArticle = () => {
    const lone = subheads.length === 1 ? subheads[0] : null;
    if (lone && !paras[lone.i].rows[0].layout && lone.similarity < LONE_SUBHEAD_NEW) roles.set(lone.i, 'title');
    subheads = [];
  };
  const subhead = (i: number) => {
    roles.set(i, 'subhead');
    subheads.push({ i, similarity: 1, judged: false });
  };
  const startArticle = (i: number) => {
    closeArticle();
    roles.set(i, 'title');
    title = squash(paras[i].text);
    lead = new Set([...vecs[i].idx].filter(isRare));
    addInto(clearBag(article), vecs[i]);
    articleChars = 0;
    boundary = false;
    inSidebar = false;
  };
  paras.forEach((p, i) => {
    const kind = kinds[i];
    if (kind === 'section' || (creditCloses && closing.has(i) && !bands.text.has(i))) {
      if (kind === 'section') closeArticle();
      boundary = true;
    } else if (kind === 'heading') {
      const key = squash(p.text);
      if (bands.heads.has(i) || opensBox(i)) startArticle(i);
      // Inside a band's text (its stories' bylines all met in it) a heading is a sub-heading of one of them.
      // (In a PDF the type size says which headings are headlines, bylined or not.)
      else if (bands.text.has(i) && !p.rows[0].layout) subhead(i);
      else if (bylineHouse && !labels.has(key) && !p.rows[0].layout) {
        if (bylined(i) || boundary || p.rows[0].beside || headsItems(paras, kinds, i) || opensNews(paras, kinds, i)) startArticle(i);
        else subhead(i);
      } else if (boundary) startArticle(i);
      else if (labels.has(key)) { roles.set(i, 'subhead'); inSidebar = true; }
      else if (isPartMarker(p.text)) { roles.set(i, 'subhead'); inSidebar = false; }
      else if (inSidebar) {
        if (isExpertHeading(p.text)) roles.set(i, 'subhead');
        else startArticle(i);
      } else if (prevKind === 'heading' || creditCloses) roles.set(i, 'subhead');
      else if (startsWithListNumber(p.text) && !startsWithListNumber(title)) subhead(i);
      else {
        const similarity = following(paras, kinds, vecs, i, article, clearBag(after));
        const siblings = subheads.map((s) => squash(paras[s.i].text));
        const sibling = looksLikeSibling(key, title, siblings, after, lead);
        const dateline = DATELINE.test(paras[i + 1]?.text ?? '');
        const judged = key.length >= longHeading ? similarity / LONG_HEADING_LATITUDE : similarity;
        const mirrors = mirrorsTitle(key, title, siblings);
        const unlike = unlikeSiblings(judged, subheads);
        if (opensStory(paras[i], model, judged, articleChars, subheads.length, sibling, dateline, mirrors, unlike)) startArticle(i);
        else { roles.set(i, 'subhead'); subheads.push({ i, similarity, judged: true }); }
      }
    } else if (kind === 'body') {
      if (articleChars === 0 && !subheads.length) for (const b of vecs[i].idx) if (isRare(b)) lead.add(b);
      boundary = false;
      articleChars += p.text.length;
    }
    if (kind !== 'section' && kind !== 'credit' && roles.get(i) !== 'title') addInto(article, vecs[i]);
    if (kind !== 'caption') prevKind = kind;
  });
  closeArticle();
  return roles;
}

/** Fills `after` with the text following heading i (up to the next heading); returns its similarity to the article. */
function following(paras: Para[], kinds: ParaKind[], vecs: SparseVec[], i: number, article: Bag, after: Bag): number {
  let size = 0;
  for (let j = i + 1; j < paras.length && size < LOOKAHEAD && kinds[j] !== 'heading' && kinds[j] !== 'section'; j++) {
    addInto(after, vecs[j]);
    size += paras[j].text.length;
  }
  return size ? cosine(after, article) : 1;
}

/**
 * Sub-headings of one article look alike and pick up threads its lead announced: a heading closer in length to
 * the article's sub-headings than to its title, followed by text naming things (rare bigrams) the lead named.
 */
function looksLikeSibling(heading: string, title: string, siblings: string[], after: Bag, lead: Set<number>): boolean {
  if (siblings.length < 2) return false;
  const mean = siblings.reduce((n, s) => n + s.length, 0) / siblings.length;
  if (Math.abs(heading.length - mean) >= Math.abs(heading.length - title.length)) return false;
  let shared = 0;
  for (const b of after.touched) if (lead.has(b) && ++shared >= 2) return true;
  return false;
}

/** A two-part headline: a clause, a question mark, exclamation mark or colon, then another clause. */
const TWO_PART = /^[^？?！!：:]{4,}[？?！!：:][^？?！!：:]{4,}$/u;

/**
 * A heading cut like the current article's title (a two-part headline of about its length) while none of the
 * article's sub-headings so far is: the papers set headlines alike and sub-headings alike, so it is the next
 * headline, however much its story shares the current one's words.
 */
function mirrorsTitle(heading: string, title: string, siblings: string[]): boolean {
  if (!siblings.length || !TWO_PART.test(heading) || !TWO_PART.test(title) || siblings.some((s) => TWO_PART.test(s))) {
    return false;
  }
  const mean = siblings.reduce((n, s) => n + s.length, 0) / siblings.length;
  return Math.abs(heading.length - title.length) < Math.abs(heading.length - mean);
}

/** A heading followed by text less than this share as similar to the article as its sub-headings' text was ... */
const UNLIKE_SIBLINGS = 0.5;

/**
 * ... starts a new story: an article's sub-headings are all followed by more of it (judged against the same
 * growing article), so one much less cohesive than its siblings ends the article. Needs two judged siblings.
 */
function unlikeSiblings(similarity: number, subheads: { similarity: number; judged: boolean }[]): boolean {
  const judged = subheads.filter((s) => s.judged);
  if (judged.length < 2) return false;
  return similarity < UNLIKE_SIBLINGS * (judged.reduce((n, s) => n + s.similarity, 0) / judged.length);
}

/** Whether a heading opens a new story rather than continuing the current article. */
function opensStory(
  heading: Para, model: WrapModel, similarity: number, articleChars: number, subheads: number, sibling: boolean,
  dateline: boolean, mirrors: boolean, unlike: boolean,
): boolean {
  // A headline is as large as its largest line: a 引题 joined above it is set smaller.
  if (heading.rows[0].layout && model.bodyFontSize) {
    return Math.max(...heading.rows.map((r) => r.layout?.fontSize ?? 0)) >= model.bodyFontSize * 1.3;
  }
  if (mirrors) return true;
  if (similarity < CLEARLY_NEW) return true;
  if (articleChars < (model.fullWidth / 2) * MIN_ARTICLE_LINES) return false;
  if (subheads === 1 || sibling) return false;
  if (unlike) return true;
  return similarity < (dateline ? NEW_STORY_WITH_LEAD : NEW_STORY);
}

/**
 * Credits that close articles as a house rule: followed (captions aside) by a heading, a section or the end, and
 * of one recurring form (bracketed, reporter line, bare name). Empty when fewer than two share a form.
 */
function closingCredits(paras: Para[], kinds: ParaKind[]): Set<number> {
  const byForm = new Map<string, number[]>();
  kinds.forEach((k, i) => {
    if (k !== 'credit') return;
    let j = i + 1;
    while (kinds[j] === 'caption') j++;
    if (j < kinds.length && kinds[j] !== 'heading' && kinds[j] !== 'section') return;
    const t = paras[i].text;
    const form = /^[（(]/.test(t) ? 'bracket' : /记者|通讯员/.test(t) ? 'reporter' : 'name';
    const same = byForm.get(form);
    if (same) same.push(i);
    else byForm.set(form, [i]);
  });
  const best = [...byForm.values()].sort((a, b) => b.length - a.length)[0] ?? [];
  return new Set(best.length >= 2 ? best : []);
}

/** Median length (characters, no spaces) of the document's headings: titles are the long ones, in any paper. */
function medianHeadingLength(paras: Para[], kinds: ParaKind[]): number {
  const lengths = paras.filter((_, i) => kinds[i] === 'heading').map((p) => squash(p.text).length).sort((a, b) => a - b);
  return lengths.length ? lengths[Math.floor(lengths.length / 2)] : 0;
}

/** Sidebar labels: the known ones, plus any short heading the document repeats (a section never repeats). */
function sidebarLabels(paras: Para[], kinds: ParaKind[], opts: SegmentOptions): Set<string> {
  const seen = new Map<string, number>();
  paras.forEach((p, i) => {
    if (kinds[i] !== 'heading') return;
    const key = squash(p.text);
    if (key.length <= 6) seen.set(key, (seen.get(key) ?? 0) + 1);
  });
  const labels = new Set(opts.sidebarLabels.map(squash));
  for (const [k, n] of seen) if (n > 1) labels.add(k);
  return labels;
}

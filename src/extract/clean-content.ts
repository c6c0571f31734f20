/**
 * Removes furniture left inside the chosen article container: link lists, share and tag bars,
 * image galleries, forms and embeds, judged by class hints, link density and what the block holds
 * (after Readability's conditional cleaning).
 */
import { allElements, boldThroughout, detach, hasAncestor, isTag, isText, textOf, type AnyNode, type Element } from './dom.js';
import { classWeight, isQuoteWrapper } from './boilerplate.js';
import { Measures, type MainContent } from './main-content.js';
import { commaCount, textWeight } from './text-measure.js';
import { isSalutation } from './cn-notice.js';
import { startsNumberedSection } from '../clean/text-shape.js';

const CONDITIONAL = new Set(['div', 'section', 'table', 'ul', 'ol', 'form', 'header', 'figure', 'dl', 'aside', 'span']);
const FIGURE = new Set(['figure']);

function count(el: Element, tag: string): number {
  let n = 0;
  for (const e of allElements(el)) if (e.name === tag) n++;
  return n;
}

/** Paragraphs under `el`: `<p>` elements plus substantial bare text runs (text-and-`<br>` layouts). */
function paragraphCount(el: Element): number {
  let n = 0;
  const walk = (e: Element): void => {
    for (const c of e.children) {
      if (isText(c)) {
        if (textWeight(c.data) >= 25) n++;
      } else if (isTag(c)) {
        if (c.name === 'p') n++;
        else walk(c);
      }
    }
  };
  walk(el);
  return n;
}

/** Elements whose children are running text: an inline element directly inside them is part of a sentence. */
const TEXT_BLOCKS = new Set(['p', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'td', 'dd', 'dt', 'a', 'b', 'strong', 'em', 'i', 'font']);

/** True for a span that is part of running text (text beside it, or inside a paragraph): never judged as a block. */
function inRunningText(el: Element): boolean {
  if (el.name !== 'span' || !el.parent) return false;
  const parent = el.parent as Element;
  return TEXT_BLOCKS.has(parent.name) || parent.children.some((c) => isText(c) && c.data.trim() !== '');
}

function shouldRemove(el: Element, m: Measures, scores: Map<Element, number>, textUnits: Set<Element>, texts: ChineseTextParagraphs): boolean {
  if (inRunningText(el)) return false;
  // An article's own <header> holds headline, standfirst and byline: metadata, not body.
  if (el.name === 'header') return true;
  if (isQuoteWrapper(el)) return false;
  const weight = classWeight(el);
  // A furniture-like name loses only when the block did not earn votes from paragraphs of its own, and is not one of
  // the repeated text units a gallery tells its story in (a `caption` under each picture).
  if (weight + (scores.get(el) ?? 0) < 0 && !textUnits.has(el)) return true;
  const text = textOf(el);
  if (commaCount(text) >= 10) return false;
  const { weight: length } = m.stats(el);
  const ld = m.linkDensity(el);
  const isList = el.name === 'ul' || el.name === 'ol' || el.name === 'dl';
  const p = paragraphCount(el);
  const img = count(el, 'img');
  const li = count(el, 'li') - 100;
  const inputs = count(el, 'input') + count(el, 'select') + count(el, 'textarea');
  const embeds = count(el, 'embed') + count(el, 'object') + count(el, 'iframe');
  if (img > 1 && p / img < 0.5 && !hasAncestor(el, FIGURE)) return true;
  // An image with a short line under it is a photo and its caption, not body text.
  if (img >= 1 && length < 90 && commaCount(text) === 0 && !/[.!?。！？]\s*$/.test(text.trim())) return true;
  if (!isList && li > p) return true;
  if (inputs > Math.floor(p / 3)) return true;
  if (!isList && length < 25 && (img === 0 || img > 2) && !hasAncestor(el, FIGURE) && el.name !== 'span') return length === 0 || ld > 0;
  if (!isList && weight < 25 && ld > 0.2 && !texts.holds(el)) return true;
  if (isList && ld > 0.5) return true;
  if (weight >= 25 && ld > 0.5) return true;
  if ((embeds === 1 && length < 75) || embeds > 1) return true;
  return false;
}

/** Paragraphs of Chinese sentences without links that make a block text, however many links follow them (a related list). */
const TEXT_PARAGRAPHS = 2;
const TEXT_PARAGRAPH_WEIGHT = 40;

/**
 * How many `<p>` paragraphs of Chinese sentences with no link in them each element still holds (none on other
 * pages): counted once up from each paragraph, and taken off an element's ancestors when it is detached, so asking
 * is a look-up (a page of many paragraphs and many link blocks stays linear).
 */
class ChineseTextParagraphs {
  private readonly paragraphs: Set<Element>;
  private readonly under = new Map<unknown, number>();

  constructor(root: Element) {
    this.paragraphs = new Set(allElements(root).filter((p) => {
      if (p.name !== 'p' || count(p, 'a') > 0) return false;
      const text = textOf(p).trim();
      return textWeight(text) >= TEXT_PARAGRAPH_WEIGHT && /[。！？]["”」]?$/.test(text) && /[\u4e00-\u9fff]/.test(text);
    }));
    for (const p of this.paragraphs) for (let a = p.parent; a; a = a.parent) this.under.set(a, (this.under.get(a) ?? 0) + 1);
  }

  /**
   * Whether `el` still holds at least {@link TEXT_PARAGRAPHS} of them: a short text whose container also holds its
   * related links (`相关新闻` entries as paragraphs) is text, not a link list; the links are told apart line by line
   * afterwards.
   */
  holds(el: Element): boolean {
    return (this.under.get(el) ?? 0) >= TEXT_PARAGRAPHS;
  }

  /** Takes what `el` holds off its ancestors' counts: call before detaching it. */
  detaching(el: Element): void {
    const n = (this.under.get(el) ?? 0) + (this.paragraphs.has(el) ? 1 : 0);
    if (n) for (let a = el.parent; a; a = a.parent) this.under.set(a, (this.under.get(a) ?? 0) - n);
  }
}

/**
 * A Chinese photo caption (Han, no kana: Japanese how-tos put steps under screenshots) in a paragraph of its own right under the photo's: short, no sentence end, not a sub-head
 * (bold throughout, or numbered). With a full stop it may be text; `图为…。` captions are told by their wording later.
 */
const CAPTION_MAX = 60;
const SUBHEAD_MARK = /^[▍■▌◆●]/;
/**
 * A caption closing the text's box, one clause with its full stop (`储能电站项目建设现场。`): under the last photo of a
 * paper's page, where no sentence of text follows — beside the photo in its paragraph, or centred as captions are set
 * apart: a short sentence of text may close an article under its last photo too (`会议由副市长张三主持。`).
 */
const CLOSING_CAPTION_MAX = 30;
const ONE_CLAUSE = /^[^，,；;。！？.!?]+[。.]$/;
const setApart = (p: Element): boolean => count(p, 'img') > 0 || p.attribs.align?.toLowerCase() === 'center' || /text-align\s*:\s*center/i.test(p.attribs.style ?? '');
function isCaptionUnderPhoto(p: Element, closesBox: ClosesBox): boolean {
  const prev = p.prev && previousElement(p);
  if (!prev || count(prev, 'img') === 0 || textOf(prev).trim() !== '' || count(p, 'img') > 0) return false;
  return isCaptionText(textOf(p), p, closesBox) && !boldThroughout(p);
}

/** A photo and its caption in one paragraph (`<p><img><br>储能电站项目建设现场。</p>`) closing the text's box. */
function isClosingPhotoParagraph(p: Element, closesBox: ClosesBox): boolean {
  const first = p.children.find((c) => isTag(c) || (isText(c) && c.data.trim()));
  return first !== undefined && isTag(first) && first.name === 'img' && count(p, 'img') === 1 && closesBox(p) && isCaptionText(textOf(p), p, closesBox);
}

/** Whether `text`, under a photo, reads as its caption: short Han, no sentence end (one clause with it where `p` closes the box), no sub-head. */
function isCaptionText(raw: string, p: Element, closesBox: ClosesBox): boolean {
  const text = raw.replace(/[\s\u00a0\u3000]+/g, ' ').trim();
  const sentence = /[.!?。！？]$/.test(text) && !(text.length <= CLOSING_CAPTION_MAX && ONE_CLAUSE.test(text) && closesBox(p) && setApart(p));
  // A notice's salutation (`各有关单位：`) right under a photo opens the text: no caption.
  return !(!text || text.length > CAPTION_MAX || !/[\u4e00-\u9fff]/.test(text) || /[\u3040-\u30ff]/.test(text) || sentence || startsNumberedSection(text) || SUBHEAD_MARK.test(text) || isSalutation(text));
}

/** True when nothing with text follows `el` in its parent. */
type ClosesBox = (el: Element) => boolean;

/**
 * A ClosesBox for one look at a tree that does not change meanwhile: each parent's children are read once, from the
 * end, as they are first asked about. Scanning the siblings after each paragraph asked would be quadratic in a run of
 * photos without text.
 */
function closesBoxOnce(): ClosesBox {
  const textFollows = new WeakMap<AnyNode, boolean>();
  return (el) => {
    if (!textFollows.has(el) && el.parent) {
      let seen = false;
      for (let i = el.parent.children.length - 1; i >= 0; i--) {
        const c = el.parent.children[i];
        textFollows.set(c, seen);
        seen ||= (isText(c) && c.data.trim() !== '') || (isTag(c) && textOf(c).trim() !== '');
      }
    }
    return !textFollows.get(el);
  };
}

function previousElement(el: Element): Element | null {
  for (let s = el.prev; s; s = s.prev) {
    if (isTag(s)) return s;
    if (isText(s) && s.data.trim()) return null;
  }
  return null;
}

/** Blocks of one class a container repeats at least this often, each a sentence of text, are its text's units. */
const UNITS_MIN = 3;
const UNIT_WEIGHT = 40;
const UNIT_LINKS = 0.25;

/**
 * Blocks sharing one class name, at least {@link UNITS_MIN} of them and each holding a sentence of text without links: a
 * gallery's paragraph under each picture (`<div class="caption">`), the text itself however the class is named. A
 * summary or caption box the name rightly condemns stands once, or holds a short line; a list of teasers links each.
 */
function repeatedTextUnits(els: Element[], m: Measures): Set<Element> {
  const byClass = new Map<string, Element[]>();
  for (const el of els) {
    const cls = el.attribs.class?.trim();
    if (!cls || classWeight(el) >= 0) continue;
    const text = textOf(el).trim();
    // A teaser's description beside its linked headline is no such unit: the unit's block around it holds few links.
    const around = el.parent && isTag(el.parent) ? m.linkDensity(el.parent) : 1;
    if (textWeight(text) < UNIT_WEIGHT || !/[.!?。！？」”]$/.test(text) || m.linkDensity(el) > 0 || around > UNIT_LINKS) continue;
    const group = byClass.get(cls);
    if (group) group.push(el);
    else byClass.set(cls, [el]);
  }
  return new Set([...byClass.values()].filter((g) => g.length >= UNITS_MIN).flat());
}

/** Cleans the article containers in place; innermost blocks are judged first. */
export function cleanContent({ containers, scores }: MainContent): void {
  // One memo suffices: a block is judged only after everything inside it, so its counts are final by then.
  const m = new Measures();
  for (const root of containers) {
    const els = allElements(root).filter((e) => CONDITIONAL.has(e.name)).reverse();
    const textUnits = repeatedTextUnits(els, new Measures());
    const texts = new ChineseTextParagraphs(root);
    for (const el of els) {
      if (!el.parent || !shouldRemove(el, m, scores, textUnits, texts)) continue;
      texts.detaching(el);
      detach(el);
    }
    // Captions are found first and dropped after: dropped one by one, each would bring the next paragraph under the photo
    // (a notice's salutation after a captioned photo went as a second caption).
    const closesBox = closesBoxOnce();
    const captions = allElements(root).filter((p) => p.name === 'p' && p.parent && (isCaptionUnderPhoto(p, closesBox) || isClosingPhotoParagraph(p, closesBox)));
    for (const p of captions) detach(p);
  }
}

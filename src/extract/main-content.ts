/**
 * Finds the element(s) holding the article: paragraphs vote for their ancestors (text length,
 * clause separators, class hints), the best-scored ancestor after link-density discount wins, and
 * siblings that look like more of the same article are merged back (articles split by an ad block).
 */
import { SUMMARY_LABEL } from './cn-body-edges.js';
import { BLOCK_TAGS, childElements, isTag, isText, textOf, type Document, type Element } from './dom.js';
import { classWeight } from './boilerplate.js';
import { commaCount, textWeight } from './text-measure.js';
import { isCaptionGallery } from './gallery-marks.js';
import { letterBeforeAnswer } from './cn-letters.js';

/** Measures of one element, memoised per tree state. */
export interface Stats {
  weight: number;
  linkWeight: number;
}

/** Memoised text measures; build a new one after the tree changes. */
export class Measures {
  private cache = new Map<Element, Stats>();

  /** Weighted text length and weighted length of text inside links. */
  stats(el: Element): Stats {
    let s = this.cache.get(el);
    if (s) return s;
    let weight = 0;
    let linkWeight = 0;
    for (const c of el.children) {
      if (isText(c)) weight += textWeight(c.data);
      else if (isTag(c)) {
        const cs = this.stats(c);
        weight += cs.weight;
        linkWeight += c.name === 'a' ? cs.weight : cs.linkWeight;
      }
    }
    s = { weight, linkWeight };
    this.cache.set(el, s);
    return s;
  }

  /** Share of the element's text that sits inside links. */
  linkDensity(el: Element): number {
    const s = this.stats(el);
    return s.weight === 0 ? 0 : s.linkWeight / s.weight;
  }
}

/** Text of an element not counting text inside nested block elements. */
function ownInlineText(el: Element): string {
  let out = '';
  for (const c of el.children) {
    if (isText(c)) out += c.data;
    else if (isTag(c) && !BLOCK_TAGS.has(c.name)) out += ownInlineText(c);
  }
  return out;
}

/** Whether the element's own text is several runs separated by `<br>` pairs (paragraphs printed without `<p>`). */
function brokenRuns(el: Element): boolean {
  let breaks = 0;
  let prevBr = false;
  for (const c of el.children) {
    if (isTag(c) && c.name === 'br') {
      if (prevBr) breaks++;
      prevBr = true;
    } else if (!isText(c) || c.data.trim()) prevBr = false;
  }
  return breaks >= 2;
}

function hasBlockChild(el: Element): boolean {
  return el.children.some((c) => isTag(c) && BLOCK_TAGS.has(c.name));
}

/** Text that counts as a paragraph for voting, or null when the element is not paragraph-like. */
function paragraphText(el: Element, captionsVote: boolean): string | null {
  if (el.name === 'p' || el.name === 'pre') return textOf(el);
  if (el.name === 'td' || el.name === 'blockquote' || el.name === 'li') return hasBlockChild(el) ? ownInlineText(el) : textOf(el);
  // A caption votes too on a gallery told in its captions (whether they are read is paragraphs.ts's call).
  if (el.name === 'div' || el.name === 'section' || el.name === 'article' || el.name === 'font' || el.name === 'center' || el.name === 'span' || (captionsVote && el.name === 'figcaption')) {
    const t = ownInlineText(el);
    return t.trim() ? t : null;
  }
  return null;
}

function baseScore(el: Element): number {
  let s = classWeight(el);
  switch (el.name) {
    case 'div':
    case 'article':
    case 'section':
    case 'main':
      s += 5;
      break;
    case 'pre':
    case 'td':
    case 'blockquote':
      s += 3;
      break;
    case 'address':
    case 'ol':
    case 'ul':
    case 'dl':
    case 'dd':
    case 'dt':
    case 'li':
    case 'form':
      s -= 3;
      break;
    case 'h1':
    case 'h2':
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6':
    case 'th':
      s -= 5;
      break;
  }
  if (el.attribs.itemprop === 'articleBody') s += 30;
  return s;
}

const MIN_PARAGRAPH = 25;

/** Scores ancestors of paragraph-like elements; returns the candidates with link-density-discounted scores. */
function scoreCandidates(root: Document, m: Measures): Map<Element, number> {
  const scores = new Map<Element, number>();
  const captionsVote = isCaptionGallery(root);
  const visit = (node: Element | Document): void => {
    for (const c of node.children) {
      if (!isTag(c)) continue;
      const text = paragraphText(c, captionsVote);
      if (text !== null) {
        const w = textWeight(text);
        if (w >= MIN_PARAGRAPH) {
          const score = 1 + commaCount(text) + Math.min(Math.floor(w / 100), 3);
          let level = 0;
          // A block mixing its own text runs with block children, or holding several runs broken by <br> (a forum
          // post, an old CMS's text cell), is itself the container of those runs.
          const selfVotes = c.name !== 'p' && c.name !== 'pre' && (hasBlockChild(c) || brokenRuns(c));
          let target: Element | null = selfVotes ? c : c.parent && isTag(c.parent) ? c.parent : null;
          while (target && level < 5) {
            if (!scores.has(target)) scores.set(target, baseScore(target));
            const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
            scores.set(target, scores.get(target)! + score / divider);
            const p = target.parent;
            target = p && isTag(p) ? p : null;
            level++;
          }
        }
      }
      visit(c);
    }
  };
  visit(root);
  for (const [el, s] of scores) scores.set(el, s * (1 - m.linkDensity(el)));
  return scores;
}

/** Picks the top candidate, moving up when its parent is a better container for the same text. */
function pickTop(scores: Map<Element, number>): Element | null {
  const ranked = [...scores.entries()].filter(([el]) => el.name !== 'html').sort((a, b) => b[1] - a[1]);
  if (ranked.length === 0) return null;
  let [top, topScore] = ranked[0];
  // Several strong candidates under one ancestor mean the article is split: take the ancestor.
  const alternatives = ranked.slice(1, 6).filter(([, s]) => s >= topScore * 0.75).map(([el]) => el);
  if (alternatives.length >= 2) {
    for (let p = top.parent; p && isTag(p) && p.name !== 'body' && p.name !== 'html'; p = p.parent) {
      const inside = alternatives.filter((a) => isDescendant(a, p as Element)).length;
      if (inside >= 2) {
        top = p as Element;
        break;
      }
    }
  }
  topScore = scores.get(top) ?? topScore;
  let last = topScore;
  for (let p = top.parent; p && isTag(p) && p.name !== 'body' && p.name !== 'html'; p = p.parent) {
    const ps = scores.get(p as Element);
    if (ps === undefined) continue;
    if (ps < last / 3) break;
    if (ps > last) {
      top = p as Element;
      break;
    }
    last = ps;
  }
  while (top.parent && isTag(top.parent) && top.parent.name !== 'body' && childElements(top.parent).length === 1) top = top.parent;
  return top;
}

function isDescendant(el: Element, ancestor: Element): boolean {
  for (let p = el.parent; p; p = p.parent) if (p === ancestor) return true;
  return false;
}

function endsLikeSentence(s: string): boolean {
  return /[.!?。！？…"”'’)]\s*$/.test(s);
}

/** The chosen containers and the vote scores of every candidate (used again when cleaning). */
export interface MainContent {
  containers: Element[];
  scores: Map<Element, number>;
}

/** The article container plus the siblings that continue it, in document order. */
export function findMainContent(doc: Document, m: Measures): MainContent {
  const scores = scoreCandidates(doc, m);
  const top = pickTop(scores);
  if (!top) return { containers: [], scores };
  const parent = top.parent;
  if (!parent || !isTag(parent)) return { containers: [top], scores };
  const topScore = scores.get(top) ?? 0;
  const threshold = Math.max(10, topScore * 0.2);
  const topClass = top.attribs.class ?? '';
  const out: Element[] = [];
  // A summary box's label printed apart (`<p>【摘要】</p>`): the block under it is the box, not more of the article.
  let labelAbove = false;
  for (const sib of childElements(parent)) {
    const underLabel = labelAbove;
    labelAbove = false;
    if (sib === top) {
      out.push(sib);
      continue;
    }
    let bonus = 0;
    if (topClass && sib.attribs.class === topClass) bonus += topScore * 0.2;
    const s = scores.get(sib);
    if (s !== undefined && s + bonus >= threshold) {
      out.push(sib);
      continue;
    }
    // A standalone block named like furniture (a summary box, a byline) is not more of the article.
    if ((sib.name === 'p' || (sib.name === 'div' && !hasBlockChild(sib))) && classWeight(sib) >= 0) {
      const text = textOf(sib);
      labelAbove = SUMMARY_LABEL.test(text.trim());
      if (labelAbove || underLabel) continue;
      const w = textWeight(text);
      const ld = m.linkDensity(sib);
      if ((w > 80 && ld < 0.25) || (w > 0 && w <= 80 && ld === 0 && endsLikeSentence(text))) out.push(sib);
    }
  }
  // A letter board's answer taken for the text: the letter it answers is text too, before it.
  const letter = letterBeforeAnswer(top, (el) => m.linkDensity(el));
  if (letter) out.unshift(letter);
  return { containers: out, scores };
}

import { warning, type Message } from '../core/messages.js';
import type { Article } from '../types.js';
import type { Para } from '../clean/index.js';
import { endsSentence } from '../clean/text-shape.js';
import type { ParaKind } from './kinds.js';
import type { HeadingRole } from './roles.js';
import { shareBands } from './bands.js';
import { bigrams } from './cohesion.js';

/** Articles and sections assembled from classified paragraphs, with what looked odd. */
export interface Assembled {
  sections: string[];
  articles: Article[];
  warnings: Message[];
}

export interface Draft {
  article: Article;
  body: Para[];
  /** The article's credits after its byline, in order (several where stories side by side were read as one). */
  credits: Para[];
  /** The byline was set right under the title (not met later, after other text). */
  bylineUnder: boolean;
}

/**
 * Assembles articles in reading order: a title opens one, sub-headings stay in its body as paragraphs of their own,
 * the first credit becomes its byline, captions collect on the article they sit in (or the one before).
 * Text before the first headline is kept as an untitled article and reported.
 */
export function assemble(paras: Para[], kinds: ParaKind[], roles: Map<number, HeadingRole>): Assembled {
  const sections: string[] = [];
  const warnings: Message[] = [];
  const drafts: Draft[] = [];
  let section: string | null = null;
  let cur: Draft | null = null;
  const open = (p: Para, title: string): Draft => {
    const article: Article = {
      section, title, byline: null, subheads: [], body: '', captions: [], page: p.page, lineStart: p.lineStart, lineEnd: p.lineEnd,
    };
    if (p.printed && title) article.titleAsPrinted = p.printed;
    const d: Draft = { article, body: [], credits: [], bylineUnder: false };
    drafts.push(d);
    return d;
  };
  const current = (p: Para): Draft => {
    if (cur) return cur;
    warnings.push(warning('untitled-text', `lines ${p.lineStart}-${p.lineEnd}: text before the first headline, kept as an untitled article`, p.lineStart));
    cur = open(p, '');
    return cur;
  };
  paras.forEach((p, i) => {
    const kind = kinds[i];
    if (kind === 'section') {
      section = p.text;
      sections.push(p.text);
      cur = null;
      return;
    }
    if (kind === 'heading' && roles.get(i) === 'title') {
      cur = open(p, p.text);
      return;
    }
    const d = current(p);
    d.article.lineEnd = Math.max(d.article.lineEnd, p.lineEnd);
    if (kind === 'credit' && d.article.byline === null) {
      d.article.byline = p.text;
      d.bylineUnder = roles.get(i - 1) === 'title';
    } else if (kind === 'credit') {
      d.credits.push(p);
      d.body.push(p);
    } else if (kind === 'caption') d.article.captions.push(p.text);
    else {
      if (kind === 'heading') d.article.subheads.push(p.text);
      d.body.push(p);
    }
  });
  reattachDetachedBodies(drafts);
  shareBands(drafts);
  for (const d of drafts) finish(d, warnings);
  return { sections, articles: drafts.map((d) => d.article), warnings };
}

/** Bigrams a lead paragraph must share with a headline to be taken for its story's start. */
const LEAD_SHARE = 2;

/**
 * Multi-column pages dumped in reading order can print a headline (and its byline) after its story's text, which
 * then runs on at the end of the story before. A headline left with no text takes back the tail of the article
 * before it from the paragraph that shares the most words with the headline: a story's lead names its subject.
 */
function reattachDetachedBodies(drafts: Draft[]): void {
  drafts.forEach((d, n) => {
    const prev = drafts[n - 1];
    if (d.body.length || !d.article.title || !prev || prev.body.length < 2) return;
    const words = bigrams(d.article.title);
    let best = { k: -1, shared: LEAD_SHARE - 1 };
    prev.body.forEach((p, k) => {
      if (k === 0 || prev.article.subheads.includes(p.text)) return;
      let shared = 0;
      for (const w of bigrams(p.text)) if (words.has(w)) shared++;
      if (shared > best.shared) best = { k, shared };
    });
    if (best.k < 0) return;
    const moved = prev.body.splice(best.k);
    d.body.push(...moved);
    const texts = new Set(moved.map((p) => p.text));
    d.article.subheads.push(...prev.article.subheads.filter((h) => texts.has(h)));
    prev.article.subheads = prev.article.subheads.filter((h) => !texts.has(h));
  });
}

/** Closes an article: joins its body paragraphs and reports a body that is missing or ends mid-sentence. */
function finish(d: Draft, warnings: Message[]): void {
  const { article, body } = d;
  article.body = body.map((p) => p.text).join('\n\n');
  const end = body[body.length - 1];
  if (!end) warnings.push(warning('no-body', `line ${article.lineStart}: article "${article.title}" has no body`, article.lineStart));
  else if (!endsSentence(end.text) && !/[”」』）)]$/.test(end.text) && !article.subheads.includes(end.text)) {
    warnings.push(warning('mid-sentence', `line ${end.lineEnd}: article "${article.title}" ends mid-sentence: "…${end.text.slice(-20)}"`, end.lineEnd));
  }
}

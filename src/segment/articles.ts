import type { Article } from '../types.js';
import type { Para } from '../clean/index.js';
import { endsSentence } from '../clean/text-shape.js';
import type { ParaKind } from './kinds.js';
import type { HeadingRole } from './roles.js';

/** Articles and sections assembled from classified paragraphs, with what looked odd. */
export interface Assembled {
  sections: string[];
  articles: Article[];
  warnings: string[];
}

interface Draft {
  article: Article;
  body: Para[];
}

/**
 * Assembles articles in reading order: a title opens one, sub-headings stay in its body as paragraphs of their own,
 * the first credit becomes its byline, captions collect on the article they sit in (or the one before).
 * Text before the first headline is kept as an untitled article and reported.
 */
export function assemble(paras: Para[], kinds: ParaKind[], roles: Map<number, HeadingRole>): Assembled {
  const sections: string[] = [];
  const warnings: string[] = [];
  const drafts: Draft[] = [];
  let section: string | null = null;
  let cur: Draft | null = null;
  const open = (p: Para, title: string): Draft => {
    const article: Article = {
      section, title, byline: null, subheads: [], body: '', captions: [], page: p.page, lineStart: p.lineStart, lineEnd: p.lineEnd,
    };
    if (p.printed && title) article.titleAsPrinted = p.printed;
    const d: Draft = { article, body: [] };
    drafts.push(d);
    return d;
  };
  const current = (p: Para): Draft => {
    if (cur) return cur;
    warnings.push(`lines ${p.lineStart}-${p.lineEnd}: text before the first headline, kept as an untitled article`);
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
    if (kind === 'credit' && d.article.byline === null) d.article.byline = p.text;
    else if (kind === 'caption') d.article.captions.push(p.text);
    else {
      if (kind === 'heading') d.article.subheads.push(p.text);
      d.body.push(p);
    }
  });
  for (const d of drafts) finish(d, warnings);
  return { sections, articles: drafts.map((d) => d.article), warnings };
}

/** Closes an article: joins its body paragraphs and reports a body that is missing or ends mid-sentence. */
function finish(d: Draft, warnings: string[]): void {
  const { article, body } = d;
  article.body = body.map((p) => p.text).join('\n\n');
  const end = body[body.length - 1];
  if (!end) warnings.push(`line ${article.lineStart}: article "${article.title}" has no body`);
  else if (!endsSentence(end.text) && !/[”」』）)]$/.test(end.text) && !article.subheads.includes(end.text)) {
    warnings.push(`line ${end.lineEnd}: article "${article.title}" ends mid-sentence: "…${end.text.slice(-20)}"`);
  }
}

import type { Article } from '../../types.js';

/**
 * An article's body as paragraphs, as the article page numbers them: parsed bodies keep paragraphs apart with a
 * blank line; a body with none falls back to its lines.
 */
export function paragraphsOf(body: string): string[] {
  const blocks = body.split(/\n[ \t\u3000]*\n/).map((p) => p.trim()).filter(Boolean);
  return blocks.length > 1 ? blocks : body.split('\n').map((p) => p.trim()).filter(Boolean);
}

/**
 * The two articles one becomes when split before paragraph `at` (1-based, 2 or more): the first keeps the
 * paragraphs before it, the second the rest, titled `title` or else its first line (taken out of its body).
 */
export function splitArticle(a: Article, at: number, title: string | undefined): { first: Article; second: Article } | string {
  const paragraphs = paragraphsOf(a.body);
  if (paragraphs.length < 2) return '只有一段，无法拆分 (a single paragraph cannot be split)';
  if (at < 2 || at > paragraphs.length) return `请填写 2 到 ${paragraphs.length} 之间的段号 (expected a paragraph from 2 to ${paragraphs.length} to split before)`;
  const rest = paragraphs.slice(at - 1);
  let secondTitle = title?.trim();
  if (!secondTitle) {
    const [line, ...more] = rest[0].split('\n');
    secondTitle = line.trim();
    rest[0] = more.join('\n').trim();
    if (!rest[0]) rest.shift();
  }
  const { titleAsPrinted: _printed, ...rest0 } = a;
  // Both halves keep the source lines and page of the whole: which line the cut falls on is not stored.
  const first: Article = { ...a, body: paragraphs.slice(0, at - 1).join('\n\n') };
  const second: Article = { ...rest0, title: secondTitle, byline: null, subheads: [], captions: [], body: rest.join('\n\n') };
  return { first, second };
}

/** An article with the one printed after it appended: the second's title becomes a paragraph of the body. */
export function mergedBody(previous: Pick<Article, 'body'>, next: Pick<Article, 'title' | 'body'>): string {
  return [previous.body, next.title, next.body].map((p) => p.trim()).filter(Boolean).join('\n\n');
}

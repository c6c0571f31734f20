import type { Article } from '../types.js';
import { gramsForIndex } from './grams.js';
import { sharedSegmenter } from './segment.js';

/** An article's text as the embedded store's two index streams hold it: jieba's words and the character grams. */
export interface IndexText {
  title: string;
  body: string;
  titleGrams: string;
  bodyGrams: string;
}

/** The text of an article the index holds: title apart (weighted), body with its captions. */
export type IndexSource = Pick<Article, 'title' | 'body' | 'captions'>;

/** The article's body as one string: the body with its captions. */
export function bodyText(a: Pick<Article, 'body' | 'captions'>): string {
  return [a.body, ...a.captions].join('\n\n');
}

/** Segments an article for both streams: the pure part of indexing, which a worker thread may do ahead of the writer. */
export function indexText(a: IndexSource): IndexText {
  const seg = sharedSegmenter();
  const body = bodyText(a);
  return { title: seg.segmentForIndex(a.title), body: seg.segmentForIndex(body), titleGrams: gramsForIndex(a.title), bodyGrams: gramsForIndex(body) };
}

/** An article carrying its index text already made (by src/search/index-text-pool.ts); the store then skips segmenting it. */
export interface PreparedIndexText {
  indexText?: IndexText;
}

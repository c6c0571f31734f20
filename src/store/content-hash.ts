import { createHash } from 'node:crypto';
import type { Article } from '../types.js';

/** sha256 of an article's title and body: equal for the same article reprinted elsewhere, whatever the backend. */
export function articleContentHash(article: Pick<Article, 'title' | 'body'>): string {
  return createHash('sha256').update(article.title).update('\n\n').update(article.body).digest('hex');
}

/** TF-IDF keywords over content words, against the store's document frequencies or jieba's bundled IDF table. */
import { isTerm, type TermCount } from './analyse.js';
import type { Token } from './segmenter.js';
import type { DocFreq, Keyword } from './types.js';

const TITLE_WEIGHT = 2;

/** The distinct terms of an article, as the store should count them into its DocFreq. */
export function documentTerms(tokens: Token[]): string[] {
  return [...new Set(tokens.filter(isTerm).map((t) => t.word))];
}

/** Adds one document's terms to document frequencies (mutates and returns df). */
export function addToDocFreq(df: DocFreq, terms: string[]): DocFreq {
  df.documents++;
  for (const t of new Set(terms)) df.frequencies[t] = (df.frequencies[t] ?? 0) + 1;
  return df;
}

/** Top-k keywords with TF-IDF weights over the article's content words; title words count double. */
export function extractKeywords(counts: Map<string, TermCount>, docFreq?: DocFreq, k = 10): Keyword[] {
  let total = 0;
  for (const c of counts.values()) total += c.body + TITLE_WEIGHT * c.title;
  const idfOf = docFreq && docFreq.documents > 0
    ? (word: string) => Math.log((docFreq.documents + 1) / ((docFreq.frequencies[word] ?? 0) + 1)) + 1
    : (_: string, token: Token) => token.idf;
  const scored: [string, number][] = [];
  for (const [word, c] of counts) scored.push([word, ((c.body + TITLE_WEIGHT * c.title) / total) * idfOf(word, c.token)]);
  scored.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return scored.slice(0, k).map(([word, weight]) => ({ word, weight: Math.round(weight * 10000) / 10000 }));
}

/** TF-IDF keywords over content words, against the store's document frequencies or jieba's bundled IDF table. */
import { isTerm } from './analyse.js';
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

/** Top-k keywords with TF-IDF weights over the article's content-word tokens; title words count double. */
export function extractKeywords(terms: Token[], titleLength: number, docFreq?: DocFreq, k = 10): Keyword[] {
  const tf = new Map<string, { n: number; token: Token }>();
  let total = 0;
  for (const t of terms) {
    const w = t.start < titleLength ? TITLE_WEIGHT : 1;
    const seen = tf.get(t.word);
    if (seen) seen.n += w;
    else tf.set(t.word, { n: w, token: t });
    total += w;
  }
  const idfOf = docFreq && docFreq.documents > 0
    ? (t: Token) => Math.log((docFreq.documents + 1) / ((docFreq.frequencies[t.word] ?? 0) + 1)) + 1
    : (t: Token) => t.idf;
  const scored: [string, number][] = [];
  for (const [word, { n, token }] of tf) scored.push([word, (n / total) * idfOf(token)]);
  scored.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return scored.slice(0, k).map(([word, weight]) => ({ word, weight: Math.round(weight * 10000) / 10000 }));
}

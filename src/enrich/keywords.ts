/** TF-IDF keywords over content words, against the store's document frequencies or jieba's bundled IDF table. */
import { idf as bundledIdf } from '@node-rs/jieba/dict.js';
import { isTerm } from './analyse.js';
import type { Token } from './segmenter.js';
import type { DocFreq, Keyword } from './types.js';

const TITLE_WEIGHT = 2;
let jiebaIdf: { table: Map<string, number>; median: number } | undefined;

/** jieba's IDF table (word → idf), parsed once; unknown words get the median. */
function defaultIdf(): { table: Map<string, number>; median: number } {
  if (!jiebaIdf) {
    const table = new Map<string, number>();
    for (const line of Buffer.from(bundledIdf).toString('utf8').split('\n')) {
      const sp = line.lastIndexOf(' ');
      if (sp > 0) table.set(line.slice(0, sp), Number(line.slice(sp + 1)));
    }
    const values = [...table.values()].sort((a, b) => a - b);
    jiebaIdf = { table, median: values[values.length >> 1] ?? 10 };
  }
  return jiebaIdf;
}

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
  const tf = new Map<string, number>();
  for (const t of terms) tf.set(t.word, (tf.get(t.word) ?? 0) + (t.start < titleLength ? TITLE_WEIGHT : 1));
  const idfOf = docFreq && docFreq.documents > 0
    ? (w: string) => Math.log((docFreq.documents + 1) / ((docFreq.frequencies[w] ?? 0) + 1)) + 1
    : (() => { const { table, median } = defaultIdf(); return (w: string) => table.get(w) ?? median; })();
  let total = 0;
  for (const v of tf.values()) total += v;
  const scored: [string, number][] = [];
  for (const [word, n] of tf) scored.push([word, (n / total) * idfOf(word)]);
  scored.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return scored.slice(0, k).map(([word, weight]) => ({ word, weight: Math.round(weight * 10000) / 10000 }));
}

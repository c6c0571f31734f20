import { TITLE_WEIGHT } from './rank.js';

/**
 * BM25 as SQLite's FTS5 computes it (bm25() in ext/fts5/fts5_aux.c), so that a backend which cannot call FTS5
 * (PostgreSQL) ranks by the same formula. Per phrase of a query and per article, in one index stream:
 *
 *   share = idf · f·(k1 + 1) / (f + k1·(1 − b + b·D / avgdl))
 *
 * f the phrase's instances weighted by column (TITLE_WEIGHT in the title, 1 in the body), D the article's tokens
 * (title and body) in the stream, avgdl the stream's tokens over its articles, idf = ln((N − n + 0.5) / (n + 0.5))
 * for N articles of which n hold the phrase, or 1e-6 where that is not positive (a phrase in over half of them).
 * The operations are FTS5's, in its order, so both backends give the same doubles for the same counts.
 */
const K1 = 1.2;
const B = 0.75;

/** FTS5's idf of a phrase held by `holding` of `articles` articles. */
export function bm25Idf(articles: number, holding: number): number {
  const idf = Math.log((articles - holding + 0.5) / (holding + 0.5));
  return idf <= 0 ? 1e-6 : idf;
}

/** A phrase's share of an article's BM25: `freq` its weighted instances, `length` the article's tokens in the stream. */
export function bm25Share(idf: number, freq: number, length: number, meanLength: number): number {
  return idf * ((freq * (K1 + 1)) / (freq + K1 * (1 - B + (B * length) / meanLength)));
}

/** The weighted frequency FTS5 gives a phrase: each instance in the title counts TITLE_WEIGHT, in the body 1. */
export function weightedFrequency(titleInstances: number, bodyInstances: number): number {
  return TITLE_WEIGHT * titleInstances + bodyInstances;
}

/**
 * Where a phrase occurs: the positions of its first lexeme from which the next ones follow at the next positions
 * (overlapping instances count, as FTS5 counts them), ascending. `positions` gives a lexeme's positions, ascending.
 */
export function phraseStarts(positions: (lexeme: string) => readonly number[] | undefined, lexemes: readonly string[]): number[] {
  const lists = lexemes.map(positions);
  if (!lists.length || lists.some((l) => !l?.length)) return [];
  if (lists.length === 1) return [...lists[0]!];
  const rest = lists.slice(1).map((l) => new Set(l));
  return lists[0]!.filter((p) => rest.every((s, j) => s.has(p + j + 1)));
}

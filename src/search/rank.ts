/**
 * How relevance and recency combine. BM25 says how well an article matches; among matches of similar strength
 * the newer one is usually what a monitoring user wants, so the score is multiplied by a boost that halves
 * every RECENCY_HALF_LIFE_DAYS of age, from 1 + RECENCY_WEIGHT for the newest article down towards 1.
 */
export const RECENCY_WEIGHT = 0.3;
export const RECENCY_HALF_LIFE_DAYS = 180;

/** Column weights for BM25: a word in the title counts this many times a word in the body. */
export const TITLE_WEIGHT = 5;

/**
 * Combined score, higher is better. `bm25` is SQLite FTS5's value (negative, lower is better); `ageDays` is the
 * article's age relative to the newest article in the archive, or null when it has no date (no boost).
 */
export function combinedScore(bm25: number, ageDays: number | null): number {
  const boost = ageDays === null ? 1 : 1 + RECENCY_WEIGHT * 0.5 ** (Math.max(0, ageDays) / RECENCY_HALF_LIFE_DAYS);
  return -bm25 * boost;
}

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
 * The combined score as an SQL expression, so ranking runs inside the database (SQLite spelling; PostgreSQL
 * writes the two-argument max as greatest, and ts_rank is higher-is-better where bm25 is lower-is-better): `bm25` is FTS5's value (negative, lower is better), `ageDays` the article's age in
 * days relative to the newest article in the archive, NULL when it has no date (no boost). Higher is better.
 */
export function scoreSql(bm25: string, ageDays: string): string {
  const boost = `(1 + ${RECENCY_WEIGHT} * pow(0.5, max(0, ${ageDays}) / ${RECENCY_HALF_LIFE_DAYS}.0))`;
  return `-(${bm25}) * coalesce(${boost}, 1)`;
}

/** The recency boost of scoreSql in JavaScript, for a backend that weighs recency outside SQL; NaN age: no boost. */
export function recencyBoost(ageDays: number): number {
  return Number.isNaN(ageDays) ? 1 : 1 + RECENCY_WEIGHT * Math.pow(0.5, Math.max(0, ageDays) / RECENCY_HALF_LIFE_DAYS);
}

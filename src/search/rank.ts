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
 * The combined score as an SQLite expression, so ranking runs inside the database: `bm25` is FTS5's value
 * (negative, lower is better), `ageDays` the article's age in days relative to the newest article in the archive,
 * NULL when it has no date (no boost). Higher is better. PostgreSQL's ranking uses recencyBoostSql directly.
 */
export function scoreSql(bm25: string, ageDays: string): string {
  return `-(${bm25}) * ${recencyBoostSql(ageDays, 'max')}`;
}

/**
 * The recency boost as an SQL expression: 1 + RECENCY_WEIGHT for the newest article, halving every half-life, 1 when
 * `ageDays` is NULL. `max2` is the dialect's two-argument maximum (SQLite max, PostgreSQL greatest).
 */
export function recencyBoostSql(ageDays: string, max2: 'max' | 'greatest'): string {
  return `coalesce(1 + ${RECENCY_WEIGHT} * pow(0.5, ${max2}(0, ${ageDays}) / ${RECENCY_HALF_LIFE_DAYS}.0), 1)`;
}

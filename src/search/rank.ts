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
  return `-(${bm25}) * ${recencyBoostSql(ageDays, 'sqlite')}`;
}

/**
 * The recency boost as an SQL expression: 1 + RECENCY_WEIGHT for the newest article, halving every half-life, 1 when
 * `ageDays` is NULL. PostgreSQL spells the two-argument max `greatest` and would compute with decimal literals in
 * its slow exact numeric type (a third of a search's time), so there the constants are double precision.
 */
export function recencyBoostSql(ageDays: string, dialect: 'sqlite' | 'postgres'): string {
  if (dialect === 'sqlite') return `coalesce(1 + ${RECENCY_WEIGHT} * pow(0.5, max(0, ${ageDays}) / ${RECENCY_HALF_LIFE_DAYS}.0), 1)`;
  return `coalesce(1 + ${RECENCY_WEIGHT}::float8 * pow(0.5::float8, greatest(0, ${ageDays}) / ${RECENCY_HALF_LIFE_DAYS}::float8), 1)`;
}

/** The recency boost of scoreSql in JavaScript, for a backend that weighs recency outside SQL; NaN age: no boost. */
export function recencyBoost(ageDays: number): number {
  return Number.isNaN(ageDays) ? 1 : 1 + RECENCY_WEIGHT * 0.5 ** (Math.max(0, ageDays) / RECENCY_HALF_LIFE_DAYS);
}

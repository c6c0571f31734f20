import type { MatchPlan, Phrase } from '../../search/match-plan.js';

/**
 * A match plan as FTS5 MATCH strings. Every token is double-quoted ("" escapes a quote, though tokens hold only
 * letters and digits), so only the AND, OR, NOT and parentheses written here are operators. Excluded phrases go
 * into `match` as NOT when there are positive terms (FTS5 subtracts them as it matches, and they add nothing to
 * bm25 since a hit never holds them); `exclude` is for a query of exclusions alone.
 */
export function fts5Match(plan: MatchPlan): { match: string | null; exclude: string | null } {
  const groups = plan.groups.map((g) => (g.length === 1 ? quote(g[0]) : `(${g.map(quote).join(' OR ')})`));
  const positive = groups.length ? groups.join(' AND ') : null;
  const excluded = plan.excluded.length ? plan.excluded.map(quote).join(' OR ') : null;
  if (positive && excluded) return { match: `(${positive}) NOT (${excluded})`, exclude: null };
  return { match: positive, exclude: excluded };
}

/** One phrase as an FTS5 MATCH string. */
export function quote(phrase: Phrase): string {
  return `"${phrase.map((t) => t.replaceAll('"', '""')).join(' ')}"`;
}

import type { MatchPlan, Phrase } from '../../search/match-plan.js';

/**
 * A match plan as FTS5 MATCH strings. Every token is double-quoted ("" escapes a quote, though tokens hold only
 * letters and digits), so only the AND, OR and parentheses written here are operators.
 */
export function fts5Match(plan: MatchPlan): { match: string | null; exclude: string | null } {
  const groups = plan.groups.map((g) => (g.length === 1 ? quote(g[0]) : `(${g.map(quote).join(' OR ')})`));
  return {
    match: groups.length ? groups.join(' AND ') : null,
    exclude: plan.excluded.length ? plan.excluded.map(quote).join(' OR ') : null,
  };
}

/** One phrase as an FTS5 MATCH string. */
export function quote(phrase: Phrase): string {
  return `"${phrase.map((t) => t.replaceAll('"', '""')).join(' ')}"`;
}

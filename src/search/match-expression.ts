import type { ParsedQuery, QueryTerm } from './query.js';
import type { Segmenter } from './segment.js';

/**
 * A parsed query as a full-text MATCH expression over the segmented index (FTS5 syntax; PostgreSQL's tsquery
 * has the same shape with & | ! <->). Every token is double-quoted, so only AND, OR, NOT and parentheses that
 * this function writes are operators.
 */
export interface MatchExpression {
  /** What must match, or null when the query has no positive terms (filters and exclusions only). */
  match: string | null;
  /** What must not match, or null. */
  exclude: string | null;
  /** Terms with nothing searchable in them (only punctuation), dropped. */
  warnings: string[];
}

/** Builds the MATCH expressions of a query with the same segmenter the index was built with. */
export function toMatchExpression(q: ParsedQuery, seg: Segmenter): MatchExpression {
  const warnings: string[] = [];
  const term = (t: QueryTerm): string | null => {
    const words = seg.queryWords(t.text);
    if (!words.length) {
      warnings.push(`${t.text}: nothing searchable in it (only punctuation); ignored`);
      return null;
    }
    // Chinese is written without spaces, so a run typed without them (数字经济) is a phrase like a quoted one.
    return quote(words.flat());
  };
  const groups = q.groups
    .map((g) => g.map(term).filter((e): e is string => e !== null))
    .filter((g) => g.length)
    .map((g) => (g.length === 1 ? g[0] : `(${g.join(' OR ')})`));
  const excluded = q.excluded.map(term).filter((e): e is string => e !== null);
  return {
    match: groups.length ? groups.join(' AND ') : null,
    exclude: excluded.length ? excluded.join(' OR ') : null,
    warnings,
  };
}

/** Tokens as one quoted FTS phrase ("" escapes a quote, though tokens hold only letters and digits). */
function quote(tokens: string[]): string {
  return `"${tokens.map((t) => t.replaceAll('"', '""')).join(' ')}"`;
}

import type { ParsedQuery, QueryTerm } from './query.js';
import type { Segmenter } from './segment.js';

/** A phrase: index tokens that must appear side by side, in this order. */
export type Phrase = string[];

/**
 * What a parsed query asks of the full-text index, in index tokens and independent of any backend: SQLite
 * renders it as an FTS5 MATCH string (src/store/sqlite/fts5-query.ts); PostgreSQL would render the same plan
 * as a tsquery (phrase = a <-> b, & for groups, | inside a group, ! for exclusions).
 */
export interface MatchPlan {
  /** Every group must match; a group matches when any of its phrases does. Empty: no positive terms. */
  groups: Phrase[][];
  /** No article matching any of these phrases is returned. */
  excluded: Phrase[];
  /** Terms with nothing searchable in them (only punctuation), dropped. */
  warnings: string[];
}

/** Segments the query's terms with the same segmenter the index was built with. */
export function toMatchPlan(q: ParsedQuery, seg: Segmenter): MatchPlan {
  const warnings: string[] = [];
  const phrase = (t: QueryTerm): Phrase[] => {
    // Chinese is written without spaces, so a run typed without them (数字经济) is a phrase like a quoted one.
    const tokens = seg.queryWords(t.text).flat();
    if (!tokens.length) warnings.push(`${t.text}: nothing searchable in it (only punctuation); ignored`);
    return tokens.length ? [tokens] : [];
  };
  return {
    groups: q.groups.map((g) => g.flatMap(phrase)).filter((g) => g.length),
    excluded: q.excluded.flatMap(phrase),
    warnings,
  };
}

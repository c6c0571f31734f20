import { nearParts, type MatchPlan, type Phrase } from '../../search/match-plan.js';

/**
 * The FTS5 MATCH of a plan's positive word phrases, any of them, for highlight() and snippet() on `article_fts`
 * (matching and ranking use each phrase's postings, phrase-postings.ts); null when it has none.
 */
export function fts5MarkMatch(plan: MatchPlan): string | null {
  const words = plan.groups.flat().filter((p) => p.stream === 'words');
  return words.length ? words.map(quote).join(' OR ') : null;
}

/**
 * One phrase as an FTS5 MATCH string (a near pair as NEAR(a b, within)). Every token is double-quoted ("" escapes a quote, though tokens hold only
 * letters and digits), so no user character acts as an operator.
 */
export function quote(phrase: Phrase): string {
  const quoted = (tokens: string[]) => `"${tokens.map((t) => t.replaceAll('"', '""')).join(' ')}"`;
  return phrase.near ? `NEAR(${nearParts(phrase).map((p) => quoted(p.tokens)).join(' ')}, ${phrase.near.within})` : quoted(phrase.tokens);
}

/** The FTS5 table holding a phrase's stream. */
export function ftsTable(phrase: Phrase): 'article_fts' | 'article_grams' {
  return phrase.stream === 'words' ? 'article_fts' : 'article_grams';
}

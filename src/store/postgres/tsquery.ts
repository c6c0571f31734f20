import type { MatchPlan, Phrase } from '../../search/match-plan.js';
import { GRAM_PREFIX, lexeme, sampleLexeme } from './search-index.js';

/** The longest lexeme PostgreSQL takes (the index leaves longer tokens out, so a cut one matches nothing). */
const MAX_LEXEME_CHARS = 500;

/**
 * A match plan as tsquery texts (given to the server as parameters, cast with ::tsquery): phrase `a <-> b`,
 * alternatives `|`, groups `&`. Every lexeme is quoted (quote and backslash escaped), so & | ! : * ( ) and
 * quotes in a token are literal; only the operators written here are operators.
 */
export function tsqueryOf(plan: MatchPlan): { match: string | null; exclude: string | null } {
  const group = (g: Phrase[]) => (g.length === 1 ? phrase(g[0]) : `(${g.map(phrase).join(' | ')})`);
  return {
    match: plan.groups.length ? plan.groups.map(group).join(' & ') : null,
    exclude: plan.excluded.length ? plan.excluded.map(phrase).join(' | ') : null,
  };
}

/** A phrase of either stream as tsquery text. */
export function phrase(p: Phrase): string {
  const quote = (lex: string) => `'${lex.replace(/['\\]/g, '\\$&')}'`;
  const lexemes = phraseLexemes(p);
  return lexemes.length === 1 ? quote(lexemes[0]) : `(${lexemes.map(quote).join(' <-> ')})`;
}

/** A phrase's lexemes as the tsvector holds them: gram lexemes carry GRAM_PREFIX. */
export function phraseLexemes(p: Phrase): string[] {
  const prefix = p.stream === 'grams' ? GRAM_PREFIX : '';
  return p.tokens.map((token) => [...(prefix + lexeme(token))].slice(0, MAX_LEXEME_CHARS).join(''));
}

/** The tsquery of the sample buckets `from` to `to` - 1 (see sampleLexeme), to be ANDed to a match. */
export function sampleQuery(from: number, to: number): string {
  return Array.from({ length: to - from }, (_, k) => `'${sampleLexeme(from + k)}'`).join(' | ');
}

/**
 * A match with its phrases loosened to all their lexemes (`a <-> b` as `a & b`): the GIN index answers it without
 * reading any vector, and it finds every article the match finds (and some more). No lexeme holds ` <-> `.
 */
export function looseQuery(match: string): string {
  return match.replaceAll(' <-> ', ' & ');
}

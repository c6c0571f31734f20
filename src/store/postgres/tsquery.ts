import { nearParts, type MatchPlan, type Phrase } from '../../search/match-plan.js';
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

/**
 * A phrase of either stream as tsquery text. A near pair is each order at each distance (`a <k> b` holds b's first
 * lexeme k positions after a's last, k − 1 between): what FTS5's NEAR(a b, within) finds, but for a pair straddling
 * the title's end and the body's start, which tsvectorLiteral's gap of one position does not keep apart.
 */
export function phrase(p: Phrase): string {
  if (p.near) {
    const [a, b] = nearParts(p).map(phrase);
    const at = Array.from({ length: p.near.within + 1 }, (_, k) => [`${a} <${k + 1}> ${b}`, `${b} <${k + 1}> ${a}`]);
    return `(${at.flat().join(' | ')})`;
  }
  const lexemes = phraseLexemes(p);
  return lexemes.length === 1 ? quote(lexemes[0]) : `(${lexemes.map(quote).join(' <-> ')})`;
}

/** A lexeme as tsquery text: quoted, its quotes and backslashes escaped. */
function quote(lex: string): string {
  return `'${lex.replace(/['\\]/g, '\\$&')}'`;
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
 * A match (a tsquery expression) limited to sample buckets, as one tsquery: the GIN index then skips through the
 * broad terms' lists by the buckets' short ones. As two conditions on the index it first walked the match's lists
 * whole (量子点 数字经济 监管's probe of one bucket at 100k: 22 ms as two, 3 ms as one). Same rows.
 */
export function withBuckets(match: string, buckets: string): string {
  return `(${match} && ${buckets})`;
}

/**
 * The plan's match loosened as looseQuery loosens it, each group's alternatives reduced to the distinct sets of
 * lexemes that no other alternative's set lies inside (an OR holding `a & b` holds `a & b & c`): the same articles,
 * for the GIN index to find with far less work. A near pair is 34 alternatives of the same two lexemes, which the
 * index evaluated for every article holding any of a broad query's lexemes (芯片 苹果 数字经济 at 100k: 120–155 ms
 * for the index scan alone, 11–21 ms so). Null without groups.
 */
export function looseOf(plan: MatchPlan): string | null {
  if (!plan.groups.length) return null;
  const group = (g: Phrase[]) => {
    const sets = [...new Map(g.map((ph) => [...new Set(nearParts(ph).flatMap(phraseLexemes))].sort()).map((s) => [s.join('\n'), s])).values()];
    const kept = sets.filter((s) => !sets.some((o) => o !== s && o.length < s.length && o.every((l) => s.includes(l))));
    const alternatives = kept.map((s) => (s.length === 1 ? quote(s[0]) : `(${s.map(quote).join(' & ')})`));
    return alternatives.length === 1 ? alternatives[0] : `(${alternatives.join(' | ')})`;
  };
  return plan.groups.map(group).join(' & ');
}

/**
 * A match with its phrases loosened to all their lexemes (`a <-> b` and `a <3> b` as `a & b`): the GIN index answers it without
 * reading any vector, and it finds every article the match finds (and some more). No lexeme holds ` <-> ` or ` <3> `
 * (lexemes are quoted).
 */
export function looseQuery(match: string): string {
  return match.replace(/ <(?:-|\d+)> /g, ' & ');
}

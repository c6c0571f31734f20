import type { AliasIndex } from './aliases.js';
import { gramsFindMore, gramTokens, hasHanPair } from './grams.js';
import type { ParsedQuery, QueryTerm } from './query.js';
import type { Segmenter } from './segment.js';

/**
 * A phrase: index tokens that must appear side by side, in this order, in one of the two index streams: jieba's
 * words and their tiles (src/search/segment.ts), or character bigrams (src/search/grams.ts).
 */
export interface Phrase {
  stream: 'words' | 'grams';
  tokens: string[];
}

/**
 * What a parsed query asks of the full-text index, in index tokens and independent of any backend: SQLite
 * renders it as FTS5 MATCH strings (src/store/sqlite/fts5-query.ts), PostgreSQL as a tsquery.
 */
export interface MatchPlan {
  /** Every group must match; a group matches when any of its phrases does. Empty: no positive terms. */
  groups: Phrase[][];
  /** No article matching any of these phrases is returned. */
  excluded: Phrase[];
  /**
   * The query's terms and their aliases holding Chinese, as text: an article matching them holds them as written
   * (grams match characters), so they are marked where they occur, also where the word index cannot mark them.
   */
  needles: string[];
  /** Terms with nothing searchable in them (only punctuation), dropped. */
  warnings: string[];
}

/**
 * Segments the query's terms with the same segmenter the index was built with. Each term becomes the phrase of
 * its words and, when it holds Chinese, Latin letters or digits, the phrase of its grams: an article holding the
 * term's characters is found however jieba cut them (and HBM inside HBM3E), and one holding the words as words
 * scores both phrases, so it ranks higher. A term naming an organisation of the lexicon stands for all its names
 * (工信部 finds 工业和信息化部), each matched the same way, so any of the names gives the same phrases.
 */
export function toMatchPlan(q: ParsedQuery, seg: Segmenter, aliases: AliasIndex): MatchPlan {
  const warnings: string[] = [];
  const needles: string[] = [];
  const wordsOf = (text: string): Phrase | null => {
    // Chinese is written without spaces, so a run typed without them (数字经济) is a phrase like a quoted one.
    const tokens = seg.queryWords(text).flat();
    return tokens.length ? { stream: 'words', tokens } : null;
  };
  const gramsOf = (text: string): Phrase | null => (gramsFindMore(text) ? { stream: 'grams', tokens: gramTokens(text) } : null);
  const term = (t: QueryTerm, positive: boolean): Phrase[] => {
    if (!wordsOf(t.text) && !gramsOf(t.text)) {
      warnings.push(`${t.text}: 只有标点，没有可检索的内容，已忽略 (nothing searchable in it (only punctuation); ignored)`);
      return [];
    }
    const names = [t.text, ...aliases.namesOf(t.text).filter((n) => n !== t.text)];
    if (positive) needles.push(...names.filter(hasHanPair));
    // Every name is matched alike, by its words and its grams, whichever was typed: an article naming the
    // organisation by any name scores as one naming it as typed, and every name gives the same ranking. Grams find
    // a name wherever the text holds its characters, so a name holding a shorter one (华为技术有限公司 and 华为)
    // adds nothing to what that one finds: left out, the phrases to match stay few.
    const kept = names.filter((n) => !names.some((m) => m !== n && hasHanPair(m) && n.includes(m)));
    const seen = new Set<string>();
    return kept
      .flatMap((n) => [wordsOf(n), gramsOf(n)])
      .filter((p): p is Phrase => p !== null)
      .filter((p) => {
        // Words match without regard to case: NVIDIA and Nvidia are one phrase.
        const key = `${p.stream}:${p.tokens.join(' ').toLowerCase()}`;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });
  };
  return {
    groups: q.groups.map((g) => g.flatMap((t) => term(t, true))).filter((g) => g.length),
    excluded: q.excluded.flatMap((t) => term(t, false)),
    needles,
    warnings,
  };
}

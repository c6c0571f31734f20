import type { AliasIndex } from './aliases.js';
import { gramsFindMore, gramTokens, hasHanPair } from './grams.js';
import type { ParsedQuery, QueryTerm } from './query.js';
import type { Segmenter } from './segment.js';
import { compoundForms } from './compound-forms.js';
import { LEGAL_TAIL } from '../enrich/entity-aliases.js';
import { companyForms } from './entity-names.js';

/**
 * A phrase: index tokens that must appear side by side, in this order, in one of the two index streams: jieba's
 * words and their tiles (src/search/segment.ts), or character bigrams (src/search/grams.ts).
 */
export interface Phrase {
  stream: 'words' | 'grams';
  tokens: string[];
  /**
   * Two phrases near each other instead of one: the first `split` tokens and the rest, in either order, with at most
   * `within` tokens between them, both in the title or both in the body (a term's parts written apart, see nearParts).
   */
  near?: { split: number; within: number };
  /**
   * What the phrase's BM25 share counts for (1 when absent): a term's forms made from its parts' forms
   * (compoundForms) count COMPOUND_FORM_WEIGHT, so an article holding the term as typed ranks above one holding them;
   * a Latin name's words count 0 and its grams 2 (see toMatchPlan).
   */
  weight?: number;
}

/** A Latin name of two or more letters and nothing else: a model family, found with its versions (see grams.ts). */
const LATIN_NAME = /^[A-Za-z]{2,}$/;

/** The weight of a form made from a term's parts' forms (see Phrase.weight). */
export const COMPOUND_FORM_WEIGHT = 0.5;

/**
 * How many grams (about characters) may stand between two parts of a term for an article to hold the term in
 * parts: about a clause (电信网络诈骗 has 3 between 电信 and 诈骗: 信网 网络 络诈).
 * On the dev queries of the unseen archives 8 gave 0.927 on the third, 16 0.932, 24 0.933, the whole article 0.933
 * (and 0.946 instead of 0.938 on the second, with twice the hits for 数字经济 on the synthetic archive).
 */
export const NEAR_WITHIN = 16;

/** The two phrases of a near pair (see Phrase.near); a phrase that is not one, alone. */
export function nearParts(p: Phrase): Phrase[] {
  if (!p.near) return [p];
  return [
    { stream: p.stream, tokens: p.tokens.slice(0, p.near.split) },
    { stream: p.stream, tokens: p.tokens.slice(p.near.split) },
  ];
}

/**
 * Whether a column's tokens hold a phrase; a near pair when both its phrases occur with at most `within` tokens
 * between them, in either order (as FTS5's NEAR and the tsquery of tsquery.ts read it).
 */
export function holdsPhrase(tokens: readonly string[], p: Phrase): boolean {
  const starts = (ph: readonly string[]) => {
    const out: number[] = [];
    for (let i = 0; i + ph.length <= tokens.length; i++) if (ph.every((t, j) => tokens[i + j] === t)) out.push(i);
    return out;
  };
  const [a, b] = nearParts(p).map((ph) => ph.tokens);
  if (!b) return starts(a).length > 0;
  return nearCount(starts(a), a.length, starts(b), b.length, p.near!.within) > 0;
}

/**
 * How many of the first phrase's instances (starting positions `a`, `la` tokens long) have one of the second's
 * (`b`, `lb` long) at most `within` tokens before or after them, not overlapping: the instances FTS5's NEAR keeps.
 */
export function nearCount(a: readonly number[], la: number, b: readonly number[], lb: number, within: number): number {
  let n = 0;
  for (const x of a) if (b.some((y) => (y >= x + la && y - x - la <= within) || (x >= y + lb && x - y - lb <= within))) n++;
  return n;
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
  /**
   * The query's positive terms as read, those with something to match (a group of OR'd terms is one, a name of
   * several words typed apart is one), with whether a search may leave the term out to list articles holding the
   * others (src/search/partial-matches.ts): not a quoted phrase, not a `+term`. `parts`: for a query of one such
   * term, of several words and no name, the parts it is written in (partsOf): an article holding all but one of them
   * may be listed after those holding the term or its forms (数字孪生 → 孪生 in 虚拟孪生).
   */
  terms: { text: string; optional: boolean; parts?: string[] }[];
}

/**
 * Segments the query's terms with the same segmenter the index was built with. Each term becomes the phrase of
 * its words and, when it holds Chinese, Latin letters or digits, the phrase of its grams: an article holding the
 * term's characters is found however jieba cut them (and HBM inside HBM3E), and one holding the words as words
 * scores both phrases, so it ranks higher. A term naming an organisation of the lexicon stands for all its names
 * (工信部 finds 工业和信息化部), each matched the same way, so any of the names gives the same phrases, and a company's
 * name also for its brand and a registered name's short forms (companyForms: 迈瑞医疗 finds 迈瑞); an unquoted
 * term of the abbreviation table stands for all its forms the same way (电诈 finds 电信网络诈骗), a quoted one for itself.
 * `omit`: the index in MatchPlan.terms of a term left out (partial matches); `omitPart`: the index of the part
 * left out of a query's one term (MatchPlan.terms' parts), its other parts then terms of their own (the number of
 * parts: none left out, every part a term of its own).
 */
export function toMatchPlan(q: ParsedQuery, seg: Segmenter, aliases: AliasIndex, abbreviations: AliasIndex, omit?: number, omitPart?: number): MatchPlan {
  const warnings: string[] = [];
  const needles: string[] = [];
  const wordsOf = (text: string): Phrase | null => {
    // Chinese is written without spaces, so a run typed without them (数字经济) is a phrase like a quoted one.
    const tokens = seg.queryWords(text).flat();
    return tokens.length ? { stream: 'words', tokens } : null;
  };
  const gramsOf = (text: string): Phrase | null => (gramsFindMore(text) ? { stream: 'grams', tokens: gramTokens(text) } : null);
  const formsOf = (t: QueryTerm) => (t.phrase ? [] : abbreviations.namesOf(t.text));
  const compoundOf = (t: QueryTerm) => (t.phrase ? [] : compoundForms(t.text, seg, abbreviations));
  // An organisation's name of the lexicon, or a registered name, is matched by its names, never in parts.
  const isName = (text: string) => aliases.namesOf(text).length > 1 || LEGAL_TAIL.test(text.trim());
  // A word of the forms table (大模型) is a word to the parts of a term too.
  const isWord = (w: string) => seg.isWord(w) || abbreviations.namesOf(w).length > 1;
  const term = (t: QueryTerm, positive: boolean): Phrase[] => {
    if (!wordsOf(t.text) && !gramsOf(t.text)) {
      warnings.push(`${t.text}: 只有标点，没有可检索的内容，已忽略 (nothing searchable in it (only punctuation); ignored)`);
      return [];
    }
    const names = [...new Set([t.text, ...aliases.namesOf(t.text), ...formsOf(t)])];
    // A company's brand and a registered name's short forms find the articles printing only those, weighted below
    // its names: an article naming the company by a name ranks above one printing its brand alone.
    // (One holding a name finds nothing more than that name: 华为技术 beside 华为.) None for an excluded name: -迈瑞医疗
    // leaves out the articles naming the company, not every one printing 迈瑞 in any word.
    const shorter = positive ? names.flatMap((n) => companyForms(n, aliases)).filter((n) => !names.some((m) => hasHanPair(m) && n.includes(m))) : [];
    if (positive) needles.push(...names.filter(hasHanPair));
    // Every name is matched alike, by its words and its grams, whichever was typed: an article naming the
    // organisation by any name scores as one naming it as typed, and every name gives the same ranking. Grams find
    // a name wherever the text holds its characters, so a name holding a shorter one (华为技术有限公司 and 华为)
    // adds nothing to what that one finds: left out, the phrases to match stay few.
    const kept = names.filter((n) => !names.some((m) => m !== n && hasHanPair(m) && n.includes(m)));
    // A term with no other names of its own may have parts that have (国企 in 国企改革): those forms, weighted below.
    const composed = names.length === 1 && positive ? compoundOf(t) : [];
    needles.push(...composed.filter(hasHanPair), ...shorter.filter(hasHanPair));
    const seen = new Set<string>();
    const weighted = (p: Phrase | null, weight: number): Phrase | null => p && (weight === 1 ? p : { ...p, weight: weight * (p.weight ?? 1) });
    const phrases = (n: string, weight: number) => {
      // A Latin name's grams hold it whole or cut before a version (HBM in HBM3E), its words only whole: scored by
      // the grams alone, twice (the weight of the two streams), HBM3E ranks as HBM does; the words still mark it.
      if (!LATIN_NAME.test(n.normalize('NFKC'))) return [weighted(wordsOf(n), weight), weighted(gramsOf(n), weight)];
      return [weighted(wordsOf(n), 0), weighted(gramsOf(n), 2 * weight)];
    };
    return [...kept.flatMap((n) => phrases(n, 1)), ...[...shorter, ...composed].flatMap((n) => phrases(n, COMPOUND_FORM_WEIGHT))]
      .filter((p): p is Phrase => p !== null)
      .filter((p) => {
        // Words match without regard to case: NVIDIA and Nvidia are one phrase.
        const key = `${p.stream}:${p.tokens.join(' ').toLowerCase()}`;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });
  };
  // A lone unquoted term of several words is also found where the text holds its parts near each other, apart or
  // reordered (电信网络诈骗 for 电信诈骗): the term OR its first two parts near each other, and each further
  // neighbouring pair near each other, as groups that must all match. An article holding the term holds every pair
  // side by side too, so it matches and scores the term's phrases above an article holding only the parts. Names of
  // the lexicon are matched by their names alone. A term with other forms keeps its parts only when they are two
  // (one pair, in the group beside the forms): further pairs, groups of their own, would be asked of an article
  // naming the term by another form (新基建 for 新型基础设施建设) too.
  // A contraction's long forms printed with a word between their parts, for whichever form of the group is typed.
  const spread = (g: QueryTerm[]): Phrase[] => {
    if (g.length !== 1 || g[0].phrase || isName(g[0].text)) return [];
    const pairs = formsApart([g[0].text, ...formsOf(g[0])], seg, isWord);
    needles.push(...pairs.flatMap((p) => nearParts(p).map((ph) => gramText(ph.tokens))).filter(hasHanPair));
    return pairs;
  };
  const expanded = (g: QueryTerm[]): Phrase[][] => {
    const lone = g.length === 1 && !g[0].phrase && !isName(g[0].text);
    const parts = lone ? partsOf(g[0].text, seg, isWord) : [];
    const otherForms = formsOf(g[0]).length > 1 || compoundOf(g[0]).length > 0;
    if (parts.length < 2 || (parts.length > 2 && otherForms)) {
      const own = g.flatMap((t) => term(t, true));
      const apart = lone && !otherForms ? charAndWordApart(g[0].text, seg) : null;
      return [[...own, ...(apart ? [apart] : []), ...spread(g)]];
    }
    const own = [...term(g[0], true), ...spread(g)];
    needles.push(...parts);
    const pairs = parts.slice(1).map((b, i): Phrase => {
      const a = gramTokens(parts[i]);
      return { stream: 'grams', tokens: [...a, ...gramTokens(b)], near: { split: a.length, within: NEAR_WITHIN } };
    });
    return [[...own, pairs[0]], ...pairs.slice(1).map((p) => [p])];
  };
  // Only a name written with its spaces: the indexes compare names without them, and 新能源 汽车 typed apart is two terms.
  const spaced = (n: string) => n.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ');
  const known = (text: string) =>
    [aliases.namesOf(text), abbreviations.namesOf(text)].some((names) => names.length > 1 && names.some((n) => n.includes(' ') && spaced(n) === spaced(text)));
  const joined = joinNames(q.groups, known);
  // Only terms with something to match count as terms: leaving out one of punctuation would change nothing.
  const terms = joined.filter((g) => g.some((t) => wordsOf(t.text) || gramsOf(t.text)));
  const left = omit === undefined ? joined : joined.filter((g) => g !== terms[omit]);
  const optional = (g: QueryTerm[]) => g.every((t) => !t.phrase && !t.required);
  // A query of one term may be read in its parts: none for a name, whose parts name other things (中国 of 中国卫通).
  const partsOfOnly = (g: QueryTerm[]) => (terms.length === 1 && g.length === 1 && optional(g) && !isName(g[0].text) ? partsOf(g[0].text, seg, isWord) : []);
  const withoutPart = (g: QueryTerm[]): Phrase[][] | null => {
    const parts = omitPart === undefined ? [] : partsOfOnly(g);
    return parts.length ? parts.filter((_, i) => i !== omitPart).map((p) => term({ text: p, phrase: false }, true)) : null;
  };
  return {
    groups: left.flatMap((g) => withoutPart(g) ?? expanded(g)).filter((g) => g.length),
    excluded: q.excluded.flatMap((t) => term(t, false)),
    needles,
    warnings,
    terms: terms.map((g) => {
      const parts = partsOfOnly(g);
      return { text: g.map((t) => (t.phrase ? `"${t.text}"` : t.text)).join(' OR '), optional: optional(g), ...(parts.length ? { parts } : {}) };
    }),
  };
}

/** Chinese characters only. */
const HAN_ONLY = /^\p{Script=Han}+$/u;
/**
 * The most often jieba's dictionary may count a term's lone character as a word for charAndWordApart to read it:
 * a rare one names a substance or a kind (锂 219, 钠 894, 氢 1,011, 碳 1,732); a common one (大 144,099, 新 62,626,
 * 云 6,353) opens too many phrases (大数据 is no 大规模数据), and its postings are long at a million articles.
 */
export const LONE_CHAR_MAX_FREQUENCY = 2_000;
/** How many words may stand between a term's lone character and its word in the text (钠离子电池 for 钠电池: 离子). */
export const CHAR_WORD_WITHIN = 1;

/**
 * A term jieba reads as one character and one word (钠电池 → 钠 电池, 锂电池 → 锂 电池), which partsOf cannot cut (a lone
 * character is no part), as the pair of the two with at most one word between them in the word stream (either order, as every near pair): the text
 * often prints the full compound, a word inserted between (钠离子电池, 锂离子电池), which neither the term's words nor
 * its grams (钠电) find. A word, not a gram, stands between, so the character must be a word of its own in the text
 * too (钠 of 钠离子, not 钠 inside another word's grams). Only a rare character (LONE_CHAR_MAX_FREQUENCY). Null for any
 * other term.
 */
export function charAndWordApart(text: string, seg: Segmenter): Phrase | null {
  const tokens = seg.queryWords(text).flat();
  if (tokens.length !== 2 || [...tokens[0]].length !== 1 || [...tokens[1]].length < 2 || !HAN_ONLY.test(tokens.join(''))) return null;
  if (seg.charFrequency(tokens[0]) > LONE_CHAR_MAX_FREQUENCY) return null;
  return { stream: 'words', tokens, near: { split: 1, within: CHAR_WORD_WITHIN } };
}

/** Two Chinese characters and nothing else: the length of a contraction of two words (氢价 of 氢气价格). */
const HAN_PAIR_ONLY = /^\p{Script=Han}{2}$/u;

/** The text a run of Han gram tokens spells (电信 信网 网络 → 电信网络). */
const gramText = (tokens: readonly string[]) => tokens[0] + tokens.slice(1).map((t) => t.slice(-1)).join('');

/**
 * How many grams may stand between the two parts of a contraction's long form (formsApart): a word or two inserted
 * (氢气终端售价 has 3: 气终 终端 端售), not a clause — the parts of a short form's long forms are common words.
 */
export const FORM_APART_WITHIN = 4;

/**
 * A contraction of two characters jieba does not know (氢价, 绿醇, 配储) stands for long forms the text often prints
 * with a word between their two parts (氢气终端售价, 每公斤氢气补贴后价格 for 氢气售价 / 氢气价格). When `forms` (every form of
 * one group, whichever was typed, so that each gives the same phrases) hold such a contraction, each form of exactly
 * two parts (partsOf) is also the near pair of its parts' grams, as a typed term's parts are, but closer
 * (FORM_APART_WITHIN) and weighted as a form made of parts (COMPOUND_FORM_WEIGHT), so it ranks below the forms. A
 * group whose short form the dictionary knows (营收) is left as it is.
 */
export function formsApart(forms: readonly string[], seg: Segmenter, isWord: (word: string) => boolean): Phrase[] {
  if (!forms.some((f) => HAN_PAIR_ONLY.test(f) && !seg.isWord(f))) return [];
  return forms.flatMap((f) => {
    const parts = partsOf(f, seg, isWord);
    if (parts.length !== 2) return [];
    const a = gramTokens(parts[0]);
    return [{ stream: 'grams' as const, tokens: [...a, ...gramTokens(parts[1])], near: { split: a.length, within: FORM_APART_WITHIN }, weight: COMPOUND_FORM_WEIGHT }];
  });
}

/** Most words of a name typed without quotes that joinNames reads as one (Tokyo Electron, China Mobile Hong Kong). */
export const MAX_NAME_WORDS = 4;

/**
 * Neighbouring unquoted terms that together make a known name of several words (China Mobile, State Grid, ERNIE
 * Bot), as an analyst types it without quotes, read as that one name: word by word, its other names (中国移动) never
 * come in. `known` says whether a run of words, joined by a space, is such a name. The longest known run from each
 * term on wins; OR groups and quoted phrases are left as they are.
 */
export function joinNames(groups: QueryTerm[][], known: (text: string) => boolean): QueryTerm[][] {
  const lone = (g: QueryTerm[] | undefined) => g?.length === 1 && !g[0].phrase;
  const out: QueryTerm[][] = [];
  for (let i = 0; i < groups.length; i++) {
    let joined = 1;
    for (let n = Math.min(MAX_NAME_WORDS, groups.length - i); n > 1 && joined === 1; n--) {
      const run = groups.slice(i, i + n);
      if (run.every(lone) && known(run.map((g) => g[0].text).join(' '))) joined = n;
    }
    const run = groups.slice(i, i + joined).map((g) => g[0]);
    const required = run.some((t) => t.required) ? { required: true as const } : {};
    out.push(joined > 1 ? [{ text: run.map((t) => t.text).join(' '), phrase: false, ...required }] : groups[i]);
    i += joined - 1;
  }
  return out;
}

/** Words of a term this short or shorter are not cut into parts: a two-character word is one word. */
const ALL_HAN = /^\p{Script=Han}{3,}$/u;
/** A term of a Latin or digit run (two characters or more, a letter among them) and a Chinese word of two or more. */
const LATIN_THEN_HAN = /^((?=[A-Za-z0-9]*[A-Za-z])[A-Za-z0-9]{2,})(\p{Script=Han}{2,})$/u;
const HAN_THEN_LATIN = /^(\p{Script=Han}{2,})((?=[A-Za-z0-9]*[A-Za-z])[A-Za-z0-9]{2,})$/u;

/**
 * The parts a Chinese term is written in, as the segmenter cuts it (电信诈骗 → 电信 诈骗, 车规级芯片 → 车规级 芯片):
 * its jieba words, a word of one character joined to the part after it when the two make a dictionary word (工业大模型
 * → 工业 大模型; `isWord`: the segmenter's dictionary by default), else to the part before it (or after, at the start),
 * since a lone character matches almost everywhere; a term of one dictionary word by the words it tiles into (低空飞行 → 低空 飞行,
 * 动力电池 → 动力 电池: the text writes 低空空域内的…飞行, 动力蓄电池); a Latin or digit run before or after a Chinese word,
 * and the word (5G工厂 → 5G 工厂). None for another term not all Chinese, or of one part after the joining (大模型 → 大 模型).
 */
export function partsOf(text: string, seg: Segmenter, isWord: (word: string) => boolean = (w) => seg.isWord(w)): string[] {
  // A Latin or digit run before or after a Chinese word is a part of its own (5G工厂 in 5G全连接工厂).
  const mixed = LATIN_THEN_HAN.exec(text) ?? HAN_THEN_LATIN.exec(text);
  if (mixed) return mixed.slice(1);
  if (!ALL_HAN.test(text)) return [];
  const parts: string[] = [];
  let pending = '';
  const words = seg.queryWords(text);
  // A term jieba keeps as one dictionary word (低空飞行) is cut at its tiles (低空 飞行): the text may hold them apart.
  const cut = words.length === 1 ? words[0] : words.map((w) => w.join(''));
  for (const [k, word] of cut.entries()) {
    // A character making a dictionary word with the word after it starts that part (工业 大模型, not 工业大 模型).
    if ([...word].length === 1 && k + 1 < cut.length && isWord(word + cut[k + 1])) {
      pending += word;
      continue;
    }
    if ([...word].length > 1 || !parts.length) {
      parts.push(pending + word);
      pending = '';
      if ([...parts[parts.length - 1]].length < 2) pending = parts.pop() ?? '';
    } else parts[parts.length - 1] += word;
  }
  if (pending) parts.length ? (parts[parts.length - 1] += pending) : parts.push(pending);
  return parts.length > 1 ? parts : [];
}

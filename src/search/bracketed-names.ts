import { unitData } from '../enrich/data.js';
import { FUNCTION_CHARS } from '../enrich/entities.js';
import { isCommonWord, tokenize, type Token } from '../enrich/segmenter.js';

/**
 * Names a text gives one thing in brackets right after another of its names: a Chinese name and its Latin one
 * (中国卫通（China Satcom）, 非地面网络（NTN）), a Latin name and its Chinese one (SpaceSail（垣信卫星）), a full
 * name and its short form (中国卫星网络集团有限公司（中国星网）, …（以下简称“星网”）). The search index keeps them so
 * that a query on either name also finds the articles of the whole archive printing only the other
 * (src/search/learned-aliases.ts): the lexicon cannot know every organisation's English name.
 */

/** A bracketed part: what it holds, and the text right before it. */
const BRACKETED = /[（(]([^（）()\n]{1,40})[）)]/gu;
/** The words that introduce a short form inside the brackets (以下简称“X”, 英文名：X). */
const INTRODUCER = /^(?:以下)?(?:简称|下称|英文名称|英文简称|英文名|英文)?[：:]?\s*[“"「『]?([^”"」』]+?)[”"」』]?$/u;
/** A Latin name: letters first, then letters, digits, spaces and the marks names hold (AT&T, Dassault Systèmes, SES-17). */
const LATIN_NAME = /^[\p{Script=Latin}][\p{Script=Latin}\d&.'’\- ]*$/u;
/** The Latin name ending a text (the part before a bracket): at most four words. */
const LATIN_BEFORE = /(?:^|[^\p{Script=Latin}\d&.'’\- ])([\p{Script=Latin}][\p{Script=Latin}\d&.'’-]*(?: [\p{Script=Latin}\d&.'’-]+){0,3})\s*$/u;
/** The run of Han characters ending a text (the part before a bracket). */
const HAN_BEFORE = /(\p{Script=Han}{2,32})$/u;
/** The longest run HAN_BEFORE takes: one that long may start inside a word. */
const HAN_RUN_MAX = 32;
const HAN_NAME = /^\p{Script=Han}{2,24}$/u;
/**
 * Tags of a word that starts no name printed before a bracket (据, 由, 宣布, 此前…): a preposition, conjunction,
 * adverb, verb, pronoun or time word, one character long only when a function word (极 of 极紫外 and 亿 of 亿航 stay).
 */
const NOT_NAME_START = new Set(['p', 'c', 'd', 'v', 'vd', 'r', 't', 'f', 'u', 'uj', 'ul', 'ad', 'q']);
/** Tags of NOT_NAME_START that also open compound names (混合键合, 领航辅助驾驶): left out only before a long name. */
const VERB_LIKE = new Set(['d', 'v', 'vd', 'ad']);
/** Fewest letters of a Latin name taken (a lone letter names nothing). */
const MIN_LATIN_LETTERS = 2;

/** A pair of names of one thing as the text prints them: the name before the brackets and the one inside. */
export type NamePair = [string, string];

/**
 * Every pair of names the text prints as `name（other name）`, each once, in the order printed. A pair is taken
 * when one name is Latin and the other Chinese, or both are Chinese and the bracketed one is a short form of the
 * other (its characters in the same order, 发改委 of 国家发展和改革委员会): a place, a year or a note in brackets is
 * none. The Chinese name before a bracket starts after the words that start no name (据中国卫通 → 中国卫通).
 */
export function bracketedNames(text: string): NamePair[] {
  const out: NamePair[] = [];
  const seen = new Set<string>();
  const add = (a: string, b: string) => {
    const key = `${a}\u0000${b}`;
    if (a === b || seen.has(key)) return;
    seen.add(key);
    out.push([a, b]);
  };
  for (const m of text.matchAll(BRACKETED)) {
    const inner = INTRODUCER.exec(m[1].trim())?.[1]?.trim();
    if (!inner) continue;
    const before = text.slice(Math.max(0, m.index - 64), m.index);
    if (isLatinName(inner)) {
      const han = HAN_BEFORE.exec(before)?.[1];
      const name = han && nameEnding(han, han.length < HAN_RUN_MAX);
      if (name) add(name, inner);
    } else if (HAN_NAME.test(inner)) {
      const latin = LATIN_BEFORE.exec(before)?.[1]?.trim();
      if (latin && isLatinName(latin)) {
        add(latin, inner);
        continue;
      }
      const han = HAN_BEFORE.exec(before)?.[1];
      const name = han && nameEnding(han, han.length < HAN_RUN_MAX);
      if (name && name.length > inner.length && isShortFormOf(inner, name)) add(name, inner);
    }
  }
  return out;
}

/** The units of units.json in lower case: 产能（GW） names a unit, not the thing. */
let units: Set<string> | null = null;

/** True for a Latin name of a few words holding two letters or more (not a unit, a figure or a sentence). */
function isLatinName(s: string): boolean {
  units ??= new Set(unitData().flat().map((u) => u.toLowerCase()));
  return LATIN_NAME.test(s) && s.split(' ').length <= 4 && (s.match(/\p{Script=Latin}/gu)?.length ?? 0) >= MIN_LATIN_LETTERS && !units.has(s.toLowerCase());
}

/**
 * The name a run of Han characters ends with: the run after its last 的 or preposition (a name holds neither:
 * 定义的非地面网络, 据中国卫通), then without the words before it that start no name; a verb or adverb only when
 * four characters or more are left (宣布中国卫通, but 混合键合 and 领航辅助 stay whole). A run as long as HAN_BEFORE
 * takes may start inside a word: its first word is left out. A common word of two characters (利润, 辅助) names no
 * one thing: none.
 */
function nameEnding(run: string, whole: boolean): string | null {
  const tokens = tokenize(run);
  let k = whole ? 0 : 1;
  // The last word always stays.
  tokens.forEach((t, i) => {
    if (i < tokens.length - 1 && i >= k && (t.word === '的' || t.tag === 'p')) k = i + 1;
  });
  const left = (i: number) => run.length - tokens[i + 1].start;
  const startsNoName = (t: Token, i: number) =>
    NOT_NAME_START.has(t.tag) && (t.word.length > 1 || FUNCTION_CHARS.has(t.word) || t.tag === 'p') && (!VERB_LIKE.has(t.tag) || left(i) >= 4);
  while (k < tokens.length - 1 && startsNoName(tokens[k], k)) k++;
  const name = tokens.slice(k).map((t) => t.word).join('');
  return name.length >= 2 && !(name.length === 2 && isCommonWord(name)) ? name : null;
}

/** True when the short form's characters all appear in the name in the same order (发改委 of 国家发展和改革委员会). */
export function isShortFormOf(short: string, name: string): boolean {
  const s = [...short];
  const n = [...name];
  let i = 0;
  for (const ch of n) if (ch === s[i]) i++;
  return i === s.length;
}

import { unitData } from '../enrich/data.js';
import { FUNCTION_CHARS, SUBSIDIARY_BEFORE } from '../enrich/entities.js';
import { LEGAL_TAIL, SHORT_NAME_INTRODUCER, SHORT_NAME_OPENING } from '../enrich/entity-aliases.js';
import { knownSurfaces } from '../enrich/entity-lexicon.js';
import { isCommonWord, isDictionaryWord, tokenize, type Token } from '../enrich/segmenter.js';

/**
 * Names a text gives one thing in brackets right after another of its names: a Chinese name and its Latin one
 * (中国卫通（China Satcom）, 非地面网络（NTN）), a Latin name and its Chinese one (SpaceSail（垣信卫星）), a full
 * name and its short form (中国卫星网络集团有限公司（中国星网）, …（以下简称“星网”）, …（下称星网）, …（英文名：China
 * Satcom）). The search index keeps them so
 * that a query on either name also finds the articles of the whole archive printing only the other
 * (src/search/learned-aliases.ts): the lexicon cannot know every organisation's English name.
 */

/** A bracketed part: what it holds, and the text right before it. */
const BRACKETED = /[（(]([^（）()\n]{1,40})[）)]/gu;
/** A bracket's content that introduces a short name (entity-aliases.ts's, so both read 以下简称“X” alike). */
const INTRODUCED_ALONE = new RegExp(`^${SHORT_NAME_INTRODUCER.source}$`, 'u');
/**
 * A bracket's content introducing another name without quotes: a short name (下称星网, 以下简称：星网) or an English
 * one (英文名：China Satcom, 英文名称 SpaceSail, 英文简称CSCN). Read for search alone: the entity layer keeps to the
 * quoted form, which no sentence runs into.
 */
const INTRODUCED_UNQUOTED = new RegExp(`^(?:${SHORT_NAME_OPENING}|英文(?:名称|名|简称|缩写)[：:]?)\\s*([^“”"「」『』，。、：:\\s][^“”"「」『』，。、：:]{1,39})$`, 'u');
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
/** Tags of a word no name holds: a preposition, pronoun or particle (在, 其, 的, 了). */
const NOT_IN_NAME = new Set(['p', 'r', 'u', 'uj', 'ul', 'uz', 'ug', 'uv', 'ud']);
/** Function words that join the parts of one name (工业和信息化部, 住房和城乡建设部): no cut there. */
const JOINERS = new Set([...'和与及暨']);
/** Fewest characters a verb's object must have for the verb to be a predicate before it, not a word of the name (微型发光二极管). */
const OBJECT_MIN = 4;
/**
 * Words for a kind of business printed before a company's own name in apposition (跨境电商平台希音, 集成商海辰): no
 * company's name goes on after them, as it may after 公司 or 集团 (公司 in 美国联合包裹运送服务公司 ends the name).
 */
const APPOSITIVE_KIND = new Set(['平台', '集成商', '运营商', '制造商', '供应商', '服务商', '厂商', '巨头', '龙头', '零售商', '开发商', '品牌商']);
/** Most characters between a verb and the legal form of the registered name holding it (速递 + 环球 + 有限公司). */
const LEGAL_LEAD = 2;
/** Fewest letters of a Latin name taken (a lone letter names nothing). */
const MIN_LATIN_LETTERS = 2;
/** A figure in a name, in digits or Chinese numerals (Mate 70, 猎鹰九号). */
const FIGURE = /[\d一二三四五六七八九十百]/u;
/** One Latin word in lower case after its capital (Environmental): an ordinary word's translation when the Chinese is common words. */
const PLAIN_WORD = /^\p{Lu}\p{Ll}+$/u;

/** A pair of names of one thing as the text prints them: the name before the brackets and the one inside. */
export type NamePair = [string, string];

/**
 * Every pair of names the text prints as `name（other name）`, in the order printed (learnedNameRows keeps each once). A pair is taken
 * when one name is Latin and the other Chinese, or both are Chinese and the bracketed one is a short form of the
 * other (its characters in the same order, 发改委 of 国家发展和改革委员会): a place, a year or a note in brackets is
 * none. The Chinese name before a bracket is the end of the sentence's run nameEnding takes for one.
 */
export function bracketedNames(text: string): NamePair[] {
  const out: NamePair[] = [];
  const add = (a: string, b: string) => {
    if (a !== b) out.push([a, b]);
  };
  for (const m of text.matchAll(BRACKETED)) {
    const held = m[1].trim();
    const inner = (INTRODUCED_ALONE.exec(held) ?? INTRODUCED_UNQUOTED.exec(held))?.[1]?.trim() ?? held;
    const before = text.slice(Math.max(0, m.index - 64), m.index);
    const han = HAN_BEFORE.exec(before)?.[1];
    // After 、 a run holding 和 ends a list (工业、科学和医疗（ISM）): its last items, not one name.
    const listTail = (words: Token[]) => before.at(-han!.length - 1) === '、' && words.some((t) => JOINERS.has(t.word));
    const found = han ? nameEnding(han, han.length < HAN_RUN_MAX) : null;
    const words = found && !listTail(found) ? found : null;
    const name = words?.map((t) => t.word).join('');
    if (isLatinName(inner)) {
      if (name && namesLatin(words!, inner)) add(name, inner);
    } else if (HAN_NAME.test(inner)) {
      const latin = LATIN_BEFORE.exec(before)?.[1]?.trim();
      if (latin && isLatinName(latin)) add(latin, inner);
      // A common word of two characters (（下称公司）) is what the text calls it, no name of its own.
      else if (name && name.length > inner.length && isShortFormOf(inner, name) && !(inner.length === 2 && isCommonWord(inner))) add(name, inner);
    }
  }
  return out;
}

/**
 * The name a text ends with (the part before a bracket or an introducing word), as bracketedNames reads it: the end
 * of its last run of Han characters that nameEnding takes for a name; null when there is none.
 */
export function hanNameBefore(before: string): string | null {
  const han = HAN_BEFORE.exec(before)?.[1];
  return (han && nameEnding(han, han.length < HAN_RUN_MAX)?.map((t) => t.word).join('')) || null;
}

/** True when a run of Han characters is a name as a whole: nameEnding keeps every word of it. */
export function isHanName(run: string): boolean {
  return HAN_NAME.test(run) && nameEnding(run, true)?.map((t) => t.word).join('') === run;
}

/** The units of units.json in lower case: 产能（GW） names a unit, not the thing. */
let units: Set<string> | null = null;

/** True for a Latin name of a few words holding two letters or more (not a unit, a figure or a sentence). */
export function isLatinName(s: string): boolean {
  units ??= new Set(unitData().flat().map((u) => u.toLowerCase()));
  return LATIN_NAME.test(s) && s.split(' ').length <= 4 && (s.match(/\p{Script=Latin}/gu)?.length ?? 0) >= MIN_LATIN_LETTERS && !units.has(s.toLowerCase());
}

/**
 * True when the Chinese name (its words) may be the Latin one's other name: a model's figure is in both (新一代旗舰手机
 * (Mate 70) says what it is, 猎鹰九号 (Falcon 9) names it), and an ordinary English word (Environmental) translates an
 * ordinary phrase (代表环境) of common words, no name — unless the phrase ends on a legal form.
 */
function namesLatin(words: Token[], latin: string): boolean {
  const name = words.map((t) => t.word).join('');
  if (FIGURE.test(latin) && !FIGURE.test(name)) return false;
  // A registered name (…股份有限公司) is a name, whatever words it is made of.
  return LEGAL_TAIL.test(name) || !(PLAIN_WORD.test(latin) && words.length > 1 && words.every((t) => isCommonWord(t.word)));
}

/**
 * The words of the name a run of Han characters ends with: the run after the last word no name holds (的, 了, 在, 其:
 * 定义的非地面网络, 在华为人工智能) and after its last verb with an object of four characters or more (应采用发射功率控制,
 * 光子携带轨道角动量: a name may hold a verb, 微型发光二极管, but no predicate) and after its parent's name (旗下,
 * 子公司: SUBSIDIARY_BEFORE), then without the words before it that
 * start no name; a verb or adverb only when four characters or more are left (宣布中国卫通, but 混合键合 and 领航辅助
 * stay whole). A known name before one long word is whose the thing is (华为 + 人工智能). A run as long as
 * HAN_BEFORE takes may start inside a word: its first word is left out. None when what is left is a common word
 * of two characters (利润, 辅助) or ends on a verb longer than two (同比增长): it names no one thing.
 */
export function nameEnding(run: string, whole: boolean): Token[] | null {
  const tokens = tokenize(run);
  const last = tokens.length - 1;
  const left = (i: number) => run.length - tokens[i + 1].start;
  // A registered name holds verbs of its trade just before its legal form (顺丰控股股份有限公司, 极兔速递环球有限公司):
  // a verb with at most LEGAL_LEAD characters before the legal form is a word of the name, no predicate.
  const legal = LEGAL_TAIL.exec(run)?.index ?? -1;
  const inName = (i: number) => legal >= 0 && legal - tokens[i + 1].start <= LEGAL_LEAD;
  // Before a legal form, a lone character jieba calls a preposition but no function word, cut from a lone character
  // after it, is a name jieba did not know cut into characters (顺/p 丰/a of 顺丰控股股份有限公司), not 据 before a word.
  const openingChar = (i: number) =>
    legal >= 0 && tokens[i].tag === 'p' && tokens[i].word.length === 1 && !FUNCTION_CHARS.has(tokens[i].word) && tokens[i + 1].word.length === 1 && tokens[i + 1].tag !== 'p';
  let k = whole ? 0 : 1;
  // The last word always stays.
  for (let i = k; i < last; i++) {
    const t = tokens[i];
    const functionWord = (NOT_IN_NAME.has(t.tag) && !openingChar(i)) || (t.word.length === 1 && FUNCTION_CHARS.has(t.word) && !JOINERS.has(t.word));
    const predicate = (t.tag === 'v' || t.tag === 'vd') && t.word.length > 1 && left(i) >= OBJECT_MIN && !inName(i);
    // A subsidiary's name follows its parent's (德国邮政敦豪集团旗下敦豪快递): the bracket names the subsidiary.
    const parent = SUBSIDIARY_BEFORE.test(run.slice(0, tokens[i + 1].start));
    // A name follows the kind of business it is (跨境电商平台希音, 储能系统集成商海辰): the bracket names the business.
    const kind = APPOSITIVE_KIND.has(t.word) && left(i) >= 2;
    if (functionWord || predicate || parent || kind) k = i + 1;
  }
  const startsNoName = (t: Token, i: number) =>
    NOT_NAME_START.has(t.tag) &&
    (t.word.length > 1 || FUNCTION_CHARS.has(t.word) || (t.tag === 'p' && !openingChar(i))) &&
    (!VERB_LIKE.has(t.tag) || (left(i) >= OBJECT_MIN && !inName(i)));
  while (k < last && startsNoName(tokens[k], k)) k++;
  if (k === last - 1 && knownSurfaces().has(tokens[k].word) && tokens[last].word.length >= OBJECT_MIN && isDictionaryWord(tokens[last].word)) k = last;
  const words = tokens.slice(k);
  const name = words.map((t) => t.word).join('');
  const end = tokens[last];
  if (name.length < 2 || (name.length === 2 && isCommonWord(name)) || (end.tag === 'v' && end.word.length > 2)) return null;
  return words;
}

/** True when the short form's characters all appear in the name in the same order (发改委 of 国家发展和改革委员会). */
export function isShortFormOf(short: string, name: string): boolean {
  const s = [...short];
  const n = [...name];
  let i = 0;
  for (const ch of n) if (ch === s[i]) i++;
  return i === s.length;
}

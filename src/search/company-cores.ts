import { INDUSTRY_TAIL, LEGAL_TAIL } from '../enrich/entity-aliases.js';
import { knownSurfaces } from '../enrich/entity-lexicon.js';
import { industryVocabulary } from '../enrich/entity-orgs.js';
import { isDictionaryWord, tokenize } from '../enrich/segmenter.js';
import type { NamePair } from './bracketed-names.js';

/**
 * Companies whose name opens with an ordinary word (菜鸟 of 菜鸟集团 and 菜鸟网络科技有限公司): the entity layer stores
 * none of them, and a brand that is a word of the dictionary is no brand to entity-names.ts, as it may be any
 * text's word. An article printing such a name whole and the word alone as well (菜鸟集团近日宣布… 菜鸟相关负责人表示)
 * calls the company by the word, so the word is the company's name in the archive: the pair is learned as a bracket's
 * is (learned-aliases.ts). Alone, the word must be a verb's subject (菜鸟推出…): an industry word printed before a
 * group's word (水务集团) is printed alone in compounds (水务行业).
 */

/** Drops the end anchor of a pattern's source, to put it inside another. */
const unanchored = (re: RegExp) => re.source.replace(/\$$/u, '');
/** Most industry words read between a core and its legal form (网络科技): a bound keeps the scan linear. */
const INDUSTRY_WORDS_MAX = 4;
/** What follows a company's core in its full name: industry words, then a group's word or a legal form (网络科技有限公司, 集团). */
const COMPANY_TAIL = new RegExp(`(?:${unanchored(INDUSTRY_TAIL)}){0,${INDUSTRY_WORDS_MAX}}(?:${unanchored(LEGAL_TAIL)}|集团)`, 'gu');
/** The same tail where a text goes on (at an offset, sticky). */
const TAIL_AT = new RegExp(COMPANY_TAIL.source, 'uy');
/** Characters read before a tail to find the core's word: more than a core holds, so the word is cut whole. */
const WINDOW = 8;
/** Longest core taken: a word of the dictionary opening a name is short (菜鸟, 白鹭). */
const CORE_MAX = 4;
/** Tags of a word that may be a company's core: a noun, a name or an abbreviation. */
const CORE_TAG = /^(?:n|nz|nt|nr|j|ng)$/u;
/** Tags of a word whose core before a tail would be a piece of a longer name (中国 航空 集团), not its start. */
const NAME_GOES_ON = /^(?:n|ns|nt|nz|nr|j|b|a|an|vn|eng|m)/u;

/**
 * The pairs (full name, core) of the companies whose core is an ordinary word (see the file's comment): the core, a
 * word of the dictionary, two to four Han characters jieba cuts as a noun, no place or name the tables know and no
 * industry word (电商集团, 物流公司 name no one), starting the name; the full name is the core and its tail as printed.
 */
export function ordinaryWordCompanies(text: string): NamePair[] {
  const found: NamePair[] = [];
  for (const m of text.matchAll(COMPANY_TAIL)) {
    const from = Math.max(0, m.index - WINDOW);
    const tokens = tokenize(text.slice(from, m.index));
    const core = tokens.at(-1);
    if (!core || !isOrdinaryCore(core.word, core.tag)) continue;
    const before = tokens.at(-2);
    if (!(before ? NAME_GOES_ON.test(before.tag) : from > 0)) found.push([core.word + m[0], core.word]);
  }
  if (!found.length) return [];
  const subjects = subjectWords(text, new Set(found.map(([, core]) => core)));
  return found.filter(([, core]) => subjects.has(core));
}

/** True for a word that may open a company's name yet is no brand to entity-names.ts (see ordinaryWordCompanies). */
function isOrdinaryCore(word: string, tag: string): boolean {
  return (
    /^\p{Script=Han}{2,}$/u.test(word) &&
    word.length <= CORE_MAX &&
    CORE_TAG.test(tag) &&
    isDictionaryWord(word) &&
    !knownSurfaces().has(word) &&
    !industryVocabulary().has(word)
  );
}

/** Tags of a word a subject's name may follow: a preposition or conjunction (与菜鸟合作, 和菜鸟签约). */
const BEFORE_SUBJECT = /^(?:p|c)$/u;
/** Tags of the verb a subject's name is printed before (菜鸟推出, 菜鸟发布). */
const VERB = /^(?:v|vd)$/u;

/**
 * Those of the `words` the text prints as the subject of a verb with no company tail after them (a headline's 菜鸟推出…, 与菜鸟
 * 签约): where a sentence, a clause or a preposition's object starts, right before a verb. An industry word printed
 * alone makes a compound with its neighbour (水务行业, 推动种业振兴), no subject. One cut of the whole text.
 */
function subjectWords(text: string, words: Set<string>): Set<string> {
  const out = new Set<string>();
  const tokens = tokenize(text);
  for (const [i, t] of tokens.entries()) {
    if (!words.has(t.word)) continue;
    const before = tokens[i - 1];
    const starts = !before || !/\p{Script=Han}/u.test(before.word) || BEFORE_SUBJECT.test(before.tag);
    TAIL_AT.lastIndex = t.start + t.word.length;
    if (starts && VERB.test(tokens[i + 1]?.tag ?? '') && !TAIL_AT.test(text)) out.add(t.word);
  }
  return out;
}

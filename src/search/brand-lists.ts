import { placeAtStart } from '../enrich/entities.js';
import { INDUSTRY_TAIL, LEGAL_TAIL } from '../enrich/entity-aliases.js';
import { knownSurfaces } from '../enrich/entity-lexicon.js';
import { isDictionaryWord, tokenize } from '../enrich/segmenter.js';
import { isLatinName, nameEnding, type NamePair } from './bracketed-names.js';

/**
 * Brands a text lists as a company's (安克创新旗下Anker、eufy、soundcore等品牌; 公司旗下… in an article on the company):
 * each brand names the company to an analyst (entity:Anker means 安克创新), so the pair (company, brand) is learned as
 * a bracket's is (learned-aliases.ts).
 */

/** 旗下, the brands up to 品牌 within one clause, and the count word before 品牌 (等, 两大…) left out. */
const BRAND_LIST = /旗下(?:拥有)?([^，。；！？：\n]{2,80}?)(?:等|两大|三大|四大|多个|多款)?(?:子)?品牌/gu;
/** What parts a list's brands: 、 and the conjunctions. */
const BRAND_JOINER = /[、和及与]/u;
/** A brand printed in Han characters: two to six (云雀, 青鸾). */
const HAN_BRAND = /^\p{Script=Han}{2,6}$/u;
/** The clause's run of Han characters before 旗下, where the owner's name ends. */
const OWNER_BEFORE = /(\p{Script=Han}{2,32})$/u;
/** Words standing for the company an article is about (公司旗下…): not a name of their own. */
const THE_COMPANY = /^(?:该|本|其)?(?:公司|集团)$/u;
/** The same words ending a clause's run (公司, 该集团), which nameEnding reads as no name. */
const THE_COMPANY_END = /(?:^|[该本其])(?:公司|集团)$/u;
/** A title opening with a company's name before a colon, as notes on a company do (安克创新：…). */
const TITLE_OWNER = /^(\p{Script=Han}{2,12})[：:]/u;
/** Most brands read from one list: a longer list is no company's brands. */
const BRANDS_MAX = 8;

/**
 * The pairs (owner, brand) of every list of brands the text prints after 旗下: the owner is the name the clause ends
 * with before 旗下, or, where that is the article's company spoken of (公司, 该集团), the company the title opens with
 * before a colon (not a column's label: isColumnLabel). A list is two brands or more (isBrand), and one holding anything else is none.
 */
export function brandListNames(title: string, body: string): NamePair[] {
  const out: NamePair[] = [];
  for (const text of [title, body]) {
    for (const m of text.matchAll(BRAND_LIST)) {
      const owner = ownerBefore(text.slice(Math.max(0, m.index - 40), m.index), title);
      const brands = m[1].split(BRAND_JOINER).map((b) => b.trim());
      if (!owner || brands.length < 2 || brands.length > BRANDS_MAX || !brands.every(isBrand)) continue;
      for (const brand of brands) if (brand !== owner) out.push([owner, brand]);
    }
  }
  return out;
}

/** A figure or a count opening a list's item (多个, 两款): no brand. */
const COUNT_START = /^[一二两三四五六七八九十几多各众诸数\d]/u;

/** Tags of a verb: a list's item that is one verb names a line of business (外卖, 出行, 支付, 直播), no brand. */
const VERB_TAG = /^(?:v|vn|vd)$/u;

/**
 * True for a list's item that may be a brand: a Latin name, or Han characters (HAN_BRAND) opening with no place or
 * count and no one verb (美团旗下外卖和到店两大品牌 lists businesses: 外卖 would find every article on the company).
 */
function isBrand(item: string): boolean {
  return isLatinName(item) || (HAN_BRAND.test(item) && !COUNT_START.test(item) && placeAtStart(item) === 0 && !isOneVerb(item));
}

/** True for an item jieba reads as one verb that names no one the tables know. */
function isOneVerb(item: string): boolean {
  const words = tokenize(item);
  return words.length === 1 && VERB_TAG.test(words[0].tag) && !knownSurfaces().has(item);
}

/** The owner's name ending the text before 旗下 (see brandListNames), or null. */
function ownerBefore(before: string, title: string): string | null {
  const run = OWNER_BEFORE.exec(before)?.[1];
  const words = run ? nameEnding(run, true) : null;
  const name = words?.map((t) => t.word).join('') ?? null;
  if (name && !THE_COMPANY.test(name)) return name;
  const titled = run && THE_COMPANY_END.test(run) ? TITLE_OWNER.exec(title)?.[1] : undefined;
  return titled && !isColumnLabel(titled) ? titled : null;
}

/**
 * True for a title's column label before its colon (公司点评, 行业观察, 政策解读, 海外映射), no company's name: whole
 * words of the dictionary of two characters or more, ending in no company word (科技, 集团, 有限公司) and no name the
 * tables know. A company's name either is known (安克创新) or holds a word of its own (星岚创新: 星, 岚).
 */
function isColumnLabel(name: string): boolean {
  if (knownSurfaces().has(name) || INDUSTRY_TAIL.test(name) || LEGAL_TAIL.test(name)) return false;
  return tokenize(name).every((t) => t.word.length >= 2 && isDictionaryWord(t.word));
}

import { perKnowledge } from '../enrich/data.js';
import { brandHeadForms, LEGAL_TAIL, registeredCore, registeredShortNames } from '../enrich/entity-aliases.js';
import { knownSurfaces } from '../enrich/entity-lexicon.js';
import { placeAtStart } from '../enrich/entities.js';
import { SUBSIDIARY_BUSINESS } from '../enrich/entity-orgs.js';
import { enrichArticle } from '../enrich/index.js';
import { isDictionaryWord } from '../enrich/segmenter.js';
import { bareName, type AliasIndex } from './aliases.js';
import { isShortFormOf } from './bracketed-names.js';

/** How many filter names' readings are kept: an analyst filters by few names, and a reading costs a segmentation. */
const READINGS_KEPT = 256;
/** The readings made with the knowledge in use: new knowledge may read a name otherwise. */
const readingsNow = perKnowledge(() => new Map<string, string[]>());

/**
 * The canonical names the entity recogniser reads a name as when the name is all the text (美国太空探索技术公司 →
 * SpaceX, 中国卫通集团股份有限公司 → 中国卫通): an entity counts when one of its mentions ends the name and only a
 * place stands before it, so a name is never read as a shorter one inside it.
 */
function recognisedAs(name: string): string[] {
  const readings = readingsNow();
  let names = readings.get(name);
  if (!names) {
    const entities = enrichArticle({ title: '', body: name }).entities;
    const before = (mention: string) => name.slice(0, name.length - mention.length);
    names = entities.filter((e) => e.spans.some((s) => name.endsWith(s.text) && placeAtStart(before(s.text)) === before(s.text).length)).map((e) => e.name);
    if (readings.size >= READINGS_KEPT) readings.delete(readings.keys().next().value!);
    readings.set(name, names);
  }
  return names;
}

/**
 * The names an entity filter (`--entity`, `entity:`) on `name` accepts when the name is known: each name of the
 * lexicon's organisation it names (or of the tables' entity it is a name of), else of the entities the recogniser
 * reads it as (the wording an article's entity was recognised from). Null for a name none of them reads as another:
 * see shortFormOf.
 */
function knownEntityNames(name: string, aliases: AliasIndex): string[] | null {
  const lexicon = aliases.namesOf(name);
  if (lexicon.length > 1) return lexicon;
  // A name of the tables is what they say (and spares the search process loading the recogniser for it).
  const known = knownSurfaces().get(name.trim());
  if (known) return [...new Set([...lexicon, ...aliases.namesOf(known.name)])];
  // Read as itself, a name says no more than it does unknown.
  const recognised = recognisedAs(name.trim()).filter((n) => n !== name.trim());
  return recognised.length ? [...new Set([...lexicon, ...recognised.flatMap((n) => aliases.namesOf(n))])] : null;
}

/** The first two characters of a name: a stored registered name it is a short form of holds them (see shortFormOf). */
function nameHead(name: string): string {
  return name.trim().slice(0, 2);
}

/** What an entity filter on a name accepts (filterAccepts, and each of the readings it joins). */
export interface AcceptedNames {
  /** The stored names it accepts. */
  names: string[];
  /**
   * The names whose printing also makes an article accepted: for shortFormOf, the name itself when it is a short
   * form of a registered name stored for another article, so it names that organisation in an article too short on
   * evidence for the recogniser (垣信卫星 alone), and a registered name's own short forms of four characters or more
   * (垣信卫星 for 上海垣信卫星科技有限公司), shorter ones being too often another's; a brand standing alone
   * (brandNames); names learned from brackets (entityPrinting).
   */
  printed: string[];
}

/** The shortest short form whose printing is taken for a registered name's own (see AcceptedNames.printed). */
const PRINTED_FORM_MIN = 4;

/** A registered name's short forms whose printing is taken for its own: four characters or more (垣信卫星), shorter ones being too often another's. */
export function printedShortForms(name: string): string[] {
  return registeredShortNames(name, placeAtStart).filter((f) => f.length >= PRINTED_FORM_MIN);
}

/**
 * The names an entity filter on a `name` knownEntityNames reads as no other accepts: the name, its own short forms
 * when it is a registered name (广州中望龙腾软件股份有限公司: 中望龙腾, 中望软件), and each of the `stored` names
 * (those holding its head) it is a registered short form (垣信卫星 for 上海垣信卫星科技有限公司) or a market name
 * (marketNamed: 隆平高科 for 袁隆平农业高科技股份有限公司) of, with their lexicon names.
 */
function shortFormOf(name: string, stored: string[], aliases: AliasIndex): AcceptedNames {
  const trimmed = name.trim();
  const forms = registeredShortNames(trimmed, placeAtStart);
  const own = [...forms, ...brandHeadForms(trimmed, placeAtStart)];
  const others = trimmed.length < 2 ? [] : stored.filter((s) => s !== trimmed);
  const registered = [...others.filter((s) => registeredShortNames(s, placeAtStart).includes(trimmed)), ...marketNamed(trimmed, others)];
  const printed = [...(registered.length ? [trimmed] : []), ...printedShortForms(trimmed)];
  // A quote in a name could not be searched for as one phrase.
  return { names: [...new Set([name, ...own, ...registered].flatMap((n) => aliases.namesOf(n)))], printed: printed.filter((p) => !p.includes('"')) };
}

/** Fewest characters of a registered name's opening taken for its market name (北大荒 of 北大荒农垦集团有限公司). */
const OPENING_MIN = 3;
/** Fewest characters of a market name made of a registered name's characters in order (隆平高科 of 袁隆平农业高科技股份有限公司). */
const PICKED_MIN = 4;

/**
 * The stored registered names a name of Han characters is how the market calls, where registeredShortNames gives
 * none: those it opens (北大荒 of 北大荒农垦集团有限公司), with OPENING_MIN characters or more and two or more past the
 * place it opens with (中国电 opens 中国电信集团有限公司 but names nothing); else the one whose characters it picks
 * in order, PICKED_MIN or more, the first two side by side (隆平高科 of 袁隆平农业高科技股份有限公司, 牧原股份 of
 * 牧原食品股份有限公司), as listed companies' short names are made — when it opens with no place (中国信息 is no
 * short name of 中国电子信息产业集团有限公司) and no other stored name is so picked: a market name is one company's
 * (东方科技 picked from both 东方电气科技… and 东方明珠科技… is neither's).
 */
function marketNamed(name: string, stored: string[]): string[] {
  if (!/^\p{Script=Han}+$/u.test(name)) return [];
  const registered = stored.filter((s) => LEGAL_TAIL.test(s));
  const place = placeAtStart(name);
  const opened = name.length >= OPENING_MIN && name.length - place >= 2 ? registered.filter((s) => s.startsWith(name)) : [];
  if (opened.length || name.length < PICKED_MIN || place > 0) return opened;
  const picked = registered.filter((s) => s.includes(name.slice(0, 2)) && isShortFormOf(name, s));
  return picked.length === 1 ? picked : [];
}

/**
 * The names whose printing makes an article pass an entity filter on `name`: `printed` (shortFormOf's) and, when the
 * archive printed the name beside another in brackets (AliasIndex.learned), the name and those others: the pair
 * says the name is a body's, which its printing then names; and a Latin company name's shorter form of these
 * (latinShortForm) of three letters or more.
 */
function entityPrinting(name: string, printed: string[], aliases: AliasIndex): string[] {
  const learned = aliases.learned?.(name.trim()) ?? [];
  const all = [...printed, ...(learned.length ? [name.trim(), ...learned] : [])];
  // A Latin company's name is printed shorter too (DHL of DHL Express, Deere of Deere & Company), as a query on it finds.
  const shorter = all.map(latinShortForm).filter((n): n is string => n !== null && namesAlone(n));
  return [...new Set([...all, ...shorter])].filter((p) => !p.includes('"'));
}

/** What ends a company's name printed without its legal form (美敦力公司, 某某集团): no part of its brand. */
const GENERIC_TAIL = /(?:集团公司|公司|集团)$/u;
/** Fewest characters of a company's core (companyCore) that no person's name reaches without a legal form or a generic tail. */
const COMPANY_CORE_MIN = 4;

/**
 * A name without its legal form or generic tail and the place it opens with (深圳迈瑞生物医疗电子股份有限公司 →
 * 迈瑞生物医疗电子, 美敦力公司 → 美敦力), and whether it had such a tail.
 */
function companyCore(name: string): { core: string; tail: boolean } {
  const trimmed = name.trim();
  const bare = trimmed.replace(LEGAL_TAIL, '').replace(GENERIC_TAIL, '');
  return { core: registeredCore(bare, placeAtStart).core, tail: bare !== trimmed };
}

/**
 * The brand a company's name opens with after a place: its first two Chinese characters when they are no word of the
 * dictionary (迈瑞 of 迈瑞医疗 and of 深圳迈瑞生物医疗电子股份有限公司, 美敦 of 美敦力公司), so that they name the
 * company wherever printed; null for a name opening with a word (中国移动, 华为技术), whose first two characters name
 * other things too. Whether the name is a company's at all, brandNames says.
 */
export function brandOf(name: string): string | null {
  const brand = companyCore(name).core.slice(0, 2);
  return /^\p{Script=Han}{2}$/u.test(brand) && !isDictionaryWord(brand) ? brand : null;
}

/** False for a name the tables know as something other than a company (a ministry's 发改委, a place): it has no brand. */
function maybeCompany(name: string): boolean {
  const known = knownSurfaces().get(name.trim());
  return !known || (known.type === 'org' && known.kind === 'company');
}

/**
 * True when the archive or the lexicon shows a brand standing alone as a name: itself a `stored` entity name, a name
 * an article printed beside another in brackets (AliasIndex.learned), or a lexicon alias. A brand that is only the
 * head of longer names may be a fragment of other words (中微 of 中微公司 is 中微子's too, 美敦 of 美敦力公司 no name).
 */
function standsAlone(brand: string, stored: string[], aliases: AliasIndex): boolean {
  return stored.includes(brand) || (aliases.learned?.(brand) ?? []).length > 0 || aliases.namesOf(brand).length > 1;
}

/**
 * What an entity filter on a company's name accepts by its `brand` (brandOf of the name), among the `stored` names
 * holding the brand: the company-shaped names (with a legal form or generic tail, or a core of COMPANY_CORE_MIN characters) of the
 * company printed shorter or longer, one's core holding the other's characters in order (迈瑞医疗 and
 * 深圳迈瑞生物医疗电子股份有限公司, 美敦力 and 美敦力公司; the brand 迈瑞 alone, every name of it), and the brand as
 * printed (迈瑞、开立等企业 names 迈瑞医疗) when the archive stores the company by that name or another and the brand
 * stands alone (standsAlone): a name it knows nothing of finds nothing. Another company of the brand (迈瑞电子 beside 迈瑞医疗) is none, nor a name shaped like a
 * person's (two or three characters without a legal form or generic tail) unless the archive stores it with one: a
 * registered name holding a name of two characters, the same core with a tail for one of three. A person's name
 * holding it (吴磊明 for 吴磊) is never accepted.
 */
function brandNames(name: string, brand: string, stored: string[], aliases: AliasIndex): AcceptedNames {
  if (!maybeCompany(name)) return { names: [], printed: [] };
  const { core, tail } = companyCore(name);
  const others = stored
    .filter((s) => s !== name && brandOf(s) === brand)
    .map((s) => ({ s, ...companyCore(s) }))
    .filter((o) => o.tail || o.core.length >= COMPANY_CORE_MIN);
  const company = core.length >= COMPANY_CORE_MIN || tail || others.some((o) => (core.length === 2 ? LEGAL_TAIL.test(o.s.trim()) : o.tail && o.core === core));
  if (!company) return { names: [], printed: [] };
  const names = others.filter((o) => o.core.length > 2 && (isShortFormOf(core, o.core) || isShortFormOf(o.core, core))).map((o) => o.s);
  const known = names.length > 0 || stored.includes(name.trim());
  return { names, printed: known && standsAlone(brand, stored, aliases) ? [brand] : [] };
}

/**
 * The legal forms and groups' words closing a Latin company's name, as printed (Deere & Company, Foo Holdings Inc.),
 * the continent's, the Nordic and Asian forms among them (Nel ASA, Volvo AB, Nokia Oyj, Stellantis N.V.): the press
 * prints the company without them as it does without Inc.
 */
const LATIN_TAILS = new Set([
  'Co', 'Co.', 'Company', 'Corp', 'Corp.', 'Corporation', 'Inc', 'Inc.', 'Incorporated', 'Ltd', 'Ltd.', 'Limited', 'LLC', 'plc', 'PLC', 'AG', 'SE', 'GmbH', 'Group', 'Holding', 'Holdings',
  'ASA', 'AS', 'A/S', 'ApS', 'AB', 'Oyj', 'Oy', 'SA', 'S.A.', 'NV', 'N.V.', 'BV', 'B.V.', 'SpA', 'S.p.A.', 'KGaA', 'SAS', 'Pty', 'Pte', 'Bhd', 'Berhad', 'K.K.',
]);

/** The characters that part a Latin company's name from its tail (Foo Holdings, Inc.; Deere & Company). */
const SEPARATORS = ' \t,&';

/** The words of LATIN_TAILS that may follow an ampersand (Deere & Company, not Foo & Group). */
const AFTER_AMPERSAND = new Set(['Co', 'Co.', 'Company']);

/**
 * The core of a Latin company name with its legal form or a group's word (Deere of Deere & Company, Foo of Foo
 * Holdings Inc.): how the text mostly prints the company (Deere in John Deere). Each tail is a word of its own (TENSE
 * is no TEN with SE); the shortest core left is taken that starts with a letter, holds only letters, digits, spaces
 * and . ' ’ -, and two letters in a row after its first. Linear in the name (a pattern of nested lazy runs took
 * minutes on a few thousand letters). Null for any other name.
 */
function latinCompanyCore(name: string): string | null {
  // Where a core may end, longest first: before each tail, read off from the end one word at a time.
  const ends: number[] = [];
  for (let end = name.length; ; ) {
    let space = end - 1;
    while (space >= 0 && !SEPARATORS.includes(name[space])) space--;
    const word = name.slice(space + 1, end);
    if (space < 0 || !LATIN_TAILS.has(word)) break;
    let start = space;
    while (start > 0 && SEPARATORS.includes(name[start - 1])) start--;
    if (name.slice(start, space + 1).includes('&') && !AFTER_AMPERSAND.has(word)) break;
    ends.push((end = start));
  }
  if (!ends.length || !/^\p{Script=Latin}/u.test(name)) return null;
  const other = /[^\p{Script=Latin}\d.'’\- ]/u.exec(name)?.index ?? name.length;
  const pair = /\p{Script=Latin}{2}/u.exec(name.slice(1));
  const fewest = pair ? pair.index + 3 : Infinity;
  const end = [...ends].reverse().find((e) => e >= fewest && e <= other);
  return end === undefined ? null : name.slice(0, end);
}

/**
 * A Latin name of several words opening with an acronym of three capitals or more (DHL Express, ABB Robotics): the
 * acronym alone is how the text often prints the company (DHL and FedEx), weighted as a core is.
 */
const LATIN_ACRONYM = /^([A-Z]{3,})\s+\p{Script=Latin}/u;

/** The shorter name a Latin company's name stands for: its core (latinCompanyCore) or its opening acronym (LATIN_ACRONYM). */
export function latinShortForm(name: string): string | null {
  const n = name.trim().normalize('NFKC');
  return latinCompanyCore(n) ?? LATIN_ACRONYM.exec(n)?.[1] ?? null;
}

/**
 * The shorter names a company's name stands for in a query, as the lexicon's aliases do: a registered name's short
 * forms of four characters or more (printedShortForms) and the brand (brandOf) of a registered name, of a company
 * of the lexicon (迈瑞 for 迈瑞医疗 and for 深圳迈瑞生物医疗电子股份有限公司: 迈瑞、开立等企业 names it) or of a name the
 * archive printed beside another in brackets ending on a word of a business (COMPANY_WORD_END: 极兔 of 极兔速递); a Latin name's
 * core without its legal form or group word, or its opening acronym (latinShortForm). None for a ministry (发改委 is no brand 发改) or another
 * term, whose first two characters may be any word's (钠离 of 钠离子电池).
 */
export function companyForms(name: string, aliases: AliasIndex): string[] {
  const trimmed = name.trim();
  const latin = latinShortForm(trimmed);
  if (latin) return [latin];
  const registered = LEGAL_TAIL.test(trimmed);
  const known = knownSurfaces().get(trimmed) ?? knownSurfaces().get(aliases.canonical(trimmed));
  // A name the archive printed beside another in brackets is a name; a company's when it ends on an industry word (极兔速递（J&T Express）).
  const learnedCompany = (aliases.learned?.(trimmed).length ?? 0) > 0 && COMPANY_WORD_END.test(trimmed);
  if (!registered && !learnedCompany && !(known?.type === 'org' && known.kind === 'company')) return [];
  const brand = brandOf(trimmed);
  return [...new Set([...(registered ? printedShortForms(trimmed) : []), ...(brand && brand !== trimmed ? [brand] : [])])];
}

/** Words of a business ending a company's name printed without a legal form (极兔速递, 岚途快递, 海辰储能): not a body's. */
const COMPANY_WORD_END = /(?:速递|快递|物流|科技|技术|能源|储能|医疗|电子|智能|软件|通信|半导体|电池|汽车|电气|新材料|生物|制药|航天|航空|卫星)$/u;

/** The parts of an entity filter's name whose stored names filterAccepts reads: each is fetched once, as they are often one (迈瑞 of 迈瑞医疗). */
export interface FilterLookups {
  /**
   * The name's head (nameHead) when neither the lexicon nor the recogniser reads the name as another (shortFormOf),
   * the head of its first Chinese name when it names a lexicon company (its subsidiaries, subsidiariesOf): null
   * otherwise, or for a name of one character, no one's short form.
   */
  head: string | null;
  /** The name's brand (brandOf), null when it has none. */
  brand: string | null;
}

/**
 * The Chinese names of the lexicon's company among `known` (knownEntityNames's names), whose subsidiaries named by a
 * business (西门子医疗 of 西门子) the filter accepts; none for a ministry, a place or another body, whose name with such
 * a word names something else (交通运输部 + 能源 is no unit of it).
 */
function groupNames(known: string[]): string[] {
  const company = known.some((n) => {
    const k = knownSurfaces().get(n.trim());
    return k?.type === 'org' && k.kind === 'company';
  });
  return company ? known.filter((n) => /^\p{Script=Han}{2,}$/u.test(n.trim())).map((n) => n.trim()) : [];
}

/**
 * The `stored` names of a company's subsidiaries: one of its Chinese names (groupNames of `known`) and a business
 * word, as the recogniser reads them (SUBSIDIARY_BUSINESS: 西门子医疗, 塔塔电子), a company of its own that an analyst
 * filtering for the group means too. Another company sharing the opening (西门子科技) is none.
 */
function subsidiariesOf(known: string[], stored: string[]): string[] {
  const group = groupNames(known);
  return stored.filter((s) => group.some((n) => s.startsWith(n) && SUBSIDIARY_BUSINESS.has(s.slice(n.length))));
}

/** The stored-name lookups an entity filter on `name` needs: what a backend fetches before filterAccepts. */
export function filterLookups(name: string, aliases: AliasIndex): FilterLookups {
  if (name.trim().length < 2) return { head: null, brand: brandOf(name) };
  const known = knownEntityNames(name, aliases);
  // A company's subsidiaries open with its names: those of its first Chinese name's head are fetched.
  const group = known ? groupNames(known) : [];
  const head = known ? (group.length ? nameHead(group[0]) : null) : nameHead(name);
  return { head, brand: brandOf(name) };
}

/**
 * What an entity filter (`--entity`, `entity:`) on `name` accepts: the stored names (knownEntityNames and, for a
 * company, subsidiariesOf among `byHead`, else shortFormOf among `byHead`, and brandNames among `byBrand`, each with
 * its lexicon names) and the names whose
 * printing makes an article pass (entityPrinting). `byHead` and `byBrand`: the stored names holding filterLookups's
 * head and brand (empty where it gives null). `aliases`: the search's, with the names the archive printed beside its own.
 */
export function filterAccepts(name: string, aliases: AliasIndex, byHead: string[], byBrand: string[]): AcceptedNames {
  const known = knownEntityNames(name, aliases);
  const own = known ? { names: known, printed: [] } : shortFormOf(name, byHead, aliases);
  const brand = brandOf(name);
  const branded = brand ? brandNames(name, brand, byBrand, aliases) : { names: [], printed: [] };
  const subsidiaries = known ? subsidiariesOf(known, byHead) : [];
  const names = [...new Set([...own.names, ...subsidiaries, ...branded.names.flatMap((n) => aliases.namesOf(n))])];
  // A name the lexicon, the recogniser or a stored entity shows to be one names its bearer wherever printed.
  const isName = known !== null || byHead.includes(name.trim()) || byBrand.includes(name.trim()) || opensWithStored(name.trim(), byHead, aliases);
  // A registered name is printed without its legal form and group's word too, as its listed arm's is (中国能源建设
  // of 中国能源建设集团有限公司 in 中国能源建设股份有限公司).
  const bare = names.filter((n) => LEGAL_TAIL.test(n.trim())).map(bareName);
  const alone = isName ? [...names, ...bare].filter(namesAlone) : [];
  return { names, printed: entityPrinting(name, [...own.printed, ...branded.printed, ...alone], aliases) };
}

/** Fewest characters after a stored name opening a filter's name for the whole to be a name of its own (大疆 + 农业). */
const AFTER_STORED_MIN = 2;

/**
 * True for a Chinese name opening with a `stored` name or a lexicon name of one, and going on for AFTER_STORED_MIN
 * characters or more (大疆农业 after 大疆, 联合国粮农组织 after 联合国): a body of the stored one's, or a division,
 * that the text prints by the whole name.
 */
function opensWithStored(name: string, stored: string[], aliases: AliasIndex): boolean {
  if (!/^\p{Script=Han}+$/u.test(name)) return false;
  return stored.some((s) => [s, ...aliases.namesOf(s)].some((n) => n.length >= 2 && n.length <= name.length - AFTER_STORED_MIN && name.startsWith(n)));
}

/** Fewest letters of a Latin name whose printing names its bearer (XAG, FAO; a pair of letters is too often something else). */
const PRINTED_LATIN_MIN = 3;

/**
 * True for a name whose printing names what it names, wherever the recogniser stored nothing for it (a headline's
 * brand, a name in a list, an English name alone): a Chinese name of PRINTED_FORM_MIN characters or more (约翰迪尔,
 * 国家网信办), or a Latin one of PRINTED_LATIN_MIN letters or more. Shorter Chinese names are too often part of
 * other words or names (联合国 in 联合国粮农组织, 中微 in 中微子).
 */
function namesAlone(name: string): boolean {
  const n = name.trim().normalize('NFKC');
  if (/^\p{Script=Han}+$/u.test(n)) return n.length >= PRINTED_FORM_MIN;
  return /^\p{Script=Latin}/u.test(n) && (n.match(/\p{Script=Latin}/gu)?.length ?? 0) >= PRINTED_LATIN_MIN;
}

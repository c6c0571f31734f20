import { dataDigest } from '../enrich/data.js';
import { LEGAL_TAIL } from '../enrich/entity-aliases.js';
import { placeAtStart } from '../enrich/entities.js';
import { industryVocabulary } from '../enrich/entity-orgs.js';
import { isCommonWord, tokenize } from '../enrich/segmenter.js';
import { nameKey, sharedAbbreviations, type AliasIndex } from './aliases.js';
import { bracketedNames } from './bracketed-names.js';
import { brandListNames } from './brand-lists.js';
import { ordinaryWordCompanies } from './company-cores.js';
import { brandOf, latinShortForm, printedShortForms } from './entity-names.js';
import { introducedNames } from './introduced-names.js';
import { latinCorePairs } from './latin-cores.js';
import { MAX_NAME_WORDS } from './match-plan.js';
import { parseQuery } from './query.js';
import { sharedSegmenter } from './segment.js';
import type { SearchRequest } from './types.js';

/**
 * Aliases the archive teaches: two names one article prints as `name（other name）` (src/search/bracketed-names.ts)
 * name one thing in every article, so a query or an entity filter on either also finds the articles printing only
 * the other (China Satcom finds 中国卫通, 垣信卫星 finds SpaceSail). Each store keeps the pairs per article, under
 * both names' keys (nameKey), and looks up only the names a search names: no search reads them all.
 */

/**
 * Version of learnedNameRows' rules: bump it when a change alters the rows an article gives. A store keeps the
 * version its rows were written by (search_names_state); `jianbao enrich` writes those of an older one again
 * (EnrichmentRepository.relearnNames), as it does enrichment made by older rules.
 */
const LEARNED_RULES_VERSION = 3;

/** What the learned names are written by: the rules' version and the data files' digest (the lexicons they read). */
export function learnedNamesVersion(): string {
  return `${LEARNED_RULES_VERSION}.${dataDigest()}`;
}

/** A row of the stores' table of learned names: an article printed `name` beside the name of key `key`. */
export interface LearnedName {
  key: string;
  name: string;
}

/**
 * The rows an article's text gives the stores' table: each pair of bracketedNames, of introducedNames (a term and
 * the name printed after 简称/俗称), of ordinaryWordCompanies (菜鸟集团 and 菜鸟, printed alone in the same article)
 * of brandListNames (a company and a brand it lists) and of latinCorePairs (Fluence Energy and Fluence, printed
 * alone in the same article), both ways, and for a registered
 * name of a pair, under each of its short forms (registeredForms) the pair's names: the short name an analyst types
 * (极飞科技) then finds the articles printing only the other name (XAG), as the registered name does; for a Chinese
 * name beside a Latin company name with a short form (敦豪快递（DHL Express）), under the name without its last word
 * (敦豪) too.
 */
export function learnedNameRows(title: string, body: string): LearnedName[] {
  const rows = new Map<string, LearnedName>();
  const add = (from: string, to: string) => {
    const row = { key: nameKey(from), name: to };
    if (row.key !== nameKey(to)) rows.set(`${row.key}\u0000${to}`, row);
  };
  const pairs = [
    ...[title, body].flatMap((text) => [...bracketedNames(text), ...introducedNames(text)]),
    ...ordinaryWordCompanies(`${title}\n${body}`),
    ...brandListNames(title, body),
    ...latinCorePairs(`${title}\n${body}`),
  ];
  for (const [a, b] of pairs) {
    add(a, b);
    add(b, a);
    for (const [name, other] of [
      [a, b],
      [b, a],
    ]) {
      for (const form of registeredForms(name)) if (form !== other) for (const to of [name, other]) add(form, to);
      // Beside a Latin name printed longer than its short form (敦豪快递（DHL Express）), the Chinese name without
      // its last word is the Chinese for that form (敦豪 for DHL), so it keys the pair as that form does.
      const short = latinShortForm(other) ? withoutLastWord(name) : null;
      if (short) for (const to of [name, other]) add(short, to);
      // An association is called by its field and its kind (储能联盟 of 中关村储能产业技术联盟): those key the pair too.
      for (const form of associationShortForms(name)) if (form !== other) for (const to of [name, other]) add(form, to);
    }
  }
  return [...rows.values()];
}

/** The kind of body an association's name ends with (as entity-orgs.ts reads an association). */
const ASSOCIATION_KIND = /(联盟|协会|学会|联合会|商会|促进会|研究会)$/u;
/** Words between an association's field and its kind that its short name leaves out (光伏行业协会 → 光伏协会). */
const ASSOCIATION_FILLER = /(产业|行业|工业|企业|技术)$/u;

/**
 * The short names of an association made of a word of its field and its kind, as the press calls it (储能联盟 of
 * 中关村储能产业技术联盟, 光伏协会 of 中国光伏行业协会): each word of two or more Han characters before the filler words
 * (产业, 行业…), but a place; none for another name. A word that names no field (中关村联盟) only keys a name nobody types.
 */
export function associationShortForms(name: string): string[] {
  const trimmed = name.trim();
  const kind = ASSOCIATION_KIND.exec(trimmed)?.[1];
  if (!kind || !/^\p{Script=Han}+$/u.test(trimmed)) return [];
  let rest = trimmed.slice(0, -kind.length);
  for (let m = ASSOCIATION_FILLER.exec(rest); m; m = ASSOCIATION_FILLER.exec(rest)) rest = rest.slice(0, -m[1].length);
  const words = sharedSegmenter().queryWords(rest).map((w) => w.join(''));
  return words.filter((w) => w.length >= 2 && placeAtStart(w) !== w.length).map((w) => w + kind).filter((f) => f !== trimmed);
}

/** Longest Chinese short form withoutLastWord gives: a company's own word (敦豪, 北岚), not a phrase. */
const SHORT_WORD_MAX = 4;

/**
 * A Chinese name without its last word (敦豪 of 敦豪快递, 岚途 of 岚途快递), when what is left is two to
 * SHORT_WORD_MAX Han characters opening with no place (德国邮政敦豪 of 德国邮政敦豪集团 is none) and is no industry
 * word (芯片 of 芯片设计（Chip Design Ltd）names a trade, and would key every query on it); null otherwise.
 */
function withoutLastWord(name: string): string | null {
  const words = tokenize(name.trim());
  if (words.length < 2) return null;
  const short = name.trim().slice(0, words.at(-1)!.start);
  return /^\p{Script=Han}{2,}$/u.test(short) && short.length <= SHORT_WORD_MAX && placeAtStart(short) === 0 && !industryVocabulary().has(short) ? short : null;
}

/**
 * A registered name's short forms of four characters or more (printedShortForms), a Latin company name's core or
 * acronym (latinShortForm: DHL of DHL Express), a name without its group's word (withoutGroupWord: 马士基 of
 * 马士基集团); none for another name. Not a Chinese name's brand: a brand with
 * learned names counts as standing alone (entity-names.ts), which only its own printing shows, or a Latin short form
 * printed beside the name (learnedNameRows).
 */
function registeredForms(name: string): string[] {
  if (LEGAL_TAIL.test(name.trim())) return printedShortForms(name);
  const latin = latinShortForm(name);
  if (latin) return [latin];
  const bare = withoutGroupWord(name);
  return bare ? [bare] : [];
}

/** A company's name ending on a group's or company's word without a legal form (马士基集团, 美敦力公司). */
const GROUP_TAIL = /(?:集团公司|集团|公司)$/u;

/**
 * A Chinese name without the group's or company's word it ends with (马士基 of 马士基集团), as the press prints the
 * company too; null when less than two Han characters are left, or a common word or an industry's (服务 of 服务公司,
 * 物流 of 物流集团), which names no one company.
 */
function withoutGroupWord(name: string): string | null {
  const trimmed = name.trim();
  const bare = trimmed.replace(GROUP_TAIL, '');
  if (bare === trimmed || !/^\p{Script=Han}{2,}$/u.test(bare)) return null;
  return (bare.length === 2 && isCommonWord(bare)) || industryVocabulary().has(bare) || placeAtStart(bare) === bare.length ? null : bare;
}

/**
 * The keys (nameKey) a search may find learned names for: each term of its query (quoted, unless a term of the forms
 * table), each run of neighbouring
 * ones that may be a name typed with spaces (China Satcom), each entity filter and its brand (brandOf: printed in
 * brackets, it names the company alone), and every lexicon name of these.
 */
export function namesToLookUp(request: SearchRequest, aliases: AliasIndex): string[] {
  const parsed = parseQuery(request.query);
  const lone = parsed.groups.map((g) => (g.length === 1 && !g[0].phrase ? g[0].text : null));
  // A quoted name takes the learned names as it takes the lexicon's: the quotes keep its words together, and a
  // name's other names are no other words. A quoted term of the forms table takes none: its other forms are other
  // words, which the quotes turn away, whether the table lists them or the archive printed them in brackets
  // ("人工智能" beside 人工智能（AI）would find every article printing AI).
  const forms = sharedAbbreviations();
  const names = [...parsed.groups.flat(), ...parsed.excluded].filter((t) => !t.phrase || forms.namesOf(t.text).length < 2).map((t) => t.text);
  for (let i = 0; i < lone.length; i++) {
    for (let n = 2; n <= MAX_NAME_WORDS && i + n <= lone.length; n++) {
      const run = lone.slice(i, i + n);
      if (run.every((t) => t !== null)) names.push(run.join(' '));
    }
  }
  const entities = [...(parsed.filters.entities ?? []), ...(request.filters?.entities ?? [])];
  names.push(...entities, ...entities.map(brandOf).filter((b) => b !== null));
  return [...new Set(names.flatMap((n) => aliases.namesOf(n)).map(nameKey))];
}

/** The names learned for each key from the stores' rows (repeats allowed), each name once, in the order of the rows. */
export function learnedByKey(rows: Iterable<LearnedName>): Map<string, string[]> {
  const names = new Map<string, Set<string>>();
  for (const { key, name } of rows) {
    const known = names.get(key);
    if (known) known.add(name);
    else names.set(key, new Set([name]));
  }
  return new Map([...names].map(([key, set]) => [key, [...set]]));
}

/**
 * The alias index of one search: `base` (the lexicon's) with the names the archive printed beside the names looked
 * up (`learned`: by nameKey), each with its own lexicon names and, for a registered name, its short forms of four
 * characters or more (SpaceSail（上海垣信卫星科技有限公司） finds 垣信卫星). Canonical names stay the lexicon's.
 */
export function withLearned(base: AliasIndex, learned: Map<string, string[]>): AliasIndex {
  if (!learned.size) return base;
  const learnedOf = (name: string): string[] => {
    const found = base.namesOf(name).flatMap((n) => learned.get(nameKey(n)) ?? []);
    const short = found.flatMap((n) => printedShortForms(n));
    return [...new Set([...found, ...short].flatMap((n) => base.namesOf(n)))].filter((n) => nameKey(n) !== nameKey(name));
  };
  return {
    namesOf: (name) => {
      const extra = learnedOf(name);
      const own = base.namesOf(name);
      return extra.length ? [...new Set([...own, ...extra])] : own;
    },
    canonical: (name) => base.canonical(name),
    canonicalOfAliases: () => base.canonicalOfAliases(),
    learned: learnedOf,
  };
}

import { abbreviationData, narrowerData, orgData, perKnowledge, productData, unitData } from '../enrich/data.js';
import { INDUSTRY_TAIL, LEGAL_TAIL } from '../enrich/entity-aliases.js';
import { placeAtStart } from '../enrich/entities.js';

/**
 * The names one organisation goes by, from the entity lexicon (src/enrich/data/orgs.json): its canonical name
 * and every alias (工信部, 工业和信息化部, 中华人民共和国工业和信息化部). Search reads them so that any of the names
 * finds the articles naming the organisation by another, and so that entity filters, facets and counts over time
 * treat the names as one entity under its canonical name. The forms of an ordinary term are indexed alike
 * (sharedAbbreviations), for search alone.
 */
export interface AliasIndex {
  /** Every name of the organisation the name belongs to, canonical first; the name alone when it is not known. */
  namesOf(name: string): string[];
  /** The canonical name of a known name, else the name itself. */
  canonical(name: string): string;
  /** Every alias as written in the lexicon, with its canonical name (canonical names themselves left out). */
  canonicalOfAliases(): Record<string, string>;
  /** The names the archive's articles print beside this one in brackets (src/search/learned-aliases.ts); none when absent. */
  learned?(name: string): string[];
}

/** Names are compared without spaces and with full-width letters and digits as ASCII, Latin in lower case. */
export function nameKey(name: string): string {
  return name.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
}

/** Builds the index from organisation records; a name claimed by two records stays with the first. */
export function aliasIndex(orgs: { name: string; aliases: string[] }[]): AliasIndex {
  const groups = new Map<string, string[]>();
  const toCanonical: Record<string, string> = {};
  for (const o of orgs) {
    const names = [...new Set([o.name, ...o.aliases].map((n) => n.trim()).filter(Boolean))];
    for (const n of names) {
      if (groups.has(nameKey(n))) continue;
      groups.set(nameKey(n), names);
      if (n !== names[0]) toCanonical[n] = names[0];
    }
  }
  return {
    namesOf: (name) => groups.get(nameKey(name)) ?? [name],
    canonical: (name) => groups.get(nameKey(name))?.[0] ?? name,
    canonicalOfAliases: () => toCanonical,
  };
}

const current = perKnowledge(() => aliasIndex(orgData()));

/** A group's word after a company's name (中国能源建设集团), which its listed arm's registered name does without. */
const GROUP_WORD = /集团$/u;
/** Fewest characters left of a registered name without its legal form and its place for it to name a lexicon's company (阳光电源, 南方电网). */
const PLACELESS_MIN = 4;

/** A company's name without its legal form and a group's word after it (中国能源建设集团有限公司 → 中国能源建设). */
export function bareName(name: string): string {
  return name.trim().replace(LEGAL_TAIL, '').replace(GROUP_WORD, '');
}

/** The lexicon's organisations by their names' bare forms (bareName), each key to the first organisation holding it. */
const byBareName = perKnowledge(() => {
  const out = new Map<string, string>();
  for (const o of orgData()) {
    for (const n of [o.name, ...o.aliases]) {
      const key = nameKey(bareName(n));
      if (key.length >= 2 && !out.has(key)) out.set(key, o.name);
    }
  }
  return out;
});

/**
 * The lexicon's organisation a registered name (…股份有限公司, …有限责任公司) not in the lexicon names: the one whose
 * name, without its legal form and a group's word, is the registered name's so bare, or with the place it opens with
 * or industry words it ends with left out too while PLACELESS_MIN characters remain (阳光电源股份有限公司 → 阳光电源,
 * 中国南方电网有限责任公司 → 南方电网, 卫宁健康科技集团股份有限公司 → 卫宁健康, 中国能源建设股份有限公司 →
 * 中国能源建设集团有限公司), as the entity recogniser reads such a name; null for any other name.
 */
function registeredOrg(name: string): string | null {
  if (!LEGAL_TAIL.test(name.trim())) return null;
  const index = byBareName();
  const bare = bareName(name);
  const place = placeAtStart(bare);
  // The name without industry words from its end too (卫宁健康科技 → 卫宁健康), while four characters are left: 华为数字能源技术 never gets to 华为.
  for (let core = place > 0 ? bare.slice(place) : bare; core.length >= PLACELESS_MIN; ) {
    const org = index.get(nameKey(core)) ?? (place > 0 ? index.get(nameKey(bare.slice(0, place) + core)) : undefined);
    if (org) return org;
    const tail = INDUSTRY_TAIL.exec(core);
    if (!tail) break;
    core = core.slice(0, tail.index);
  }
  return index.get(nameKey(bare)) ?? null;
}

/**
 * The index of the entity lexicon in use (bundled, with the knowledge overlay's organisations), built once per
 * overlay, where a registered name the lexicon lacks stands for the organisation its bare name is (registeredOrg),
 * after that organisation's names, and is its own canonical name. Stores keep this object: it always answers from the overlay in use.
 */
const shared: AliasIndex = {
  namesOf: (name) => {
    const own = current().namesOf(name);
    if (own.length > 1 || current().canonical(name) !== name) return own;
    const org = registeredOrg(name);
    return org && nameKey(org) !== nameKey(name) ? [...new Set([...current().namesOf(org), name.trim()])] : own;
  },
  // The registered name keeps its own canonical name: the entity recogniser may have stored it as itself.
  canonical: (name) => current().canonical(name),
  canonicalOfAliases: () => current().canonicalOfAliases(),
};

export function sharedAliases(): AliasIndex {
  return shared;
}

/** A number and the unit after it, as typed (28nm, 28纳米, 1.5GHz). */
const NUMBER_AND_UNIT = /^(\d+(?:\.\d+)?)(\D+)$/u;

/**
 * The other forms of an ordinary term, read as the names of one thing (its first form stands as the canonical one):
 * each group of `groups` (新型基础设施建设, 新型基础设施, 新基建; 鸿蒙, HarmonyOS), and a number followed by a unit of
 * `units` written with each form of that unit (28nm, 28纳米). A broad term of `narrower` (大模型) also answers with
 * its kinds and their forms (大语言模型, LLM), one way: a kind answers with its own forms alone.
 */
export function formIndex(groups: string[][], units: string[][], narrower: string[][] = []): AliasIndex {
  const table = aliasIndex(groups.map(([name, ...forms]) => ({ name, aliases: forms })));
  const unitForms = aliasIndex(units.map(([name, ...forms]) => ({ name, aliases: forms })));
  const numbered = (name: string): string[] | null => {
    const m = NUMBER_AND_UNIT.exec(name.normalize('NFKC').trim());
    const forms = m ? unitForms.namesOf(m[2]) : [];
    return m && forms.length > 1 ? forms.map((u) => m[1] + u) : null;
  };
  const kinds = new Map(narrower.map(([broad, ...narrow]) => [nameKey(broad), narrow]));
  const withKinds = (forms: string[]) => {
    const narrow = kinds.get(nameKey(forms[0])) ?? [];
    return narrow.length ? [...new Set([...forms, ...narrow.flatMap((k) => table.namesOf(k))])] : forms;
  };
  return {
    // A number with a unit may also be a group's form (300mm, a wafer's 12英寸): both sets of forms.
    namesOf: (name) => {
      const forms = withKinds(table.namesOf(name));
      const units = numbered(name);
      if (!units) return forms;
      return forms.length > 1 ? [...new Set([...forms, ...units])] : units;
    },
    canonical: (name) => numbered(name)?.[0] ?? table.canonical(name),
    canonicalOfAliases: () => table.canonicalOfAliases(),
  };
}

let abbreviations: AliasIndex | null = null;

/**
 * The forms of the ordinary terms of src/enrich/data/abbreviations.json (新型基础设施建设, 新型基础设施, 新基建) with
 * its broad terms' kinds (大模型: 大语言模型), the
 * names of the products of products.json (昇腾, Ascend) and the units of units.json after a number (28nm, 28纳米).
 * Search expands an unquoted term with them.
 */
export function sharedAbbreviations(): AliasIndex {
  return (abbreviations ??= formIndex([...abbreviationData(), ...productData()], unitData(), narrowerData()));
}

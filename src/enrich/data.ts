/**
 * The extractors' data files (src/enrich/data/*), read once, with a team's knowledge overlay (./knowledge.ts)
 * merged over them. The overlay is told once per process by useKnowledge; every cache built from the data is
 * made with perKnowledge, so it is rebuilt when the overlay changes and never mixes two overlays.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { byName, readKnowledge, type Knowledge } from './knowledge.js';

/** Reads one JSON data file shipped next to this module; a broken file is a one-line error naming it. */
function readData<T>(file: string): T {
  const url = new URL(`./data/${file}`, import.meta.url);
  try {
    return JSON.parse(readFileSync(url, 'utf8')) as T;
  } catch (e) {
    throw new Error(`${url.pathname}: ${(e as Error).message}`);
  }
}

/** Caches a loader's value so each bundled data file is parsed once per process. */
function once<T>(load: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= load());
}

let overlay: Knowledge | null = null;
/** Bumped whenever the overlay changes, so caches made with perKnowledge know they are stale. */
let generation = 0;

/**
 * Uses a team's knowledge overlay folder from now on (null: the bundled data alone). Reads and checks the whole
 * folder first, so a bad file (KnowledgeFileError) leaves the data in use as it was.
 */
export function useKnowledge(dir: string | null): void {
  const next = dir === null ? null : readKnowledge(dir);
  if (next?.digest === overlay?.digest) return;
  overlay = next;
  generation++;
}

/** Caches a value built from the data, rebuilt after the overlay changes. */
export function perKnowledge<T>(build: () => T): () => T {
  let value: T | undefined;
  let builtAt = -1;
  return () => {
    if (builtAt !== generation) {
      value = build();
      builtAt = generation;
    }
    return value as T;
  };
}

export interface OrgRecord {
  name: string;
  kind: string;
  country: string | null;
  aliases: string[];
  /** 'operator' for telecom operators (their competition is a house section of its own). */
  sector?: string;
  /** '台湾' for a company of the Taiwan region: the house files its news with foreign companies' (海外借鉴). */
  region?: string;
}

export interface Gazetteer {
  provinces: { name: string; short: string[]; abbr: string; cities: string[] }[];
  countries: { name: string; aliases: string[]; domestic?: boolean }[];
  regions: { name: string; aliases?: string[]; country: string | null }[];
  /** Short city names too ambiguous to match without their 市 suffix. */
  ambiguousShortNames: string[];
  /** One-character province abbreviations that read as the province in a headline (粤, 皖). */
  headlineAbbreviations: string[];
  /** One-character names of cities printed after 在 (在甬 = in 宁波市), with the city each names. */
  cityAbbreviations: Record<string, string>;
}

export interface EntityPatterns {
  compoundSurnames: string[];
  surnames: string;
  /** The first word of Tibetan names, which carry no family name (扎西顿珠), read as a surname of two characters. */
  nameHeads: string[];
  roles: string[];
  speechVerbs: string[];
  appointVerbs: string[];
  appointingVerbs: string[];
  nameFollowers: string[];
  orgSuffixes: string[];
  placeSuffixes: string[];
  orgStopWords: string[];
  notNames: string[];
  classModifiers: string[];
  zoneClassWords: string[];
  nameVerbs: string[];
  /** A country's ministries' own ending where it is no general one (日本 → 省: 日本总务省). */
  countryBodyEndings: Record<string, string>;
}

export interface SectionLexicon {
  sections: { name: string; description: string; lexicon: Record<string, number> }[];
}

export interface TagTaxonomy {
  threshold: number;
  tags: { name: string; keywords: Record<string, number> }[];
}

/**
 * orgs.json, then the general-knowledge tables for the names orgs.json does not hold: domestic bodies (orgs-cn.json)
 * and foreign technology companies in Chinese (orgs-foreign.json).
 */
const bundledOrgs = once((): OrgRecord[] => {
  const curated = readData<{ orgs: OrgRecord[] }>('orgs.json').orgs;
  const names = new Set(curated.map((o) => o.name));
  const general = ['orgs-cn.json', 'orgs-foreign.json'].flatMap((f) => readData<{ orgs: OrgRecord[] }>(f).orgs);
  return [...curated, ...general.filter((o) => !names.has(o.name))];
});
const bundledSections = once(() => readData<SectionLexicon>('sections.json'));
const bundledTags = once(() => readData<TagTaxonomy>('tags.json'));
const bundledUserDict = once(() => readFileSync(new URL('./data/userdict.txt', import.meta.url), 'utf8'));

/** Organisation alias table: an overlay organisation of a bundled name is merged into it, its aliases added. */
export const orgData = perKnowledge((): OrgRecord[] => {
  const added = overlay?.orgs ?? [];
  if (!added.length) return bundledOrgs();
  const merged = new Map(bundledOrgs().map((o) => [o.name, { ...o, aliases: [...o.aliases] }]));
  for (const o of added) {
    const base = merged.get(o.name);
    merged.set(o.name, {
      name: o.name,
      kind: o.kind ?? base?.kind ?? 'company',
      country: o.country !== undefined ? o.country : (base?.country ?? null),
      aliases: [...new Set([...(base?.aliases ?? []), ...o.aliases])],
      ...((o.sector ?? base?.sector) ? { sector: o.sector ?? base?.sector } : {}),
      ...((o.region ?? base?.region) ? { region: o.region ?? base?.region } : {}),
    });
  }
  return [...merged.values()];
});
/** Ordinary terms and their other forms (新型基础设施建设, 新基建), one concept a group: search reads them. */
export const abbreviationData = once(() => readData<{ terms: string[][] }>('abbreviations.json').terms);
/** Broad terms, each with narrower ones a search for it finds too, one way (大模型: 大语言模型), from the same file. */
export const narrowerData = once(() => readData<{ narrower: string[][] }>('abbreviations.json').narrower);
/** Products and their names in Chinese and English (鸿蒙, HarmonyOS), one product line a group: search reads them. */
export const productData = once(() => readData<{ products: string[][] }>('products.json').products);
/** Units of measure as a symbol and in Chinese (nm, 纳米), one unit a group: search reads them after a number. */
export const unitData = once(() => readData<{ units: string[][] }>('units.json').units);
/** Province/city/country gazetteer. */
export const gazetteerData = once(() => readData<Gazetteer>('gazetteer.json'));
/** County-level divisions (区, 县, county-level 市, 旗) by province's canonical name, matched only in full. */
export const countyData = once(() => readData<{ provinces: Record<string, string[]> }>('counties.json').provinces);
/** Surnames, roles, organisation suffixes. */
export const patternData = once(() => readData<EntityPatterns>('entity-patterns.json'));
/** House sections with their prior lexicons; an overlay section replaces the bundled one of its name. */
export const sectionData = perKnowledge(
  (): SectionLexicon => ({ sections: byName(bundledSections().sections, overlay?.sections ?? []) }),
);
/** Industry tag taxonomy; an overlay tag replaces the bundled one of its name. */
export const tagData = perKnowledge(
  (): TagTaxonomy => ({ threshold: overlay?.tagThreshold ?? bundledTags().threshold, tags: byName(bundledTags().tags, overlay?.tags ?? []) }),
);
/** Industry terms for the segmenter, one `word [freq] [tag]` per line, the overlay's after the bundled. */
export const userDictText = perKnowledge(() => [bundledUserDict(), ...(overlay?.userdict ?? [])].join('\n'));

/** Files whose content decides what enrichment produces; a change to any of them calls for re-enrichment. */
const DATA_FILES = ['orgs.json', 'orgs-cn.json', 'orgs-foreign.json', 'gazetteer.json', 'counties.json', 'entity-patterns.json', 'sections.json', 'tags.json', 'userdict.txt'];

const bundledDigest = once(() => {
  const hash = createHash('sha256');
  for (const file of DATA_FILES) hash.update(readFileSync(new URL(`./data/${file}`, import.meta.url)));
  return hash.digest('hex').slice(0, 12);
});

/**
 * Short digest of the data in use, so stored enrichment made with other dictionaries is known stale: the bundled
 * files' digest alone (as before overlays existed), or with the overlay's after it.
 */
export const dataDigest = perKnowledge(() => (overlay ? `${bundledDigest()}-${overlay.digest}` : bundledDigest()));

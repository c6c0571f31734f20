/** The extractors' data files (src/enrich/data/*.json), read once at first use. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/** Reads one JSON data file shipped next to this module; a broken file is a one-line error naming it. */
function readData<T>(file: string): T {
  const url = new URL(`./data/${file}`, import.meta.url);
  try {
    return JSON.parse(readFileSync(url, 'utf8')) as T;
  } catch (e) {
    throw new Error(`${url.pathname}: ${(e as Error).message}`);
  }
}

/** Caches a loader's value so each data file is parsed once per process. */
function once<T>(load: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= load());
}

export interface OrgRecord {
  name: string;
  kind: string;
  country: string | null;
  aliases: string[];
  /** 'operator' for telecom operators (their competition is a house section of its own). */
  sector?: string;
}

export interface Gazetteer {
  provinces: { name: string; short: string[]; abbr: string; cities: string[] }[];
  countries: { name: string; aliases: string[]; domestic?: boolean }[];
  regions: { name: string; aliases?: string[]; country: string | null }[];
  /** Short city names too ambiguous to match without their 市 suffix. */
  ambiguousShortNames: string[];
  /** One-character province abbreviations that read as the province in a headline (粤, 皖). */
  headlineAbbreviations: string[];
}

export interface EntityPatterns {
  compoundSurnames: string[];
  surnames: string;
  roles: string[];
  speechVerbs: string[];
  nameFollowers: string[];
  orgSuffixes: string[];
  placeSuffixes: string[];
  orgStopWords: string[];
  notNames: string[];
  classModifiers: string[];
}

export interface SectionLexicon {
  sections: { name: string; description: string; lexicon: Record<string, number> }[];
}

export interface TagTaxonomy {
  threshold: number;
  tags: { name: string; keywords: Record<string, number> }[];
}

/** Organisation alias table. */
export const orgData = once(() => readData<{ orgs: OrgRecord[] }>('orgs.json').orgs);
/** Province/city/country gazetteer. */
export const gazetteerData = once(() => readData<Gazetteer>('gazetteer.json'));
/** Surnames, roles, organisation suffixes. */
export const patternData = once(() => readData<EntityPatterns>('entity-patterns.json'));
/** House sections with their prior lexicons. */
export const sectionData = once(() => readData<SectionLexicon>('sections.json'));
/** Industry tag taxonomy. */
export const tagData = once(() => readData<TagTaxonomy>('tags.json'));
/** Industry terms for the segmenter, one `word [freq] [tag]` per line. */
export const userDictText = once(() => readFileSync(new URL('./data/userdict.txt', import.meta.url), 'utf8'));

/** Files whose content decides what enrichment produces; a change to any of them calls for re-enrichment. */
const DATA_FILES = ['orgs.json', 'gazetteer.json', 'entity-patterns.json', 'sections.json', 'tags.json', 'userdict.txt'];

/** Short digest of the bundled data files, so stored enrichment made with other dictionaries is known stale. */
export const dataDigest = once(() => {
  const hash = createHash('sha256');
  for (const file of DATA_FILES) hash.update(readFileSync(new URL(`./data/${file}`, import.meta.url)));
  return hash.digest('hex').slice(0, 12);
});

import type { Database } from 'better-sqlite3';
import type { AliasIndex } from '../../search/aliases.js';
import { filterAccepts, filterLookups, type AcceptedNames } from '../../search/entity-names.js';
import { recencyBoost } from '../../search/rank.js';
import { unionSet, type IdSet } from './id-lists.js';
import type { DateCount, FacetCounts, Facets, SearchFilters } from '../../search/types.js';

/** Distinct values of a text column, numbered in the order first seen. */
class Dictionary {
  readonly values: string[] = [];
  private readonly ids = new Map<string, number>();

  /** The number of a value, adding it when new. */
  add(value: string): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.values.length;
      this.values.push(value);
      this.ids.set(value, id);
    }
    return id;
  }

  /** The number of a value, or -1 when no article has it. */
  find(value: string): number {
    return this.ids.get(value) ?? -1;
  }
}

/** Per article, a list of dictionary numbers (tags, entity names) in compressed sparse rows; per number, its articles. */
interface ArticleLists {
  dictionary: Dictionary;
  /** The numbers of article `id` are `values[start[id] .. start[id + 1])`. */
  start: Int32Array;
  values: Int32Array;
  /** The articles of each number, ascending, each once: what a filter on the value alone has to look at. */
  articlesOf: Int32Array[];
}

/**
 * A search's filters read against the columns: the test of an article, and the articles the test can accept at
 * most when a tag or entity filter narrows them (ascending), so a search by filters alone looks at those, not at
 * every article of the archive.
 */
export interface ArticleFilter {
  /** True when the article passes every filter. */
  accepts: (id: number) => boolean;
  /** Null when no tag or entity filter narrows the articles. */
  candidates: Int32Array | null;
}

/** No value (a null column, or no such article). */
const NONE = -1;

/**
 * What filters, ranking and facets read, for every article, held in memory as numbered columns: the index's
 * `search_docs`, `article_tags` and `article_entities` read once per process (about a second at a million
 * articles) and again only after the database changed. A broad search then filters, counts its exact facets
 * and weighs recency over hundreds of thousands of hits in a few milliseconds, where SQL joins and GROUP BYs
 * over the same hits took hundreds.
 */
export class SearchColumns {
  /** One past the largest article id. */
  readonly size: number;
  private readonly date = new Dictionary();
  private readonly section = new Dictionary();
  private readonly source = new Dictionary();
  private readonly month = new Dictionary();
  /** Per article: date, section and source numbers (NONE: null; source NONE: not indexed). */
  private readonly dateOf: Int32Array;
  private readonly sectionOf: Int32Array;
  private readonly sourceOf: Int32Array;
  /** Per article: its date's month number (NONE without a date), for the month facet. */
  private readonly monthOf: Int32Array;
  /** Per date number: its month number, its place in date order, its recency boost against the newest date. */
  private readonly monthOfDate: Int32Array;
  private readonly orderOfDate: Int32Array;
  private readonly boostOfDate: Float64Array;
  private readonly tags: ArticleLists;
  private readonly entities: ArticleLists;
  /** The stored entity names holding a part of a filter's name (entityAccepts): the columns never change once read. */
  private readonly heldBy = new Map<string, string[]>();

  private constructor(db: Database, aliases: AliasIndex) {
    const [ids, dates, sections, sources] = jsonColumns<[number[], (string | null)[], (string | null)[], string[]]>(
      db,
      'SELECT json_group_array(id), json_group_array(date), json_group_array(section), json_group_array(source) FROM search_docs',
    );
    const tagRows = idsByValue(db, 'SELECT tag, json_group_array(article_id) FROM article_tags GROUP BY tag');
    // An entity stored under an alias is held under its canonical name: filters, facets and counts see one entity.
    const entityRows = byCanonicalName(idsByValue(db, 'SELECT name, json_group_array(article_id) FROM article_entities GROUP BY name'), aliases);
    this.size = Math.max(0, maxOf(ids), ...[...tagRows, ...entityRows].map(([, list]) => maxOf(list))) + 1;
    this.dateOf = new Int32Array(this.size).fill(NONE);
    this.sectionOf = new Int32Array(this.size).fill(NONE);
    this.sourceOf = new Int32Array(this.size).fill(NONE);
    ids.forEach((id, k) => {
      const date = dates[k];
      const section = sections[k];
      if (date !== null) this.dateOf[id] = this.date.add(date);
      if (section !== null) this.sectionOf[id] = this.section.add(section);
      this.sourceOf[id] = this.source.add(sources[k]);
    });
    const newest = this.date.values.reduce((a, b) => (b > a ? b : a), '');
    this.monthOfDate = Int32Array.from(this.date.values, (d) => this.month.add(d.slice(0, 7)));
    this.orderOfDate = new Int32Array(this.date.values.length);
    [...this.date.values.keys()]
      .sort((a, b) => (this.date.values[a] < this.date.values[b] ? -1 : 1))
      .forEach((d, place) => (this.orderOfDate[d] = place));
    this.monthOf = Int32Array.from(this.dateOf, (d) => (d === NONE ? NONE : this.monthOfDate[d]));
    this.boostOfDate = Float64Array.from(this.date.values, (d) => recencyBoost(daysBetween(d, newest)));
    this.tags = articleLists(this.size, tagRows);
    this.entities = articleLists(this.size, entityRows);
  }

  /** Reads the columns of the store (inside a read transaction, so they are of one moment). */
  static load(db: Database, aliases: AliasIndex): SearchColumns {
    return new SearchColumns(db, aliases);
  }

  /** True when the article is in the index. */
  has(id: number): boolean {
    return id < this.size && this.sourceOf[id] !== NONE;
  }

  /** The indexed date of an article, or null. */
  dateOfArticle(id: number): string | null {
    const d = this.dateOf[id];
    return d === NONE ? null : this.date.values[d];
  }

  /** The indexed source of an article. */
  sourceOfArticle(id: number): string {
    return this.source.values[this.sourceOf[id]];
  }

  /** The recency boost of an article (1 without a date); see rank.ts. */
  boost(id: number): number {
    const d = this.dateOf[id];
    return d === NONE ? 1 : this.boostOfDate[d];
  }

  /** How many distinct dates the articles have. */
  get dateCount(): number {
    return this.date.values.length;
  }

  /** The place of the article's date among all dates, oldest 0; NONE without a date. */
  dateOrder(id: number): number {
    return this.dateOf[id] === NONE ? NONE : this.orderOfDate[this.dateOf[id]];
  }

  /** Negative when article a is newer than b (or as new with a higher id): the tie-break of ranking; no date is oldest. */
  newerFirst(a: number, b: number): number {
    return this.dateOrder(b) - this.dateOrder(a) || b - a;
  }

  /** Every indexed article id, ascending. */
  allIds(): Int32Array {
    const out = new Int32Array(this.size);
    let n = 0;
    for (let id = 0; id < this.size; id++) if (this.sourceOf[id] !== NONE) out[n++] = id;
    return out.subarray(0, n);
  }

  /**
   * What an entity filter on a name accepts (filterAccepts), among the stored names. Each part is looked up once in
   * the columns' life (a scan of the stored names, kept in heldBy): a name's head and its brand are often one, and
   * since a lexicon company's filter fetches its head too (its subsidiaries), most filters fetch one. `aliases`: the
   * search's.
   */
  entityAccepts(aliases: AliasIndex): (name: string) => AcceptedNames {
    const holding = (part: string | null): string[] => {
      if (part === null) return [];
      let names = this.heldBy.get(part);
      if (!names) this.heldBy.set(part, (names = this.entities.dictionary.values.filter((v) => v.includes(part))));
      return names;
    };
    return (name) => {
      const { head, brand } = filterLookups(name, aliases);
      return filterAccepts(name, aliases, holding(head), holding(brand));
    };
  }

  /**
   * The filters' test: dates as text between the bounds, one of the sections and sources, every tag and entity (by
   * any of the names filterAccepts gives it, or printed where it says so: `printedBy(names)` gives the articles
   * printing any of the names). A value no article
   * has matches nothing. `aliases`: the search's, with the names the archive printed beside its own (learned-aliases.ts).
   */
  matcher(f: SearchFilters, printedBy: (names: string[]) => Int32Array, aliases: AliasIndex): ArticleFilter {
    if (!Object.values(f).some((v) => v !== undefined)) return { accepts: () => true, candidates: null };
    const dateOk = f.from || f.to ? Uint8Array.from(this.date.values, (d) => Number((!f.from || d >= f.from) && (!f.to || d <= f.to))) : null;
    const oneOf = (dict: Dictionary, values: string[] | undefined) => (values?.length ? new Set(values.map((v) => dict.find(v))) : null);
    const sections = oneOf(this.section, f.sections);
    const sources = oneOf(this.source, f.sources);
    const tags = f.tags?.map((t) => this.tags.dictionary.find(t)) ?? [];
    const { dictionary } = this.entities;
    const accepting = this.entityAccepts(aliases);
    // An entity filter's articles: those storing one of its names, and those printing a name where filterAccepts says
    // so. Of one stored name, its list; of several, or with the printing (BOE at a million articles: ~133k ids), their
    // union (unionSet).
    const accepted = (e: string): IdSet => {
      const { names, printed } = accepting(e);
      const values = [...new Set(names.map((n) => dictionary.find(aliases.canonical(n))))].filter((v) => v !== NONE);
      const lists = [...values.map((v) => this.entities.articlesOf[v]), ...(printed.length ? [printedBy(printed)] : [])];
      if (values.length === 1 && lists.length === 1) return { ids: lists[0], has: (id) => listHas(this.entities, id, values[0]) };
      return unionSet(lists, this.size);
    };
    const entities = f.entities?.map(accepted) ?? [];
    const accepts = (id: number) => {
      if (dateOk && (this.dateOf[id] === NONE || !dateOk[this.dateOf[id]])) return false;
      if (sections && !sections.has(this.sectionOf[id])) return false;
      if (sources && !sources.has(this.sourceOf[id])) return false;
      for (const t of tags) if (!listHas(this.tags, id, t)) return false;
      for (const { has } of entities) if (!has(id)) return false;
      return true;
    };
    // Every tag and every entity filter must hold: the shortest of their article lists holds every accepted article.
    const lists = [...tags.map((t) => (t === NONE ? new Int32Array(0) : this.tags.articlesOf[t])), ...entities.map(({ ids }) => ids)];
    return { accepts, candidates: lists.length ? lists.reduce((a, b) => (b.length < a.length ? b : a)) : null };
  }

  /** Exact facet counts over the hits (an entity named twice in one article counts once: lists hold each once). */
  facets(hits: ArrayLike<number>): Facets {
    const section = new Int32Array(this.section.values.length + 1);
    const source = new Int32Array(this.source.values.length);
    const month = new Int32Array(this.month.values.length + 1);
    const tag = new Int32Array(this.tags.dictionary.values.length);
    const entity = new Int32Array(this.entities.dictionary.values.length);
    const { sectionOf, sourceOf, monthOf } = this;
    const { start: tagStart, values: tagValues } = this.tags;
    const { start: entityStart, values: entityValues } = this.entities;
    // NONE (-1) counts at the end of section and month, past the values: one branch less per hit.
    const noSection = section.length - 1;
    const noMonth = month.length - 1;
    for (let k = 0; k < hits.length; k++) {
      const id = hits[k];
      const s = sectionOf[id];
      section[s === NONE ? noSection : s]++;
      source[sourceOf[id]]++;
      const m = monthOf[id];
      month[m === NONE ? noMonth : m]++;
      for (let j = tagStart[id], end = tagStart[id + 1]; j < end; j++) tag[tagValues[j]]++;
      for (let j = entityStart[id], end = entityStart[id + 1]; j < end; j++) entity[entityValues[j]]++;
    }
    return {
      section: facetCounts(section.subarray(0, noSection), this.section),
      tag: facetCounts(tag, this.tags.dictionary),
      entity: facetCounts(entity, this.entities.dictionary),
      source: facetCounts(source, this.source),
      month: facetCounts(month.subarray(0, noMonth), this.month),
    };
  }

  /** Hits per date, oldest first (hits without a date are not counted). */
  countByDate(hits: ArrayLike<number>): DateCount[] {
    const counts = new Int32Array(this.date.values.length);
    for (let k = 0; k < hits.length; k++) if (this.dateOf[hits[k]] !== NONE) counts[this.dateOf[hits[k]]]++;
    const out: DateCount[] = [];
    counts.forEach((count, d) => count && out.push({ date: this.date.values[d], count }));
    return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  }
}

/** One row of JSON arrays (json_group_array) parsed: a whole column per round trip instead of a row. */
export function jsonColumns<T extends unknown[]>(db: Database, sql: string, ...params: unknown[]): T {
  return (db.prepare(sql).raw().get(...params) as string[]).map((s) => JSON.parse(s)) as T;
}

function maxOf(xs: number[]): number {
  let m = 0;
  for (const x of xs) if (x > m) m = x;
  return m;
}

/** Days from one ISO date to another, NaN when either is not a `YYYY-MM-DD` date (as SQLite's julianday). */
function daysBetween(from: string, to: string): number {
  const day = (d: string) => (/^\d{4}-\d{2}-\d{2}$/.test(d) ? Date.UTC(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8, 10)) / 86_400_000 : NaN);
  return day(to) - day(from);
}

/** Rows of names merged under their canonical names, ids ascending (an article named by two aliases twice). */
function byCanonicalName(rows: [string, number[]][], aliases: AliasIndex): [string, number[]][] {
  const merged = new Map<string, number[][]>();
  for (const [name, ids] of rows) {
    const canonical = aliases.canonical(name);
    const lists = merged.get(canonical);
    if (lists) lists.push(ids);
    else merged.set(canonical, [ids]);
  }
  return [...merged].map(([name, lists]) => [name, lists.length === 1 ? lists[0] : lists.flat().sort((a, b) => a - b)]);
}

/**
 * (value, its article ids) rows: by the tables' (value, article id) indexes, a JSON array of small numbers per
 * value, where a (article id, value) row each took three times as long to read at a million articles.
 */
function idsByValue(db: Database, sql: string): [string, number[]][] {
  return (db.prepare(sql).raw().all() as [string, string][]).map(([value, ids]) => [value, JSON.parse(ids) as number[]]);
}

/** Lists per article from each value's article ids (counting sort), each value once per article. */
function articleLists(size: number, rows: [string, number[]][]): ArticleLists {
  const dictionary = new Dictionary();
  const articles: Int32Array[] = [];
  const start = new Int32Array(size + 1);
  for (const [, ids] of rows) for (const id of ids) start[id + 1]++;
  for (let id = 0; id < size; id++) start[id + 1] += start[id];
  const fill = start.slice(0, size);
  const values = new Int32Array(start[size]);
  for (const [name, ids] of rows) {
    const v = dictionary.add(name);
    articles[v] = ascendingOnce(ids);
    // The same name under two entity types is two rows: the article gets it once.
    for (const id of ids) if (fill[id] === start[id] || values[fill[id] - 1] !== v) values[fill[id]++] = v;
  }
  // Compact the slots the repeats left empty.
  let n = 0;
  for (let id = 0; id < size; id++) {
    const [from, to] = [start[id], fill[id]];
    start[id] = n;
    values.copyWithin(n, from, to);
    n += to - from;
  }
  start[size] = n;
  return { dictionary, start, values: values.subarray(0, n), articlesOf: articles };
}

/** Ids sorted, each once (an entity name under two types is listed twice for an article). */
function ascendingOnce(ids: number[]): Int32Array {
  const sorted = Int32Array.from(ids);
  // The tables' (value, article id) indexes mostly give them in order already.
  if (!sorted.every((id, j) => j === 0 || id > sorted[j - 1])) sorted.sort();
  let n = 0;
  for (let j = 0; j < sorted.length; j++) if (!n || sorted[j] !== sorted[n - 1]) sorted[n++] = sorted[j];
  return sorted.subarray(0, n);
}

function listHas(lists: ArticleLists, id: number, value: number): boolean {
  if (value === NONE || id >= lists.start.length - 1) return false;
  for (let j = lists.start[id]; j < lists.start[id + 1]; j++) if (lists.values[j] === value) return true;
  return false;
}

/** Non-zero counts, most first, then by value. */
function facetCounts(counts: Int32Array, dict: Dictionary): FacetCounts {
  const out: FacetCounts = [];
  counts.forEach((count, v) => count && out.push({ value: dict.values[v], count }));
  return out.sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
}

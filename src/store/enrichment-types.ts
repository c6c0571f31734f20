import type { DocFreq, Enrichment, SectionModel } from '../enrich/types.js';

/** What enrichment produced for one article, as a store keeps it. */
export interface ArticleUnderstanding {
  enrichment: Enrichment;
  /** The article's distinct content terms, counted into the store's document frequencies. */
  terms: string[];
  /** What produced it (rules, data and section model); another version marks it stale. */
  version: string;
}

/** What enrichment reads from the store: corpus document frequencies and the trained section model. */
export interface UnderstandingContext {
  docFreq: DocFreq;
  /** The model saved by `jianbao train`, or null (lexicon priors decide). */
  sectionModel: SectionModel | null;
}

/**
 * Enriches a new issue's articles (in bulletin order) inside the import transaction, against the store's
 * context as it is at that moment, so concurrent imports never count against stale frequencies.
 */
export type Understand = (context: UnderstandingContext) => ArticleUnderstanding[];

/** A stored enrichment with what it produced and the same-event group its article is in. */
export interface StoredEnrichment {
  enrichment: Enrichment;
  version: string;
  /** Same-event group id, shared by every article reporting the same event; null until the article is grouped. */
  groupId: number | null;
}

/** One same-event group: articles (across issues and web sources) reporting the same event, in store order. */
export interface EventGroup {
  id: number;
  articles: {
    id: number;
    title: string;
    /** The article's issue; null for a web article. */
    issueId: number | null;
    /** The issue's date; for a web article the day it was published, else fetched. */
    issueDate: string | null;
    /** The issue's publication; for a web article its site's host. */
    publication: string | null;
    /** Path of the source file the article was imported from; for a web article its canonical URL. */
    source: string;
  }[];
}

/** The understanding tables: what enrichment reads and writes, and the same-event groups. */
export interface EnrichmentRepository {
  /** Document frequencies over every enriched article and the saved section model, for enriching more. */
  context(): Promise<UnderstandingContext>;
  /** The stored enrichment of one article, or null when it has none yet. */
  get(articleId: number): Promise<StoredEnrichment | null>;
  /** The stored enrichment of each of these articles that has one, by article id (one read for a whole pool). */
  getMany(articleIds: number[]): Promise<Map<number, StoredEnrichment>>;
  /** Ids of the articles with no enrichment or one made by another version, in store order. */
  stale(version: string): Promise<number[]>;
  /**
   * Writes the search index's learned names (src/search/learned-aliases.ts) of every article again when the store's
   * were written by other rules or data (learnedNamesVersion), in batches, resuming where an interrupted run
   * stopped; returns how many articles were written (0 when they are current). `progress` follows the run.
   */
  relearnNames(progress?: (done: number, total: number) => void): Promise<number>;
  /**
   * Stores (or replaces) the enrichment of existing articles in one transaction, moving document frequencies
   * from their old terms to the new ones, with their tags and entities for search. Same-event groups are brought
   * up to date by `regroup()`.
   */
  save(items: { articleId: number; understanding: ArticleUnderstanding }[]): Promise<void>;
  /** Recomputes every same-event group from the stored fingerprints, in article order. */
  regroup(): Promise<void>;
  /**
   * Places these articles in same-event groups again from their current fingerprints (after an editor changed
   * their text), looking candidates up by key instead of recomputing every group. The groups they belonged to
   * are placed again whole, so an article that bridged two others no longer holds them together once it changed
   * (or was removed: pass the ids of its former group's other articles).
   */
  regroupArticles(articleIds: number[]): Promise<void>;
  /** Same-event groups with at least two articles, by their first article. */
  groups(): Promise<EventGroup[]>;
  /** One same-event group by id (its articles, one or more), or null when no article is in it. */
  eventGroup(groupId: number): Promise<EventGroup | null>;
  /** Saves the section model enrichment uses from now on (replacing the previous one). */
  saveSectionModel(model: SectionModel): Promise<void>;
}

import type { ArticleFacts, DateCount, FactCount, SearchRequest, SearchResult } from '../search/types.js';
import type { Article, Bulletin, SourceDoc } from '../types.js';

/**
 * The narrow interface every storage backend implements (SQLite now, PostgreSQL later), in the spirit of
 * Kysely's Dialect: callers never see SQL, backends never see the CLI. All methods are async so a networked
 * backend fits without changing callers.
 */
export interface Store {
  /**
   * Stores one parsed issue and its articles in a single transaction, keyed by the source's sha256: the same
   * bytes imported again change nothing and report `unchanged`. If it throws, the store is as it was before.
   */
  importBulletin(source: SourceMeta, bulletin: Bulletin): Promise<ImportResult>;
  /** Every stored issue, newest issue date first, with its source file and article count. */
  listIssues(): Promise<IssueSummary[]>;
  /** Stored articles in issue then printed order, narrowed by the filter. */
  listArticles(filter?: ArticleFilter): Promise<StoredArticle[]>;
  /** One article by id, or null when there is none. */
  getArticle(id: number): Promise<StoredArticle | null>;
  /** Releases the connection; the store must not be used afterwards. */
  close(): Promise<void>;
}

/**
 * A store that also searches its archive (the embedded SQLite store; a PostgreSQL twin needs the same index over
 * the same segmented text, see src/store/sqlite/search-index.ts). Kept apart from Store so backends without
 * search still implement Store; `openSearchStore` refuses those with a clear message.
 */
export interface SearchStore extends Store {
  /**
   * Full-text search of the archive (syntax: src/search/query.ts): the page of hits asked for, ranked by BM25
   * with the title weighted and a recency boost, with marked snippets, the total and exact facet counts over
   * the whole result set. Throws a one-line `query: <problem>` for an empty or oversized query, never an SQL
   * error. The index is kept by importBulletin in the same transaction as the articles.
   */
  search(request: SearchRequest): Promise<SearchResult>;
  /** How many articles match the search on each issue date (dates without matches left out), oldest first. */
  countByDate(request: SearchRequest): Promise<DateCount[]>;
  /** How many articles dated from `from` to `to` (inclusive) carry each tag or entity, most first. */
  countFacts(kind: 'tag' | 'entity', from: string, to: string): Promise<FactCount[]>;
  /**
   * Replaces an article's tags and/or entities (a kind not given is left as it is), for filters, facets and
   * trends. importBulletin does the same for articles that carry `tags`/`entities`. Throws for an unknown id.
   */
  setArticleFacts(articleId: number, facts: ArticleFacts): Promise<void>;
}

/** How to open a store, whatever the backend. */
export interface OpenOptions {
  /** Refuse to create a new store: for commands that only read. */
  mustExist?: boolean;
}

/** What the store keeps about the file an issue came from (provenance and idempotency key). */
export type SourceMeta = Pick<SourceDoc, 'path' | 'sha256' | 'bytes' | 'encoding' | 'kind'>;

/** Outcome of importBulletin. */
export interface ImportResult {
  /** `imported` when the file was new, `unchanged` when the same bytes were already stored. */
  status: 'imported' | 'unchanged';
  /** The stored issue (new, or the one the same bytes made before). */
  issueId: number;
  /** Number of articles the stored issue holds. */
  articles: number;
  /** Number of warnings stored with the issue. */
  warnings: number;
}

/** One stored issue as listed. */
export interface IssueSummary {
  /** The issue's id in this store. */
  id: number;
  /** Publication name as parsed, or null. */
  publication: string | null;
  /** ISO date YYYY-MM-DD as parsed, or null. */
  issueDate: string | null;
  /** Section headings in order. */
  sections: string[];
  /** Warnings from reading and parsing the file, kept with the issue. */
  warnings: string[];
  /** Number of articles stored for it. */
  articleCount: number;
  /** The source file it was imported from. */
  source: SourceMeta & { importedAt: string };
}

/** Which articles listArticles returns; every field narrows, none given means all. */
export interface ArticleFilter {
  /** Only this issue's articles. */
  issueId?: number;
  /** Only articles printed under this section heading. */
  section?: string;
  /** At most this many articles (default: all). */
  limit?: number;
  /** Skip this many first (for paging). */
  offset?: number;
}

/** An article as stored: the parsed Article plus its identity and a hash of its content. */
export interface StoredArticle extends Article {
  /** The article's id in this store. */
  id: number;
  /** The issue it belongs to. */
  issueId: number;
  /** 0-based position in its issue. */
  ordinal: number;
  /** sha256 of title and body, to find the same article reprinted in other issues. */
  contentHash: string;
}

import type { Edition, IssueChange, IssueDraft } from '../compose/types.js';
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
  /**
   * Stores a composed issue and the change that made it, in one transaction: a draft with id 0 is inserted, else
   * the stored draft is replaced whole. Returns the draft's id. Every save is logged, so edits cannot go unrecorded.
   */
  saveDraft(draft: IssueDraft, change: IssueChange): Promise<number>;
  /** One composed issue by id, entries in print order, or null when there is none. */
  getDraft(id: number): Promise<IssueDraft | null>;
  /** Every composed issue, newest first, without entry texts. */
  listDrafts(): Promise<DraftSummary[]>;
  /** The edit log of a composed issue, oldest first. */
  listChanges(draftId: number): Promise<IssueChange[]>;
  /** Stores an edition (client profile), replacing one of the same name. */
  saveEdition(edition: Edition): Promise<void>;
  /** One edition by name, or null when there is none. */
  getEdition(name: string): Promise<Edition | null>;
  /** Every edition, by name. */
  listEditions(): Promise<Edition[]>;
}

/** A composed issue as listed. */
export type DraftSummary = Pick<IssueDraft, 'id' | 'publication' | 'number' | 'edition' | 'from' | 'to' | 'createdAt'> & {
  /** Number of entries it prints. */
  entryCount: number;
};

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

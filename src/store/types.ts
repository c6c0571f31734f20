import type { ArticleFacts, DateCount, FactCount, SearchRequest, SearchResult } from '../search/types.js';
import type { AliasIndex } from '../search/aliases.js';
import type { AcceptedNames } from '../search/entity-names.js';
import type { Edition, IssueChange, IssueDraft } from '../compose/types.js';
import type { Article, Bulletin, SourceDoc } from '../types.js';
import type { EnrichmentRepository, Understand } from './enrichment-types.js';
import type { SameIssuePolicy } from './same-issue.js';
import type { AuditLog } from './audit-types.js';
import type { Message } from '../core/messages.js';
import type { JobTable } from './job-types.js';
import type { AlertStore } from './alert-types.js';
import type { Publishing } from './publishing-types.js';
import type { TriageStore } from './triage-types.js';
import type { LoginFailureStore, UserStore } from './user-types.js';
import type { SavedSearchStore } from './saved-search-types.js';
import type { DraftVersionStore, RemovedIssueStore } from './kept-types.js';

/**
 * The store every backend implements (SQLite, PostgreSQL), in the spirit of Kysely's Dialect: callers never see
 * SQL, backends never see the CLI. It is a set of repositories, one per kind of thing kept, plus a transaction
 * that binds the same set to one connection. Every member is async so a networked backend fits.
 */
export interface Store extends Repositories {
  /**
   * Runs `fn(tx)` in one transaction: `tx` is the same set of repositories bound to it; committed when `fn`
   * resolves, rolled back when it throws (the error is rethrown). Other calls on this store wait for it (SQLite)
   * or see it only once committed (PostgreSQL); calls on this store made inside `fn`, and nested transactions,
   * join it.
   */
  transaction<T>(fn: (tx: Repositories) => Promise<T>): Promise<T>;
  /** Releases the connection; the store must not be used afterwards. */
  close(): Promise<void>;
  // The workbench's and workers' repositories: not (yet) bound to `transaction`, so not among Repositories.
  /** The embedded store's job table; null on PostgreSQL, where pg-boss keeps the jobs. */
  readonly jobs: JobTable | null;
  /** Watchlists, their alerts and the outbox of deliveries. */
  readonly alerts: AlertStore;
  /** Workbench accounts and their sessions. */
  readonly users: UserStore;
  /** Wrong-password counts and waits, shared by every process on the store. */
  readonly loginFailures: LoginFailureStore;
  /** The inbox's triage state per article. */
  readonly triage: TriageStore;
  /** Status moves (draft → submitted → published) and the files kept at sign-off. */
  readonly publishing: Publishing;
}

/** What a store keeps, one repository per kind of thing. */
export interface Repositories {
  /** Imported issues (their source files and articles come and go with them). */
  readonly issues: IssueRepository;
  /** Stored articles, from issues and from the web. */
  readonly articles: ArticleRepository;
  /** Web sources, their polling state, and the web articles fetched through them. */
  readonly sources: SourceRepository;
  /** Enrichment, document frequencies, the section model and same-event groups. */
  readonly enrichment: EnrichmentRepository;
  /** Full-text search, trends and top lists over the archive. */
  readonly search: SearchRepository;
  /** Composed bulletins, their edit log, and editions. */
  readonly drafts: DraftRepository;
  /** The audit log: every change the core makes, with its actor. */
  readonly audit: AuditLog;
  /** Each user's saved searches. */
  readonly savedSearches: SavedSearchStore;
  /** Removed issues' snapshots, kept for their undo. */
  readonly removedIssues: RemovedIssueStore;
  /** Bulletins' earlier versions, kept for the editor's undo. */
  readonly draftVersions: DraftVersionStore;
}

/** Imported issues. */
export interface IssueRepository {
  /**
   * Stores one parsed issue and its articles in a single transaction, keyed by the source's sha256: the same
   * bytes imported again change nothing and report `unchanged`. If it throws, the store is as it was before.
   * With `understand`, a new issue's articles are enriched in the same transaction: enrichment, document
   * frequencies and same-event groups are stored with them. `sameIssue` (default 'keep-both') says what to do
   * when a stored issue has the same publication, date and most titles (see same-issue.ts: `importIssue`).
   */
  import(source: SourceMeta, bulletin: Bulletin, understand?: Understand, sameIssue?: SameIssuePolicy): Promise<ImportResult>;
  /**
   * Removes an issue and everything derived from it: its source file record, articles, enrichment, document
   * frequencies, same-event group membership, search index rows, and draft entries (and 另见 lines) printing its
   * articles. Returns what was removed, or null when there is no such issue. Refused (conflict) when a bulletin
   * under sign-off or signed off prints one of its articles; drafts that printed one move to a new version.
   */
  remove(issueId: number): Promise<{ issueId: number; articles: number } | null>;
  /**
   * Every stored issue, newest issue date first, with its source file and article count; with a period, only those
   * a period may hold: dated within it (days inclusive), and the undated, which no period can place.
   */
  list(period?: IssuePeriod): Promise<IssueSummary[]>;
  /** One stored issue, or null when there is none. */
  get(issueId: number): Promise<IssueSummary | null>;
  /**
   * Sets an issue's publication and date (a field left out keeps its value) and reindexes its articles, whose
   * dates and source follow the issue's. Returns the issue after, or null when there is none.
   */
  setMeta(issueId: number, meta: IssueMeta): Promise<IssueSummary | null>;
  /**
   * Stores a removed issue again (undo of a removal): its source file record, the issue and its articles (editors'
   * changes too), indexed for search; each under its old id where no other has it by now, else a new one. Returns
   * the issue's id and each article's (old → new). Conflict when the same file is stored again by now.
   */
  restore(issue: IssueSummary, articles: StoredArticle[]): Promise<{ issueId: number; ids: Map<number, number> }>;
}

/** An imported issue's publication and date, as an editor sets them. */
export interface IssueMeta {
  publication?: string | null;
  issueDate?: string | null;
}

/** Stored articles. */
export interface ArticleRepository {
  /** Stored articles in issue then printed order (web articles last, as fetched), narrowed by the filter. */
  list(filter?: ArticleFilter): Promise<StoredArticle[]>;
  /** One article by id, or null when there is none. */
  get(id: number): Promise<StoredArticle | null>;
  /** Several articles by id, in one read (ids not stored are missing from the map). */
  getMany(ids: number[]): Promise<Map<number, StoredArticle>>;
  /**
   * Replaces an article's tags and/or entities (a kind not given is left as it is), for filters, facets and
   * trends. Importing does the same for articles that carry `tags`/`entities`. Throws not-found for an unknown id.
   */
  setFacts(articleId: number, facts: ArticleFacts): Promise<void>;
  /**
   * Changes an article's text, section and editors' changes (fields left out keep theirs) and reindexes it for
   * search. Returns the article after; throws not-found for an unknown id.
   */
  update(articleId: number, patch: ArticlePatch): Promise<StoredArticle>;
  /**
   * Inserts an article into the issue of `afterId`, printed right after it (the articles after it move down one),
   * and indexes it for search. Returns it; throws not-found for an unknown id, invalid input for a web article.
   * With `id`, it is stored under that id (an undone merge brings an article back under its own: bulletins,
   * alerts, the audit log and links name it); conflict when an article has it.
   */
  insertAfter(afterId: number, article: Article & { edits?: ArticleEdits }, id?: number): Promise<StoredArticle>;
  /**
   * Removes one article and what derives from it: its document frequencies, enrichment, group membership, search
   * rows, triage and the draft entries printing it; its same-event group is placed again without it. Returns it
   * as it was, or null when there is none. Refused (conflict) when a bulletin under sign-off or signed off prints
   * it; drafts that printed it move to a new version.
   */
  remove(articleId: number): Promise<StoredArticle | null>;
}

/** What ArticleRepository.update changes; fields left out keep their stored value. */
export type ArticlePatch = Partial<Pick<Article, 'title' | 'section' | 'body'>> & { edits?: ArticleEdits };

/** Editors' own changes to an article, kept beside what was parsed and enriched (enriching again keeps them). */
export interface ArticleEdits {
  /** The editor's summary, shown in place of enrichment's. */
  summary?: string;
  /** The editor's tags, in place of enrichment's. */
  tags?: string[];
  /** Who chose the section by hand: a correction `jianbao train` learns from. */
  sectionBy?: string;
}

/** Web sources and the articles fetched through them. */
export interface SourceRepository {
  /** Adds a web source. Throws a conflict `<url>: already a source (#id)` when the URL is one already. */
  add(source: NewSource): Promise<StoredSource>;
  /** Every source, in the order they were added, with their last poll and article counts. */
  list(): Promise<StoredSource[]>;
  /** One source by id or exact URL, or null when there is none. */
  get(idOrUrl: number | string): Promise<StoredSource | null>;
  /** Removes a source by id or exact URL; its articles stay (without a source). Returns it, or null if none. */
  remove(idOrUrl: number | string): Promise<StoredSource | null>;
  /** Pauses or resumes a source; returns it, or null when there is none. */
  setPaused(idOrUrl: number | string, paused: boolean): Promise<StoredSource | null>;
  /** Sources due at `now` and not paused: never fetched, or last fetched at least their interval ago. */
  due(now: Date): Promise<StoredSource[]>;
  /** Records the outcome of one poll on the source (validators, kind, seen keys, status, error, failure count). */
  recordPoll(sourceId: number, poll: PollRecord): Promise<void>;
  /** True when a web article with this dedup key is stored already. */
  hasWebArticle(dedupKey: string): Promise<boolean>;
  /**
   * Stores a fetched web article once per dedup key, indexed for search in the same transaction: `new` with its
   * id, or `duplicate` with the stored one's id. With `understand`, a new article is enriched, counted and grouped
   * in the same transaction, as an import's.
   */
  storeWebArticle(article: WebArticleInput, understand?: Understand): Promise<{ status: 'new' | 'duplicate'; id: number }>;
}

/** Search over the archive; the index is kept by the writers in the same transaction as the articles. */
export interface SearchRepository {
  /**
   * Full-text search of the archive (syntax: src/search/query.ts): the page of hits asked for, ranked by BM25
   * with the title weighted and a recency boost, with marked snippets, the total and exact facet counts over
   * the whole result set; fewer than ten articles holding every term are followed by articles missing one
   * (src/search/partial-matches.ts). Throws a one-line `query: <problem>` for an empty or oversized query, never an
   * SQL error.
   */
  search(request: SearchRequest): Promise<SearchResult>;
  /** How many articles match the search on each issue date (dates without matches left out), oldest first. */
  countByDate(request: SearchRequest): Promise<DateCount[]>;
  /** How many articles dated from `from` to `to` (inclusive) carry each tag or entity, most first. */
  countFacts(kind: 'tag' | 'entity', from: string, to: string): Promise<FactCount[]>;
  /**
   * The names a search for `request` is planned with, for matching it elsewhere (watchlist alerts): the aliases with
   * what the archive taught, and what each entity filter accepts. Throws the request's one-line `query: …` as search does.
   */
  names(request: SearchRequest): Promise<RequestNames>;
}

/** The names one search request is planned with (SearchRepository.names). */
export interface RequestNames {
  /** The lexicon's aliases with the names the archive printed beside the request's names (src/search/learned-aliases.ts). */
  aliases: AliasIndex;
  /** What each entity filter of the request accepts, by the filter's name (filterAccepts). */
  entities: Map<string, AcceptedNames>;
}

/** Composed bulletins (drafts), their edit log, and editions (client profiles). */
export interface DraftRepository {
  /**
   * Stores a composed issue and the change that made it, in one transaction: a draft with id 0 is inserted, else
   * the stored draft is replaced whole if still at the version it carries (StaleDraftError when it moved on, an
   * error when there is none). Returns the draft's id. Every save is
   * logged, so edits cannot go unrecorded.
   */
  save(draft: IssueDraft, change: IssueChange): Promise<number>;
  /** One composed issue by id, entries in print order, or null when there is none. */
  get(id: number): Promise<IssueDraft | null>;
  /** Every composed issue, newest first, without entry texts. */
  list(): Promise<DraftSummary[]>;
  /** The edit log of a composed issue, oldest first. */
  changes(draftId: number): Promise<IssueChange[]>;
  /** Stores an edition (client profile), replacing one of the same name. */
  saveEdition(edition: Edition): Promise<void>;
  /** One edition by name, or null when there is none. */
  getEdition(name: string): Promise<Edition | null>;
  /** Every edition, by name. */
  listEditions(): Promise<Edition[]>;
}

/** A composed issue as listed. */
export type DraftSummary = Pick<IssueDraft, 'id' | 'version' | 'status' | 'publication' | 'number' | 'edition' | 'from' | 'to' | 'createdAt'> & {
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

/** Outcome of IssueRepository.import. */
export interface ImportResult {
  /**
   * `imported` when the file was new, `unchanged` when the same bytes were already stored, `same-issue` when a
   * stored issue is the same issue read before (nothing stored), `replaced` when it replaced that issue.
   */
  status: 'imported' | 'unchanged' | 'same-issue' | 'replaced';
  /** The stored issue (new, or the one the same bytes or the same issue made before). */
  issueId: number;
  /** For `same-issue` and `replaced`: the issue found (for `replaced`, now removed). */
  sameAs?: number;
  /** Number of articles the stored issue holds. */
  articles: number;
  /** Number of warnings stored with the issue (information messages not counted). */
  warnings: number;
  /** What reading the file said: information and warnings, with codes. */
  messages: Message[];
}

/** One stored issue as listed. */
/** A period of issue dates, `YYYY-MM-DD` both ends included. */
export interface IssuePeriod {
  from: string;
  to: string;
}

export interface IssueSummary {
  /** The issue's id in this store. */
  id: number;
  /** Publication name as parsed, or null. */
  publication: string | null;
  /** ISO date YYYY-MM-DD as parsed, or null. */
  issueDate: string | null;
  /** Section headings in order. */
  sections: string[];
  /** What reading and parsing the file said, kept with the issue: every message's text (information too). */
  warnings: string[];
  /** The same with level and code; issues stored before messages existed have `legacy` warnings. */
  messages: Message[];
  /** Number of articles stored for it. */
  articleCount: number;
  /** The source file it was imported from. */
  source: SourceMeta & { importedAt: string };
}

/** Which articles ArticleRepository.list returns; every field narrows, none given means all. */
export interface ArticleFilter {
  /** Only this issue's articles. */
  issueId?: number;
  /** Only these issues' articles (a period's issues read in one statement rather than one each). */
  issueIds?: number[];
  /** Only web articles fetched from this source. */
  sourceId?: number;
  /** Only articles printed under this section heading. */
  section?: string;
  /** Only web articles whose stored time (published, else fetched) starts with a day in this range, inclusive: UTC for an instant (see webDay). */
  webDays?: { from: string; to: string };
  /** At most this many articles (default: all). */
  limit?: number;
  /** Skip this many first (for paging). */
  offset?: number;
}

/** An article as stored: the parsed Article plus its identity and a hash of its content. */
export interface StoredArticle extends Article {
  /** The article's id in this store. */
  id: number;
  /** The issue it belongs to; null for a web article. */
  issueId: number | null;
  /** 0-based position in its issue. */
  ordinal: number;
  /** sha256 of title and body, to find the same article reprinted in other issues. */
  contentHash: string;
  /** Where a web article came from; absent for bulletin articles. */
  web?: WebProvenance;
  /** Editors' changes (summary, tags, a section chosen by hand); absent when none. */
  edits?: ArticleEdits;
}

/** Provenance of an article fetched from the web. */
export interface WebProvenance {
  /** The source it was found through, or null when that source was removed since. */
  sourceId: number | null;
  /** The URL it was listed under (feed item or listing link). */
  url: string;
  /** The page's canonical URL (`<link rel=canonical>`, else the URL after redirects). */
  canonicalUrl: string;
  /** The key that makes the same article reached by different URLs one article. */
  dedupKey: string;
  /** Publication time as ISO 8601, or null when neither page nor feed says. */
  publishedAt: string | null;
  /** When jianbao fetched it, ISO 8601. */
  fetchedAt: string;
  author: string | null;
  /** The outlet the page says the article comes from (来源), or null when it names none. */
  outlet: string | null;
}

/** A web article to store: its text and provenance (section comes from its source). */
export interface WebArticleInput extends WebProvenance {
  section: string | null;
  title: string;
  body: string;
}

/** A source as given by the user. */
export interface NewSource {
  /** http(s) URL of a feed (RSS 2.0, Atom, RSS 1.0) or a listing page. */
  url: string;
  name: string | null;
  /** Section its articles are filed under, or null. */
  section: string | null;
  /** Poll interval in seconds. */
  everySeconds: number;
}

/** What kind of source a URL turned out to be on its first fetch; null until then. */
export type SourceKind = 'feed' | 'listing';

/** A stored source with its polling state. */
export interface StoredSource extends NewSource {
  id: number;
  kind: SourceKind | null;
  etag: string | null;
  lastModified: string | null;
  /** Dedup keys of items already handled, most recent last. */
  seen: string[];
  addedAt: string;
  lastFetchedAt: string | null;
  lastStatus: 'ok' | 'unchanged' | 'failed' | null;
  lastError: string | null;
  /** Failed polls in a row; 0 after a successful one. */
  failures: number;
  /** Paused sources are not polled when due (a fetch of that one source still polls it). */
  paused: boolean;
  /** Web articles stored from it. */
  articleCount: number;
}

/** The outcome of one poll, as recordPoll stores it. */
export interface PollRecord {
  fetchedAt: string;
  status: 'ok' | 'unchanged' | 'failed';
  /** The error when status is `failed` (the poll of the source itself failed). */
  error: string | null;
  /** Set when the poll learnt these; absent fields keep their stored values. */
  kind?: SourceKind;
  etag?: string | null;
  lastModified?: string | null;
  seen?: string[];
}

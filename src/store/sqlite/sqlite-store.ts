import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { ArticleFacts, DateCount, FactCount, SearchRequest, SearchResult } from '../../search/types.js';
import type { Article, Bulletin } from '../../types.js';
import { articleRow, importedResult, messagesColumn, toArticle, toIssue, unchangedResult, type ArticleRow, type IssueRow } from '../rows.js';
import type {
  ArticleFilter,
  ImportResult,
  IssueSummary,
  NewSource,
  OpenOptions,
  PollRecord,
  SourceMeta,
  SearchStore,
  StoredArticle,
  StoredSource,
  WebArticleInput,
} from '../types.js';
import type { SectionModel } from '../../enrich/types.js';
import type { ArticleUnderstanding, EventGroup, StoredEnrichment, Understand, UnderstandingContext } from '../enrichment-types.js';
import { SqliteEnrichment } from './enrichment.js';
import type { Edition, Entry, IssueChange, IssueDraft } from '../../compose/types.js';
import { findSameIssue, withoutRemoved, type SameIssuePolicy } from '../same-issue.js';
import type { DraftStore, DraftSummary } from '../types.js';
import { SqliteDrafts } from './drafts.js';
import { SqliteAudit } from './audit.js';
import { SqliteJobs } from './jobs.js';
import { SqliteAlerts } from './alerts.js';
import { SqlitePublishing } from './publishing.js';
import { SqliteTriage } from './triage.js';
import { SqliteUsers } from './users.js';
import { migrate } from './migrations.js';
import { webPlace } from '../web-place.js';
import { SqliteSources } from './sources.js';
import { articleFacts } from '../../search/facts.js';
import { SearchIndexWriter, type IndexedArticle } from './search-index.js';
import { SqliteSearch } from './search-queries.js';
import { invalidInput, notFound, unavailable } from '../../core/errors.js';

/** Where the embedded store lives when the user does not say. */
export const DEFAULT_SQLITE_FILE = 'data/jianbao.db';

/**
 * Opens (creating folder and file if needed) an SQLite store and migrates it to the current schema.
 * WAL journaling: readers never block the importer, and a killed process leaves only whole transactions.
 */
export function openSqliteStore(file: string = DEFAULT_SQLITE_FILE, options: OpenOptions = {}): SearchStore {
  if (options.mustExist && file !== ':memory:' && !existsSync(file)) {
    throw notFound(file, 'no store here yet (import files first, or give --db)');
  }
  const db = connect(file);
  try {
    migrate(db, file);
  } catch (err) {
    db.close();
    throw err;
  }
  return new SqliteStore(db);
}

/** Opens the file and sets the connection up, turning SQLite's errors into `<file>: <problem>`. */
function connect(file: string): Database.Database {
  try {
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    const db = new Database(file);
    try {
      db.pragma('busy_timeout = 10000');
      db.pragma('journal_mode = WAL');
      // NORMAL is crash-safe in WAL mode; only a power loss can drop the last commits.
      db.pragma('synchronous = NORMAL');
      db.pragma('foreign_keys = ON');
      // 64 MB of page cache instead of 2: FTS5 segment merges and the index B-trees of a large archive stay in it.
      db.pragma('cache_size = -65536');
    } catch (err) {
      db.close();
      throw err;
    }
    return db;
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    if (e.code === 'SQLITE_NOTADB') throw invalidInput(file, 'not a jianbao store (not an SQLite database)');
    throw unavailable(file, `cannot open store (${e.message})`, e);
  }
}

const ISSUE_SELECT = `
  SELECT i.id, i.publication, i.issue_date, i.sections, i.warnings,
         (SELECT count(*) FROM articles a WHERE a.issue_id = i.id) AS article_count,
         f.path, f.sha256, f.bytes, f.encoding, f.kind, f.imported_at
    FROM issues i JOIN source_files f ON f.id = i.source_file_id`;

/** The Store over one better-sqlite3 connection; statements are prepared once. */
class SqliteStore implements SearchStore, DraftStore {
  private readonly issueBySha: Database.Statement<[string], IssueRow>;
  private readonly insertSource: Database.Statement;
  private readonly insertIssue: Database.Statement;
  private readonly insertArticle: Database.Statement;
  private readonly importTx: (source: SourceMeta, bulletin: Bulletin, understand?: Understand, sameIssue?: SameIssuePolicy) => ImportResult;
  private readonly removeTx: (issueId: number) => { issueId: number; articles: number } | null;
  private readonly sources: SqliteSources;
  private readonly understanding: SqliteEnrichment;
  private readonly index: SearchIndexWriter;
  private readonly searcher: SqliteSearch;
  private readonly drafts: SqliteDrafts;
  readonly audit: SqliteAudit;
  readonly jobs: SqliteJobs;
  readonly alerts: SqliteAlerts;
  readonly publishing: SqlitePublishing;
  readonly users: SqliteUsers;
  readonly triage: SqliteTriage;

  constructor(private readonly db: Database.Database) {
    this.sources = new SqliteSources(db);
    this.index = new SearchIndexWriter(db);
    this.searcher = new SqliteSearch(db);
    this.drafts = new SqliteDrafts(db);
    this.audit = new SqliteAudit(db);
    this.jobs = new SqliteJobs(db);
    this.alerts = new SqliteAlerts(db);
    this.publishing = new SqlitePublishing(db);
    this.users = new SqliteUsers(db);
    this.triage = new SqliteTriage(db);
    this.issueBySha = db.prepare(`${ISSUE_SELECT} WHERE f.sha256 = ?`);
    this.insertSource = db.prepare(
      `INSERT INTO source_files (path, sha256, bytes, encoding, kind, imported_at)
       VALUES (@path, @sha256, @bytes, @encoding, @kind, @importedAt)`,
    );
    this.insertIssue = db.prepare(
      `INSERT INTO issues (source_file_id, publication, issue_date, sections, warnings)
       VALUES (@sourceFileId, @publication, @issueDate, @sections, @warnings)`,
    );
    this.insertArticle = db.prepare(
      `INSERT INTO articles (issue_id, ordinal, section, title, title_as_printed, byline, subheads, body, captions,
                             page, line_start, line_end, content_hash)
       VALUES (@issue_id, @ordinal, @section, @title, @title_as_printed, @byline, @subheads, @body, @captions,
               @page, @line_start, @line_end, @content_hash)`,
    );
    this.understanding = new SqliteEnrichment(db);
    const tx = db.transaction((source: SourceMeta, bulletin: Bulletin, understand?: Understand, sameIssue?: SameIssuePolicy) =>
      this.importInTx(source, bulletin, understand, sameIssue));
    // IMMEDIATE takes the write lock up front, so two importers queue instead of failing on lock upgrade.
    this.importTx = (source, bulletin, understand, sameIssue) => tx.immediate(source, bulletin, understand, sameIssue);
    const remove = db.transaction((issueId: number) => this.removeInTx(issueId));
    this.removeTx = (issueId) => remove.immediate(issueId);
  }

  async importBulletin(source: SourceMeta, bulletin: Bulletin, understand?: Understand, sameIssue?: SameIssuePolicy): Promise<ImportResult> {
    return this.importTx(source, bulletin, understand, sameIssue);
  }

  async removeIssue(issueId: number): Promise<{ issueId: number; articles: number } | null> {
    return this.removeTx(issueId);
  }

  async listIssues(): Promise<IssueSummary[]> {
    const rows = this.db
      .prepare<[], IssueRow>(`${ISSUE_SELECT} ORDER BY i.issue_date DESC NULLS LAST, i.id DESC`)
      .all();
    return rows.map(toIssue);
  }

  async listArticles(filter: ArticleFilter = {}): Promise<StoredArticle[]> {
    const where: string[] = [];
    if (filter.issueId !== undefined) where.push('issue_id = @issueId');
    if (filter.sourceId !== undefined) where.push('source_id = @sourceId');
    if (filter.section !== undefined) where.push('section = @section');
    if (filter.webDays !== undefined) where.push('issue_id IS NULL AND substr(coalesce(published_at, fetched_at), 1, 10) BETWEEN @webFrom AND @webTo');
    // Bulletin articles in issue and printed order, then web articles in the order they were fetched.
    const sql = `SELECT * FROM articles ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
                 ORDER BY issue_id IS NULL, issue_id, ordinal, fetched_at, id LIMIT @limit OFFSET @offset`;
    const rows = this.db.prepare<Record<string, unknown>, ArticleRow>(sql).all({
      issueId: filter.issueId,
      sourceId: filter.sourceId,
      section: filter.section,
      webFrom: filter.webDays?.from,
      webTo: filter.webDays?.to,
      limit: filter.limit ?? -1,
      offset: filter.offset ?? 0,
    });
    return rows.map(toArticle);
  }

  async getArticle(id: number): Promise<StoredArticle | null> {
    const row = this.db.prepare<[number], ArticleRow>('SELECT * FROM articles WHERE id = ?').get(id);
    return row ? toArticle(row) : null;
  }

  async search(request: SearchRequest): Promise<SearchResult> {
    return this.searcher.search(request);
  }

  async countByDate(request: SearchRequest): Promise<DateCount[]> {
    return this.searcher.countByDate(request);
  }

  async countFacts(kind: 'tag' | 'entity', from: string, to: string): Promise<FactCount[]> {
    return this.searcher.countFacts(kind, from, to);
  }

  async setArticleFacts(articleId: number, facts: ArticleFacts): Promise<void> {
    this.db.transaction(() => {
      if (!this.db.prepare('SELECT 1 FROM articles WHERE id = ?').get(articleId)) {
        throw notFound(`article ${articleId}`, 'no such article in this store');
      }
      this.index.setFacts(articleId, facts);
    })();
  }

  async close(): Promise<void> {
    this.db.close();
  }

  async addSource(source: NewSource): Promise<StoredSource> {
    return this.sources.add(source);
  }

  async listSources(): Promise<StoredSource[]> {
    return this.sources.list();
  }

  async getSource(idOrUrl: number | string): Promise<StoredSource | null> {
    return this.sources.get(idOrUrl);
  }

  async removeSource(idOrUrl: number | string): Promise<StoredSource | null> {
    return this.sources.remove(idOrUrl);
  }

  async setSourcePaused(idOrUrl: number | string, paused: boolean): Promise<StoredSource | null> {
    return this.sources.setPaused(idOrUrl, paused);
  }

  async dueSources(now: Date): Promise<StoredSource[]> {
    return this.sources.due(now);
  }

  async recordPoll(sourceId: number, poll: PollRecord): Promise<void> {
    this.sources.recordPoll(sourceId, poll);
  }

  async hasWebArticle(dedupKey: string): Promise<boolean> {
    return this.sources.hasWebArticle(dedupKey);
  }

  async storeWebArticle(article: WebArticleInput, understand?: Understand): Promise<{ status: 'new' | 'duplicate'; id: number }> {
    return this.db.transaction(() => {
      const stored = this.sources.storeWebArticle(article);
      if (stored.status === 'new') {
        const u = understand?.(this.understanding.context())[0];
        if (u) {
          this.understanding.save(stored.id, u);
          this.understanding.group(stored.id, u.enrichment.fingerprint);
          this.index.setFacts(stored.id, articleFacts(u.enrichment.tags, u.enrichment.entities));
        }
        const { issueDate, publication } = webPlace(article);
        this.index.index([{ id: stored.id, article: { ...article, captions: [] }, date: issueDate, source: publication }]);
      }
      return stored;
    }).immediate();
  }

  async saveDraft(draft: IssueDraft, change: IssueChange): Promise<number> {
    return this.drafts.saveDraft(draft, change);
  }

  async getDraft(id: number): Promise<IssueDraft | null> {
    return this.drafts.getDraft(id);
  }

  async listDrafts(): Promise<DraftSummary[]> {
    return this.drafts.listDrafts();
  }

  async listChanges(draftId: number): Promise<IssueChange[]> {
    return this.drafts.listChanges(draftId);
  }

  async saveEdition(edition: Edition): Promise<void> {
    this.drafts.saveEdition(edition);
  }

  async getEdition(name: string): Promise<Edition | null> {
    return this.drafts.getEdition(name);
  }

  async listEditions(): Promise<Edition[]> {
    return this.drafts.listEditions();
  }

  async understandingContext(): Promise<UnderstandingContext> {
    return this.understanding.context();
  }

  async getEnrichment(articleId: number): Promise<StoredEnrichment | null> {
    return this.understanding.get(articleId);
  }

  async staleEnrichments(version: string): Promise<number[]> {
    return this.understanding.stale(version);
  }

  async saveEnrichments(items: { articleId: number; understanding: ArticleUnderstanding }[]): Promise<void> {
    this.db.transaction(() => {
      for (const { articleId, understanding } of items) {
        this.understanding.save(articleId, understanding);
        this.index.setFacts(articleId, articleFacts(understanding.enrichment.tags, understanding.enrichment.entities));
      }
    }).immediate();
  }

  async regroup(): Promise<void> {
    this.db.transaction(() => this.understanding.regroup()).immediate();
  }

  async listGroups(): Promise<EventGroup[]> {
    return this.understanding.groups();
  }

  async saveSectionModel(model: SectionModel): Promise<void> {
    this.understanding.saveSectionModel(model);
  }

  /**
   * The body of the import transaction: look up by content, else insert file, issue and articles, and with
   * `understand` their enrichment, counted into document frequencies and grouped one by one.
   */
  private importInTx(source: SourceMeta, bulletin: Bulletin, understand?: Understand, sameIssue: SameIssuePolicy = 'keep-both'): ImportResult {
    const existing = this.issueBySha.get(source.sha256);
    if (existing) return unchangedResult(existing);
    const same = sameIssue === 'keep-both' ? null : this.sameIssueAs(bulletin);
    if (same !== null && sameIssue === 'report') {
      const row = this.db.prepare<[number], IssueRow>(`${ISSUE_SELECT} WHERE i.id = ?`).get(same)!;
      return { ...unchangedResult(row), status: 'same-issue', sameAs: same };
    }
    if (same !== null) this.removeInTx(same);
    const stored = this.storeInTx(source, bulletin, understand);
    return same !== null ? { ...stored, status: 'replaced', sameAs: same } : stored;
  }

  /** The stored issue with this bulletin's publication and date and most of its titles, or null. */
  private sameIssueAs(bulletin: Bulletin): number | null {
    const ids = this.db.prepare<[string | null, string | null], { id: number }>(
      'SELECT id FROM issues WHERE publication IS ? AND issue_date IS ?',
    ).all(bulletin.publication, bulletin.issueDate);
    const titles = this.db.prepare<[number], { title: string }>('SELECT title FROM articles WHERE issue_id = ? ORDER BY ordinal');
    return findSameIssue(bulletin.articles.map((a) => a.title), ids.map(({ id }) => ({ id, titles: titles.all(id).map((r) => r.title) })));
  }

  /**
   * Removes an issue with everything derived: document frequencies of its articles' terms, draft entries printing
   * them and 另见 lines naming them, then the source file row, whose delete cascades to the issue, its articles and
   * their enrichment, fingerprints, groups, tags, entities and search rows (the FTS5 row by trigger).
   */
  private removeInTx(issueId: number): { issueId: number; articles: number } | null {
    const issue = this.db.prepare<[number], { source_file_id: number }>('SELECT source_file_id FROM issues WHERE id = ?').get(issueId);
    if (!issue) return null;
    const ids = this.db.prepare<[number], { id: number }>('SELECT id FROM articles WHERE issue_id = ?').all(issueId).map((r) => r.id);
    const removed = new Set(ids);
    const terms = this.db.prepare<[number], { terms: string }>(
      'SELECT e.terms FROM article_enrichment e JOIN articles a ON a.id = e.article_id WHERE a.issue_id = ?',
    ).all(issueId);
    const uncount = this.db.prepare('UPDATE doc_freq SET df = df - 1 WHERE term = ?');
    for (const r of terms) for (const t of new Set(JSON.parse(r.terms) as string[])) uncount.run(t);
    this.db.prepare('DELETE FROM issue_entries WHERE article_id IN (SELECT id FROM articles WHERE issue_id = ?)').run(issueId);
    const update = this.db.prepare('UPDATE issue_entries SET entry = ? WHERE draft_id = ? AND ordinal = ?');
    const entries = this.db.prepare<[], { draft_id: number; ordinal: number; entry: string }>(
      "SELECT draft_id, ordinal, entry FROM issue_entries WHERE json_array_length(entry, '$.alsoSeen') > 0",
    ).all();
    for (const e of entries) {
      const changed = withoutRemoved(JSON.parse(e.entry) as Entry, removed);
      if (changed) update.run(JSON.stringify(changed), e.draft_id, e.ordinal);
    }
    this.db.prepare('DELETE FROM source_files WHERE id = ?').run(issue.source_file_id);
    return { issueId, articles: ids.length };
  }

  private storeInTx(source: SourceMeta, bulletin: Bulletin, understand?: Understand): ImportResult {
    const { path, sha256, bytes, encoding, kind } = source;
    const importedAt = new Date().toISOString();
    const sourceFileId = this.insertSource.run({ path, sha256, bytes, encoding, kind, importedAt }).lastInsertRowid;
    const issueId = Number(
      this.insertIssue.run({
        sourceFileId,
        publication: bulletin.publication,
        issueDate: bulletin.issueDate,
        sections: JSON.stringify(bulletin.sections),
        warnings: messagesColumn(bulletin),
      }).lastInsertRowid,
    );
    const understood = understand?.(this.understanding.context());
    const date = bulletin.issueDate;
    const indexed = bulletin.articles.map((a: Article & ArticleFacts, ordinal): IndexedArticle => {
      const articleId = Number(this.insertArticle.run(articleRow(issueId, ordinal, a)).lastInsertRowid);
      const u = understood?.[ordinal];
      if (u) {
        this.understanding.save(articleId, u);
        this.understanding.group(articleId, u.enrichment.fingerprint);
      }
      this.index.setFacts(articleId, u ? articleFacts(u.enrichment.tags, u.enrichment.entities) : a);
      return { id: articleId, article: a, date, source: bulletin.publication ?? path };
    });
    // Last in the transaction: see SearchIndexWriter.index.
    this.index.index(indexed);
    return importedResult(issueId, bulletin);
  }
}

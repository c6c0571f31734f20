import type { Pool, PoolClient } from 'pg';
import type { Edition, Entry, IssueChange, IssueDraft } from '../../compose/types.js';
import type { SectionModel } from '../../enrich/types.js';
import { articleFacts } from '../../search/facts.js';
import type { ArticleFacts, DateCount, FactCount, SearchRequest, SearchResult } from '../../search/types.js';
import type { Article, Bulletin } from '../../types.js';
import type { ArticleUnderstanding, EventGroup, StoredEnrichment, Understand, UnderstandingContext } from '../enrichment-types.js';
import { displayLocation } from '../location.js';
import { articleRow, importedResult, messagesColumn, toArticle, toIssue, unchangedResult, type ArticleRow, type IssueRow } from '../rows.js';
import type {
  ArticleFilter,
  DraftStore,
  DraftSummary,
  ImportResult,
  IssueSummary,
  NewSource,
  OpenOptions,
  PollRecord,
  SearchStore,
  SourceMeta,
  StoredArticle,
  StoredSource,
  WebArticleInput,
} from '../types.js';
import { connect, createPool, inTransaction, namedError, onClient, type Query } from './connection.js';
import { PostgresDrafts } from './drafts.js';
import { PostgresEnrichment } from './enrichment.js';
import { migrate } from './migrations.js';
import { indexArticle, indexArticles, insertArticleFacts, setArticleFactsInTx } from './search-index.js';
import { PostgresSearch, SEARCH_SETTINGS } from './search-queries.js';
import { PostgresAudit } from './audit.js';
import { PostgresAlerts } from './alerts.js';
import { PostgresPublishing } from './publishing.js';
import { PostgresTriage } from './triage.js';
import { PostgresUsers } from './users.js';
import { PostgresSources } from './sources.js';
import { webPlace } from '../web-place.js';
import { findSameIssue, withoutRemoved, type SameIssuePolicy } from '../same-issue.js';
import { notFound } from '../../core/errors.js';

/**
 * Opens the PostgreSQL store in the database at `url` (postgres://user:password@host:port/database), creating
 * or migrating its tables; the database itself must exist. Errors name the database without the password.
 */
export async function openPostgresStore(url: string, options: OpenOptions = {}): Promise<SearchStore & DraftStore> {
  const name = displayLocation(url);
  const pool = createPool(url);
  try {
    await migrate(pool, name, options);
  } catch (err) {
    await pool.end();
    throw namedError(name, err);
  }
  return new PostgresStore(pool, name);
}

const ISSUE_SELECT = `
  SELECT i.id, i.publication, i.issue_date, i.sections, i.warnings,
         (SELECT count(*) FROM articles a WHERE a.issue_id = i.id) AS article_count,
         f.path, f.sha256, f.bytes, f.encoding, f.kind, f.imported_at
    FROM issues i JOIN source_files f ON f.id = i.source_file_id`;

/** The articles columns (all but id) with their types in a JSON row as rows.ts makes it (lists as JSON text). */
const ARTICLE_RECORD: readonly [string, string][] = [
  ['issue_id', 'bigint'], ['ordinal', 'integer'], ['section', 'text'], ['title', 'text'], ['title_as_printed', 'text'],
  ['byline', 'text'], ['subheads', 'text'], ['body', 'text'], ['captions', 'text'], ['page', 'integer'],
  ['line_start', 'integer'], ['line_end', 'integer'], ['content_hash', 'text'],
];

/** Inserts all of an issue's article rows, given as one JSON array, in one statement (one round trip). */
const INSERT_ARTICLES = `
  INSERT INTO articles (${ARTICLE_RECORD.map(([c]) => c).join(', ')})
  SELECT ${ARTICLE_RECORD.map(([c]) => (c === 'subheads' || c === 'captions' ? `${c}::jsonb` : c)).join(', ')}
    FROM jsonb_to_recordset($1::jsonb) AS r (${ARTICLE_RECORD.map(([c, t]) => `${c} ${t}`).join(', ')})
   ORDER BY ordinal
  RETURNING id, ordinal`;

/**
 * The Store over a pg connection pool; every write of several statements is one transaction on one pooled
 * connection. Sources, understanding and drafts are small classes over a Query, given the pool's for reads and
 * a transaction's for writes.
 */
class PostgresStore implements SearchStore, DraftStore {
  private readonly searcher: PostgresSearch;
  private readonly sources: PostgresSources;
  private readonly understanding: PostgresEnrichment;
  private readonly drafts: PostgresDrafts;
  readonly audit: PostgresAudit;
  /** Jobs on PostgreSQL go through pg-boss in its own schema (src/jobs/boss-runner.ts), not a table of ours. */
  readonly jobs = null;
  readonly alerts: PostgresAlerts;
  readonly publishing: PostgresPublishing;
  readonly users: PostgresUsers;
  readonly triage: PostgresTriage;

  constructor(
    private readonly pool: Pool,
    private readonly name: string,
  ) {
    const query: Query = (sql, params) => this.query(sql, params);
    this.sources = new PostgresSources(query);
    this.understanding = new PostgresEnrichment(query);
    this.drafts = new PostgresDrafts(query);
    this.audit = new PostgresAudit(query);
    this.alerts = new PostgresAlerts(query);
    this.publishing = new PostgresPublishing(pool, name, query);
    this.users = new PostgresUsers(query);
    this.triage = new PostgresTriage(query, (work) => inTransaction(this.pool, this.name, (tx) => work(onClient(tx))));
    this.searcher = new PostgresSearch(query, {
      searchQuery: (sql, params) =>
        inTransaction(this.pool, this.name, async (tx) => {
          await tx.query(SEARCH_SETTINGS);
          return (await tx.query(sql, params)).rows;
        }),
    });
  }

  async importBulletin(source: SourceMeta, bulletin: Bulletin, understand?: Understand, sameIssue: SameIssuePolicy = 'keep-both'): Promise<ImportResult> {
    return inTransaction(this.pool, this.name, async (tx) => {
      if (sameIssue === 'keep-both') return this.importInTx(tx, source, bulletin, understand);
      // One importer at a time looks for the same issue, so two reads of one issue cannot both be stored.
      await tx.query("SELECT pg_advisory_xact_lock(hashtext('jianbao.same-issue'))");
      const existing = await tx.query<IssueRow>(`${ISSUE_SELECT} WHERE f.sha256 = $1`, [source.sha256]);
      if (existing.rows[0]) return unchangedResult(existing.rows[0]);
      const same = await this.sameIssueAs(tx, bulletin);
      if (same !== null && sameIssue === 'report') {
        const row = (await tx.query<IssueRow>(`${ISSUE_SELECT} WHERE i.id = $1`, [same])).rows[0];
        return { ...unchangedResult(row), status: 'same-issue', sameAs: same };
      }
      if (same !== null) await this.removeInTx(tx, same);
      const stored = await this.importInTx(tx, source, bulletin, understand);
      return same !== null ? { ...stored, status: 'replaced', sameAs: same } : stored;
    });
  }

  async removeIssue(issueId: number): Promise<{ issueId: number; articles: number } | null> {
    return inTransaction(this.pool, this.name, (tx) => this.removeInTx(tx, issueId));
  }

  /** The stored issue with this bulletin's publication and date and most of its titles, or null. */
  private async sameIssueAs(tx: PoolClient, bulletin: Bulletin): Promise<number | null> {
    const rows = await tx.query<{ id: string | number; titles: string[] }>(
      `SELECT i.id, array(SELECT a.title FROM articles a WHERE a.issue_id = i.id ORDER BY a.ordinal) AS titles
         FROM issues i WHERE i.publication IS NOT DISTINCT FROM $1 AND i.issue_date IS NOT DISTINCT FROM $2`,
      [bulletin.publication, bulletin.issueDate],
    );
    return findSameIssue(bulletin.articles.map((a) => a.title), rows.rows.map((r) => ({ id: Number(r.id), titles: r.titles })));
  }

  /**
   * Removes an issue with everything derived: document frequencies of its articles' terms, draft entries printing
   * them and 另见 lines naming them, then the source file row, whose delete cascades to the issue, its articles and
   * their enrichment, fingerprints, groups, tags, entities and search rows.
   */
  private async removeInTx(tx: PoolClient, issueId: number): Promise<{ issueId: number; articles: number } | null> {
    const issue = await tx.query<{ source_file_id: string | number }>('SELECT source_file_id FROM issues WHERE id = $1 FOR UPDATE', [issueId]);
    if (!issue.rows[0]) return null;
    const ids = (await tx.query<{ id: string | number }>('SELECT id FROM articles WHERE issue_id = $1', [issueId])).rows.map((r) => Number(r.id));
    const removed = new Set(ids);
    await tx.query(
      `UPDATE doc_freq d SET df = d.df - n.count
         FROM (SELECT t.term, count(*) AS count
                 FROM article_enrichment e JOIN articles a ON a.id = e.article_id,
                      LATERAL (SELECT DISTINCT value AS term FROM jsonb_array_elements_text(e.terms)) t
                WHERE a.issue_id = $1 GROUP BY t.term) n
        WHERE d.term = n.term`,
      [issueId],
    );
    await tx.query('DELETE FROM issue_entries WHERE article_id = ANY($1::bigint[])', [ids]);
    const entries = await tx.query<{ draft_id: string | number; ordinal: number; entry: Entry }>(
      "SELECT draft_id, ordinal, entry FROM issue_entries WHERE json_array_length(entry -> 'alsoSeen') > 0",
    );
    for (const e of entries.rows) {
      const changed = withoutRemoved(e.entry, removed);
      if (changed) await tx.query('UPDATE issue_entries SET entry = $1 WHERE draft_id = $2 AND ordinal = $3', [JSON.stringify(changed), e.draft_id, e.ordinal]);
    }
    await tx.query('DELETE FROM source_files WHERE id = $1', [issue.rows[0].source_file_id]);
    return { issueId, articles: ids.length };
  }

  async listIssues(): Promise<IssueSummary[]> {
    const rows = await this.query<IssueRow>(`${ISSUE_SELECT} ORDER BY i.issue_date DESC NULLS LAST, i.id DESC`);
    return rows.map(toIssue);
  }

  async listArticles(filter: ArticleFilter = {}): Promise<StoredArticle[]> {
    const params: unknown[] = [];
    const where: string[] = [];
    if (filter.issueId !== undefined) where.push(`issue_id = $${params.push(filter.issueId)}`);
    if (filter.sourceId !== undefined) where.push(`source_id = $${params.push(filter.sourceId)}`);
    if (filter.section !== undefined) where.push(`section = $${params.push(filter.section)}`);
    if (filter.webDays !== undefined) {
      where.push(`issue_id IS NULL AND substr(coalesce(published_at, fetched_at), 1, 10) BETWEEN $${params.push(filter.webDays.from)} AND $${params.push(filter.webDays.to)}`);
    }
    // Bulletin articles in issue and printed order, then web articles in the order they were fetched.
    // LIMIT NULL means no limit.
    const sql = `SELECT * FROM articles ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
                 ORDER BY issue_id NULLS LAST, ordinal, fetched_at, id
                 LIMIT $${params.push(filter.limit ?? null)} OFFSET $${params.push(filter.offset ?? 0)}`;
    return (await this.query<ArticleRow>(sql, params)).map(toArticle);
  }

  async getArticle(id: number): Promise<StoredArticle | null> {
    const [row] = await this.query<ArticleRow>('SELECT * FROM articles WHERE id = $1', [id]);
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
    await inTransaction(this.pool, this.name, async (tx) => {
      const found = await tx.query('SELECT 1 FROM articles WHERE id = $1 FOR UPDATE', [articleId]);
      if (!found.rowCount) throw notFound(`article ${articleId}`, 'no such article in this store');
      await setArticleFactsInTx(tx, articleId, facts);
    });
  }

  async close(): Promise<void> {
    await this.pool.end();
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
    await this.sources.recordPoll(sourceId, poll);
  }

  async hasWebArticle(dedupKey: string): Promise<boolean> {
    return this.sources.hasWebArticle(dedupKey);
  }

  async storeWebArticle(article: WebArticleInput, understand?: Understand): Promise<{ status: 'new' | 'duplicate'; id: number }> {
    return inTransaction(this.pool, this.name, async (tx) => {
      const understanding = new PostgresEnrichment(onClient(tx));
      if (understand) await understanding.lock();
      const stored = await new PostgresSources(onClient(tx)).storeWebArticle(article);
      if (stored.status === 'new') {
        const [u] = understand ? await this.understandInTx(understanding, [stored.id], understand) : [];
        if (u) await insertArticleFacts(tx, [{ id: stored.id, facts: articleFacts(u.enrichment.tags, u.enrichment.entities) }]);
        const { issueDate, publication } = webPlace(article);
        await indexArticle(tx, stored.id, { ...article, captions: [] }, issueDate, publication);
      }
      return stored;
    });
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
    await inTransaction(this.pool, this.name, async (tx) => {
      const understanding = new PostgresEnrichment(onClient(tx));
      await understanding.lock();
      await understanding.save(items);
      for (const { articleId, understanding: u } of items) {
        await setArticleFactsInTx(tx, articleId, articleFacts(u.enrichment.tags, u.enrichment.entities));
      }
    });
  }

  async regroup(): Promise<void> {
    await inTransaction(this.pool, this.name, async (tx) => {
      const understanding = new PostgresEnrichment(onClient(tx));
      await understanding.lock();
      await understanding.regroup();
    });
  }

  async listGroups(): Promise<EventGroup[]> {
    return this.understanding.groups();
  }

  async saveSectionModel(model: SectionModel): Promise<void> {
    await this.understanding.saveSectionModel(model);
  }

  async saveDraft(draft: IssueDraft, change: IssueChange): Promise<number> {
    return inTransaction(this.pool, this.name, (tx) => new PostgresDrafts(onClient(tx)).saveDraft(draft, change));
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
    await this.drafts.saveEdition(edition);
  }

  async getEdition(name: string): Promise<Edition | null> {
    return this.drafts.getEdition(name);
  }

  async listEditions(): Promise<Edition[]> {
    return this.drafts.listEditions();
  }

  /** One statement outside a transaction, its failures named by the database. */
  private async query<R extends object>(sql: string, params: unknown[] = []): Promise<R[]> {
    const client = await connect(this.pool, this.name);
    try {
      return (await client.query<R>(sql, params)).rows;
    } catch (err) {
      throw namedError(this.name, err);
    } finally {
      client.release();
    }
  }

  /**
   * The body of the import transaction: look up by content, else insert file, issue and articles. The file row
   * goes in with ON CONFLICT DO NOTHING on its unique sha256: when another importer is storing the same bytes,
   * the insert waits for it to finish and then inserts nothing, and this import reports `unchanged`.
   */
  private async importInTx(tx: PoolClient, source: SourceMeta, bulletin: Bulletin, understand?: Understand): Promise<ImportResult> {
    const understanding = new PostgresEnrichment(onClient(tx));
    // Taken before looking the file up, so an importer that waited for another storing the same bytes sees them.
    if (understand) await understanding.lock();
    const bySha = async () => (await tx.query<IssueRow>(`${ISSUE_SELECT} WHERE f.sha256 = $1`, [source.sha256])).rows[0];
    const existing = await bySha();
    if (existing) return unchangedResult(existing);
    const { path, sha256, bytes, encoding, kind } = source;
    const file = await tx.query<{ id: number }>(
      `INSERT INTO source_files (path, sha256, bytes, encoding, kind) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (sha256) DO NOTHING RETURNING id`,
      [path, sha256, bytes, encoding, kind],
    );
    if (!file.rows.length) return unchangedResult(await bySha());
    const issue = await tx.query<{ id: number }>(
      `INSERT INTO issues (source_file_id, publication, issue_date, sections, warnings)
       VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [file.rows[0].id, bulletin.publication, bulletin.issueDate, JSON.stringify(bulletin.sections), messagesColumn(bulletin)],
    );
    const issueId = issue.rows[0].id;
    const rows = bulletin.articles.map((a, ordinal) => articleRow(issueId, ordinal, a));
    const inserted = await tx.query<{ id: number; ordinal: number }>(INSERT_ARTICLES, [JSON.stringify(rows)]);
    const ids = inserted.rows.sort((a, b) => a.ordinal - b.ordinal).map((r) => r.id);
    const understood = understand ? await this.understandInTx(understanding, ids, understand) : [];
    await this.indexIssue(tx, ids, bulletin, understood, bulletin.publication ?? path);
    return importedResult(issueId, bulletin);
  }

  /**
   * Enriches a new issue's articles (ids in printed order) against the context as it is inside this import's
   * transaction, stores what that produced, and groups the articles one by one, as the embedded store does.
   */
  private async understandInTx(understanding: PostgresEnrichment, ids: number[], understand: Understand): Promise<(ArticleUnderstanding | undefined)[]> {
    const understood = understand(await understanding.context());
    const items = ids.flatMap((articleId, ordinal) => (understood[ordinal] ? [{ articleId, understanding: understood[ordinal] }] : []));
    await understanding.save(items);
    for (const { articleId, understanding: u } of items) await understanding.group(articleId, u.enrichment.fingerprint);
    return understood;
  }

  /**
   * Indexes a new issue's articles (ids in printed order) for search, with their tags and entities: the
   * enrichment's where there is one, else those the article carries, as the embedded store does.
   */
  private async indexIssue(
    tx: PoolClient,
    ids: number[],
    bulletin: Bulletin,
    understood: (ArticleUnderstanding | undefined)[],
    source: string,
  ): Promise<void> {
    const articles: (Article & ArticleFacts)[] = bulletin.articles;
    const facts = articles.map((a, k) => {
      const u = understood[k];
      return { id: ids[k], facts: u ? articleFacts(u.enrichment.tags, u.enrichment.entities) : a };
    });
    await insertArticleFacts(tx, facts);
    await indexArticles(tx, articles.map((article, k) => ({ id: ids[k], article, date: bulletin.issueDate, source })));
  }
}

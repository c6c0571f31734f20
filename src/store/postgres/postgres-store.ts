import type { Pool, PoolClient } from 'pg';
import type { ArticleFacts, DateCount, FactCount, SearchRequest, SearchResult } from '../../search/types.js';
import type { Article, Bulletin } from '../../types.js';
import { displayLocation } from '../location.js';
import { articleRow, toArticle, toIssue, unchangedResult, type ArticleRow, type IssueRow } from '../rows.js';
import type { ArticleFilter, ImportResult, IssueSummary, OpenOptions, SearchStore, SourceMeta, StoredArticle } from '../types.js';
import { connect, createPool, inTransaction, namedError } from './connection.js';
import { migrate } from './migrations.js';
import { PostgresPending } from './pending.js';
import { indexArticles, insertArticleFacts, setArticleFactsInTx } from './search-index.js';
import { PostgresSearch } from './search-queries.js';

/**
 * Opens the PostgreSQL store in the database at `url` (postgres://user:password@host:port/database), creating
 * or migrating its tables; the database itself must exist. Errors name the database without the password.
 */
export async function openPostgresStore(url: string, options: OpenOptions = {}): Promise<SearchStore> {
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
   ORDER BY ordinal`;

/** The Store over a pg connection pool; every import is one transaction on one pooled connection. */
class PostgresStore extends PostgresPending implements SearchStore {
  private readonly searcher: PostgresSearch;

  constructor(
    private readonly pool: Pool,
    protected readonly name: string,
  ) {
    super();
    this.searcher = new PostgresSearch((sql, params) => this.query(sql, params));
  }

  async importBulletin(source: SourceMeta, bulletin: Bulletin): Promise<ImportResult> {
    return inTransaction(this.pool, this.name, (tx) => this.importInTx(tx, source, bulletin));
  }

  async listIssues(): Promise<IssueSummary[]> {
    const rows = await this.query<IssueRow>(`${ISSUE_SELECT} ORDER BY i.issue_date DESC NULLS LAST, i.id DESC`);
    return rows.map(toIssue);
  }

  async listArticles(filter: ArticleFilter = {}): Promise<StoredArticle[]> {
    const params: unknown[] = [];
    const where: string[] = [];
    if (filter.issueId !== undefined) where.push(`issue_id = $${params.push(filter.issueId)}`);
    if (filter.section !== undefined) where.push(`section = $${params.push(filter.section)}`);
    // LIMIT NULL means no limit.
    const sql = `SELECT * FROM articles ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
                 ORDER BY issue_id, ordinal LIMIT $${params.push(filter.limit ?? null)} OFFSET $${params.push(filter.offset ?? 0)}`;
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
      if (!found.rowCount) throw new Error(`article ${articleId}: no such article in this store`);
      await setArticleFactsInTx(tx, articleId, facts);
    });
  }

  async close(): Promise<void> {
    await this.pool.end();
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
  private async importInTx(tx: PoolClient, source: SourceMeta, bulletin: Bulletin): Promise<ImportResult> {
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
      [file.rows[0].id, bulletin.publication, bulletin.issueDate, JSON.stringify(bulletin.sections), JSON.stringify(bulletin.warnings)],
    );
    const issueId = issue.rows[0].id;
    const rows = bulletin.articles.map((a, ordinal) => articleRow(issueId, ordinal, a));
    await tx.query(INSERT_ARTICLES, [JSON.stringify(rows)]);
    await this.indexIssue(tx, issueId, bulletin, bulletin.publication ?? path);
    return { status: 'imported', issueId, articles: bulletin.articles.length, warnings: bulletin.warnings.length };
  }

  /** Indexes a new issue's articles for search, with the tags and entities those that carry them have. */
  private async indexIssue(tx: PoolClient, issueId: number, bulletin: Bulletin, source: string): Promise<void> {
    const ids = (await tx.query<{ id: number }>('SELECT id FROM articles WHERE issue_id = $1 ORDER BY ordinal', [issueId])).rows;
    const articles: (Article & ArticleFacts)[] = bulletin.articles;
    await insertArticleFacts(tx, articles.map((facts, k) => ({ id: ids[k].id, facts })));
    await indexArticles(tx, articles.map((article, k) => ({ id: ids[k].id, article, date: bulletin.issueDate, source })));
  }
}

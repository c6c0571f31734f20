import { notFound } from '../../core/errors.js';
import type { ArticleFacts } from '../../search/types.js';
import { toArticle, type ArticleRow } from '../rows.js';
import type { ArticleFilter, ArticleRepository, StoredArticle } from '../types.js';
import type { PgConnection } from './connection.js';
import { setArticleFactsInTx } from './search-index.js';

/** The stored articles of the PostgreSQL store (bulletin and web articles alike). */
export class PostgresArticles implements ArticleRepository {
  constructor(private readonly conn: PgConnection) {}

  async list(filter: ArticleFilter = {}): Promise<StoredArticle[]> {
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
    return (await this.conn.query<ArticleRow>(sql, params)).map(toArticle);
  }

  async get(id: number): Promise<StoredArticle | null> {
    const [row] = await this.conn.query<ArticleRow>('SELECT * FROM articles WHERE id = $1', [id]);
    return row ? toArticle(row) : null;
  }

  async setFacts(articleId: number, facts: ArticleFacts): Promise<void> {
    await this.conn.transaction(async (tx) => {
      const found = await tx.query('SELECT 1 FROM articles WHERE id = $1 FOR UPDATE', [articleId]);
      if (!found.rowCount) throw notFound(`article ${articleId}`, 'no such article in this store');
      await setArticleFactsInTx(tx, articleId, facts);
    });
  }
}

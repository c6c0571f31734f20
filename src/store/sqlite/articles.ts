import type Database from 'better-sqlite3';
import { notFound } from '../../core/errors.js';
import type { ArticleFacts } from '../../search/types.js';
import { toArticle, type ArticleRow } from '../rows.js';
import type { ArticleFilter, ArticleRepository, StoredArticle } from '../types.js';
import type { SqliteGate } from './gate.js';
import type { SearchIndexWriter } from './search-index.js';

/** The stored articles of the SQLite store (bulletin and web articles alike). */
export class SqliteArticles implements ArticleRepository {
  constructor(
    private readonly db: Database.Database,
    private readonly gate: SqliteGate,
    private readonly index: SearchIndexWriter,
  ) {}

  async list(filter: ArticleFilter = {}): Promise<StoredArticle[]> {
    const where: string[] = [];
    if (filter.issueId !== undefined) where.push('issue_id = @issueId');
    if (filter.sourceId !== undefined) where.push('source_id = @sourceId');
    if (filter.section !== undefined) where.push('section = @section');
    if (filter.webDays !== undefined) where.push('issue_id IS NULL AND substr(coalesce(published_at, fetched_at), 1, 10) BETWEEN @webFrom AND @webTo');
    // Bulletin articles in issue and printed order, then web articles in the order they were fetched.
    const sql = `SELECT * FROM articles ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
                 ORDER BY issue_id IS NULL, issue_id, ordinal, fetched_at, id LIMIT @limit OFFSET @offset`;
    const params = {
      issueId: filter.issueId, sourceId: filter.sourceId, section: filter.section,
      webFrom: filter.webDays?.from, webTo: filter.webDays?.to, limit: filter.limit ?? -1, offset: filter.offset ?? 0,
    };
    return this.gate.run(() => this.db.prepare<Record<string, unknown>, ArticleRow>(sql).all(params).map(toArticle));
  }

  async get(id: number): Promise<StoredArticle | null> {
    return this.gate.run(() => {
      const row = this.db.prepare<[number], ArticleRow>('SELECT * FROM articles WHERE id = ?').get(id);
      return row ? toArticle(row) : null;
    });
  }

  async setFacts(articleId: number, facts: ArticleFacts): Promise<void> {
    await this.gate.write(() => {
      if (!this.db.prepare('SELECT 1 FROM articles WHERE id = ?').get(articleId)) {
        throw notFound(`article ${articleId}`, 'no such article in this store');
      }
      this.index.setFacts(articleId, facts);
    });
  }
}

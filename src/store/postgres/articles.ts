import type { Entry } from '../../compose/types.js';
import { conflict, invalidInput, notFound } from '../../core/errors.js';
import type { ArticleFacts } from '../../search/types.js';
import type { Article } from '../../types.js';
import { articleContentHash } from '../content-hash.js';
import { articleRow, editsColumn, toArticle, type ArticleRow } from '../rows.js';
import { withoutRemoved } from '../same-issue.js';
import type { ArticleEdits, ArticleFilter, ArticlePatch, ArticleRepository, StoredArticle } from '../types.js';
import { indexPlace } from '../web-place.js';
import type { PgConnection } from './connection.js';
import { holdPrinting } from './drafts.js';
import type { PostgresEnrichment } from './enrichment.js';
import { indexArticle, setArticleFactsInTx } from './search-index.js';

/** The schema step for editors' changes to an article (summary, tags, a section chosen by hand), as JSON. */
export const ARTICLE_EDITS_SCHEMA = `ALTER TABLE articles ADD COLUMN edits jsonb;`;

/** The stored articles of the PostgreSQL store (bulletin and web articles alike). */
export class PostgresArticles implements ArticleRepository {
  constructor(
    private readonly conn: PgConnection,
    private readonly understanding: PostgresEnrichment,
  ) {}

  async list(filter: ArticleFilter = {}): Promise<StoredArticle[]> {
    const params: unknown[] = [];
    const where: string[] = [];
    if (filter.issueId !== undefined) where.push(`issue_id = $${params.push(filter.issueId)}`);
    if (filter.issueIds !== undefined) where.push(`issue_id = ANY($${params.push(filter.issueIds)}::bigint[])`);
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

  async getMany(ids: number[]): Promise<Map<number, StoredArticle>> {
    if (!ids.length) return new Map();
    const rows = await this.conn.query<ArticleRow>('SELECT * FROM articles WHERE id = ANY($1::bigint[])', [ids]);
    return new Map(rows.map(toArticle).map((a) => [a.id, a]));
  }

  async setFacts(articleId: number, facts: ArticleFacts): Promise<void> {
    await this.conn.transaction(async (tx) => {
      const found = await tx.query('SELECT 1 FROM articles WHERE id = $1 FOR UPDATE', [articleId]);
      if (!found.rowCount) throw notFound(`article ${articleId}`, '库中没有这篇文章 (no such article in this store)');
      await setArticleFactsInTx(tx, articleId, facts);
    });
  }

  async update(articleId: number, patch: ArticlePatch): Promise<StoredArticle> {
    return this.conn.transaction(async () => {
      const before = await this.locked(articleId);
      const { edits, ...text } = patch;
      const next = { ...before, ...text };
      await this.conn.query('UPDATE articles SET title = $1, section = $2, body = $3, content_hash = $4, edits = $5::jsonb WHERE id = $6', [
        next.title, next.section, next.body, articleContentHash(next), editsColumn(edits === undefined ? before.edits : edits), articleId,
      ]);
      await this.indexNow(next);
      return (await this.get(articleId))!;
    });
  }

  async insertAfter(afterId: number, article: Article & { edits?: ArticleEdits }, asId?: number): Promise<StoredArticle> {
    return this.conn.transaction(async () => {
      const after = await this.locked(afterId);
      if (after.issueId === null) throw invalidInput(`article ${afterId}`, '网页文章不属于任何一期，无法在其后插入 (a web article is in no issue to insert into)');
      if (asId !== undefined && (await this.get(asId))) throw conflict(`article ${asId}`, '已有另一篇文章使用这个编号 (another article has this id)');
      // Through negative ordinals, so (issue, ordinal) stays unique at every row of the two updates.
      await this.conn.query('UPDATE articles SET ordinal = -ordinal - 2 WHERE issue_id = $1 AND ordinal > $2', [after.issueId, after.ordinal]);
      await this.conn.query('UPDATE articles SET ordinal = -ordinal - 1 WHERE issue_id = $1 AND ordinal < 0', [after.issueId]);
      const r = articleRow(after.issueId, after.ordinal + 1, article);
      const [{ id }] = await this.conn.query<{ id: number }>(
        `INSERT INTO articles (id, issue_id, ordinal, section, title, title_as_printed, byline, subheads, body, captions,
                               page, line_start, line_end, content_hash, edits)
         OVERRIDING SYSTEM VALUE
         VALUES (coalesce($15::bigint, nextval(pg_get_serial_sequence('articles', 'id'))), $1, $2, $3, $4, $5, $6, $7::jsonb, $8, $9::jsonb, $10, $11, $12, $13, $14::jsonb)
         RETURNING id`,
        [r.issue_id, r.ordinal, r.section, r.title, r.title_as_printed, r.byline, r.subheads, r.body, r.captions, r.page, r.line_start, r.line_end, r.content_hash, editsColumn(article.edits), asId ?? null],
      );
      const stored = (await this.get(id))!;
      await this.indexNow(stored);
      return stored;
    });
  }

  async remove(articleId: number): Promise<StoredArticle | null> {
    return this.conn.transaction(async () => {
      const [row] = await this.conn.query<ArticleRow>('SELECT * FROM articles WHERE id = $1 FOR UPDATE', [articleId]);
      if (!row) return null;
      await holdPrinting(this.conn.query, [articleId]);
      await this.understanding.lock();
      await this.understanding.uncountArticle(articleId);
      const groups = await this.understanding.groupsOf([articleId]);
      await this.conn.query('DELETE FROM issue_entries WHERE article_id = $1', [articleId]);
      const entries = await this.conn.query<{ draft_id: number; ordinal: number; entry: string }>(
        "SELECT draft_id, ordinal, entry FROM issue_entries WHERE json_array_length(entry -> 'alsoSeen') > 0",
      );
      for (const e of entries) {
        const changed = withoutRemoved((typeof e.entry === 'string' ? JSON.parse(e.entry) : e.entry) as Entry, new Set([articleId]));
        if (changed) await this.conn.query('UPDATE issue_entries SET entry = $1 WHERE draft_id = $2 AND ordinal = $3', [JSON.stringify(changed), e.draft_id, e.ordinal]);
      }
      // Cascades to enrichment, fingerprints, groups, tags, entities, search rows and triage.
      await this.conn.query('DELETE FROM articles WHERE id = $1', [articleId]);
      // The group it may have held together is placed again without it.
      await this.understanding.splitGroups(groups);
      return toArticle(row);
    });
  }

  /** The article, its row locked until the transaction ends; not-found when there is none. */
  private async locked(articleId: number): Promise<StoredArticle> {
    const [row] = await this.conn.query<ArticleRow>('SELECT * FROM articles WHERE id = $1 FOR UPDATE', [articleId]);
    if (!row) throw notFound(`article ${articleId}`, '库中没有这篇文章 (no such article in this store)');
    return toArticle(row);
  }

  /** Writes the article's search rows again: its text, section, and its issue's (or page's) date and source. */
  private async indexNow(a: StoredArticle): Promise<void> {
    const [issue] = a.issueId === null ? [] : await this.conn.query<{ issue_date: string | null; publication: string | null; path: string }>(
      'SELECT i.issue_date, i.publication, f.path FROM issues i JOIN source_files f ON f.id = i.source_file_id WHERE i.id = $1',
      [a.issueId],
    );
    const sourceId = a.web?.sourceId ?? null;
    const [named] = sourceId === null ? [] : await this.conn.query<{ name: string | null }>('SELECT name FROM sources WHERE id = $1', [sourceId]);
    const { date, source } = indexPlace(a, issue, named?.name ?? null);
    await this.conn.transaction((tx) => indexArticle(tx, a.id, a, date, source));
  }
}

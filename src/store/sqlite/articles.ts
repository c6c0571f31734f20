import type Database from 'better-sqlite3';
import type { Entry } from '../../compose/types.js';
import { conflict, invalidInput, notFound } from '../../core/errors.js';
import type { ArticleFacts } from '../../search/types.js';
import type { Article } from '../../types.js';
import { articleContentHash } from '../content-hash.js';
import { articleRow, editsColumn, toArticle, type ArticleRow } from '../rows.js';
import { withoutRemoved } from '../same-issue.js';
import type { ArticleEdits, ArticleFilter, ArticlePatch, ArticleRepository, StoredArticle } from '../types.js';
import { indexPlace } from '../web-place.js';
import { holdPrintingNow } from './drafts.js';
import type { SqliteEnrichment } from './enrichment.js';
import type { SqliteGate } from './gate.js';
import type { SearchIndexWriter } from './search-index.js';

/** The schema step for editors' changes to an article (summary, tags, a section chosen by hand), as JSON. */
export const ARTICLE_EDITS_SCHEMA = `ALTER TABLE articles ADD COLUMN edits TEXT CHECK (edits IS NULL OR json_valid(edits));`;

/** The stored articles of the SQLite store (bulletin and web articles alike). */
export class SqliteArticles implements ArticleRepository {
  constructor(
    private readonly db: Database.Database,
    private readonly gate: SqliteGate,
    private readonly index: SearchIndexWriter,
    private readonly understanding: SqliteEnrichment,
  ) {}

  async list(filter: ArticleFilter = {}): Promise<StoredArticle[]> {
    const where: string[] = [];
    if (filter.issueId !== undefined) where.push('issue_id = @issueId');
    if (filter.issueIds !== undefined) where.push('issue_id IN (SELECT value FROM json_each(@issueIds))');
    if (filter.sourceId !== undefined) where.push('source_id = @sourceId');
    if (filter.section !== undefined) where.push('section = @section');
    if (filter.webDays !== undefined) where.push('issue_id IS NULL AND substr(coalesce(published_at, fetched_at), 1, 10) BETWEEN @webFrom AND @webTo');
    // Bulletin articles in issue and printed order, then web articles in the order they were fetched.
    const sql = `SELECT * FROM articles ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
                 ORDER BY issue_id IS NULL, issue_id, ordinal, fetched_at, id LIMIT @limit OFFSET @offset`;
    const params = {
      issueId: filter.issueId, issueIds: filter.issueIds && JSON.stringify(filter.issueIds), sourceId: filter.sourceId, section: filter.section,
      webFrom: filter.webDays?.from, webTo: filter.webDays?.to, limit: filter.limit ?? -1, offset: filter.offset ?? 0,
    };
    return this.gate.run(() => this.db.prepare<Record<string, unknown>, ArticleRow>(sql).all(params).map(toArticle));
  }

  async get(id: number): Promise<StoredArticle | null> {
    return this.gate.run(() => this.getNow(id));
  }

  async getMany(ids: number[]): Promise<Map<number, StoredArticle>> {
    return this.gate.run(() => {
      const found = new Map<number, StoredArticle>();
      for (const id of ids) {
        const article = this.getNow(id);
        if (article) found.set(id, article);
      }
      return found;
    });
  }

  async setFacts(articleId: number, facts: ArticleFacts): Promise<void> {
    await this.gate.write(() => {
      if (!this.db.prepare('SELECT 1 FROM articles WHERE id = ?').get(articleId)) {
        throw notFound(`article ${articleId}`, '库中没有这篇文章 (no such article in this store)');
      }
      this.index.setFacts(articleId, facts);
    });
  }

  async update(articleId: number, patch: ArticlePatch): Promise<StoredArticle> {
    return this.gate.write(() => {
      const before = this.getNow(articleId);
      if (!before) throw notFound(`article ${articleId}`, '库中没有这篇文章 (no such article in this store)');
      const { edits, ...text } = patch;
      const next = { ...before, ...text };
      this.db
        .prepare('UPDATE articles SET title = ?, section = ?, body = ?, content_hash = ?, edits = ? WHERE id = ?')
        .run(next.title, next.section, next.body, articleContentHash(next), editsColumn(edits === undefined ? before.edits : edits), articleId);
      this.indexNow(next);
      return this.getNow(articleId)!;
    });
  }

  async insertAfter(afterId: number, article: Article & { edits?: ArticleEdits }, asId?: number): Promise<StoredArticle> {
    return this.gate.write(() => {
      const after = this.getNow(afterId);
      if (!after) throw notFound(`article ${afterId}`, '库中没有这篇文章 (no such article in this store)');
      if (after.issueId === null) throw invalidInput(`article ${afterId}`, '网页文章不属于任何一期，无法在其后插入 (a web article is in no issue to insert into)');
      if (asId !== undefined && this.getNow(asId)) throw conflict(`article ${asId}`, '已有另一篇文章使用这个编号 (another article has this id)');
      // Through negative ordinals, so (issue, ordinal) stays unique at every row of the two updates.
      this.db.prepare('UPDATE articles SET ordinal = -ordinal - 2 WHERE issue_id = ? AND ordinal > ?').run(after.issueId, after.ordinal);
      this.db.prepare('UPDATE articles SET ordinal = -ordinal - 1 WHERE issue_id = ? AND ordinal < 0').run(after.issueId);
      const row = { ...articleRow(after.issueId, after.ordinal + 1, article), edits: editsColumn(article.edits), id: asId ?? null };
      const id = Number(
        this.db
          .prepare(
            `INSERT INTO articles (id, issue_id, ordinal, section, title, title_as_printed, byline, subheads, body, captions,
                                   page, line_start, line_end, content_hash, edits)
             VALUES (@id, @issue_id, @ordinal, @section, @title, @title_as_printed, @byline, @subheads, @body, @captions,
                     @page, @line_start, @line_end, @content_hash, @edits)`,
          )
          .run(row).lastInsertRowid,
      );
      const stored = this.getNow(id)!;
      this.indexNow(stored);
      return stored;
    });
  }

  async remove(articleId: number): Promise<StoredArticle | null> {
    return this.gate.write(() => {
      const article = this.getNow(articleId);
      if (!article) return null;
      holdPrintingNow(this.db, [articleId]);
      this.understanding.uncountArticle(articleId);
      const groups = this.understanding.groupsOfNow([articleId]);
      this.db.prepare('DELETE FROM issue_entries WHERE article_id = ?').run(articleId);
      const update = this.db.prepare('UPDATE issue_entries SET entry = ? WHERE draft_id = ? AND ordinal = ?');
      const entries = this.db
        .prepare<[], { draft_id: number; ordinal: number; entry: string }>("SELECT draft_id, ordinal, entry FROM issue_entries WHERE json_array_length(entry, '$.alsoSeen') > 0")
        .all();
      for (const e of entries) {
        const changed = withoutRemoved(JSON.parse(e.entry) as Entry, new Set([articleId]));
        if (changed) update.run(JSON.stringify(changed), e.draft_id, e.ordinal);
      }
      // Cascades to enrichment, fingerprints, groups, tags, entities, search rows and triage; FTS5 rows by trigger.
      this.db.prepare('DELETE FROM articles WHERE id = ?').run(articleId);
      // The group it may have held together is placed again without it.
      this.understanding.splitGroupsNow(groups);
      return article;
    });
  }

  private getNow(id: number): StoredArticle | null {
    const row = this.db.prepare<[number], ArticleRow>('SELECT * FROM articles WHERE id = ?').get(id);
    return row ? toArticle(row) : null;
  }

  /** Writes the article's search rows again: its text, section, and its issue's (or page's) date and source. */
  private indexNow(a: StoredArticle): void {
    const issue = a.issueId === null ? undefined : this.db
      .prepare<[number], { issue_date: string | null; publication: string | null; path: string }>(
        'SELECT i.issue_date, i.publication, f.path FROM issues i JOIN source_files f ON f.id = i.source_file_id WHERE i.id = ?',
      )
      .get(a.issueId);
    const sourceId = a.web?.sourceId ?? null;
    const source = sourceId === null ? undefined : this.db.prepare<[number], { name: string | null }>('SELECT name FROM sources WHERE id = ?').get(sourceId);
    this.index.index([{ id: a.id, article: a, ...indexPlace(a, issue, source?.name ?? null) }]);
  }
}

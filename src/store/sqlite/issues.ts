import type Database from 'better-sqlite3';
import type { Entry } from '../../compose/types.js';
import { articleFacts } from '../../search/facts.js';
import type { PreparedIndexText } from '../../search/index-text.js';
import type { ArticleFacts } from '../../search/types.js';
import type { Article, Bulletin } from '../../types.js';
import type { Understand } from '../enrichment-types.js';
import { conflict } from '../../core/errors.js';
import { articleRow, editsColumn, importedResult, messagesColumn, toArticle, toIssue, unchangedResult, type ArticleRow, type IssueRow } from '../rows.js';
import { findSameIssue, importIssue, withoutRemoved, type SameIssuePolicy } from '../same-issue.js';
import type { ImportResult, IssueMeta, IssuePeriod, IssueRepository, IssueSummary, SourceMeta, StoredArticle } from '../types.js';
import { holdPrintingNow } from './drafts.js';
import type { SqliteEnrichment } from './enrichment.js';
import type { SqliteGate } from './gate.js';
import type { IndexedArticle, SearchIndexWriter } from './search-index.js';
import { issueCredit } from '../credit.js';

const ISSUE_SELECT = `
  SELECT i.id, i.publication, i.issue_date, i.sections, i.warnings,
         (SELECT count(*) FROM articles a WHERE a.issue_id = i.id) AS article_count,
         f.path, f.sha256, f.bytes, f.encoding, f.kind, f.imported_at
    FROM issues i JOIN source_files f ON f.id = i.source_file_id`;

/** The imported issues of the SQLite store; statements are prepared once. */
export class SqliteIssues implements IssueRepository {
  private readonly issueBySha: Database.Statement<[string], IssueRow>;
  private readonly issueById: Database.Statement<[number], IssueRow>;
  private readonly insertSource: Database.Statement;
  private readonly insertIssue: Database.Statement;
  private readonly insertArticle: Database.Statement;

  constructor(
    private readonly db: Database.Database,
    private readonly gate: SqliteGate,
    private readonly understanding: SqliteEnrichment,
    private readonly index: SearchIndexWriter,
  ) {
    this.issueBySha = db.prepare(`${ISSUE_SELECT} WHERE f.sha256 = ?`);
    this.issueById = db.prepare(`${ISSUE_SELECT} WHERE i.id = ?`);
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
  }

  async import(source: SourceMeta, bulletin: Bulletin, understand?: Understand, sameIssue: SameIssuePolicy = 'keep-both'): Promise<ImportResult> {
    return this.gate.transaction(() =>
      importIssue(sameIssue, {
        unchanged: async () => {
          const existing = this.issueBySha.get(source.sha256);
          return existing ? unchangedResult(existing) : null;
        },
        sameIssue: async () => this.sameIssueAs(bulletin),
        stored: async (id) => unchangedResult(this.issueById.get(id)!),
        remove: async (id) => this.removeHeld(id),
        store: async () => this.storeNow(source, bulletin, understand),
      }),
    );
  }

  async remove(issueId: number): Promise<{ issueId: number; articles: number } | null> {
    return this.gate.write(() => this.removeHeld(issueId));
  }

  /** Removes an issue unless a bulletin under sign-off or signed off prints one of its articles (by hand or by `--replace`). */
  private removeHeld(issueId: number): { issueId: number; articles: number } | null {
    holdPrintingNow(this.db, this.db.prepare<[number], { id: number }>('SELECT id FROM articles WHERE issue_id = ?').all(issueId).map((r) => r.id));
    return this.removeNow(issueId);
  }

  async restore(issue: IssueSummary, articles: StoredArticle[]): Promise<{ issueId: number; ids: Map<number, number> }> {
    return this.gate.write(() => {
      const again = this.issueBySha.get(issue.source.sha256);
      if (again) throw conflict(`issue ${issue.id}`, `同一文件已重新导入为第 ${again.id} 期，不能再放回 (the same file is stored again as issue ${again.id})`);
      const { path, sha256, bytes, encoding, kind, importedAt } = issue.source;
      const sourceFileId = this.insertSource.run({ path, sha256, bytes, encoding, kind, importedAt }).lastInsertRowid;
      const free = (table: 'issues' | 'articles', id: number) => !this.db.prepare(`SELECT 1 FROM ${table} WHERE id = ?`).get(id);
      const issueId = Number(
        this.db
          .prepare('INSERT INTO issues (id, source_file_id, publication, issue_date, sections, warnings) VALUES (?, ?, ?, ?, ?, ?)')
          .run(free('issues', issue.id) ? issue.id : null, sourceFileId, issue.publication, issue.issueDate, JSON.stringify(issue.sections), JSON.stringify(issue.messages))
          .lastInsertRowid,
      );
      const insert = this.db.prepare(
        `INSERT INTO articles (id, issue_id, ordinal, section, title, title_as_printed, byline, subheads, body, captions,
                               page, line_start, line_end, content_hash, edits)
         VALUES (@id, @issue_id, @ordinal, @section, @title, @title_as_printed, @byline, @subheads, @body, @captions,
                 @page, @line_start, @line_end, @content_hash, @edits)`,
      );
      const ids = new Map<number, number>();
      const indexed = articles.map((a): IndexedArticle => {
        const row = { ...articleRow(issueId, a.ordinal, a), edits: editsColumn(a.edits), id: free('articles', a.id) ? a.id : null };
        const id = Number(insert.run(row).lastInsertRowid);
        ids.set(a.id, id);
        return { id, article: a, date: issue.issueDate, source: issueCredit(issue.publication, path) };
      });
      // Last in the transaction: see SearchIndexWriter.index.
      this.index.index(indexed);
      return { issueId, ids };
    });
  }

  async get(issueId: number): Promise<IssueSummary | null> {
    return this.gate.run(() => {
      const row = this.issueById.get(issueId);
      return row ? toIssue(row) : null;
    });
  }

  async setMeta(issueId: number, meta: IssueMeta): Promise<IssueSummary | null> {
    return this.gate.write(() => {
      const before = this.issueById.get(issueId);
      if (!before) return null;
      const publication = meta.publication === undefined ? before.publication : meta.publication;
      const issueDate = meta.issueDate === undefined ? before.issue_date : meta.issueDate;
      this.db.prepare('UPDATE issues SET publication = ?, issue_date = ? WHERE id = ?').run(publication, issueDate, issueId);
      const articles = this.db.prepare<[number], ArticleRow>('SELECT * FROM articles WHERE issue_id = ? ORDER BY ordinal').all(issueId).map(toArticle);
      // Last in the transaction: see SearchIndexWriter.index.
      this.index.index(articles.map((a) => ({ id: a.id, article: a, date: issueDate, source: issueCredit(publication, before.path) })));
      return toIssue(this.issueById.get(issueId)!);
    });
  }

  async list(period?: IssuePeriod): Promise<IssueSummary[]> {
    const order = 'ORDER BY i.issue_date DESC NULLS LAST, i.id DESC';
    return this.gate.run(() =>
      (period
        ? this.db.prepare<[string, string], IssueRow>(`${ISSUE_SELECT} WHERE i.issue_date BETWEEN ? AND ? OR i.issue_date IS NULL ${order}`).all(period.from, period.to)
        : this.db.prepare<[], IssueRow>(`${ISSUE_SELECT} ${order}`).all()
      ).map(toIssue),
    );
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
  private removeNow(issueId: number): { issueId: number; articles: number } | null {
    const issue = this.db.prepare<[number], { source_file_id: number }>('SELECT source_file_id FROM issues WHERE id = ?').get(issueId);
    if (!issue) return null;
    const ids = this.db.prepare<[number], { id: number }>('SELECT id FROM articles WHERE issue_id = ?').all(issueId).map((r) => r.id);
    const removed = new Set(ids);
    const groups = this.understanding.groupsOfNow(ids);
    this.understanding.uncountIssue(issueId);
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
    // Groups its articles held together with others are placed again without them.
    this.understanding.splitGroupsNow(groups);
    return { issueId, articles: ids.length };
  }

  /**
   * Inserts file, issue and articles, and with `understand` their enrichment, counted into document frequencies
   * and grouped one by one; the search index last.
   */
  private storeNow(source: SourceMeta, bulletin: Bulletin, understand?: Understand): ImportResult {
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
    const understood = understand?.(this.understanding.contextNow());
    const date = bulletin.issueDate;
    const indexed = bulletin.articles.map((a: Article & ArticleFacts & PreparedIndexText, ordinal): IndexedArticle => {
      const articleId = Number(this.insertArticle.run(articleRow(issueId, ordinal, a)).lastInsertRowid);
      const u = understood?.[ordinal];
      if (u) {
        this.understanding.saveNow(articleId, u);
        this.understanding.group(articleId, u.enrichment.fingerprint);
      }
      this.index.setFacts(articleId, u ? articleFacts(u.enrichment.tags, u.enrichment.entities) : a);
      return { id: articleId, article: a, date, source: issueCredit(bulletin.publication, path) };
    });
    // Last in the transaction: see SearchIndexWriter.index.
    this.index.index(indexed);
    return importedResult(issueId, bulletin);
  }
}

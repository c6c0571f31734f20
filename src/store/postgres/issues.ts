import type { PoolClient } from 'pg';
import type { Entry } from '../../compose/types.js';
import { articleFacts } from '../../search/facts.js';
import type { ArticleFacts } from '../../search/types.js';
import type { Article, Bulletin } from '../../types.js';
import type { ArticleUnderstanding, Understand } from '../enrichment-types.js';
import { conflict } from '../../core/errors.js';
import { articleRow, editsColumn, importedResult, messagesColumn, toArticle, toIssue, unchangedResult, type ArticleRow, type IssueRow } from '../rows.js';
import { findSameIssue, importIssue, withoutRemoved, type SameIssuePolicy } from '../same-issue.js';
import type { ImportResult, IssueMeta, IssuePeriod, IssueRepository, IssueSummary, SourceMeta, StoredArticle } from '../types.js';
import type { PgConnection } from './connection.js';
import { holdPrinting } from './drafts.js';
import type { PostgresEnrichment } from './enrichment.js';
import { indexArticles, insertArticleFacts } from './search-index.js';
import { issueCredit } from '../credit.js';

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

/** The imported issues of the PostgreSQL store; every write is one transaction on one pooled connection. */
export class PostgresIssues implements IssueRepository {
  private readonly query;

  constructor(
    private readonly conn: PgConnection,
    private readonly understanding: PostgresEnrichment,
  ) {
    this.query = conn.query;
  }

  async import(source: SourceMeta, bulletin: Bulletin, understand?: Understand, sameIssue: SameIssuePolicy = 'keep-both'): Promise<ImportResult> {
    return this.conn.transaction(async (tx) => {
      // One importer at a time looks for the same issue, so two reads of one issue cannot both be stored.
      if (sameIssue !== 'keep-both') await this.query("SELECT pg_advisory_xact_lock(hashtext('jianbao.same-issue'))");
      return importIssue(sameIssue, {
        unchanged: async () => {
          const [existing] = await this.query<IssueRow>(`${ISSUE_SELECT} WHERE f.sha256 = $1`, [source.sha256]);
          return existing ? unchangedResult(existing) : null;
        },
        sameIssue: () => this.sameIssueAs(bulletin),
        stored: async (id) => unchangedResult((await this.query<IssueRow>(`${ISSUE_SELECT} WHERE i.id = $1`, [id]))[0]),
        remove: (id) => this.removeHeld(id),
        store: () => this.storeNow(tx, source, bulletin, understand),
      });
    });
  }

  async remove(issueId: number): Promise<{ issueId: number; articles: number } | null> {
    return this.conn.transaction(() => this.removeHeld(issueId));
  }

  /** Removes an issue unless a bulletin under sign-off or signed off prints one of its articles (by hand or by `--replace`). */
  private async removeHeld(issueId: number): Promise<{ issueId: number; articles: number } | null> {
    await holdPrinting(this.query, (await this.query<{ id: number }>('SELECT id FROM articles WHERE issue_id = $1', [issueId])).map((r) => Number(r.id)));
    return this.removeNow(issueId);
  }

  async restore(issue: IssueSummary, articles: StoredArticle[]): Promise<{ issueId: number; ids: Map<number, number> }> {
    return this.conn.transaction(async (tx) => {
      const [again] = await this.query<IssueRow>(`${ISSUE_SELECT} WHERE f.sha256 = $1`, [issue.source.sha256]);
      if (again) throw conflict(`issue ${issue.id}`, `同一文件已重新导入为第 ${again.id} 期，不能再放回 (the same file is stored again as issue ${again.id})`);
      const { path, sha256, bytes, encoding, kind, importedAt } = issue.source;
      const [file] = await this.query<{ id: number }>(
        'INSERT INTO source_files (path, sha256, bytes, encoding, kind, imported_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id',
        [path, sha256, bytes, encoding, kind, importedAt],
      );
      // Its old id where no issue has it (ids from the sequence never come back, but a restore may have taken it).
      const [{ id: issueId }] = await this.query<{ id: number }>(
        `INSERT INTO issues (id, source_file_id, publication, issue_date, sections, warnings) OVERRIDING SYSTEM VALUE
         VALUES (CASE WHEN EXISTS (SELECT 1 FROM issues WHERE id = $1) THEN nextval(pg_get_serial_sequence('issues', 'id')) ELSE $1 END, $2, $3, $4, $5::jsonb, $6::jsonb)
         RETURNING id`,
        [issue.id, file.id, issue.publication, issue.issueDate, JSON.stringify(issue.sections), JSON.stringify(issue.messages)],
      );
      const ids = new Map<number, number>();
      for (const a of articles) {
        const r = articleRow(issueId, a.ordinal, a);
        const [{ id }] = await this.query<{ id: number }>(
          `INSERT INTO articles (id, issue_id, ordinal, section, title, title_as_printed, byline, subheads, body, captions,
                                 page, line_start, line_end, content_hash, edits)
           OVERRIDING SYSTEM VALUE
           VALUES (CASE WHEN EXISTS (SELECT 1 FROM articles WHERE id = $15) THEN nextval(pg_get_serial_sequence('articles', 'id')) ELSE $15 END,
                   $1, $2, $3, $4, $5, $6, $7::jsonb, $8, $9::jsonb, $10, $11, $12, $13, $14::jsonb)
           RETURNING id`,
          [r.issue_id, r.ordinal, r.section, r.title, r.title_as_printed, r.byline, r.subheads, r.body, r.captions, r.page, r.line_start, r.line_end, r.content_hash, editsColumn(a.edits), a.id],
        );
        ids.set(a.id, id);
      }
      await indexArticles(tx, articles.map((a) => ({ id: ids.get(a.id)!, article: a, date: issue.issueDate, source: issueCredit(issue.publication, path) })));
      return { issueId, ids };
    });
  }

  async get(issueId: number): Promise<IssueSummary | null> {
    const [row] = await this.query<IssueRow>(`${ISSUE_SELECT} WHERE i.id = $1`, [issueId]);
    return row ? toIssue(row) : null;
  }

  async setMeta(issueId: number, meta: IssueMeta): Promise<IssueSummary | null> {
    return this.conn.transaction(async (tx) => {
      const [before] = await this.query<IssueRow>(`${ISSUE_SELECT} WHERE i.id = $1`, [issueId]);
      if (!before) return null;
      const publication = meta.publication === undefined ? before.publication : meta.publication;
      const issueDate = meta.issueDate === undefined ? before.issue_date : meta.issueDate;
      await this.query('UPDATE issues SET publication = $1, issue_date = $2 WHERE id = $3', [publication, issueDate, issueId]);
      const articles = (await this.query<ArticleRow>('SELECT * FROM articles WHERE issue_id = $1 ORDER BY ordinal', [issueId])).map(toArticle);
      await indexArticles(tx, articles.map((a) => ({ id: a.id, article: a, date: issueDate, source: issueCredit(publication, before.path) })));
      const [after] = await this.query<IssueRow>(`${ISSUE_SELECT} WHERE i.id = $1`, [issueId]);
      return toIssue(after);
    });
  }

  async list(period?: IssuePeriod): Promise<IssueSummary[]> {
    const order = 'ORDER BY i.issue_date DESC NULLS LAST, i.id DESC';
    const rows = period
      ? await this.query<IssueRow>(`${ISSUE_SELECT} WHERE i.issue_date BETWEEN $1 AND $2 OR i.issue_date IS NULL ${order}`, [period.from, period.to])
      : await this.query<IssueRow>(`${ISSUE_SELECT} ${order}`);
    return rows.map(toIssue);
  }

  /** The stored issue with this bulletin's publication and date and most of its titles, or null. */
  private async sameIssueAs(bulletin: Bulletin): Promise<number | null> {
    const rows = await this.query<{ id: string | number; titles: string[] }>(
      `SELECT i.id, array(SELECT a.title FROM articles a WHERE a.issue_id = i.id ORDER BY a.ordinal) AS titles
         FROM issues i WHERE i.publication IS NOT DISTINCT FROM $1 AND i.issue_date IS NOT DISTINCT FROM $2`,
      [bulletin.publication, bulletin.issueDate],
    );
    return findSameIssue(bulletin.articles.map((a) => a.title), rows.map((r) => ({ id: Number(r.id), titles: r.titles })));
  }

  /**
   * Removes an issue with everything derived: document frequencies of its articles' terms, draft entries printing
   * them and 另见 lines naming them, then the source file row, whose delete cascades to the issue, its articles and
   * their enrichment, fingerprints, groups, tags, entities and search rows. In the caller's transaction.
   */
  private async removeNow(issueId: number): Promise<{ issueId: number; articles: number } | null> {
    const [issue] = await this.query<{ source_file_id: string | number }>('SELECT source_file_id FROM issues WHERE id = $1 FOR UPDATE', [issueId]);
    if (!issue) return null;
    const ids = (await this.query<{ id: string | number }>('SELECT id FROM articles WHERE issue_id = $1', [issueId])).map((r) => Number(r.id));
    const removed = new Set(ids);
    const groups = await this.understanding.groupsOf(ids);
    await this.understanding.uncountIssue(issueId);
    await this.query('DELETE FROM issue_entries WHERE article_id = ANY($1::bigint[])', [ids]);
    const entries = await this.query<{ draft_id: string | number; ordinal: number; entry: string }>(
      "SELECT draft_id, ordinal, entry FROM issue_entries WHERE json_array_length(entry -> 'alsoSeen') > 0",
    );
    for (const e of entries) {
      // The pool hands json over as text (./connection.ts): read as it was, no 另见 line was ever taken out here.
      const changed = withoutRemoved(JSON.parse(e.entry) as Entry, removed);
      if (changed) await this.query('UPDATE issue_entries SET entry = $1 WHERE draft_id = $2 AND ordinal = $3', [JSON.stringify(changed), e.draft_id, e.ordinal]);
    }
    await this.query('DELETE FROM source_files WHERE id = $1', [issue.source_file_id]);
    // Groups its articles held together with others are placed again without them.
    await this.understanding.splitGroups(groups);
    return { issueId, articles: ids.length };
  }

  /**
   * Inserts file, issue and articles. The file row goes in with ON CONFLICT DO NOTHING on its unique sha256: when
   * another importer is storing the same bytes, the insert waits for it to finish and then inserts nothing, and
   * this import reports `unchanged`.
   */
  private async storeNow(tx: PoolClient, source: SourceMeta, bulletin: Bulletin, understand?: Understand): Promise<ImportResult> {
    // Taken before looking the file up, so an importer that waited for another storing the same bytes sees them.
    if (understand) await this.understanding.lock();
    const bySha = async () => (await this.query<IssueRow>(`${ISSUE_SELECT} WHERE f.sha256 = $1`, [source.sha256]))[0];
    const existing = await bySha();
    if (existing) return unchangedResult(existing);
    const { path, sha256, bytes, encoding, kind } = source;
    const [file] = await this.query<{ id: number }>(
      `INSERT INTO source_files (path, sha256, bytes, encoding, kind) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (sha256) DO NOTHING RETURNING id`,
      [path, sha256, bytes, encoding, kind],
    );
    if (!file) return unchangedResult(await bySha());
    const [issue] = await this.query<{ id: number }>(
      `INSERT INTO issues (source_file_id, publication, issue_date, sections, warnings)
       VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [file.id, bulletin.publication, bulletin.issueDate, JSON.stringify(bulletin.sections), messagesColumn(bulletin)],
    );
    const rows = bulletin.articles.map((a, ordinal) => articleRow(issue.id, ordinal, a));
    const inserted = await this.query<{ id: number; ordinal: number }>(INSERT_ARTICLES, [JSON.stringify(rows)]);
    const ids = inserted.sort((a, b) => a.ordinal - b.ordinal).map((r) => r.id);
    const understood = understand ? await this.understand(ids, understand) : [];
    await this.indexIssue(tx, ids, bulletin, understood, issueCredit(bulletin.publication, path));
    return importedResult(issue.id, bulletin);
  }

  /**
   * Enriches a new issue's articles (ids in printed order) against the context as it is inside this import's
   * transaction, stores what that produced, and groups the articles one by one, as the embedded store does.
   */
  private async understand(ids: number[], understand: Understand): Promise<(ArticleUnderstanding | undefined)[]> {
    const understood = understand(await this.understanding.context());
    const items = ids.flatMap((articleId, ordinal) => (understood[ordinal] ? [{ articleId, understanding: understood[ordinal] }] : []));
    await this.understanding.store(items);
    for (const { articleId, understanding: u } of items) await this.understanding.group(articleId, u.enrichment.fingerprint);
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

import type Database from 'better-sqlite3';
import type { Edition, Entry, IssueChange, IssueDraft } from '../../compose/types.js';
import { draftColumns, editionColumns, toDraft, toDraftSummary, toEdition, type DraftRow, type EditionRow } from '../draft-rows.js';
import type { DraftSummary } from '../types.js';
import { staleOrMissing } from './publishing.js';

const DRAFT_SELECT = `SELECT d.*, (SELECT count(*) FROM issue_entries e WHERE e.draft_id = d.id) AS entry_count FROM issue_drafts d`;

/** The composed-issue part of the SQLite store: drafts, entries, edit log and editions over one connection. */
export class SqliteDrafts {
  private readonly saveTx: (draft: IssueDraft, change: IssueChange) => number;

  constructor(private readonly db: Database.Database) {
    const tx = db.transaction((draft: IssueDraft, change: IssueChange) => this.saveInTx(draft, change));
    this.saveTx = (draft, change) => tx.immediate(draft, change);
  }

  saveDraft(draft: IssueDraft, change: IssueChange): number {
    return this.saveTx(draft, change);
  }

  getDraft(id: number): IssueDraft | null {
    const row = this.db.prepare<[number], DraftRow>(`${DRAFT_SELECT} WHERE d.id = ?`).get(id);
    if (!row) return null;
    const entries = this.db
      .prepare<[number], { entry: string }>('SELECT entry FROM issue_entries WHERE draft_id = ? ORDER BY ordinal')
      .all(id)
      .map((r) => JSON.parse(r.entry) as Entry);
    return toDraft(row, entries);
  }

  listDrafts(): DraftSummary[] {
    return this.db
      .prepare<[], DraftRow>(`${DRAFT_SELECT} ORDER BY d.period_to DESC, d.id DESC`)
      .all()
      .map(toDraftSummary);
  }

  listChanges(draftId: number): IssueChange[] {
    return this.db
      .prepare<[number], IssueChange>('SELECT at, who, what, detail FROM issue_changes WHERE draft_id = ? ORDER BY id')
      .all(draftId);
  }

  saveEdition(e: Edition): void {
    this.db
      .prepare(
        `INSERT INTO editions (name, tags, entities, regions, cover_line, sections)
         VALUES (@name, @tags, @entities, @regions, @coverLine, @sections)
         ON CONFLICT (name) DO UPDATE SET tags = excluded.tags, entities = excluded.entities, regions = excluded.regions,
           cover_line = excluded.cover_line, sections = excluded.sections`,
      )
      .run(editionColumns(e));
  }

  getEdition(name: string): Edition | null {
    const row = this.db.prepare<[string], EditionRow>('SELECT * FROM editions WHERE name = ?').get(name);
    return row ? toEdition(row) : null;
  }

  listEditions(): Edition[] {
    return this.db.prepare<[], EditionRow>('SELECT * FROM editions ORDER BY name').all().map(toEdition);
  }

  /** Insert or replace the draft row (only if still at the version the draft carries), rewrite its entries, append the change. */
  private saveInTx(draft: IssueDraft, change: IssueChange): number {
    const row = draftColumns(draft);
    let id = draft.id;
    if (id === 0) {
      id = Number(
        this.db
          .prepare(
            `INSERT INTO issue_drafts (publication, number, edition, period_from, period_to, created_at, cover_line, copyright, highlights, highlights_fixed, sections, trends)
             VALUES (@publication, @number, @edition, @from, @to, @createdAt, @coverLine, @copyright, @highlights, @highlightsFixed, @sections, @trends)`,
          )
          .run(row).lastInsertRowid,
      );
    } else {
      const updated = this.db
        .prepare(
          `UPDATE issue_drafts SET publication = @publication, number = @number, edition = @edition, period_from = @from,
             period_to = @to, cover_line = @coverLine, copyright = @copyright, highlights = @highlights, highlights_fixed = @highlightsFixed, sections = @sections,
             trends = @trends, version = version + 1
           WHERE id = @id AND version = @version`,
        )
        .run({ ...row, id, version: draft.version });
      if (!updated.changes) throw staleOrMissing(this.db, id);
      this.db.prepare('DELETE FROM issue_entries WHERE draft_id = ?').run(id);
    }
    const insert = this.db.prepare(
      'INSERT INTO issue_entries (draft_id, ordinal, section, article_id, entry) VALUES (?, ?, ?, ?, ?)',
    );
    draft.sections
      .flatMap((s) => s.entries)
      .forEach((e, ordinal) => insert.run(id, ordinal, e.section, e.articleId, JSON.stringify(e)));
    this.db
      .prepare('INSERT INTO issue_changes (draft_id, at, who, what, detail) VALUES (?, ?, ?, ?, ?)')
      .run(id, change.at, change.who, change.what, change.detail);
    return id;
  }
}

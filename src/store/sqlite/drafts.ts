import type Database from 'better-sqlite3';
import type { BulletinStatus, Edition, Entry, IssueChange, IssueDraft } from '../../compose/types.js';
import { draftColumns, editionColumns, printedFrozen, toChange, toDraft, toDraftSummary, toEdition, type ChangeRow, type DraftRow, type EditionRow } from '../draft-rows.js';
import type { DraftRepository, DraftSummary } from '../types.js';
import type { SqliteGate } from './gate.js';
import { staleOrMissing } from './publishing.js';

const DRAFT_SELECT = `SELECT d.*, (SELECT count(*) FROM issue_entries e WHERE e.draft_id = d.id) AS entry_count FROM issue_drafts d`;

/** The composed-issue part of the SQLite store: drafts, entries, edit log and editions over one connection. */
export class SqliteDrafts implements DraftRepository {
  constructor(
    private readonly db: Database.Database,
    private readonly gate: SqliteGate,
  ) {}

  async save(draft: IssueDraft, change: IssueChange): Promise<number> {
    return this.gate.write(() => this.saveNow(draft, change));
  }

  async get(id: number): Promise<IssueDraft | null> {
    return this.gate.run(() => this.draft(id));
  }

  async list(): Promise<DraftSummary[]> {
    return this.gate.run(() =>
      this.db.prepare<[], DraftRow>(`${DRAFT_SELECT} ORDER BY d.period_to DESC, d.id DESC`).all().map(toDraftSummary),
    );
  }

  async changes(draftId: number): Promise<IssueChange[]> {
    return this.gate.run(() =>
      this.db.prepare<[number], ChangeRow>('SELECT at, who, what, detail, version, touched FROM issue_changes WHERE draft_id = ? ORDER BY id').all(draftId).map(toChange),
    );
  }

  async saveEdition(e: Edition): Promise<void> {
    await this.gate.write(() =>
      this.db
        .prepare(
          `INSERT INTO editions (name, tags, entities, regions, cover_line, sections)
           VALUES (@name, @tags, @entities, @regions, @coverLine, @sections)
           ON CONFLICT (name) DO UPDATE SET tags = excluded.tags, entities = excluded.entities, regions = excluded.regions,
             cover_line = excluded.cover_line, sections = excluded.sections`,
        )
        .run(editionColumns(e)),
    );
  }

  async getEdition(name: string): Promise<Edition | null> {
    return this.gate.run(() => {
      const row = this.db.prepare<[string], EditionRow>('SELECT * FROM editions WHERE name = ?').get(name);
      return row ? toEdition(row) : null;
    });
  }

  async listEditions(): Promise<Edition[]> {
    return this.gate.run(() => this.db.prepare<[], EditionRow>('SELECT * FROM editions ORDER BY name').all().map(toEdition));
  }

  private draft(id: number): IssueDraft | null {
    const row = this.db.prepare<[number], DraftRow>(`${DRAFT_SELECT} WHERE d.id = ?`).get(id);
    if (!row) return null;
    const entries = this.db
      .prepare<[number], { entry: string }>('SELECT entry FROM issue_entries WHERE draft_id = ? ORDER BY ordinal')
      .all(id)
      .map((r) => JSON.parse(r.entry) as Entry);
    return toDraft(row, entries);
  }

  /** Insert or replace the draft row (only if still at the version the draft carries), rewrite its entries, append the change. */
  private saveNow(draft: IssueDraft, change: IssueChange): number {
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
    logChange(this.db, id, change);
    return id;
  }
}

/** Appends a line to a draft's edit log (inside the write that moved it on), with the version that write left it at. */
export function logChange(db: Database.Database, draftId: number, change: IssueChange): void {
  db.prepare(
    'INSERT INTO issue_changes (draft_id, at, who, what, detail, version, touched) VALUES (?, ?, ?, ?, ?, (SELECT version FROM issue_drafts WHERE id = ?), ?)',
  ).run(draftId, change.at, change.who, change.what, change.detail, draftId, change.touched ? JSON.stringify(change.touched) : null);
}

/**
 * Before articles are removed (inside the caller's write): refuses when a bulletin under sign-off or signed off
 * prints one, and moves the drafts printing them to a new version, so an editor's page at the old one is told
 * the bulletin changed instead of saving the removed entries back.
 */
export function holdPrintingNow(db: Database.Database, articleIds: number[]): void {
  const drafts = db
    .prepare<[string], { id: number; status: BulletinStatus; article_id: number }>(
      `SELECT d.id, d.status, min(e.article_id) AS article_id FROM issue_drafts d JOIN issue_entries e ON e.draft_id = d.id
        WHERE e.article_id IN (SELECT value FROM json_each(?)) GROUP BY d.id ORDER BY d.id`,
    )
    .all(JSON.stringify(articleIds));
  const frozen = drafts.find((d) => d.status !== 'draft');
  if (frozen) throw printedFrozen(frozen.article_id, frozen.id, frozen.status);
  const bump = db.prepare('UPDATE issue_drafts SET version = version + 1 WHERE id = ?');
  for (const d of drafts) bump.run(d.id);
}

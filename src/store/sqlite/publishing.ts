import type Database from 'better-sqlite3';
import type { BulletinStatus } from '../../compose/types.js';
import { StaleDraftError, type Publishing, type StatusChange } from '../publishing-types.js';
import { logChange } from './drafts.js';
import type { SqliteGate } from './gate.js';

/**
 * The schema step for the editing workflow: each composed issue's version (compare-and-set on every save) and
 * status, whether 本期要点 were written by hand, and the files rendered at sign-off. Existing drafts start at
 * version 1 as drafts.
 */
export const PUBLISHING_SCHEMA = `
  ALTER TABLE issue_drafts ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
  ALTER TABLE issue_drafts ADD COLUMN status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'submitted', 'published'));
  ALTER TABLE issue_drafts ADD COLUMN highlights_fixed INTEGER NOT NULL DEFAULT 0;
  CREATE TABLE issue_files (
    draft_id INTEGER NOT NULL REFERENCES issue_drafts (id) ON DELETE CASCADE,
    format   TEXT    NOT NULL,
    bytes    BLOB    NOT NULL,
    PRIMARY KEY (draft_id, format)
  );
`;

/** Status moves and kept files of the SQLite store. */
export class SqlitePublishing implements Publishing {
  constructor(
    private readonly db: Database.Database,
    private readonly gate: SqliteGate,
  ) {}

  async transition(move: StatusChange): Promise<number> {
    return this.gate.write(() => this.moveInTx(move));
  }

  async file(draftId: number, format: string): Promise<Uint8Array | null> {
    const row = await this.gate.run(() =>
      this.db.prepare<[number, string], { bytes: Buffer }>('SELECT bytes FROM issue_files WHERE draft_id = ? AND format = ?').get(draftId, format),
    );
    return row ? new Uint8Array(row.bytes) : null;
  }

  async files(draftId: number): Promise<{ format: string; bytes: number }[]> {
    return this.gate.run(() =>
      this.db
        .prepare<[number], { format: string; bytes: number }>('SELECT format, length(bytes) AS bytes FROM issue_files WHERE draft_id = ? ORDER BY format')
        .all(draftId),
    );
  }

  private moveInTx(m: StatusChange): number {
    const moved = this.db
      .prepare('UPDATE issue_drafts SET status = ?, version = version + 1 WHERE id = ? AND version = ? AND status = ?')
      .run(m.to, m.draftId, m.version, m.from);
    if (!moved.changes) throw staleOrMissing(this.db, m.draftId);
    logChange(this.db, m.draftId, m.change);
    if (m.files) {
      this.db.prepare('DELETE FROM issue_files WHERE draft_id = ?').run(m.draftId);
      const insert = this.db.prepare('INSERT INTO issue_files (draft_id, format, bytes) VALUES (?, ?, ?)');
      for (const f of m.files) insert.run(m.draftId, f.format, Buffer.from(f.bytes));
    }
    return m.version + 1;
  }
}

/** Why a compare-and-set on an issue changed nothing: it moved on (StaleDraftError), or it does not exist. */
export function staleOrMissing(db: Database.Database, draftId: number): Error {
  const now = db.prepare<[number], { version: number; status: BulletinStatus }>('SELECT version, status FROM issue_drafts WHERE id = ?').get(draftId);
  return now ? new StaleDraftError(draftId, now.version, now.status) : new Error(`issue ${draftId}: 没有这一期 (no such issue)`);
}

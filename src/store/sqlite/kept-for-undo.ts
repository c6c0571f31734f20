import type Database from 'better-sqlite3';
import type { IssueChange, IssueDraft } from '../../compose/types.js';
import type { DraftVersion, DraftVersionStore, RedoVersion, RemovedIssueStore } from '../kept-types.js';
import type { SqliteGate } from './gate.js';

/** The schema step that keeps what undo needs: removed issues' snapshots and bulletins' earlier versions. */
export const KEPT_FOR_UNDO_SCHEMA = `
  CREATE TABLE removed_issues (
    issue_id   INTEGER PRIMARY KEY,
    removed_at TEXT NOT NULL,
    removed_by TEXT NOT NULL,
    snapshot   TEXT NOT NULL CHECK (json_valid(snapshot))
  );
  CREATE INDEX removed_issues_by_time ON removed_issues (removed_at);
  CREATE TABLE draft_versions (
    draft_id      INTEGER NOT NULL REFERENCES issue_drafts (id) ON DELETE CASCADE,
    version       INTEGER NOT NULL,
    after_version INTEGER NOT NULL,
    change        TEXT    NOT NULL CHECK (json_valid(change)),
    draft         TEXT    NOT NULL CHECK (json_valid(draft)),
    undone        INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (draft_id, version)
  );
`;

/** The schema step that keeps, with an undone version, the draft its undo replaced (重做, redo). */
export const REDO_SCHEMA = `
  ALTER TABLE draft_versions ADD COLUMN redo TEXT CHECK (redo IS NULL OR json_valid(redo));
  ALTER TABLE draft_versions ADD COLUMN redo_at INTEGER;
`;

/** Removed issues' snapshots in the SQLite store. */
export class SqliteRemovedIssues implements RemovedIssueStore {
  constructor(
    private readonly db: Database.Database,
    private readonly gate: SqliteGate,
  ) {}

  async keep(issueId: number, at: string, by: string, snapshot: unknown): Promise<void> {
    await this.gate.write(() =>
      this.db.prepare('INSERT OR REPLACE INTO removed_issues (issue_id, removed_at, removed_by, snapshot) VALUES (?, ?, ?, ?)').run(issueId, at, by, JSON.stringify(snapshot)),
    );
  }

  async get(issueId: number): Promise<unknown> {
    const row = await this.gate.run(() => this.db.prepare<[number], { snapshot: string }>('SELECT snapshot FROM removed_issues WHERE issue_id = ?').get(issueId));
    return row ? JSON.parse(row.snapshot) : null;
  }

  async drop(issueId: number): Promise<void> {
    await this.gate.write(() => this.db.prepare('DELETE FROM removed_issues WHERE issue_id = ?').run(issueId));
  }

  async purge(before: string): Promise<number> {
    return this.gate.write(() => this.db.prepare('DELETE FROM removed_issues WHERE removed_at < ?').run(before).changes);
  }
}

type VersionRow = { draft_id: number; version: number; after_version: number; change: string; draft: string; redo: string | null; redo_at: number | null };

/** Bulletins' earlier versions in the SQLite store. */
export class SqliteDraftVersions implements DraftVersionStore {
  constructor(
    private readonly db: Database.Database,
    private readonly gate: SqliteGate,
  ) {}

  async keep(v: DraftVersion, limit: number): Promise<void> {
    await this.gate.write(() => {
      this.db.prepare('DELETE FROM draft_versions WHERE draft_id = ? AND undone = 1').run(v.draftId);
      this.db
        .prepare('INSERT OR REPLACE INTO draft_versions (draft_id, version, after_version, change, draft) VALUES (?, ?, ?, ?, ?)')
        .run(v.draftId, v.version, v.afterVersion, JSON.stringify(v.change), JSON.stringify(v.draft));
      this.db
        .prepare('DELETE FROM draft_versions WHERE draft_id = ? AND version NOT IN (SELECT version FROM draft_versions WHERE draft_id = ? ORDER BY version DESC LIMIT ?)')
        .run(v.draftId, v.draftId, limit);
    });
  }

  async last(draftId: number): Promise<DraftVersion | null> {
    const row = await this.gate.run(() =>
      this.db.prepare<[number], VersionRow>('SELECT * FROM draft_versions WHERE draft_id = ? AND undone = 0 ORDER BY version DESC LIMIT 1').get(draftId),
    );
    return row ? toVersion(row) : null;
  }

  async undone(draftId: number, version: number, standsAt: number, redo: IssueDraft): Promise<void> {
    await this.gate.write(() => {
      this.db
        .prepare('UPDATE draft_versions SET undone = 1, redo = ?, redo_at = ? WHERE draft_id = ? AND version = ?')
        .run(JSON.stringify(redo), standsAt, draftId, version);
      this.db
        .prepare(
          `UPDATE draft_versions SET after_version = ? WHERE draft_id = ? AND version =
             (SELECT max(version) FROM draft_versions WHERE draft_id = ? AND undone = 0 AND version < ?)`,
        )
        .run(standsAt, draftId, draftId, version);
    });
  }

  async nextRedo(draftId: number): Promise<RedoVersion | null> {
    const row = await this.gate.run(() =>
      this.db.prepare<[number], VersionRow>('SELECT * FROM draft_versions WHERE draft_id = ? AND undone = 1 ORDER BY version LIMIT 1').get(draftId),
    );
    return row ? toRedo(row) : null;
  }

  async redone(draftId: number, version: number, standsAt: number): Promise<void> {
    await this.gate.write(() => {
      this.db
        .prepare('UPDATE draft_versions SET undone = 0, after_version = ?, redo = NULL, redo_at = NULL WHERE draft_id = ? AND version = ?')
        .run(standsAt, draftId, version);
      this.db
        .prepare(
          `UPDATE draft_versions SET redo_at = ? WHERE draft_id = ? AND version =
             (SELECT min(version) FROM draft_versions WHERE draft_id = ? AND undone = 1 AND version > ?)`,
        )
        .run(standsAt, draftId, draftId, version);
    });
  }
}

function toVersion(r: VersionRow): DraftVersion {
  return { draftId: r.draft_id, version: r.version, afterVersion: r.after_version, change: JSON.parse(r.change) as IssueChange, draft: JSON.parse(r.draft) as IssueDraft };
}

function toRedo(r: VersionRow): RedoVersion | null {
  return r.redo === null || r.redo_at === null ? null : { ...toVersion(r), redo: JSON.parse(r.redo) as IssueDraft, redoAt: r.redo_at };
}

import type { IssueChange, IssueDraft } from '../../compose/types.js';
import type { DraftVersion, DraftVersionStore, RedoVersion, RemovedIssueStore } from '../kept-types.js';
import type { Query } from './connection.js';

/** The schema step that keeps what undo needs: removed issues' snapshots and bulletins' earlier versions. */
export const KEPT_FOR_UNDO_SCHEMA = `
  CREATE TABLE removed_issues (
    issue_id   bigint PRIMARY KEY,
    removed_at timestamptz NOT NULL,
    removed_by text NOT NULL,
    snapshot   jsonb NOT NULL
  );
  CREATE INDEX removed_issues_by_time ON removed_issues (removed_at);
  CREATE TABLE draft_versions (
    draft_id      bigint  NOT NULL REFERENCES issue_drafts (id) ON DELETE CASCADE,
    version       integer NOT NULL,
    after_version integer NOT NULL,
    change        jsonb   NOT NULL,
    draft         jsonb   NOT NULL,
    undone        boolean NOT NULL DEFAULT false,
    PRIMARY KEY (draft_id, version)
  );
`;

/** The schema step that keeps, with an undone version, the draft its undo replaced (重做, redo). */
export const REDO_SCHEMA = `
  ALTER TABLE draft_versions ADD COLUMN redo jsonb, ADD COLUMN redo_at integer;
`;

/** Removed issues' snapshots in the PostgreSQL store (jsonb comes back as text: ./connection.ts). */
export class PostgresRemovedIssues implements RemovedIssueStore {
  constructor(private readonly query: Query) {}

  async keep(issueId: number, at: string, by: string, snapshot: unknown): Promise<void> {
    await this.query(
      `INSERT INTO removed_issues (issue_id, removed_at, removed_by, snapshot) VALUES ($1, $2, $3, $4::jsonb)
       ON CONFLICT (issue_id) DO UPDATE SET removed_at = excluded.removed_at, removed_by = excluded.removed_by, snapshot = excluded.snapshot`,
      [issueId, at, by, JSON.stringify(snapshot)],
    );
  }

  async get(issueId: number): Promise<unknown> {
    const [row] = await this.query<{ snapshot: string }>('SELECT snapshot FROM removed_issues WHERE issue_id = $1', [issueId]);
    return row ? parsed(row.snapshot) : null;
  }

  async drop(issueId: number): Promise<void> {
    await this.query('DELETE FROM removed_issues WHERE issue_id = $1', [issueId]);
  }

  async purge(before: string): Promise<number> {
    return (await this.query('DELETE FROM removed_issues WHERE removed_at < $1 RETURNING issue_id', [before])).length;
  }
}

type VersionRow = {
  draft_id: string | number; version: number; after_version: number; change: string; draft: string; redo: string | null; redo_at: number | null;
};

/** Bulletins' earlier versions in the PostgreSQL store. */
export class PostgresDraftVersions implements DraftVersionStore {
  constructor(private readonly query: Query) {}

  async keep(v: DraftVersion, limit: number): Promise<void> {
    await this.query('DELETE FROM draft_versions WHERE draft_id = $1 AND undone', [v.draftId]);
    await this.query(
      `INSERT INTO draft_versions (draft_id, version, after_version, change, draft) VALUES ($1, $2, $3, $4::jsonb, $5::jsonb)
       ON CONFLICT (draft_id, version) DO UPDATE SET after_version = excluded.after_version, change = excluded.change, draft = excluded.draft, undone = false`,
      [v.draftId, v.version, v.afterVersion, JSON.stringify(v.change), JSON.stringify(v.draft)],
    );
    await this.query(
      'DELETE FROM draft_versions WHERE draft_id = $1 AND version NOT IN (SELECT version FROM draft_versions WHERE draft_id = $1 ORDER BY version DESC LIMIT $2)',
      [v.draftId, limit],
    );
  }

  async last(draftId: number): Promise<DraftVersion | null> {
    const [row] = await this.query<VersionRow>('SELECT * FROM draft_versions WHERE draft_id = $1 AND NOT undone ORDER BY version DESC LIMIT 1', [draftId]);
    return row ? toVersion(row) : null;
  }

  async undone(draftId: number, version: number, standsAt: number, redo: IssueDraft): Promise<void> {
    await this.query('UPDATE draft_versions SET undone = true, redo = $3::jsonb, redo_at = $4 WHERE draft_id = $1 AND version = $2', [
      draftId, version, JSON.stringify(redo), standsAt,
    ]);
    await this.query(
      `UPDATE draft_versions SET after_version = $1 WHERE draft_id = $2 AND version =
         (SELECT max(version) FROM draft_versions WHERE draft_id = $2 AND NOT undone AND version < $3)`,
      [standsAt, draftId, version],
    );
  }

  async nextRedo(draftId: number): Promise<RedoVersion | null> {
    const [row] = await this.query<VersionRow>('SELECT * FROM draft_versions WHERE draft_id = $1 AND undone ORDER BY version LIMIT 1', [draftId]);
    return row ? toRedo(row) : null;
  }

  async redone(draftId: number, version: number, standsAt: number): Promise<void> {
    await this.query('UPDATE draft_versions SET undone = false, after_version = $3, redo = NULL, redo_at = NULL WHERE draft_id = $1 AND version = $2', [
      draftId, version, standsAt,
    ]);
    await this.query(
      `UPDATE draft_versions SET redo_at = $1 WHERE draft_id = $2 AND version =
         (SELECT min(version) FROM draft_versions WHERE draft_id = $2 AND undone AND version > $3)`,
      [standsAt, draftId, version],
    );
  }
}

/** jsonb as the pool gives it (text), or already parsed. */
function parsed(v: unknown): unknown {
  return typeof v === 'string' ? JSON.parse(v) : v;
}

function toVersion(r: VersionRow): DraftVersion {
  return {
    draftId: Number(r.draft_id), version: r.version, afterVersion: r.after_version,
    change: parsed(r.change) as IssueChange, draft: parsed(r.draft) as IssueDraft,
  };
}

function toRedo(r: VersionRow): RedoVersion | null {
  return r.redo === null || r.redo_at === null ? null : { ...toVersion(r), redo: parsed(r.redo) as IssueDraft, redoAt: r.redo_at };
}

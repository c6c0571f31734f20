import type { Publishing, StatusChange } from '../publishing-types.js';
import type { PgConnection } from './connection.js';
import { logChange, staleOrMissing } from './drafts.js';

/**
 * The schema step for the editing workflow, as the embedded store has it (../sqlite/publishing.ts): each composed
 * issue's version and status, whether 本期要点 were written by hand, and the files rendered at sign-off.
 */
export const PUBLISHING_SCHEMA = `
  ALTER TABLE issue_drafts ADD COLUMN version integer NOT NULL DEFAULT 1;
  ALTER TABLE issue_drafts ADD COLUMN status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'submitted', 'published'));
  ALTER TABLE issue_drafts ADD COLUMN highlights_fixed boolean NOT NULL DEFAULT false;
  CREATE TABLE issue_files (
    draft_id bigint NOT NULL REFERENCES issue_drafts (id) ON DELETE CASCADE,
    format   text   NOT NULL,
    bytes    bytea  NOT NULL,
    PRIMARY KEY (draft_id, format)
  );
`;

/** Status moves and kept files of the PostgreSQL store. */
export class PostgresPublishing implements Publishing {
  private readonly query;

  constructor(private readonly conn: PgConnection) {
    this.query = conn.query;
  }

  async transition(m: StatusChange): Promise<number> {
    return this.conn.transaction(async () => {
      const q = this.query;
      const moved = await q(
        'UPDATE issue_drafts SET status = $1, version = version + 1 WHERE id = $2 AND version = $3 AND status = $4 RETURNING id',
        [m.to, m.draftId, m.version, m.from],
      );
      if (!moved.length) throw await staleOrMissing(q, m.draftId);
      await logChange(q, m.draftId, m.change);
      if (m.files) {
        await q('DELETE FROM issue_files WHERE draft_id = $1', [m.draftId]);
        for (const f of m.files) await q('INSERT INTO issue_files (draft_id, format, bytes) VALUES ($1, $2, $3)', [m.draftId, f.format, Buffer.from(f.bytes)]);
      }
      return m.version + 1;
    });
  }

  async file(draftId: number, format: string): Promise<Uint8Array | null> {
    const [row] = await this.query<{ bytes: Buffer }>('SELECT bytes FROM issue_files WHERE draft_id = $1 AND format = $2', [draftId, format]);
    return row ? new Uint8Array(row.bytes) : null;
  }

  async files(draftId: number): Promise<{ format: string; bytes: number }[]> {
    const rows = await this.query<{ format: string; bytes: number }>(
      'SELECT format, octet_length(bytes) AS bytes FROM issue_files WHERE draft_id = $1 ORDER BY format',
      [draftId],
    );
    return rows.map((r) => ({ format: r.format, bytes: Number(r.bytes) }));
  }
}

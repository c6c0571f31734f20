import type { Edition, Entry, IssueChange, IssueDraft } from '../../compose/types.js';
import { draftColumns, editionColumns, printedFrozen, toChange, toDraft, toDraftSummary, toEdition, type ChangeRow, type DraftRow, type EditionRow } from '../draft-rows.js';
import type { DraftRepository, DraftSummary } from '../types.js';
import { StaleDraftError } from '../publishing-types.js';
import type { BulletinStatus } from '../../compose/types.js';
import type { PgConnection, Query } from './connection.js';

const DRAFT_SELECT = `SELECT d.*, (SELECT count(*) FROM issue_entries e WHERE e.draft_id = d.id) AS entry_count FROM issue_drafts d`;

/** The composed-issue part of the PostgreSQL store: drafts, entries, edit log and editions. */
export class PostgresDrafts implements DraftRepository {
  private readonly query;

  constructor(private readonly conn: PgConnection) {
    this.query = conn.query;
  }

  async get(id: number): Promise<IssueDraft | null> {
    const [row] = await this.query<DraftRow>(`${DRAFT_SELECT} WHERE d.id = $1`, [id]);
    if (!row) return null;
    const entries = await this.query<{ entry: string }>('SELECT entry FROM issue_entries WHERE draft_id = $1 ORDER BY ordinal', [id]);
    return toDraft(row, entries.map((r) => JSON.parse(r.entry) as Entry));
  }

  async list(): Promise<DraftSummary[]> {
    return (await this.query<DraftRow>(`${DRAFT_SELECT} ORDER BY d.period_to DESC, d.id DESC`)).map(toDraftSummary);
  }

  async changes(draftId: number): Promise<IssueChange[]> {
    return (await this.query<ChangeRow>('SELECT at, who, what, detail, version, touched FROM issue_changes WHERE draft_id = $1 ORDER BY id', [draftId])).map(toChange);
  }

  async saveEdition(e: Edition): Promise<void> {
    const c = editionColumns(e);
    await this.query(
      `INSERT INTO editions (name, tags, entities, regions, cover_line, sections) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (name) DO UPDATE SET tags = excluded.tags, entities = excluded.entities, regions = excluded.regions,
         cover_line = excluded.cover_line, sections = excluded.sections`,
      [c.name, c.tags, c.entities, c.regions, c.coverLine, c.sections],
    );
  }

  async getEdition(name: string): Promise<Edition | null> {
    const [row] = await this.query<EditionRow>('SELECT * FROM editions WHERE name = $1', [name]);
    return row ? toEdition(row) : null;
  }

  async listEditions(): Promise<Edition[]> {
    return (await this.query<EditionRow>('SELECT * FROM editions ORDER BY name')).map(toEdition);
  }

  async save(draft: IssueDraft, change: IssueChange): Promise<number> {
    return this.conn.transaction(() => this.saveNow(draft, change));
  }

  /**
   * Inserts or replaces the draft row (only if still at the version the draft carries), rewrites its entries,
   * appends the change. The row lock makes a concurrent save wait, then find the version moved.
   */
  private async saveNow(draft: IssueDraft, change: IssueChange): Promise<number> {
    const c = draftColumns(draft);
    const values = [c.publication, c.number, c.edition, c.from, c.to, c.coverLine, c.copyright, c.highlights, c.sections, c.trends, c.highlightsFixed === 1];
    let id = draft.id;
    if (id === 0) {
      const [row] = await this.query<{ id: number }>(
        `INSERT INTO issue_drafts (publication, number, edition, period_from, period_to, cover_line, copyright, highlights, sections, trends, highlights_fixed, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
        [...values, c.createdAt],
      );
      id = row.id;
    } else {
      const updated = await this.query<{ id: number }>(
        `UPDATE issue_drafts SET publication = $1, number = $2, edition = $3, period_from = $4, period_to = $5,
           cover_line = $6, copyright = $7, highlights = $8, sections = $9, trends = $10, highlights_fixed = $11, version = version + 1
         WHERE id = $12 AND version = $13 RETURNING id`,
        [...values, id, draft.version],
      );
      if (!updated.length) throw await staleOrMissing(this.query, id);
      await this.query('DELETE FROM issue_entries WHERE draft_id = $1', [id]);
    }
    const entries = draft.sections.flatMap((s) => s.entries);
    await this.query(
      `INSERT INTO issue_entries (draft_id, ordinal, section, article_id, entry)
       SELECT $1, ordinal - 1, section, article_id, entry FROM unnest($2::text[], $3::bigint[], $4::json[]) WITH ORDINALITY AS e (section, article_id, entry, ordinal)`,
      [id, entries.map((e) => e.section), entries.map((e) => e.articleId), entries.map((e) => JSON.stringify(e))],
    );
    await logChange(this.query, id, change);
    return id;
  }
}

/** Appends a line to a draft's edit log (inside the write that moved it on), with the version that write left it at. */
export async function logChange(query: Query, draftId: number, change: IssueChange): Promise<void> {
  await query(
    'INSERT INTO issue_changes (draft_id, at, who, what, detail, version, touched) VALUES ($1, $2, $3, $4, $5, (SELECT version FROM issue_drafts WHERE id = $1), $6::jsonb)',
    [draftId, change.at, change.who, change.what, change.detail, change.touched ? JSON.stringify(change.touched) : null],
  );
}

/** Why a compare-and-set on an issue changed nothing: it moved on (StaleDraftError), or it does not exist. */
export async function staleOrMissing(query: Query, draftId: number): Promise<Error> {
  const [now] = await query<{ version: number; status: BulletinStatus }>('SELECT version, status FROM issue_drafts WHERE id = $1', [draftId]);
  return now ? new StaleDraftError(draftId, Number(now.version), now.status) : new Error(`issue ${draftId}: 没有这一期 (no such issue)`);
}

/**
 * Before articles are removed (in the caller's transaction): locks the bulletins printing them, refuses when one
 * is under sign-off or signed off, and moves the others to a new version, so an editor's page at the old one is
 * told the bulletin changed instead of saving the removed entries back. A status move waits for the lock.
 */
export async function holdPrinting(query: Query, articleIds: number[]): Promise<void> {
  const drafts = await query<{ id: number; status: BulletinStatus }>(
    'SELECT id, status FROM issue_drafts WHERE id IN (SELECT draft_id FROM issue_entries WHERE article_id = ANY($1::bigint[])) ORDER BY id FOR UPDATE',
    [articleIds],
  );
  const frozen = drafts.find((d) => d.status !== 'draft');
  if (frozen) {
    const [{ article_id }] = await query<{ article_id: number }>('SELECT article_id FROM issue_entries WHERE draft_id = $1 AND article_id = ANY($2::bigint[]) LIMIT 1', [frozen.id, articleIds]);
    throw printedFrozen(Number(article_id), frozen.id, frozen.status);
  }
  if (drafts.length) await query('UPDATE issue_drafts SET version = version + 1 WHERE id = ANY($1::bigint[])', [drafts.map((d) => d.id)]);
}

import { fromJson, objectMatch, toJson, type AuditEntry, type AuditFilter, type AuditLog } from '../audit-types.js';
import type { Query } from './connection.js';

/** The schema step that adds the audit log. */
export const AUDIT_SCHEMA = `
  CREATE TABLE audit_log (
    id     bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at     timestamptz NOT NULL,
    actor  text NOT NULL,
    role   text NOT NULL,
    action text NOT NULL,
    object text NOT NULL,
    detail text NOT NULL,
    before jsonb,
    after  jsonb
  );
  CREATE INDEX audit_by_actor ON audit_log (actor, id);
  CREATE INDEX audit_by_object ON audit_log (object text_pattern_ops, id);
`;

/** As the pool's type parsers give it: timestamps as ISO text, jsonb as its text. */
type AuditRow = Omit<AuditEntry, 'before' | 'after'> & { before: string | null; after: string | null };

/** The audit log of the PostgreSQL store. */
export class PostgresAudit implements AuditLog {
  constructor(private readonly query: Query) {}

  async record(e: Omit<AuditEntry, 'id'>): Promise<number> {
    const [row] = await this.query<{ id: string }>(
      'INSERT INTO audit_log (at, actor, role, action, object, detail, before, after) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id',
      [e.at, e.actor, e.role, e.action, e.object, e.detail, toJson(e.before), toJson(e.after)],
    );
    return Number(row!.id);
  }

  async list(filter: AuditFilter = {}): Promise<AuditEntry[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (filter.actor !== undefined) (params.push(filter.actor), where.push(`actor = $${params.length}`));
    if (filter.object !== undefined) {
      const m = objectMatch(filter.object);
      if ('exact' in m) (params.push(m.exact), where.push(`object = $${params.length}`));
      else (params.push(m.prefix), where.push(`starts_with(object, $${params.length})`));
    }
    params.push(filter.limit ?? 100, filter.offset ?? 0);
    const rows = await this.query<AuditRow>(
      `SELECT * FROM audit_log ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id DESC LIMIT $${params.length - 1} OFFSET $${params.length}`,
      params,
    );
    return rows.map((r) => ({ ...r, before: fromJson(r.before), after: fromJson(r.after) }));
  }

  async lock(objects: string[]): Promise<void> {
    if (!objects.length) return;
    // Advisory locks per object name, taken in one order by every caller so two lockers never wait on each other.
    await this.query(
      `SELECT pg_advisory_xact_lock(k) FROM (SELECT DISTINCT hashtextextended('jianbao.object ' || o, 0) AS k FROM unnest($1::text[]) o ORDER BY k) s`,
      [objects],
    );
  }
}

import type Database from 'better-sqlite3';
import { fromJson, objectMatch, toJson, type AuditEntry, type AuditFilter, type AuditLog } from '../audit-types.js';
import type { SqliteGate } from './gate.js';

/** The schema step that adds the audit log. */
export const AUDIT_SCHEMA = `
  CREATE TABLE audit_log (
    id     INTEGER PRIMARY KEY,
    at     TEXT NOT NULL,
    actor  TEXT NOT NULL,
    role   TEXT NOT NULL,
    action TEXT NOT NULL,
    object TEXT NOT NULL,
    detail TEXT NOT NULL,
    before TEXT CHECK (before IS NULL OR json_valid(before)),
    after  TEXT CHECK (after IS NULL OR json_valid(after))
  );
  CREATE INDEX audit_by_actor ON audit_log (actor, id);
  CREATE INDEX audit_by_object ON audit_log (object, id);
`;

type AuditRow = Omit<AuditEntry, 'before' | 'after'> & { before: string | null; after: string | null };

/** The audit log of the SQLite store. */
export class SqliteAudit implements AuditLog {
  constructor(
    private readonly db: Database.Database,
    private readonly gate: SqliteGate,
  ) {}

  async record(e: Omit<AuditEntry, 'id'>): Promise<number> {
    const r = await this.gate.write(() =>
      this.db
        .prepare('INSERT INTO audit_log (at, actor, role, action, object, detail, before, after) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
        .run(e.at, e.actor, e.role, e.action, e.object, e.detail, toJson(e.before), toJson(e.after)),
    );
    return Number(r.lastInsertRowid);
  }

  async list(filter: AuditFilter = {}): Promise<AuditEntry[]> {
    const where: string[] = [];
    const params: (string | number)[] = [];
    if (filter.actor !== undefined) (where.push('actor = ?'), params.push(filter.actor));
    if (filter.object !== undefined) {
      const m = objectMatch(filter.object);
      // A prefix range instead of LIKE: object names may hold % and _.
      if ('exact' in m) (where.push('object = ?'), params.push(m.exact));
      else (where.push('object >= ? AND object < ?'), params.push(m.prefix, `${m.prefix}\uffff`));
    }
    const sql = `SELECT * FROM audit_log ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id DESC LIMIT ? OFFSET ?`;
    return this.gate.run(() =>
      this.db
        .prepare<(string | number)[], AuditRow>(sql)
        .all(...params, filter.limit ?? 100, filter.offset ?? 0)
        .map((r) => ({ ...r, before: fromJson(r.before), after: fromJson(r.after) })),
    );
  }

  /** Nothing to take: a write transaction holds the whole file from its start (BEGIN IMMEDIATE), so writers already take turns. */
  async lock(_objects: string[]): Promise<void> {}
}

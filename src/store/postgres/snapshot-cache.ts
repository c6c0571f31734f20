import type { QueryResult } from 'pg';
import { connect, namedError, type PgConnection } from './connection.js';

/** A statement runner that also takes settings (SET LOCAL …) for that statement alone. */
export type SettingsQuery = <R extends object>(sql: string, params?: unknown[], settings?: string) => Promise<R[]>;

/** Statements' answers kept per process: the searches a team repeats (each page's search, its facets, the trend). */
const CAPACITY = 64;

/**
 * Read-only statements answered once per state of the database: each runs in a REPEATABLE READ transaction whose
 * snapshot (`pg_current_snapshot()`: the transactions committed and in progress) is part of the key its rows are
 * kept under. Two transactions with the same snapshot see the same rows, so an answer kept is the answer the
 * statement would give, in any process and behind any web server; a commit that wrote anything, from anywhere,
 * makes a new snapshot and the next ask runs the statement again. Under a load of searches this spares the
 * server its costliest work (ranking and counting the hits) for a search asked again before the next write.
 * Inside a caller's transaction (which may hold its own writes) statements run there, uncached.
 */
export class SnapshotCache {
  private readonly kept = new Map<string, object[]>();

  constructor(private readonly conn: PgConnection) {}

  /**
   * A Query whose statements run with `base` (SET LOCAL …) first, and a statement's own `extra` settings after it,
   * answered from the cache when it can.
   */
  runner(base = ''): SettingsQuery {
    return async <R extends object>(sql: string, params: unknown[] = [], extra = '') => {
      const settings = [base, extra].filter(Boolean).join('; ');
      if (this.conn.inTransaction()) {
        return this.conn.transaction(async (client) => {
          if (settings) await client.query(settings);
          return (await client.query<R>(sql, params)).rows;
        });
      }
      const client = await connect(this.conn.pool, this.conn.name);
      let broken = false;
      try {
        // One round trip opens the transaction, applies the settings and reads the snapshot the statement will see.
        const opened = (await client.query(
          `BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY;${settings ? ` ${settings};` : ''} SELECT pg_current_snapshot()::text AS snapshot`,
        )) as unknown as QueryResult<{ snapshot: string }>[];
        const key = `${opened.at(-1)!.rows[0]!.snapshot}\n${settings}\n${sql}\n${JSON.stringify(params)}`;
        let rows = this.kept.get(key) as R[] | undefined;
        if (rows) this.kept.delete(key);
        else rows = (await client.query<R>(sql, params)).rows;
        // Most recently used last: the first key is the one to forget.
        this.kept.set(key, rows);
        if (this.kept.size > CAPACITY) this.kept.delete(this.kept.keys().next().value!);
        await client.query('COMMIT');
        // A copy: callers may change what they are given.
        return structuredClone(rows);
      } catch (err) {
        await client.query('ROLLBACK').catch(() => (broken = true));
        throw namedError(this.conn.name, err);
      } finally {
        client.release(broken);
      }
    };
  }
}

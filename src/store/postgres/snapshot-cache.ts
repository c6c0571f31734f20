import type { PoolClient, QueryResult } from 'pg';
import { connect, namedError, prepared, type PgConnection } from './connection.js';

/** A statement runner that also takes settings (SET LOCAL …) for that statement alone. */
export type SettingsQuery = <R extends object>(sql: string, params?: unknown[], settings?: string) => Promise<R[]>;

/** A statement for SnapshotCache.together: its text, parameters and own settings (SET LOCAL …). */
export interface Statement {
  sql: string;
  params: unknown[];
  settings?: string;
}

/** Runs independent statements, each on the same snapshot, and gives each one's rows in order. */
export type TogetherQuery = (statements: Statement[]) => Promise<object[][]>;

/** Statements' answers kept per process: the searches a team repeats (each page's search, its facets, the trend). */
const CAPACITY = 64;

/** The snapshot a statement outside a transaction sees: which transactions have committed. */
const SNAPSHOT = prepared('SELECT pg_current_snapshot()::text AS snapshot');

/** A kept answer, made the most recently used (last in the map's order); undefined when none. */
function recall<V>(kept: Map<string, V>, key: string): V | undefined {
  const value = kept.get(key);
  if (value === undefined) return undefined;
  kept.delete(key);
  kept.set(key, value);
  return value;
}

/** Keeps an answer; past CAPACITY the least recently used (the first key) is forgotten. */
function remember<V>(kept: Map<string, V>, key: string, value: V): void {
  kept.set(key, value);
  if (kept.size > CAPACITY) kept.delete(kept.keys().next().value!);
}

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
  /** Whole answers (settled): a search's result, made of several statements and Node's ranking and marking. */
  private readonly settledAnswers = new Map<string, unknown>();

  constructor(private readonly conn: PgConnection) {}

  /**
   * `compute`'s answer, kept under `key` and the snapshot it was computed in: the database's snapshot read before
   * and again after it, and kept only when the two are the same (nothing committed meanwhile, so each statement it
   * ran saw that one state of the database). An answer asked again before the next commit is then one round trip
   * rather than its statements (each a transaction of its own, even when the statement cache answers it) and the
   * Node work on their rows. Inside a caller's transaction (which may hold its own writes) `compute` runs, uncached.
   */
  async settled<T>(key: string, compute: () => Promise<T>): Promise<T> {
    if (this.conn.inTransaction()) return compute();
    const snapshot = await this.snapshot();
    const kept = recall(this.settledAnswers, `${snapshot}\n${key}`);
    if (kept !== undefined) return structuredClone(kept as T);
    const answer = await compute();
    if ((await this.snapshot()) === snapshot) remember(this.settledAnswers, `${snapshot}\n${key}`, structuredClone(answer));
    return answer;
  }

  private async snapshot(): Promise<string> {
    const [row] = await this.conn.query<{ snapshot: string }>(SNAPSHOT);
    return row!.snapshot;
  }

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
      const [rows] = await this.onSnapshot([{ sql, params, settings }], false);
      return rows as R[];
    };
  }

  /**
   * A TogetherQuery whose statements run with `base` first, and each statement's own settings after it: outside a
   * caller's transaction at the same time, each on its own pooled connection, all in one snapshot (the first one's,
   * exported to the others), so their rows are those of one state of the database and the cache's key holds for each;
   * one after the other on one connection when no other connection is free at once (waiting for one while holding
   * one could leave every search waiting), and inside a caller's transaction.
   */
  together(base = ''): TogetherQuery {
    const one = this.runner(base);
    return async (statements) => {
      if (this.conn.inTransaction()) {
        const all: object[][] = [];
        for (const s of statements) all.push(await one(s.sql, s.params, s.settings));
        return all;
      }
      return this.onSnapshot(
        statements.map((s) => ({ ...s, settings: [base, s.settings].filter(Boolean).join('; ') })),
        true,
      );
    };
  }

  /**
   * Runs `statements` (their settings complete) in one snapshot, each answered from the cache when it can; `spread`:
   * the second and later on connections of their own when the pool has them free.
   */
  private async onSnapshot(statements: Required<Statement>[], spread: boolean): Promise<object[][]> {
    const { pool, name } = this.conn;
    const clients: PoolClient[] = [await connect(pool, name)];
    const broken = new Set<PoolClient>();
    const open = new Set<PoolClient>();
    try {
      // One round trip opens the transaction, applies the settings and reads the snapshot the statement will see.
      const opened = (await clients[0].query(
        `BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY;${statements[0].settings ? ` ${statements[0].settings};` : ''}
         SELECT pg_current_snapshot()::text AS snapshot${spread && statements.length > 1 ? ', pg_export_snapshot() AS exported' : ''}`,
      )) as unknown as QueryResult<{ snapshot: string; exported?: string }>[];
      open.add(clients[0]);
      const { snapshot, exported } = opened.at(-1)!.rows[0]!;
      const keyOf = (s: Statement) => `${snapshot}\n${s.settings}\n${s.sql}\n${JSON.stringify(s.params)}`;
      const free = () => pool.waitingCount === 0 && (pool.idleCount > 0 || pool.totalCount < (pool.options.max ?? 10));
      const runOn = async (s: Required<Statement>, i: number): Promise<object[]> => {
        const key = keyOf(s);
        const kept = recall(this.kept, key);
        if (kept) return kept;
        let client = clients[0];
        if (i > 0 && exported && free()) {
          client = await connect(pool, name);
          clients.push(client);
          await client.query(`BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY; SET TRANSACTION SNAPSHOT '${exported.replace(/'/g, "''")}';${s.settings ? ` ${s.settings};` : ''}`);
          open.add(client);
        } else if (i > 0) {
          // The settings of the statement before it stay set in this transaction: a statement's own settings only add.
          if (s.settings) await client.query(s.settings);
        }
        const rows = (await client.query(s.sql, s.params)).rows as object[];
        remember(this.kept, key, rows);
        return rows;
      };
      // The first statement runs at once; the others, each on the connection it is given, beside it.
      // Every statement settled before the connections are cleaned up: one failing first must not leave another's
      // connection unreleased, or released mid-transaction.
      const settled = await Promise.allSettled(statements.map((s, i) => runOn(s, i)));
      const failed = settled.find((r): r is PromiseRejectedResult => r.status === 'rejected');
      if (failed) throw failed.reason;
      const all = settled.map((r) => (r as PromiseFulfilledResult<object[]>).value);
      for (const c of clients) {
        await c.query('COMMIT');
        open.delete(c);
      }
      // A copy: callers may change what they are given.
      return structuredClone(all);
    } catch (err) {
      for (const c of open) await c.query('ROLLBACK').catch(() => broken.add(c));
      throw namedError(name, err);
    } finally {
      for (const c of clients) c.release(broken.has(c));
    }
  }
}

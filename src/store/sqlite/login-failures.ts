import type Database from 'better-sqlite3';
import { FORGET_AFTER_MS, type LoginFailureStore } from '../user-types.js';
import type { SqliteGate } from './gate.js';

/** Schema step: wrong-password counts per user name and per client address, shared by every serving process. */
export const LOGIN_FAILURES_SCHEMA = `
  CREATE TABLE login_failures (
    key       TEXT PRIMARY KEY,
    count     INTEGER NOT NULL,
    -- Until when (ms since 1970) logins under this key wait; 0: no wait.
    until_ms  INTEGER NOT NULL,
    failed_ms INTEGER NOT NULL
  );
`;

/** Login failures of the SQLite store. */
export class SqliteLoginFailures implements LoginFailureStore {
  constructor(
    private readonly db: Database.Database,
    private readonly gate: SqliteGate,
  ) {}

  async waitUntil(keys: string[]): Promise<number> {
    const r = await this.gate.run(() =>
      this.db
        .prepare<[string], { until: number | null }>('SELECT max(until_ms) AS until FROM login_failures WHERE key IN (SELECT value FROM json_each(?))')
        .get(JSON.stringify(keys)),
    );
    return r?.until ?? 0;
  }

  async fail(key: string, now: number): Promise<number> {
    return this.gate.write(() => {
      this.db.prepare('DELETE FROM login_failures WHERE until_ms <= ? AND failed_ms < ?').run(now, now - FORGET_AFTER_MS);
      return this.db
        .prepare<[string, number], { count: number }>(
          `INSERT INTO login_failures (key, count, until_ms, failed_ms) VALUES (?, 1, 0, ?)
           ON CONFLICT (key) DO UPDATE SET count = count + 1, failed_ms = excluded.failed_ms RETURNING count`,
        )
        .get(key, now)!.count;
    });
  }

  async hold(key: string, until: number): Promise<void> {
    await this.gate.write(() => this.db.prepare('UPDATE login_failures SET until_ms = ? WHERE key = ?').run(until, key));
  }

  async clear(keys: string[]): Promise<void> {
    await this.gate.write(() => this.db.prepare('DELETE FROM login_failures WHERE key IN (SELECT value FROM json_each(?))').run(JSON.stringify(keys)));
  }
}

import { FORGET_AFTER_MS, type LoginFailureStore } from '../user-types.js';
import type { Query } from './connection.js';

/** Schema step: wrong-password counts per user name and per client address, shared by every serving process. */
export const LOGIN_FAILURES_SCHEMA = `
  CREATE TABLE login_failures (
    key       text PRIMARY KEY,
    count     integer NOT NULL,
    -- Until when (ms since 1970) logins under this key wait; 0: no wait.
    until_ms  bigint NOT NULL,
    failed_ms bigint NOT NULL
  );
`;

/** Login failures of the PostgreSQL store. */
export class PostgresLoginFailures implements LoginFailureStore {
  constructor(private readonly query: Query) {}

  async waitUntil(keys: string[]): Promise<number> {
    const [r] = await this.query<{ until: string | null }>('SELECT max(until_ms) AS until FROM login_failures WHERE key = ANY($1::text[])', [keys]);
    return Number(r?.until ?? 0);
  }

  async fail(key: string, now: number): Promise<number> {
    await this.query('DELETE FROM login_failures WHERE until_ms <= $1 AND failed_ms < $2', [now, now - FORGET_AFTER_MS]);
    const [r] = await this.query<{ count: number }>(
      `INSERT INTO login_failures (key, count, until_ms, failed_ms) VALUES ($1, 1, 0, $2)
       ON CONFLICT (key) DO UPDATE SET count = login_failures.count + 1, failed_ms = excluded.failed_ms RETURNING count`,
      [key, now],
    );
    return r!.count;
  }

  async hold(key: string, until: number): Promise<void> {
    await this.query('UPDATE login_failures SET until_ms = $1 WHERE key = $2', [until, key]);
  }

  async clear(keys: string[]): Promise<void> {
    await this.query('DELETE FROM login_failures WHERE key = ANY($1::text[])', [keys]);
  }
}

import { AsyncLocalStorage } from 'node:async_hooks';
import type Database from 'better-sqlite3';

/** How long a writer waits for another connection's transaction before giving up: an import of a long PDF can hold the lock for seconds on a busy machine. */
const BUSY_WAIT_MS = 30_000;

/**
 * One SQLite connection shared by async callers (a web server's concurrent requests). better-sqlite3 runs each
 * statement synchronously, so a single call never interleaves; a transaction spanning awaits could, so while one
 * is open every other caller's call waits for it, and calls made inside it (found by their async context) join it.
 * Every write takes the write lock through here, waiting for another connection's lock asynchronously: a
 * synchronous wait (busy_timeout) would block the event loop that the holder needs to finish.
 */
export class SqliteGate {
  private readonly inside = new AsyncLocalStorage<object>();
  /** The open transaction's token, or null. */
  private holder: object | null = null;
  /** Resolves when the open transaction ends. */
  private ended: Promise<void> = Promise.resolve();
  /** Work to run just before the open transaction commits (see beforeCommit). */
  private commitHooks: (() => void)[] = [];

  constructor(private readonly db: Database.Database) {}

  /** Runs synchronous work once no other caller's transaction holds the connection. */
  async run<T>(work: () => T): Promise<T> {
    // The check and the work run in one synchronous stretch: no transaction can begin between them.
    while (this.holder && !this.joined()) await this.ended;
    return work();
  }

  /** Runs synchronous writes as one transaction, or as part of the caller's. */
  async write<T>(work: () => T): Promise<T> {
    return this.transaction(async () => work());
  }

  /** Runs `fn` between BEGIN IMMEDIATE and COMMIT (ROLLBACK when it throws); inside another one, joins it. */
  async transaction<T>(fn: () => Promise<T>): Promise<T> {
    if (this.joined()) return fn();
    while (this.holder) await this.ended;
    const token = {};
    let end!: () => void;
    this.holder = token;
    this.ended = new Promise((resolve) => (end = resolve));
    this.commitHooks = [];
    try {
      await this.begin();
      try {
        const result = await this.inside.run(token, fn);
        for (const hook of this.commitHooks) hook();
        this.db.exec('COMMIT');
        return result;
      } catch (err) {
        if (this.db.inTransaction) this.db.exec('ROLLBACK');
        throw err;
      }
    } finally {
      this.holder = null;
      end();
    }
  }

  /** BEGIN IMMEDIATE (the write lock up front, so writers queue instead of failing on lock upgrade), retried while busy. */
  private async begin(): Promise<void> {
    const deadline = Date.now() + BUSY_WAIT_MS;
    for (let delay = 1; ; delay = Math.min(delay * 2, 50)) {
      const timeout = this.db.pragma('busy_timeout', { simple: true }) as number;
      this.db.pragma('busy_timeout = 0');
      try {
        this.db.exec('BEGIN IMMEDIATE');
        return;
      } catch (err) {
        if ((err as { code?: string }).code !== 'SQLITE_BUSY' || Date.now() > deadline) throw err;
      } finally {
        this.db.pragma(`busy_timeout = ${timeout}`);
      }
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }

  /** The caller's open transaction (a token to compare), or null outside one. */
  current(): object | null {
    return this.joined() ? this.holder : null;
  }

  /** Runs `hook` inside the caller's open transaction just before it commits (a throw rolls it back); not on rollback. */
  beforeCommit(hook: () => void): void {
    this.commitHooks.push(hook);
  }

  private joined(): boolean {
    return this.holder !== null && this.inside.getStore() === this.holder;
  }
}

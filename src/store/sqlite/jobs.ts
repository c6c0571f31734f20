import type Database from 'better-sqlite3';
import type { JobFilter, JobRecord, JobState, JobTable, NewJob } from '../job-types.js';
import type { SqliteGate } from './gate.js';

/** The schema step that adds the job table (the embedded store runs its jobs from it). */
export const JOBS_SCHEMA = `
  CREATE TABLE jobs (
    id           INTEGER PRIMARY KEY,
    name         TEXT    NOT NULL,
    payload      TEXT    NOT NULL CHECK (json_valid(payload)),
    state        TEXT    NOT NULL CHECK (state IN ('queued', 'running', 'failed', 'done')),
    key          TEXT,
    attempts     INTEGER NOT NULL DEFAULT 0,
    max_attempts INTEGER NOT NULL,
    run_at       TEXT    NOT NULL,
    locked_until TEXT,
    started_at   TEXT,
    finished_at  TEXT,
    error        TEXT
  );
  CREATE UNIQUE INDEX jobs_one_per_key ON jobs (key, state) WHERE key IS NOT NULL AND state IN ('queued', 'running');
  CREATE INDEX jobs_waiting ON jobs (state, run_at) WHERE state IN ('queued', 'running');
  CREATE INDEX jobs_by_state ON jobs (state, id);
`;

interface JobRow {
  id: number;
  name: string;
  payload: string;
  state: JobState;
  key: string | null;
  attempts: number;
  max_attempts: number;
  run_at: string;
  started_at: string | null;
  finished_at: string | null;
  error: string | null;
}

function toJob(r: JobRow): JobRecord {
  return {
    id: String(r.id), name: r.name, payload: JSON.parse(r.payload), state: r.state, attempts: r.attempts,
    maxAttempts: r.max_attempts, key: r.key, runAt: r.run_at, startedAt: r.started_at, finishedAt: r.finished_at, error: r.error,
  };
}

/** The job table of the SQLite store. Times are ISO strings in UTC, so they compare as text. */
export class SqliteJobs implements JobTable {
  constructor(
    private readonly db: Database.Database,
    private readonly gate: SqliteGate,
  ) {}

  async add(job: NewJob): Promise<string | null> {
    const r = await this.gate.write(() =>
      this.db
        .prepare(
          `INSERT INTO jobs (name, payload, state, key, max_attempts, run_at)
           SELECT ?, ?, 'queued', ?, ?, ? WHERE NOT (? AND EXISTS (SELECT 1 FROM jobs WHERE key = ? AND state = 'running'))
           ON CONFLICT DO NOTHING`,
        )
        .run(job.name, JSON.stringify(job.payload ?? null), job.key, job.maxAttempts, job.runAt, job.exclusive ? 1 : 0, job.key),
    );
    return r.changes ? String(r.lastInsertRowid) : null;
  }

  async claim(names: readonly string[], now: string, leaseUntil: string): Promise<JobRecord | null> {
    if (!names.length) return null;
    // One statement: the pick and the mark cannot be split by another runner on the same file.
    const row = await this.gate.write(() =>
      this.db
        .prepare<unknown[], JobRow>(
          `UPDATE jobs SET state = 'running', attempts = attempts + 1, started_at = ?, locked_until = ?
            WHERE id = (SELECT id FROM jobs
                         WHERE name IN (${names.map(() => '?').join(', ')})
                           AND ((state = 'queued' AND run_at <= ?
                                 AND (key IS NULL OR key NOT IN (SELECT key FROM jobs WHERE state = 'running' AND key IS NOT NULL)))
                                OR (state = 'running' AND locked_until <= ?))
                         ORDER BY run_at, id LIMIT 1)
            RETURNING *`,
        )
        .get(now, leaseUntil, ...names, now, now),
    );
    return row ? toJob(row) : null;
  }

  async complete(id: string, at: string): Promise<void> {
    await this.gate.write(() => this.db.prepare(`UPDATE jobs SET state = 'done', finished_at = ?, locked_until = NULL, error = NULL WHERE id = ?`).run(at, Number(id)));
  }

  async fail(id: string, error: string, at: string, retryAt: string | null): Promise<void> {
    await this.gate.write(() =>
      this.db
        .prepare(
          `UPDATE jobs SET state = ?, error = ?, locked_until = NULL, run_at = coalesce(?, run_at),
                  finished_at = CASE WHEN ? IS NULL THEN ? ELSE NULL END
            WHERE id = ?`,
        )
        .run(retryAt === null ? 'failed' : 'queued', error, retryAt, retryAt, at, Number(id)),
    );
  }

  async list(filter: JobFilter = {}): Promise<JobRecord[]> {
    const where: string[] = [];
    const params: (string | number)[] = [];
    if (filter.state) (where.push('state = ?'), params.push(filter.state));
    if (filter.name) (where.push('name = ?'), params.push(filter.name));
    return this.gate.run(() =>
      this.db
        .prepare<(string | number)[], JobRow>(`SELECT * FROM jobs ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id DESC LIMIT ?`)
        .all(...params, filter.limit ?? 100)
        .map(toJob),
    );
  }

  async get(id: string): Promise<JobRecord | null> {
    const row = await this.gate.run(() => this.db.prepare<[number], JobRow>('SELECT * FROM jobs WHERE id = ?').get(Number(id)));
    return row ? toJob(row) : null;
  }

  async prune(before: string): Promise<number> {
    return this.gate.write(() => this.db.prepare(`DELETE FROM jobs WHERE state = 'done' AND finished_at < ?`).run(before).changes);
  }

  async retry(id: string, at: string): Promise<boolean> {
    try {
      const r = await this.gate.write(() =>
        this.db
          .prepare(`UPDATE jobs SET state = 'queued', attempts = 0, run_at = ?, finished_at = NULL WHERE id = ? AND state = 'failed'`)
          .run(at, Number(id)),
      );
      return r.changes > 0;
    } catch (err) {
      // Another job holds its key now (a fetch of the same source is queued): that one will do the work.
      if ((err as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE') return false;
      throw err;
    }
  }
}

import PgBoss from 'pg-boss';
import type { Pool } from 'pg';
import { createPool } from '../store/postgres/connection.js';
import { displayLocation } from '../store/location.js';
import { unavailable } from '../core/errors.js';
import type { JobFilter, JobRecord, JobState } from '../store/job-types.js';
import { queueing, runHandler, warmUp } from './registry.js';
import { JOB_NAMES, type JobEnv, type JobName, type JobRunner, type WorkOptions } from './types.js';
import { messageOf, tickLoop } from './work-loop.js';

/** pg-boss's states as ours. */
const STATES: Record<string, JobState> = { created: 'queued', retry: 'queued', active: 'running', completed: 'done', failed: 'failed', cancelled: 'failed' };
const BOSS_STATES: Record<JobState, string[]> = { queued: ['created', 'retry'], running: ['active'], done: ['completed'], failed: ['failed', 'cancelled'] };

/** How often an idle pg-boss worker asks for a job, s. */
const POLL_SECONDS = 0.5;

interface BossRow {
  id: string;
  name: string;
  data: unknown;
  state: string;
  retry_count: number;
  retry_limit: number;
  singleton_key: string | null;
  start_after: Date;
  started_on: Date | null;
  completed_on: Date | null;
  output: unknown;
}

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

/** Our pools hand json columns over as their text (src/store/postgres/connection.ts); pg-boss's as values. */
const json = (v: unknown): unknown => (typeof v === 'string' ? JSON.parse(v) : v);

function toJob(r: BossRow): JobRecord {
  const state = STATES[r.state] ?? 'queued';
  const output = json(r.output) as { message?: string } | null;
  return {
    id: r.id, name: r.name, payload: json(r.data), state,
    attempts: r.started_on ? r.retry_count + 1 : r.retry_count,
    maxAttempts: r.retry_limit + 1, key: r.singleton_key, runAt: iso(r.start_after)!, startedAt: iso(r.started_on),
    finishedAt: state === 'done' || state === 'failed' ? iso(r.completed_on) : null,
    error: state === 'done' ? null : (output?.message ?? null),
  };
}

const SELECT = `SELECT id, name, data, state, retry_count, retry_limit, singleton_key, start_after, started_on, completed_on, output FROM pgboss.job`;

/**
 * The runner on PostgreSQL: pg-boss 10 on the store's own database (schema `pgboss`), so any number of
 * `jianbao worker` processes on any machines share the queues. A keyed job (one fetch per source) is added under
 * a transaction-scoped advisory lock after checking that no job with its key is queued (or running, for an
 * exclusive key), so workers
 * looking at the schedule at once queue each due source once; a job whose worker died is run again when it
 * expires (jobs.expireSeconds).
 */
export async function bossRunner(base: Omit<JobEnv, 'enqueue'>): Promise<JobRunner> {
  const { jobs } = base.config;
  const boss = new PgBoss({
    connectionString: base.config.store,
    schedule: false,
    max: 4,
    maintenanceIntervalSeconds: Math.max(1, Math.min(60, jobs.expireSeconds)),
  });
  // Connection trouble is told by the tick loop in one line; pg-boss's own reports would repeat it every poll.
  boss.on('error', () => undefined);
  try {
    await boss.start();
    for (const name of JOB_NAMES) {
      const options = { name, retryLimit: jobs.retries, retryDelay: Math.ceil(jobs.retryDelaySeconds), retryBackoff: true, expireInSeconds: jobs.expireSeconds };
      if (await boss.getQueue(name)) await boss.updateQueue(name, options);
      else await boss.createQueue(name, options).catch(() => boss.updateQueue(name, options));
    }
  } catch (err) {
    await boss.stop({ graceful: false, wait: true }).catch(() => undefined);
    throw unavailable(displayLocation(base.config.store), `无法建立任务队列 (cannot set up the job queues (${messageOf(err)}))`, err);
  }
  const pool: Pool = createPool(base.config.store);

  async function enqueue(name: JobName, payload: unknown): Promise<string | null> {
    const { key, exclusive, delaySeconds } = queueing(name, payload);
    const startAfter = delaySeconds ? { startAfter: delaySeconds } : {};
    if (key === null) return boss.send(name, payload as object, startAfter);
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      await client.query(`SELECT pg_advisory_xact_lock(hashtext('jianbao.job-key'), hashtext($1))`, [key]);
      const held = await client.query(
        `SELECT 1 FROM pgboss.job WHERE name = $1 AND singleton_key = $2 AND state ${exclusive ? "<= 'active'" : "< 'active'"}`,
        [name, key],
      );
      const id = held.rowCount ? null : await boss.send(name, payload as object, {
        singletonKey: key,
        ...startAfter,
        db: { executeSql: async (text: string, values: unknown[]) => client.query(text, values) },
      });
      await client.query('COMMIT');
      return id;
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      client.release();
    }
  }

  const runner: JobRunner = {
    enqueue,
    async start(options: WorkOptions) {
      const stop = new AbortController();
      const env: JobEnv = { ...base, enqueue: async (name, payload) => void (await enqueue(name, payload)) };
      await warmUp(options.queues.length ? options.queues : JOB_NAMES);
      const ticking = tickLoop(env, options, stop.signal);
      process.on('unhandledRejection', onRejection);
      for (const name of options.queues.length ? options.queues : JOB_NAMES) {
        for (let i = 0; i < options.concurrency; i++) {
          await boss.work<unknown>(name, { batchSize: 1, pollingIntervalSeconds: POLL_SECONDS, includeMetadata: true }, async ([job]) => {
            try {
              await runHandler(env, name, job.data, stop.signal);
              options.onJob?.(toJob(rowOf(job)), 'done', null);
            } catch (err) {
              const last = job.retryCount >= job.retryLimit;
              options.onJob?.(toJob(rowOf(job)), last ? 'failed' : 'retry', messageOf(err));
              throw err;
            }
          });
        }
      }
      return async () => {
        stop.abort();
        for (const name of options.queues.length ? options.queues : JOB_NAMES) await boss.offWork(name).catch(() => undefined);
        await ticking;
        process.off('unhandledRejection', onRejection);
      };
    },
    async list(filter: JobFilter = {}) {
      const where: string[] = [];
      const params: unknown[] = [];
      if (filter.state) (params.push(BOSS_STATES[filter.state]), where.push(`state::text = ANY($${params.length})`));
      if (filter.name) (params.push(filter.name), where.push(`name = $${params.length}`));
      params.push(filter.limit ?? 100);
      const { rows } = await pool.query<BossRow>(
        `${SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY created_on DESC, id DESC LIMIT $${params.length}`,
        params,
      );
      return rows.map(toJob);
    },
    async get(id) {
      if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
      const { rows } = await pool.query<BossRow>(`${SELECT} WHERE id = $1`, [id]);
      return rows[0] ? toJob(rows[0]) : null;
    },
    async retry(id) {
      const job = await runner.get(id);
      if (job?.state !== 'failed') return false;
      await boss.retry(job.name, id);
      return (await runner.get(id))?.state === 'queued';
    },
    async close() {
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
      await pool.end();
    },
  };
  return runner;
}

/** Lost connections in pg-boss's words and the server's (admin shutdown, crash shutdown, starting up). */
const CONNECTION_LOST = /Connection terminated|ECONNREFUSED|ECONNRESET|terminating connection|database system is (starting up|shutting down|in recovery)/;

/**
 * pg-boss 10 does not wait for its own `fail()` after a handler's error, so with the database gone that call's
 * rejection is unhandled. The tick loop tells of the lost connection and the job expires and runs again; any
 * other unhandled rejection is thrown as before.
 */
function onRejection(err: unknown): void {
  if (CONNECTION_LOST.test(messageOf(err)) || ['57P01', '57P02', '57P03'].includes((err as { code?: string }).code ?? '')) return;
  setImmediate(() => {
    throw err;
  });
}

/** A pg-boss job with metadata as the row shape toJob reads. */
function rowOf(job: PgBoss.JobWithMetadata<unknown>): BossRow {
  return {
    id: job.id, name: job.name, data: job.data, state: job.state, retry_count: job.retryCount, retry_limit: job.retryLimit,
    singleton_key: job.singletonKey, start_after: job.startAfter, started_on: job.startedOn, completed_on: job.completedOn, output: null,
  };
}

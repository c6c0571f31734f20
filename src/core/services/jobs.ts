import { z } from 'zod';
import { JOB_NAMES, openRunner, type JobRunner } from '../../jobs/index.js';
import type { JobFilter, JobRecord } from '../../store/job-types.js';
import { authorize, type Actor } from '../actor.js';
import type { CoreContext } from '../context.js';
import { conflict, invalidInput, notFound } from '../errors.js';
import { parseInput } from '../inputs.js';

const jobName = z.enum(JOB_NAMES);

const listInput = z.object({
  state: z.enum(['queued', 'running', 'failed', 'done']).optional(),
  name: jobName.optional(),
  limit: z.number().int().positive().max(10_000).optional(),
});

const workInput = z.object({
  queues: z.array(jobName).default([]),
  concurrency: z.number().int().positive().max(64).default(2),
  /** Look at the schedule too (due sources); every worker may, keys keep each due source queued once. */
  schedule: z.boolean().default(true),
});
export type WorkInput = z.input<typeof workInput>;

const enqueueInput = z.object({ name: jobName, payload: z.unknown().default({}) });
export type EnqueueInput = z.input<typeof enqueueInput>;

/** What a running worker tells its shell (the CLI prints it, the web server logs it). */
export interface WorkEvents {
  onConnection?(state: 'lost' | 'back', detail: string): void;
  onJob?(job: JobRecord, outcome: 'done' | 'retry' | 'failed', error: string | null): void;
}

/** The actor background work runs as: the server process itself. */
export const SYSTEM_ACTOR: Actor = { id: 'jianbao', role: 'admin' };

/**
 * Background jobs (fetch, enrich, regroup, render, alert, digest): list them, queue one, retry a dead one, and run
 * them in this process. The runner is the store's (src/jobs): a job table on SQLite, pg-boss on PostgreSQL.
 */
export class JobService {
  private runner: Promise<JobRunner> | null = null;

  constructor(private readonly ctx: CoreContext) {}

  /** Jobs newest first: queued, running, failed (with their error) and done. */
  async list(actor: Actor, filter: JobFilter = {}): Promise<JobRecord[]> {
    authorize(actor, 'jobs.manage', 'see jobs');
    return (await this.open()).list(parseInput(listInput, filter, 'filter'));
  }

  /** One job; not-found when there is none. */
  async get(actor: Actor, id: string): Promise<JobRecord> {
    authorize(actor, 'jobs.manage', 'see jobs');
    const job = await (await this.open()).get(String(id));
    if (!job) throw notFound(`job ${id}`, '没有这个任务，可用 jianbao jobs 查看 (no such job (see jianbao jobs))');
    return job;
  }

  /** Queues a job (e.g. fetch one source now, render a bulletin); null when one holding its key is queued or running. */
  async enqueue(actor: Actor, input: EnqueueInput): Promise<string | null> {
    authorize(actor, 'jobs.manage', 'queue jobs');
    const { name, payload } = parseInput(enqueueInput, input, 'job');
    let id: string | null;
    try {
      id = await (await this.open()).enqueue(name, payload);
    } catch (err) {
      // A payload that does not fit its job's schema (src/jobs/registry.ts names the field).
      if (err instanceof Error && err.message.startsWith(`${name} job: `)) throw invalidInput(`${name} job`, err.message.slice(name.length + 6));
      throw err;
    }
    if (id) await this.ctx.record(actor, { action: 'job.enqueue', object: `job:${id}`, detail: `${name} 已加入队列`, after: { name, payload } });
    return id;
  }

  /** Queues a failed (dead) job again with fresh attempts. */
  async retry(actor: Actor, id: string): Promise<JobRecord> {
    const before = await this.get(actor, id);
    if (before.state !== 'failed') throw conflict(`job ${id}`, `当前状态为 ${before.state}，只有失败的任务才能重试 (is ${before.state}, only a failed job can be retried)`);
    const runner = await this.open();
    if (!(await runner.retry(before.id))) throw conflict(`job ${id}`, '同一对象的同类任务已在排队或运行 (a job of the same kind for the same thing is queued or running already)');
    const after = (await runner.get(before.id))!;
    await this.ctx.record(actor, { action: 'job.retry', object: `job:${id}`, detail: `${before.name} 重新加入队列`, before, after });
    return after;
  }

  /**
   * Works the queues in this process until the returned function is called (which lets running jobs finish).
   * `jianbao serve` and `jianbao run` call it for the embedded store; `jianbao worker` on PostgreSQL.
   */
  async start(actor: Actor, input: WorkInput = {}, events: WorkEvents = {}): Promise<() => Promise<void>> {
    authorize(actor, 'jobs.manage', 'run jobs');
    const options = parseInput(workInput, input, 'worker');
    return (await this.open()).start({ ...options, ...events });
  }

  /** Releases the runner's connections; called by Jianbao.close. */
  async close(): Promise<void> {
    if (this.runner) await (await this.runner).close();
  }

  private open(): Promise<JobRunner> {
    this.runner ??= openRunner(this.ctx);
    return this.runner;
  }
}

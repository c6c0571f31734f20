import type { z } from 'zod';
import type { CoreContext } from '../core/context.js';
import type { JobFilter, JobRecord } from '../store/job-types.js';

/** The queues, one per kind of work. */
export const JOB_NAMES = ['fetch', 'enrich', 'regroup', 'render', 'alert', 'digest'] as const;
export type JobName = (typeof JOB_NAMES)[number];

/** What a handler works with: the core's context (store, configuration, clock, audit), and a way to queue follow-up work. */
export interface JobEnv extends CoreContext {
  /** Queues a job (nothing when a job holding the same key is queued or running). */
  enqueue(name: JobName, payload: unknown): Promise<void>;
}

/**
 * One kind of job. Delivery is at least once (a worker may die after the work and before saying so), so every
 * handler is idempotent: run twice, it stores nothing twice and tells nobody twice.
 */
export interface Job<P> {
  name: JobName;
  payload: z.ZodType<P>;
  /** At most one queued or running job per key (null: no limit), e.g. one fetch at a time per source. */
  key(payload: P): string | null;
  /**
   * What a key holds off: `waiting-or-running` (default) admits no second job while one is queued or running (one
   * fetch per source); `waiting` admits one queued beside a running one, for catch-up work (regroup, alerts) that
   * must run again after the current run to see what arrived meanwhile.
   */
  keyBlocks?: 'waiting' | 'waiting-or-running';
  /** Run this long after being queued (default 0), so one run catches up with the work of many jobs. */
  delaySeconds?: number;
  handler(env: JobEnv, payload: P, signal: AbortSignal): Promise<void>;
  /** Loads what the handler needs before a worker takes its first job (so a first job does not expire loading). */
  warmUp?(): Promise<void>;
}

/** How a runner works its queues. */
export interface WorkOptions {
  /** The queues this process works (default all). */
  queues: readonly JobName[];
  /** Jobs run at once in this process. */
  concurrency: number;
  /** Also look at the schedule (due sources, digests) and queue what is due. */
  schedule: boolean;
  /** Told once when the database stops answering and once when it answers again. */
  onConnection?(state: 'lost' | 'back', detail: string): void;
  /** Told after each job run (done, retried or dead). */
  onJob?(job: JobRecord, outcome: 'done' | 'retry' | 'failed', error: string | null): void;
}

/** The two runners (the embedded store's job table, pg-boss on PostgreSQL) behind one interface. */
export interface JobRunner {
  /** Queues a job; its id, or null when a job with the same key is queued or running. */
  enqueue(name: JobName, payload: unknown): Promise<string | null>;
  /** Starts working; the returned function stops taking jobs, lets the running ones finish, and resolves then. */
  start(options: WorkOptions): Promise<() => Promise<void>>;
  list(filter?: JobFilter): Promise<JobRecord[]>;
  get(id: string): Promise<JobRecord | null>;
  /** Queues a failed job again; false when it is not failed. */
  retry(id: string): Promise<boolean>;
  /** Releases the runner's own connections (not the store's). */
  close(): Promise<void>;
}

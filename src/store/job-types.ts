/** Background jobs as both runners report them (the embedded store's job table, pg-boss on PostgreSQL). */

/** Where a job is: waiting (first run or a retry), being run, dead after its last attempt, or done. */
export type JobState = 'queued' | 'running' | 'failed' | 'done';

/** One job as listed. */
export interface JobRecord {
  /** The runner's id for it (a number on SQLite, a UUID on pg-boss), as text. */
  id: string;
  /** The queue: fetch, enrich, regroup, render, alert or digest. */
  name: string;
  payload: unknown;
  state: JobState;
  /** Runs started so far. */
  attempts: number;
  /** Runs allowed in all (1 + retries). */
  maxAttempts: number;
  /** At most one queued and one running job hold a key (e.g. `source:3`; see NewJob.exclusive). */
  key: string | null;
  /** Not run before this time (ISO); a retry's is pushed back exponentially. */
  runAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  /** The last attempt's error; for a failed job, why it is dead. */
  error: string | null;
}

/** A job to add. */
export interface NewJob {
  name: string;
  payload: unknown;
  key: string | null;
  /** Not added either while a job holding the key runs (one fetch at a time per source). */
  exclusive: boolean;
  runAt: string;
  maxAttempts: number;
}

/** Which jobs `list` returns, newest first. */
export interface JobFilter {
  state?: JobState;
  name?: string;
  limit?: number;
}

/**
 * The embedded store's job table: jobs are claimed in one statement, so two runners on one file never take the
 * same job, and a key is held by at most one queued or running job.
 */
export interface JobTable {
  /** Adds a job; null (nothing added) when a queued job holds its key already (or, exclusive, a running one). */
  add(job: NewJob): Promise<string | null>;
  /**
   * Takes the next job of these queues that is due at `now` (or running with its lease run out: its runner died),
   * unless a job with its key is running, marks it running until `leaseUntil` and counts the attempt; null when there is none.
   */
  claim(names: readonly string[], now: string, leaseUntil: string): Promise<JobRecord | null>;
  /** Marks a claimed job done. */
  complete(id: string, at: string): Promise<void>;
  /** Records a claimed job's error: queued again at `retryAt`, or dead (failed) when `retryAt` is null. */
  fail(id: string, error: string, at: string, retryAt: string | null): Promise<void>;
  list(filter?: JobFilter): Promise<JobRecord[]>;
  get(id: string): Promise<JobRecord | null>;
  /** Deletes the jobs done before `before` (ISO); how many. */
  prune(before: string): Promise<number>;
  /** Queues a failed job again with fresh attempts; false when it is not failed (or its key is taken). */
  retry(id: string, at: string): Promise<boolean>;
}

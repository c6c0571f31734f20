import type { JobTable } from '../store/job-types.js';
import { retryAt } from './backoff.js';
import { queueing, runHandler, warmUp } from './registry.js';
import { JOB_NAMES, type JobEnv, type JobName, type JobRunner, type WorkOptions } from './types.js';
import { sleep } from '../sources/sleep.js';
import { messageOf, tickLoop } from './work-loop.js';

/** How long an idle worker waits before looking for a job again. */
const IDLE_MS = 500;
/** Done jobs are kept this long (for `jianbao jobs`), then deleted, as pg-boss does on PostgreSQL. */
const KEEP_DONE_MS = 24 * 3600 * 1000;

/**
 * The runner on the embedded store: jobs in the store's job table, claimed one statement at a time, run by
 * `concurrency` loops in this process (`jianbao serve`, `jianbao run`). A job whose runner died is taken again
 * when its lease (jobs.expireSeconds) runs out.
 */
export function tableRunner(base: Omit<JobEnv, 'enqueue'>, table: JobTable): JobRunner {
  const { jobs } = base.config;
  const at = () => base.now().toISOString();
  const runner: JobRunner = {
    async enqueue(name, payload) {
      const { key, exclusive, delaySeconds } = queueing(name, payload);
      const runAt = new Date(base.now().getTime() + delaySeconds * 1000).toISOString();
      return table.add({ name, payload, key, exclusive, runAt, maxAttempts: jobs.retries + 1 });
    },
    async start(options: WorkOptions) {
      const stop = new AbortController();
      const env: JobEnv = { ...base, enqueue: async (name, payload) => void (await runner.enqueue(name, payload)) };
      const names = options.queues.length ? options.queues : JOB_NAMES;
      await warmUp(names);
      const loops = [tickLoop(env, options, stop.signal)];
      for (let i = 0; i < options.concurrency; i++) loops.push(workLoop(env, table, names, options, stop.signal));
      return async () => {
        stop.abort();
        await Promise.all(loops);
      };
    },
    list: (filter) => table.list(filter),
    get: (id) => table.get(id),
    retry: (id) => table.retry(id, at()),
    async close() {},
  };
  return runner;
}

async function workLoop(env: JobEnv, table: JobTable, names: readonly JobName[], options: WorkOptions, signal: AbortSignal): Promise<void> {
  const { jobs } = env.config;
  while (!signal.aborted) {
    const now = env.now();
    let job: Awaited<ReturnType<JobTable['claim']>>;
    try {
      // About one claim in a hundred also deletes the old done jobs, so the table does not grow with every tick.
      if (Math.random() < 0.01) await table.prune(new Date(now.getTime() - KEEP_DONE_MS).toISOString());
      job = await table.claim(names, now.toISOString(), new Date(now.getTime() + jobs.expireSeconds * 1000).toISOString());
    } catch {
      // The store is not answering: the tick loop says so; try again later.
      job = null;
    }
    if (!job) {
      await sleep(IDLE_MS, signal);
      continue;
    }
    let error: string | null = null;
    try {
      await runHandler(env, job.name as JobName, job.payload, signal);
    } catch (err) {
      error = messageOf(err);
    }
    const end = env.now();
    const retry = error !== null && job.attempts < job.maxAttempts ? retryAt(end, job.attempts, jobs.retryDelaySeconds).toISOString() : null;
    try {
      if (error === null) await table.complete(job.id, end.toISOString());
      else await table.fail(job.id, error, end.toISOString(), retry);
      options.onJob?.(job, error === null ? 'done' : retry ? 'retry' : 'failed', error);
    } catch {
      // Not recorded: the lease runs out and the job is run again (its handler is idempotent).
    }
  }
}

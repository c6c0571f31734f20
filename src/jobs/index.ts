/** Background jobs: one interface for fetch, enrich, regroup, render, alert and digest, and the runner for a store. */
import { tableRunner } from './table-runner.js';
import type { JobEnv, JobRunner } from './types.js';

export { JOB_NAMES, type JobName, type JobRunner, type WorkOptions } from './types.js';

/** The runner for the store: its job table on the embedded store, pg-boss (loaded only then) on PostgreSQL. */
export async function openRunner(env: Omit<JobEnv, 'enqueue'>): Promise<JobRunner> {
  if (env.store.jobs) return tableRunner(env, env.store.jobs);
  const { bossRunner } = await import('./boss-runner.js');
  return bossRunner(env);
}

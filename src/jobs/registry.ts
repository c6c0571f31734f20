import { alertJob, digestJob } from './handlers/alerts.js';
import { enrichJob } from './handlers/enrich.js';
import { fetchJob } from './handlers/fetch.js';
import { regroupJob } from './handlers/regroup.js';
import { renderJob } from './handlers/render.js';
import { invalidInput } from '../core/errors.js';
import type { Job, JobEnv, JobName } from './types.js';

/** Every kind of job, by queue name. */
export const JOBS: Record<JobName, Job<unknown>> = {
  fetch: fetchJob as Job<unknown>,
  enrich: enrichJob as Job<unknown>,
  regroup: regroupJob as Job<unknown>,
  render: renderJob as Job<unknown>,
  alert: alertJob as Job<unknown>,
  digest: digestJob as Job<unknown>,
};

/** The payload checked against its job's schema: `<queue> job: <field>: <problem>` when it does not fit. */
export function checkPayload(name: JobName, payload: unknown): unknown {
  const parsed = JOBS[name].payload.safeParse(payload);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  throw invalidInput(`job ${name}: ${issue.path.join('.') || 'payload'}`, `任务内容不符合格式 (${issue.message})`);
}

/** How a job with this payload is queued: its key, whether that also holds off jobs while one runs, its delay. */
export function queueing(name: JobName, payload: unknown): { key: string | null; exclusive: boolean; delaySeconds: number } {
  const job = JOBS[name];
  return {
    key: job.key(checkPayload(name, payload)),
    exclusive: (job.keyBlocks ?? 'waiting-or-running') === 'waiting-or-running',
    delaySeconds: job.delaySeconds ?? 0,
  };
}

/** Runs one job's handler on its (checked) payload. */
export async function runHandler(env: JobEnv, name: JobName, payload: unknown, signal: AbortSignal): Promise<void> {
  await JOBS[name].handler(env, checkPayload(name, payload), signal);
}

/** Warms up the handlers of these queues (see Job.warmUp). */
export async function warmUp(names: readonly JobName[]): Promise<void> {
  for (const name of names) await JOBS[name].warmUp?.();
}

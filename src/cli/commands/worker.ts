/**
 * `jianbao worker [--queues fetch,enrich,…] [--concurrency N]` and `jianbao run`: work the background jobs in
 * this process until SIGINT or SIGTERM, which let the running jobs finish. `worker` is for the machines sharing
 * a PostgreSQL store (any number of them); `run` works every queue, for a headless machine on its own store.
 */
import { InvalidArgumentError, Option, type Command } from 'commander';
import { count, displayLocation, JOB_NAMES, splitList, type JobName, type JobRecord } from '../../core/index.js';
import { withCore, type CoreFlags } from '../core.js';
import { errorLine } from '../errors.js';
import { dbOption } from '../options.js';
import type { Cli } from '../io.js';

function queueList(value: string): JobName[] {
  const names = splitList(value);
  const unknown = names.find((n) => !(JOB_NAMES as readonly string[]).includes(n));
  if (unknown !== undefined || !names.length) throw new InvalidArgumentError(`"${unknown ?? value}" is not a queue (${JOB_NAMES.join(', ')})`);
  return names as JobName[];
}

function concurrency(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new InvalidArgumentError('expected a whole number from 1 to 64');
  return n;
}

interface WorkerOpts extends CoreFlags {
  db: string;
  queues?: JobName[];
  concurrency: number;
  schedule: boolean;
}

/** Works until a signal; prints one line per dead job and per lost or regained connection, and a total. */
async function work(cli: Cli, command: string, opts: WorkerOpts): Promise<void> {
  const stop = new AbortController();
  const onSignal = (): void => stop.abort();
  process.once('SIGINT', onSignal).once('SIGTERM', onSignal);
  const where = displayLocation(opts.db);
  const totals = { done: 0, retry: 0, failed: 0 };
  try {
    await withCore(cli, opts, async (jianbao, actor) => {
      const queues = opts.queues ?? [...JOB_NAMES];
      const halt = await jianbao.jobs.start(actor, { queues, concurrency: opts.concurrency, schedule: opts.schedule }, {
        onConnection: (state, detail) =>
          cli.stderr.write(`${errorLine(state === 'lost' ? `${where}: connection lost (${detail}); retrying` : `${where}: connection back, working again`)}\n`),
        onJob: (job: JobRecord, outcome, error) => {
          totals[outcome]++;
          if (outcome === 'failed') cli.stderr.write(`${errorLine(`job ${job.id} (${job.name}): dead after ${count(job.attempts, 'attempt')}: ${error}`)}\n`);
        },
      });
      cli.stdout.write(`${command}: working ${queues.join(', ')} (concurrency ${opts.concurrency}) on ${where}\n`);
      await new Promise<void>((resolve) => (stop.signal.aborted ? resolve() : stop.signal.addEventListener('abort', () => resolve(), { once: true })));
      await halt();
    }, { mustExist: true });
  } finally {
    process.off('SIGINT', onSignal).off('SIGTERM', onSignal);
  }
  cli.stdout.write(`${command}: stopped; ${totals.done} jobs done, ${totals.retry} to retry, ${totals.failed} dead\n`);
}

export function registerWorker(program: Command, cli: Cli): void {
  program
    .command('worker')
    .description('work the background jobs (fetch, enrich, regroup, render, alert, digest) until stopped; run one per machine')
    .addOption(dbOption())
    .addOption(new Option('--queues <names>', `queues to work, comma-separated (${JOB_NAMES.join(',')})`).argParser(queueList))
    .addOption(new Option('--concurrency <n>', 'jobs run at once per queue').argParser(concurrency).default(2))
    .option('--no-schedule', 'do not queue due sources (another process does)')
    .action((opts: WorkerOpts) => work(cli, 'worker', opts));
}

export function registerRun(program: Command, cli: Cli): void {
  program
    .command('run')
    .description('fetch, enrich and group by the schedule until stopped: every background job, in this process')
    .addOption(dbOption())
    .addOption(new Option('--concurrency <n>', 'jobs run at once per queue').argParser(concurrency).default(2))
    .action((opts: WorkerOpts) => work(cli, 'run', { ...opts, schedule: true }));
}

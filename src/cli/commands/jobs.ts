/** `jianbao jobs [--json] [--state S] [--name Q] [--limit N]` lists the background jobs; `jianbao jobs retry ID` queues a dead one again. */
import { InvalidArgumentError, Option, type Command } from 'commander';
import type { JobRecord } from '../../core/index.js';
import { withCore } from '../core.js';
import { dbOption } from '../options.js';
import type { Cli } from '../io.js';

interface JobsOpts {
  db: string;
  json?: boolean;
  state?: 'queued' | 'running' | 'failed' | 'done';
  name?: string;
  limit?: number;
}

function limit(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number ≥ 1');
  return n;
}

/** One line per job: id, queue, state, attempts, key, times, error. */
function line(j: JobRecord): string {
  const when = j.finishedAt ?? j.startedAt ?? j.runAt;
  const error = j.error ? `  error: ${j.error}` : '';
  return `${j.id}  ${j.name}  ${j.state}  ${j.attempts}/${j.maxAttempts}  ${j.key ?? '-'}  ${when}  ${JSON.stringify(j.payload)}${error}`;
}

export function registerJobs(program: Command, cli: Cli): void {
  program
    .command('jobs')
    .description('list background jobs (queued, running, failed, done); `jobs retry ID` queues a failed one again')
    .argument('[action]', '`retry` to queue a failed job again')
    .argument('[id]', 'the job to retry')
    .addOption(dbOption())
    .option('--json', 'print JSON')
    .addOption(new Option('--state <state>', 'only jobs in this state').choices(['queued', 'running', 'failed', 'done']))
    .option('--name <queue>', 'only jobs of this queue')
    .addOption(new Option('--limit <n>', 'at most this many, newest first').argParser(limit).default(100))
    .action(async (action: string | undefined, id: string | undefined, opts: JobsOpts, command: Command) => {
      if (action !== undefined && action !== 'retry') command.error(`jobs: unknown action "${action}" (only retry)`, { exitCode: 2 });
      if (action === 'retry' && id === undefined) command.error('jobs retry: which job? (an id as `jianbao jobs` lists it)', { exitCode: 2 });
      await withCore(cli, opts, async (jianbao, actor) => {
        if (action === 'retry') {
          const job = await jianbao.jobs.retry(actor, id!);
          cli.stdout.write(opts.json ? `${JSON.stringify(job)}\n` : `queued again: ${line(job)}\n`);
          return;
        }
        const jobs = await jianbao.jobs.list(actor, { state: opts.state, name: opts.name, limit: opts.limit });
        if (opts.json) cli.stdout.write(`${JSON.stringify(jobs)}\n`);
        else cli.stdout.write(jobs.length ? `${jobs.map(line).join('\n')}\n` : 'no jobs\n');
      }, { mustExist: true });
    });
}

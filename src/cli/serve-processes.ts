/**
 * The processes of `jianbao serve`. One process serves alone (`--workers 1`); with N > 1 the primary forks N
 * workers (node:cluster) that share the listening socket, each with its own core and store connection, and keeps
 * for itself what must happen once: the first admin, the URL line and, on the embedded store, the background
 * jobs. Sessions live in the store, so any worker answers any request.
 */
import cluster, { type Worker } from 'node:cluster';
import type { AddressInfo } from 'node:net';
import { availableParallelism } from 'node:os';
import { isUrl, type Actor, type Jianbao } from '../core/index.js';
import type { WebEnv } from '../web/app.js';
import { withCore } from './core.js';
import { errorLine } from './errors.js';
import { CommandExit, type Cli } from './io.js';

export interface ServeOptions {
  db: string;
  host: string;
  port: number;
  secureCookies?: boolean;
  workers: number;
  jobs: boolean;
}

/**
 * How many processes `jianbao serve` answers from without `--workers`. On PostgreSQL one per core: one Node process
 * is CPU-bound at about a core, and 20 users asking without pause were over the 300 ms p95 with one process (352 ms
 * at 100k on the idle 2-core machine) and within it with two (267 ms); the jobs run in `jianbao worker` processes.
 * On the embedded store one: one process met that target there (196 ms), runs the jobs in the same connection
 * instead of beside the web workers' writers on the file's write lock, and holds one copy of the search columns.
 */
export function defaultWorkers(store: string): number {
  return isUrl(store) ? availableParallelism() : 1;
}

/** What a worker tells the primary when it cannot listen (the primary prints it once, not once per worker). */
interface ListenFailed { type: 'listen-failed'; message: string }

/**
 * Resolves on the first SIGINT or SIGTERM (or when the primary of a worker goes away), and takes its listeners away
 * again: a run inside a test's process must leave none behind, and the other signal's would fire on a later serve.
 */
function stopSignal(): Promise<void> {
  return new Promise((resolve) => {
    const stop = (): void => {
      process.off('SIGINT', stop).off('SIGTERM', stop).off('disconnect', stop);
      resolve();
    };
    process.on('SIGINT', stop).on('SIGTERM', stop);
    if (cluster.isWorker) process.on('disconnect', stop);
  });
}

/** A new store gets a first admin; its one-time password is printed once, by the one process that checks. */
async function firstAdmin(cli: Cli, jianbao: Jianbao, actor: Actor): Promise<void> {
  if ((await jianbao.users.list(actor)).length > 0) return;
  const first = await jianbao.users.add(actor, { name: 'admin', role: 'admin' });
  cli.stdout.write(`first admin: admin  one-time password: ${first.password}\n`);
}

/**
 * Background jobs in this process: on the embedded store only (on PostgreSQL `jianbao worker` processes do them),
 * and not with --no-jobs. Returns the function that stops them.
 */
async function startJobs(cli: Cli, jianbao: Jianbao, actor: Actor, opts: ServeOptions): Promise<() => Promise<void>> {
  if (!opts.jobs || isUrl(jianbao.config.store)) return async () => {};
  return jianbao.jobs.start(actor, { schedule: true }, {
    onJob: (job, outcome, error) => {
      if (outcome === 'failed') cli.stderr.write(`${errorLine(`job ${job.id} (${job.name}): dead: ${error}`)}\n`);
    },
  });
}

/** A listening workbench, and how to stop it: stop accepting, drain, then `stop` (jobs and store); one line if `say`. */
interface Listening {
  port: number;
  stop(then: () => Promise<void>, say?: boolean): Promise<void>;
}

/** Listens with the workbench app; a port that cannot be had is one line naming it. */
async function listen(cli: Cli, jianbao: Jianbao, opts: ServeOptions): Promise<Listening> {
  const [{ serve }, { createApp }, { Hono }, { Drain, stopServing }] = await Promise.all([
    import('@hono/node-server'), import('../web/app.js'), import('hono'), import('../web/shutdown.js'),
  ]);
  const drain = new Drain();
  const app = createApp(jianbao, { secureCookies: opts.secureCookies, drain });
  let fetch = app.fetch;
  if (cluster.worker) {
    // Which worker answered (its number, 1…N, not its pid): for telling a slow or failing one apart behind the port.
    const id = String(cluster.worker.id);
    fetch = new Hono<WebEnv>().use(async (c, next) => {
      await next();
      c.header('X-Jianbao-Worker', id);
    }).route('/', app).fetch;
  }
  const server = serve({ fetch, hostname: opts.host, port: opts.port });
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', (err: NodeJS.ErrnoException) =>
      reject(new Error(`${opts.host}:${opts.port}: cannot listen (${err.code === 'EADDRINUSE' ? 'port in use' : err.code ?? err.message})`)));
  });
  return {
    port: (server.address() as AddressInfo).port,
    async stop(then, say = true) {
      const { inFlight, late } = await stopServing(server, drain, then);
      if (say) cli.stdout.write(`jianbao workbench: stopped (${inFlight} requests in flight answered${late ? `, ${late} of them after the store closed` : ''})\n`);
    },
  };
}

function printUrl(cli: Cli, opts: ServeOptions, port: number): void {
  const host = opts.host.includes(':') ? `[${opts.host}]` : opts.host;
  cli.stdout.write(`jianbao workbench: http://${host}:${port}/\n`);
}

/** `--workers 1`: this process serves, and runs the jobs. */
export async function serveSingle(cli: Cli, opts: ServeOptions): Promise<void> {
  await withCore(cli, opts, async (jianbao, actor) => {
    await firstAdmin(cli, jianbao, actor);
    const server = await listen(cli, jianbao, opts);
    const stopJobs = await startJobs(cli, jianbao, actor, opts);
    printUrl(cli, opts, server.port);
    await stopSignal();
    await server.stop(async () => {
      await stopJobs();
      await jianbao.close();
    });
  });
}

/** A forked worker: serves until told to stop; a listen failure goes to the primary instead of the terminal. */
export async function serveWorker(cli: Cli, opts: ServeOptions): Promise<void> {
  try {
    await serveUntilStopped(cli, opts);
  } finally {
    // The channel to the primary would keep this process alive.
    if (process.connected) process.disconnect();
  }
}

async function serveUntilStopped(cli: Cli, opts: ServeOptions): Promise<void> {
  await withCore(cli, opts, async (jianbao) => {
    let server: Listening;
    try {
      server = await listen(cli, jianbao, opts);
    } catch (err) {
      process.send?.({ type: 'listen-failed', message: (err as Error).message } satisfies ListenFailed);
      throw new CommandExit(1);
    }
    await stopSignal();
    // The primary says that the workbench stopped, once.
    await server.stop(() => jianbao.close(), false);
  });
}

/**
 * `--workers N`: forks the workers and waits until all listen, prints the URL, runs the jobs; a worker that dies
 * afterwards is replaced a second later (one line on stderr). On a signal, stops the workers, then the jobs.
 */
export async function servePrimary(cli: Cli, opts: ServeOptions): Promise<void> {
  await withCore(cli, opts, async (jianbao, actor) => {
    // The store is open and migrated here first, so the workers open a ready store instead of racing to create it.
    await firstAdmin(cli, jianbao, actor);
    let stopping = false;
    let ready = false;
    const workers = new Set<Worker>();
    const fork = (): Worker => {
      const worker = cluster.fork();
      workers.add(worker);
      worker.once('exit', (code, signal) => {
        workers.delete(worker);
        if (stopping || !ready) return;
        cli.stderr.write(`${errorLine(`serve: worker ${worker.process.pid} ended (${signal ?? `exit ${code}`}); starting another`)}\n`);
        // A second later: a worker that cannot live (the store gone) is not restarted in a busy loop.
        setTimeout(() => stopping || fork(), 1000);
      });
      return worker;
    };
    const stopWorkers = async () => {
      stopping = true;
      await Promise.all([...workers].map((w) => new Promise<void>((resolve) => {
        if (w.isDead()) return resolve();
        w.once('exit', () => resolve());
        w.process.kill('SIGTERM');
      })));
    };
    const started = Array.from({ length: opts.workers }, fork);
    let port: number;
    try {
      port = await new Promise<number>((resolve, reject) => {
        let listening = 0;
        for (const worker of started) {
          worker.on('message', (m: ListenFailed) => m?.type === 'listen-failed' && reject(new Error(m.message)));
          worker.once('exit', (code) => !ready && reject(new Error(`serve: a worker ended before listening (exit ${code})`)));
          worker.once('listening', (address: AddressInfo) => ++listening === started.length && resolve(address.port));
        }
      });
    } catch (err) {
      await stopWorkers();
      throw err;
    }
    ready = true;
    const stopJobs = await startJobs(cli, jianbao, actor, opts);
    printUrl(cli, opts, port);
    await stopSignal();
    await stopWorkers();
    await stopJobs();
    cli.stdout.write('jianbao workbench: stopped\n');
  });
}

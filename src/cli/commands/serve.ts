import { availableParallelism } from 'node:os';
import { InvalidArgumentError, type Command } from 'commander';
import { cliConfig } from '../core.js';
import { defaultWorkers, servePrimary, serveSingle, serveWorker, type ServeOptions } from '../serve-processes.js';
import { dbOption } from '../options.js';
import type { Cli } from '../io.js';

function portArg(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError('expected a port number 0–65535');
  return n;
}

function workersArg(value: string): number {
  if (value === 'auto') return availableParallelism();
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new InvalidArgumentError('expected a whole number from 1 to 64, or auto (one per core)');
  return n;
}

/**
 * `jianbao serve`: the web workbench over the core, until SIGINT/SIGTERM. A store without users gets a first
 * admin, whose one-time password is printed with the URL. `--workers N` serves from N processes (node:cluster)
 * sharing the port (default: one per core on PostgreSQL, one on the embedded store); on the embedded store the
 * background jobs run in one process (the primary).
 */
export function registerServe(program: Command, cli: Cli): void {
  program
    .command('serve')
    .description('serve the web workbench (zh-CN) on the store')
    .addOption(dbOption())
    .option('--host <address>', 'address to listen on', '127.0.0.1')
    .option('--port <n>', 'port (0: any free one)', portArg, 8080)
    .option('--secure-cookies', 'mark the session cookie Secure (when served behind https)')
    .option('--workers <n>', 'processes answering requests (1–64, or auto: one per core; default: auto on PostgreSQL, 1 on the embedded store)', workersArg)
    .option('--no-jobs', 'do not run the background jobs here (on the embedded store the server runs them)')
    .action(async (given: Omit<ServeOptions, 'workers'> & { workers?: number }) => {
      const { default: cluster } = await import('node:cluster');
      const opts: ServeOptions = { ...given, workers: given.workers ?? defaultWorkers(cliConfig(cli, given).store) };
      if (cluster.isWorker) return serveWorker(cli, opts);
      return opts.workers > 1 ? servePrimary(cli, opts) : serveSingle(cli, opts);
    });
}

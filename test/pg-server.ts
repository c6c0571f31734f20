/**
 * A throwaway PostgreSQL server of a test's own, on 127.0.0.1, that the test may stop and start (as
 * .ci/with-postgres does it: initdb in a temporary folder, as the `postgres` user when we are root). Null when
 * no server binaries are installed.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface PgServer {
  url: string;
  /** `pg_ctl stop -m immediate`: the server dies at once, as in a crash or power cut. */
  stopImmediately(): void;
  start(): void;
  /** Stops the server and removes its folder. */
  remove(): void;
}

function binDir(): string | null {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root).filter((v) => existsSync(join(root, v, 'bin', 'pg_ctl'))).sort((a, b) => Number(a) - Number(b));
  return versions.length ? join(root, versions[versions.length - 1], 'bin') : null;
}

/** A free TCP port on 127.0.0.1. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export async function startPgServer(): Promise<PgServer | null> {
  const bin = binDir();
  if (!bin) return null;
  const root = process.getuid?.() === 0;
  const dir = mkdtempSync(join(tmpdir(), 'jianbao-pg-own-'));
  chmodSync(dir, 0o777);
  const run = (tool: string, args: string[]) =>
    root ? execFileSync('runuser', ['-u', 'postgres', '--', join(bin, tool), ...args], { stdio: 'pipe' })
      : execFileSync(join(bin, tool), args, { stdio: 'pipe' });
  const password = 'jianbao-test';
  writeFileSync(join(dir, 'password'), password, { mode: 0o644 });
  run('initdb', ['-D', join(dir, 'data'), '-U', 'postgres', `--pwfile=${join(dir, 'password')}`, '--auth-local=trust',
    '--auth-host=scram-sha-256', '--encoding=UTF8', '--locale=C.UTF-8']);
  const port = await freePort();
  const start = () => run('pg_ctl', ['-D', join(dir, 'data'), '-l', join(dir, 'server.log'), '-w', '-o',
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`, 'start']);
  const stop = () => run('pg_ctl', ['-D', join(dir, 'data'), '-m', 'immediate', '-w', 'stop']);
  start();
  return {
    url: `postgres://postgres:${password}@127.0.0.1:${port}/postgres`,
    stopImmediately: stop,
    start,
    remove() {
      try {
        stop();
      } catch {
        // already stopped
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

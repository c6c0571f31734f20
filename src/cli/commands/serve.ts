import type { AddressInfo } from 'node:net';
import { InvalidArgumentError, type Command } from 'commander';
import { withCore } from '../core.js';
import { dbOption } from '../options.js';

function portArg(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError('expected a port number 0–65535');
  return n;
}

/**
 * `jianbao serve`: the web workbench over the core, until SIGINT/SIGTERM. A store without users gets a first
 * admin, whose one-time password is printed with the URL.
 */
export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the web workbench (zh-CN) on the store')
    .addOption(dbOption())
    .option('--host <address>', 'address to listen on', '127.0.0.1')
    .option('--port <n>', 'port (0: any free one)', portArg, 8080)
    .option('--secure-cookies', 'mark the session cookie Secure (when served behind https)')
    .action(async (opts: { db: string; host: string; port: number; secureCookies?: boolean }) => {
      const [{ serve }, { createApp }] = await Promise.all([import('@hono/node-server'), import('../../web/app.js')]);
      await withCore(opts, async (jianbao, actor) => {
        if ((await jianbao.users.list(actor)).length === 0) {
          const first = await jianbao.users.add(actor, { name: 'admin', role: 'admin' });
          process.stdout.write(`first admin: admin  one-time password: ${first.password}\n`);
        }
        const app = createApp(jianbao, { secureCookies: opts.secureCookies });
        const server = serve({ fetch: app.fetch, hostname: opts.host, port: opts.port });
        await new Promise<void>((resolve, reject) => {
          server.once('listening', resolve);
          server.once('error', (err: NodeJS.ErrnoException) =>
            reject(new Error(`${opts.host}:${opts.port}: cannot listen (${err.code === 'EADDRINUSE' ? 'port in use' : err.code ?? err.message})`)));
        });
        const { port } = server.address() as AddressInfo;
        const host = opts.host.includes(':') ? `[${opts.host}]` : opts.host;
        process.stdout.write(`jianbao workbench: http://${host}:${port}/\n`);
        await new Promise<void>((resolve) => {
          const stop = () => server.close(() => resolve());
          process.once('SIGINT', stop).once('SIGTERM', stop);
        });
      });
    });
}

/**
 * `jianbao user` and `jianbao serve` as a user runs them: accounts from the command line, then the workbench on
 * 127.0.0.1 printing its URL and, on a store without users, a first admin's one-time password.
 */
import { spawn } from 'node:child_process';
import { request } from 'node:http';
import { availableParallelism } from 'node:os';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../src/cli/program.js';
import { BACKENDS } from './backends.js';
import { ROOT, finished, lines, runCli, spawnCli, startCli } from './cli-run.js';
import { startFeedServer, TEN_ARTICLES } from './web-feed-server.js';

describe.each(BACKENDS)('jianbao user and serve on $name', (backend) => {
  const children: ReturnType<typeof startCli>[] = [];
  afterAll(() => children.forEach((c) => c.kill('SIGTERM')));

  // The command's lines on the embedded store; the users service on both backends: test/web-services.test.ts.
  it.runIf(backend.name === 'sqlite')('adds users (a generated one-time password, or one from stdin), lists and removes them; bad input is one line', async () => {
    const db = await backend.fresh();
    const added = await runCli(['user', 'add', 'zhang', '--role', 'chief', '--db', db]);
    expect(added.code).toBe(0);
    expect(lines(added.stdout)).toEqual(['added chief zhang', expect.stringMatching(/^one-time password: [\w-]{16}$/)]);
    const child = spawn(process.execPath, ['bin/jianbao.js', 'user', 'add', 'li', '--role', 'reader', '--edition', '芯片版', '--password-stdin', '--db', db], { cwd: ROOT });
    child.stdin.end('a-long-password\n');
    const piped = await finished(child);
    expect([piped.code, piped.stdout]).toEqual([0, 'added reader li (edition 芯片版)\n']);
    const list = await runCli(['user', 'list', '--json', '--db', db]);
    expect(JSON.parse(list.stdout).map((u: { name: string; role: string }) => [u.name, u.role])).toEqual([['li', 'reader'], ['zhang', 'chief']]);
    const twice = await runCli(['user', 'add', 'zhang', '--role', 'editor', '--db', db]);
    expect([twice.code, twice.stderr]).toEqual([1, 'jianbao: zhang: 已有这个用户 (already a user)\n']);
    const badRole = await runCli(['user', 'add', 'wang', '--role', 'boss', '--db', db]);
    expect(badRole.code).toBe(2);
    expect(lines(badRole.stderr)).toHaveLength(1);
    expect((await runCli(['user', 'remove', 'li', '--db', db])).stdout).toBe('removed reader li\n');
    expect((await runCli(['user', 'remove', 'li', '--db', db])).stderr).toBe('jianbao: li: 没有这个用户 (no such user)\n');
  });

  it('serves the workbench: URL and first admin printed, /healthz ok from one process per core on PostgreSQL and one on SQLite, login works; a taken port is one line', async () => {
    const db = await backend.fresh();
    const child = startCli(['serve', '--db', db, '--host', '127.0.0.1', '--port', '0']);
    children.push(child);
    let out = '';
    child.stdout!.setEncoding('utf8').on('data', (s: string) => (out += s));
    await expect.poll(() => out, { timeout: 30_000 }).toMatch(/workbench: http:\/\/127\.0\.0\.1:\d+\/\n/);
    const url = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(out)![1]!;
    const password = /first admin: admin {2}one-time password: (\S+)/.exec(out)![1]!;
    expect(await (await fetch(`${url}healthz`)).text()).toBe('ok');
    // Without --workers: one process per core on PostgreSQL (each answer names its worker), one on the embedded store.
    const answeredBy = new Set<unknown>();
    for (let i = 0; i < 2 * availableParallelism(); i++) answeredBy.add((await send(`${url}healthz`, 'GET')).headers['x-jianbao-worker']);
    const cores = Array.from({ length: availableParallelism() }, (_, i) => String(i + 1));
    expect(answeredBy).toEqual(new Set(backend.name === 'postgres' && cores.length > 1 ? cores : [undefined]));
    const login = await fetch(`${url}login`, { method: 'POST', body: new URLSearchParams({ username: 'admin', password }), redirect: 'manual' });
    expect(login.status).toBe(303);
    const home = await fetch(`${url}users`, { headers: { cookie: login.headers.get('set-cookie')!.split(';')[0]! } });
    expect(await home.text()).toContain('<td>admin</td>');

    const port = new URL(url).port;
    const taken = await spawnCli(['serve', '--db', db, '--port', port]);
    expect(taken.code).toBe(1);
    expect(taken.stderr).toBe(`jianbao: 127.0.0.1:${port}: cannot listen (port in use)\n`);
    child.kill('SIGTERM');
    expect((await finished(child)).code).toBe(0);
  });

  it('serves from 2 worker processes: logins and pages answered by both, a session from one good on the other', async () => {
    const db = await backend.fresh();
    const child = startCli(['serve', '--db', db, '--port', '0', '--workers', '2']);
    children.push(child);
    let out = '';
    child.stdout!.setEncoding('utf8').on('data', (s: string) => (out += s));
    await expect.poll(() => out, { timeout: 60_000 }).toMatch(/workbench: http:\/\/127\.0\.0\.1:\d+\/\n/);
    expect(out.match(/first admin/g)).toHaveLength(1);
    const url = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(out)![1]!;
    const password = /one-time password: (\S+)/.exec(out)![1]!;
    const logins: { worker: string; cookie: string }[] = [];
    for (let i = 0; i < 6; i++) {
      const r = await send(`${url}login`, 'POST', new URLSearchParams({ username: 'admin', password }).toString());
      expect(r.status).toBe(303);
      logins.push({ worker: r.headers['x-jianbao-worker'] as string, cookie: String(r.headers['set-cookie']).split(';')[0]! });
    }
    expect(new Set(logins.map((l) => l.worker))).toEqual(new Set(['1', '2']));
    const pages = new Set<string>();
    for (const { cookie } of logins) {
      for (let i = 0; i < 2; i++) {
        const r = await send(`${url}users`, 'GET', undefined, cookie);
        expect([r.status, r.body.includes('<td>admin</td>')]).toEqual([200, true]);
        pages.add(`${r.headers['x-jianbao-worker']}`);
      }
    }
    expect(pages).toEqual(new Set(['1', '2']));
    const port = new URL(url).port;
    const taken = await spawnCli(['serve', '--db', db, '--port', port, '--workers', '2']);
    expect([taken.code, taken.stderr]).toEqual([1, `jianbao: 127.0.0.1:${port}: cannot listen (port in use)\n`]);
    child.kill('SIGTERM');
    expect((await finished(child)).code).toBe(0);
  });

  it.runIf(backend.name === 'sqlite')('a serve run in this process, stopped by a signal, leaves no signal listener behind', async () => {
    const db = await backend.fresh();
    const before = { SIGINT: process.listeners('SIGINT'), SIGTERM: process.listeners('SIGTERM') };
    let out = '';
    const ended = run(['serve', '--db', db, '--host', '127.0.0.1', '--port', '0'], {
      stdout: { write: (s: string) => (out += s) }, stderr: { write: () => true }, stdin: Readable.from([]), env: {},
    });
    await expect.poll(() => out, { timeout: 30_000 }).toMatch(/workbench: http:\/\/127\.0\.0\.1:\d+\/\n/);
    const added = process.listeners('SIGTERM').filter((l) => !before.SIGTERM.includes(l));
    expect(added).toHaveLength(1);
    // What Node does on a SIGTERM, without sending one to the test runner's process.
    (added[0] as (signal: NodeJS.Signals) => void)('SIGTERM');
    expect(await ended).toBe(0);
    expect(out).toMatch(/jianbao workbench: stopped \(0 requests in flight answered\)\n$/);
    expect(process.listeners('SIGINT')).toEqual(before.SIGINT);
    expect(process.listeners('SIGTERM')).toEqual(before.SIGTERM);
  });

  it.runIf(backend.name === 'sqlite')('runs the background jobs on the embedded store: a due source is fetched while 2 workers serve', async () => {
    const site = await startFeedServer(TEN_ARTICLES.slice(0, 3));
    try {
      const db = await backend.fresh();
      const env = { JIANBAO_ALLOW_NETWORKS: '127.0.0.1/32' };
      expect((await runCli(['sources', 'add', site.feed, '--name', '快讯', '--db', db], env)).code).toBe(0);
      const listed = async () => JSON.parse((await runCli(['sources', 'list', '--articles', '--json', '--db', db])).stdout)[0].articles?.length ?? 0;
      expect(await listed()).toBe(0);
      const child = startCli(['serve', '--db', db, '--port', '0', '--workers', '2'], env);
      children.push(child);
      await expect.poll(listed, { timeout: 60_000, interval: 1_000 }).toBe(3);
      child.kill('SIGTERM');
      expect((await finished(child)).code).toBe(0);
    } finally {
      await site.close();
    }
  });
});

/** One request on a connection of its own (no keep-alive), so that the cluster hands each to the next worker. */
function send(url: string, method: string, form?: string, cookie?: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, {
      method, agent: false,
      headers: { ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}), ...(cookie ? { cookie } : {}) },
    }, (res) => {
      let body = '';
      res.setEncoding('utf8').on('data', (d: string) => (body += d)).on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end(form);
  });
}

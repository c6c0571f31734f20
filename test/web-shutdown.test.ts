/**
 * Stopping a workbench server with a request in flight (src/web/shutdown.ts), in-process on 127.0.0.1: the request
 * is answered (before the store closes when it ends in time, else a clean 503 page), and nothing prints a stack.
 */
import { request, type ClientRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../src/web/app.js';
import { Drain, stopServing } from '../src/web/shutdown.js';
import { BACKENDS } from './backends.js';
import { login, USERS, workbench, type Workbench } from './web-helpers.js';

/** What the process writes to stderr meanwhile (still written through). */
let stderr = '';
const write = process.stderr.write.bind(process.stderr);
beforeEach(() => {
  stderr = '';
  process.stderr.write = ((chunk: string | Uint8Array, ...rest: never[]) => {
    stderr += String(chunk);
    return write(chunk, ...rest);
  }) as typeof process.stderr.write;
});
afterEach(() => {
  process.stderr.write = write;
});

/** The app served on a free port of 127.0.0.1 with a Drain. */
async function served(w: Workbench): Promise<{ server: ServerType; drain: Drain; port: number }> {
  const drain = new Drain();
  const app = createApp(w.jianbao, { drain });
  const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 });
  await new Promise((resolve) => server.once('listening', resolve));
  return { server, drain, port: (server.address() as AddressInfo).port };
}

/** A form POST whose body is held back: in flight until `finish()` sends the rest. */
function heldPost(port: number, path: string, fields: Record<string, string>, headers: Record<string, string> = {}): { finish(): void; response: Promise<{ status: number; headers: Record<string, unknown>; body: string }> } {
  const body = new URLSearchParams(fields).toString();
  let req!: ClientRequest;
  const response = new Promise<{ status: number; headers: Record<string, unknown>; body: string }>((resolve, reject) => {
    const sent = { 'content-type': 'application/x-www-form-urlencoded', 'content-length': String(body.length), ...headers };
    req = request({ host: '127.0.0.1', port, path, method: 'POST', headers: sent }, (res) => {
      let text = '';
      res.setEncoding('utf8').on('data', (d: string) => (text += d)).on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: text }));
    });
    req.on('error', reject);
  });
  req.write(body.slice(0, 3));
  return { finish: () => req.end(body.slice(3)), response };
}

describe.each(BACKENDS)('stopping the workbench on $name', (backend) => {
  it('waits for a request in flight, answers it from the open store, then closes the store', async () => {
    const w = await workbench(backend);
    const { server, drain, port } = await served(w);
    const held = heldPost(port, '/login', { username: USERS[0].name, password: USERS[0].password });
    await expect.poll(() => drain.inFlight).toBe(1);
    let storeClosed = false;
    const stopping = stopServing(server, drain, async () => {
      await w.jianbao.close();
      storeClosed = true;
    });
    // No new connections once stopping began.
    await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();
    expect(storeClosed).toBe(false);
    held.finish();
    const res = await held.response;
    expect(res.status).toBe(303);
    expect(res.headers.connection).toBe('close');
    expect(await stopping).toEqual({ inFlight: 1, late: 0 });
    expect(storeClosed).toBe(true);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('answers a request still running when the store closes with a 503 page, printing no stack', async () => {
    const w = await workbench(backend);
    const { server, drain, port } = await served(w);
    // A logged-in user's form: its error page draws the nav, whose unread-alerts badge used to ask the closed store.
    const as = await login(w.app, USERS[0].name, USERS[0].password);
    const held = heldPost(port, '/watchlists/remove', { name: '芯片' }, { cookie: as.cookie, 'x-csrf-token': as.csrf });
    await expect.poll(() => drain.inFlight).toBe(1);
    // The drain's wait ends first; the request goes on only once the store is closed.
    const stopped = await stopServing(server, drain, async () => {
      await w.jianbao.close();
      held.finish();
    }, { drainMs: 50, graceMs: 5_000 });
    expect(stopped).toEqual({ inFlight: 1, late: 1 });
    const res = await held.response;
    expect(res.status).toBe(503);
    expect(res.body).toContain('<p class="error" role="alert">');
    expect(res.body).toContain('class="main-nav"');
    expect(res.body).not.toMatch(/\bat .*\.(ts|js):\d+/);
    // The server's log may name the refused request in one line (the full message the page shows in zh-CN), no stack.
    for (const line of stderr.split('\n').filter(Boolean)) expect(line).toMatch(/^jianbao serve: POST \/watchlists\/remove: /);
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});

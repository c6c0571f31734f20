import type { HttpBindings, ServerType } from '@hono/node-server';
import type { MiddlewareHandler } from 'hono';
import { unavailable } from '../core/index.js';
import type { WebEnv } from './env.js';

/**
 * The requests a server is answering, and whether it is stopping: the app counts them (`middleware`) so that a
 * shutdown can wait for them before the store closes under them. Once stopping, a request that arrives (on a
 * connection kept alive) is answered 503 without touching the store, and every answer closes its connection.
 */
export class Drain {
  private active = 0;
  private stoppingFlag = false;
  private idle: (() => void)[] = [];

  get stopping(): boolean {
    return this.stoppingFlag;
  }

  /** How many requests are being answered now. */
  get inFlight(): number {
    return this.active;
  }

  readonly middleware: MiddlewareHandler<WebEnv> = async (c, next) => {
    if (this.stoppingFlag) {
      c.header('Connection', 'close');
      throw unavailable('jianbao serve', '服务正在停止，请稍后重试');
    }
    this.active++;
    // Served by @hono/node-server, a request ends when its response is written out (after the handler returns).
    const outgoing = (c.env as Partial<HttpBindings> | undefined)?.outgoing;
    if (outgoing) outgoing.once('close', this.done);
    try {
      await next();
    } finally {
      if (!outgoing) this.done();
    }
    if (this.stoppingFlag) c.header('Connection', 'close');
  };

  private readonly done = () => {
    if (--this.active === 0) for (const wake of this.idle.splice(0)) wake();
  };

  /** From now on, requests that arrive are refused. */
  stop(): void {
    this.stoppingFlag = true;
  }

  /** Resolves when no request is in flight, or after `ms`; gives how many still are. */
  async settled(ms: number): Promise<number> {
    if (this.active > 0) {
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        new Promise<void>((resolve) => this.idle.push(resolve)),
        new Promise<void>((resolve) => (timer = setTimeout(resolve, ms))),
      ]);
      clearTimeout(timer);
    }
    return this.active;
  }
}

/** What a shutdown did, for its one line. */
export interface Stopped {
  /** Requests in flight when it began. */
  inFlight: number;
  /** Requests still unanswered when the store closed (they were answered 503, or cut after the grace period). */
  late: number;
}

/** How long a shutdown waits for requests in flight before closing the store, and for the late ones after it. */
export const DRAIN_MS = 10_000;
export const GRACE_MS = 1_000;

/**
 * Stops a workbench server in order: stop accepting (idle kept-alive connections closed, new requests refused),
 * wait up to `drainMs` for the requests in flight, run `stop` (the jobs, then the store), give requests that were
 * still running up to `graceMs` to be answered (their store calls now fail: a 503 page), then cut what is left.
 */
export async function stopServing(
  server: ServerType,
  drain: Drain,
  stop: () => Promise<void>,
  { drainMs = DRAIN_MS, graceMs = GRACE_MS }: { drainMs?: number; graceMs?: number } = {},
): Promise<Stopped> {
  const inFlight = drain.inFlight;
  drain.stop();
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  // node:http servers (an https one as well) can drop their idle kept-alive connections; http2 has no such method.
  const http = server as Partial<import('node:http').Server>;
  http.closeIdleConnections?.();
  const late = await drain.settled(drainMs);
  await stop();
  await drain.settled(graceMs);
  http.closeAllConnections?.();
  await closed;
  return { inFlight, late };
}

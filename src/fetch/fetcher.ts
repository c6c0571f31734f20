/**
 * A polite HTTP fetcher on Node's built-in fetch: http(s) only, per-attempt timeout, retries with
 * exponential backoff (or the server's Retry-After) for 5xx/429/network failures (never other 4xx), a body size cap enforced while
 * streaming, redirects followed by hand (limit, loop detection, scheme check on every hop), conditional
 * GET (ETag / Last-Modified → 'unchanged' on 304) and one request at a time per host with a delay.
 * Every connection, redirects included, goes to an address the address policy allows (./address-policy.ts).
 * It returns bytes; decoding is the extractor's job.
 */
import type { Agent, buildConnector, fetch as undiciFetch, Response } from 'undici';
import { addressPolicy } from './address-policy.js';
import { FetchError } from './fetch-error.js';
import { AddressRefused, guardedConnector } from './guarded-connect.js';
import { HostGate } from './host-gate.js';
import { requireHttpUrl } from './url-policy.js';

/** Fetcher settings; every field has a default. */
export interface FetcherOptions {
  /** Per-attempt time limit for the whole exchange, headers and body (default 20 s). */
  timeoutMs?: number;
  /** Extra attempts after a 5xx, 429 or network failure (default 3). */
  retries?: number;
  /** First backoff delay; doubles each retry (default 500 ms). */
  backoffMs?: number;
  /** Largest body accepted (default 10 MB). */
  maxBytes?: number;
  /** Most redirects followed (default 10). */
  maxRedirects?: number;
  /** Rest between two requests to the same host (default 1 s). */
  hostDelayMs?: number;
  userAgent?: string;
  /** Internal networks that may be fetched from anyway (CIDRs or addresses); default none. */
  allowNetworks?: string[];
  /** Allow every internal network (`--allow-private`). */
  allowPrivate?: boolean;
  /** The raw TCP/TLS connect step, run only after the address check (default undici's). */
  connect?: buildConnector.connector;
}

/** Validators from an earlier fetch, sent back for a conditional GET. */
export interface Validators {
  etag?: string | null;
  lastModified?: string | null;
}

/** A fetched resource. */
export interface Fetched {
  status: 'ok';
  /** Final URL after redirects. */
  url: string;
  httpStatus: number;
  headers: Record<string, string>;
  contentType: string | null;
  body: Uint8Array;
  etag: string | null;
  lastModified: string | null;
}

/** The server says the resource has not changed since the validators were issued (HTTP 304). */
export interface Unchanged {
  status: 'unchanged';
  url: string;
  etag: string | null;
  lastModified: string | null;
}

/** Fetches URLs politely; see the module comment. */
export interface Fetcher {
  /** GETs `url`; throws {@link FetchError} on failure. */
  get(url: string, validators?: Validators): Promise<Fetched | Unchanged>;
}

const DEFAULTS: Required<Omit<FetcherOptions, 'connect'>> = {
  timeoutMs: 20_000,
  retries: 3,
  backoffMs: 500,
  maxBytes: 10 * 1024 * 1024,
  maxRedirects: 10,
  hostDelayMs: 1000,
  userAgent: 'jianbao/0.1 (industry-intelligence monitor; polite crawler)',
  allowNetworks: [],
  allowPrivate: false,
};

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

function headerRecord(h: Headers): Record<string, string> {
  const out: Record<string, string> = {};
  h.forEach((v, k) => (out[k] = v));
  return out;
}

/** Longest Retry-After honoured; a server asking for more is treated as down for this poll. */
const MAX_RETRY_AFTER_MS = 60_000;

/** Retry-After (seconds or HTTP date) in ms, or undefined when absent or unreadable. */
function retryAfter(value: string | null): number | undefined {
  if (!value) return undefined;
  const ms = /^\d+$/.test(value.trim()) ? Number(value) * 1000 : Date.parse(value) - Date.now();
  return Number.isFinite(ms) ? Math.max(0, ms) : undefined;
}

function retryable(e: unknown): boolean {
  if (!(e instanceof FetchError)) return false;
  if (e.kind === 'network' || e.kind === 'timeout') return true;
  return e.kind === 'http' && e.status !== undefined && (e.status >= 500 || e.status === 429);
}

/** Reads a response body, aborting once it passes `max` bytes. */
async function readCapped(res: Response, url: string, max: number, abort: () => void): Promise<Uint8Array> {
  const declared = Number(res.headers.get('content-length') ?? NaN);
  if (declared > max) {
    abort();
    throw new FetchError('too-large', url, `response of ${declared} bytes exceeds the ${max}-byte limit`);
  }
  if (!res.body) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = res.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > max) {
      abort();
      await reader.cancel().catch(() => undefined);
      throw new FetchError('too-large', url, `response exceeds the ${max}-byte limit`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/** Creates a fetcher with its own per-host politeness state. */
export function createFetcher(options: FetcherOptions = {}): Fetcher {
  const o = { ...DEFAULTS, ...options };
  const gate = new HostGate(o.hostDelayMs);
  const policy = addressPolicy(o.allowNetworks, o.allowPrivate);
  // undici is loaded on the first request, not with every command of the CLI (it costs start-up time).
  let client: Promise<{ fetch: typeof undiciFetch; dispatcher: Agent }> | null = null;
  const http = () => (client ??= import('undici').then((u) => ({
    fetch: u.fetch,
    dispatcher: new u.Agent({ connect: guardedConnector(policy, options.connect ?? u.buildConnector({})) }),
  })));

  /** One HTTP exchange (no redirects followed), under the per-host gate and the timeout. */
  async function exchange(url: URL, validators: Validators | undefined): Promise<Fetched | Unchanged | { redirect: string }> {
    return gate.run(url.host, async () => {
      const controller = new AbortController();
      let timedOut = false;
      const timer = setTimeout(() => {
        timedOut = true;
        controller.abort();
      }, o.timeoutMs);
      try {
        const headers: Record<string, string> = { 'user-agent': o.userAgent, accept: '*/*' };
        if (validators?.etag) headers['if-none-match'] = validators.etag;
        if (validators?.lastModified) headers['if-modified-since'] = validators.lastModified;
        const { fetch, dispatcher } = await http();
        const res = await fetch(url, { headers, redirect: 'manual', signal: controller.signal, dispatcher });
        const etag = res.headers.get('etag');
        const lastModified = res.headers.get('last-modified');
        if (res.status === 304) {
          await res.body?.cancel();
          return { status: 'unchanged', url: url.href, etag: etag ?? validators?.etag ?? null, lastModified: lastModified ?? validators?.lastModified ?? null };
        }
        if (res.status >= 300 && res.status < 400 && res.headers.get('location')) {
          await res.body?.cancel();
          return { redirect: res.headers.get('location')! };
        }
        if (res.status >= 400) {
          await res.body?.cancel();
          throw new FetchError('http', url.href, `HTTP ${res.status} ${res.statusText}`.trim(), res.status, retryAfter(res.headers.get('retry-after')));
        }
        const body = await readCapped(res, url.href, o.maxBytes, () => controller.abort());
        return { status: 'ok', url: url.href, httpStatus: res.status, headers: headerRecord(res.headers), contentType: res.headers.get('content-type'), body, etag, lastModified };
      } catch (e) {
        if (e instanceof FetchError) throw e;
        if (timedOut) throw new FetchError('timeout', url.href, `no complete answer within ${o.timeoutMs} ms`);
        const cause = (e as { cause?: { code?: string; message?: string } }).cause;
        if (cause instanceof AddressRefused) throw new FetchError('refused-address', url.href, cause.message);
        throw new FetchError('network', url.href, cause?.code ?? cause?.message ?? (e as Error).message);
      } finally {
        clearTimeout(timer);
      }
    });
  }

  /** Follows redirects by hand so every hop is checked and loops are named as such. */
  async function follow(start: URL, validators: Validators | undefined): Promise<Fetched | Unchanged> {
    const seen = new Set<string>([start.href]);
    let url = start;
    for (let hop = 0; ; hop++) {
      const r = await exchange(url, hop === 0 ? validators : undefined).catch((e: unknown) => {
        // The user gave `start`: a refused hop is reported under it, saying where the redirect led.
        if (hop > 0 && e instanceof FetchError && e.kind === 'refused-address') {
          throw new FetchError('refused-address', start.href, `redirected to ${url.href}: ${e.message.slice(url.href.length + 2)}`);
        }
        throw e;
      });
      if (!('redirect' in r)) return r;
      const next = requireHttpUrl(r.redirect, url.href);
      if (seen.has(next.href)) throw new FetchError('redirect-loop', start.href, `redirect loop via ${next.href}`);
      if (hop + 1 > o.maxRedirects) throw new FetchError('too-many-redirects', start.href, `more than ${o.maxRedirects} redirects`);
      seen.add(next.href);
      url = next;
    }
  }

  return {
    async get(raw: string, validators?: Validators): Promise<Fetched | Unchanged> {
      const url = requireHttpUrl(raw);
      for (let attempt = 0; ; attempt++) {
        try {
          return await follow(url, validators);
        } catch (e) {
          if (attempt >= o.retries || !retryable(e)) throw e;
          const asked = (e as FetchError).retryAfterMs;
          if (asked !== undefined && asked > MAX_RETRY_AFTER_MS) throw e;
          await sleep(Math.max(asked ?? 0, o.backoffMs * 2 ** attempt));
        }
      }
    },
  };
}

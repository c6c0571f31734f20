/**
 * Fault tests of `jianbao worker` on PostgreSQL, with a server of the test's own (test/pg-server.ts) and 60
 * feeds on 127.0.0.1: two workers share the sources; one is killed with SIGKILL in the middle of its jobs and the
 * other finishes; then the server is stopped with `-m immediate` and started again mid-run, and both workers say
 * so in one line each and finish. Every time, every article is stored once and enriched once, no term is
 * counted twice, and a watchlist's webhook (a receiver on 127.0.0.1) gets every matching article's alert, each
 * alert once but for the one duplicate a crash between sending and marking may cost (docs/alerts.md: receivers
 * can drop it by the alert's id). Expiry is set to 5 s so a dead worker's jobs are run again within seconds.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openJianbao, resolveConfig } from '../src/core/index.js';
import { openStore } from '../src/store/open.js';
import { startReceiver } from './alerts-servers.js';
import { finished, lines, startCli, type CliRun } from './cli-run.js';
import { farmArticle, startFeedsFarm, type FeedsFarm } from './feeds-farm.js';
import { startPgServer, type PgServer } from './pg-server.js';

const SOURCES = 60;
const ITEMS = 1;
/** What the watchlist asks for, and the farm's articles that hold it. */
const WATCHED = '动力电池';
const MATCHING = Array.from({ length: SOURCES }, (_, n) => farmArticle(n, 0)).filter((a) => a.title.includes(WATCHED)).length;

let server: PgServer | null = null;
let farm: FeedsFarm;
let receiver: Awaited<ReturnType<typeof startReceiver>>;
let dir: string;
let config: string;

beforeAll(async () => {
  server = await startPgServer();
  farm = await startFeedsFarm({ items: ITEMS, delayMs: 10 });
  receiver = await startReceiver();
  dir = mkdtempSync(join(tmpdir(), 'jianbao-workers-'));
  config = join(dir, 'jianbao.config.json');
  writeFileSync(config, JSON.stringify({
    fetch: { hostDelayMs: 0, retries: 1, timeoutMs: 5000, allowNetworks: ['127.0.0.1'] },
    jobs: { retries: 5, retryDelaySeconds: 1, expireSeconds: 5, tickSeconds: 0.5 },
  }));
}, 60_000);

afterAll(async () => {
  server?.remove();
  await farm?.close();
  await receiver?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** A new database on the test server holding the 60 sources and a watchlist whose webhook posts to `/NAME`. */
async function storeWithSources(name: string): Promise<string> {
  const admin = new pg.Pool({ connectionString: server!.url });
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = server!.url.replace(/\/postgres$/, `/${name}`);
  const store = await openStore(url);
  for (let n = 0; n < SOURCES; n++) await store.sources.add({ url: `${farm.base}/feed/${n}.xml`, name: null, section: null, everySeconds: 3600 });
  await store.close();
  const jianbao = await openJianbao(resolveConfig({ flags: { store: url, fetch: { allowNetworks: ['127.0.0.1'] } } }));
  await jianbao.watchlists.add({ id: 'root', role: 'admin' }, { name: WATCHED, query: WATCHED, webhook: `${receiver.base}/${name}` });
  await jianbao.close();
  return url;
}

/** Every worker started, killed after each test whatever happened. */
const started: ChildProcess[] = [];
afterEach(() => {
  for (const child of started.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});

function worker(url: string): { child: ChildProcess; run: Promise<CliRun> } {
  const child = startCli(['worker', '--db', url, '--concurrency', '2'], { JIANBAO_CONFIG: config });
  started.push(child);
  return { child, run: finished(child) };
}

/** Runs `sql` on the database, reconnecting each time (the server may have been restarted). */
async function value(url: string, sql: string): Promise<number> {
  const pool = new pg.Pool({ connectionString: url });
  try {
    return Number((await pool.query(sql)).rows[0].n);
  } catch {
    return -1;
  } finally {
    await pool.end();
  }
}

async function until(check: () => Promise<boolean>, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Everything fetched and enriched, no fetch or enrich job waiting or running, and every alert's webhook sent. */
async function finishedWork(url: string): Promise<boolean> {
  return (await value(url, 'SELECT count(*) AS n FROM article_enrichment')) === SOURCES * ITEMS &&
    (await value(url, `SELECT count(*) AS n FROM pgboss.job WHERE name IN ('fetch', 'enrich') AND state < 'completed'`)) === 0 &&
    (await value(url, `SELECT count(*) AS n FROM deliveries WHERE status = 'sent'`)) === MATCHING;
}

/**
 * Each article once, each enriched once, every document frequency equal to the enrichments counting the term;
 * each matching article alerted once, and its webhook received (at most one duplicate for the one fault).
 */
async function expectEachOnce(url: string, name: string): Promise<void> {
  expect(await value(url, 'SELECT count(*) AS n FROM articles')).toBe(SOURCES * ITEMS);
  expect(await value(url, 'SELECT count(DISTINCT title) AS n FROM articles')).toBe(SOURCES * ITEMS);
  expect(await value(url, 'SELECT count(*) AS n FROM article_enrichment')).toBe(SOURCES * ITEMS);
  expect(await value(url, `SELECT count(*) AS n FROM (
      SELECT term, count(DISTINCT article_id) AS n FROM article_enrichment, jsonb_array_elements_text(terms) AS term GROUP BY term
    ) t FULL JOIN doc_freq d USING (term) WHERE t.n IS DISTINCT FROM d.df`)).toBe(0);
  expect(await value(url, `SELECT count(*) AS n FROM pgboss.job WHERE state = 'failed'`)).toBe(0);
  expect(await value(url, 'SELECT count(*) AS n FROM alerts')).toBe(MATCHING);
  expect(await value(url, `SELECT count(*) AS n FROM deliveries WHERE status <> 'sent'`)).toBe(0);
  const posts = receiver.received.filter((r) => r.path === `/${name}`).map((r) => r.body as { alert: { id: number }; article: { title: string } });
  expect(new Set(posts.map((p) => p.alert.id)).size).toBe(MATCHING);
  for (const p of posts) expect(p.article.title).toContain(WATCHED);
  expect(posts.length - MATCHING).toBeLessThanOrEqual(1);
}

/** Stops a worker with SIGTERM: it lets its jobs finish and ends cleanly. */
async function stopped(w: { child: ChildProcess; run: Promise<CliRun> }): Promise<CliRun> {
  w.child.kill('SIGTERM');
  const run = await w.run;
  expect(run.stderr).not.toMatch(/\n\s+at |Unhandled|node:internal/);
  expect(run.code).toBe(0);
  return run;
}

describe.skipIf(readdirSafe('/usr/lib/postgresql').length === 0)('jianbao worker on PostgreSQL, under faults', () => {
  it('two workers share 60 sources; one killed with SIGKILL mid-job; the other finishes; every article stored once, every alert sent', async () => {
    const url = await storeWithSources('kill_one');
    const a = worker(url);
    const b = worker(url);
    await until(async () => (await value(url, `SELECT count(*) AS n FROM pgboss.job WHERE state = 'active'`)) > 0 &&
      (await value(url, 'SELECT count(*) AS n FROM articles')) >= 20, 60_000);
    a.child.kill('SIGKILL');
    expect((await a.run).signal).toBe('SIGKILL');
    await until(() => finishedWork(url), 180_000);
    const run = await stopped(b);
    expect(lines(run.stdout)[0]).toMatch(/^worker: working fetch, enrich/);
    await expectEachOnce(url, 'kill_one');
  }, 300_000);

  it('the server stopped with -m immediate and started again mid-run: one line each, then everything once', async () => {
    const url = await storeWithSources('restart');
    const workers = [worker(url), worker(url)];
    await until(async () => (await value(url, 'SELECT count(*) AS n FROM articles')) >= 20, 60_000);
    server!.stopImmediately();
    await new Promise((r) => setTimeout(r, 1500));
    server!.start();
    await until(() => finishedWork(url), 180_000);
    for (const w of workers) {
      const errors = lines((await stopped(w)).stderr);
      expect(errors.filter((l) => /connection lost/.test(l))).toHaveLength(1);
      expect(errors.filter((l) => /connection back/.test(l))).toHaveLength(1);
      for (const line of errors) expect(line).toMatch(/^jianbao: \S.*: \S/);
    }
    await expectEachOnce(url, 'restart');
  }, 300_000);
});

function readdirSafe(path: string): string[] {
  try {
    return readdirSync(path);
  } catch {
    return [];
  }
}

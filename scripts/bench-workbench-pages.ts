/**
 * What the 关注 / 提醒 / 任务 pages, the saved-search list and the nav's unread-alert count cost once alerts pile up:
 * a store with one reader owning 20 watchlists (and 5 shared) holding N alerts (default 100k, half of them read by
 * the reader), 50 saved searches, and 500 other users' watchlists with alerts the reader never sees. Prints the
 * p50/p95 of the core calls — beside the session lookup every page makes anyway (the baseline) — and the server time
 * of the pages through `createApp` in-process, beside /healthz (the framework floor), measured in the same run.
 *
 *   npm run bench:workbench-pages                       SQLite, 100k alerts
 *   npm run bench:workbench-pages -- --alerts 20000     fewer
 *   npm run bench:workbench-pages -- --pg URL           also on PostgreSQL (a scratch database on the server at URL;
 *                                                       default JIANBAO_TEST_PG, e.g. under `bash .ci/with-postgres`)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { openJianbao, resolveConfig, type Actor, type Jianbao } from '../src/core/index.js';
import { createApp } from '../src/web/app.js';

const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const ALERTS = Number(arg('alerts') ?? 100_000);
const PG = arg('pg') ?? process.env.JIANBAO_TEST_PG;
const RUNS = 200;
const ADMIN: Actor = { id: 'bench', role: 'admin' };
const READER = { name: 'reader', password: 'reader-bench-secret' };

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)]!;
const ms = (x: number) => `${x.toFixed(1)} ms`;

async function time(work: () => Promise<unknown>): Promise<{ p50: number; p95: number }> {
  for (let i = 0; i < 10; i++) await work();
  const took: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await work();
    took.push(performance.now() - t);
  }
  return { p50: pct(took, 50), p95: pct(took, 95) };
}

/** The rows, as SQL both backends take: watchlists, alerts spread over them, the reader's read marks. */
function fill(): string[] {
  const own = 20;
  const shared = 5;
  const others = 500;
  const n = own + shared + others;
  const owner = (i: number) => (i <= own ? `'reader'` : i <= own + shared ? 'NULL' : `'user${i}'`);
  // Inserted in order into a fresh store: their ids are 1..n.
  const watchlists = Array.from({ length: n }, (_, k) => `('w${k + 1}', ${owner(k + 1)}, '芯片', 'json', '2026-01-01T00:00:00Z', 0)`);
  return [
    `INSERT INTO watchlists (name, owner, query, webhook_format, created_at, since_article_id) VALUES ${watchlists.join(',')}`,
    // Alert i on watchlist (i mod n)+1: a quarter of them on the reader's and the shared lists.
    `INSERT INTO alerts (watchlist_id, kind, article_id, title, day, created_at)
       SELECT (i % ${n}) + 1, 'match', NULL, '标题' || i, '2026-11-01', '2026-11-01T00:00:00Z' FROM series`,
    // The reader read every second alert of theirs.
    `INSERT INTO alert_reads (alert_id, reader, read_at)
       SELECT a.id, 'reader', '2026-11-02T00:00:00Z' FROM alerts a WHERE a.watchlist_id <= ${own + shared} AND a.id % 2 = 0`,
  ];
}

async function measure(label: string, location: string, load: (statements: string[]) => Promise<void>): Promise<void> {
  const config = resolveConfig({ flags: { store: location } });
  let jianbao: Jianbao = await openJianbao(config);
  await jianbao.users.add(ADMIN, { name: READER.name, role: 'reader', password: READER.password });
  await jianbao.close();
  await load(fill());
  jianbao = await openJianbao(config);
  try {
    const reader: Actor = { id: READER.name, role: 'reader' };
    for (let i = 0; i < 50; i++) await jianbao.savedSearches.save(reader, { name: `检索 ${i}`, query: `芯片 ${i}` });
    const app = createApp(jianbao);
    const login = await app.request('/login', { method: 'POST', body: new URLSearchParams({ username: READER.name, password: READER.password }) });
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
    const token = cookie.split('=')[1]!;
    const { unread } = await jianbao.watchlists.alerts(reader, { limit: 1 });
    console.log(`\n${label}: ${ALERTS} alerts (${unread} unread for the reader), 525 watchlists, 50 saved searches`);
    const rows: [string, () => Promise<unknown>][] = [
      ['session lookup (baseline: every page)', () => jianbao.users.session(token)],
      ['unread count (nav, every page)', () => jianbao.watchlists.unread(reader)],
      ['saved searches (/search)', () => jianbao.savedSearches.list(reader)],
      ['/healthz (floor)', async () => (await app.request('/healthz')).text()],
      ['/search (no query)', async () => (await app.request('/search', { headers: { cookie } })).text()],
      ['/alerts (200 newest)', async () => (await app.request('/alerts', { headers: { cookie } })).text()],
      ['/alerts?view=unread', async () => (await app.request('/alerts?view=unread', { headers: { cookie } })).text()],
      ['/watchlists', async () => (await app.request('/watchlists', { headers: { cookie } })).text()],
    ];
    for (const [name, work] of rows) {
      const t = await time(work);
      console.log(`  ${name.padEnd(40)} p50 ${ms(t.p50).padStart(9)}   p95 ${ms(t.p95).padStart(9)}`);
    }
  } finally {
    await jianbao.close();
  }
}

console.log(`bench:workbench-pages — ${RUNS} runs each, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
const dir = mkdtempSync(join(tmpdir(), 'jianbao-bench-pages-'));
try {
  const file = join(dir, 'j.db');
  await measure('SQLite', file, async (statements) => {
    const db = new Database(file);
    db.exec(`CREATE TEMP TABLE series AS WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < ${ALERTS}) SELECT i FROM s`);
    db.transaction(() => statements.forEach((s) => db.exec(s)))();
    db.exec('ANALYZE');
    db.close();
  });
  if (PG) {
    const admin = new pg.Pool({ connectionString: PG });
    const name = `jianbao_bench_pages_${process.pid}`;
    await admin.query(`CREATE DATABASE ${name}`);
    const url = new URL(PG);
    url.pathname = `/${name}`;
    try {
      await measure('PostgreSQL', url.toString(), async (statements) => {
        // One client: the series is a temporary table of its session.
        const client = new pg.Client({ connectionString: url.toString() });
        await client.connect();
        await client.query(`CREATE TEMP TABLE series AS SELECT generate_series(1, ${ALERTS}) AS i`);
        for (const statement of statements) await client.query(statement);
        // As autovacuum leaves a settled table: statistics, and the visibility map index-only scans read.
        await client.query('VACUUM ANALYZE');
        await client.end();
      });
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

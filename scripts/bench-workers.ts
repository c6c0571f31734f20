/**
 * `npm run bench:workers`: articles fetched and enriched per second by `jianbao worker` processes sharing one
 * PostgreSQL store, with 1 and with 2 workers, in one run on 127.0.0.1 (a throwaway server of its own, as the
 * tests start it, and a farm of feeds). The 1-worker figure is the baseline the 2-worker one is compared with.
 *
 *   npm run bench:workers [-- --sources 100 --items 3 --concurrency 2]
 *
 * Each round: a fresh database, the workers started and ready, then the sources added; timed until every
 * article is stored and enriched.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { openStore } from '../src/store/open.js';
import { startFeedsFarm } from '../test/feeds-farm.js';
import { startPgServer } from '../test/pg-server.js';

const { values } = parseArgs({ options: { sources: { type: 'string', default: '100' }, items: { type: 'string', default: '3' }, concurrency: { type: 'string', default: '2' } } });
const SOURCES = Number(values.sources);
const ITEMS = Number(values.items);
const ROOT = new URL('..', import.meta.url).pathname;

const server = await startPgServer();
if (!server) {
  process.stderr.write('bench:workers: PostgreSQL server binaries not found (sudo apt-get install -y postgresql)\n');
  process.exit(1);
}
const farm = await startFeedsFarm({ items: ITEMS });
const dir = mkdtempSync(join(tmpdir(), 'jianbao-bench-workers-'));
const config = join(dir, 'jianbao.config.json');
writeFileSync(config, JSON.stringify({
  fetch: { hostDelayMs: 0, retries: 1, timeoutMs: 10_000, allowNetworks: ['127.0.0.1'] },
  jobs: { retries: 5, retryDelaySeconds: 1, expireSeconds: 60, tickSeconds: 0.5 },
}));

async function count(url: string, sql: string): Promise<number> {
  const pool = new pg.Pool({ connectionString: url });
  try {
    return Number((await pool.query(sql)).rows[0].n);
  } finally {
    await pool.end();
  }
}

/** Starts a worker and resolves when it says it is working. */
function startWorker(url: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['bin/jianbao.js', 'worker', '--db', url, '--concurrency', values.concurrency!], {
    cwd: ROOT, env: { ...process.env, JIANBAO_CONFIG: config }, stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (s: Buffer) => /^worker: working/m.test(s.toString()) && resolve(child));
    child.on('exit', (code) => reject(new Error(`worker exited with ${code}`)));
  });
}

async function round(workers: number): Promise<{ seconds: number; rate: number }> {
  const name = `bench_${workers}`;
  const admin = new pg.Pool({ connectionString: server!.url });
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = server!.url.replace(/\/postgres$/, `/${name}`);
  await (await openStore(url)).close();
  const children = await Promise.all(Array.from({ length: workers }, () => startWorker(url)));
  const store = await openStore(url);
  const start = performance.now();
  for (let n = 0; n < SOURCES; n++) await store.sources.add({ url: `${farm.base}/feed/${n}.xml`, name: null, section: null, everySeconds: 3600 });
  await store.close();
  while ((await count(url, 'SELECT count(*) AS n FROM article_enrichment')) < SOURCES * ITEMS) await new Promise((r) => setTimeout(r, 100));
  const seconds = (performance.now() - start) / 1000;
  for (const c of children) c.kill('SIGTERM');
  await Promise.all(children.map((c) => new Promise((r) => (c.exitCode !== null ? r(null) : c.on('exit', r)))));
  return { seconds, rate: (SOURCES * ITEMS) / seconds };
}

try {
  const load = loadavg()[0].toFixed(1);
  process.stdout.write(`bench:workers: ${SOURCES} sources × ${ITEMS} articles on 127.0.0.1, concurrency ${values.concurrency} per queue, ${cpus().length} cores, load ${load}\n`);
  const one = await round(1);
  const two = await round(2);
  process.stdout.write('workers  articles  seconds  fetched+enriched/s\n');
  for (const [n, r] of [[1, one], [2, two]] as const) {
    process.stdout.write(`${String(n).padStart(7)}  ${String(SOURCES * ITEMS).padStart(8)}  ${r.seconds.toFixed(1).padStart(7)}  ${r.rate.toFixed(1).padStart(18)}\n`);
  }
  process.stdout.write(`ratio 2/1: ${(two.rate / one.rate).toFixed(2)} (target ≥ 1.6 on 2 idle cores; load at the end ${loadavg()[0].toFixed(1)})\n`);
} finally {
  await farm.close();
  server.remove();
  rmSync(dir, { recursive: true, force: true });
}

/**
 * Time from an article being stored to its webhook alert, on 127.0.0.1: a store holding the samples, 40
 * watchlists (the judged queries of testdata/search-judgements.json) each posting to a local receiver, and web
 * articles stored through the fetch path's store call (`storeWebArticle`) in batches, as a fetch stores them.
 * Alerting runs as the job handlers would (`matchNew`, then `deliverPending`) in two cadences:
 *
 * - chained: right after each stored batch (an alert job queued by the fetch job, as the import path does);
 * - polling: every BENCH_ALERTS_POLL_MS (default 1000) whatever was stored, as a scheduled job.
 *
 * It prints p50, p95 and max of stored → received per alerted article, beside a baseline measured in the same
 * run: one JSON POST to the same receiver straight from undici (what any webhook costs here). The jobs engineer
 * folds `benchAlerts` into bench:workers; the issue asks p95 ≤ 5 s.
 *
 *   npm run bench:alerts     (BENCH_ALERTS_BATCHES=N batches of 5 articles, default 30)
 */
import { createServer } from 'node:http';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { deliverPending, matchNew, openJianbao, resolveConfig, type Actor, type Jianbao } from '../src/core/index.js';
import { openStore } from '../src/store/open.js';
import type { Store, StoredArticle } from '../src/store/types.js';

const BATCHES = Number(process.env.BENCH_ALERTS_BATCHES ?? 30);
const BATCH = 5;
const POLL_MS = Number(process.env.BENCH_ALERTS_POLL_MS ?? 1000);
const GAP_MS = 200;
const ACTOR: Actor = { id: 'bench', role: 'admin' };

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]! : NaN;
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A receiver noting when the first alert on each article arrived. */
async function receiver(): Promise<{ url: string; arrived: Map<number, number>; close(): Promise<void> }> {
  const arrived = new Map<number, number>();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { article?: { id: number } | null };
      if (body.article && !arrived.has(body.article.id)) arrived.set(body.article.id, performance.now());
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"errcode":0}');
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`, arrived, close: () => new Promise((r) => server.close(() => r())) };
}

/** Stored → received, ms, per alerted article, for one cadence. */
export async function benchAlerts(cadence: 'chained' | 'polling', batches = BATCHES): Promise<{ latencies: number[]; stored: number; baseline: number[] }> {
  const dir = mkdtempSync(join(tmpdir(), 'jianbao-bench-alerts-'));
  const hook = await receiver();
  const location = join(dir, 'j.db');
  const jianbao: Jianbao = await openJianbao(resolveConfig({ flags: { store: location, fetch: { allowNetworks: ['127.0.0.1'] } } }));
  let store: Store | null = null;
  try {
    for (const f of readdirSync('samples').filter((f) => f.endsWith('.txt')).sort()) await jianbao.issues.importFile(ACTOR, join('samples', f), { sameIssue: 'keep-both' });
    const queries = (JSON.parse(readFileSync('testdata/search-judgements.json', 'utf8')) as { queries: { query: string }[] }).queries.map((q) => q.query);
    for (const [i, query] of queries.entries()) await jianbao.watchlists.add(ACTOR, { name: `w${i}`, query, webhook: hook.url, owner: null });
    store = await openStore(location);
    const pool: StoredArticle[] = await store.articles.list();
    const storedAt = new Map<number, number>();
    let stop = false;
    const poller = cadence === 'polling'
      ? (async () => {
          while (!stop) {
            await matchNew(jianbao);
            await deliverPending(jianbao, new Date());
            await sleep(POLL_MS);
          }
        })()
      : null;
    for (let b = 0; b < batches; b++) {
      for (let k = 0; k < BATCH; k++) {
        const n = b * BATCH + k;
        const a = pool[n % pool.length]!;
        const url = `https://news.example.com/${cadence}/${n}`;
        const now = new Date().toISOString();
        const r = await store.sources.storeWebArticle({ sourceId: null, section: a.section, title: a.title, body: a.body, url, canonicalUrl: url, dedupKey: url, publishedAt: now, fetchedAt: now, author: null, outlet: null });
        storedAt.set(r.id, performance.now());
      }
      if (cadence === 'chained') {
        await matchNew(jianbao);
        await deliverPending(jianbao, new Date());
      }
      await sleep(GAP_MS);
    }
    const until = performance.now() + POLL_MS * 3 + 5000;
    while (performance.now() < until && cadence === 'polling') await sleep(100);
    stop = true;
    await poller;
    const latencies = [...storedAt].flatMap(([id, t]) => (hook.arrived.has(id) ? [hook.arrived.get(id)! - t] : []));
    const { fetch } = await import('undici');
    const baseline: number[] = [];
    for (let i = 0; i < 30; i++) {
      const t0 = performance.now();
      const res = await fetch(hook.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ article: null }) });
      await res.text();
      baseline.push(performance.now() - t0);
    }
    return { latencies, stored: storedAt.size, baseline };
  } finally {
    await store?.close();
    await jianbao.close();
    await hook.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const f = (ms: number) => `${ms.toFixed(ms < 10 ? 2 : 0)} ms`;
  console.log(`bench:alerts — ${BATCHES} batches of ${BATCH} web articles, 40 watchlists with webhooks on 127.0.0.1; load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  for (const cadence of ['chained', 'polling'] as const) {
    const r = await benchAlerts(cadence);
    const label = cadence === 'chained' ? 'alert job after each stored batch' : `alert job every ${POLL_MS} ms`;
    console.log(`${label.padEnd(36)} ${r.latencies.length}/${r.stored} articles alerted; stored → webhook p50 ${f(pct(r.latencies, 50))}, p95 ${f(pct(r.latencies, 95))}, max ${f(Math.max(...r.latencies))}`);
    if (cadence === 'chained') console.log(`${'baseline: one POST to the receiver'.padEnd(36)} p50 ${f(pct(r.baseline, 50))}, p95 ${f(pct(r.baseline, 95))}`);
  }
}

/**
 * The jobs service in-process on each backend (the job table on SQLite, pg-boss on PostgreSQL): the schedule
 * queues each due source once, fetch → enrich → regroup run by themselves, a broken source backs off and shows
 * its error without holding up the others, a job run twice stores nothing twice, and a failing job is retried
 * with back-off, then dead with its error, and can be queued again.
 */
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { openJianbao, resolveConfig, type Actor, type Jianbao } from '../src/core/index.js';
import { isDue, nextPollAt, retryAt } from '../src/jobs/backoff.js';
import { openStore } from '../src/store/open.js';
import { BACKENDS } from './backends.js';
import { startFeedsFarm, type FeedsFarm } from './feeds-farm.js';
import { startReceiver } from './alerts-servers.js';

const CHIEF: Actor = { id: 'lin', role: 'chief' };
const ADMIN: Actor = { id: 'zhao', role: 'admin' };
const EDITOR: Actor = { id: 'wang', role: 'editor' };
const ITEMS = 3;

let farm: FeedsFarm;
beforeAll(async () => {
  farm = await startFeedsFarm({ items: ITEMS });
});
afterAll(() => farm.close());

/** Waits until `check` is true (polling), failing after `ms`. */
async function until(check: () => Promise<boolean>, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('back-off', () => {
  it('doubles a retry delay per attempt and a failing source interval per failure, with a cap', () => {
    const now = new Date('2026-01-01T00:00:00Z');
    expect([1, 2, 3, 4].map((a) => (retryAt(now, a, 30).getTime() - now.getTime()) / 1000)).toEqual([30, 60, 120, 240]);
    expect((retryAt(now, 50, 30).getTime() - now.getTime()) / 1000).toBe(30 * 64);
    const polled = { lastFetchedAt: '2026-01-01T00:00:00Z', everySeconds: 600 };
    expect(nextPollAt({ ...polled, failures: 0 }).toISOString()).toBe('2026-01-01T00:10:00.000Z');
    expect(nextPollAt({ ...polled, failures: 3 }).toISOString()).toBe('2026-01-01T01:20:00.000Z');
    expect(isDue({ ...polled, failures: 1 }, new Date('2026-01-01T00:15:00Z'))).toBe(false);
    expect(isDue({ lastFetchedAt: null, everySeconds: 600, failures: 9 }, now)).toBe(true);
  });
});

describe.each(BACKENDS)('jobs on the $name store', (backend) => {
  let jianbao: Jianbao;
  let location: string;
  const count = async (sql: string) => Number((await backend.sql(location, sql))[0].n);

  beforeAll(async () => {
    location = await backend.migrated();
    const config = resolveConfig({
      flags: {
        store: location,
        fetch: { hostDelayMs: 0, retries: 0, timeoutMs: 5000, allowNetworks: ['127.0.0.1'] },
        jobs: { retries: 1, retryDelaySeconds: 1, expireSeconds: 60, tickSeconds: 0.2 },
      },
    });
    jianbao = await openJianbao(config);
  }, 30_000);
  afterAll(() => jianbao?.close());

  it('fetches each due source once, enriches, groups and alerts once per matching article; a broken source backs off and shows its error', async () => {
    const receiver = await startReceiver();
    onTestFinished(() => receiver.close());
    await jianbao.watchlists.add(CHIEF, { name: '电池', query: '动力电池', webhook: `${receiver.base}/hook` });
    // Sources are added through the store until the sources service exists (#11).
    const store = await openStore(location);
    onTestFinished(() => store.close());
    for (let n = 0; n < 8; n++) await store.sources.add({ url: `${farm.base}/feed/${n}.xml`, name: `产业动态${n}`, section: null, everySeconds: 3600 });
    await store.sources.add({ url: `${farm.base}/down/1.xml`, name: '坏站', section: null, everySeconds: 3600 });
    const feedsBefore = farm.hits.get('feed') ?? 0;

    const stop = await jianbao.jobs.start(CHIEF, { concurrency: 2 });
    try {
      await until(async () => (await count('SELECT count(*) AS n FROM article_enrichment')) === 8 * ITEMS);
      await until(async () => (await count('SELECT count(*) AS n FROM article_enrichment')) === 8 * ITEMS);
      // Several schedule rounds have passed meanwhile: no source is fetched again before its interval.
      await new Promise((r) => setTimeout(r, 600));
      const matching = await count(`SELECT count(*) AS n FROM articles WHERE title LIKE '%动力电池%'`);
      expect(matching).toBeGreaterThan(0);
      await until(async () => receiver.received.length >= matching);
      // A few more ticks (alert jobs queued every tick): nobody is told twice.
      await new Promise((r) => setTimeout(r, 600));
      const told = receiver.received.map((r) => (r.body as { article: { id: number } | null }).article?.id).filter((id) => id !== undefined);
      expect(told).toHaveLength(matching);
      expect(new Set(told).size).toBe(matching);
    } finally {
      await stop();
    }
    expect((farm.hits.get('feed') ?? 0) - feedsBefore).toBe(8);
    expect(await count('SELECT count(*) AS n FROM articles')).toBe(8 * ITEMS);
    // Every source has its done fetch job (a schedule round that raced a poll's end may queue one more, which
    // finds its source polled and does nothing: the feed counts above say so).
    const fetches = await jianbao.jobs.list(CHIEF, { name: 'fetch' });
    expect(new Set(fetches.map((j) => (j.payload as { sourceId: number }).sourceId)).size).toBe(9);
    expect(fetches.every((j) => j.state === 'done' && j.key === `source:${(j.payload as { sourceId: number }).sourceId}`)).toBe(true);

    const down = (await store.sources.list()).find((s) => s.url.includes('/down/'))!;
    expect(down.failures).toBe(1);
    expect(down.lastError).toMatch(/500/);
    // Next asked after twice its interval, not once.
    expect(nextPollAt(down).getTime() - Date.parse(down.lastFetchedAt!)).toBe(2 * 3600 * 1000);
  }, 60_000);

  it('a fetch run twice stores nothing twice and counts no term twice', async () => {
    const before = {
      articles: await count('SELECT count(*) AS n FROM articles'),
      enriched: await count('SELECT count(*) AS n FROM article_enrichment'),
      df: await count('SELECT coalesce(sum(df), 0) AS n FROM doc_freq'),
    };
    const stop = await jianbao.jobs.start(CHIEF, { concurrency: 2, schedule: false });
    try {
      for (let round = 0; round < 2; round++) {
        const id = await jianbao.jobs.enqueue(CHIEF, { name: 'fetch', payload: { sourceId: 1, force: true } });
        expect(id).not.toBeNull();
        await until(async () => (await jianbao.jobs.get(CHIEF, id!)).state === 'done');
      }
      // And the enrichment of every article again: none is stale, so nothing changes.
      const all = await jianbao.jobs.enqueue(CHIEF, { name: 'enrich', payload: {} });
      await until(async () => (await jianbao.jobs.get(CHIEF, all!)).state === 'done');
    } finally {
      await stop();
    }
    expect({
      articles: await count('SELECT count(*) AS n FROM articles'),
      enriched: await count('SELECT count(*) AS n FROM article_enrichment'),
      df: await count('SELECT coalesce(sum(df), 0) AS n FROM doc_freq'),
    }).toEqual(before);
  }, 60_000);

  it('retries a failing job with back-off, then keeps it as failed with its error, and queues it again on retry', async () => {
    const stop = await jianbao.jobs.start(CHIEF, { queues: ['render'], concurrency: 1, schedule: false });
    let id: string | null;
    try {
      id = await jianbao.jobs.enqueue(CHIEF, { name: 'render', payload: { bulletinId: 999, formats: ['md'], dir: '/tmp/jianbao-never' } });
      await until(async () => (await jianbao.jobs.get(CHIEF, id!)).state === 'failed');
    } finally {
      await stop();
    }
    const dead = await jianbao.jobs.get(CHIEF, id!);
    expect(dead).toMatchObject({ name: 'render', state: 'failed', attempts: 2, maxAttempts: 2, error: 'issue 999: 没有这一期简报 (no such bulletin)' });
    expect((await jianbao.jobs.list(CHIEF, { state: 'failed' })).map((j) => j.id)).toContain(id);

    const again = await jianbao.jobs.retry(CHIEF, id!);
    expect(again.state).toBe('queued');
    await expect(jianbao.jobs.retry(CHIEF, id!)).rejects.toThrow(/only a failed job can be retried/);
    expect((await jianbao.audit.list(ADMIN, { object: `job:${id}` })).map((e) => e.action)).toEqual(['job.retry', 'job.enqueue']);
  }, 60_000);

  it('refuses bad input and other roles in one line', async () => {
    await expect(jianbao.jobs.list(EDITOR)).rejects.toThrow('wang: 编辑无权管理后台任务 (an editor may not see jobs)');
    await expect(jianbao.jobs.enqueue(CHIEF, { name: 'fetch', payload: { sourceId: -1 } })).rejects.toThrow(/^job fetch: sourceId: 任务内容不符合格式/);
    await expect(jianbao.jobs.enqueue(CHIEF, { name: 'nope' as 'fetch' })).rejects.toThrow(/^job\.name: /);
    await expect(jianbao.jobs.get(CHIEF, '424242')).rejects.toThrow('job 424242: 没有这个任务，可用 jianbao jobs 查看 (no such job (see jianbao jobs))');
  });
});

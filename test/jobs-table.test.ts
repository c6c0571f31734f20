/**
 * The embedded store's job table: keys (exclusive or waiting-only), claiming in order, a dead runner's lease
 * running out, retries pushed back, dead jobs kept with their error and queued again, done jobs pruned.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JobTable, NewJob } from '../src/store/job-types.js';
import { openStore } from '../src/store/open.js';
import type { Store } from '../src/store/types.js';

const dir = mkdtempSync(join(tmpdir(), 'jianbao-jobs-table-'));
let store: Store;
let jobs: JobTable;
beforeAll(async () => {
  store = await openStore(join(dir, 'j.db'));
  jobs = store.jobs!;
});
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const T = (s: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, s)).toISOString();
const job = (over: Partial<NewJob>): NewJob => ({ name: 'fetch', payload: {}, key: null, exclusive: true, runAt: T(0), maxAttempts: 3, ...over });

describe('the job table', () => {
  it('holds an exclusive key against queued and running jobs, a waiting key against queued ones only', async () => {
    const a = await jobs.add(job({ key: 'source:1' }));
    expect(a).not.toBeNull();
    expect(await jobs.add(job({ key: 'source:1' }))).toBeNull();
    const claimed = await jobs.claim(['fetch'], T(1), T(60));
    expect(claimed).toMatchObject({ id: a, state: 'running', attempts: 1 });
    // Running: an exclusive key still holds; a waiting key admits one queued beside it, not run while it runs.
    expect(await jobs.add(job({ key: 'source:1' }))).toBeNull();
    const r1 = await jobs.add(job({ name: 'regroup', key: 'regroup', exclusive: false }));
    const r2 = await jobs.claim(['regroup'], T(2), T(60));
    expect(r2?.id).toBe(r1);
    const r3 = await jobs.add(job({ name: 'regroup', key: 'regroup', exclusive: false }));
    expect(r3).not.toBeNull();
    expect(await jobs.add(job({ name: 'regroup', key: 'regroup', exclusive: false }))).toBeNull();
    expect(await jobs.claim(['regroup'], T(3), T(60))).toBeNull();
    await jobs.complete(r1!, T(4));
    expect((await jobs.claim(['regroup'], T(5), T(60)))?.id).toBe(r3);
    await jobs.complete(r3!, T(6));
    await jobs.complete(a!, T(6));
  });

  it('takes a job again when its runner died (lease run out), and counts the attempt', async () => {
    const id = await jobs.add(job({ key: 'source:2', runAt: T(10) }));
    expect(await jobs.claim(['fetch'], T(9), T(20))).toBeNull();
    expect(await jobs.claim(['fetch'], T(10), T(20))).toMatchObject({ id, attempts: 1 });
    expect(await jobs.claim(['fetch'], T(15), T(25))).toBeNull();
    expect(await jobs.claim(['fetch'], T(20), T(30))).toMatchObject({ id, attempts: 2, state: 'running' });
    await jobs.complete(id!, T(21));
  });

  it('queues a failed attempt again at its retry time, keeps the last one dead with its error, and retries it on request', async () => {
    const id = await jobs.add(job({ name: 'render', key: 'render:9', maxAttempts: 2, runAt: T(30) }));
    await jobs.claim(['render'], T(30), T(90));
    await jobs.fail(id!, 'boom 1', T(31), T(40));
    expect(await jobs.get(id!)).toMatchObject({ state: 'queued', error: 'boom 1', runAt: T(40) });
    expect(await jobs.claim(['render'], T(39), T(99))).toBeNull();
    await jobs.claim(['render'], T(40), T(99));
    await jobs.fail(id!, 'boom 2', T(41), null);
    expect(await jobs.get(id!)).toMatchObject({ state: 'failed', attempts: 2, error: 'boom 2', finishedAt: T(41) });
    expect((await jobs.list({ state: 'failed' })).map((j) => j.id)).toEqual([id]);
    expect(await jobs.retry(id!, T(50))).toBe(true);
    expect(await jobs.get(id!)).toMatchObject({ state: 'queued', attempts: 0, runAt: T(50) });
    expect(await jobs.retry(id!, T(51))).toBe(false);
  });

  it('prunes done jobs finished before a time, and nothing else', async () => {
    const before = await jobs.list({ limit: 1000 });
    const done = before.filter((j) => j.state === 'done').length;
    expect(done).toBeGreaterThan(0);
    expect(await jobs.prune(T(100))).toBe(done);
    expect((await jobs.list({ limit: 1000 })).every((j) => j.state !== 'done')).toBe(true);
  });
});

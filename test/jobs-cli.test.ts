/** `jianbao jobs`, `jobs retry`, `run` and bad command lines, on the embedded store. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openJianbao, resolveConfig, type Actor } from '../src/core/index.js';
import { finished, lines, runCli, startCli } from './cli-run.js';

const dir = mkdtempSync(join(tmpdir(), 'jianbao-jobs-cli-'));
const db = join(dir, 'j.db');
const CHIEF: Actor = { id: 'lin', role: 'chief' };
let deadId: string;

beforeAll(async () => {
  // One dead job: a render of a bulletin that does not exist, with no retries.
  const jianbao = await openJianbao(resolveConfig({ flags: { store: db, jobs: { retries: 0, tickSeconds: 60 } } }));
  try {
    const stop = await jianbao.jobs.start(CHIEF, { queues: ['render'], concurrency: 1, schedule: false });
    deadId = (await jianbao.jobs.enqueue(CHIEF, { name: 'render', payload: { bulletinId: 7, formats: ['md'], dir } }))!;
    while ((await jianbao.jobs.get(CHIEF, deadId)).state !== 'failed') await new Promise((r) => setTimeout(r, 50));
    await stop();
  } finally {
    await jianbao.close();
  }
}, 30_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('jianbao jobs', () => {
  it('lists a dead job with its error, as lines and as JSON, and queues it again on retry', async () => {
    const listed = await runCli(['jobs', '--db', db]);
    expect(listed.code).toBe(0);
    expect(lines(listed.stdout)).toEqual([expect.stringMatching(new RegExp(`^${deadId}  render  failed  1/1  render:7  .*error: issue 7: 没有这一期简报 \\(no such bulletin\\)$`))]);
    const json = JSON.parse((await runCli(['jobs', '--json', '--state', 'failed', '--db', db])).stdout);
    expect(json).toMatchObject([{ id: deadId, name: 'render', state: 'failed', payload: { bulletinId: 7 }, error: 'issue 7: 没有这一期简报 (no such bulletin)' }]);

    const retried = await runCli(['jobs', 'retry', deadId, '--db', db]);
    expect(retried.code).toBe(0);
    expect(retried.stdout).toMatch(new RegExp(`^queued again: ${deadId}  render  queued  0/1 `));
    const again = await runCli(['jobs', 'retry', deadId, '--db', db]);
    expect(again).toMatchObject({ code: 1, stderr: `jianbao: job ${deadId}: 当前状态为 queued，只有失败的任务才能重试 (is queued, only a failed job can be retried)\n` });
  });

  it('answers a bad command line or a missing job in one line', async () => {
    expect(await runCli(['jobs', 'retry', '999', '--db', db])).toMatchObject({ code: 1, stderr: 'jianbao: job 999: 没有这个任务，可用 jianbao jobs 查看 (no such job (see jianbao jobs))\n' });
    expect(await runCli(['jobs', 'frob', '--db', db])).toMatchObject({ code: 2, stderr: 'jianbao: jobs: unknown action "frob" (only retry)\n' });
    const queues = await runCli(['worker', '--queues', 'fetch,mail', '--db', db]);
    expect(queues.code).toBe(2);
    expect(queues.stderr).toMatch(/^jianbao: .*"mail" is not a queue \(fetch, enrich, regroup, render, alert, digest\)\n$/);
    expect((await runCli(['run', '--concurrency', '0', '--db', db])).code).toBe(2);
    expect(await runCli(['jobs', '--db', join(dir, 'none.db')])).toMatchObject({ code: 1 });
  });

  it('run works the queued job (the one retried above: it dies again, said in one line) until SIGTERM, then a total', async () => {
    const child = startCli(['run', '--db', db]);
    const run = finished(child);
    await new Promise<void>((resolve) => child.stderr!.on('data', (s: Buffer) => /dead after/.test(s.toString()) && resolve()));
    child.kill('SIGTERM');
    const done = await run;
    expect(done.code).toBe(0);
    expect(done.stderr).toBe(`jianbao: job ${deadId} (render): dead after 1 attempt: issue 7: 没有这一期简报 (no such bulletin)\n`);
    expect(lines(done.stdout)[0]).toMatch(/^run: working fetch, enrich, regroup, render, alert, digest \(concurrency 2\) on /);
    expect(lines(done.stdout).at(-1)).toMatch(/^run: stopped; \d+ jobs done, 0 to retry, 1 dead$/);
  }, 30_000);
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lines, runCli, SAMPLES } from './cli-run.js';

const dir = mkdtempSync(join(tmpdir(), 'jianbao-cli-remove-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('jianbao remove and import --publication/--date', () => {
  it('removes an issue by id, says what it removed, and refuses ids that are not issues', async () => {
    const db = join(dir, 'a.db');
    const imported = await runCli(['import', SAMPLES[0], SAMPLES[1], '--db', db, '--publication', '产业所简报', '--date', '2019.08.30']);
    expect(imported.code).toBe(0);
    const issues = JSON.parse((await runCli(['list', '--json', '--db', db])).stdout) as { id: number; publication: string | null; issueDate: string | null; articleCount: number }[];
    expect(issues.map((i) => [i.publication, i.issueDate])).toEqual([['产业所简报', '2019-08-30'], ['产业所简报', '2019-08-30']]);

    const removed = await runCli(['remove', `#${issues[0].id}`, '--db', db]);
    expect(removed).toMatchObject({ code: 0, stderr: '' });
    expect(lines(removed.stdout)).toEqual([
      `removed issue #${issues[0].id}: ${issues[0].articleCount} articles and everything derived from them`,
      '30 天内可用 jianbao undo 撤销 (jianbao undo puts it back within 30 days)',
    ]);
    const left = JSON.parse((await runCli(['list', '--json', '--db', db])).stdout) as { id: number }[];
    expect(left.map((i) => i.id)).toEqual([issues[1].id]);

    const again = await runCli(['remove', String(issues[0].id), '--db', db]);
    expect(again.code).toBe(1);
    expect(again.stderr.trim()).toBe(`jianbao: issue ${issues[0].id}: ${db} 中没有这一期 (no such issue in ${db})`);
    const bad = await runCli(['remove', 'abc', '--db', db]);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain('"abc" is not an issue id');
    expect(bad.stderr).not.toMatch(/\n\s+at /);
  }, 60_000);

  it('refuses a --date that is not a date before touching the store', async () => {
    const db = join(dir, 'b.db');
    const run = await runCli(['import', SAMPLES[0], '--db', db, '--date', '下周四']);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('"下周四" is not a date');
    expect(run.stdout).toBe('');
  }, 30_000);
});

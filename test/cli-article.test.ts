import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lines, runCli, SAMPLES } from './cli-run.js';

const dir = mkdtempSync(join(tmpdir(), 'jianbao-cli-article-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('jianbao article and undo', () => {
  it('shows, edits, splits and undoes on an imported sample; bad input is one line and changes nothing', async () => {
    const db = join(dir, 'a.db');
    expect((await runCli(['import', SAMPLES[0], '--db', db])).code).toBe(0);
    const [issue] = JSON.parse((await runCli(['list', '--json', '--articles', '--db', db])).stdout) as { id: number; articles: { id: number; title: string }[] }[];
    const view = JSON.parse((await runCli(['article', 'show', String(issue.articles[0].id), '--json', '--db', db])).stdout) as { article: { id: number; title: string }; paragraphs: string[] };
    expect(view.article.title).toBe(issue.articles[0].title);
    const text = await runCli(['article', 'show', String(view.article.id), '--db', db]);
    expect(text.stdout).toContain(`#${view.article.id} ${view.article.title}`);
    expect(text.stdout).toContain('[1] ');

    const bad = await runCli(['article', 'edit', String(view.article.id), '--section', '不存在栏目', '--db', db, '--who', '小王']);
    expect(bad.code).toBe(1);
    expect(lines(bad.stderr)).toHaveLength(1);
    expect(bad.stderr).toContain('section 不存在栏目: 不是本社栏目（本社栏目：');

    const edited = await runCli(['article', 'edit', String(view.article.id), '--section', '技术情报', '--db', db, '--who', '小王']);
    expect(edited).toMatchObject({ code: 0, stdout: `#${view.article.id} [技术情报] ${view.article.title}\n` });
    const undone = await runCli(['undo', '--db', db, '--who', '小王']);
    expect(undone.code).toBe(0);
    expect(undone.stdout).toContain(`undone article.edit article:${view.article.id}`);
    const nothing = await runCli(['undo', '--db', db, '--who', '小王']);
    expect([nothing.code, nothing.stderr.trim()]).toEqual([1, 'jianbao: 小王: 没有可撤销的修改 (no change of yours left to undo)']);

    if (view.paragraphs.length >= 2) {
      const split = await runCli(['article', 'split', String(view.article.id), '--at', String(view.paragraphs.length), '--title', '拆出的文章', '--db', db]);
      expect(split.code).toBe(0);
      expect(lines(split.stdout)[1]).toMatch(/^#\d+ \[.*\] 拆出的文章$/);
    }
    const tooFar = await runCli(['article', 'split', String(view.article.id), '--at', '999', '--db', db]);
    expect(tooFar.code).toBe(1);
    expect(tooFar.stderr).not.toMatch(/\n\s+at /);

    const dated = await runCli(['article', 'issue', String(issue.id), '--date', '2019年8月30日', '--publication', '产业所简报', '--db', db]);
    expect(dated).toMatchObject({ code: 0, stdout: `issue #${issue.id}: 产业所简报 2019-08-30\n` });
  }, 120_000);
});

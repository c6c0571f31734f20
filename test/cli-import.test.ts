import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBulletin } from '../src/pipeline/read-bulletin.js';
import { displayLocation } from '../src/store/location.js';
import { openStore } from '../src/store/open.js';
import { BACKENDS } from './backends.js';
import { lines, ROOT, runCli, SAMPLES, spawnCli } from './cli-run.js';
import { as, openCore, rejection } from './core-fixture.js';
import { gb18030 } from './ingest-fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'jianbao-cli-import-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SUMMARY = /^(imported|unchanged) +(\S+): (\d+) articles?, (\d+) warnings?$/;

/** The per-file summary lines of an import run, by file. */
function summaries(stdout: string): Map<string, { status: string; articles: number; warnings: number }> {
  const out = new Map();
  for (const line of lines(stdout).slice(0, -1)) {
    const m = SUMMARY.exec(line);
    expect(m, line).not.toBeNull();
    out.set(m![2], { status: m![1], articles: Number(m![3]), warnings: Number(m![4]) });
  }
  return out;
}

// The command line's lines, JSON and exit codes on the embedded store; what the core stores on each backend: below.
describe.each(BACKENDS.slice(0, 1))('jianbao import and list on $name', (backend) => {
  let db: string;
  beforeAll(async () => {
    db = await backend.fresh();
  });

  it('imports the samples, then reports them unchanged and leaves the store as it was', async () => {
    const first = await runCli(['import', ...SAMPLES, '--db', db]);
    expect(first).toMatchObject({ code: 0, stderr: '' });
    expect(lines(first.stdout).at(-1)).toBe('3 files: 3 imported, 0 unchanged, 0 failed');
    const imported = summaries(first.stdout);
    expect([...imported.keys()]).toEqual(SAMPLES);
    for (const [file, s] of imported) {
      expect(s.status).toBe('imported');
      // What `jianbao parse` prints comes from readBulletin (test/cli-parse.test.ts runs it as a process).
      const { bulletin } = await readBulletin(join(ROOT, file));
      expect(s.articles).toBe(bulletin.articles.length);
      // Only warnings count: information such as the page headers removed does not.
      expect(s.warnings).toBe(bulletin.messages!.filter((m) => m.level === 'warning').length);
      expect(bulletin.messages!.some((m) => m.level === 'info')).toBe(true);
    }
    const before = await backend.tables(db);

    const again = await runCli(['import', ...SAMPLES, '--db', db]);
    expect(again).toMatchObject({ code: 0, stderr: '' });
    expect(lines(again.stdout).at(-1)).toBe('3 files: 0 imported, 3 unchanged, 0 failed');
    for (const [file, s] of summaries(again.stdout)) expect(s).toEqual({ ...imported.get(file), status: 'unchanged' });
    expect(await backend.tables(db)).toEqual(before);
  });

  it('lists the stored issues as text and as JSON, with their articles on request', async () => {
    const text = await runCli(['list', '--db', db]);
    expect(text).toMatchObject({ code: 0, stderr: '' });
    expect(lines(text.stdout)).toHaveLength(3);
    for (const file of SAMPLES) expect(text.stdout).toContain(file);

    const json = JSON.parse((await runCli(['list', '--db', db, '--json', '--articles'])).stdout);
    expect(json).toHaveLength(3);
    for (const issue of json) {
      expect(issue).toMatchObject({ source: { kind: 'text', encoding: 'utf-8' } });
      expect(issue.articles).toHaveLength(issue.articleCount);
      for (const a of issue.articles) expect(a.lineEnd).toBeGreaterThanOrEqual(a.lineStart);
    }

    const withArticles = await runCli(['list', '--db', db, '--articles']);
    const articleLines = lines(withArticles.stdout).filter((l) => l.startsWith('    '));
    expect(articleLines).toHaveLength(json.reduce((n: number, i: { articleCount: number }) => n + i.articleCount, 0));
  });

  it('lists the web articles after the issues with --articles, as text and as JSON', async () => {
    const at = await backend.fresh();
    const store = await openStore(at);
    const source = await store.sources.add({ url: 'https://news.example.cn/rss.xml', name: null, section: '产业', everySeconds: 3600 });
    const fetched = [
      { section: '产业', title: '工信部：汽车芯片短缺问题预计四季度有所缓解', publishedAt: '2021-10-22T01:00:00.000Z', outlet: '人民邮电报' },
      { section: null, title: '我国5G基站总数达115.9万个', publishedAt: null, outlet: null },
    ].map((a, i) => ({
      ...a, sourceId: source.id, body: `${a.title}。正文。`, url: `https://news.example.cn/a/${i + 1}?utm_source=rss`,
      canonicalUrl: `https://www.example.cn/a/${i + 1}`, dedupKey: `example.cn/a/${i + 1}`, fetchedAt: '2021-10-25T02:00:00.000Z', author: null,
    }));
    const ids: number[] = [];
    for (const a of fetched) ids.push((await store.sources.storeWebArticle(a)).id);
    await store.close();
    const webLines = [
      'web  2 articles fetched from sources',
      `    #${ids[0]} [产业] 工信部：汽车芯片短缺问题预计四季度有所缓解  (2021-10-22  人民邮电报  https://www.example.cn/a/1)`,
      `    #${ids[1]} 我国5G基站总数达115.9万个  (2021-10-25  https://www.example.cn/a/2)`,
    ];
    const webOnly = await runCli(['list', '--db', at, '--articles']);
    expect(webOnly).toMatchObject({ code: 0, stderr: '' });
    expect(lines(webOnly.stdout)).toEqual(webLines);

    expect((await runCli(['import', SAMPLES[0], '--db', at])).code).toBe(0);
    const text = lines((await runCli(['list', '--db', at, '--articles'])).stdout);
    expect(text[0]).toMatch(new RegExp(`^#\\d+  .*  ${SAMPLES[0]}$`));
    expect(text.slice(-3)).toEqual(webLines);
    const json = JSON.parse((await runCli(['list', '--db', at, '--json', '--articles'])).stdout);
    expect(json).toHaveLength(2);
    expect(json[0].articles).toHaveLength(json[0].articleCount);
    expect(text).toHaveLength(1 + json[0].articleCount + 3);
    expect(json[1]).toEqual({ web: true, articleCount: 2, articles: fetched.map(({ body, ...a }, i) => ({ id: ids[i], ...a })) });
  });

  it('takes the store location from JIANBAO_DB; a GBK copy is the same issue, stored as its own with --keep-both', async () => {
    const gbk = join(dir, 'gbk.txt');
    writeFileSync(gbk, gb18030(readFileSync(join(ROOT, SAMPLES[0]), 'utf8')));
    const same = await runCli(['import', gbk], { JIANBAO_DB: db });
    expect(same).toMatchObject({ code: 0, stderr: '' });
    expect(lines(same.stdout)[0]).toMatch(new RegExp(`^same-issue ${gbk.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: same issue as #\\d+, not stored`));
    expect(lines(same.stdout)[1]).toBe('1 file: 0 imported, 0 unchanged, 1 same issue as one stored, 0 failed');
    const run = await runCli(['import', gbk, '--keep-both'], { JIANBAO_DB: db });
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(summaries(run.stdout).get(gbk)?.status).toBe('imported');
    const json = JSON.parse((await runCli(['list', '--json'], { JIANBAO_DB: db })).stdout);
    const copy = json.find((i: { source: { path: string } }) => i.source.path === gbk);
    const original = json.find((i: { source: { path: string } }) => i.source.path === SAMPLES[0]);
    expect(copy.source.encoding).toBe('gb18030');
    expect(copy.articleCount).toBe(original.articleCount);
  });

  it('lets two imports of the same files run at once: each file is stored exactly once', async () => {
    const shared = await backend.fresh();
    // Two processes: each its own connection and write lock, as two users' imports.
    const runs = await Promise.all([spawnCli(['import', ...SAMPLES, '--db', shared]), spawnCli(['import', ...[...SAMPLES].reverse(), '--db', shared])]);
    for (const run of runs) expect(run).toMatchObject({ code: 0, stderr: '' });
    for (const file of SAMPLES) {
      const statuses = runs.map((run) => summaries(run.stdout).get(file)?.status).sort();
      expect(statuses).toEqual(['imported', 'unchanged']);
    }
    const issues = JSON.parse((await runCli(['list', '--db', shared, '--json'])).stdout);
    expect(issues.map((i: { source: { path: string } }) => i.source.path).sort()).toEqual([...SAMPLES].sort());
  });

  it('refuses to list a store that does not exist, without creating it', async () => {
    const absent = await backend.fresh();
    const run = await runCli(['list', '--db', absent]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`jianbao: ${displayLocation(absent)}: 这里还没有资料库，请先导入文件或用 --db 指定 (no store here yet (import files first, or give --db))\n`);
    const again = await runCli(['list', '--db', absent]);
    expect(again.stderr).toBe(run.stderr);
  });
});

describe.each(BACKENDS)('importing and listing through the core on $name', (backend) => {
  const editor = as('editor');

  it('imports the samples, then finds them unchanged and leaves the store as it was; a GBK copy is the same issue unless kept both', async () => {
    const db = await backend.fresh();
    const jianbao = await openCore(db);
    try {
      for (const file of SAMPLES) {
        const r = await jianbao.issues.importFile(editor, file);
        const { bulletin } = await readBulletin(join(ROOT, file));
        expect(r).toMatchObject({ status: 'imported', articles: bulletin.articles.length, warnings: bulletin.messages!.filter((m) => m.level === 'warning').length });
      }
      const before = await backend.tables(db);
      for (const file of SAMPLES) expect((await jianbao.issues.importFile(editor, file)).status).toBe('unchanged');
      expect(await backend.tables(db)).toEqual(before);

      const issues = await jianbao.issues.list(editor);
      expect(issues.map((i) => i.source.path).sort()).toEqual([...SAMPLES].sort());
      const articles = await jianbao.issues.listArticles(editor);
      expect(articles).toHaveLength(issues.reduce((n, i) => n + i.articleCount, 0));
      for (const a of articles) expect(a.lineEnd).toBeGreaterThanOrEqual(a.lineStart);

      const gbk = join(dir, `gbk-${backend.name}.txt`);
      writeFileSync(gbk, gb18030(readFileSync(join(ROOT, SAMPLES[0]), 'utf8')));
      expect(await jianbao.issues.importFile(editor, gbk)).toMatchObject({ status: 'same-issue' });
      expect(await jianbao.issues.importFile(editor, gbk, { sameIssue: 'keep-both' })).toMatchObject({ status: 'imported' });
      const listed = await jianbao.issues.list(editor);
      const copy = listed.find((i) => i.source.path === gbk)!;
      expect(copy.source.encoding).toBe('gb18030');
      expect(copy.articleCount).toBe(listed.find((i) => i.source.path === SAMPLES[0])!.articleCount);
    } finally {
      await jianbao.close();
    }
  });

  it('lets two cores import the same files at once: each file is stored exactly once', async () => {
    const db = await backend.fresh();
    // The store is created by the first to open it: both then import at the same moment.
    const first = await openCore(db);
    const second = await openCore(db);
    try {
      const runs = await Promise.all([first, second].map(async (j, n) => {
        const statuses = new Map<string, string>();
        for (const file of n ? [...SAMPLES].reverse() : SAMPLES) statuses.set(file, (await j.issues.importFile(editor, file)).status);
        return statuses;
      }));
      for (const file of SAMPLES) expect(runs.map((r) => r.get(file)).sort()).toEqual(['imported', 'unchanged']);
      expect((await first.issues.list(editor)).map((i) => i.source.path).sort()).toEqual([...SAMPLES].sort());
    } finally {
      await first.close();
      await second.close();
    }
  });

  it('refuses to open a store that does not exist for reading, without creating it', async () => {
    const absent = await backend.fresh();
    const err = await rejection(openCore(absent, {}, { mustExist: true }));
    expect(err.message).toBe(`${displayLocation(absent)}: 这里还没有资料库，请先导入文件或用 --db 指定 (no store here yet (import files first, or give --db))`);
    expect((await rejection(openCore(absent, {}, { mustExist: true }))).message).toBe(err.message);
  });
});

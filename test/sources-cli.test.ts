import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Jianbao } from '../src/core/index.js';
import { BACKENDS } from './backends.js';
import { finished, lines, runCli as run, startCli as start } from './cli-run.js';
import { as, openCore } from './core-fixture.js';
import { startSourcesServer, type SourcesServer } from './sources-server.js';

/** The test server listens on 127.0.0.1, an internal address: these runs allow it, as a user would. */
const ALLOW = { JIANBAO_ALLOW_NETWORKS: '127.0.0.1' };
const runCli = (args: string[]) => run(args, ALLOW);
const startCli = (args: string[]) => start(args, ALLOW);

let server: SourcesServer;
// No retries and no delay between requests to the one host. A fetch run in this process shares the event loop with the
// test server, and a child process the CPU: at load 15–20, 1 s and 10 s limits timed an article out. No source of these
// tests hangs, so the limit is long.
const LOOPBACK = ['--timeout', '60', '--retries', '0', '--host-delay', '0'];
const SUMMARY = /^#(\d+) (.+): new (\d+) \/ unchanged (\d+) \/ failed (\d+)/;

beforeAll(async () => {
  server = await startSourcesServer();
});
afterAll(async () => {
  await server.close();
});

/** SQLite's own checks of a database file: page structure and foreign keys. */
function expectSoundSqlite(file: string): void {
  const d = new Database(file, { readonly: true });
  try {
    expect(d.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(d.pragma('foreign_key_check')).toEqual([]);
  } finally {
    d.close();
  }
}

describe('jianbao sources add', () => {
  it('refuses bad URLs and bad intervals with one line, before opening any store', async () => {
    const db = await BACKENDS[0].fresh();
    const file = await runCli(['sources', 'add', 'file:///etc/passwd', '--db', db]);
    expect(file).toMatchObject({ code: 1, stderr: 'jianbao: file:///etc/passwd: only http and https URLs can be fetched, not file:\n' });
    const js = await runCli(['sources', 'add', 'javascript:alert(1)', '--db', db]);
    expect(js.stderr).toMatch(/^jianbao: javascript:alert\(1\): only http and https URLs can be fetched, not javascript:\n$/);
    const every = await runCli(['sources', 'add', `${server.base}/news/`, '--db', db, '--every', 'often']);
    expect(every.code).toBe(2);
    expect(every.stderr).toMatch(/often: 不是有效的间隔，请写成 30m、2h 或 1d 这样 \(not an interval \(write e\.g\. 30m, 2h or 1d\)\)/);
    expect(existsSync(db)).toBe(false);
  });
});

// The command line's output, exit codes and signals, on the embedded store; what the core stores on each backend: below,
// and in test/core-sources.test.ts.
describe.each(BACKENDS.slice(0, 1))('sources and fetch on $name', (backend) => {
  describe('jianbao sources', () => {
    it('adds sources, refusing duplicates with one line', async () => {
      const db = await backend.fresh();
      const url = `${server.base}/feeds/rss2.xml`;
      const added = await runCli(['sources', 'add', url, '--db', db, '--name', '动态', '--section', '通信', '--every', '30m']);
      expect(added).toMatchObject({ code: 0, stdout: `added #1 ${url} (every 30m)\n` });

      const dup = await runCli(['sources', 'add', url, '--db', db]);
      expect(dup.code).toBe(1);
      expect(dup.stderr).toBe(`jianbao: ${url}: 已是信息源（#1） (already a source (#1))\n`);
    });

    it('lists and removes sources by id or URL', async () => {
      const db = await backend.fresh();
      const url = `${server.base}/feeds/rss2.xml`;
      expect((await runCli(['sources', 'add', url, '--db', db, '--name', '动态', '--section', '通信', '--every', '30m'])).code).toBe(0);
      expect((await runCli(['sources', 'add', `${server.base}/news/`, '--db', db, '--every', '2h'])).code).toBe(0);
      const listed = JSON.parse((await runCli(['sources', 'list', '--db', db, '--json'])).stdout) as Array<Record<string, unknown>>;
      expect(listed.map((s) => [s.id, s.url, s.name, s.section, s.everySeconds, s.kind, s.lastFetchedAt, s.articleCount])).toEqual([
        [1, url, '动态', '通信', 1800, null, null, 0],
        [2, `${server.base}/news/`, null, null, 7200, null, null, 0],
      ]);

      expect((await runCli(['sources', 'remove', '2', '--db', db])).stdout).toBe(`removed #2 ${server.base}/news/\n`);
      expect((await runCli(['sources', 'remove', url, '--db', db])).stdout).toBe(`removed #1 ${url}\n`);
      const gone = await runCli(['sources', 'remove', '1', '--db', db]);
      expect(gone).toMatchObject({ code: 1, stderr: 'jianbao: 1: 没有这个信息源，可用 jianbao sources list 查看 (no such source (see jianbao sources list))\n' });
      expect((await runCli(['sources', 'list', '--db', db])).stdout).toMatch(/^no sources in /);
    });
  });

  describe('jianbao fetch', () => {
    it('prints one summary line per source, records failures, and exits 0 while some source answers', async () => {
      const db = await backend.fresh();
      for (const p of ['/feeds/rss2.xml', '/always-500', '/mixed/']) expect((await runCli(['sources', 'add', `${server.base}${p}`, '--db', db])).code).toBe(0);
      const run = await runCli(['fetch', '--db', db, ...LOOPBACK]);
      expect(run.code).toBe(0);
      const summaries = lines(run.stdout).filter((l) => SUMMARY.test(l)).map((l) => SUMMARY.exec(l)!.slice(1).map((x, i) => (i === 1 ? x : Number(x))));
      expect(summaries).toEqual([
        [1, `${server.base}/feeds/rss2.xml`, 2, 0, 0],
        [2, `${server.base}/always-500`, 0, 0, 1],
        [3, `${server.base}/mixed/`, 0, 3, 0],
      ]);
      expect(run.stdout).toMatch(/HTTP 500/);
      expect(run.stderr).toMatch(/warning: #1: .*file:\/\/\/etc\/passwd/);

      const text = (await runCli(['sources', 'list', '--db', db, '--articles'])).stdout;
      expect(text).toMatch(/#2 .*failed at .*1 failure in a row\n {4}last error: .*HTTP 500/);
      expect(text).toMatch(/工信部：我国5G基站总数达115\.9万个/);

      // Nothing is due any more; the store is unchanged.
      const again = await runCli(['fetch', '--db', db, ...LOOPBACK]);
      expect(again).toMatchObject({ code: 0 });
      expect(again.stdout).toMatch(/^no source is due\n/);
      expect(await backend.sql(db, 'SELECT count(*) AS n FROM articles')).toEqual([{ n: 2 }]);

      // Only broken sources polled: every one failed, so the run fails.
      const broken = await runCli(['fetch', '--db', db, '--source', '2', ...LOOPBACK]);
      expect(broken.code).toBe(1);
    });

    it('--watch polls until SIGTERM, then finishes the current item and exits 0 with the store consistent', async () => {
      const db = await backend.fresh();
      for (const p of ['/feeds/gbk.xml', '/news/', '/feeds/rss2.xml']) expect((await runCli(['sources', 'add', `${server.base}${p}`, '--db', db])).code).toBe(0);
      const child = startCli(['fetch', '--watch', '--db', db, ...LOOPBACK]);
      const done = finished(child);
      await new Promise<void>((resolve) => {
        let out = '';
        child.stdout!.on('data', (s: Buffer | string) => {
          out += String(s);
          if (lines(out).some((l) => SUMMARY.test(l))) resolve();
        });
      });
      child.kill('SIGTERM');
      const run = await done;
      expect(run).toMatchObject({ code: 0, signal: null });
      expect(lines(run.stdout)[0]).toMatch(/^#1 .*\/feeds\/gbk\.xml: new 1 \/ unchanged 0 \/ failed 0$/);
      expect(lines(run.stdout).at(-1)).toMatch(/^\d+ sources? polled: \d+ new articles?, 0 failed$/);
      if (backend.name === 'sqlite') expectSoundSqlite(db);
      const [{ n, keys }] = await backend.sql(db, 'SELECT count(*) AS n, count(DISTINCT dedup_key) AS keys FROM articles');
      expect(n).toBe(keys);
      expect(n).toBeGreaterThanOrEqual(1);
      expect(await backend.sql(db, 'SELECT last_status FROM sources WHERE id = 1')).toEqual([{ last_status: 'ok' }]);
    });
  });
});

describe.each(BACKENDS)('what a fetch records on $name', (backend) => {
  let jianbao: Jianbao;
  let db: string;
  beforeAll(async () => {
    db = await backend.fresh();
    jianbao = await openCore(db, { fetch: { allowNetworks: ['127.0.0.1'], timeoutMs: 1000, retries: 0, hostDelayMs: 0 } });
  });
  afterAll(() => jianbao?.close());

  it('records a failing source\'s error and failures in a row, stores each article once, and polls nothing more until due', async () => {
    for (const p of ['/feeds/rss2.xml', '/always-500', '/mixed/']) await jianbao.sources.add(as('admin'), { url: `${server.base}${p}` });
    const runs = await jianbao.sources.poll(as('editor'));
    expect(runs.map((r) => [r.source.id, r.new, r.unchanged, r.failed + (r.error ? 1 : 0)])).toEqual([[1, 2, 0, 0], [2, 0, 0, 1], [3, 0, 3, 0]]);
    expect(runs[1]!.error).toMatch(/HTTP 500/);
    const listed = await jianbao.sources.list(as('reader'), { articles: true });
    expect(listed[1]!.source).toMatchObject({ failures: 1, lastError: expect.stringMatching(/HTTP 500/) });
    expect(listed[0]!.articles.map((a) => a.title)).toContain('工信部：我国5G基站总数达115.9万个');
    expect(await jianbao.sources.poll(as('editor'))).toEqual([]);
    expect(await backend.sql(db, 'SELECT count(*) AS n FROM articles')).toEqual([{ n: 2 }]);
    const broken = await jianbao.sources.poll(as('editor'), { sourceId: 2 });
    expect(broken.map((r) => [r.source.id, r.new, Boolean(r.error)])).toEqual([[2, 0, true]]);
  });
});

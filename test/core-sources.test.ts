import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkSource, resolveConfig, type Jianbao, type SourceRun } from '../src/core/index.js';
import { BACKENDS } from './backends.js';
import { as, openCore, rejection } from './core-fixture.js';
import { startSourcesServer, type SourcesServer } from './sources-server.js';

let server: SourcesServer;
beforeAll(async () => {
  server = await startSourcesServer();
});
afterAll(() => server.close());

/** The test server listens on 127.0.0.1, an internal address: the config allows it, as a user would; short limits. */
const FETCH = { fetch: { allowNetworks: ['127.0.0.1'], timeoutMs: 1000, retries: 0, hostDelayMs: 0 } };

describe('checking a source before any store is opened', () => {
  it('refuses other schemes, credentials, internal addresses and bad intervals as invalid input, in the old words', () => {
    const config = resolveConfig();
    const refused = (input: Parameters<typeof checkSource>[1]) => {
      try {
        checkSource(config, input);
      } catch (err) {
        return err;
      }
      throw new Error('accepted');
    };
    expect(refused({ url: 'file:///etc/passwd' })).toMatchObject({ kind: 'invalid-input', message: 'file:///etc/passwd: only http and https URLs can be fetched, not file:' });
    expect(refused({ url: 'http://ed:pw@example.com/feed' })).toMatchObject({ kind: 'invalid-input', message: /^http:\/\/example\.com\/feed: a user name or password/ });
    expect(refused({ url: `${server.base}/feeds/rss2.xml` })).toMatchObject({ kind: 'invalid-input', message: /^http:\/\/127\.0\.0\.1:\d+\/feeds\/rss2\.xml: / });
    expect(refused({ url: 'https://example.com/', every: 'often' })).toMatchObject({ kind: 'invalid-input', message: 'often: 不是有效的间隔，请写成 30m、2h 或 1d 这样 (not an interval (write e.g. 30m, 2h or 1d))' });
    expect(checkSource(resolveConfig({ flags: FETCH }), { url: `${server.base}/feeds/rss2.xml`, every: '30m' })).toEqual({
      url: `${server.base}/feeds/rss2.xml`, name: null, section: null, everySeconds: 1800,
    });
  });
});

describe.each(BACKENDS)('the sources service on $name', (backend) => {
  let jianbao: Jianbao;
  beforeAll(async () => {
    jianbao = await openCore(await backend.migrated(), FETCH);
  });
  afterAll(() => jianbao.close());
  const admin = as('admin', 'boss');

  it('adds sources (a duplicate is a conflict), lists and removes them by id, #id or URL (a missing one is not-found)', async () => {
    const url = `${server.base}/feeds/rss2.xml`;
    expect(await jianbao.sources.add(admin, { url, name: '动态', section: '通信', every: '30m' })).toMatchObject({ id: 1, url, everySeconds: 1800, kind: null });
    expect(await rejection(jianbao.sources.add(admin, { url }))).toMatchObject({ kind: 'conflict', message: `${url}: 已是信息源（#1） (already a source (#1))` });
    expect(await jianbao.sources.add(admin, { url: `${server.base}/news/`, every: 7200 })).toMatchObject({ id: 2, everySeconds: 7200 });
    expect(await jianbao.sources.add(admin, { url: `${server.base}/mixed/` })).toMatchObject({ id: 3, everySeconds: 3600 });
    expect((await jianbao.sources.list(as('reader'))).map((r) => [r.source.id, r.source.name, r.articles.length])).toEqual([[1, '动态', 0], [2, null, 0], [3, null, 0]]);

    expect((await jianbao.sources.remove(admin, '#2')).url).toBe(`${server.base}/news/`);
    expect(await rejection(jianbao.sources.remove(admin, 2))).toMatchObject({ kind: 'not-found', message: '2: 没有这个信息源，可用 jianbao sources list 查看 (no such source (see jianbao sources list))' });
    const log = await jianbao.audit.list(admin);
    expect(log.map((e) => e.action).sort()).toEqual(['source.add', 'source.add', 'source.add', 'source.remove']);
    expect(log.every((e) => e.actor === 'boss')).toBe(true);
    // What changed comes back as it was recorded, on both backends.
    expect(log.find((e) => e.action === 'source.remove')).toMatchObject({ object: 'source:2', before: { id: 2, url: `${server.base}/news/` }, after: null });
    expect(log.find((e) => e.object === 'source:1')).toMatchObject({ after: { url, name: '动态', section: '通信', everySeconds: 1800 }, at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) });
  });

  it('polls the due sources under the config limits, stores new articles once and logs the polls that stored some', async () => {
    const rounds: number[] = [];
    const seen: SourceRun[] = [];
    const runs = await jianbao.sources.poll(as('editor', 'ed'), {}, { onRound: (s) => rounds.push(s.length), onSource: (r) => void seen.push(r) });
    expect(rounds).toEqual([2]);
    expect(seen).toEqual(runs);
    expect(runs.map((r) => [r.source.id, r.new, r.error])).toEqual([[1, 2, null], [3, 0, null]]);
    // The mixed listing's two pages are the feed's, and its mobile copy names the desktop page as canonical.
    expect(runs[1].unchanged).toBe(3);
    expect(runs[0].warnings.join('\n')).toMatch(/file:\/\/\/etc\/passwd/);
    expect(await jianbao.sources.poll(as('editor'))).toEqual([]);
    const listed = await jianbao.sources.list(as('reader'), { articles: true });
    expect(listed[0].articles.map((a) => a.title)).toContain('工信部：我国5G基站总数达115.9万个');
    expect((await jianbao.audit.list(admin, { object: 'source:1' })).map((e) => [e.action, e.actor])).toContainEqual(['source.poll', 'ed']);

    // One source asked for is polled whether due or not; an unknown one is not-found.
    expect((await jianbao.sources.poll(as('editor'), { sourceId: '#1' })).map((r) => [r.source.id, r.new])).toEqual([[1, 0]]);
    expect(await rejection(jianbao.sources.poll(as('editor'), { sourceId: 9 }))).toMatchObject({ kind: 'not-found', message: 'source #9: 没有这个信息源，可用 jianbao sources list 查看 (no such source (see jianbao sources list))' });
  }, 60_000);

  it('watches until the signal aborts', async () => {
    await jianbao.sources.add(admin, { url: `${server.base}/feeds/gbk.xml` });
    const stop = new AbortController();
    const runs: SourceRun[] = [];
    await jianbao.sources.watch(as('editor'), {}, { signal: stop.signal, onSource: (r) => (runs.push(r), stop.abort()) });
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ new: 1, error: null, source: { url: `${server.base}/feeds/gbk.xml` } });
  }, 60_000);

  it('credits a web article in the inbox and search to its source\'s name, else to its site\'s host, also after an edit', async () => {
    const editor = as('editor', 'ed');
    const entries = (await jianbao.inbox.list(editor, { view: 'all' })).entries.flatMap((e) => [e, ...e.folded]);
    const bySource = new Map<string, number>();
    for (const e of entries) bySource.set(e.source, (bySource.get(e.source) ?? 0) + 1);
    // Source 1 is named 动态 and stored two articles; the gbk feed (no name) one.
    expect(bySource.get('动态')).toBe(2);
    expect(bySource.get(new URL(server.base).host)).toBe(1);
    expect([...bySource.keys()].sort()).toEqual([new URL(server.base).host, '动态'].sort());
    expect((await jianbao.inbox.choices(editor)).sources.sort()).toEqual([new URL(server.base).host, '动态'].sort());
    const named = entries.find((e) => e.source === '动态')!;
    const found = await jianbao.search.search(editor, { query: named.title, limit: 5 });
    expect(found.hits.find((h) => h.id === named.id)?.source).toBe('动态');
    // An edit writes the article's search rows again: still credited to the name.
    await jianbao.articles.edit(editor, named.id, { title: `${named.title}（更正）` });
    expect((await jianbao.inbox.list(editor, { view: 'all', source: '动态' })).entries.flatMap((e) => [e, ...e.folded]).map((e) => e.id)).toContain(named.id);
  }, 60_000);

  it('keeps sources to admins and polling to editors', async () => {
    expect(await rejection(jianbao.sources.add(as('editor', 'ed'), { url: 'https://example.com/feed' }))).toMatchObject({ kind: 'forbidden', message: 'ed: 编辑无权管理信息源 (an editor may not add sources)' });
    expect(await rejection(jianbao.sources.remove(as('chief'), 1))).toMatchObject({ kind: 'forbidden' });
    expect(await rejection(jianbao.sources.poll(as('reader')))).toMatchObject({ kind: 'forbidden' });
  });
});

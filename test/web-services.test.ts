/** The core services behind the workbench — users, inbox, sources, search — in-process on each backend. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JianbaoError, openJianbao, resolveConfig, type Actor, type Jianbao } from '../src/core/index.js';
import { openStore } from '../src/store/open.js';
import { BACKENDS } from './backends.js';
import { startFeedServer, TEN_ARTICLES } from './web-feed-server.js';
import { ADMIN, workbench, type Workbench } from './web-helpers.js';

const EDITOR: Actor = { id: 'editor', role: 'editor' };
const READER: Actor = { id: 'reader', role: 'reader', edition: '芯片版' };

/** The kind of error a call fails with (and its message), or null when it succeeds. */
async function failure(work: () => Promise<unknown>): Promise<[string, string] | null> {
  try {
    await work();
    return null;
  } catch (err) {
    if (!(err instanceof JianbaoError)) throw err;
    return [err.kind, err.message];
  }
}

let site: Awaited<ReturnType<typeof startFeedServer>>;
beforeAll(async () => {
  site = await startFeedServer(TEN_ARTICLES.slice(0, 4));
});
afterAll(() => site.close());

describe.each(BACKENDS)('workbench services on $name', (backend) => {
  let w: Workbench;
  let ids: number[];
  beforeAll(async () => {
    w = await workbench(backend);
    const source = await w.jianbao.sources.add(ADMIN, { url: site.feed, name: '行业快讯', section: '产业环境', every: '30m' });
    await w.jianbao.sources.fetchNow(EDITOR, { id: source.id });
    ids = (await w.jianbao.inbox.list(EDITOR, {})).entries.map((e) => e.id);
  }, 60_000);
  afterAll(() => w.jianbao.close());

  it('keeps accounts: admin-only, names unique, passwords only as argon2id hashes, one-time passwords generated', async () => {
    const added = await w.jianbao.users.add(ADMIN, { name: '王编辑', role: 'editor' });
    expect(added.generated).toBe(true);
    expect(added.password).toMatch(/^[\w-]{16}$/);
    const session = await w.jianbao.users.login({ username: '王编辑', password: added.password, client: 'test' });
    expect(session.actor).toEqual({ id: '王编辑', role: 'editor', edition: null });
    expect((await w.jianbao.users.session(session.token)).actor.id).toBe('王编辑');
    expect(await failure(() => w.jianbao.users.add(ADMIN, { name: '王编辑', role: 'reader' }))).toEqual(['conflict', '王编辑: 已有这个用户 (already a user)']);
    expect(await failure(() => w.jianbao.users.add(EDITOR, { name: 'x', role: 'admin' }))).toEqual(['forbidden', 'editor: 编辑无权管理用户和设置 (an editor may not add users)']);
    expect((await failure(() => w.jianbao.users.add(ADMIN, { name: 'a b', role: 'editor' })))![0]).toBe('invalid-input');
    expect((await failure(() => w.jianbao.users.add(ADMIN, { name: 'short', role: 'editor', password: 'abc' })))![1]).toMatch(/^user\.password: .*10/);
    expect(await failure(() => w.jianbao.users.add(ADMIN, { name: 'ed2', role: 'editor', edition: '芯片版' }))).toEqual(['invalid-input', '--edition: 只有读者账号才绑定版别 (only a reader is tied to an edition)']);
    const rows = await backend.sql(w.location, 'SELECT password_hash FROM users WHERE name = $1', ['王编辑']);
    expect(String(rows[0]!.password_hash)).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect((await w.jianbao.users.list(ADMIN)).map((u) => u.name)).toContain('王编辑');
    await w.jianbao.users.remove(ADMIN, { name: '王编辑' });
    // Removing a user ends their sessions.
    expect((await failure(() => w.jianbao.users.session(session.token)))![0]).toBe('unauthenticated');
    expect(await failure(() => w.jianbao.users.remove(ADMIN, { name: '王编辑' }))).toEqual(['not-found', '王编辑: 没有这个用户 (no such user)']);
    const log = await w.jianbao.audit.list(ADMIN, { object: 'user:王编辑' });
    expect(log.map((e) => e.action)).toEqual(['user.remove', 'user.login', 'user.add']);
    expect(JSON.stringify(log)).not.toContain('argon2');
  });

  it('counts wrong passwords in the store: another process on it waits too, and a right password clears the count', async () => {
    // A second core on the same store: what a second `serve --workers` process is.
    const other = await openJianbao(resolveConfig({ flags: { store: w.location } }));
    try {
      const { password } = await w.jianbao.users.add(ADMIN, { name: '赵编辑', role: 'editor' });
      const attempt = (j: Jianbao, pw: string) => failure(() => j.users.login({ username: '赵编辑', password: pw, client: 'shared-test' }));
      for (let i = 0; i < 5; i++) expect((await attempt(i % 2 ? w.jianbao : other, 'wrong'))![0]).toBe('unauthenticated');
      expect((await attempt(other, password))![0]).toBe('throttled');
      expect((await attempt(w.jianbao, password))![0]).toBe('throttled');
      w.advance(31_000);
      expect(await attempt(w.jianbao, password)).toBeNull();
      // Cleared: four wrong ones from the other process are free again.
      for (let i = 0; i < 4; i++) expect((await attempt(other, 'wrong'))![0]).toBe('unauthenticated');
      expect(await attempt(other, password)).toBeNull();
    } finally {
      await other.close();
    }
  });

  it('lists fetched web articles newest first, enriched at fetch: section, tags, summary, source and date', async () => {
    const { entries, more } = await w.jianbao.inbox.list(EDITOR, {});
    expect(more).toBe(false);
    expect(entries.map((e) => e.title)).toEqual(TEN_ARTICLES.slice(0, 4).map((a) => a.title).reverse());
    for (const e of entries) {
      expect(e.origin).toBe('web');
      expect(e.predictedSection).toMatch(/^(产业环境|运营竞争|技术情报|企业情报|海外借鉴)$/);
      expect(e.summary.length).toBeGreaterThan(10);
      expect(e.source).toBe('行业快讯');
      // Published 2026-11-20…26 in Beijing time; the day is read in UTC (src/store/web-place.ts).
      expect(e.date).toMatch(/^2026-11-(19|2\d)$/);
      expect(e.printedSection).toBe('产业环境');
    }
    expect(entries.some((e) => e.tags.length > 0)).toBe(true);
    const ids = async (q: Parameters<typeof w.jianbao.inbox.list>[1]) => (await w.jianbao.inbox.list(EDITOR, q)).entries.map((e) => e.id);
    const section = entries[0]!.predictedSection!;
    expect(await ids({ section })).toEqual(entries.filter((e) => e.predictedSection === section).map((e) => e.id));
    expect(await ids({ source: entries[0]!.source })).toHaveLength(4);
    expect(await ids({ source: 'elsewhere.example' })).toEqual([]);
    expect(await ids({ from: '2026-11-01', to: '2026-11-30' })).toHaveLength(4);
    expect(await ids({ from: '2027-01-01' })).toEqual([]);
    expect(await ids({ tag: entries.find((e) => e.tags.length)!.tags[0]! })).toContain(entries.find((e) => e.tags.length)!.id);
    expect(await failure(() => w.jianbao.inbox.list(READER, {}))).toEqual(['forbidden', 'reader: 读者无权查看草稿和待处理 (a reader may not read the inbox)']);
  });

  it('triages: keep under a section, discard, duplicate, tag, note, reset; each stored per article and logged', async () => {
    const [a, b, c, d] = ids as [number, number, number, number];
    await w.jianbao.inbox.triage(EDITOR, { action: 'keep', ids: [a, b], section: '企业情报' });
    await w.jianbao.inbox.triage(EDITOR, { action: 'duplicate', ids: [c], of: a });
    await w.jianbao.inbox.triage(EDITOR, { action: 'tag', ids: [d], tags: ['重点', '重点', '跟踪'] });
    await w.jianbao.inbox.triage(EDITOR, { action: 'note', ids: [d], note: '下周再看' });
    const inbox = (await w.jianbao.inbox.list(EDITOR, {})).entries;
    expect(inbox.map((e) => [e.id, e.triage?.tags, e.triage?.note])).toEqual([[d, ['重点', '跟踪'], '下周再看']]);
    expect((await w.jianbao.inbox.list(EDITOR, { tag: '跟踪' })).entries.map((e) => e.id)).toEqual([d]);
    const kept = (await w.jianbao.inbox.list(EDITOR, { view: 'kept', section: '企业情报' })).entries;
    expect(kept.map((e) => [e.id, e.triage!.state, e.triage!.section, e.triage!.updatedBy]).sort()).toEqual(
      [[a, 'kept', '企业情报', 'editor'], [b, 'kept', '企业情报', 'editor']].sort(),
    );
    // Discarding a kept article drops its section; reset brings it back to the inbox.
    await w.jianbao.inbox.triage(EDITOR, { action: 'discard', ids: [b] });
    expect((await w.jianbao.inbox.list(EDITOR, { view: 'discarded' })).entries[0]!.triage).toMatchObject({ state: 'discarded', section: null });
    await w.jianbao.inbox.triage(EDITOR, { action: 'reset', ids: [b] });
    expect((await w.jianbao.inbox.list(EDITOR, {})).entries.map((e) => e.id)).toEqual([b, d]);
    const [entry] = await w.jianbao.audit.list(ADMIN, { object: `article:${b}` });
    expect(entry).toMatchObject({ actor: 'editor', action: 'article.reset', before: { state: 'discarded' }, after: { state: 'new' } });
  });

  it('refuses triage of unknown articles, a duplicate of itself, an empty section, and by a reader, changing nothing', async () => {
    const before = await w.jianbao.audit.list(ADMIN, {});
    expect(await failure(() => w.jianbao.inbox.triage(EDITOR, { action: 'discard', ids: [ids[0]!, 999_999] }))).toEqual(['not-found', 'article 999999: 没有这篇文章 (no such article)']);
    expect(await failure(() => w.jianbao.inbox.triage(EDITOR, { action: 'duplicate', ids: [ids[0]!], of: ids[0]! }))).toEqual(['invalid-input', `article ${ids[0]}: 文章不能标为自己的重复 (an article cannot duplicate itself)`]);
    expect((await failure(() => w.jianbao.inbox.triage(EDITOR, { action: 'keep', ids: [ids[0]!], section: ' ' })))![0]).toBe('invalid-input');
    expect((await failure(() => w.jianbao.inbox.triage(READER, { action: 'discard', ids: [ids[0]!] })))![0]).toBe('forbidden');
    expect(await w.jianbao.audit.list(ADMIN, {})).toEqual(before);
  });

  it('pauses a source (not due while paused), refuses duplicates and internal addresses, removes it keeping its articles', async () => {
    const { source } = (await w.jianbao.sources.list(EDITOR))[0]!;
    expect(source).toMatchObject({ name: '行业快讯', everySeconds: 1800, lastStatus: 'ok', articleCount: 4, paused: false });
    await w.jianbao.sources.pause(ADMIN, { id: source.id, paused: true });
    const store = await openStore(w.location);
    try {
      expect(await store.sources.due(new Date(Date.now() + 86_400_000))).toEqual([]);
    } finally {
      await store.close();
    }
    expect((await w.jianbao.sources.list(EDITOR))[0]!.source.paused).toBe(true);
    expect(await failure(() => w.jianbao.sources.add(ADMIN, { url: site.feed }))).toEqual(['conflict', `${site.feed}: 已是信息源（#${source.id}） (already a source (#${source.id}))`]);
    expect(await failure(() => w.jianbao.sources.add(ADMIN, { url: 'http://10.0.0.1/feed' }))).toEqual(['invalid-input', 'http://10.0.0.1/feed: 10.0.0.1 是内网地址，已拒绝；如需访问，请在配置的 allowNetworks（或环境变量 JIANBAO_ALLOW_NETWORKS）中允许它的网络 (10.0.0.1 is a private address: refused (allow its network in the configuration\'s allowNetworks or JIANBAO_ALLOW_NETWORKS))']);
    expect((await failure(() => w.jianbao.sources.add(ADMIN, { url: 'http://127.0.0.1:1/x', every: '5s' })))![1]).toMatch(/^5s: 间隔太短，至少 1m \(interval too short/);
    expect((await failure(() => w.jianbao.sources.pause(EDITOR, { id: source.id, paused: false })))![0]).toBe('forbidden');
    await w.jianbao.sources.remove(ADMIN, source.id);
    expect(await w.jianbao.sources.list(EDITOR)).toEqual([]);
    expect((await w.jianbao.inbox.list(EDITOR, { view: 'all' })).entries).toHaveLength(4);
    const actions = (await w.jianbao.audit.list(ADMIN, { object: `source:${source!.id}` })).map((e) => e.action);
    expect(actions).toEqual(['source.remove', 'source.pause', 'source.poll', 'source.add']);
  });

  it("marks what arrived since a user's last look at the inbox", async () => {
    const later = await startFeedServer(TEN_ARTICLES.slice(6, 8));
    try {
      const before = (await w.jianbao.inbox.list(EDITOR, { view: 'all' })).seenUpTo!;
      expect(before).toBe(Math.max(...ids));
      const source = await w.jianbao.sources.add(ADMIN, { url: later.feed });
      await w.jianbao.sources.fetchNow(EDITOR, { id: source.id });
      const look = await w.jianbao.inbox.list(EDITOR, { view: 'all' });
      expect(look.seenUpTo).toBe(before);
      expect(look.entries.filter((e) => e.id > before).map((e) => e.title).sort()).toEqual(TEN_ARTICLES.slice(6, 8).map((a) => a.title).sort());
      // The next look has seen them; another user has not; an actor who is no user has no mark.
      expect((await w.jianbao.inbox.list(EDITOR, { view: 'all' })).seenUpTo).toBe(Math.max(...look.entries.map((e) => e.id)));
      expect((await w.jianbao.inbox.list({ id: 'chief', role: 'chief' }, {})).seenUpTo).toBe(0);
      expect((await w.jianbao.inbox.list(ADMIN, {})).seenUpTo).toBeNull();
    } finally {
      await later.close();
    }
  });

  it('searches the archive for any role, fetched articles included, with marked snippets', async () => {
    const result = await w.jianbao.search.search(READER, { query: '光传输', marks: 'html' });
    expect(result.hits.map((h) => h.title)).toEqual([TEN_ARTICLES[0]!.title]);
    expect(result.hits[0]!.titleHighlight).toContain('<mark>');
    expect((await failure(() => w.jianbao.search.search(READER, { query: '"' + 'x'.repeat(3000) })))![0]).toBe('invalid-input');
  });
});

/**
 * Saved searches and the unread-alert count in-process on each backend: any role keeps their own saved
 * searches, nobody sees or removes another user's, bad input is refused naming the field, every change is
 * audited; the nav's unread count covers the user's own and the shared watchlists and drops as alerts are read.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Jianbao } from '../src/core/index.js';
import { openStore } from '../src/store/open.js';
import type { Article } from '../src/types.js';
import { BACKENDS } from './backends.js';
import { as, openCore, rejection } from './core-fixture.js';

const art = (title: string, body: string): Article => ({ section: null, title, byline: null, subheads: [], body, captions: [], page: null, lineStart: 1, lineEnd: 1 });

/** Imports one issue past the core (as a fixture), the way new articles reach the store. */
async function importIssue(location: string, n: number, articles: Article[]): Promise<void> {
  const store = await openStore(location);
  try {
    await store.issues.import({ path: `f${n}.txt`, sha256: String(n).repeat(64), bytes: 1, encoding: 'utf-8', kind: 'text' }, {
      publication: '测试刊', issueDate: `2022-03-0${n}`, sections: [], warnings: [], articles,
    });
  } finally {
    await store.close();
  }
}

describe.each(BACKENDS)('saved searches and unread alerts on $name', (backend) => {
  let jianbao: Jianbao;
  let location: string;
  beforeAll(async () => {
    location = await backend.migrated();
    jianbao = await openCore(location);
  });
  afterAll(() => jianbao.close());

  it('keeps each user their own saved searches, filters included, by name', async () => {
    const reader = as('reader', 'li');
    const saved = await jianbao.savedSearches.save(reader, { name: ' 芯片周报 ', query: '芯片 -手机 from:2021-10', filters: { sections: ['产业环境'], tags: [] } });
    expect(saved).toMatchObject({ owner: 'li', name: '芯片周报', query: '芯片 -手机 from:2021-10', filters: { sections: ['产业环境'] } });
    expect(saved.filters).not.toHaveProperty('tags');
    await jianbao.savedSearches.save(reader, { name: '华为', query: '', filters: { entities: ['华为'] } });
    await jianbao.savedSearches.save(as('editor', 'wang'), { name: '芯片周报', query: '芯片' });
    expect((await jianbao.savedSearches.list(reader)).map((s) => s.name)).toEqual(['华为', '芯片周报']);
    expect((await jianbao.savedSearches.list(as('editor', 'wang'))).map((s) => [s.name, s.query])).toEqual([['芯片周报', '芯片']]);
    expect(await jianbao.savedSearches.list(as('admin', 'zhao'))).toEqual([]);
    expect(await jianbao.savedSearches.get(reader, saved.id)).toEqual(saved);
  });

  it("refuses another user's saved search, even to an admin, and changes nothing", async () => {
    const [mine] = await jianbao.savedSearches.list(as('reader', 'li'));
    for (const other of [as('reader', 'zhang'), as('admin', 'zhao')]) {
      expect((await rejection(jianbao.savedSearches.get(other, mine!.id))).kind).toBe('forbidden');
      const refused = await rejection(jianbao.savedSearches.remove(other, mine!.id));
      expect([refused.kind, refused.message]).toEqual(['forbidden', `${other.id}: 保存搜索只有创建者本人可见 (a saved search is seen by its owner only)`]);
    }
    expect((await jianbao.savedSearches.list(as('reader', 'li'))).length).toBe(2);
    expect((await rejection(jianbao.savedSearches.get(as('reader', 'li'), 999_999))).message).toBe('saved search 999999: 没有这个保存搜索 (no such saved search)');
  });

  it('refuses a taken name, an empty search, a bad query or filter as one line naming it', async () => {
    const li = as('reader', 'li');
    const cases: [Parameters<Jianbao['savedSearches']['save']>[1], string, string][] = [
      [{ name: '华为', query: '芯片' }, 'conflict', 'saved search 华为: 你已有同名的保存搜索 (you have a saved search of that name already)'],
      [{ name: '空', query: '  ' }, 'invalid-input', 'saved search: 没有搜索内容，请填写检索词或筛选条件 (nothing to search for: give a query or a filter)'],
      [{ name: '  ', query: '芯片' }, 'invalid-input', 'saved search.name: '],
      [{ name: '长', query: '芯'.repeat(1001) }, 'invalid-input', 'saved search.query: '],
      [{ name: '坏', query: '芯片', filters: { colour: ['red'] } as never }, 'invalid-input', 'saved search.filters: '],
      [{ name: '坏', query: '芯片', filters: { tags: [''] } }, 'invalid-input', 'saved search.filters.tags.0: '],
    ];
    for (const [input, kind, message] of cases) {
      const err = await rejection(jianbao.savedSearches.save(li, input));
      expect(err.kind, message).toBe(kind);
      expect(err.message.startsWith(message), err.message).toBe(true);
      expect(err.message).not.toContain('\n');
    }
  });

  it('records saving and removing in the audit log, with the saved search before and after', async () => {
    const li = as('reader', 'li');
    const [first] = await jianbao.savedSearches.list(li);
    const removed = await jianbao.savedSearches.remove(li, first!.id);
    expect((await jianbao.savedSearches.list(li)).map((s) => s.id)).not.toContain(first!.id);
    expect((await rejection(jianbao.savedSearches.remove(li, first!.id))).kind).toBe('not-found');
    const log = await jianbao.audit.list(as('admin'), { object: `saved-search:${first!.id}` });
    expect(log.map((e) => [e.action, e.actor, e.role])).toEqual([['search.remove', 'li', 'reader'], ['search.save', 'li', 'reader']]);
    expect(log[0]!.before).toEqual(removed);
    expect(log[1]!.after).toEqual(removed);
  });

  it("counts a user's unread alerts of their own and the shared watchlists, down as they are read", async () => {
    const admin = as('admin', 'zhao');
    await jianbao.watchlists.add(as('reader', 'li'), { name: 'li 芯片', query: '芯片' });
    await jianbao.watchlists.add(admin, { name: '共享 数字经济', query: '数字经济', owner: null });
    await jianbao.watchlists.add(as('editor', 'wang'), { name: 'wang 芯片', query: '芯片' });
    await importIssue(location, 1, [art('汽车芯片短缺', '汽车芯片短缺问题。'), art('数字经济', '推动数字经济健康发展。'), art('芯片与数字经济', '芯片产业支撑数字经济。')]);
    await jianbao.watchlists.match(admin);
    const unread = async (who: string, role: 'reader' | 'editor' | 'admin') => jianbao.watchlists.unread(as(role, who));
    // li: two on her own list and two on the shared one; wang the same; zhao only the shared two.
    expect([await unread('li', 'reader'), await unread('wang', 'editor'), await unread('zhao', 'admin')]).toEqual([4, 4, 2]);
    const { alerts } = await jianbao.watchlists.alerts(as('reader', 'li'));
    expect(alerts).toHaveLength(4);
    await jianbao.watchlists.markRead(as('reader', 'li'), [alerts[0]!.id]);
    expect([await unread('li', 'reader'), await unread('wang', 'editor')]).toEqual([3, 4]);
    await jianbao.watchlists.markRead(as('reader', 'li'), 'all');
    expect([await unread('li', 'reader'), await unread('wang', 'editor'), await unread('zhao', 'admin')]).toEqual([0, 4, 2]);
  });
});

import { describe, expect, it } from 'vitest';
import type { Actor, Jianbao } from '../src/core/index.js';
import { BACKENDS } from './backends.js';
import { GLUED_SECOND_TITLE, articleIssue, storeArticleIssue } from './article-fixture.js';
import { openCore, rejection } from './core-fixture.js';

const editor: Actor = { id: '小王', role: 'editor' };
const editor2: Actor = { id: '小李', role: 'editor' };
const chief: Actor = { id: '张主编', role: 'chief' };
const reader: Actor = { id: '读者甲', role: 'reader', edition: null };
const admin: Actor = { id: 'admin', role: 'admin' };

const titlesOf = async (j: Jianbao, issueId: number) => (await j.issues.listArticles(editor, { issueId })).map((a) => a.title);
const hitIds = async (j: Jianbao, query: string) => (await j.search.search(reader, { query, limit: 50 })).hits.map((h) => h.id);

describe.each(BACKENDS)('the article page in the core on $name', (backend) => {
  it('shows an article with provenance and enrichment, to readers too; edits title, section, summary and tags', async () => {
    const location = await backend.migrated();
    const { issueId, ids } = await storeArticleIssue(location);
    const j = await openCore(location);
    try {
      const view = await j.articles.get(reader, ids[2]);
      expect(view.article.title).toBe('华为发布新一代昇腾AI芯片');
      expect(view.issue).toMatchObject({ id: issueId, source: { path: 'fixtures/article-page.txt' } });
      expect(view.paragraphs).toHaveLength(2);
      expect(view.enrichment?.entities.map((e) => e.name)).toContain('华为技术有限公司');
      expect(view.summary.length).toBeGreaterThan(0);
      expect(view.previousId).toBe(ids[1]);
      expect(await rejection(j.articles.get(reader, 999_999))).toMatchObject({ kind: 'not-found' });

      expect(await rejection(j.articles.edit(reader, ids[2], { title: 'x' }))).toMatchObject({ kind: 'forbidden' });
      const unknown = await rejection(j.articles.edit(editor, ids[2], { section: '不存在栏目' }));
      expect(unknown).toMatchObject({ kind: 'invalid-input', input: 'section 不存在栏目' });
      expect(unknown.message).toContain('技术情报');

      const after = await j.articles.edit(editor, ids[2], { title: '华为发布昇腾新芯片', section: '技术情报', summary: '编辑写的摘要。', tags: ['人工智能', '芯片'] });
      expect(after).toMatchObject({ title: '华为发布昇腾新芯片', section: '技术情报', edits: { summary: '编辑写的摘要。', tags: ['人工智能', '芯片'], sectionBy: '小王' } });
      const shown = await j.articles.get(reader, ids[2]);
      expect([shown.summary, shown.tags]).toEqual(['编辑写的摘要。', ['人工智能', '芯片']]);
      // Reindexed: the new title is found, the tag filter takes the editor's tags.
      expect(await hitIds(j, '昇腾新芯片')).toContain(ids[2]);
      const tagged = await j.search.search(reader, { query: '', filters: { tags: ['人工智能'] } });
      expect(tagged.hits.map((h) => h.id)).toEqual([ids[2]]);
      // Nothing that the page shows already counts as a change.
      await j.articles.edit(editor, ids[2], { title: '华为发布昇腾新芯片', tags: ['人工智能', '芯片'], summary: ' 编辑写的摘要。\r\n' });
      const log = await j.audit.list(admin, { object: `article:${ids[2]}` });
      expect(log.map((e) => e.action)).toEqual(['article.edit']);
      expect(log[0]).toMatchObject({ actor: '小王', before: { title: '华为发布新一代昇腾AI芯片', section: '企业情报' }, after: { section: '技术情报' } });

      // The section chosen on the page is a correction train learns from.
      expect((await j.enrichment.train(editor)).corrections).toBe(1);
    } finally {
      await j.close();
    }
  }, 60_000);

  it('lists the other articles of its same-event group: a reprint in another issue', async () => {
    const location = await backend.migrated();
    const { ids } = await storeArticleIssue(location);
    const again = await storeArticleIssue(location, articleIssue('工信部召开5G网络共建共享专题会'));
    const j = await openCore(location);
    try {
      const view = await j.articles.get(reader, ids[2]);
      expect(view.group.map((g) => g.id)).toEqual([again.ids[2]]);
      expect(view.group[0]).toMatchObject({ title: '华为发布新一代昇腾AI芯片', issueId: again.issueId });
    } finally {
      await j.close();
    }
  });

  it('splits a glued article at a paragraph, merges it back, and undoes both', async () => {
    const location = await backend.migrated();
    const { issueId, ids } = await storeArticleIssue(location);
    const j = await openCore(location);
    try {
      expect(await rejection(j.articles.split(editor, ids[1], { at: 9 }))).toMatchObject({ kind: 'invalid-input' });
      const { first, second } = await j.articles.split(editor, ids[1], { at: 3 });
      expect(second.title).toBe(GLUED_SECOND_TITLE);
      expect(second.body).not.toContain(GLUED_SECOND_TITLE);
      expect(first.body).not.toContain('充电桩');
      expect(await titlesOf(j, issueId)).toEqual(['工信部部署推进5G网络共建共享', '三大运营商公布10月运营数据', GLUED_SECOND_TITLE, '华为发布新一代昇腾AI芯片']);
      expect(await hitIds(j, '充电桩')).toEqual([second.id]);
      expect((await j.articles.get(editor, second.id)).enrichment).not.toBeNull();

      // A title of the editor's own for the next split; then merge that one back.
      const again = await j.articles.split(editor, second.id, { at: 2, title: '充电站建设补贴' });
      expect(again.second.title).toBe('充电站建设补贴');
      const merged = await j.articles.merge(editor, again.second.id);
      expect(merged.body).toContain('充电站建设补贴');
      expect(await j.issues.listArticles(editor, { issueId })).toHaveLength(4);
      expect(await rejection(j.articles.merge(editor, ids[0]))).toMatchObject({ kind: 'invalid-input' });

      expect((await j.history.last(editor))?.action).toBe('article.merge');
      await j.history.undo(editor); // the merge: the article is back (under a new id)
      expect(await titlesOf(j, issueId)).toEqual(['工信部部署推进5G网络共建共享', '三大运营商公布10月运营数据', GLUED_SECOND_TITLE, '充电站建设补贴', '华为发布新一代昇腾AI芯片']);
      await j.history.undo(editor); // the second split
      await j.history.undo(editor); // the first split
      expect(await titlesOf(j, issueId)).toEqual(['工信部部署推进5G网络共建共享', '三大运营商公布10月运营数据', '华为发布新一代昇腾AI芯片']);
      expect((await j.issues.getArticle(editor, ids[1])).body).toContain(GLUED_SECOND_TITLE);
      expect(await hitIds(j, '充电桩')).toEqual([ids[1]]);
      expect(await rejection(j.history.undo(editor))).toMatchObject({ kind: 'not-found' });
      const undos = (await j.audit.list(admin, { actor: '小王' })).filter((e) => e.action === 'change.undo');
      expect(undos).toHaveLength(3);
    } finally {
      await j.close();
    }
  }, 60_000);

  it('sets an imported issue’s publication and date (articles follow), and removes it', async () => {
    const location = await backend.migrated();
    const { issueId, ids } = await storeArticleIssue(location);
    const j = await openCore(location);
    try {
      expect(await rejection(j.issues.setMeta(editor, issueId, { issueDate: '2021-02-30' }))).toMatchObject({ kind: 'invalid-input' });
      const set = await j.issues.setMeta(editor, issueId, { publication: '通信产业周报', issueDate: '2021年11月19日' });
      expect(set).toMatchObject({ publication: '通信产业周报', issueDate: '2021-11-19' });
      const hits = (await j.search.search(reader, { query: '', filters: { from: '2021-11-19', to: '2021-11-19' }, limit: 10 })).hits;
      expect(hits.map((h) => h.id).sort((a, b) => a - b)).toEqual(ids);
      expect(hits.every((h) => h.source === '通信产业周报')).toBe(true);

      await j.history.undo(editor);
      expect((await j.issues.list(editor))[0]).toMatchObject({ publication: null, issueDate: null });
      expect((await j.search.search(reader, { query: '', filters: { from: '2021-11-19', to: '2021-11-19' } })).total).toBe(0);

      expect(await rejection(j.issues.remove(reader, issueId))).toMatchObject({ kind: 'forbidden' });
      expect(await j.issues.remove(editor, issueId)).toEqual({ issueId, articles: 3, takenFrom: [] });
      expect(await rejection(j.articles.get(editor, ids[0]))).toMatchObject({ kind: 'not-found' });
    } finally {
      await j.close();
    }
  }, 60_000);

  it('undoes an inbox triage, bulk included; a change by someone else since is a conflict', async () => {
    const location = await backend.migrated();
    const { ids } = await storeArticleIssue(location);
    const j = await openCore(location);
    try {
      await j.inbox.triage(editor, { action: 'keep', ids: [ids[0]], section: '产业环境' });
      await j.inbox.triage(editor, { action: 'discard', ids: [ids[1], ids[2]] });
      expect((await j.history.last(editor))?.entries).toHaveLength(2);
      await j.history.undo(editor);
      const states = await j.inbox.list(editor, { view: 'all' });
      const state = (id: number) => states.entries.find((e) => e.id === id)?.triage?.state;
      expect([state(ids[0]), state(ids[1]), state(ids[2])]).toEqual(['kept', 'new', 'new']);

      await j.articles.edit(editor, ids[0], { summary: '小王的摘要' });
      await j.articles.edit(editor2, ids[0], { summary: '小李的摘要' });
      const err = await rejection(j.history.undo(editor));
      expect(err).toMatchObject({ kind: 'conflict' });
      expect(err.message).toContain('小李');
      expect((await j.articles.get(editor, ids[0])).summary).toBe('小李的摘要');
      expect(await rejection(j.history.undo(reader))).toMatchObject({ kind: 'forbidden' });
      // 小李 may take back their own.
      await j.history.undo(editor2);
      expect((await j.articles.get(editor, ids[0])).summary).toBe('小王的摘要');
    } finally {
      await j.close();
    }
  }, 60_000);

  it('locks a bulletin while 待审: editors are refused, the chief sends it back; 已签发 is frozen', async () => {
    const location = await backend.migrated();
    const { issueId, ids } = await storeArticleIssue(location);
    const j = await openCore(location);
    try {
      await j.issues.setMeta(editor, issueId, { publication: '通信产业周报', issueDate: '2021-11-19' });
      const { id } = await j.bulletins.compose(editor, { from: '2021-11-15', to: '2021-11-21' });
      await j.bulletins.submit(editor, id);
      const locked = await rejection(j.bulletins.edit(editor, id, { op: 'cover', text: '改封面' }));
      expect(locked).toMatchObject({ kind: 'conflict', input: `issue ${id}` });
      expect(locked.message).toContain('待审');
      // An article a bulletin under sign-off prints cannot be merged away.
      const printed = (await j.bulletins.get(editor, id)).bulletin.sections.flatMap((s) => s.entries).map((e) => e.articleId);
      const second = printed.find((a) => a !== ids[0]);
      if (second) expect(await rejection(j.articles.merge(editor, second))).toMatchObject({ kind: 'conflict' });
      await j.bulletins.reject(chief, id, { note: '请改封面' });
      expect((await j.bulletins.edit(editor, id, { op: 'cover', text: '改封面' })).what).toBe('cover');
      const move = await rejection(j.bulletins.edit(editor, id, { op: 'move', articleId: printed[0], section: '不存在栏目' }));
      expect(move).toMatchObject({ kind: 'invalid-input', input: 'section 不存在栏目' });
      expect((await j.bulletins.get(editor, id)).bulletin.sections.map((s) => s.name)).not.toContain('不存在栏目');
    } finally {
      await j.close();
    }
  }, 60_000);
});

/**
 * Removing an imported issue can be undone (within KEEP_DAYS days): the issue and its articles come back under
 * their ids, enriched and searchable again, with their triage, the duplicate marks naming them, their alerts (read
 * marks kept) and the draft entries and 另见 lines the removal took. Issues written for these tests (article-fixture).
 */
import { describe, expect, it } from 'vitest';
import { openJianbao, resolveConfig, type Actor, type Jianbao } from '../src/core/index.js';
import { articleIssue, storeArticleIssue } from './article-fixture.js';
import { BACKENDS } from './backends.js';
import { openCore, rejection } from './core-fixture.js';

const editor: Actor = { id: '小王', role: 'editor' };
const reader: Actor = { id: '读者甲', role: 'reader' };
const admin: Actor = { id: 'admin', role: 'admin' };

/** What a reader and the newsroom see of the articles: text, enrichment, triage, alerts, drafts, search hits. */
async function seen(j: Jianbao, ids: number[], draftId: number) {
  const views = await Promise.all(ids.map(async (id) => {
    const v = await j.articles.get(editor, id);
    return { article: v.article, issue: v.issue, summary: v.summary, tags: v.tags, predicted: v.predictedSection, enrichment: v.enrichment, group: v.group.map((g) => g.id) };
  }));
  const inbox = (await j.inbox.list(editor, { view: 'all' })).entries.flatMap((e) => [e, ...e.folded]);
  const { alerts } = await j.watchlists.alerts(reader);
  const hits = (await j.search.search(reader, { query: '昇腾' })).hits.map((h) => h.id);
  return {
    views,
    triage: inbox.map((e) => [e.id, e.triage]).sort(),
    alerts: alerts.map((a) => [a.id, a.articleId, a.readAt !== null]),
    draft: (await j.bulletins.get(editor, draftId)).bulletin.sections.map((s) => [s.name, s.entries.map((e) => [e.articleId, e.alsoSeen.map((a) => a.articleId)])]),
    hits,
  };
}

describe.each(BACKENDS)('undoing an issue’s removal, on $name', (backend) => {
  it('puts the issue back exactly: same ids, enrichment, search, triage, duplicate marks, alerts and draft entries', async () => {
    const location = await backend.migrated();
    const j = await openCore(location);
    try {
      await j.watchlists.add(reader, { name: '昇腾', query: '昇腾' });
      const one = await storeArticleIssue(location);
      const other = await storeArticleIssue(location, { ...articleIssue(), publication: '另一份周报' });
      await j.issues.setMeta(editor, one.issueId, { publication: '通信产业周报', issueDate: '2021-11-19' });
      await j.issues.setMeta(editor, other.issueId, { publication: '另一份周报', issueDate: '2021-11-18' });
      await j.watchlists.match(admin);
      const { alerts } = await j.watchlists.alerts(reader);
      await j.watchlists.markRead(reader, [alerts.find((a) => a.articleId === one.ids[2])!.id]);
      await j.articles.edit(editor, one.ids[0], { summary: '编辑写的摘要', tags: ['共建共享'] });
      await j.inbox.triage(editor, { action: 'keep', ids: [one.ids[1]], section: '企业情报' });
      await j.inbox.triage(editor, { action: 'duplicate', ids: [other.ids[2]], of: one.ids[2] });
      const { id: draftId } = await j.bulletins.compose(editor, { from: '2021-11-15', to: '2021-11-21' });
      const before = await seen(j, one.ids, draftId);
      expect(before.hits).toContain(one.ids[2]);
      expect(one.ids.some((id) => (before.draft.flat(Number.POSITIVE_INFINITY) as unknown[]).includes(id))).toBe(true);

      const removed = await j.issues.remove(editor, one.issueId);
      expect(removed.articles).toBe(3);
      expect(await rejection(j.articles.get(editor, one.ids[0]))).toMatchObject({ kind: 'not-found' });
      expect((await j.search.search(reader, { query: '昇腾' })).hits.map((h) => h.id)).not.toContain(one.ids[2]);
      // Neither entries nor 另见 lines name a removed article (on PostgreSQL the 另见 lines used to stay).
      const left = JSON.stringify((await j.bulletins.get(editor, draftId)).bulletin.sections);
      for (const id of one.ids) expect(left).not.toContain(`"articleId":${id},`);
      expect((await j.history.last(editor))).toMatchObject({ action: 'issue.remove', object: `issue:${one.issueId}` });

      const undone = await j.history.undo(editor);
      expect(undone.action).toBe('issue.remove');
      expect(undone.detail).toContain(`草稿 #${draftId} 的条目放回`);
      expect(await seen(j, one.ids, draftId)).toEqual(before);
      expect((await j.issues.list(editor)).map((i) => i.id).sort()).toEqual([one.issueId, other.issueId].sort());
      // Matching again raises nothing for text already matched.
      await j.watchlists.match(admin);
      expect((await j.watchlists.alerts(reader)).alerts.length).toBe(before.alerts.length);
      expect((await j.audit.list(admin, { actor: editor.id }))[0]).toMatchObject({ action: 'change.undo', object: `issue:${one.issueId}` });
      // Nothing is left to put back: a second undo takes back the change before (the duplicate mark).
      expect((await j.history.last(editor))?.action).toBe('article.duplicate');
    } finally {
      await j.close();
    }
  }, 60_000);

  it('after the same file is imported again, or after the keeping time, the removal is refused or passed over', async () => {
    const location = await backend.migrated();
    const one = await storeArticleIssue(location);
    const j = await openCore(location);
    try {
      await j.issues.setMeta(editor, one.issueId, { publication: '通信产业周报', issueDate: '2021-11-19' });
      await j.issues.remove(editor, one.issueId);
      const again = await storeArticleIssue(location);
      const refused = await rejection(j.history.undo(editor));
      expect(refused).toMatchObject({ kind: 'conflict' });
      expect(refused.message).toContain(`同一文件已重新导入为第 ${again.issueId} 期`);
      expect((await j.issues.list(editor)).map((i) => i.id)).toEqual([again.issueId]);
    } finally {
      await j.close();
    }
    const month = new Date(Date.now() + 31 * 86_400_000);
    const future = await openJianbao(resolveConfig({ flags: { store: location } }), { now: () => month });
    try {
      // Older than the keeping time: passed over, so the change before it (the issue's date) is the one offered.
      expect((await future.history.last(editor))?.action).toBe('issue.set');
    } finally {
      await future.close();
    }
  }, 60_000);

  it('where the embedded store gave the ids away since, the articles come back under new ones and the undo says so', async () => {
    const location = await backend.migrated();
    const one = await storeArticleIssue(location);
    const j = await openCore(location);
    try {
      await j.issues.setMeta(editor, one.issueId, { publication: '通信产业周报', issueDate: '2021-11-19' });
      const { id: draftId } = await j.bulletins.compose(editor, { from: '2021-11-15', to: '2021-11-21' });
      await j.issues.remove(editor, one.issueId);
      // Another file: on SQLite it takes the highest freed ids (PostgreSQL's sequences never give them again).
      const next = await storeArticleIssue(location, { ...articleIssue('另一期的头条'), publication: '另一份周报' });
      const undone = await j.history.undo(editor);
      const issues = await j.issues.list(editor);
      expect(issues).toHaveLength(2);
      const back = issues.find((i) => i.id !== next.issueId)!;
      const ids = (await j.issues.listArticles(editor, { issueId: back.id })).map((a) => a.id);
      expect(ids).toHaveLength(3);
      const taken = one.ids.filter((id) => next.ids.includes(id));
      if (taken.length) expect(undone.detail).toContain('原编号已被占用');
      else expect(ids).toEqual(one.ids);
      const printed = (await j.bulletins.get(editor, draftId)).bulletin.sections.flatMap((s) => s.entries.map((e) => e.articleId));
      expect(printed.length).toBeGreaterThan(0);
      expect(printed.every((id) => ids.includes(id))).toBe(true);
    } finally {
      await j.close();
    }
  }, 60_000);
  it('the 另见 lines naming the removed weekly’s reports come back in their places, the bulletin saved once for all of them', async () => {
    const location = await backend.migrated();
    // The same three reports in two weeklies: the draft prints each once, the other as 另见.
    const one = await storeArticleIssue(location);
    const other = await storeArticleIssue(location, { ...articleIssue(), publication: '另一份周报' });
    const j = await openCore(location);
    try {
      await j.issues.setMeta(editor, one.issueId, { publication: '通信产业周报', issueDate: '2021-11-19' });
      await j.issues.setMeta(editor, other.issueId, { publication: '另一份周报', issueDate: '2021-11-18' });
      const { id: draftId } = await j.bulletins.compose(editor, { from: '2021-11-15', to: '2021-11-21' });
      const shown = (await j.bulletins.get(editor, draftId)).bulletin;
      const entries = shown.sections.flatMap((s) => s.entries);
      const named = new Set(entries.flatMap((e) => e.alsoSeen.map((a) => a.articleId)));
      // The weekly whose reports are the 另见 lines, and more than one of them: each used to cost a save.
      const seenIssue = [one, other].find((i) => i.ids.some((id) => named.has(id)))!;
      expect(seenIssue.ids.filter((id) => named.has(id)).length).toBeGreaterThan(1);
      expect(entries.some((e) => seenIssue.ids.includes(e.articleId))).toBe(false);

      await j.issues.remove(editor, seenIssue.issueId);
      const removed = (await j.bulletins.get(editor, draftId)).bulletin;
      expect(removed.sections.flatMap((s) => s.entries).flatMap((e) => e.alsoSeen)).toEqual([]);
      await j.history.undo(editor);
      const back = (await j.bulletins.get(editor, draftId)).bulletin;
      expect(back.sections).toEqual(shown.sections);
      expect(back.version).toBe(removed.version + 1);
      const log = await j.audit.list(admin, { object: `bulletin:${draftId}` });
      expect(log.filter((l) => l.detail?.includes('另见')).length).toBeGreaterThan(0);
    } finally {
      await j.close();
    }
  }, 60_000);
});

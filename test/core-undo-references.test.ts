/**
 * What names an article a merge removes (alerts and their read marks, duplicate marks, triage, 另见 lines in
 * bulletins) follows its text into the kept article, and the merge's undo puts each back exactly: same alert
 * ids, same triage times, the same 另见 line in the same place. Undoing a split does the same for the part it
 * made, which goes again.
 */
import { describe, expect, it } from 'vitest';
import type { Actor, Jianbao } from '../src/core/index.js';
import { articleIssue, storeArticleIssue } from './article-fixture.js';
import { BACKENDS } from './backends.js';
import { openCore, rejection } from './core-fixture.js';

const editor: Actor = { id: '小王', role: 'editor' };
const editor2: Actor = { id: '小李', role: 'editor' };
const reader: Actor = { id: '读者甲', role: 'reader' };
const admin: Actor = { id: 'admin', role: 'admin' };

/** The reader's alerts as id → [watchlist, article, read]. */
async function alertsOf(j: Jianbao): Promise<Map<number, [string, number | null, boolean]>> {
  const { alerts } = await j.watchlists.alerts(reader);
  return new Map(alerts.map((a) => [a.id, [a.watchlist, a.articleId, a.readAt !== null]]));
}

describe.each(BACKENDS)('a merge and its undo keep what names the article, on $name', (backend) => {
  it('alerts, read marks, duplicate marks and triage move to the kept article and come back on undo', async () => {
    const location = await backend.migrated();
    const j = await openCore(location);
    try {
      // Watchlists alert only articles stored after them: added before the issue is stored.
      await j.watchlists.add(reader, { name: '昇腾', query: '昇腾' });
      await j.watchlists.add(reader, { name: '运营商或华为', query: '中国移动 OR 华为' });
      const { ids } = await storeArticleIssue(location);
      const [, kept, removed] = ids;
      await j.watchlists.match(admin);
      const raised = await alertsOf(j);
      expect([...raised.values()].map(([w, a]) => `${w}:${a}`).sort()).toEqual([`昇腾:${removed}`, `运营商或华为:${kept}`, `运营商或华为:${removed}`].sort());
      const moving = [...raised].find(([, [w]]) => w === '昇腾')![0];
      const twin = [...raised].find(([, [w, a]]) => w === '运营商或华为' && a === removed)![0];
      await j.watchlists.markRead(reader, [moving, twin]);

      // The kept article too: a mark the removal would clear, and undo must bring back.
      await j.inbox.triage(editor, { action: 'duplicate', ids: [ids[0], kept], of: removed });
      await j.inbox.triage(editor, { action: 'keep', ids: [removed], section: '企业情报' });
      await j.inbox.triage(editor, { action: 'tag', ids: [removed], tags: ['AI芯片'] });
      await j.inbox.triage(editor, { action: 'note', ids: [removed], note: '下周跟进' });
      const triageBefore = async () => new Map((await j.inbox.list(editor, { view: 'all' })).entries.flatMap((e) => [e, ...e.folded]).map((e) => [e.id, e.triage]));
      const before = await triageBefore();

      await j.articles.merge(editor, removed);
      expect(await j.articles.mergedInto(reader, removed)).toBe(kept);
      expect(await j.articles.mergedInto(reader, 999_999)).toBeNull();
      const merged = await alertsOf(j);
      // The alert only the removed article had now links to the kept one, still read; the kept article's own
      // alert of the other watchlist stays, so the removed one's twin is cleared rather than doubled.
      expect(merged.get(moving)).toEqual(['昇腾', kept, true]);
      expect(merged.get(twin)).toEqual(['运营商或华为', null, true]);
      const after = await triageBefore();
      expect(after.get(ids[0])).toMatchObject({ state: 'duplicate', duplicateOf: kept, updatedAt: before.get(ids[0])!.updatedAt });
      expect(after.get(kept)).toMatchObject({ state: 'kept', section: '企业情报', tags: ['AI芯片'], note: '下周跟进' });

      await j.history.undo(editor);
      expect(await alertsOf(j)).toEqual(raised.set(moving, ['昇腾', removed, true]).set(twin, ['运营商或华为', removed, true]));
      expect(await triageBefore()).toEqual(before);
    } finally {
      await j.close();
    }
  }, 60_000);

  it('the 另见 line a merge took out of a bulletin is back under the same entry, in the same place, after undo', async () => {
    const location = await backend.migrated();
    // The same three reports in two weeklies: the draft prints each once, the other as 另见.
    const one = await storeArticleIssue(location);
    const other = await storeArticleIssue(location, { ...articleIssue(), publication: '另一份周报' });
    const j = await openCore(location);
    try {
      await j.issues.setMeta(editor, one.issueId, { publication: '通信产业周报', issueDate: '2021-11-19' });
      await j.issues.setMeta(editor, other.issueId, { publication: '另一份周报', issueDate: '2021-11-18' });
      const { id } = await j.bulletins.compose(editor, { from: '2021-11-15', to: '2021-11-21' });
      const entries = async () => (await j.bulletins.get(editor, id)).bulletin.sections.flatMap((s) => s.entries);
      const shown = await entries();
      // A report named as 另见 that is not first in its issue (a merge joins it to the one printed before it).
      const firsts = new Set([one.ids[0], other.ids[0]]);
      const named = shown.flatMap((e) => e.alsoSeen.map((a) => a.articleId)).find((a) => !firsts.has(a));
      expect(named).toBeDefined();

      await j.articles.merge(editor, named!);
      expect((await entries()).flatMap((e) => e.alsoSeen.map((a) => a.articleId))).not.toContain(named);
      await j.history.undo(editor);
      expect((await entries()).map((e) => [e.articleId, e.alsoSeen])).toEqual(shown.map((e) => [e.articleId, e.alsoSeen]));
      const log = await j.audit.list(admin, { object: `bulletin:${id}` });
      expect(log[0]).toMatchObject({ actor: editor.id, action: 'bulletin.edit' });
      expect(log[0].detail).toContain(`另见 #${named}`);
    } finally {
      await j.close();
    }
  }, 60_000);

  it('a split raises no alert for text already matched; undoing one moves the alerts and duplicate marks of its part back, and a draft says what it lost', async () => {
    const location = await backend.migrated();
    const j = await openCore(location);
    try {
      await j.watchlists.add(reader, { name: '充电桩', query: '充电桩' });
      await j.watchlists.add(reader, { name: '5G', query: '5G' });
      const { issueId, ids } = await storeArticleIssue(location);
      await j.issues.setMeta(editor, issueId, { publication: '通信产业周报', issueDate: '2021-11-19' });
      // Split before matching ran: the new part is as new as the issue, and alerts on its own.
      const { second } = await j.articles.split(editor, ids[1], { at: 3 });
      await j.watchlists.match(admin);
      const raised = await alertsOf(j);
      expect([...raised.values()].map(([w, a]) => `${w}:${a}`).sort()).toEqual([`5G:${ids[0]}`, `5G:${ids[1]}`, `充电桩:${second.id}`].sort());
      const alert = [...raised].find(([, [w]]) => w === '充电桩')!;
      // Split after matching: the part it makes is text watchlists saw already, and raises no second alert.
      const { second: again } = await j.articles.split(editor, ids[0], { at: 2 });
      await j.watchlists.match(admin);
      expect((await alertsOf(j)).size).toBe(3);
      await j.history.undo(editor);
      expect(await rejection(j.articles.get(editor, again.id))).toMatchObject({ kind: 'not-found' });
      await j.watchlists.markRead(reader, [alert[0]]);
      await j.inbox.triage(editor2, { action: 'duplicate', ids: [ids[0]], of: second.id });
      const { id } = await j.bulletins.compose(editor, { from: '2021-11-15', to: '2021-11-21' });
      const printed = async () => (await j.bulletins.get(editor, id)).bulletin.sections.flatMap((s) => s.entries).map((e) => e.articleId);
      if (!(await printed()).includes(second.id)) await j.bulletins.edit(editor, id, { op: 'add', articleId: second.id, section: '产业环境' });

      // The user is told what the draft lost, not only the log.
      expect((await j.history.undo(editor)).detail).toContain(`#${second.id} 的正文条目从草稿 #${id} 撤下`);
      expect(await rejection(j.articles.get(editor, second.id))).toMatchObject({ kind: 'not-found' });
      expect((await alertsOf(j)).get(alert[0])).toEqual(['充电桩', ids[1], true]);
      const marked = (await j.inbox.list(editor, { view: 'duplicate' })).entries.flatMap((e) => [e, ...e.folded]);
      expect(marked.map((e) => [e.id, e.triage?.duplicateOf])).toEqual([[ids[0], ids[1]]]);
      expect(await printed()).not.toContain(second.id);
      // The drop, then (the article it came from whole again) the entry following its text (compose/follow.ts).
      const log = (await j.audit.list(admin, { object: `bulletin:${id}` })).filter((e) => e.action !== 'bulletin.follow');
      expect(log[0]).toMatchObject({ actor: editor.id, action: 'bulletin.drop' });
      expect(log[0].detail).toContain(`撤销拆分：#${second.id}`);
    } finally {
      await j.close();
    }
  }, 60_000);

  it('removing an issue says how many entries each draft lost, in its result and the audit log', async () => {
    const location = await backend.migrated();
    const { issueId } = await storeArticleIssue(location);
    const j = await openCore(location);
    try {
      await j.issues.setMeta(editor, issueId, { publication: '通信产业周报', issueDate: '2021-11-19' });
      const { id } = await j.bulletins.compose(editor, { from: '2021-11-15', to: '2021-11-21' });
      const printed = (await j.bulletins.get(editor, id)).bulletin.sections.flatMap((s) => s.entries).length;
      expect(printed).toBeGreaterThan(0);
      expect(await j.issues.remove(editor, issueId)).toEqual({ issueId, articles: 3, takenFrom: [{ draftId: id, entries: printed }] });
      expect((await j.bulletins.get(editor, id)).bulletin.sections.flatMap((s) => s.entries)).toEqual([]);
      expect((await j.audit.list(admin, { object: `issue:${issueId}` }))[0].detail).toContain(`草稿 #${id} 撤下 ${printed} 篇`);
    } finally {
      await j.close();
    }
  }, 60_000);

  it('a split’s new part starts from its own summary and tags, not the ones an editor wrote for the whole', async () => {
    const location = await backend.migrated();
    const { ids } = await storeArticleIssue(location);
    const j = await openCore(location);
    try {
      await j.articles.edit(editor, ids[1], { summary: '为整篇写的摘要', tags: ['整篇标签'] });
      const { second } = await j.articles.split(editor, ids[1], { at: 3 });
      const part = await j.articles.get(editor, second.id);
      expect(part.article.edits ?? {}).toEqual({});
      expect(part.summary).not.toBe('为整篇写的摘要');
      expect(part.tags).not.toContain('整篇标签');
      expect((await j.articles.get(editor, ids[1])).summary).toBe('为整篇写的摘要');
    } finally {
      await j.close();
    }
  }, 60_000);
});

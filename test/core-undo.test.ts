/**
 * Undo, split and merge where they used to lose data or tell the user something untrue: undos racing each other
 * or an edit (two cores on one store, so two connections on PostgreSQL), a merge undone (the article comes back
 * under its own id with its triage), a bulk keep by predicted section (one change), and a group an article
 * bridged (placed again when the bridge changes).
 */
import { describe, expect, it } from 'vitest';
import type { Actor, Jianbao } from '../src/core/index.js';
import type { Bulletin } from '../src/types.js';
import { BACKENDS } from './backends.js';
import { storeArticleIssue } from './article-fixture.js';
import { openCore, rejection } from './core-fixture.js';

const editor: Actor = { id: '小王', role: 'editor' };
const editor2: Actor = { id: '小李', role: 'editor' };
const admin: Actor = { id: 'admin', role: 'admin' };

/** Two cores on one store: each has its own connection, as two web workers or a worker and the CLI have. */
async function twoCores(location: string): Promise<[Jianbao, Jianbao]> {
  return [await openCore(location), await openCore(location)];
}

/** The article ids a bulletin prints, in order. */
const printedIn = async (j: Jianbao, actor: Actor, id: number) => (await j.bulletins.get(actor, id)).bulletin.sections.flatMap((s) => s.entries).map((e) => e.articleId);

/** Splits the issue's second article and composes the week's draft printing the new part: the draft's id and that article. */
async function draftPrintingSplit(j: Jianbao, issueId: number, ids: number[]): Promise<{ id: number; second: { id: number } }> {
  await j.issues.setMeta(editor, issueId, { publication: '通信产业周报', issueDate: '2021-11-19' });
  const { second } = await j.articles.split(editor, ids[1], { at: 3 });
  const { id } = await j.bulletins.compose(editor, { from: '2021-11-15', to: '2021-11-21' });
  if (!(await printedIn(j, editor, id)).includes(second.id)) await j.bulletins.edit(editor, id, { op: 'add', articleId: second.id, section: '产业环境' });
  return { id, second };
}

const undoEntries = async (j: Jianbao, actor: Actor) => (await j.audit.list(admin, { actor: actor.id })).filter((e) => e.action === 'change.undo');

/**
 * Three reports written for this test: A and C share the company but no figure; B carries A's two figures in its
 * first paragraph and C's two in its second, so B alone joins A and C into one same-event group.
 */
function bridgeIssue(keep = [0, 1, 2]): Bulletin {
  const a = (title: string, paragraphs: string[], lineStart: number) => ({
    section: '企业情报', title, byline: null, subheads: [], body: paragraphs.join('\n\n'), captions: [], page: 1, lineStart, lineEnd: lineStart + paragraphs.length,
  });
  const first = '比亚迪公司披露，今年新建超级充电站4286座，累计投入资金37.5亿元，覆盖全国主要高速公路服务区。';
  const second = '比亚迪公司同时公布，海外工厂年产能提升到63.8万辆，出口车型在欧洲市场的售价平均下调1750欧元。';
  return {
    publication: '汽车产业观察', issueDate: '2021-06-04', sections: ['企业情报'], warnings: [],
    articles: [
      a('比亚迪超级充电站建设提速', [first, '业内人士认为，充电网络的完善将缓解长途出行的补能焦虑。'], 3),
      a('比亚迪充电网络与海外产能双线推进', [first, second], 8),
      a('比亚迪海外工厂扩产', [second, '分析师表示，海外产能扩张有助于对冲国内价格竞争。'], 13),
    ].filter((_, i) => keep.includes(i)),
  };
}

describe.each(BACKENDS)('undo, split and merge on $name', (backend) => {
  it('two undos of the change one page showed, at once from two cores: one wins, the other is a conflict', async () => {
    const location = await backend.migrated();
    const { ids } = await storeArticleIssue(location);
    const [j1, j2] = await twoCores(location);
    try {
      const original = (await j1.articles.get(editor, ids[0])).article.title;
      await j1.articles.edit(editor, ids[0], { title: '第一次改的标题' });
      await j1.articles.edit(editor, ids[0], { title: '第二次改的标题' });
      const shown = (await j1.history.last(editor))!;
      const results = await Promise.allSettled([j1.history.undo(editor, { change: shown.entries[0].id }), j2.history.undo(editor, { change: shown.entries[0].id })]);
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      const lost = results.find((r) => r.status === 'rejected')!;
      expect((lost as PromiseRejectedResult).reason).toMatchObject({ kind: 'conflict', input: `change ${shown.entries[0].id}` });
      expect((await j2.articles.get(editor, ids[0])).article.title).toBe('第一次改的标题');
      expect(await undoEntries(j1, editor)).toHaveLength(1);

      // Without naming a change (jianbao undo twice at once): each takes back a different one, never one twice.
      await Promise.all([j1.history.undo(editor), j2.history.undo(editor)]).catch(() => undefined);
      const undid = (await undoEntries(j1, editor)).flatMap((e) => (e.after as { undid: number[] }).undid);
      expect(new Set(undid).size).toBe(undid.length);
      expect((await j1.articles.get(editor, ids[0])).article.title).toBe(original);
    } finally {
      await j1.close();
      await j2.close();
    }
  }, 60_000);

  it('an undo racing another editor’s edit of the same article: the edit is never lost', async () => {
    const location = await backend.migrated();
    const { ids } = await storeArticleIssue(location);
    const [j1, j2] = await twoCores(location);
    try {
      for (let round = 1; round <= 4; round++) {
        await j1.articles.edit(editor2, ids[2], { summary: `小李的摘要 ${round}` });
        const [undo, edit] = await Promise.allSettled([j1.history.undo(editor2), j2.articles.edit(editor, ids[2], { summary: `小王的摘要 ${round}` })]);
        expect(edit.status).toBe('fulfilled');
        // Either the undo went first (then the edit applies over it) or it is refused: 小王's summary stands.
        if (undo.status === 'rejected') expect(undo.reason).toMatchObject({ kind: 'conflict' });
        expect((await j1.articles.get(editor, ids[2])).summary).toBe(`小王的摘要 ${round}`);
        const log = await j1.audit.list(admin, { object: `article:${ids[2]}` });
        expect(log[0]).toMatchObject({ actor: '小王', action: 'article.edit', after: { edits: { summary: `小王的摘要 ${round}` } } });
      }
    } finally {
      await j1.close();
      await j2.close();
    }
  }, 60_000);

  it('an undone merge brings the article back under its own id, with its triage, found by search', async () => {
    const location = await backend.migrated();
    const { issueId, ids } = await storeArticleIssue(location);
    const j = await openCore(location);
    try {
      const { second } = await j.articles.split(editor, ids[1], { at: 3 });
      await j.inbox.triage(editor, { action: 'keep', ids: [second.id], section: '产业环境' });
      await j.articles.edit(editor, second.id, { summary: '充电设施方案的摘要' });
      await j.articles.merge(editor, second.id);
      expect(await rejection(j.articles.get(editor, second.id))).toMatchObject({ kind: 'not-found' });

      await j.history.undo(editor);
      const back = await j.articles.get(editor, second.id);
      expect(back.article).toMatchObject({ id: second.id, title: second.title, body: second.body });
      expect(back.summary).toBe('充电设施方案的摘要');
      expect((await j.issues.listArticles(editor, { issueId })).map((a) => a.id)).toEqual([ids[0], ids[1], second.id, ids[2]]);
      const kept = (await j.inbox.list(editor, { view: 'kept' })).entries.find((e) => e.id === second.id);
      expect(kept?.triage).toMatchObject({ state: 'kept', section: '产业环境' });
      expect((await j.search.search(editor, { query: '充电桩' })).hits.map((h) => h.id)).toEqual([second.id]);
      // The audit log's entries that name it are its own again; the next undos (summary, keep, split) find it by that id.
      await j.history.undo(editor);
      expect((await j.articles.get(editor, second.id)).summary).not.toBe('充电设施方案的摘要');
      await j.history.undo(editor);
      await j.history.undo(editor);
      expect((await j.issues.listArticles(editor, { issueId })).map((a) => a.id)).toEqual(ids);
    } finally {
      await j.close();
    }
  }, 60_000);

  it('undoing a split refuses to remove the new article while a bulletin under sign-off prints it', async () => {
    const location = await backend.migrated();
    const { issueId, ids } = await storeArticleIssue(location);
    const j = await openCore(location);
    try {
      const { id, second } = await draftPrintingSplit(j, issueId, ids);
      await j.bulletins.submit(editor, id);
      // The compose, add and submit are bulletin changes, not undoable here: the split is the last.
      const err = await rejection(j.history.undo(editor));
      expect(err).toMatchObject({ kind: 'conflict', input: `article ${second.id}` });
      expect(err.message).toContain('待审');
      expect((await j.articles.get(editor, second.id)).article.id).toBe(second.id);
      expect(await printedIn(j, editor, id)).toContain(second.id);
      // Removing the whole issue is refused as well, and leaves everything as it was.
      expect(await rejection(j.issues.remove(editor, issueId))).toMatchObject({ kind: 'conflict' });
      expect(await j.issues.listArticles(editor, { issueId })).toHaveLength(4);
    } finally {
      await j.close();
    }
  }, 60_000);

  it('a merge racing the submission of a draft that prints the article: never a 待审 bulletin missing it', async () => {
    const location = await backend.migrated();
    const { issueId, ids } = await storeArticleIssue(location);
    const [j1, j2] = await twoCores(location);
    const chief: Actor = { id: '张主编', role: 'chief' };
    try {
      const { id, second } = await draftPrintingSplit(j1, issueId, ids);
      const printed = () => printedIn(j1, chief, id);
      const shown = (await j1.bulletins.get(editor, id)).bulletin.version;
      const [merge, submit] = await Promise.allSettled([j1.articles.merge(editor2, second.id), j2.bulletins.submit(editor, id, { version: shown })]);
      // Exactly one goes through; the other is told why.
      expect([merge.status, submit.status].sort()).toEqual(['fulfilled', 'rejected']);
      const refused = (merge.status === 'rejected' ? merge : submit) as PromiseRejectedResult;
      expect(refused.reason).toMatchObject({ kind: 'conflict' });
      const status = (await j1.bulletins.get(chief, id)).bulletin.status;
      if (merge.status === 'fulfilled') {
        expect(status).toBe('draft');
        expect(await printed()).not.toContain(second.id);
      } else {
        expect(status).toBe('submitted');
        expect(await printed()).toContain(second.id);
      }
    } finally {
      await j1.close();
      await j2.close();
    }
  }, 60_000);

  it('merging away an article a draft prints moves the draft on: a page at the old version is told, not saved over', async () => {
    const location = await backend.migrated();
    const { issueId, ids } = await storeArticleIssue(location);
    const j = await openCore(location);
    try {
      const { id, second } = await draftPrintingSplit(j, issueId, ids);
      const printed = () => printedIn(j, editor, id);
      const page = (await j.bulletins.get(editor, id)).bulletin.version;
      const where = await printed();
      await j.articles.merge(editor2, second.id);
      expect(await printed()).not.toContain(second.id);
      expect((await j.history.last(editor2))?.detail).toContain(`从草稿 #${id} 撤下`);
      expect(await rejection(j.bulletins.edit(editor, id, { op: 'cover', text: '旧页面上的封面', version: page }))).toMatchObject({ kind: 'conflict' });
      // Undoing the merge puts the entry back where it was, logged as a change of the bulletin.
      await j.history.undo(editor2);
      expect(await printed()).toEqual(where);
      // The entry put back, and (the kept article's text split again) the entries following their article.
      expect((await j.audit.list(admin, { object: `bulletin:${id}` })).filter((e) => e.action !== 'bulletin.follow')[0]).toMatchObject({ actor: '小李', action: 'bulletin.add' });
    } finally {
      await j.close();
    }
  }, 60_000);

  it('a bulk 入选 by predicted section is one change: one undo takes back every section', async () => {
    const location = await backend.migrated();
    const { ids } = await storeArticleIssue(location);
    const bridge = await storeArticleIssue(location, bridgeIssue());
    const all = [...ids, ...bridge.ids];
    const j = await openCore(location);
    try {
      const predicted = new Map((await j.inbox.list(editor, { view: 'all' })).entries.flatMap((e) => [e, ...e.folded]).map((e) => [e.id, e.predictedSection]));
      expect(new Set(all.map((a) => predicted.get(a))).size).toBeGreaterThanOrEqual(2);
      await j.inbox.triage(editor, { action: 'keep', ids: [ids[0]], section: '产业环境' });
      await j.inbox.triage(editor, { action: 'keep', ids: all });
      const kept = (await j.inbox.list(editor, { view: 'kept' })).entries.flatMap((e) => [e, ...e.folded]);
      expect(kept).toHaveLength(all.length);
      for (const e of kept) expect(e.triage?.section).toBe(predicted.get(e.id));

      const change = (await j.history.last(editor))!;
      expect(change.entries).toHaveLength(all.length);
      expect(change.detail).toContain(`（${all.length} 篇）`);
      await j.history.undo(editor);
      const after = (await j.inbox.list(editor, { view: 'all' })).entries.flatMap((e) => [e, ...e.folded]);
      // Every section taken back; the keep before it stays.
      expect(after.filter((e) => e.triage?.state === 'kept').map((e) => [e.id, e.triage?.section])).toEqual([[ids[0], '产业环境']]);
      expect((await j.history.last(editor))?.entries).toHaveLength(1);
      // An article merged away since: the undo of its triage says so and changes nothing.
      await j.inbox.triage(editor, { action: 'discard', ids: [ids[2]] });
      await j.articles.merge(editor2, ids[2]);
      const gone = await rejection(j.history.undo(editor));
      expect(gone).toMatchObject({ kind: 'conflict', input: `article ${ids[2]}` });
      expect(gone.message).toContain('removed since');
      // An unknown article refuses the whole action before anything changes.
      expect(await rejection(j.inbox.triage(editor, { action: 'discard', ids: [ids[1], 999_999] }))).toMatchObject({ kind: 'not-found' });
      expect((await j.inbox.list(editor, { view: 'discarded' })).entries).toEqual([]);
    } finally {
      await j.close();
    }
  }, 60_000);

  it('a group an article bridged is placed again when it is split, and joined again when the split is undone', async () => {
    const location = await backend.migrated();
    const { ids } = await storeArticleIssue(location, bridgeIssue());
    const [a, b, c] = ids;
    const j = await openCore(location);
    try {
      const groupOf = async (id: number) => (await j.articles.get(editor, id)).group.map((g) => g.id).sort((x, y) => x - y);
      expect(await groupOf(b)).toEqual([a, c]);
      expect(await groupOf(a)).toEqual([b, c]);

      const { second } = await j.articles.split(editor, b, { at: 2 });
      // B keeps A's figures, the new article C's: two groups, and A and C no longer together.
      expect(await groupOf(a)).toEqual([b]);
      expect(await groupOf(c)).toEqual([second.id]);
      const groups = (await j.enrichment.groups(editor)).map((g) => g.articles.map((x) => x.id).sort((x, y) => x - y));
      expect(groups).toEqual(expect.arrayContaining([[a, b], [second.id, c].sort((x, y) => x - y)]));

      await j.history.undo(editor);
      expect(await groupOf(b)).toEqual([a, c]);
    } finally {
      await j.close();
    }
  }, 60_000);

  it('removing the issue that printed the bridge leaves the two reports it joined apart', async () => {
    const location = await backend.migrated();
    const ends = await storeArticleIssue(location, bridgeIssue([0, 2]));
    const bridge = await storeArticleIssue(location, bridgeIssue([1]));
    const j = await openCore(location);
    try {
      const groupOf = async (id: number) => (await j.articles.get(editor, id)).group.map((g) => g.id).sort((x, y) => x - y);
      expect(await groupOf(ends.ids[0])).toEqual([ends.ids[1], bridge.ids[0]].sort((x, y) => x - y));
      await j.issues.remove(editor, bridge.issueId);
      expect(await groupOf(ends.ids[0])).toEqual([]);
      expect(await groupOf(ends.ids[1])).toEqual([]);
    } finally {
      await j.close();
    }
  }, 60_000);
});

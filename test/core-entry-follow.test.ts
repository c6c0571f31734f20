/**
 * Draft entries follow their article (compose/follow.ts): a title or summary fixed on the article page shows in
 * the drafts that print it, as a new version 撤销 can take back; a summary the editor wrote in the bulletin stays
 * theirs, the entry is flagged 原文已更新, and refresh takes the article's text. Bulletins under sign-off keep theirs.
 */
import { describe, expect, it } from 'vitest';
import type { Actor } from '../src/core/index.js';
import { storeArticleIssue } from './article-fixture.js';
import { BACKENDS } from './backends.js';
import { highlightsOf } from '../src/compose/draft.js';
import { openCore } from './core-fixture.js';

const editor: Actor = { id: '小王', role: 'editor' };
const admin: Actor = { id: 'admin', role: 'admin' };

describe.each(BACKENDS)('draft entries and their articles, on $name', (backend) => {
  it('follow the article until the editor writes the entry’s summary; then 原文已更新 and a one-click refresh', async () => {
    const location = await backend.migrated();
    const { issueId } = await storeArticleIssue(location);
    const j = await openCore(location);
    try {
      await j.issues.setMeta(editor, issueId, { publication: '通信产业周报', issueDate: '2021-11-19' });
      const { id } = await j.bulletins.compose(editor, { from: '2021-11-15', to: '2021-11-21' });
      const entry = async (articleId: number) => (await j.bulletins.get(editor, id)).bulletin.sections.flatMap((s) => s.entries).find((e) => e.articleId === articleId)!;
      const [a, b] = (await j.bulletins.get(editor, id)).bulletin.sections.flatMap((s) => s.entries).map((e) => e.articleId);

      // Untouched entry: follows the title and summary fixed on the article page.
      await j.articles.edit(editor, a, { title: '改正后的标题', summary: '改正后的摘要' });
      expect(await entry(a)).toMatchObject({ title: '改正后的标题', summary: '改正后的摘要' });
      expect((await j.bulletins.get(editor, id)).outdated).toEqual([]);
      // 本期要点 are computed again from the entries as they now read.
      const settled = async () => {
        const { bulletin } = await j.bulletins.get(editor, id);
        expect(bulletin.highlights).toEqual(highlightsOf(bulletin.sections, bulletin.highlights.length));
      };
      await settled();
      expect((await j.audit.list(admin, { object: `bulletin:${id}` }))[0]).toMatchObject({ action: 'bulletin.follow', actor: editor.id });
      // Taking the article edit back takes the draft back with it.
      await j.history.undo(editor);
      expect((await entry(a)).title).not.toBe('改正后的标题');

      // The editor wrote this entry's summary: it stays when the article changes; the title still follows.
      const { version } = (await j.bulletins.get(editor, id)).bulletin;
      await j.bulletins.edit(editor, id, { op: 'summary', articleId: b, text: '编辑为简报写的摘要', version });
      // Writing it is not the article changing: no 原文已更新 until the article's own summary does.
      expect((await j.bulletins.get(editor, id)).outdated).toEqual([]);
      await j.articles.edit(editor, b, { title: '新标题', summary: '文章页的新摘要' });
      expect(await entry(b)).toMatchObject({ title: '新标题', summary: '编辑为简报写的摘要' });
      const got = await j.bulletins.get(editor, id);
      expect(got.outdated).toEqual([b]);
      await j.bulletins.edit(editor, id, { op: 'refresh', articleId: b, version: got.bulletin.version });
      expect(await entry(b)).toMatchObject({ title: '新标题', summary: '文章页的新摘要' });
      expect((await entry(b)).summaryEdited).toBeUndefined();
      await settled();
      expect((await j.bulletins.get(editor, id)).outdated).toEqual([]);
      // Refreshed, it follows again.
      await j.articles.edit(editor, b, { summary: '再改一次' });
      expect((await entry(b)).summary).toBe('再改一次');
      // The refresh is an edit like the others: 撤销 takes it back.
      await j.bulletins.edit(editor, id, { op: 'summary', articleId: b, text: '自写', version: (await j.bulletins.get(editor, id)).bulletin.version });
      expect((await entry(b)).summary).toBe('自写');
      await j.bulletins.undo(editor, id);
      expect((await entry(b)).summary).toBe('再改一次');

      // Under sign-off the bulletin keeps what it prints; the chief sees 原文已更新.
      await j.bulletins.submit(editor, id);
      await j.articles.edit(editor, a, { title: '送审后改的标题' });
      expect((await entry(a)).title).not.toBe('送审后改的标题');
      expect((await j.bulletins.get({ id: '主编', role: 'chief' }, id)).outdated).toContain(a);
    } finally {
      await j.close();
    }
  }, 60_000);
});

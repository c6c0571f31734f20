/**
 * 撤销 in the bulletin editor: each edit keeps the version before it, and an undo saves that one again as a new
 * version (a page at the old version is still told the bulletin changed). Undone step by step, the draft is the
 * one composed; a status move since the last edit, a stale page, a reader and a bulletin under sign-off are refused.
 * 重做 makes the undone edits again, until a new edit.
 */
import { describe, expect, it } from 'vitest';
import type { Actor, Jianbao, JianbaoError } from '../src/core/index.js';
import { BACKENDS } from './backends.js';
import { composeStore } from './compose-fixture.js';
import { openCore, rejection } from './core-fixture.js';

const editor: Actor = { id: '小王', role: 'editor' };
const editor2: Actor = { id: '小李', role: 'editor' };
const chief: Actor = { id: '张主编', role: 'chief' };
const reader: Actor = { id: '读者甲', role: 'reader', edition: null };
const admin: Actor = { id: 'admin', role: 'admin' };

/** What an editor sees of the bulletin (its version aside). */
async function content(j: Jianbao, id: number) {
  const d = (await j.bulletins.get(editor, id)).bulletin;
  return { cover: d.coverLine, highlights: d.highlights, fixed: d.highlightsFixed, sections: d.sections };
}

describe.each(BACKENDS)('undoing bulletin edits on $name', (backend) => {
  it('takes back reorders, removals, summaries, 本期要点 and the cover line one by one, as new versions', async () => {
    const location = await backend.migrated();
    await composeStore(location);
    const j = await openCore(location);
    try {
      const { id } = await j.bulletins.compose(editor, { from: '2021-10-15', to: '2021-10-21' });
      const composed = await content(j, id);
      const [first, second] = composed.sections.flatMap((s) => s.entries);
      expect((await j.bulletins.get(editor, id)).undoable).toBeNull();
      const steps = [
        await content(j, id),
        (await j.bulletins.edit(editor, id, { op: 'move', articleId: second.articleId, section: first.section, before: first.articleId }), await content(j, id)),
        (await j.bulletins.edit(editor2, id, { op: 'summary', articleId: first.articleId, text: '误改的摘要' }), await content(j, id)),
        (await j.bulletins.edit(editor, id, { op: 'highlights', lines: ['误写的要点'] }), await content(j, id)),
        (await j.bulletins.edit(editor, id, { op: 'cover', text: '误写的封面语' }), await content(j, id)),
        (await j.bulletins.edit(editor, id, { op: 'drop', articleId: first.articleId }), await content(j, id)),
      ];
      expect((await j.bulletins.get(editor, id)).undoable).toMatchObject({ who: editor.id, what: 'drop' });
      for (let k = steps.length - 1; k > 0; k--) {
        const { version } = (await j.bulletins.get(editor, id)).bulletin;
        const undone = await j.bulletins.undo(editor, id, { version });
        expect(undone.version).toBe(version + 1);
        expect(await content(j, id)).toEqual(steps[k - 1]);
      }
      expect(await content(j, id)).toEqual(composed);
      // Another editor's change is taken back too, and the log says whose it was.
      const log = await j.audit.list(admin, { object: `bulletin:${id}` });
      expect(log.filter((e) => e.action === 'bulletin.undo')).toHaveLength(5);
      expect(log.find((e) => e.action === 'bulletin.undo' && e.detail.includes('误改的摘要'))?.detail).toContain(`（${editor2.id} 的修改）`);
      expect((await j.bulletins.get(editor, id)).changes.at(-1)).toMatchObject({ who: editor.id, what: 'undo' });
      expect(await rejection(j.bulletins.undo(editor, id))).toMatchObject({ kind: 'not-found' });
      // An edit after undos is undone on its own.
      await j.bulletins.edit(editor, id, { op: 'cover', text: '新的封面语' });
      await j.bulletins.undo(editor, id);
      expect(await content(j, id)).toEqual(composed);
    } finally {
      await j.close();
    }
  }, 60_000);

  it('refuses a stale page, a status move since the edit, a reader and a bulletin awaiting sign-off, changing nothing', async () => {
    const location = await backend.migrated();
    await composeStore(location);
    const j = await openCore(location);
    try {
      const { id } = await j.bulletins.compose(editor, { from: '2021-10-15', to: '2021-10-21' });
      const { version } = await j.bulletins.edit(editor, id, { op: 'cover', text: '封面语一' });
      await j.bulletins.edit(editor2, id, { op: 'cover', text: '封面语二' });
      // The page was read at `version`: another editor saved since.
      const stale = (await rejection(j.bulletins.undo(editor, id, { version }))) as JianbaoError;
      expect([stale.kind, stale.message]).toEqual(['conflict', expect.stringContaining('版本冲突')]);
      expect((await rejection(j.bulletins.undo(reader, id))) as JianbaoError).toMatchObject({ kind: 'forbidden' });
      expect(await rejection(j.bulletins.undo(editor, id, { version: 0 }))).toMatchObject({ kind: 'invalid-input' });

      await j.bulletins.submit(editor, id);
      await j.bulletins.reject(chief, id, { note: '再改改' });
      const moved = (await rejection(j.bulletins.undo(editor, id))) as JianbaoError;
      expect([moved.kind, moved.message]).toEqual(['conflict', expect.stringContaining('不能撤销')]);
      expect((await j.bulletins.get(editor, id)).undoable).toBeNull();
      expect((await j.bulletins.get(editor, id)).bulletin.coverLine).toBe('封面语二');

      // Awaiting sign-off (待审) an editor cannot take an edit back, as they cannot edit (the chief may send it back).
      await j.bulletins.edit(editor, id, { op: 'cover', text: '封面语三' });
      await j.bulletins.submit(editor, id);
      expect(await rejection(j.bulletins.undo(editor, id))).toMatchObject({ kind: 'conflict' });
      expect((await j.bulletins.get(editor, id)).bulletin.coverLine).toBe('封面语三');
    } finally {
      await j.close();
    }
  }, 60_000);
  it('重做 makes undone edits again one by one, only while nothing moved the bulletin on, and a new edit ends it', async () => {
    const location = await backend.migrated();
    await composeStore(location);
    const j = await openCore(location);
    try {
      const { id } = await j.bulletins.compose(editor, { from: '2021-10-15', to: '2021-10-21' });
      const composed = await content(j, id);
      const [first] = composed.sections.flatMap((s) => s.entries);
      expect(await rejection(j.bulletins.redo(editor, id))).toMatchObject({ kind: 'not-found' });
      await j.bulletins.edit(editor, id, { op: 'cover', text: '封面语一' });
      const one = await content(j, id);
      await j.bulletins.edit(editor2, id, { op: 'summary', articleId: first.articleId, text: '改过的摘要' });
      const two = await content(j, id);
      await j.bulletins.undo(editor, id);
      await j.bulletins.undo(editor, id);
      expect(await content(j, id)).toEqual(composed);
      expect((await j.bulletins.get(editor, id)).redoable).toMatchObject({ what: 'cover' });

      const { version } = (await j.bulletins.get(editor, id)).bulletin;
      expect(await j.bulletins.redo(editor, id, { version })).toMatchObject({ version: version + 1 });
      expect(await content(j, id)).toEqual(one);
      expect((await j.bulletins.get(editor, id)).redoable).toMatchObject({ who: editor2.id, what: 'summary' });
      await j.bulletins.redo(editor, id);
      expect(await content(j, id)).toEqual(two);
      expect((await j.bulletins.get(editor, id)).redoable).toBeNull();
      // What was redone can be undone again, step by step.
      await j.bulletins.undo(editor, id);
      expect(await content(j, id)).toEqual(one);
      expect((await j.bulletins.get(editor, id)).changes.at(-1)).toMatchObject({ what: 'undo' });
      const log = await j.audit.list(admin, { object: `bulletin:${id}` });
      expect(log.filter((e) => e.action === 'bulletin.redo').map((e) => e.detail)).toEqual([expect.stringContaining('改过的摘要'), expect.stringContaining('封面语一')]);

      // A stale page, a reader, a status move since the undo: refused, nothing changed.
      const at = (await j.bulletins.get(editor, id)).bulletin.version;
      expect(await rejection(j.bulletins.redo(editor, id, { version: at - 1 }))).toMatchObject({ kind: 'conflict' });
      expect(await rejection(j.bulletins.redo(reader, id))).toMatchObject({ kind: 'forbidden' });
      await j.bulletins.submit(editor, id);
      await j.bulletins.reject(chief, id, { note: '再看看' });
      expect((await j.bulletins.get(editor, id)).redoable).toBeNull();
      const moved = (await rejection(j.bulletins.redo(editor, id))) as JianbaoError;
      expect([moved.kind, moved.message]).toEqual(['conflict', expect.stringContaining('不能重做')]);
      expect(await content(j, id)).toEqual(one);

      // A new edit after an undo ends what could be redone.
      await j.bulletins.edit(editor, id, { op: 'cover', text: '封面语二' });
      await j.bulletins.undo(editor, id);
      expect((await j.bulletins.get(editor, id)).redoable).toMatchObject({ what: 'cover' });
      await j.bulletins.edit(editor, id, { op: 'cover', text: '封面语三' });
      expect((await j.bulletins.get(editor, id)).redoable).toBeNull();
      expect(await rejection(j.bulletins.redo(editor, id))).toMatchObject({ kind: 'not-found' });
    } finally {
      await j.close();
    }
  }, 60_000);
});

import { z } from 'zod';
import { reunderstand } from '../../pipeline/refresh.js';
import type { AuditEntry } from '../../store/audit-types.js';
import type { Triage } from '../../store/triage-types.js';
import type { Article } from '../../types.js';
import type { ArticleEdits, Repositories } from '../../store/types.js';
import { authorize, type Actor } from '../actor.js';
import type { CoreContext, CoreTransaction } from '../context.js';
import { conflict, notFound } from '../errors.js';
import { id, parseInput } from '../inputs.js';
import { moveReferences, restoreReferences, type References } from './article-references.js';
import type { ArticleState } from './articles.js';
import { draftPlaces, restoreDraftPlaces, type DraftPlace } from './draft-places.js';
import { KEEP_DAYS, restoreIssue, type RemovedIssue } from './issue-removal.js';
import { followArticles } from './entry-follow.js';

/** The inbox's triage actions (services/inbox.ts), one audit entry per article. */
const TRIAGE_ACTIONS = new Set(['article.keep', 'article.discard', 'article.reset', 'article.duplicate', 'article.tag', 'article.note']);
/** The changes an editor can take back. */
const UNDOABLE = new Set(['article.edit', 'article.split', 'article.merge', 'issue.set', 'issue.remove', ...TRIAGE_ACTIONS]);
/** How far back in a user's own log the last undoable change is looked for (a bulk triage is up to 500 entries). */
const LOOK_BACK = 1000;
/** Logs written before bulk actions carried a batch mark: their entries were recorded within this time of each other. */
const BULK_MS = 5_000;

const undoInput = z.object({
  /** The change the user was shown (its newest entry's id): refused when their last change is another by now. */
  change: id.optional(),
}).strict();
export type UndoInput = z.input<typeof undoInput>;

/** The change an undo takes back: its audit entries (several for a bulk triage) and its line. */
export interface UndoableChange {
  entries: AuditEntry[];
  action: string;
  object: string;
  detail: string;
}

/**
 * Undo, built on the audit log: an editor's last change of the kinds the workbench offers (article edit, split,
 * merge, issue publication and date, issue removal within KEEP_DAYS days, inbox triage) is put back from what its entry recorded before it. The undo
 * is itself an entry (`change.undo`, naming the entries it undid), so a second undo takes back the change before.
 * When someone else changed the same object since, the undo is refused (conflict), never written over them.
 */
export class HistoryService {
  constructor(private readonly ctx: CoreContext) {}

  /** The change `undo` would take back now, or null when there is none. */
  async last(actor: Actor): Promise<UndoableChange | null> {
    authorize(actor, 'drafts.write', 'undo changes');
    return lastChange(this.ctx.store, actor, this.ctx.now());
  }

  /**
   * What the actor's most recent undo took back (its log line, without the 撤销 prefix), or null: the notice after
   * an undo is worded from the log, never from text a link carries.
   */
  async lastUndo(actor: Actor): Promise<string | null> {
    authorize(actor, 'drafts.write', 'undo changes');
    const entry = (await this.ctx.store.audit.list({ actor: actor.id, limit: LOOK_BACK })).find((e) => e.action === 'change.undo');
    return entry ? entry.detail.replace(/^撤销 /, '') : null;
  }

  /**
   * Takes back the actor's last undoable change; returns what was undone (not-found when nothing is left). With
   * `change`, only that one: a second click, or a page shown before another change, gets a conflict instead.
   */
  async undo(actor: Actor, input: UndoInput = {}): Promise<UndoableChange> {
    authorize(actor, 'drafts.write', 'undo changes');
    const u = parseInput(undoInput, input, 'undo');
    return this.ctx.transaction(async (tx) => {
      // One undo of a user's at a time: the second finds the first's entry and does not take the same change back.
      await tx.store.audit.lock([`undo:${actor.id}`]);
      const change = await lastChange(tx.store, actor, this.ctx.now());
      if (u.change !== undefined && change?.entries[0].id !== u.change) {
        throw conflict(`change ${u.change}`, '已不是你最近的一次修改（已撤销过，或之后你又有修改），没有撤销任何内容 (no longer your last change; nothing was undone)');
      }
      if (!change) throw notFound(actor.id, '没有可撤销的修改 (no change of yours left to undo)');
      if (!TRIAGE_ACTIONS.has(change.action)) authorize(actor, 'archive.write', 'undo changes to articles and issues');
      // The check below and the writes after it are one step for anyone else changing these objects (they lock them too).
      const objects = objectsOf(change.entries);
      await tx.store.audit.lock(objects);
      const newest = Math.max(...change.entries.map((e) => e.id));
      for (const object of objects) {
        const since = (await tx.store.audit.list({ object, limit: LOOK_BACK })).find((e) => e.object === object && e.id > newest && e.actor !== actor.id);
        if (since) throw conflict(object.replace(':', ' '), `${since.actor} 之后修改过（${since.detail}），你的修改没有撤销 (changed by ${since.actor} since; your change was not undone)`);
      }
      for (const e of change.entries) {
        if (e.action === 'issue.remove') continue;
        const [kind, objectId] = e.object.split(':');
        const gone = kind === 'article' ? !(await tx.store.articles.get(Number(objectId))) : kind === 'issue' && !(await tx.store.issues.get(Number(objectId)));
        if (gone) throw conflict(e.object.replace(':', ' '), '已不在库中（并入了别的文章，或所在的期已删除），你的修改没有撤销 (removed since; your change was not undone)');
      }
      const renamed = await this.renamed(tx.store, actor);
      const restored: [number, number][] = [];
      // What the undo did beyond putting the change back (a draft that lost an entry), for the user to read.
      const notes: string[] = [];
      for (const entry of change.entries) {
        restored.push(...(await this.revert(tx, actor, entry, renamed, notes)));
      }
      // Drafts print the articles as they read again (compose/follow.ts); triage changes no text.
      if (!TRIAGE_ACTIONS.has(change.action)) {
        const ids = objects.filter((o) => o.startsWith('article:')).map((o) => Number(o.slice('article:'.length)));
        await followArticles(tx, actor, this.ctx.now().toISOString(), ids);
      }
      await tx.record(actor, {
        action: 'change.undo', object: change.object, detail: `撤销 ${change.detail}${notes.length ? `；${notes.join('；')}` : ''}`,
        before: change.entries.map((e) => e.after), after: { undid: change.entries.map((e) => e.id), action: change.action, restored },
      });
      return notes.length ? { ...change, detail: `${change.detail}；${notes.join('；')}` } : change;
    });
  }

  /**
   * Article ids an undone merge stored again under new ids (old → new), from the actor's undo entries: a split
   * undone after names the article it made by its old id.
   */
  private async renamed(store: Repositories, actor: Actor): Promise<Map<number, number>> {
    const undos = (await store.audit.list({ actor: actor.id, limit: LOOK_BACK })).filter((e) => e.action === 'change.undo').reverse();
    const map = new Map<number, number>();
    for (const e of undos) for (const [from, to] of (e.after as { restored?: [number, number][] }).restored ?? []) map.set(from, to);
    return map;
  }

  /** Puts the object of one entry back as the entry found it; returns the articles stored again under a new id (old, new). */
  private async revert(tx: CoreTransaction, actor: Actor, entry: AuditEntry, renamed: Map<number, number>, notes: string[]): Promise<[number, number][]> {
    const objectId = Number(entry.object.slice(entry.object.indexOf(':') + 1));
    const store = tx.store;
    switch (entry.action) {
      case 'article.edit': {
        await store.articles.update(objectId, patchOf(entry.before as ArticleState));
        await reunderstand(store, [objectId]);
        return [];
      }
      case 'article.split': {
        const made = renamed.get((entry.after as { created: number }).created) ?? (entry.after as { created: number }).created;
        // What names the part the split made goes back to the article it came from; what a draft printed of it is
        // taken out with it, each draft's change logged. Refused (conflict) while a bulletin under sign-off prints it.
        const title = (await store.articles.get(made))?.title ?? '';
        const printed = await draftPlaces(store, made);
        const { mentions } = await moveReferences(this.ctx.store, actor, this.ctx.now().toISOString(), made, objectId);
        await store.articles.remove(made);
        for (const d of new Set([...printed, ...mentions].map((p) => p.draftId))) {
          const what = [printed.some((p) => p.draftId === d) ? '正文条目' : '', mentions.some((m) => m.draftId === d) ? '另见' : ''].filter(Boolean).join('和');
          await tx.record(actor, { action: 'bulletin.drop', object: `bulletin:${d}`, detail: `撤销拆分：#${made} ${title} 的${what}撤下` });
          notes.push(`#${made} 的${what}从草稿 #${d} 撤下`);
        }
        await store.articles.update(objectId, patchOf(entry.before as ArticleState));
        await reunderstand(store, [objectId]);
        return [];
      }
      case 'article.merge': {
        const before = entry.before as ArticleState & {
          removed: Article & { edits?: ArticleEdits }; removedTriage?: Triage | null; removedFrom?: DraftPlace[]; references?: References;
        };
        const { removedId } = entry.after as { removedId: number };
        await store.articles.update(objectId, patchOf(before));
        // Back under its own id, so drafts, the log and links that name it find it again. An embedded
        // store may have given that id to a newer article (SQLite reuses the highest freed id): then a new one.
        const free = !(await store.articles.get(removedId));
        const back = await store.articles.insertAfter(objectId, before.removed, free ? removedId : undefined);
        await this.ctx.store.alerts.queueLike(back.id, objectId);
        const t = before.removedTriage;
        if (t) await this.ctx.store.triage.set([back.id], { state: t.state, section: t.section, duplicateOf: t.duplicateOf, tags: t.tags, note: t.note }, t.updatedAt, t.updatedBy);
        const at = this.ctx.now().toISOString();
        if (before.references) {
          for (const d of await restoreReferences(this.ctx.store, before.references, objectId, back.id, actor, at)) {
            await tx.record(actor, { action: 'bulletin.edit', object: `bulletin:${d}`, detail: `撤销合并：另见 #${back.id} ${before.removed.title} 放回` });
          }
        }
        await reunderstand(store, [objectId, back.id]);
        if (back.id === removedId) {
          for (const d of await restoreDraftPlaces(store, actor, this.ctx.now().toISOString(), before.removedFrom ?? [])) {
            await tx.record(actor, { action: 'bulletin.add', object: `bulletin:${d}`, detail: `撤销合并：放回 #${removedId} ${before.removed.title}` });
          }
        }
        return back.id === removedId ? [] : [[removedId, back.id]];
      }
      case 'issue.set': {
        const before = entry.before as { publication: string | null; issueDate: string | null };
        if (!(await store.issues.setMeta(objectId, before))) throw notFound(`issue ${objectId}`, '该期已删除，无法撤销 (removed since; nothing to undo)');
        await reunderstand(store, (await store.articles.list({ issueId: objectId })).map((a) => a.id));
        return [];
      }
      case 'issue.remove': {
        const kept = (await store.removedIssues.get(objectId)) as RemovedIssue | null;
        if (!kept) throw conflict(`issue ${objectId}`, `删除已超过 ${KEEP_DAYS} 天，内容已清除，无法撤销 (removed over ${KEEP_DAYS} days ago and purged; nothing was undone)`);
        const back = await restoreIssue(this.ctx, actor, kept);
        await store.removedIssues.drop(objectId);
        const title = (id: number) => kept.articles.find((a) => a.id === id)?.title ?? '';
        for (const d of back.drafts) {
          await tx.record(actor, { action: 'bulletin.add', object: `bulletin:${d}`, detail: `撤销删除：放回第 ${back.issueId} 期的文章` });
          notes.push(`草稿 #${d} 的条目放回`);
        }
        const moved = [...back.ids].filter(([old, n]) => old !== n);
        if (back.issueId !== objectId) notes.push(`编号 ${objectId} 已被占用，本期放回为第 ${back.issueId} 期`);
        if (moved.length) notes.push(`${moved.map(([old, n]) => `#${old} ${title(old)}`.trim() + ` 现为 #${n}`).join('、')}（原编号已被占用）`);
        return moved;
      }
      default: {
        // Triage: back to what it was, or to a first look (`new`) when the article had none.
        const before = entry.before as Triage | null;
        const patch = before
          ? { state: before.state, section: before.section, duplicateOf: before.duplicateOf, tags: before.tags, note: before.note }
          : { state: 'new' as const, section: null, duplicateOf: null, tags: [], note: null };
        await this.ctx.store.triage.set([objectId], patch, this.ctx.now().toISOString(), actor.id);
        return [];
      }
    }
  }
}

/**
 * The user's last change not yet undone: its entries, newest first (several for a bulk triage). A removal whose
 * snapshot was not kept (before undo of removals existed) or is purged by now is passed over, not in the way.
 */
async function lastChange(store: Repositories, actor: Actor, now: Date): Promise<UndoableChange | null> {
  const mine = await store.audit.list({ actor: actor.id, limit: LOOK_BACK });
  const undone = new Set(mine.filter((e) => e.action === 'change.undo').flatMap((e) => (e.after as { undid?: number[] } | null)?.undid ?? []));
  const keptSince = now.getTime() - KEEP_DAYS * 86_400_000;
  const undoable = (e: AuditEntry) =>
    e.action !== 'issue.remove' || ((e.after as { kept?: boolean } | null)?.kept === true && Date.parse(e.at) > keptSince);
  const start = mine.findIndex((e) => UNDOABLE.has(e.action) && !undone.has(e.id) && undoable(e));
  if (start < 0) return null;
  const head = mine[start];
  const entries = [head];
  const batch = batchOf(head);
  for (const e of mine.slice(start + 1)) {
    if (!TRIAGE_ACTIONS.has(head.action) || e.action !== head.action || undone.has(e.id)) break;
    if (batch ? batchOf(e) !== batch : batchOf(e) || e.detail !== head.detail || Date.parse(head.at) - Date.parse(e.at) > BULK_MS) break;
    entries.push(e);
  }
  const details = [...new Set(entries.map((e) => e.detail))];
  return { entries, action: head.action, object: head.object, detail: entries.length > 1 ? `${details.join('；')}（${entries.length} 篇）` : head.detail };
}

/** The mark the entries of one bulk triage share (inbox.ts), if any. */
function batchOf(e: AuditEntry): string | undefined {
  return (e.after as { batch?: string } | null)?.batch;
}

/** The objects a change touched: its entries' own, an article a split made and one a merge removed. */
function objectsOf(entries: AuditEntry[]): string[] {
  const objects = new Set(entries.map((e) => e.object));
  for (const e of entries) {
    const after = e.after as { created?: number; removedId?: number } | null;
    if (e.action === 'article.split' && after?.created) objects.add(`article:${after.created}`);
    if (e.action === 'article.merge' && after?.removedId) objects.add(`article:${after.removedId}`);
  }
  return [...objects];
}

/** An article's recorded state as an update puts it back. */
function patchOf(s: ArticleState) {
  return { title: s.title, section: s.section, body: s.body, edits: s.edits ?? {} };
}

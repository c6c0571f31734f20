import { reunderstand } from '../../pipeline/refresh.js';
import type { AuditEntry } from '../../store/audit-types.js';
import type { Triage } from '../../store/triage-types.js';
import type { Article } from '../../types.js';
import type { ArticleEdits } from '../../store/types.js';
import { authorize, type Actor } from '../actor.js';
import type { CoreContext, CoreTransaction } from '../context.js';
import { conflict, notFound } from '../errors.js';
import type { ArticleState } from './articles.js';

/** The inbox's triage actions (services/inbox.ts), one audit entry per article. */
const TRIAGE_ACTIONS = new Set(['article.keep', 'article.discard', 'article.reset', 'article.duplicate', 'article.tag', 'article.note']);
/** The changes an editor can take back. */
const UNDOABLE = new Set(['article.edit', 'article.split', 'article.merge', 'issue.set', ...TRIAGE_ACTIONS]);
/** How far back in a user's own log the last undoable change is looked for. */
const LOOK_BACK = 500;
/** Entries of one bulk action are recorded one by one, within this time of each other. */
const BULK_MS = 5_000;

/** The change an undo takes back: its audit entries (several for a bulk triage) and its line. */
export interface UndoableChange {
  entries: AuditEntry[];
  action: string;
  object: string;
  detail: string;
}

/**
 * Undo, built on the audit log: an editor's last change of the kinds the workbench offers (article edit, split,
 * merge, issue publication and date, inbox triage) is put back from what its entry recorded before it. The undo
 * is itself an entry (`change.undo`, naming the entries it undid), so a second undo takes back the change before.
 * When someone else changed the same object since, the undo is refused (conflict), never written over them.
 */
export class HistoryService {
  constructor(private readonly ctx: CoreContext) {}

  /** The change `undo` would take back now, or null when there is none. */
  async last(actor: Actor): Promise<UndoableChange | null> {
    authorize(actor, 'drafts.write', 'undo changes');
    const mine = await this.ctx.store.audit.list({ actor: actor.id, limit: LOOK_BACK });
    const undone = new Set(mine.filter((e) => e.action === 'change.undo').flatMap((e) => (e.after as { undid?: number[] } | null)?.undid ?? []));
    const start = mine.findIndex((e) => UNDOABLE.has(e.action) && !undone.has(e.id));
    if (start < 0) return null;
    const head = mine[start];
    const entries = [head];
    // A bulk triage: the entries logged right before it, for the same action, are the same change.
    for (const e of mine.slice(start + 1)) {
      if (!TRIAGE_ACTIONS.has(head.action) || e.action !== head.action || e.detail !== head.detail || undone.has(e.id)) break;
      if (Date.parse(head.at) - Date.parse(e.at) > BULK_MS) break;
      entries.push(e);
    }
    return { entries, action: head.action, object: head.object, detail: entries.length > 1 ? `${head.detail}（${entries.length} 篇）` : head.detail };
  }

  /** Takes back the actor's last undoable change; returns what was undone (not-found when nothing is left). */
  async undo(actor: Actor): Promise<UndoableChange> {
    authorize(actor, 'drafts.write', 'undo changes');
    // Found and checked inside the transaction, so two undos at once (a double click) cannot take back one change twice.
    return this.ctx.transaction(async (tx) => {
      const change = await this.last(actor);
      if (!change) throw notFound(actor.id, 'no change of yours left to undo');
      if (!TRIAGE_ACTIONS.has(change.action)) authorize(actor, 'archive.write', 'undo changes to articles and issues');
      const newest = Math.max(...change.entries.map((e) => e.id));
      for (const object of objectsOf(change.entries)) {
        const since = (await tx.store.audit.list({ object, limit: LOOK_BACK })).find((e) => e.object === object && e.id > newest && e.actor !== actor.id);
        if (since) throw conflict(object.replace(':', ' '), `changed by ${since.actor} since (${since.detail}); your change was not undone`);
      }
      const renamed = await this.renamed(actor);
      const restored: [number, number][] = [];
      for (const entry of change.entries) {
        const back = await this.revert(tx, actor, entry, renamed);
        if (back) restored.push(back);
      }
      await tx.record(actor, {
        action: 'change.undo', object: change.object, detail: `撤销 ${change.detail}`,
        before: change.entries.map((e) => e.after), after: { undid: change.entries.map((e) => e.id), action: change.action, restored },
      });
      return change;
    });
  }

  /**
   * Article ids an undone merge stored again under new ids (old → new), from the actor's undo entries: a split
   * undone after names the article it made by its old id.
   */
  private async renamed(actor: Actor): Promise<Map<number, number>> {
    const undos = (await this.ctx.store.audit.list({ actor: actor.id, limit: LOOK_BACK })).filter((e) => e.action === 'change.undo').reverse();
    const map = new Map<number, number>();
    for (const e of undos) for (const [from, to] of (e.after as { restored?: [number, number][] }).restored ?? []) map.set(from, to);
    return map;
  }

  /** Puts the object of one entry back as the entry found it; for a merge, the removed article's old and new id. */
  private async revert(tx: CoreTransaction, actor: Actor, entry: AuditEntry, renamed: Map<number, number>): Promise<[number, number] | null> {
    const objectId = Number(entry.object.slice(entry.object.indexOf(':') + 1));
    const store = tx.store;
    switch (entry.action) {
      case 'article.edit': {
        await store.articles.update(objectId, patchOf(entry.before as ArticleState));
        await reunderstand(store, [objectId]);
        return null;
      }
      case 'article.split': {
        const { created } = entry.after as { created: number };
        await store.articles.remove(renamed.get(created) ?? created);
        await store.articles.update(objectId, patchOf(entry.before as ArticleState));
        await reunderstand(store, [objectId]);
        return null;
      }
      case 'article.merge': {
        const before = entry.before as ArticleState & { removed: Article & { edits?: ArticleEdits } };
        await store.articles.update(objectId, patchOf(before));
        // Stored again under a new id; draft entries that printed it were dropped with it and stay dropped.
        const back = await store.articles.insertAfter(objectId, before.removed);
        await reunderstand(store, [objectId, back.id]);
        return [(entry.after as { removedId: number }).removedId, back.id];
      }
      case 'issue.set': {
        const before = entry.before as { publication: string | null; issueDate: string | null };
        if (!(await store.issues.setMeta(objectId, before))) throw notFound(`issue ${objectId}`, 'removed since; nothing to undo');
        await reunderstand(store, (await store.articles.list({ issueId: objectId })).map((a) => a.id));
        return null;
      }
      default: {
        // Triage: back to what it was, or to a first look (`new`) when the article had none.
        const before = entry.before as Triage | null;
        const patch = before
          ? { state: before.state, section: before.section, duplicateOf: before.duplicateOf, tags: before.tags, note: before.note }
          : { state: 'new' as const, section: null, duplicateOf: null, tags: [], note: null };
        await this.ctx.store.triage.set([objectId], patch, this.ctx.now().toISOString(), actor.id);
        return null;
      }
    }
  }
}

/** The objects a change touched: its entries' own, and an article a split made. */
function objectsOf(entries: AuditEntry[]): string[] {
  const objects = new Set(entries.map((e) => e.object));
  for (const e of entries) {
    const created = e.action === 'article.split' ? (e.after as { created?: number } | null)?.created : undefined;
    if (created) objects.add(`article:${created}`);
  }
  return [...objects];
}

/** An article's recorded state as an update puts it back. */
function patchOf(s: ArticleState) {
  return { title: s.title, section: s.section, body: s.body, edits: s.edits ?? {} };
}

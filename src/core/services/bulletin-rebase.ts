import { entryTarget, type Touched } from '../../compose/touched.js';
import type { IssueChange, IssueDraft } from '../../compose/types.js';
import type { BulletinEdit } from './bulletin-edits.js';

/**
 * An edit made on a page read at an older version, checked three ways: the version the page was read at (base),
 * the changes logged since (each with what it touched) and the bulletin now. It applies on top of the newer
 * version unless it needs something those changes touched — the same entry's same field, an entry removed or moved,
 * the cover line, hand-written 本期要点, a status move — or something moved the bulletin on without a logged line.
 */

/** What an edit changes, for its log line (a plan's comes from the drafts before and after it: compose/touched.ts). */
export function touchedBy(e: BulletinEdit): Touched[] {
  switch (e.op) {
    case 'drop': case 'add': case 'move': return [entryTarget(e.articleId, 'place')];
    case 'summary': return [entryTarget(e.articleId, 'summary')];
    case 'refresh': return [entryTarget(e.articleId, 'text'), entryTarget(e.articleId, 'summary')];
    case 'cover': return ['cover'];
    case 'highlights': return ['highlights'];
    case 'plan': return [];
  }
}

/** Why an edit cannot apply on top of the changes since its base version. */
export interface Clash {
  why:
    /** A status move since (submitted, sent back). */
    | 'status'
    /** A change since touched what the edit changes (or the entry it is placed before). */
    | 'same'
    /** The entry the edit is about is no longer in the bulletin. */
    | 'removed'
    /** The article the edit adds is in the bulletin already. */
    | 'present'
    /** The bulletin moved on without a logged line saying what (an article it printed was removed, a log kept before). */
    | 'untracked';
  /** The change since it clashes with, when one is known. */
  change: IssueChange | null;
  /** The article concerned, for an entry's clash. */
  articleId?: number;
}

/** The changes made after `base`, oldest first, or null when they do not account for every version since. */
export function changesSince(changes: IssueChange[], base: number, now: number): IssueChange[] | null {
  const since = changes.filter((c) => c.version !== undefined && c.version > base);
  return since.length === now - base && since.every((c) => c.touched) ? since : null;
}

/** The clash of an edit read at `base` with what changed since, or null when it applies to `now` as it stands. */
export function clashOf(e: BulletinEdit, base: number, now: IssueDraft, changes: IssueChange[]): Clash | null {
  const since = changesSince(changes, base, now.version);
  if (!since) return { why: 'untracked', change: changes.at(-1) ?? null };
  const last = (wanted: (t: string) => boolean) => [...since].reverse().find((c) => c.touched!.some(wanted)) ?? null;
  const status = last((t) => t === 'status');
  if (status) return { why: 'status', change: status };
  const about = (articleId: number, why: Clash['why']): Clash => ({ why, articleId, change: last((t) => t === entryTarget(articleId, 'place')) });
  const printed = new Map(now.sections.flatMap((s) => s.entries.map((x) => [x.articleId, s.name] as const)));

  if (e.op === 'add' && printed.has(e.articleId)) return about(e.articleId, 'present');
  if ('articleId' in e && e.op !== 'add' && !printed.has(e.articleId)) return about(e.articleId, 'removed');
  if ((e.op === 'add' || e.op === 'move') && e.before !== undefined) {
    // "Before #Z": Z must still be where the page showed it (the section the entry goes to).
    const where = printed.get(e.before);
    if (where === undefined || (e.section !== undefined && where !== e.section) || since.some((c) => c.touched!.includes(entryTarget(e.before!, 'place')))) {
      return about(e.before, where === undefined ? 'removed' : 'same');
    }
  }
  const needs = e.op === 'plan' ? (t: string) => t === 'sections' || t.endsWith(':place') : (t: string) => (touchedBy(e) as string[]).includes(t);
  const same = last(needs);
  return same ? { why: 'same', change: same, ...('articleId' in e ? { articleId: e.articleId } : {}) } : null;
}

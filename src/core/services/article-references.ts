import type { AlsoSeen } from '../../compose/types.js';
import { touchedBetween } from '../../compose/touched.js';
import type { Triage } from '../../store/triage-types.js';
import type { Store } from '../../store/types.js';
import type { Actor } from '../actor.js';

/** A 另见 line naming an article, and where: the bulletin, the entry it stands under and its place in the list. */
export interface Mention {
  draftId: number;
  entryArticleId: number;
  index: number;
  seen: AlsoSeen;
}

/**
 * What named an article that a merge removes, and what the merge did with it, so its undo can put each back:
 * alerts and duplicate marks move to the article kept (the removed text is in it now); its triage joins the kept
 * article's; 另见 lines naming it are taken out by the removal and recorded here.
 */
export interface References {
  /** Every match alert that named it (moved to the kept article, or cleared where that one has its own alert). */
  alerts: number[];
  /** Articles triaged as its duplicates, now duplicates of the kept article. */
  duplicates: number[];
  /** The kept article's triage before the merge joined the removed one's into it (absent: left alone). */
  keptTriage?: Triage | null;
  mentions: Mention[];
}

/**
 * Moves what names `from` to `to` before `from` is removed (inside the caller's transaction); returns what it
 * found for the undo.
 */
export async function moveReferences(store: Store, actor: Actor, at: string, from: number, to: number): Promise<References> {
  const alerts = await store.alerts.alertsOf([from]);
  const twins = new Set((await store.alerts.alertsOf([to])).map((a) => a.watchlistId));
  await store.alerts.relink(alerts.filter((a) => !twins.has(a.watchlistId)).map((a) => a.id), to);

  const duplicates = await store.triage.moveDuplicates(from, to);
  const marks = await store.triage.get([from, to]);

  const refs: References = { alerts: alerts.map((a) => a.id), duplicates, mentions: await mentionsOf(store, new Set([from])) };
  const removed = marks.get(from) ?? null;
  const kept = marks.get(to) ?? null;
  // A mark of the kept article as a duplicate of the removed one would be cleared by the removal: recorded too.
  if (removed || kept?.duplicateOf === from) {
    refs.keptTriage = kept;
    await store.triage.restore([[to, joinedTriage(kept, removed, from, at, actor.id)]]);
  }
  return refs;
}

/** Puts back what `moveReferences` moved, now that the removed article is stored again as `back` (undo of a merge). */
export async function restoreReferences(store: Store, refs: References, kept: number, back: number, actor: Actor, at: string): Promise<number[]> {
  await store.alerts.relink(refs.alerts, back);
  await store.triage.moveDuplicates(kept, back, refs.duplicates);
  if (refs.keptTriage !== undefined) await store.triage.restore([[kept, refs.keptTriage]]);
  return restoreMentions(store, refs.mentions, () => back, actor, at);
}

/** The 另见 lines naming these articles, in every bulletin (a removal takes them out of each). */
export async function mentionsOf(store: Store, articleIds: ReadonlySet<number>): Promise<Mention[]> {
  const mentions: Mention[] = [];
  for (const d of await store.drafts.list()) {
    for (const e of (await store.drafts.get(d.id))?.sections.flatMap((s) => s.entries) ?? []) {
      e.alsoSeen.forEach((seen, index) => {
        if (articleIds.has(seen.articleId)) mentions.push({ draftId: d.id, entryArticleId: e.articleId, index, seen });
      });
    }
  }
  return mentions;
}

/**
 * Puts the 另见 lines back under their entries, where those are still printed, each naming the article now stored as
 * `backOf` its old id; one save per bulletin whatever the number of articles. Returns the bulletins changed.
 */
export async function restoreMentions(
  store: Store, mentions: Mention[], backOf: (old: number) => number, actor: Actor, at: string, why = '撤销合并',
): Promise<number[]> {
  const changed: number[] = [];
  for (const draftId of new Set(mentions.map((m) => m.draftId))) {
    const draft = await store.drafts.get(draftId);
    if (!draft) continue;
    const mine = mentions.filter((m) => m.draftId === draftId).sort((a, b) => a.index - b.index);
    const put: Mention[] = [];
    const sections = draft.sections.map((s) => ({
      ...s,
      entries: s.entries.map((e) => {
        const alsoSeen = [...e.alsoSeen];
        for (const m of mine) {
          const back = backOf(m.seen.articleId);
          if (m.entryArticleId !== e.articleId || alsoSeen.some((a) => a.articleId === back)) continue;
          alsoSeen.splice(Math.min(m.index, alsoSeen.length), 0, { ...m.seen, articleId: back });
          put.push(m);
        }
        return alsoSeen.length === e.alsoSeen.length ? e : { ...e, alsoSeen };
      }),
    }));
    if (!put.length) continue;
    const named = [...new Map(put.map((m) => [m.seen.articleId, `#${backOf(m.seen.articleId)} ${m.seen.title}`])).values()];
    const next = { ...draft, sections };
    await store.drafts.save(next, { at, who: actor.id, what: 'add', detail: `${why}：另见 ${named.join('、')} 放回`, touched: touchedBetween(draft, next) });
    changed.push(draftId);
  }
  return changed;
}

/**
 * The kept article's triage once the removed one's joins it: an undecided article takes a keep (so what was in
 * this week's pool stays there), not a discard or duplicate mark, which was about the removed text alone; the
 * tags and notes of both are kept.
 */
function joinedTriage(kept: Triage | null, removed: Triage | null, removedId: number, at: string, by: string): Triage {
  // Marked a duplicate of the removed article: of itself once merged, so undecided.
  const decided = kept && kept.state !== 'new' && kept.duplicateOf !== removedId ? kept : null;
  const base = decided ?? (removed?.state === 'kept' ? removed : null);
  const notes = [...new Set([kept?.note, removed?.note].filter((n): n is string => !!n))];
  return {
    state: base?.state ?? 'new', section: base?.section ?? null, duplicateOf: base?.duplicateOf ?? null,
    tags: [...new Set([...(kept?.tags ?? []), ...(removed?.tags ?? [])])],
    note: notes.length ? notes.join('\n') : null,
    updatedAt: at, updatedBy: by,
  };
}

import { followed, type ArticleText } from '../../compose/follow.js';
import { touchedBetween } from '../../compose/touched.js';
import { mapEntries } from '../../compose/edit.js';
import type { Repositories } from '../../store/types.js';
import type { Actor } from '../actor.js';
import type { CoreTransaction } from '../context.js';

/** How many earlier versions of a bulletin are kept for undo (the oldest go first). */
export const VERSIONS_KEPT = 50;

/** The articles' text now, as a draft entry prints it (the editor's summary in place of enrichment's); gone ones left out. */
export async function articleTexts(store: Repositories, ids: number[]): Promise<Map<number, ArticleText>> {
  // One read each (on PostgreSQL a read per article was a round trip of its own), one after the other: inside a
  // transaction both go through the same connection.
  const enrichment = await store.enrichment.getMany(ids);
  const articles = await store.articles.getMany(ids);
  const texts = new Map<number, ArticleText>();
  for (const id of ids) {
    const a = articles.get(id);
    if (!a) continue;
    const summary = a.edits?.summary ?? (enrichment.get(id)?.enrichment.summary || null);
    texts.set(id, { title: a.title, byline: a.byline, subheads: a.subheads, body: a.body, summary });
  }
  return texts;
}

/**
 * After these articles changed (inside the change's transaction): the drafts (草稿) printing them follow them
 * (compose/follow.ts), each as a new version kept for 撤销 and logged. Bulletins under sign-off or signed off
 * keep what they print. Returns the drafts changed.
 */
export async function followArticles(tx: CoreTransaction, actor: Actor, at: string, ids: number[]): Promise<number[]> {
  const store = tx.store;
  const changed: number[] = [];
  const texts = await articleTexts(store, ids);
  if (!texts.size) return changed;
  for (const d of await store.drafts.list()) {
    if (d.status !== 'draft') continue;
    const draft = await store.drafts.get(d.id);
    if (!draft) continue;
    const titles: string[] = [];
    const next = mapEntries(draft, (e) => {
      const now = texts.get(e.articleId);
      const entry = now && followed(e, now);
      if (!entry) return e;
      titles.push(`#${e.articleId} ${entry.title}`);
      return entry;
    });
    if (!titles.length) continue;
    const change = { at, who: actor.id, what: 'follow', detail: titles.join('、'), touched: touchedBetween(draft, next) };
    await store.drafts.save(next, change);
    await store.draftVersions.keep({ draftId: draft.id, version: draft.version, afterVersion: draft.version + 1, change, draft }, VERSIONS_KEPT);
    await tx.record(actor, { action: 'bulletin.follow', object: `bulletin:${draft.id}`, detail: change.detail });
    changed.push(draft.id);
  }
  return changed;
}

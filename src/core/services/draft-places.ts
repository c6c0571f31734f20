import type { Entry } from '../../compose/types.js';
import { touchedBetween } from '../../compose/touched.js';
import type { Repositories } from '../../store/types.js';
import type { Actor } from '../actor.js';

/** Where a draft (草稿) printed an article: what a merge took out of it, so undoing the merge can put it back. */
export interface DraftPlace {
  draftId: number;
  section: string;
  /** Its position in the section (0-based). */
  index: number;
  entry: Entry;
}

/** The drafts (status 草稿) printing the article, with where; bulletins under sign-off refuse its removal anyway. */
export async function draftPlaces(store: Repositories, articleId: number): Promise<DraftPlace[]> {
  return draftPlacesOf(store, new Set([articleId]));
}

/** The same for several articles, in print order within each draft and section (the order they go back in). */
export async function draftPlacesOf(store: Repositories, articleIds: ReadonlySet<number>): Promise<DraftPlace[]> {
  const places: DraftPlace[] = [];
  for (const d of await store.drafts.list()) {
    if (d.status !== 'draft') continue;
    for (const s of (await store.drafts.get(d.id))?.sections ?? []) {
      s.entries.forEach((entry, index) => {
        if (articleIds.has(entry.articleId)) places.push({ draftId: d.id, section: s.name, index, entry });
      });
    }
  }
  return places;
}

/**
 * Puts the entries back where they were, in drafts still being edited that do not print the article by now: one
 * logged bulletin change per draft (moving it to a new version), however many entries go back (places in print
 * order). Returns the drafts changed.
 */
export async function restoreDraftPlaces(store: Repositories, actor: Actor, at: string, places: DraftPlace[], why = '撤销合并'): Promise<number[]> {
  const changed: number[] = [];
  for (const draftId of new Set(places.map((p) => p.draftId))) {
    const draft = await store.drafts.get(draftId);
    if (draft?.status !== 'draft') continue;
    let sections = draft.sections;
    const put: DraftPlace[] = [];
    for (const p of places.filter((x) => x.draftId === draftId)) {
      if (sections.some((s) => s.entries.some((e) => e.articleId === p.entry.articleId))) continue;
      const section = sections.find((s) => s.name === p.section);
      sections = section
        ? sections.map((s) => (s === section ? { ...s, entries: [...s.entries.slice(0, p.index), p.entry, ...s.entries.slice(p.index)] } : s))
        : [...sections, { name: p.section, entries: [p.entry] }];
      put.push(p);
    }
    if (!put.length) continue;
    const detail = put.length === 1
      ? `article ${put[0].entry.articleId} ${put[0].entry.title} ${why}，放回 ${put[0].section}`
      : `${why}，放回 ${put.length} 篇：${put.map((p) => `#${p.entry.articleId} ${p.entry.title}`).join('、')}`;
    const next = { ...draft, sections };
    await store.drafts.save(next, { at, who: actor.id, what: 'add', detail, touched: touchedBetween(draft, next) });
    changed.push(draftId);
  }
  return changed;
}

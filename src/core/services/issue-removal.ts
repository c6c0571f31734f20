import { reunderstand } from '../../pipeline/refresh.js';
import type { StoredEnrichment } from '../../store/enrichment-types.js';
import type { Triage } from '../../store/triage-types.js';
import type { IssueSummary, Store, StoredArticle } from '../../store/types.js';
import type { Actor } from '../actor.js';
import { matchNewArticles } from '../alerting/match-new.js';
import type { CoreContext } from '../context.js';
import { mentionsOf, restoreMentions, type Mention } from './article-references.js';
import { draftPlacesOf, restoreDraftPlaces, type DraftPlace } from './draft-places.js';

/**
 * How long a removed issue can be put back. The removal itself is immediate (the archive, search, inbox and
 * drafts lose it at once, as before), so nothing else has to learn to skip a hidden issue; what undo needs is
 * kept aside this long and purged by the next removal after.
 */
export const KEEP_DAYS = 30;

/** What an issue's removal takes away, kept so its undo can put each back (repository `store.removedIssues`). */
export interface RemovedIssue {
  issue: IssueSummary;
  /** Its articles as stored, editors' changes included (enrichment is computed again from them). */
  articles: StoredArticle[];
  /** Their enrichment as it was (keywords weigh terms against the archive of the time: computing them again would differ). */
  enrichment: [number, StoredEnrichment][];
  /** Their triage (keep, discard, duplicate, tags, note). */
  triage: [number, Triage][];
  /** Other articles marked duplicates of them: the removal unmarks them. */
  duplicates: [number, Triage][];
  /** Alerts that named them (the removal keeps the alerts, with their titles, but unlinks them). */
  alerts: { id: number; articleId: number }[];
  /** Where drafts printed them, and the 另见 lines naming them. */
  places: DraftPlace[];
  mentions: Mention[];
}

/** What a removal is about to take away, read inside its transaction; null when there is no such issue. */
export async function snapshotIssue(store: Store, issueId: number): Promise<RemovedIssue | null> {
  const issue = await store.issues.get(issueId);
  if (!issue) return null;
  const articles = await store.articles.list({ issueId });
  const ids = articles.map((a) => a.id);
  const set = new Set(ids);
  const duplicates = (await store.triage.duplicatesOf(ids)).filter((id) => !set.has(id));
  return {
    issue, articles,
    enrichment: [...(await store.enrichment.getMany(ids))],
    triage: [...(await store.triage.get(ids))],
    duplicates: [...(await store.triage.get(duplicates))],
    alerts: (await store.alerts.alertsOf(ids)).map((a) => ({ id: a.id, articleId: a.articleId })),
    places: await draftPlacesOf(store, set),
    mentions: await mentionsOf(store, set),
  };
}

/**
 * Puts a removed issue back (inside the undo's transaction): the issue and its articles under their old ids
 * (new ones only where the embedded store gave an id away since), enriched, grouped and indexed again; their
 * triage, the duplicate marks naming them, their alerts (read marks kept; no new alert for text already
 * matched), and the draft entries and 另见 lines the removal took. Returns the ids (old → new) and the drafts
 * changed.
 */
export async function restoreIssue(ctx: CoreContext, actor: Actor, kept: RemovedIssue): Promise<{ issueId: number; ids: Map<number, number>; drafts: number[] }> {
  const store = ctx.store;
  const at = ctx.now().toISOString();
  const { issueId, ids } = await store.issues.restore(kept.issue, kept.articles);
  const back = [...ids.values()];
  const id = (old: number) => ids.get(old) ?? old;
  await reunderstand(store, back, new Map(kept.enrichment.map(([old, e]) => [id(old), e])));
  // Stored again, not new: taken off the matching queue without alerting (their alerts are relinked below).
  await matchNewArticles(ctx, back, { alert: false });
  for (const [old, n] of ids) await store.alerts.relink(kept.alerts.filter((a) => a.articleId === old).map((a) => a.id), n);
  const now = await store.triage.get(kept.duplicates.map(([d]) => d));
  // A duplicate mark is put back only where nobody triaged the article since the removal unmarked it.
  const untouched = kept.duplicates.filter(([d, t]) => now.get(d)?.updatedAt === t.updatedAt);
  await store.triage.restore([
    ...kept.triage.map(([a, t]): [number, Triage] => [id(a), { ...t, duplicateOf: t.duplicateOf === null ? null : id(t.duplicateOf) }]),
    ...untouched.map(([d, t]): [number, Triage] => [d, { ...t, duplicateOf: t.duplicateOf === null ? null : id(t.duplicateOf) }]),
  ]);
  const why = '撤销删除';
  const places = kept.places.map((p) => ({ ...p, entry: { ...p.entry, articleId: id(p.entry.articleId) } }));
  const drafts = new Set(await restoreDraftPlaces(store, actor, at, places, why));
  const mentions = kept.mentions.map((m) => ({ ...m, entryArticleId: id(m.entryArticleId) }));
  for (const d of await restoreMentions(store, mentions, id, actor, at, why)) drafts.add(d);
  return { issueId, ids, drafts: [...drafts] };
}

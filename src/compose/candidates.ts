import type { StoredEnrichment } from '../store/enrichment-types.js';
import type { IssueSummary, Store, StoredArticle } from '../store/types.js';
import { issueCredit } from '../store/credit.js';
import { storedDaysAround, webPlace } from '../store/web-place.js';
import type { Candidate } from './types.js';
import { notFound } from '../core/errors.js';

/** Enrichment fields a stored article may carry once enrichment is stored; all optional. */
type MaybeEnriched = StoredArticle & Partial<Pick<Candidate, 'predictedSection' | 'tags' | 'entities' | 'summary' | 'eventGroup'>>;

/** The name an issue's articles are credited to: its publication, else its file's name. */
export function sourceName(issue: IssueSummary): string {
  return issueCredit(issue.publication, issue.source.path);
}

/**
 * Where an article is credited and dated: a bulletin article's issue (publication, issue date); a web article's
 * 来源 outlet (else its site) and the day it was published (else fetched).
 */
export function creditOf(a: StoredArticle, issue: IssueSummary | null): { source: string; date: string | null } {
  if (issue) return { source: sourceName(issue), date: issue.issueDate };
  if (!a.web) throw new Error(`article ${a.id}: neither in an issue nor fetched from the web`);
  const place = webPlace(a.web);
  return { source: a.web.outlet ?? place.publication, date: place.issueDate };
}

/** A stored article as a draft candidate, with whatever enrichment it carries or the store kept for it. */
export function candidateOf(a: StoredArticle, issue: IssueSummary | null, stored?: StoredEnrichment | null): Candidate {
  const e: MaybeEnriched = stored ? { ...a, ...enrichmentFields(stored) } : a;
  return {
    articleId: a.id, title: a.title, section: a.section, byline: a.byline, subheads: a.subheads, body: a.body,
    ...creditOf(a, issue),
    ...(e.predictedSection !== undefined ? { predictedSection: e.predictedSection } : {}),
    ...(e.tags !== undefined ? { tags: e.tags } : {}),
    ...(e.entities !== undefined ? { entities: e.entities } : {}),
    // The summary an editor wrote on the article page, in place of enrichment's (as the article page shows it).
    ...(a.edits?.summary ? { summary: a.edits.summary } : e.summary !== undefined ? { summary: e.summary } : {}),
    ...(e.eventGroup !== undefined ? { eventGroup: e.eventGroup } : {}),
  };
}

/** The candidate fields of the enrichment the store kept for an article (its same-event group included). */
function enrichmentFields({ enrichment: e, groupId }: StoredEnrichment): Partial<Candidate> {
  return {
    predictedSection: e.predictedSection?.name ?? null,
    tags: e.tags.map((t) => t.name),
    entities: e.entities.map((x) => x.name),
    summary: e.summary || null,
    ...(groupId !== null ? { eventGroup: `store:${groupId}` } : {}),
  };
}

/** What the store holds for a period: candidates, the house section order, and issues left out for lack of a date. */
export interface PeriodPool {
  candidates: Candidate[];
  sectionOrder: string[];
  undated: IssueSummary[];
}

/**
 * The articles of every stored issue dated within [from, to] (a bulletin article is dated by its issue), oldest
 * issue first, then the web articles published in the period (oldest fetched first), and the sections of those
 * issues: the fullest issue's in its order, then the others'.
 */
export async function periodPool(store: Store, from: string, to: string): Promise<PeriodPool> {
  // Only the period's issues (and the undated): counting every issue's articles took most of an editor's pool.
  const issues = await store.issues.list({ from, to });
  const inPeriod = issues
    .filter((i) => i.issueDate !== null && i.issueDate >= from && i.issueDate <= to)
    .sort((a, b) => a.issueDate!.localeCompare(b.issueDate!) || a.id - b.id);
  // The period's articles in two statements and their enrichment in one: on PostgreSQL a round trip (and a plan)
  // per issue, then per article, was most of an editor's pool (~300 articles in a dozen issues for a week at 100k).
  const byIssue = new Map<number, StoredArticle[]>();
  const printed = inPeriod.length ? await store.articles.list({ issueIds: inPeriod.map((i) => i.id) }) : [];
  for (const a of printed) {
    const own = byIssue.get(a.issueId!);
    if (own) own.push(a);
    else byIssue.set(a.issueId!, [a]);
  }
  const web = (await store.articles.list({ webDays: storedDaysAround(from, to) })).filter((a) => {
    const day = a.web ? webPlace(a.web).issueDate : null;
    return day !== null && day >= from && day <= to;
  });
  const placed: [StoredArticle, IssueSummary | null][] = [
    ...inPeriod.flatMap((issue) => (byIssue.get(issue.id) ?? []).map((a): [StoredArticle, IssueSummary] => [a, issue])),
    ...web.map((a): [StoredArticle, null] => [a, null]),
  ];
  const understood = await store.enrichment.getMany(placed.map(([a]) => a.id));
  const candidates = placed.map(([a, issue]) => candidateOf(a, issue, understood.get(a.id) ?? null));
  return {
    candidates,
    // The fullest issue sets the house order; smaller sources' sections follow.
    sectionOrder: [...new Set([...inPeriod].sort((a, b) => b.articleCount - a.articleCount).flatMap((i) => i.sections))],
    undated: issues.filter((i) => i.issueDate === null),
  };
}

/** One stored article as a candidate, or an `article N: …` error when there is none. */
export async function candidateById(store: Store, id: number): Promise<Candidate> {
  const a = await store.articles.get(id);
  if (!a) throw notFound(`article ${id}`, '库中没有这篇文章 (no such article in the store)');
  const issue = a.issueId === null ? null : ((await store.issues.list()).find((i) => i.id === a.issueId) ?? null);
  return candidateOf(a, issue, await store.enrichment.get(a.id));
}

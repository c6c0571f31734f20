/**
 * Whole-issue duplicates: the same issue read twice (a text dump and its PDF, or two dumps of one PDF) has the
 * same publication and date and most of the same titles, whatever the format made of the rest.
 */
import { squash } from '../clean/text-shape.js';
import type { ImportResult } from './types.js';

/** Share of the smaller issue's titles the other must also print for the two to be one issue. */
const SAME_ISSUE_SHARE = 0.6;

/** What to do when an import is an issue already stored: say so and skip, replace the stored one, or keep both. */
export type SameIssuePolicy = 'report' | 'replace' | 'keep-both';

/** Share of the smaller title list found in the other (whitespace ignored, each title matched once). */
export function sharedTitleShare(a: string[], b: string[]): number {
  const keys = (list: string[]) => list.map(squash).filter(Boolean);
  const [x, y] = [keys(a), keys(b)];
  if (!x.length || !y.length) return 0;
  const pool = new Map<string, number>();
  for (const k of y) pool.set(k, (pool.get(k) ?? 0) + 1);
  let shared = 0;
  for (const k of x) {
    const n = pool.get(k) ?? 0;
    if (n > 0) { shared++; pool.set(k, n - 1); }
  }
  return shared / Math.min(x.length, y.length);
}

/** The stored issue (of those with the same publication and date) that is the same issue as `titles`, or null. */
export function findSameIssue(titles: string[], stored: { id: number; titles: string[] }[]): number | null {
  let best: { id: number; share: number } | null = null;
  for (const s of stored) {
    const share = sharedTitleShare(titles, s.titles);
    if (share >= SAME_ISSUE_SHARE && (!best || share > best.share)) best = { id: s.id, share };
  }
  return best?.id ?? null;
}

/** An entry's 另见 list without the reports of removed articles. */
export function withoutRemoved<T extends { alsoSeen?: { articleId: number }[] }>(entry: T, removed: Set<number>): T | null {
  const kept = (entry.alsoSeen ?? []).filter((a) => !removed.has(a.articleId));
  return kept.length === (entry.alsoSeen ?? []).length ? null : { ...entry, alsoSeen: kept };
}

/** What an import asks of a backend, inside its transaction; importIssue decides which steps run. */
export interface ImportSteps {
  /** The result for these bytes when they are stored already, else null. */
  unchanged(): Promise<ImportResult | null>;
  /** The stored issue that is the same issue as this one (findSameIssue over the stored candidates), or null. */
  sameIssue(): Promise<number | null>;
  /** The stored issue `id` as an ImportResult (status `unchanged`; importIssue marks it `same-issue`). */
  stored(id: number): Promise<ImportResult>;
  /** Removes the stored issue `id` with everything derived (as IssueRepository.remove). */
  remove(id: number): Promise<unknown>;
  /** Stores this issue. */
  store(): Promise<ImportResult>;
}

/**
 * The one decision both backends make on import, inside its transaction: the same bytes change nothing; with the
 * `report` policy an issue already stored is reported and nothing stored; with `replace` the stored one is removed
 * and this one stored; with `keep-both` the store does not look for the same issue.
 */
export async function importIssue(policy: SameIssuePolicy, steps: ImportSteps): Promise<ImportResult> {
  const unchanged = await steps.unchanged();
  if (unchanged) return unchanged;
  const same = policy === 'keep-both' ? null : await steps.sameIssue();
  if (same === null) return steps.store();
  if (policy === 'report') return { ...(await steps.stored(same)), status: 'same-issue', sameAs: same };
  await steps.remove(same);
  return { ...(await steps.store()), status: 'replaced', sameAs: same };
}

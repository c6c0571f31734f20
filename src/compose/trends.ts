import { isCountry } from '../enrich/index.js';
import type { Candidate, Trend } from './types.js';

/** Counts, per name, the candidates whose tags (or entities) include it: one count per article. */
function counts(candidates: Candidate[], pick: (c: Candidate) => string[] | undefined): Map<string, number> {
  const out = new Map<string, number>();
  for (const c of candidates) for (const name of new Set(pick(c) ?? [])) out.set(name, (out.get(name) ?? 0) + 1);
  return out;
}

/**
 * The period's rising tags and entities: how many of its articles carry each name against the previous period of
 * the same length, ordered by rise, then by count; names seen only once this period are left out as noise.
 * Empty when the candidates carry no enrichment.
 */
export function risingNames(current: Candidate[], previous: Candidate[], n = 10): Trend[] {
  const trends: Trend[] = [];
  for (const kind of ['tag', 'entity'] as const) {
    const pick = (c: Candidate) => (kind === 'tag' ? c.tags : c.entities);
    const now = counts(current, pick);
    const before = counts(previous, pick);
    for (const [name, count] of now) {
      // Countries (中国 above all) are where most articles happen, not what rose.
      if (count >= 2 && !(kind === 'entity' && isCountry(name))) trends.push({ name, kind, count, previous: before.get(name) ?? 0 });
    }
  }
  return trends
    .sort((a, b) => b.count - b.previous - (a.count - a.previous) || b.count - a.count || a.name.localeCompare(b.name))
    .slice(0, n);
}

/** The period of the same length that ends the day before `from`. */
export function previousPeriod(from: string, to: string): { from: string; to: string } {
  const day = 86_400_000;
  const start = Date.parse(`${from}T00:00:00Z`);
  const length = Date.parse(`${to}T00:00:00Z`) - start;
  const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
  return { from: iso(start - day - length), to: iso(start - day) };
}

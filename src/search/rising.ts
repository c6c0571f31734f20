import type { FactCount } from './types.js';

/** A tag or entity with its counts in the period and the period before it. */
export interface Riser {
  value: string;
  count: number;
  previous: number;
  /** count − previous: how many more articles than before. */
  change: number;
}

/**
 * What rose most: values ordered by how many more articles carry them now than in the previous period, ties by
 * the larger count then by name; values that did not rise are left out.
 */
export function rising(current: FactCount[], previous: FactCount[], limit = 20): Riser[] {
  const before = new Map(previous.map((p) => [p.value, p.count]));
  return current
    .map((c) => ({ value: c.value, count: c.count, previous: before.get(c.value) ?? 0, change: c.count - (before.get(c.value) ?? 0) }))
    .filter((r) => r.change > 0)
    .sort((a, b) => b.change - a.change || b.count - a.count || a.value.localeCompare(b.value))
    .slice(0, limit);
}

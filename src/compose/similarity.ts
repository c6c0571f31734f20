/**
 * Same-story detection until enrichment's same-event groups are stored: character shingles of the text with
 * spacing and punctuation removed, compared by Jaccard similarity. Catches reprints and lightly edited copies,
 * not different reports of one event (that is enrichment's job).
 */

/** Shingle length in characters: 4 CJK characters are about two words, rare enough to identify a passage. */
const SHINGLE = 4;

/** The text reduced to letters and digits, so reflowing and punctuation changes do not count as differences. */
function normalise(text: string): string {
  return text.replace(/[^\p{L}\p{N}]+/gu, '').toLowerCase();
}

/** The set of character shingles of a text. */
export function shingles(text: string): Set<string> {
  const s = normalise(text);
  const out = new Set<string>();
  if (s.length <= SHINGLE) {
    if (s) out.add(s);
    return out;
  }
  for (let i = 0; i + SHINGLE <= s.length; i++) out.add(s.slice(i, i + SHINGLE));
  return out;
}

/**
 * Whether the Jaccard similarity |A ∩ B| / |A ∪ B| (0 for two empty sets) reaches the threshold, giving up as soon
 * as the shingles left to compare could no longer bring it there: most pairs of a period's articles share little,
 * and comparing every pair whole was most of an editor's left-out pool (288 articles, 41k pairs: ~40 ms a request).
 */
function similarEnough(a: Set<string>, b: Set<string>, threshold: number): boolean {
  if (!a.size || !b.size) return 0 >= threshold;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  const total = a.size + b.size;
  // The fewest shingles in common that reach the threshold, by the same division as the end's (it rises with them).
  let needed = Math.max(0, Math.floor((threshold * total) / (1 + threshold)) - 2);
  while (needed <= small.size && needed / (total - needed) < threshold) needed++;
  if (needed > small.size) return false;
  let common = 0;
  let left = small.size;
  for (const x of small) {
    if (large.has(x)) common++;
    left--;
    if (common + left < needed) return false;
  }
  return common / (total - common) >= threshold;
}

/**
 * Groups items whose texts are near-identical (Jaccard ≥ threshold) or share a group key, transitively.
 * Returns groups of indexes, each in input order, groups ordered by their first member.
 */
export function groupSimilar(texts: string[], threshold: number, keys: (string | null | undefined)[] = []): number[][] {
  const parent = texts.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const union = (i: number, j: number) => {
    const [a, b] = [find(i), find(j)].sort((x, y) => x - y);
    parent[b] = a;
  };
  const byKey = new Map<string, number>();
  keys.forEach((k, i) => {
    if (!k) return;
    const first = byKey.get(k);
    if (first === undefined) byKey.set(k, i);
    else union(first, i);
  });
  const sets = texts.map(shingles);
  for (let i = 0; i < sets.length; i++) {
    for (let j = i + 1; j < sets.length; j++) {
      const [a, b] = [sets[i].size, sets[j].size];
      // Jaccard ≤ min/max size: pairs of very different lengths cannot be near-identical.
      if (Math.min(a, b) < threshold * Math.max(a, b)) continue;
      if (find(i) !== find(j) && similarEnough(sets[i], sets[j], threshold)) union(i, j);
    }
  }
  const groups = new Map<number, number[]>();
  texts.forEach((_, i) => {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), i]);
  });
  return [...groups.values()].sort((x, y) => x[0] - y[0]);
}

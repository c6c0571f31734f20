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

/** |A ∩ B| / |A ∪ B|; 0 for two empty sets. */
export function jaccard(a: Set<string>, b: Set<string>): number {
  if (!a.size || !b.size) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let common = 0;
  for (const x of small) if (large.has(x)) common++;
  return common / (a.size + b.size - common);
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
      if (find(i) !== find(j) && jaccard(sets[i], sets[j]) >= threshold) union(i, j);
    }
  }
  const groups = new Map<number, number[]>();
  texts.forEach((_, i) => {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), i]);
  });
  return [...groups.values()].sort((x, y) => x[0] - y[0]);
}

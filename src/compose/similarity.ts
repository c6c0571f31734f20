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
 * Pairs of items that may reach the threshold, each as [i, j] with i < j: with every set's shingles ordered
 * rarest first (one order for all), two sets with Jaccard ≥ t share a shingle among the first |x| − ⌈t·|x|⌉ + 1 of
 * each (their overlap is at least ⌈t·|x|⌉). Only those first shingles are indexed, so a period of 2,000 articles is
 * not 2 million comparisons. At a threshold of 0 or less every pair is similar: each item paired with the first
 * joins them all alike.
 */
function candidatePairs(sets: Set<string>[], threshold: number): [number, number][] {
  if (threshold <= 0) return sets.slice(1).map((_, k) => [0, k + 1]);
  const df = new Map<string, number>();
  for (const set of sets) for (const x of set) df.set(x, (df.get(x) ?? 0) + 1);
  // Each shingle's place in the one order, rarest first (ties as first met), so each set sorts as numbers; by
  // buckets of equal counts, as sorting a period's 600k shingles by a comparison cost more than the rest together.
  const byCount: string[][] = [];
  for (const [x, n] of df) (byCount[n] ??= []).push(x);
  const rank = new Map<string, number>();
  for (const bucket of byCount) if (bucket) for (const x of bucket) rank.set(x, rank.size);
  const seenWith = new Map<number, number[]>();
  const pairs: [number, number][] = [];
  sets.forEach((set, j) => {
    const ordered = Int32Array.from(set, (x) => rank.get(x)!).sort();
    // The small allowance keeps a product such as 0.3 × 10 = 3.0000000000000004 from shortening the prefix.
    const prefix = ordered.subarray(0, Math.max(0, set.size - Math.ceil(threshold * set.size - 1e-9) + 1));
    const met = new Set<number>();
    for (const x of prefix) {
      const earlier = seenWith.get(x);
      if (earlier) for (const i of earlier) met.add(i);
      else seenWith.set(x, []);
      seenWith.get(x)!.push(j);
    }
    for (const i of [...met].sort((a, b) => a - b)) pairs.push([i, j]);
  });
  return pairs;
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
  for (const [i, j] of candidatePairs(sets, threshold)) {
    const [a, b] = [sets[i].size, sets[j].size];
    // Jaccard ≤ min/max size: pairs of very different lengths cannot be near-identical.
    if (Math.min(a, b) < threshold * Math.max(a, b)) continue;
    if (find(i) !== find(j) && similarEnough(sets[i], sets[j], threshold)) union(i, j);
  }
  const groups = new Map<number, number[]>();
  texts.forEach((_, i) => {
    const root = find(i);
    const group = groups.get(root);
    if (group) group.push(i);
    else groups.set(root, [i]);
  });
  return [...groups.values()].sort((x, y) => x[0] - y[0]);
}

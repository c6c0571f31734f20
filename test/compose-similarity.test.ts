import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { groupSimilar, shingles } from '../src/compose/similarity.js';

/** The groups by comparing every pair whole, as groupSimilar did before it stopped early: the reference. */
function everyPair(texts: string[], threshold: number, keys: (string | null)[] = []): number[][] {
  const sets = texts.map(shingles);
  const jaccard = (a: Set<string>, b: Set<string>) => {
    if (!a.size || !b.size) return 0;
    let common = 0;
    for (const x of a) if (b.has(x)) common++;
    return common / (a.size + b.size - common);
  };
  const parent = texts.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : find(parent[i]!));
  const union = (i: number, j: number) => {
    const [a, b] = [find(i), find(j)].sort((x, y) => x - y);
    parent[b!] = a!;
  };
  for (let i = 0; i < texts.length; i++) {
    for (let j = i + 1; j < texts.length; j++) {
      if ((keys[i] && keys[i] === keys[j]) || jaccard(sets[i]!, sets[j]!) >= threshold) union(i, j);
    }
  }
  const groups = new Map<number, number[]>();
  texts.forEach((_, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), i]));
  return [...groups.values()].sort((x, y) => x[0]! - y[0]!);
}

/**
 * Paragraphs of the samples, each also cut short and with a sentence dropped from its middle: pairs at every
 * similarity from unrelated to identical, many near the thresholds.
 */
function texts(): string[] {
  const paragraphs = readdirSync('samples')
    .filter((f) => f.endsWith('.txt'))
    .flatMap((f) => readFileSync(`samples/${f}`, 'utf8').split(/\n\s*\n/))
    .map((p) => p.trim())
    .filter((p) => p.length > 40)
    .slice(0, 120);
  return paragraphs.flatMap((p, k) => {
    const sentences = p.split('。');
    return [p, p.slice(0, Math.ceil(p.length * (0.4 + (k % 5) * 0.12))), sentences.filter((_, i) => i !== sentences.length >> 1).join('。')];
  });
}

describe('groupSimilar', () => {
  const all = [...texts(), '', '', '，。', 'abc', 'abcd', 'abcde'];

  it('groups exactly as comparing every pair whole does, at any threshold, with and without group keys', () => {
    expect(all.length).toBeGreaterThan(300);
    const keys = all.map((_, i) => (i % 37 === 0 ? `g${i % 3}` : null));
    for (const threshold of [0, 0.2, 0.5, 0.5000001, 0.8, 1]) {
      const groups = groupSimilar(all, threshold);
      expect(groups).toEqual(everyPair(all, threshold));
      expect(groupSimilar(all, threshold, keys)).toEqual(everyPair(all, threshold, keys));
      if (threshold === 0.5) expect(groups.filter((g) => g.length > 1).length).toBeGreaterThan(20);
    }
  });
});

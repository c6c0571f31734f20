import { describe, expect, it } from 'vitest';
import { holds, idsOf, marked, union, unionSet } from '../src/store/sqlite/id-lists.js';

/** Every id of the lists, ascending, each once: what the joined list must hold, however it is built. */
const expected = (lists: Int32Array[]) => [...new Set(lists.flatMap((l) => [...l]))].sort((a, b) => a - b);

describe('ascending id lists joined', () => {
  // Overlapping lists: a name's words and grams hold mostly the same articles.
  const lists = [Int32Array.from([1, 4, 9, 12]), Int32Array.from([4, 5, 12, 30]), Int32Array.from([0, 9, 31])];

  it('merges lists short next to the id range and marks long ones in a bitmap, with the same ids', () => {
    expect([...union(lists, 1000)]).toEqual(expected(lists));
    expect([...union(lists, 32)]).toEqual(expected(lists));
    expect([...union([lists[1]], 32)]).toEqual([4, 5, 12, 30]);
    expect([...union([], 32)]).toEqual([]);
  });

  it('reads a bitmap back as ascending ids, leaving out ids past its range', () => {
    const bits = marked(lists, 31);
    expect(bits[4]).toBe(1);
    expect(bits[6]).toBe(0);
    expect([...idsOf(bits, 11)]).toEqual(expected(lists).filter((id) => id < 31));
  });

  it('finds an id in an ascending list, and not one between or past its ids', () => {
    const joined = union(lists, 1000);
    expect(expected(lists).every((id) => holds(joined, id))).toBe(true);
    expect([2, 6, 13, 32, -1].some((id) => holds(joined, id))).toBe(false);
    expect(holds(new Int32Array(0), 0)).toBe(false);
  });

  it('tests membership of a union the same way whether its ids are searched or marked in a bitmap', () => {
    for (const size of [1000, 32]) {
      const joined = unionSet(lists, size);
      expect([...joined.ids]).toEqual(expected(lists));
      expect(expected(lists).every((id) => joined.has(id))).toBe(true);
      expect([2, 6, 13].some((id) => joined.has(id))).toBe(false);
    }
    expect([...unionSet([], 32).ids]).toEqual([]);
    expect(unionSet([], 32).has(0)).toBe(false);
  });
});

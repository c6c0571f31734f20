/**
 * Ascending lists of article ids, as search reads them (phrase postings, a tag's or an entity's articles), joined
 * without sorting: merged when they are short next to the id range, else marked in a bitmap of it and read back.
 */

/**
 * The ids of one or more ascending lists, ascending, each once. Several long lists (a name's words and its grams,
 * beside its aliases) are marked in a bitmap of the id range `[0, size)` and read back in one pass; merged two at a
 * time they were walked once per list.
 */
export function union(lists: Int32Array[], size: number): Int32Array {
  if (lists.length === 1) return lists[0];
  let total = 0;
  for (const l of lists) total += l.length;
  if (total * 8 < size) return lists.length ? lists.reduce(merge) : new Int32Array(0);
  return idsOf(marked(lists, size), total);
}

/** Ascending ids, each once, with a test of membership. */
export interface IdSet {
  ids: Int32Array;
  has: (id: number) => boolean;
}

/**
 * The union of the lists as `union` makes it, with its test: a binary search of the ids when they are few next to
 * the id range, else a read of the bitmap they were marked in (a Set of the ids built per search cost ~60 ms at 1M).
 */
export function unionSet(lists: Int32Array[], size: number): IdSet {
  const total = lists.reduce((n, l) => n + l.length, 0);
  if (lists.length < 2 || total * 8 < size) {
    const ids = union(lists, size);
    return { ids, has: (id) => holds(ids, id) };
  }
  const bits = marked(lists, size);
  return { ids: idsOf(bits, total), has: (id) => bits[id] === 1 };
}

/** A bitmap of the id range `[0, size)`: 1 where one of the lists holds the id (ids past the range are left out). */
export function marked(lists: Int32Array[], size: number): Uint8Array {
  const bits = new Uint8Array(size);
  for (const l of lists) for (let j = 0; j < l.length; j++) bits[l[j]] = 1;
  return bits;
}

/** The ids a bitmap marks, ascending; `most`: at least how many it marks (the lists' lengths summed). */
export function idsOf(bits: Uint8Array, most: number): Int32Array {
  const out = new Int32Array(most);
  let n = 0;
  for (let id = 0; id < bits.length; id++) if (bits[id]) out[n++] = id;
  return out.subarray(0, n);
}

/** True when the ascending list holds the id (a binary search). */
export function holds(ids: Int32Array, id: number): boolean {
  let [lo, hi] = [0, ids.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ids[mid] < id) lo = mid + 1;
    else hi = mid;
  }
  return lo < ids.length && ids[lo] === id;
}

/** Two ascending id lists merged, each id once. */
function merge(a: Int32Array, b: Int32Array): Int32Array {
  const merged = new Int32Array(a.length + b.length);
  let [i, j, n] = [0, 0, 0];
  while (i < a.length && j < b.length) {
    const x = a[i] <= b[j] ? a[i] : b[j];
    merged[n++] = x;
    if (a[i] === x) i++;
    if (b[j] === x) j++;
  }
  while (i < a.length) merged[n++] = a[i++];
  while (j < b.length) merged[n++] = b[j++];
  return merged.subarray(0, n);
}

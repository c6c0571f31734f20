/**
 * Lexical cohesion on character bigrams, IDF-weighted over the document's own paragraphs (TextTiling's idea):
 * a new article changes the vocabulary, a sub-heading keeps it. Each distinct bigram gets a dense index and
 * bags are reusable arrays that keep their squared norm up to date, so the whole document costs one pass.
 */

/** A reusable weighted bag of bigrams over a document's dense bigram indices. */
export interface Bag {
  weights: Float64Array;
  /** Indices with a non-zero weight, for sparse iteration and cheap clearing. */
  touched: number[];
  norm2: number;
}

/** A paragraph's bigrams: dense indices with their IDF-weighted counts. */
export interface SparseVec {
  idx: Int32Array;
  weights: Float64Array;
}

/** A document's bigram space: paragraph vectors, the number of distinct bigrams, and which are rare. */
export interface BigramSpace {
  vecs: SparseVec[];
  dims: number;
  /** True for a bigram used in at most three paragraphs (names, specific terms). */
  isRare(index: number): boolean;
}

/** A new empty bag over `dims` bigrams. */
export function emptyBag(dims: number): Bag {
  return { weights: new Float64Array(dims), touched: [], norm2: 0 };
}

/** Empties a bag in place. */
export function clearBag(b: Bag): Bag {
  for (const i of b.touched) b.weights[i] = 0;
  b.touched.length = 0;
  b.norm2 = 0;
  return b;
}

/** Adds a paragraph's bigrams into a bag, in place, keeping the bag's norm. */
export function addInto(a: Bag, v: SparseVec): Bag {
  for (let i = 0; i < v.idx.length; i++) {
    const k = v.idx[i];
    const x = v.weights[i];
    const old = a.weights[k];
    if (old === 0) a.touched.push(k);
    a.weights[k] = old + x;
    a.norm2 += 2 * old * x + x * x;
  }
  return a;
}

/** Cosine similarity of two bags (0 when either is empty); iterates the smaller one. */
export function cosine(a: Bag, b: Bag): number {
  if (!a.norm2 || !b.norm2) return 0;
  const [small, large] = a.touched.length <= b.touched.length ? [a, b] : [b, a];
  let dot = 0;
  for (const k of small.touched) dot += small.weights[k] * large.weights[k];
  return dot / Math.sqrt(a.norm2 * b.norm2);
}

/** Letters that carry vocabulary: Han ideographs, kana/hangul and Latin letters (digits and punctuation do not). */
function isWordChar(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x3040 && c <= 0x30ff) ||
    (c >= 0xac00 && c <= 0xd7a3) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** A 15-bit code per word character, so a bigram packs into a small integer (fast map key); rare scripts may share. */
function charCode15(c: number): number {
  if (c < 128) return c;
  if (c >= 0x4e00 && c <= 0x9fff) return c - 0x4e00 + 128;
  return 21120 + (c % 11647);
}

/** IDF-weighted bigrams of a document's paragraphs over a dense index of the bigrams it uses. */
export function paragraphVectors(texts: string[]): BigramSpace {
  const totalChars = texts.reduce((n, t) => n + t.length, 1);
  // Dense indices for packed bigram keys: open addressing over typed arrays, several times faster than a Map
  // for the one lookup per character this stage makes.
  let bits = 10;
  while (1 << bits < totalChars * 2) bits++;
  const mask = (1 << bits) - 1;
  const size = 1 << bits;
  const table = new Int32Array(size).fill(-1);
  const slot = new Int32Array(size);
  const df = new Int32Array(totalChars);
  const scratch = new Int32Array(totalChars);
  let dims = 0;
  const counted = texts.map((s) => {
    const touched: number[] = [];
    let prev = -1;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (!isWordChar(c)) continue;
      const code = charCode15(c);
      if (prev >= 0) {
        const key = prev * 32768 + code;
        // Fibonacci hashing: the product's high bits mix both characters (its low bits would not).
        let h = Math.imul(key, 0x9e3779b1) >>> (32 - bits);
        while (table[h] !== -1 && table[h] !== key) h = (h + 1) & mask;
        if (table[h] === -1) { table[h] = key; slot[h] = dims++; }
        const k = slot[h];
        if (scratch[k] === 0) touched.push(k);
        scratch[k]++;
      }
      prev = code;
    }
    const idx = Int32Array.from(touched);
    const counts = new Float64Array(idx.length);
    for (let j = 0; j < idx.length; j++) {
      const k = idx[j];
      counts[j] = scratch[k];
      scratch[k] = 0;
      df[k]++;
    }
    return { idx, counts };
  });
  const logN = Math.log(texts.length);
  const idf = new Float64Array(dims);
  for (let k = 0; k < dims; k++) idf[k] = logN - Math.log(1 + df[k]);
  const vecs = counted.map(({ idx, counts }) => {
    for (let j = 0; j < idx.length; j++) counts[j] *= idf[idx[j]];
    return { idx, weights: counts };
  });
  return { vecs, dims, isRare: (i) => df[i] <= 3 };
}

/** Character bigrams of a text's Han letters: the words a headline shares with its story's lead. */
export function bigrams(text: string): Set<string> {
  const han = text.replace(/[^\p{Script=Han}A-Za-z0-9]/gu, '');
  const out = new Set<string>();
  for (let i = 0; i + 1 < han.length; i++) out.add(han.slice(i, i + 2));
  return out;
}

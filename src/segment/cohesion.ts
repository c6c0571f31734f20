/**
 * Lexical cohesion on character bigrams, IDF-weighted over the document's own paragraphs (TextTiling's idea):
 * a new article changes the vocabulary, a sub-heading keeps it.
 */

/** A sparse weighted bag of bigrams. */
export type Vec = Map<string, number>;

/** Bigrams of a text, punctuation, digits and spaces removed. */
function bigrams(s: string): Map<string, number> {
  const m = new Map<string, number>();
  const t = s.replace(/[\s\p{P}\p{S}\d]/gu, '');
  for (let i = 0; i + 1 < t.length; i++) {
    const b = t.slice(i, i + 2);
    m.set(b, (m.get(b) ?? 0) + 1);
  }
  return m;
}

/** Cosine similarity of two bags. */
export function cosine(a: Vec, b: Vec): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [k, x] of a) {
    na += x * x;
    const y = b.get(k);
    if (y) dot += x * y;
  }
  for (const y of b.values()) nb += y * y;
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

/** Adds bag b into bag a, in place. */
export function addInto(a: Vec, b: Vec): Vec {
  for (const [k, x] of b) a.set(k, (a.get(k) ?? 0) + x);
  return a;
}

/** IDF-weighted bigram bags of a document's paragraphs, and the bigrams rare in it (names, specific terms). */
export function paragraphVectors(texts: string[]): { vecs: Vec[]; isRare: (bigram: string) => boolean } {
  const grams = texts.map(bigrams);
  const df = new Map<string, number>();
  for (const g of grams) for (const b of g.keys()) df.set(b, (df.get(b) ?? 0) + 1);
  const n = texts.length;
  const vecs = grams.map((g) => {
    const v: Vec = new Map();
    for (const [b, c] of g) v.set(b, c * Math.log(n / (1 + (df.get(b) ?? 0))));
    return v;
  });
  return { vecs, isRare: (b) => (df.get(b) ?? 0) <= 3 };
}

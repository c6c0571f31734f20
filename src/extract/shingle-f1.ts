/**
 * The article-extraction benchmark's metric: bodies become multisets of 4-token shingles, where a token
 * is a run of Python-`\w` characters (letters, digits, underscore — so a whole CJK run is one token).
 */

const WORD = /[\p{L}\p{N}_]+/gu;

/** Tokens of `text` as the benchmark counts them. */
export function benchTokens(text: string): string[] {
  return text.match(WORD) ?? [];
}

function shingles(text: string, n: number): Map<string, number> {
  const tokens = benchTokens(text);
  const out = new Map<string, number>();
  const count = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < count; i++) {
    const key = tokens.slice(i, i + n).join('\u0001');
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

/** Per-page shingle overlap, normalised so tp + fp + fn = 1 (all zero when both texts are empty). */
export interface ShingleMatch {
  tp: number;
  fp: number;
  fn: number;
}

/** Compares an extracted body against the expected one over 4-token shingles. */
export function shingleMatch(expected: string, predicted: string, n = 4): ShingleMatch {
  const want = shingles(expected, n);
  const got = shingles(predicted, n);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [k, c] of got) {
    const w = want.get(k) ?? 0;
    tp += Math.min(c, w);
    fp += Math.max(0, c - w);
  }
  for (const [k, c] of want) fn += Math.max(0, c - (got.get(k) ?? 0));
  const sum = tp + fp + fn;
  return sum === 0 ? { tp: 0, fp: 0, fn: 0 } : { tp: tp / sum, fp: fp / sum, fn: fn / sum };
}

/** Precision, recall and F1 over pages: normalised counts summed over pages, F1 from the two. */
export function aggregateScores(matches: ShingleMatch[]): { precision: number; recall: number; f1: number } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const m of matches) {
    tp += m.tp;
    fp += m.fp;
    fn += m.fn;
  }
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** F1 of a single page from its normalised match. */
export function pageF1(m: ShingleMatch): number {
  const p = m.tp + m.fp === 0 ? 0 : m.tp / (m.tp + m.fp);
  const r = m.tp + m.fn === 0 ? 0 : m.tp / (m.tp + m.fn);
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

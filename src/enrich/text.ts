/** Small text helpers shared by the extractors. */

/** A sentence of the analysed text with its offset. */
export interface Sentence {
  text: string;
  start: number;
}

const SENTENCE = /[^。！？；!?\n]+(?:[。！？；!?]+[”’」』）)]*|(?=\n)|$)/g;

/** Splits text into sentences at 。！？；, keeping closing quotes with their sentence; newlines end sentences too. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  for (const m of text.matchAll(SENTENCE)) {
    if (m[0].trim()) out.push({ text: m[0], start: m.index });
  }
  return out;
}

/** Index of the sentence containing offset (binary search over sentence starts). */
export function sentenceIndexAt(sentences: Sentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sentences[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The text enrichment analyses: title, blank line, body. All offsets point into it. */
export function analysedText(article: { title: string; body: string }): string {
  return `${article.title}\n\n${article.body}`;
}

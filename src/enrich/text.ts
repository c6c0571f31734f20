/** Small text helpers shared by the extractors. */

/** A sentence of the analysed text with its offset. */
export interface Sentence {
  text: string;
  start: number;
}

const SENTENCE = /[^。！？；!?\n]+(?:[。！？；!?]+[”’」』）)]*|(?=\n)|$)/g;

/**
 * Every match of a global regex in text, as `[...text.matchAll(re)]` gives them, found with exec on `re` itself:
 * matchAll copies the regex on every call, which costs more than the search when the regex is large and the
 * text short (an alternation of every role or unit against a 400-byte article).
 */
export function matchesOf(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError(`${re.source}: matchesOf needs a global regex`);
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  // The failing exec at the end sets lastIndex back to 0.
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m);
    if (m[0] === '') re.lastIndex = advance(text, re.lastIndex, re.unicode || re.flags.includes('v'));
  }
  return out;
}

/** The index after the character at i, as matchAll steps past an empty match: a surrogate pair is one character in unicode mode. */
function advance(text: string, i: number, unicode: boolean): number {
  const pair = unicode && i + 1 < text.length && (text.charCodeAt(i) & 0xfc00) === 0xd800 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
  return i + (pair ? 2 : 1);
}

/**
 * A zeroed byte per offset of a text, for marking spans, cut from a buffer kept between articles: a fresh typed
 * array of a few hundred bytes lives outside V8's heap and costs more to make than a short article's marking.
 * Each use site makes its own; a view stays valid until that site asks for the next.
 */
export function offsetMask(): (length: number) => Uint8Array {
  let buffer = new Uint8Array(1024);
  return (length) => {
    if (buffer.length < length) buffer = new Uint8Array(Math.max(length, buffer.length * 2));
    const view = buffer.subarray(0, length);
    view.fill(0);
    return view;
  };
}

/** Splits text into sentences at 。！？；, keeping closing quotes with their sentence; newlines end sentences too. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  for (const m of matchesOf(SENTENCE, text)) {
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

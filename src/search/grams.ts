/**
 * The second index stream, beside jieba's words: Chinese as overlapping character bigrams, so that whatever the
 * segmenter made of the text and of the query, a query holding the same characters as the text finds it
 * (晶圆代工 inside 晶圆代工厂, which jieba cuts 晶圆 代工厂). A run of Han characters gives its bigrams in order
 * (动力电池 → 动力 力电 电池), a lone Han character itself; a run of other letters and digits is one token, lower
 * case; anything else only separates. A query's run is the phrase of its bigrams, which matches exactly where the
 * text holds the run. Tokens are joined by spaces: the index table's `ascii` tokenizer only splits on them.
 */

const HAN = /\p{Script=Han}/u;
const WORD = /[\p{L}\p{N}]/u;
/** Per UTF-16 code unit: 0 not known yet, 1 Han, 2 another letter or digit, 3 neither. */
const kindOf = new Uint8Array(0x10000);

function kind(code: number, ch: string): number {
  let k = kindOf[code];
  if (k === 0) kindOf[code] = k = HAN.test(ch) ? 1 : WORD.test(ch) ? 2 : 3;
  return k;
}

/** The gram tokens of a text, in order (see the module comment). Time linear in the text. */
export function gramTokens(text: string): string[] {
  const out: string[] = [];
  const s = text.replace(/[０-９Ａ-Ｚａ-ｚ]/g, (c) => c.normalize('NFKC'));
  let prevHan = '';
  let word = '';
  const flushWord = () => {
    if (word) out.push(word.toLowerCase());
    word = '';
  };
  let hanRun = 0;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    // Surrogate pairs (rare Han of the supplementary planes) are read as one character.
    const wide = code >= 0xd800 && code < 0xdc00 && i + 1 < s.length;
    const ch = wide ? s.slice(i, i + 2) : s[i];
    const k = wide ? (HAN.test(ch) ? 1 : WORD.test(ch) ? 2 : 3) : kind(code, ch);
    if (wide) i++;
    if (k === 1) {
      flushWord();
      if (hanRun > 0) {
        // The previous character was pushed alone when it started the run: its bigram replaces it.
        if (hanRun === 1) out.pop();
        out.push(prevHan + ch);
      } else out.push(ch);
      hanRun++;
      prevHan = ch;
      continue;
    }
    hanRun = 0;
    if (k === 2) word += ch;
    else flushWord();
  }
  flushWord();
  return out;
}

/** The text as the gram index stores it: its gram tokens joined by spaces. */
export function gramsForIndex(text: string): string {
  return gramTokens(text).join(' ');
}

/** True when the text holds two Han characters side by side: only then do grams find more than words do. */
export function hasHanPair(text: string): boolean {
  return /\p{Script=Han}{2}/u.test(text);
}

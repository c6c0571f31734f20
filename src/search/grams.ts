/**
 * The second index stream, beside jieba's words: Chinese as overlapping character bigrams, so that whatever the
 * segmenter made of the text and of the query, a query holding the same characters as the text finds it
 * (晶圆代工 inside 晶圆代工厂, which jieba cuts 晶圆 代工厂). A run of Han characters gives its bigrams in order
 * (动力电池 → 动力 力电 电池), a lone Han character itself; a run of other letters and digits is one token, lower
 * case, but for a name of two or more letters followed by a version (HBM3E → hbm 3e, WiFi6 → wifi 6, LPDDR5X →
 * lpddr 5x), so a model family finds its versions (HBM finds HBM3E) while a word stays whole (Intel does not find
 * Intelligence; 5G, H20 and 3nm stay one token: digit tokens are many, and phrases of them cost); anything else only
 * separates. A query's run is the phrase of its grams, which matches exactly where the text holds the run. Tokens
 * are joined by spaces: the index table's `ascii` tokenizer only splits on them.
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

/**
 * The text as the gram index stores it: its gram tokens (see the module comment) joined by spaces. One pass that
 * appends to the result, with no array of tokens: indexing calls it for every article. Time linear in the text.
 */
export function gramsForIndex(text: string): string {
  let out = '';
  let word = '';
  let prevHan = '';
  let hanRun = 0;
  const emit = (token: string) => {
    out = out ? `${out} ${token}` : token;
  };
  // A run's first character waits: it is a token of its own only if no second one follows.
  const endHanRun = () => {
    if (hanRun === 1) emit(prevHan);
    hanRun = 0;
  };
  // Whether the Latin run so far holds a digit: only a run of letters is cut from the version after it.
  let hasDigit = false;
  const endWord = () => {
    if (word) emit(word.toLowerCase());
    word = '';
    hasDigit = false;
  };
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    // Full-width letters and digits read as ASCII, as the word stream reads them (NFKC).
    if ((code >= 0xff10 && code <= 0xff19) || (code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a)) code -= 0xfee0;
    // Surrogate pairs (rare Han of the supplementary planes) are read as one character.
    const wide = code >= 0xd800 && code < 0xdc00 && i + 1 < text.length;
    const ch = wide ? text.slice(i, i + 2) : String.fromCharCode(code);
    const k = wide ? (HAN.test(ch) ? 1 : WORD.test(ch) ? 2 : 3) : kind(code, ch);
    if (wide) i++;
    if (k === 1) {
      endWord();
      if (hanRun > 0) emit(prevHan + ch);
      hanRun++;
      prevHan = ch;
      continue;
    }
    endHanRun();
    if (k !== 2) endWord();
    else {
      if (isDigit(code) && word.length >= 2 && !hasDigit) endWord();
      if (isDigit(code)) hasDigit = true;
      word += ch;
    }
  }
  endHanRun();
  endWord();
  return out;
}

/** An ASCII digit (full-width ones are read as ASCII before this is asked). */
const isDigit = (code: number) => code >= 0x30 && code <= 0x39;

/** The gram tokens of a text, in order (see the module comment). */
export function gramTokens(text: string): string[] {
  const grams = gramsForIndex(text);
  return grams ? grams.split(' ') : [];
}

/** True when the text holds two Han characters side by side. */
export function hasHanPair(text: string): boolean {
  return /\p{Script=Han}{2}/u.test(text);
}

/**
 * True when the grams may find more than the words: the text holds two Han characters side by side (a word cut
 * differently in the text), or is a Latin name of two or more letters (a model family: HBM in HBM3E). A lone Han
 * character, and any other Latin, is the same in both streams.
 */
export function gramsFindMore(text: string): boolean {
  return hasHanPair(text) || /^[A-Za-z]{2,}$/.test(text.normalize('NFKC'));
}

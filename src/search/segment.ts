import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';

/**
 * Chinese-aware tokenising shared by indexing and querying. jieba cuts text into words; a word of three or more
 * characters is further tiled into the dictionary words it is made of (动力电池 → 动力 电池, 蓄电池 → 蓄 电池), so
 * the index holds one stream of fine tokens in text order. Searching a word then means searching the phrase of its
 * tiles: 电池 is found inside 动力电池, 动力电池 finds 动力 电池 side by side but not 动力 蓄 电池, and any run of
 * words stays a phrase because tiles keep their positions (cutForSearch's overlapping sub-words would break
 * adjacency). Tokens are separated by U+200B, which FTS tokenizers treat as a separator and which re-joins to
 * the original text by deletion.
 */
export const TOKEN_SEPARATOR = '\u200b';

/** A letter or digit: what FTS tokenizers keep; everything else separates tokens on its own. */
const WORD_CHAR = /[\p{L}\p{N}]/u;
const ALL_HAN = /^\p{Script=Han}+$/u;
/** Per UTF-16 code unit: 0 not known yet, 1 a word character, 2 not one. */
const wordCodeKnown = new Uint8Array(0x10000);

/**
 * Whether the code unit at `i` of `s` is a word character (WORD_CHAR), memoised by code unit: called for both
 * ends of every token of every article indexed. A lone surrogate is not one, as WORD_CHAR.test says of it.
 */
function isWordChar(s: string, i: number): boolean {
  const code = s.charCodeAt(i);
  let known = wordCodeKnown[code];
  if (known === 0) wordCodeKnown[code] = known = WORD_CHAR.test(s[i]) ? 1 : 2;
  return known === 1;
}

/** A word as the index writes it; see Segmenter.indexForm. */
interface IndexForm {
  text: string;
  startsWord: boolean;
  endsWord: boolean;
}

/** Bound on memoised index forms (a few MB). */
const MAX_CACHED_FORMS = 100_000;

/** Segments text for the index and for queries; building one loads jieba's dictionary (a few hundred ms). */
export class Segmenter {
  private readonly jieba: Jieba;
  private wordSet: Set<string> | undefined;
  private charCounts: Map<string, number> | undefined;
  private readonly forms = new Map<string, IndexForm>();

  constructor() {
    this.jieba = Jieba.withDict(dict);
  }

  /**
   * The dictionary's words of 2–4 characters, which tiling looks up. Built at the first word to tile (about
   * 0.3 s), not with the Segmenter: a query of short words, such as 芯片, never needs it.
   */
  private get words(): Set<string> {
    return this.wordSet ?? this.readDictionary().words;
  }

  /** Reads the dictionary's words of 2–4 characters (wordSet) and its one-character words with their frequencies (charCounts). */
  private readDictionary(): { words: Set<string>; chars: Map<string, number> } {
    const words = new Set<string>();
    const chars = new Map<string, number>();
    for (const line of new TextDecoder().decode(dict).split('\n')) {
      const space = line.indexOf(' ');
      const word = line.slice(0, space);
      if (word.length >= 2 && word.length <= 4) words.add(word);
      else if (word.length === 1) chars.set(word, Number.parseInt(line.slice(space + 1), 10) || 0);
    }
    [this.wordSet, this.charCounts] = [words, chars];
    return { words, chars };
  }

  /** How often jieba's dictionary counts a character as a word of its own (大 144,099, 钠 894; 0 if never). */
  charFrequency(char: string): number {
    return (this.charCounts ?? this.readDictionary().chars).get(char) ?? 0;
  }

  /** True for a word of 2–4 characters of the segmenter's dictionary (大数据). */
  isWord(word: string): boolean {
    return this.words.has(word);
  }

  /** The text with U+200B between adjacent tokens, otherwise unchanged (after NFKC): what the FTS index stores. */
  segmentForIndex(text: string): string {
    let out = '';
    let lastIsWord = false;
    for (const word of this.jieba.cut(normalize(text), true)) {
      // Most words have one or two characters: nothing to tile, so no memo to look up.
      const form = word.length < 3 ? undefined : this.indexForm(word);
      if (lastIsWord && (form ? form.startsWord : isWordChar(word, 0))) out += TOKEN_SEPARATOR;
      out += form ? form.text : word;
      lastIsWord = form ? form.endsWord : isWordChar(word, word.length - 1);
    }
    return out;
  }

  /**
   * A word of jieba's as the index writes it: its tiles joined by U+200B where two word characters meet, and
   * whether it starts and ends with one. Memoised: an archive's vocabulary is small next to its word count, and
   * tiling dominated indexing time.
   */
  private indexForm(word: string): IndexForm {
    let form = this.forms.get(word);
    if (form) return form;
    const pieces = this.tile(word);
    let text = pieces[0];
    for (let k = 1; k < pieces.length; k++) {
      const before = pieces[k - 1];
      if (isWordChar(before, before.length - 1) && isWordChar(pieces[k], 0)) text += TOKEN_SEPARATOR;
      text += pieces[k];
    }
    form = { text, startsWord: isWordChar(word, 0), endsWord: isWordChar(word, word.length - 1) };
    // Numbers and names make the vocabulary open-ended: start afresh rather than grow without bound.
    if (this.forms.size >= MAX_CACHED_FORMS) this.forms.clear();
    this.forms.set(word, form);
    return form;
  }

  /** The query text as words, each word the list of its fine tokens (punctuation dropped, case kept). */
  queryWords(text: string): string[][] {
    const words: string[][] = [];
    for (const word of this.jieba.cut(normalize(text), true)) {
      const tokens = this.tile(word).flatMap((piece) => piece.split(/[^\p{L}\p{N}]+/u)).filter(Boolean);
      if (tokens.length) words.push(tokens);
    }
    return words;
  }

  /**
   * Tiles a CJK word of 3+ characters into the dictionary words it is made of, down to words of 1–2 characters:
   * fewest single characters first, then fewest pieces, ties to the shorter first piece (Chinese compounds are
   * head-final: 蓄电池 → 蓄 电池). 监测数据 → 监测 数据, 华为技术有限公司 → 华为 技术 有限 公司.
   */
  private tile(word: string): string[] {
    if (!ALL_HAN.test(word)) return [word];
    const chars = [...word];
    const n = chars.length;
    if (n < 3 || n > 16) return [word];
    // best[i]: the best tiling of chars[i..]: its single characters, its pieces, where its first piece ends.
    const best: { singles: number; pieces: number; next: number }[] = new Array(n + 1);
    best[n] = { singles: 0, pieces: 0, next: n };
    for (let i = n - 1; i >= 0; i--) {
      for (let j = i + 1; j <= Math.min(n, i + 4); j++) {
        if (j - i === n) continue;
        if (j - i > 1 && !this.words.has(chars.slice(i, j).join(''))) continue;
        const rest = best[j];
        const cand = { singles: rest.singles + (j - i === 1 ? 1 : 0), pieces: rest.pieces + 1, next: j };
        const cur = best[i];
        if (!cur || cand.singles < cur.singles || (cand.singles === cur.singles && cand.pieces < cur.pieces)) best[i] = cand;
      }
    }
    const pieces: string[] = [];
    for (let i = 0; i < n; i = best[i].next) {
      const piece = chars.slice(i, best[i].next).join('');
      pieces.push(...(piece.length >= 3 ? this.tile(piece) : [piece]));
    }
    return pieces;
  }
}

/** Full-width letters and digits as ASCII (punctuation kept as printed), no stray separators or control characters. */
function normalize(text: string): string {
  return text
    .replace(/[０-９Ａ-Ｚａ-ｚ]/g, (c) => c.normalize('NFKC'))
    .replace(/[\u200b\u0000-\u0008\u000b-\u001f]/g, ' ');
}

/** Removes the token separators: segmented text back to what the reader wrote. */
export function unsegment(text: string): string {
  return text.replaceAll(TOKEN_SEPARATOR, '');
}

let shared: Segmenter | undefined;

/** One Segmenter per process: the dictionary is large and read-only. */
export function sharedSegmenter(): Segmenter {
  shared ??= new Segmenter();
  return shared;
}

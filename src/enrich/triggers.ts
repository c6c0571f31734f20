/**
 * Word triggers: a finder that can only find something around a word of some kind (an event's suffix, a legal form,
 * 等 before a list's closer) asks first whether the article has such a word at all, and most short articles have
 * none for most finders. Every trigger's test is worked out once per word and kept with the word's dictionary entry
 * as one bit (see wordFact); an article's bits are the OR over its tokens, made in one pass on the first question
 * and shared by every finder, instead of each finder's own pass over every token.
 */
import { perKnowledge } from './data.js';
import { wordFact, type Token } from './segmenter.js';

/** A kind of word a finder needs: its bit in a word's trigger bits. */
export interface Trigger {
  readonly bit: number;
}

const tests: ((word: string) => boolean)[] = [];
/** Set on the first question: triggers made later would be missing from the bits already worked out. */
let asked = false;

/** A new trigger, true of the words `test` is true of; made once per module, at load. */
export function trigger(test: (word: string) => boolean): Trigger {
  if (asked) throw new Error('word triggers are made at module load, before any article is asked about');
  if (tests.length >= 31) throw new Error('more than 31 word triggers');
  tests.push(test);
  return { bit: 1 << (tests.length - 1) };
}

/** Which triggers a word fires, as bits. */
function bitsOf(word: string): number {
  let bits = 0;
  for (let i = 0; i < tests.length; i++) if (tests[i](word)) bits |= 1 << i;
  return bits;
}

/** A word's bits, kept with its dictionary entry. */
const TRIGGER_BITS = wordFact(bitsOf);

/**
 * A single character's bits by its code (-1: not worked out yet): most single characters' dictionary entries are
 * never looked up (see LazyToken), and the one pass must not look them up either.
 */
const charBits = perKnowledge(() => new Int32Array(0x10000).fill(-1));

function tokenBits(token: Token): number {
  if (token.word.length !== 1) return token.fact(TRIGGER_BITS);
  const chars = charBits();
  const code = token.word.charCodeAt(0);
  let bits = chars[code];
  if (bits < 0) bits = chars[code] = bitsOf(token.word);
  return bits;
}

/** Each token list's bits, made on the first question about it. */
const articleBits = new WeakMap<Token[], number>();

/** True when some token of the list is a word `t` is true of: else the finder needing it finds nothing. */
export function fired(tokens: Token[], t: Trigger): boolean {
  let bits = articleBits.get(tokens);
  if (bits === undefined) {
    asked = true;
    bits = 0;
    for (const token of tokens) bits |= tokenBits(token);
    articleBits.set(tokens, bits);
  }
  return (bits & t.bit) !== 0;
}

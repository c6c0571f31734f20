/**
 * Word triggers: a finder that can only find something around a word of some kind (an event's suffix, a legal form,
 * 等 before a list's closer) asks first whether the article has such a word at all, and most short articles have
 * none for most finders. Every trigger's test is worked out once per word and kept with the word's dictionary entry
 * as one bit (see wordFact); an article's bits are the OR over its tokens, made in one pass on the first question
 * and shared by every finder, instead of each finder's own pass over every token.
 */
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
const TRIGGER_BITS = wordFact((word) => {
  let bits = 0;
  for (let i = 0; i < tests.length; i++) if (tests[i](word)) bits |= 1 << i;
  return bits;
});

/** Each token list's bits, made on the first question about it. */
const articleBits = new WeakMap<Token[], number>();

/** True when some token of the list is a word `t` is true of: else the finder needing it finds nothing. */
export function fired(tokens: Token[], t: Trigger): boolean {
  let bits = articleBits.get(tokens);
  if (bits === undefined) {
    asked = true;
    bits = 0;
    for (const token of tokens) bits |= token.fact(TRIGGER_BITS);
    articleBits.set(tokens, bits);
  }
  return (bits & t.bit) !== 0;
}

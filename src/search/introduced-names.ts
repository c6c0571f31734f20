import { hanNameBefore, isHanName, isShortFormOf, type NamePair } from './bracketed-names.js';

/**
 * A word introducing another name of the thing just named, outside brackets or opening them: 简称 (a short form),
 * 又称, 也称, 亦称, 俗称, 又名, 又叫 (another name: 生猪养殖，俗称养猪; 自动化立体仓库（又称立体库）). The name introduced
 * runs to the next punctuation mark, quoted or not. 即 is left out: it opens a clause as often as a name. One space
 * at most before the word: a run of spaces read from every start before it would be read again from each (quadratic).
 */
const INTRODUCED = /([，,（(]?)\s?(简称|又称|也称|亦称|俗称|又名|又叫)[为作：:]?\s*[“"「『]?(\p{Script=Han}{2,12})[”"」』]?(?=[，,。；;、）)\s]|$)/gu;

/** A numeral or demonstrative and a measure word opening the run (一款, 这种, 该类): they say which one, no part of the term. */
const DETERMINER = /^[一两几这那该此每某][种款类个项台套件]/u;

/**
 * The pairs of names a text prints as `name，简称 short` or `name，俗称 other` (and 又称, 也称, 亦称, 又名, 又叫, also
 * opening a bracket): a term's everyday or short name the archive teaches, which search then reads as its form
 * (src/search/learned-aliases.ts), as it reads the names printed in brackets (bracketedNames). A short form (简称) must
 * hold the name's characters in order and be a name as a whole; another name of three characters or more must be a
 * name as a whole, not a clause (又称其为…); the name before must be one too (该系统又称… names nothing).
 */
export function introducedNames(text: string): NamePair[] {
  const out: NamePair[] = [];
  for (const m of text.matchAll(INTRODUCED)) {
    const [, , word, other] = m;
    const name = withoutDeterminer(text.slice(Math.max(0, m.index - 64), m.index));
    if (!name || name === other) continue;
    // A short form is checked by its characters; an everyday name of two characters is a common word by nature (养猪).
    if (word === '简称' ? other.length < name.length && isShortFormOf(other, name) && isHanName(other) : other.length === 2 || isHanName(other)) out.push([name, other]);
  }
  return out;
}

/**
 * The name ending `before` (hanNameBefore) without a determiner opening it, also where the name was read from the
 * determiner's measure word on (这类芯片 read as 类芯片, whose 这 jieba cuts apart); null when what is left is no
 * name as a whole (芯片, a common word, names no one thing).
 */
function withoutDeterminer(before: string): string | null {
  const name = hanNameBefore(before);
  if (!name) return null;
  const wider = before.slice(-name.length - 1);
  const opened = DETERMINER.test(wider) ? wider : DETERMINER.test(name) ? name : null;
  if (!opened) return name;
  const rest = opened.replace(DETERMINER, '');
  return isHanName(rest) ? rest : null;
}

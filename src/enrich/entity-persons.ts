/**
 * People, found by what surrounds a name in news prose: a title before it (局长罗俊杰, CTO Mark Russinovich),
 * a speech verb after it at the start of a clause (，周国华表示), or an organisation right before it (科大讯飞周国华：).
 */
import { patternData } from './data.js';
import { escapeRegExp } from './entity-lexicon.js';
import type { Token } from './segmenter.js';

/** A person name found by pattern, with the title printed before it. */
export interface PatternPerson {
  start: number;
  end: number;
  text: string;
  role: string | null;
  /** Where the role (or the name, when there is no role) starts: an organisation ending here is the affiliation. */
  prefixStart: number;
}

const CJK = /^[\u4e00-\u9fff]+$/;
/** Adverbs and particles that follow a name (王坚还表示, 简单地说) and so rarely end one. */
const NOT_NAME_END = new Set([...'还也则就又都曾再便亦在对向与和将为等说称地的得了着过']);
const LATIN_NAME = /^[A-Z][a-zA-Z'-]+(?: [A-Z][a-zA-Z'-]+){1,2}/;

interface PersonLexicon {
  roles: RegExp;
  speech: RegExp;
  surnames: Set<string>;
  compound: string[];
  followers: string[];
  notNames: Set<string>;
  /** A speech verb or colon right after a name. */
  speechAfter: RegExp;
}

let lexicon: PersonLexicon | undefined;

function personLexicon(): PersonLexicon {
  if (lexicon) return lexicon;
  const p = patternData();
  const roles = [...p.roles].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
  const verbs = [...p.speechVerbs].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
  lexicon = {
    roles: new RegExp(`(${roles}) ?`, 'g'),
    speech: new RegExp(`(?<=^|[，。；：、“”（(\\s])([\\u4e00-\\u9fff]{2,4}?)(?=${verbs}|：)`, 'gm'),
    surnames: new Set([...p.surnames]),
    compound: p.compoundSurnames,
    followers: [...p.nameFollowers].sort((a, b) => b.length - a.length),
    notNames: new Set(p.notNames),
    speechAfter: new RegExp(`^(?:${verbs}|：)`),
  };
  return lexicon;
}

/** Length of the surname at the head of s (2 for 欧阳, 1 for 王), 0 when s does not start with one. */
function surnameLength(s: string, lex: PersonLexicon): number {
  if (lex.compound.some((c) => s.startsWith(c))) return 2;
  return lex.surnames.has(s[0]) ? 1 : 0;
}

/** True when the candidate starts with an ordinary word of two or more characters (普遍认为, 平均来说), not a name. */
function isCommonWord(start: number, name: string, tokenAt: Map<number, Token>): boolean {
  const tok = tokenAt.get(start);
  return !!tok && tok.word.length >= 2 && name.startsWith(tok.word) && !tok.tag.startsWith('nr');
}

/**
 * A Chinese name of 2–3 characters (4 with a compound surname) at pos, followed by a word names are followed
 * by — or, after a title (`afterRole`), by any word that starts where the name ends (院长张建锋正式发布).
 */
function nameAt(text: string, pos: number, lex: PersonLexicon, tokenAt: Map<number, Token>, afterRole = false): string | null {
  const sl = surnameLength(text.slice(pos, pos + 2), lex);
  if (!sl) return null;
  for (const given of [2, 1]) {
    const name = text.slice(pos, pos + sl + given);
    if (name.length !== sl + given || !CJK.test(name) || lex.notNames.has(name)) continue;
    if (given === 2 && NOT_NAME_END.has(name[name.length - 1])) continue;
    const rest = text.slice(pos + name.length);
    const boundary = afterRole && tokenAt.has(pos + name.length) && (tokenAt.get(pos + name.length)?.word.length ?? 0) >= 2;
    if (rest !== '' && !boundary && !lex.followers.some((f) => rest.startsWith(f))) continue;
    if (isCommonWord(pos, name, tokenAt)) continue;
    return name;
  }
  return null;
}

/**
 * Finds person names; `isKnown` rejects candidates that are known organisation or place names;
 * `orgEnds` are offsets where an organisation name ends, for the 科大讯飞周国华： pattern.
 */
export function findPatternPersons(
  text: string,
  tokens: Token[],
  isKnown: (name: string) => boolean,
  orgEnds: number[],
): PatternPerson[] {
  const lex = personLexicon();
  const tokenAt = new Map(tokens.map((t) => [t.start, t]));
  const out: PatternPerson[] = [];
  for (const m of text.matchAll(lex.roles)) {
    const pos = m.index + m[0].length;
    const latin = LATIN_NAME.exec(text.slice(pos, pos + 40));
    const name = latin ? latin[0] : nameAt(text, pos, lex, tokenAt, true);
    if (!name || isKnown(name)) continue;
    out.push({ start: pos, end: pos + name.length, text: name, role: m[1], prefixStart: m.index });
  }
  for (const m of text.matchAll(lex.speech)) {
    const cand = m[1];
    const name = nameAt(text, m.index, lex, tokenAt);
    if (!name || name !== cand || isKnown(name)) continue;
    out.push({ start: m.index, end: m.index + name.length, text: name, role: null, prefixStart: m.index });
  }
  for (const pos of orgEnds) {
    const name = nameAt(text, pos, lex, tokenAt);
    if (!name || isKnown(name) || !lex.speechAfter.test(text.slice(pos + name.length))) continue;
    out.push({ start: pos, end: pos + name.length, text: name, role: null, prefixStart: pos });
  }
  return out;
}

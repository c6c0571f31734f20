/** One jieba instance per process, with the industry user dictionary and every known entity name loaded. */
import { Jieba } from '@node-rs/jieba';
import { dict, idf as bundledIdf } from '@node-rs/jieba/dict.js';
import { countyData, gazetteerData, orgData, perKnowledge, userDictText } from './data.js';

/** A segmented word with its part-of-speech tag and where it starts in the text. */
export interface Token {
  readonly word: string;
  readonly tag: string;
  readonly start: number;
  /** jieba's bundled inverse document frequency of the word, or the table's median for a word it lacks. */
  readonly idf: number;
  /** What `fact` says of this token's word, worked out once per word rather than once per token (see wordFact). */
  fact<T>(fact: WordFact<T>): T;
}

/**
 * Something an extractor reads from a word and its tag alone (is it a term, a known name, a tag keyword):
 * remembered with the word's dictionary entry, so each extractor's lookup of a token is one array read after
 * the first article that has the word. Worked out again when the knowledge in use changes, as the entries are.
 */
export interface WordFact<T> {
  readonly slot: number;
  /** Must not return undefined (the mark of a fact not worked out yet). */
  readonly of: (word: string, tag: string) => T;
}

let factSlots = 0;

/** A new word fact; made once per module, at load (each takes a slot in every word's entry). */
export function wordFact<T>(of: (word: string, tag: string) => T): WordFact<T> {
  return { slot: factSlots++, of };
}

/** Every dictionary word with its tag and IDF, found with one lookup. */
interface Lexicon {
  index: Map<string, number>;
  /** Part of speech; '' for a word only the IDF table lists. */
  tags: string[];
  /** NaN where the IDF table does not list the word. */
  idf: number[];
  medianIdf: number;
  /**
   * Tag and IDF of the words seen lately: most lookups repeat a few thousand words, and a small map stays in
   * the CPU cache where the full index (half a million words) does not.
   */
  recent: Map<string, WordInfo>;
}

/** What the dictionary says about one word, and the word facts worked out for it so far (by slot). */
interface WordInfo {
  tag: string;
  idf: number;
  facts: unknown[];
}

/** Size at which the recent-words map starts afresh. */
const RECENT_WORDS = 20000;

/** The word's tag and IDF, from the recent words or the full index. */
function wordInfo(lexicon: Lexicon, word: string): WordInfo {
  let info = lexicon.recent.get(word);
  if (info) return info;
  const i = lexicon.index.get(word) ?? -1;
  const idf = i >= 0 ? lexicon.idf[i] : NaN;
  // Every slot there from the start: an array filled as facts are asked for, in any order, has holes and is slower to read.
  info = { tag: (i >= 0 && lexicon.tags[i]) || fallbackTag(word), idf: Number.isNaN(idf) ? lexicon.medianIdf : idf, facts: new Array(factSlots).fill(undefined) };
  if (lexicon.recent.size >= RECENT_WORDS) lexicon.recent.clear();
  lexicon.recent.set(word, info);
  return info;
}

/** A token whose dictionary entry is looked up on first use: most single characters are never asked for theirs. */
class LazyToken implements Token {
  private info: WordInfo | undefined;
  constructor(
    readonly word: string,
    readonly start: number,
    private readonly lexicon: Lexicon,
  ) {}

  get tag(): string {
    return (this.info ??= wordInfo(this.lexicon, this.word)).tag;
  }

  get idf(): number {
    return (this.info ??= wordInfo(this.lexicon, this.word)).idf;
  }

  fact<T>(fact: WordFact<T>): T {
    const info = (this.info ??= wordInfo(this.lexicon, this.word));
    let value = info.facts[fact.slot] as T | undefined;
    if (value === undefined) info.facts[fact.slot] = value = fact.of(this.word, info.tag);
    return value;
  }
}

/** Dictionary lines for known organisations (nt) and places (ns), so jieba keeps them whole. */
function entityDictLines(): string[] {
  const lines: string[] = [];
  const add = (word: string, tag: string) => {
    if (!/\s/.test(word) && word.length >= 2) lines.push(`${word} 50000 ${tag}`);
  };
  for (const org of orgData()) for (const n of [org.name, ...org.aliases]) add(n, 'nt');
  const gaz = gazetteerData();
  for (const p of gaz.provinces) {
    for (const n of [p.name, ...p.short]) add(n, 'ns');
    for (const c of p.cities) add(c, 'ns');
  }
  for (const counties of Object.values(countyData())) for (const n of counties) add(n, 'ns');
  for (const c of gaz.countries) for (const n of [c.name, ...c.aliases]) add(n, 'ns');
  for (const r of gaz.regions) for (const n of [r.name, ...(r.aliases ?? [])]) add(n, 'ns');
  return lines;
}

/** Adds dictionary lines (`word freq tag`); a word already listed keeps its tag, as in jieba. */
function addTags(lines: string, lex: Lexicon): void {
  for (const line of lines.split('\n')) {
    const parts = dictFields(line);
    if (parts.length < 3 || lex.index.has(parts[0])) continue;
    lex.index.set(parts[0], lex.tags.length);
    lex.tags.push(parts[2]);
    lex.idf.push(NaN);
  }
}

/**
 * A dictionary line's fields. Nearly every line is `word freq tag` with single spaces: read by position. Every process
 * that enriches parses jieba's 349k lines once, cold: 457 → 257 ms (the same tags) against a whitespace split.
 */
function dictFields(line: string): string[] {
  const a = line.indexOf(' ');
  const b = a > 0 ? line.indexOf(' ', a + 1) : -1;
  if (b > a + 1 && b < line.length - 1 && line.indexOf(' ', b + 1) < 0 && line.indexOf('\t') < 0 && line.indexOf('\r') < 0) {
    return [line.slice(0, a), line.slice(a + 1, b), line.slice(b + 1)];
  }
  return line.trim().split(/\s+/);
}

/** Adds jieba's IDF table (`word idf`) to the entries, and notes its median for unlisted words. */
function addIdf(lines: string, lex: Lexicon): void {
  const values: number[] = [];
  for (const line of lines.split('\n')) {
    const sp = line.lastIndexOf(' ');
    if (sp <= 0) continue;
    const word = line.slice(0, sp);
    const v = Number(line.slice(sp + 1));
    values.push(v);
    let i = lex.index.get(word);
    if (i === undefined) {
      i = lex.tags.length;
      lex.index.set(word, i);
      lex.tags.push('');
      lex.idf.push(NaN);
    }
    lex.idf[i] = v;
  }
  values.sort((a, b) => a - b);
  lex.medianIdf = values[values.length >> 1] ?? 10;
}

/** The segmenter with the user dictionary and entity names of the knowledge in use, rebuilt when it changes. */
const load = perKnowledge((): { jieba: Jieba; lexicon: Lexicon } => {
  const user = `${userDictText()}\n${entityDictLines().join('\n')}\n`;
  const jieba = Jieba.withDict(dict);
  jieba.loadDict(Buffer.from(user));
  const lexicon: Lexicon = { index: new Map(), tags: [], idf: [], medianIdf: 10, recent: new Map() };
  addTags(Buffer.from(dict).toString('utf8'), lexicon);
  addTags(user, lexicon);
  addIdf(Buffer.from(bundledIdf).toString('utf8'), lexicon);
  return { jieba, lexicon };
});

/** The shared segmenter, created on first use (loading the dictionaries takes a few hundred ms). */
export function segmenter(): Jieba {
  return load().jieba;
}


/** Tag of a word the dictionary does not list: Latin words, numbers, punctuation and spaces. */
function fallbackTag(word: string): string {
  if (/[A-Za-z]/.test(word)) return 'eng';
  if (/^[0-9０-９]/.test(word)) return 'm';
  return 'x';
}

/**
 * Segments and POS-tags a text, giving each token its character offset. Same tokens and tags as jieba's
 * `tag` without HMM (every multi-character token is a dictionary word), but `cut` plus a dictionary lookup
 * runs about three times faster.
 */
export function tokenize(text: string): Token[] {
  const { jieba, lexicon } = load();
  const tokens: Token[] = [];
  let start = 0;
  for (const word of jieba.cut(text)) {
    tokens.push(new LazyToken(word, start, lexicon));
    start += word.length;
  }
  return tokens;
}

/**
 * True for a dictionary word more common than the median word of jieba's IDF table (港口, 银行业, not 电新): one a
 * writer is likely to have meant when its characters are printed together.
 */
export function isCommonWord(word: string): boolean {
  const { lexicon } = load();
  const i = lexicon.index.get(word);
  return i !== undefined && lexicon.idf[i] < lexicon.medianIdf;
}

/** True for a word jieba's dictionaries list (高新, 持有): two characters it left apart may still make one. */
export function isDictionaryWord(word: string): boolean {
  return load().lexicon.index.has(word);
}

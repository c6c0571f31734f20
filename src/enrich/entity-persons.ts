/**
 * People, found by what surrounds a name in news prose: a title before it (局长罗俊杰, CTO Mark Russinovich),
 * a speech verb after it at the start of a clause (，周国华表示), or an organisation right before it (科大讯飞周国华：).
 */
import { patternData } from './data.js';
import { escapeRegExp, knownSurfaces } from './entity-lexicon.js';
import { industryVocabulary } from './entity-orgs.js';
import { isCommonWord as isFrequentWord, type Token } from './segmenter.js';
import { matchesOf } from './text.js';

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
/** A transliterated foreign name: parts joined by · (or a hyphen, 让-马克·谢里), or one run of up to six characters (冯德莱恩, 帕特·基辛格). */
const TRANSLITERATED = /^[\u4e00-\u9fff]{1,8}(?:[·-][\u4e00-\u9fff]{1,8})*/;
/** Conjunctions that end a foreign name joined by · (卢克·范登霍夫与合肥市签署). */
const JOINED_NAME_END = /^[与和及]/;
/** Times of day jieba may tag as a name (总裁今天上午/nr 表示). */
const TIME_OF_DAY = /[今昨明当前]天|上午|下午|中午|晚间|凌晨/;
/** What follows the name after 聘任 / 任命: the post it is given (聘任梁宝俊为副总经理). */
const APPOINTED_AS = /^(?:为|担任|出任|接任|兼任)/;
/** A post given, right after a name at a clause's start (李晓东任…总经理, 王伟连任会长). */
const APPOINTED_TO = /^(?:连任|升任|调任|出任|接任|兼任|任)/;
/** A day printed right after a name: 3月20日, 20日. */
const DAY_AFTER = /^\d{1,2}(?:月\d{1,2})?日/;
/** A surname and one character for a title: 王总, 张董, 李局 call a person by rank, not by name. */
const TITLE_CALL = new Set([...'总董局处']);
/** What names of researchers are followed by (潘建伟团队, 欧阳明高院士团队). */
const TEAM_AFTER = '团队|课题组|院士|教授|研究员';
/** A researcher's title and team after a name (戴琼海院士团队), or another name and its team (潘建伟、张强团队). */
const TEAM_TITLE = /(?:院士|教授|研究员)$/;
const TEAM_FOLLOWS = /^(?:院士|教授|研究员)?团队/;
const LISTED_TEAM = /^、[\u4e00-\u9fff]{2,3}(?:院士|教授|研究员)?(?:团队|课题组)/;
/** A name joined by · or a hyphen before the post it is given (任命马尔科·莱赫蒂宁为首席财务官). */
const JOINED_APPOINTED = /^[\u4e00-\u9fff]{1,8}?(?:[·-][\u4e00-\u9fff]{1,8}?)+(?=为|担任|出任|接任|兼任)/;
/** Any chief officer (首席产品官, 首席营销官, 首席数据官…), beside those the titles list: the house styles name new ones often. */
const CHIEF_OFFICER = '首席[\\u4e00-\\u9fff]{1,4}?官';
/** What follows a title printed after the name (孙正义会长表示, 梅赫罗特拉总裁在声明中表示). */
const AFTER_TITLE_AFTER_NAME = /^(?:在|就|对)/;
/** Titles of those spoken to or writing, not of the name printed before them. */
const NOT_AFTER_NAME = /^(?:记者|通讯员)/;
/** The characters a clause starts after (punctuation, quotes, brackets, spaces), for character classes. */
const CLAUSE_CHARS = '，。；：、“”（(\\s';
/** Where a clause starts: a name printed before its title starts there. */
const CLAUSE_START = new RegExp(`[${CLAUSE_CHARS}]`);
/** Honorifics printed only after a person's name (张朝阳先生出席, 获奖的李梅女士). */
const HONORIFIC = /先生|女士|同志/g;
/** What ends a list of names (邬贺铨、倪光南等院士, 张伟、刘洋四人, 王磊、李娜两位工程师). */
const LIST_END = /^(?:等|[两二三四五六七八九十\d]+(?:位|人|名))/;
/** Where a clause of a list starts: a list of names runs between two of these. */
const LIST_BREAK = /[，。；：“”（）()\s]/;

interface PersonLexicon {
  roles: RegExp;
  /** A title at the start of a text. */
  roleFirst: RegExp;
  /** 聘任 / 任命… before a name that 为 or 担任 follows. */
  appointing: RegExp;
  speech: RegExp;
  spokeAt: RegExp;
  spokeAtHint: RegExp;
  surnames: Set<string>;
  compound: string[];
  /** Tibetan names' first words (扎西顿珠), read as surnames of two characters. */
  heads: string[];
  followers: string[];
  notNames: Set<string>;
  /** A speech verb or colon right after a name. */
  speechAfter: RegExp;
  /** Where a name spoke, right after it (在股东大会上说). */
  spokeAtAfter: RegExp;
  /** A name at a clause's start given a post that ends the clause (刘建国任装备工业一司司长，). */
  appointedTo: RegExp;
}

let lexicon: PersonLexicon | undefined;

function personLexicon(): PersonLexicon {
  if (lexicon) return lexicon;
  const p = patternData();
  const roles = [...p.roles].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
  const alternation = (words: string[]) => [...words].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
  // A name being appointed or elected is followed as a quoted one is (王秀军当选会长, 梁宝俊此前担任).
  const verbs = alternation([...p.speechVerbs, ...p.appointVerbs]);
  lexicon = {
    roles: new RegExp(`(${roles}|${CHIEF_OFFICER}) ?`, 'g'),
    roleFirst: new RegExp(`^(?:${roles}|${CHIEF_OFFICER})`),
    appointing: new RegExp(`(?:${alternation(p.appointingVerbs)})`, 'g'),
    // A name also starts after 的 ending a long clause about it (在慈溪经营二十多年的陈安平认为).
    speech: new RegExp(`(?<=^|[${CLAUSE_CHARS}的])([\\u4e00-\\u9fff]{2,4}?)(?=${verbs}|：)`, 'gm'),
    // Where a name spoke (杨杰在业绩发布会上称): found from the rare 上+verb back to the clause's start.
    // … or when (在接受采访时说).
    spokeAt: new RegExp(`(?<=^|[${CLAUSE_CHARS}])([\\u4e00-\\u9fff]{2,4}?)在[^，。；：\\n]{1,14}?[上中时](?:${verbs})`, 'gm'),
    spokeAtHint: new RegExp(`[上中时](?:${verbs})`),
    surnames: new Set([...p.surnames]),
    compound: p.compoundSurnames,
    heads: p.nameHeads,
    followers: [...p.nameFollowers, ...p.appointVerbs].sort((a, b) => b.length - a.length),
    notNames: new Set(p.notNames),
    speechAfter: new RegExp(`^(?:${verbs}|：|${TEAM_AFTER})`),
    spokeAtAfter: new RegExp(`^在[^，。；：\\n]{1,14}?[上中时](?:${verbs})`),
    appointedTo: new RegExp(`(?<=^|[${CLAUSE_CHARS}])([\\u4e00-\\u9fff]{2,4}?)${APPOINTED_TO.source.slice(1)}[^，。；：\\n]{1,24}?(?:${roles}|${CHIEF_OFFICER})(?=[，。；\\n]|$)`, 'gm'),
  };
  return lexicon;
}

/** The token starting at an offset, if one does. */
type TokenAt = (offset: number) => Token | undefined;

/** Finds tokens by start offset with a binary search over the (ordered) tokens, instead of building a map per article. */
function tokenFinder(tokens: Token[]): TokenAt {
  return (offset) => {
    let lo = 0;
    let hi = tokens.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const start = tokens[mid].start;
      if (start === offset) return tokens[mid];
      if (start < offset) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  };
}

/** Length of the surname at the head of s (2 for 欧阳, 1 for 王), 0 when s does not start with one. */
function surnameLength(s: string, lex: PersonLexicon): number {
  if (lex.compound.some((c) => s.startsWith(c)) || isNameHead(s, lex)) return 2;
  return lex.surnames.has(s[0]) ? 1 : 0;
}

/** True when s starts with a Tibetan name's first word (扎西顿珠), which jieba reads as a place or a noun. */
const isNameHead = (s: string, lex: PersonLexicon) => lex.heads.some((h) => s.startsWith(h));

/** Tags of words jieba reads as a place or a descriptive term (黄海, 柳河, 黄奕), which a name may look like. */
const NAME_LIKE_TAGS = new Set(['ns', 'nz', 'nt', 'j', 'z']);

/**
 * True when the candidate starts with an ordinary word of two or more characters (普遍认为, 平均来说), not a name;
 * between a title and a speech verb (局长黄海表示) a word jieba reads as a place or term is taken for a name, and right
 * after a title a rare word that is the whole name (研究员常远在会后说, 总经理钱程介绍): a title is followed by a name far
 * more often than by a word jieba's IDF calls rare, while the frequent ones (明确, 严肃) modify the verb.
 */
function isCommonWord(start: number, name: string, tokenAt: TokenAt, titled: boolean, afterRole: boolean): boolean {
  const tok = tokenAt(start);
  if (!tok || tok.word.length < 2 || !name.startsWith(tok.word) || tok.tag.startsWith('nr')) return false;
  if (afterRole && tok.word === name && !isFrequentWord(name)) return false;
  return !(titled && NAME_LIKE_TAGS.has(tok.tag));
}

/**
 * True when what follows the surname is a known place (向上海), or a known organisation outside a title, not a
 * given name: after a title a name may read as a company's short name (董事长何小鹏).
 */
function isPlaceOrWord(given: string, afterRole: boolean, surnameAlone: boolean): boolean {
  const known = given.length > 1 ? knownSurfaces().get(given) : undefined;
  // After a title, a surname jieba cut off by itself before a place is a name (副总经理林赤峰).
  return !!known && (known.type === 'place' ? !(afterRole && surnameAlone) : !afterRole);
}

/**
 * A foreign name after a title, up to the speech verb or punctuation that ends it (主席冯德莱恩表示): kept when
 * longer than the Chinese reading would give, holds a name-tagged token and no ordinary word of two characters.
 */
function transliteratedAt(text: string, pos: number, tokenAt: TokenAt, lex: PersonLexicon): string | null {
  const run = TRANSLITERATED.exec(text.slice(pos, pos + 30))?.[0];
  if (!run) return null;
  let end = run.length;
  let atVerb = false;
  for (let i = 1; i < run.length; i++) {
    // What follows is looked at by anchored patterns of a few characters: a short slice keeps this linear.
    const rest = text.slice(pos + i, pos + i + 12);
    if (lex.speechAfter.test(rest) || /^(?:在|就|对|将|已|于)/.test(rest)) { end = i; break; }
    // After a ·, a word names follow, a time word or a conjunction ends the name too (西雅尔多·彼得出席…, 帕特·基辛格去年…,
    // 卢克·范登霍夫与…签署): transliterations do not use 与, 和 or 及.
    if (/[·-]/.test(run) && i > Math.max(run.lastIndexOf('·'), run.lastIndexOf('-')) + 1 && (lex.followers.some((f) => f.length > 1 && rest.startsWith(f)) || tokenAt(pos + i)?.tag === 't' || JOINED_NAME_END.test(rest) || isClauseWord(tokenAt(pos + i)))) { end = i; break; }
    // A name of one run of three or more ends before a conjunction that joins it to the next name (佐藤健一和…出席).
    if (i >= 3 && !/[·-]/.test(run) && JOINED_NAME_END.test(rest) && CLAUSE_CHAR_TAGS.has(tokenAt(pos + i)?.tag ?? '')) { end = i; break; }
    // A name of one run ends where a time word or a verb of two characters starts (冯德莱恩当天表示, 特朗普签署…).
    const next = i >= 3 && !/[·-]/.test(run) ? tokenAt(pos + i) : undefined;
    if (next && next.word.length >= 2 && (next.tag === 't' || next.tag === 'v')) { end = i; atVerb = true; break; }
  }
  const name = run.slice(0, end);
  if (TIME_OF_DAY.test(name)) return null;
  const joined = /[·-]/.test(name);
  if (name.replace(/[·-]/g, '').length < 3 || name.replace(/[·-]/g, '').length > 12) return null;
  if (!joined && name.length > 6) return null;
  const inside: Token[] = [];
  for (let at = pos; at < pos + name.length; ) {
    const t = tokenAt(at);
    if (!t) return null;
    inside.push(t);
    at += t.word.length;
  }
  if (inside[inside.length - 1].start + inside[inside.length - 1].word.length !== pos + name.length) return null;
  // Cut at a verb, the run may hold the clause's own words (朱铁拿着刚 + 出炉, 葛群则 + 认为): single characters that
  // are clause words rule it out.
  if (atVerb && inside.some((t) => t.word.length === 1 && (CLAUSE_CHAR_TAGS.has(t.tag) || t.tag === 'uz'))) return null;
  // A run whose first part reads as Chinese words is a headline's column name before its subject (被投企业·某公司：…).
  if (joined && isColumnName(inside.filter((t) => t.start < pos + name.indexOf('·')))) return null;
  // Cut at a speech verb, the run may end on an adverb of the clause (吴思远则 + 表示): the Chinese reading has the name.
  if (!joined && inside[inside.length - 1].word.length === 1 && NOT_NAME_END.has(name[name.length - 1])) return null;
  const named = inside.some((t) => t.tag.startsWith('nr'));
  const ordinary = inside.some(ordinaryWord);
  return joined || (named && !ordinary) || japaneseName(name, inside, text.slice(pos + name.length, pos + name.length + 12), lex) ? name : null;
}

/**
 * A foreign name of two characters after a title, one word jieba reads as a transliterated name, before a speech verb
 * (首席执行官库克表示) or a time word or verb of two characters, as a longer foreign name ends (首席执行官库克本周访华).
 */
function shortForeignAt(text: string, pos: number, tokenAt: TokenAt, lex: PersonLexicon): string | null {
  const t = tokenAt(pos);
  if (t?.tag !== 'nrt' || t.word.length !== 2) return null;
  const next = tokenAt(pos + 2);
  return lex.speechAfter.test(text.slice(pos + 2, pos + 14)) || (next && next.word.length >= 2 && (next.tag === 't' || next.tag === 'v')) ? t.word : null;
}

/** Tags of the two-character pieces jieba cuts a Japanese name into (小池/n 淳 义, 三木/n 谷 浩 史). */
const NAME_PIECE_TAGS = new Set(['n', 'nr', 'nrt', 'ns', 'nz']);
/** Tags of single characters the first part of a transliterated name joined by · never holds (被/p, 的/uj, 而/c). */
const JOINED_NEVER_TAGS = new Set(['p', 'c', 'uj', 'ul']);

/**
 * True when the first part of a run joined by · reads as Chinese words, not a transliterated given name: it holds a
 * preposition, particle or conjunction (被投企业), or two frequent words (会员 风采). A given name is one word (约翰, 大卫)
 * or rare pieces (安德烈亚 斯); a later part may hold a piece jieba tags a preposition (马库斯·班 根/p).
 */
const isColumnName = (first: Token[]) =>
  first.some((t) => t.word.length === 1 && JOINED_NEVER_TAGS.has(t.tag)) || first.filter((t) => isClauseWord(t)).length >= 2;
/** Tags of single characters that are words of a clause, not pieces of a name (谈/v 算力, 官 安/v 德 根/p). */
const CLAUSE_CHAR_TAGS = new Set(['v', 'p', 'c', 'd', 'r', 'u', 'uj', 'ul', 'f', 'q']);

/**
 * A Japanese name after a title (社长小池淳义表示, 社长山口贤治表示, 理事长山川宏表示, 执行董事山本幸雄在演讲中介绍): four or
 * five characters right before a speech verb or where it spoke, or three opening with no Chinese surname, cut into single
 * characters and two-character nouns, which the Chinese reading misses.
 */
function japaneseName(name: string, inside: Token[], rest: string, lex: PersonLexicon): boolean {
  return (name.length === 3 ? surnameLength(name, lex) === 0 : name.length >= 4) && name.length <= 5 && (lex.speechAfter.test(rest) || lex.spokeAtAfter.test(rest) || DAY_AFTER.test(rest) || (name.length >= 4 && JOINED_NAME_END.test(rest))) && inside.some((t) => t.word.length === 1) &&
    inside.every((t, k) => (t.word.length === 1 && !CLAUSE_CHAR_TAGS.has(t.tag)) || (t.word.length === 2 && NAME_PIECE_TAGS.has(t.tag) && !industryVocabulary().has(t.word)) || lastVerbPiece(name, inside, k));
}

/** The last character of a name of four or five that jieba reads as a verb (山口/ns 贤 治/v), the speech verb right after it. */
const lastVerbPiece = (name: string, inside: Token[], k: number) => name.length >= 4 && k === inside.length - 1 && k > 0 && inside[k].word.length === 1 && (inside[k].tag === 'v' || inside[k].tag === 'd');

/** A frequent word of two or more characters, no name's or place's: it ends a foreign name joined by · (安德烈亚斯·舒尔茨 + 专程来到). */
const isClauseWord = (t: Token | undefined) => !!t && ordinaryWord(t) && isFrequentWord(t.word);

/** A word of two or more characters that is no name, place or punctuation (说明, 会员). */
function ordinaryWord(t: Token): boolean {
  return t.word.length >= 2 && !t.tag.startsWith('nr') && t.tag !== 'ns' && t.tag !== 'x';
}

/**
 * A Chinese name of 2–3 characters (4 with a compound surname) at pos, followed by a word names are followed
 * by — or, after a title (`afterRole`), by any word that starts where the name ends (院长张建锋正式发布).
 */
function nameAt(text: string, pos: number, lex: PersonLexicon, tokenAt: TokenAt, afterRole = false, followedBy?: RegExp): string | null {
  const sl = surnameLength(text.slice(pos, pos + 2), lex);
  const first = tokenAt(pos);
  // A name starts a word: 向 of 正向上海 is the end of another word, not a surname.
  if (!sl || !first) return null;
  for (const given of [2, 1]) {
    const name = text.slice(pos, pos + sl + given);
    if (name.length !== sl + given || !CJK.test(name) || lex.notNames.has(name)) continue;
    if (given === 2 && NOT_NAME_END.has(name[name.length - 1])) continue;
    if (given === 1 && TITLE_CALL.has(name[sl])) continue;
    // An industry term is no given name: 院士谈算力网络 is a verb and its object.
    if (industryVocabulary().has(name.slice(sl))) continue;
    const rest = text.slice(pos + name.length);
    // After a title, the name may be followed by a longer word or by the day it spoke (首席执行官李健3月20日表示).
    const boundary = (afterRole && ((tokenAt(pos + name.length)?.word.length ?? 0) >= 2 || DAY_AFTER.test(rest) || lex.spokeAtAfter.test(rest))) || !!followedBy?.test(rest);
    if (rest !== '' && !boundary && !lex.followers.some((f) => rest.startsWith(f))) continue;
    const titled = afterRole && (lex.speechAfter.test(rest) || lex.spokeAtAfter.test(rest));
    if ((!isNameHead(name, lex) && isCommonWord(pos, name, tokenAt, titled, afterRole)) || isPlaceOrWord(name.slice(sl), afterRole, first.word.length === sl)) continue;
    return name;
  }
  return null;
}

/**
 * A name printed before its title at the start of a clause, the title followed by a speech verb or where it spoke
 * (，孙正义会长表示, 梅赫罗特拉总裁在声明中表示): a Chinese name as nameAt reads it, or a foreign one as after a title.
 */
function nameBeforeTitle(text: string, titleStart: number, titleEnd: number, tokenAt: TokenAt, lex: PersonLexicon): Omit<PatternPerson, 'role'> | null {
  const rest = text.slice(titleEnd, titleEnd + 12);
  // 向记者表示: a reporter is spoken to, and a name before one ends at the preposition, not the title.
  if (NOT_AFTER_NAME.test(text.slice(titleStart, titleEnd)) || NOT_NAME_END.has(text[titleStart - 1])) return null;
  const spoke = lex.speechAfter.test(rest) || AFTER_TITLE_AFTER_NAME.test(rest) || lex.followers.some((f) => f.length > 1 && rest.startsWith(f));
  let start = titleStart;
  while (start > 0 && titleStart - start < 12 && !CLAUSE_START.test(text[start - 1])) start--;
  if ((start > 0 && !CLAUSE_START.test(text[start - 1])) || titleStart - start < 2) return null;
  // Whatever follows the title, a name jieba reads as one whole name is one (，王建宙董事长随后作主旨演讲).
  const whole = tokenAt(start);
  if (!spoke && !(whole?.tag.startsWith('nr') && start + whole.word.length === titleStart)) return null;
  const head = text.slice(0, titleStart);
  const name = nameAt(head, start, lex, tokenAt) ?? transliteratedAt(head, start, tokenAt, lex);
  return name && start + name.length === titleStart ? { start, end: titleStart, text: name, prefixStart: start } : null;
}

/**
 * A person whose name is a city's or county's (首席执行官宁安在接受采访时说, 局长金华表示): right after a title and
 * right before a speech verb or where it spoke, a place is no place but the one who speaks.
 */
function placeNamedAfterTitle(text: string, pos: number, name: string, lex: PersonLexicon): boolean {
  const rest = text.slice(pos + name.length, pos + name.length + 24);
  return knownSurfaces().get(name)?.type === 'place' && name.length <= 3 && surnameLength(name, lex) > 0 && (lex.speechAfter.test(rest) || lex.spokeAtAfter.test(rest));
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
  const tokenAt = tokenFinder(tokens);
  const out: PatternPerson[] = [];
  lex.roles.lastIndex = 0;
  for (let m = lex.roles.exec(text); m; m = lex.roles.exec(text)) {
    const pos = m.index + m[0].length;
    const latin = LATIN_NAME.exec(text.slice(pos, pos + 40));
    const chinese = latin ? null : nameAt(text, pos, lex, tokenAt, true);
    const foreign = latin ? null : transliteratedAt(text, pos, tokenAt, lex) ?? shortForeignAt(text, pos, tokenAt, lex);
    const name = latin ? latin[0] : foreign && foreign.length > (chinese?.length ?? 0) ? foreign : chinese;
    if (!name) {
      // No name after it: the name may be printed before it (孙正义会长表示), and a title may start inside this one
      // (资源部长官安德根: 部长, then 长官).
      const before = nameBeforeTitle(text, m.index, pos, tokenAt, lex);
      if (before && !isKnown(before.text)) out.push({ ...before, role: m[1] });
      lex.roles.lastIndex = m.index + 1;
    }
    if (!name || (isKnown(name) && !placeNamedAfterTitle(text, pos, name, lex))) continue;
    out.push({ start: pos, end: pos + name.length, text: name, role: m[1], prefixStart: m.index });
  }
  for (const m of matchesOf(lex.appointing, text)) {
    const pos = m.index + m[0].length;
    // A title before the name (提名独立董事安德鲁·威尔逊接任) is read with the titles.
    const name = nameAt(text, pos, lex, tokenAt, true, APPOINTED_AS) ?? (lex.roleFirst.test(text.slice(pos, pos + 12)) ? undefined : JOINED_APPOINTED.exec(text.slice(pos, pos + 40))?.[0]);
    if (!name || isKnown(name) || !APPOINTED_AS.test(text.slice(pos + name.length))) continue;
    out.push({ start: pos, end: pos + name.length, text: name, role: null, prefixStart: pos });
  }
  // A researcher after 与/和 and before a title and team (与戴琼海院士团队合作), or listed before a team (潘建伟、张强团队):
  // the title, or the list, after the name is the cue.
  for (let at = text.indexOf('团队'); at >= 0; at = text.indexOf('团队', at + 2)) {
    const title = TEAM_TITLE.exec(text.slice(Math.max(0, at - 3), at))?.[0] ?? '';
    for (const len of [3, 2, 4]) {
      const pos = at - title.length - len;
      if (pos < 1 || !(title ? /[与和及、]/ : /、/).test(text[pos - 1])) continue;
      const name = nameAt(text, pos, lex, tokenAt, true, TEAM_FOLLOWS);
      if (name?.length === len && !isKnown(name)) out.push({ start: pos, end: pos + len, text: name, role: null, prefixStart: pos });
    }
  }
  for (const m of matchesOf(lex.appointedTo, text)) {
    const name = nameAt(text, m.index, lex, tokenAt, false, APPOINTED_TO);
    if (name === m[1] && !isKnown(name)) out.push(person(m.index, name));
  }
  const speeches = matchesOf(lex.speech, text);
  if (lex.spokeAtHint.test(text)) speeches.push(...matchesOf(lex.spokeAt, text));
  for (const m of speeches) {
    const cand = m[1];
    const name = nameAt(text, m.index, lex, tokenAt);
    if (!name || name !== cand || isKnown(name)) continue;
    out.push({ start: m.index, end: m.index + name.length, text: name, role: null, prefixStart: m.index });
  }
  for (const pos of orgEnds) {
    const name = nameAt(text, pos, lex, tokenAt);
    const rest = name ? text.slice(pos + name.length, pos + name.length + 12) : '';
    if (!name || isKnown(name) || !(lex.speechAfter.test(rest) || LISTED_TEAM.test(rest) || lex.spokeAtAfter.test(rest))) continue;
    out.push({ start: pos, end: pos + name.length, text: name, role: null, prefixStart: pos });
  }
  out.push(...honoured(text, lex, tokenAt, isKnown), ...joinedSpeakers(text, lex, tokenAt, isKnown, out));
  out.push(...listed(text, lex, tokenAt, isKnown, new Set(out.map((p) => p.text))));
  out.push(...joinedByAnd(text, lex, tokenAt, isKnown, out));
  return out;
}

/** What joins two names of one clause (陈冬和王杰, 航天员武飞与张洪章). */
const AND = /[和与及]/;

/**
 * A name joined by 和, 与 or 及 to a name found after a title (航天员武飞和张洪章组成), read up to a word's end as a
 * list's last name is.
 */
function joinedByAnd(text: string, lex: PersonLexicon, tokenAt: TokenAt, isKnown: (name: string) => boolean, found: PatternPerson[]): PatternPerson[] {
  const out: PatternPerson[] = [];
  for (const p of found) {
    if (p.role === null || !AND.test(text[p.end] ?? '')) continue;
    const at = p.end + 1;
    // jieba reads the surname as a name's, or cuts it alone (张/q 洪/nr 章): not a word of two characters (市场部).
    const first = tokenAt(at);
    if (!first || !(first.tag.startsWith('nr') || first.word.length === 1)) continue;
    for (const len of [3, 2]) {
      if (!tokenAt(at + len) && at + len !== text.length) continue;
      const name = nameOfLength(text.slice(0, at + len), at, len, lex, tokenAt, /^$/);
      if (name && !isKnown(name)) { out.push(person(at, name)); break; }
    }
  }
  return out;
}

/** Tags of a clause's words a surname's character may be (向/p, 与/p, 和/c): not measure words, which jieba gives surnames (张/q). */
const CLAUSE_LEAD_TAGS = new Set(['v', 'p', 'c', 'd', 'r', 'u', 'uj', 'ul']);

/** The name at pos of exactly len characters, or null; the first character is no clause word jieba cut off (向李梅). */
function nameOfLength(text: string, pos: number, len: number, lex: PersonLexicon, tokenAt: TokenAt, followedBy: RegExp): string | null {
  const first = tokenAt(pos);
  if (pos < 0 || !first || (first.word.length === 1 && CLAUSE_LEAD_TAGS.has(first.tag))) return null;
  const name = nameAt(text, pos, lex, tokenAt, false, followedBy);
  return name?.length === len ? name : null;
}

const person = (start: number, text: string): PatternPerson => ({ start, end: start + text.length, text, role: null, prefixStart: start });

/** Names before an honorific (张朝阳先生出席, 获奖的李梅女士和赵刚先生): the longest name that ends there. */
function honoured(text: string, lex: PersonLexicon, tokenAt: TokenAt, isKnown: (name: string) => boolean): PatternPerson[] {
  const out: PatternPerson[] = [];
  for (const m of matchesOf(HONORIFIC, text)) {
    for (const len of [4, 3, 2]) {
      const name = nameOfLength(text, m.index - len, len, lex, tokenAt, HONORIFIC_AFTER);
      if (name && !isKnown(name)) { out.push(person(m.index - len, name)); break; }
    }
  }
  return out;
}
const HONORIFIC_AFTER = /^(?:先生|女士|同志)/;

/** The tokens from one offset up to another, from where a token starts; a run that ends inside a token stops before it. */
function tokensFrom(tokenAt: TokenAt, from: number, to: number): Token[] {
  const out: Token[] = [];
  for (let at = from, t = tokenAt(at); t && at + t.word.length <= to; at += t.word.length, t = tokenAt(at)) out.push(t);
  return out;
}

/** Where a name with no title may start: a clause's start, or 的 ending a long clause about it (…工厂运营的戴维·米勒说). */
const SPEAKER_START = new RegExp(`[${CLAUSE_CHARS}的]`);

/**
 * A foreign name joined by · at the start of a clause or after 的, before a speech verb or where it spoke, with no
 * title (埃隆·马斯克在社交平台上表示): the · marks a transliterated person's name.
 */
function joinedSpeakers(text: string, lex: PersonLexicon, tokenAt: TokenAt, isKnown: (name: string) => boolean, found: PatternPerson[]): PatternPerson[] {
  const out: PatternPerson[] = [];
  const dotsFound = new Set(found.flatMap((p) => [...text.slice(p.start, p.end)].flatMap((c, k) => (c === '·' ? [p.start + k] : []))));
  for (let at = text.indexOf('·'); at >= 0; at = text.indexOf('·', at + 1)) {
    let start = at;
    while (start > 0 && at - start < 8 && !SPEAKER_START.test(text[start - 1])) start--;
    // A name found already, after its title (董事会主席弗兰克·耶里表示), is no name with the title.
    if ((start > 0 && !SPEAKER_START.test(text[start - 1])) || dotsFound.has(at)) continue;
    const name = transliteratedAt(text, start, tokenAt, lex);
    if (!name) {
      // A headline's column name before the · (会员风采·张三表示) ends there: a Chinese name may speak after it.
      const chinese = isColumnName(tokensFrom(tokenAt, start, at)) ? nameAt(text, at + 1, lex, tokenAt) : null;
      const after = chinese ? text.slice(at + 1 + chinese.length, at + 1 + chinese.length + 24) : '';
      if (chinese && !isKnown(chinese) && (lex.speechAfter.test(after) || lex.spokeAtAfter.test(after))) out.push(person(at + 1, chinese));
      continue;
    }
    const rest = text.slice(start + name.length, start + name.length + 24);
    if (!name.includes('·') || isKnown(name) || out.some((p) => p.start === start) || !(lex.speechAfter.test(rest) || lex.spokeAtAfter.test(rest))) continue;
    out.push(person(start, name));
  }
  return out;
}

/**
 * Names listed with 、 (邬贺铨、倪光南、陈左宁等院士; 王磊、李娜两位工程师): every item a name, the list ended by 等 or a
 * count of people, or one of its names found elsewhere in the text.
 */
function listed(text: string, lex: PersonLexicon, tokenAt: TokenAt, isKnown: (name: string) => boolean, found: Set<string>): PatternPerson[] {
  const out: PatternPerson[] = [];
  for (let at = text.indexOf('、'); at >= 0; ) {
    // The list's span: from the clause's start to its end, its items between 、.
    let from = at;
    while (from > 0 && !LIST_BREAK.test(text[from - 1])) from--;
    let to = at;
    while (to < text.length && !LIST_BREAK.test(text[to])) to++;
    const items: PatternPerson[] = [];
    let offset = from;
    const parts = text.slice(from, to).split('、');
    let ok = true;
    for (const [i, part] of parts.entries()) {
      const mate = items.some((p) => found.has(p.text));
      const name = i === 0 ? [4, 3, 2].map((len) => nameOfLength(text, offset + part.length - len, len, lex, tokenAt, /^、/)).find((n) => n && offset + part.length - n.length >= offset) : i < parts.length - 1 ? nameOfLength(text, offset, part.length, lex, tokenAt, /^、/) : lastListed(text, offset, part, lex, tokenAt, found, mate);
      if (!name || isKnown(name)) { ok = false; break; }
      items.push(person(i === 0 ? offset + part.length - name.length : offset, name));
      offset += part.length + 1;
    }
    const ended = ok && (LIST_END.test(text.slice(items[items.length - 1].end, items[items.length - 1].end + 4)) || items.some((p) => found.has(p.text)));
    if (ended) out.push(...items);
    at = text.indexOf('、', to);
  }
  return out;
}

/**
 * The last name of a list: at the start of its item, before 等, a count, a title, a speech verb or the clause's end;
 * in a list of names found elsewhere (航天员陈冬、陈中瑞、王杰顺利返回), also a name jieba reads as one that ends a word.
 */
function lastListed(text: string, offset: number, part: string, lex: PersonLexicon, tokenAt: TokenAt, found: Set<string>, mate: boolean): string | null {
  for (const len of [4, 3, 2]) {
    if (len > part.length) continue;
    const rest = part.slice(len);
    // Read up to a word's end only, as a name before its title is (王杰 + 顺利, not 王杰顺).
    if (mate && tokenAt(offset)?.tag.startsWith('nr') && tokenAt(offset + len) && nameOfLength(text.slice(0, offset + len), offset, len, lex, tokenAt, /^$/)) return text.slice(offset, offset + len);
    const name = nameOfLength(text, offset, len, lex, tokenAt, LIST_END);
    if (name && (rest === '' || LIST_END.test(rest) || lex.roleFirst.test(rest) || lex.speechAfter.test(rest) || found.has(name))) return name;
  }
  return null;
}

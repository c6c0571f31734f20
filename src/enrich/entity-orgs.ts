/**
 * Names not in the alias table, found by their ending over jieba tokens: organisations (公司, 集团, 研究院,
 * 大学, 管理局…), companies with a coined name (乐鑫科技) and zones (保税区, 新区, 开发区).
 */
import { gazetteerData, patternData, perKnowledge, tagData } from './data.js';
import { INDUSTRY_TAIL } from './entity-aliases.js';
import { countryOfPrefix, escapeRegExp, findKnown, knownSurfaces, type KnownMention } from './entity-lexicon.js';
import { isDictionaryWord, wordFact, type Token } from './segmenter.js';
import { fired, trigger } from './triggers.js';

/** A name found by pattern. */
export interface PatternName {
  start: number;
  end: number;
  text: string;
  kind: string;
  /** Its country, where the text says it apart from the name (意大利工业机器人企业Robotica Veneta). */
  country?: string | null;
}

/** Tags a word inside a name may carry. */
const NAME_TAGS = new Set(['n', 'nz', 'ns', 'nt', 'nr', 'nrt', 'nrfg', 'j', 'eng', 'vn', 'ng', 'nl', 'an', 'a', 's']);
/** A noun jieba tags as a numeral and measure word (零部件/mq) inside a name: no number opens it. */
const NOUN_AS_MQ = (t: Token) => t.tag === 'mq' && !/^[一二三四五六七八九十两几数百千万\d]/.test(t.word);
/** Tags that make a word a proper name, fit to start a name. */
const PROPER_TAGS = new Set(['nz', 'ns', 'nt', 'nr', 'nrt', 'nrfg', 'j', 'eng']);
/** Generic heads that may start a state body's name. */
const STATE_HEADS = new Set(['国家', '中国', '中央', '全国', '中华人民共和国', '国务院']);
const GOV_SUFFIXES = new Set(['管理委员会', '管委会', '委员会', '管理局', '监督管理局', '总局', '办公室', '人民政府', '政府', '市委', '省委', '区委', '县委', '党委', '人民法院', '法院', '中院', '人民检察院', '检察院', '海关', '厅', '部', '局', '委']);
const MAX_LENGTH = 20;
/** Characters of a registered brand read from common nouns (住友电工, 三井化学): a trade name is two to four. */
const BRAND_CHARS = 4;
/** Words ending in a body's one-character suffix that name no body (新加坡区域总部 is a company's office, 东南亚布局 a plan). */
const NOT_BODIES = new Set(['总部', '内部', '外部', '全部', '局部', '干部', '头部', '底部', '顶部', '本部', '布局', '格局', '大局', '开局', '变局',
  // A company's divisions and departments (工业电子事业部, 青岛移动政企事业部): the company is meant, named or not.
  '事业部', '营销部', '市场部', '销售部', '物资部', '投行部', '政企部']);
/**
 * A company's department jieba cuts off its 部 (政企/部, 货运/部) or its division (刻蚀事业部), or a laboratory named by its
 * designation or its purpose alone (全国重点实验室, 研发实验室): a unit of some body, named by no one. 技术部 is left out: 科学技术部 is a ministry.
 */
const UNIT_OF_NO_NAME = /^(?:[^部]*(?:政企|货运|客户|采购|财务|研发|人力资源|法务|品牌|运营|业务|事业)部|(?:国家|全国)?重点实验室|研发(?:实验室|中心))$/;
/**
 * True for a department or a designation that names no body (see UNIT_OF_NO_NAME) — unless a country abroad opens it:
 * 韩国法务部 is a government's ministry.
 */
function isUnitOfNoName(text: string): boolean {
  return UNIT_OF_NO_NAME.test(text) && (countryOfPrefix(text) ?? '中国') === '中国';
}
/** One-character suffixes: a name ending in one needs a proper start (笔记本电脑部 is a product, not a ministry). */
const SHORT_SUFFIX = /^[部局厅委]$/;
/** Suffixes of companies, for which a generic modifier makes a class of companies (上市公司), not a name. */
const COMPANY_SUFFIXES = new Set(['公司', '集团', '集团公司', '控股集团', '股份']);
/** Bare legal-form words that may follow a name's suffix (浙江大华技术股份 + 有限公司). */
const LEGAL_FORMS = new Set(['有限公司', '有限责任公司', '股份有限公司', '集团有限公司', '公司']);
const CHINESE_NUMERAL = /^[一二三四五六七八九十百两]+$/;

function kindOf(suffix: string): string {
  if (GOV_SUFFIXES.has(suffix)) return 'government';
  if (/大学|学院|研究|实验室|科学院|工程院|中心|医院/.test(suffix)) return 'institute';
  if (/联盟|协会|学会|基金会|联合会|商会|促进会|研究会|分会/.test(suffix)) return 'association';
  return 'company';
}

/**
 * Suffixes grouped by the code of their last character, longest first, so most tokens are rejected by one lookup
 * (by code: taking a Chinese character out of a token as a string allocates one, for every token).
 */
type SuffixTable = Map<number, string[]>;

function suffixTable(suffixes: string[]): SuffixTable {
  const table: SuffixTable = new Map();
  for (const s of [...suffixes].sort((a, b) => b.length - a.length)) {
    const last = s.charCodeAt(s.length - 1);
    table.set(last, [...(table.get(last) ?? []), s]);
  }
  return table;
}

/**
 * The suffix a token ends with, if any; one-character suffixes (部, 局) only as a whole token or a word jieba tags as
 * an organisation's name (广播电视局/nt).
 */
function suffixOf(word: string, table: SuffixTable, nt = false): string | null {
  for (const s of table.get(word.charCodeAt(word.length - 1)) ?? []) {
    if (!word.endsWith(s)) continue;
    if (s.length === 1 && word.length > 1 && (!nt || NOT_BODIES.has(word))) continue;
    return s;
  }
  return null;
}

/** The body's word a name ends with (银行, 研究院, 局), by the organisations' suffix table, or null. */
export function nameSuffixOf(name: string): string | null {
  return suffixOf(name, patternTables().org, true);
}

interface PatternTables { org: SuffixTable; place: SuffixTable; stop: Set<string>; associationStop: Set<string>; nameVerbs: Set<string>; zoneClassWords: Set<string> }

/** Words a name stops at that an association's name holds (中国通信企业协会, 中国开放指令生态联盟, 工业互联网平台联盟). */
const INSIDE_ASSOCIATION = new Set(['企业', '生态', '平台']);
let tables: PatternTables | undefined;

function patternTables(): PatternTables {
  const p = patternData();
  return (tables ??= { org: suffixTable(p.orgSuffixes), place: suffixTable(p.placeSuffixes), stop: new Set(p.orgStopWords), associationStop: new Set(p.orgStopWords.filter((w) => !INSIDE_ASSOCIATION.has(w))), nameVerbs: new Set(p.nameVerbs), zoneClassWords: new Set(p.zoneClassWords) });
}

/** A token made of company endings alone (集团股份/nz): jieba may tag it a proper noun, but it names no one. */
const ENDINGS_ONLY = /^(?:集团|股份|控股|有限|公司)+$/;

/**
 * Walks left from the token at i over name-like tokens. Generic words are crossed only until a proper name is
 * reached; from then on only proper names (美国 微软 公司) or a bracketed place (中国电信（宁波）…) extend it,
 * so 工信部委托北京理工大学 stops at 北京理工大学.
 */
function extendLeft(tokens: Token[], i: number, stop: Set<string>, isSuffix: (w: string) => boolean): number {
  let j = i;
  let length = tokens[i].word.length;
  // An association's suffix alone (联合会) is no proper name, even when jieba tags it as one; a government body's
  // (管委会) still ends the name there, as a body named by generic words alone (园区管委会) is no name.
  const bareSuffix = isSuffix(tokens[i].word) && !GOV_SUFFIXES.has(tokens[i].word);
  let proper = PROPER_TAGS.has(tokens[i].tag) && tokens[i].word.length > 2 && !bareSuffix && !ENDINGS_ONLY.test(tokens[i].word) && !isFieldBody(tokens[i].word);
  while (j > 0) {
    const prev = tokens[j - 1];
    if (j >= 3 && /^[）)]$/.test(prev.word) && isProper(tokens[j - 2]) && /^[（(]$/.test(tokens[j - 3].word)) {
      const inner = tokens[j - 2].word.length + 2;
      if (length + inner > MAX_LENGTH) break;
      j -= 3;
      length += inner;
      continue;
    }
    // 成都市经济和信息化局, 上海微系统与信息技术研究所: 和/与 join two generic words inside a name, until a proper
    // name is reached.
    // Not after a body's name (中国电信芜湖分公司与 + 市数据局) nor before a lone level (与 + 市数据局): two bodies.
    if (!proper && (prev.word === '和' || prev.word === '与' || prev.word === '及') && j >= 2 && NAME_TAGS.has(tokens[j - 2].tag) && !stop.has(tokens[j - 2].word) && !isSuffix(tokens[j - 2].word) &&
      !LONE_LEVEL.test(tokens[j].word) && suffixOf(tokens[j - 2].word, patternTables().org) === null) {
      if (length + 1 + tokens[j - 2].word.length > MAX_LENGTH) break;
      j -= 2;
      length += 1 + tokens[j].word.length;
      if (isProper(tokens[j])) proper = true;
      continue;
    }
    // RISC-V国际基金会: a hyphen inside a Latin name.
    if (prev.word === '-' && j >= 2 && tokens[j].tag === 'eng' && tokens[j - 2].tag === 'eng') {
      j -= 2;
      length += 1 + tokens[j].word.length;
      continue;
    }
    if (!(NAME_TAGS.has(prev.tag) || NOUN_AS_MQ(prev) || patternTables().nameVerbs.has(prev.word)) || stop.has(prev.word) || isSuffix(prev.word)) break;
    if (proper && !isProper(prev)) break;
    if (length + prev.word.length > MAX_LENGTH) break;
    j--;
    length += prev.word.length;
    if (isProper(prev)) proper = true;
  }
  return j;
}

/**
 * A body's word named by its field alone (经济委员会/nt, 经济局): no proper name, however jieba tags it, so a name may still
 * run left across 和 to the field and place before it (上海市浦东新区科技和经济委员会).
 */
function isFieldBody(word: string): boolean {
  const suffix = [...GOV_SUFFIXES].find((s) => word.length > s.length && word.endsWith(s));
  if (suffix === undefined || word.length - suffix.length > 4) return false;
  // A state body (国家能源局/nt) is a name of its own: nothing before 和 belongs to it.
  const field = word.slice(0, -suffix.length);
  return ![...STATE_HEADS].some((h) => field.startsWith(h)) && !findKnown(field).length;
}

/** A proper noun that is no industry term jieba tags as one (集成电路/nz): 半导体及集成电路产业投资基金 names no one. */
function isProper(t: Token): boolean {
  return PROPER_TAGS.has(t.tag) && !industryVocabulary().has(t.word);
}

/** Class modifiers and industry terms (the tag keywords), without the countries classVocabulary adds. */
export const industryVocabulary = perKnowledge((): Set<string> => {
  const words = new Set(patternData().classModifiers);
  for (const t of tagData().tags) for (const k of Object.keys(t.keywords)) words.add(k);
  return words;
});

/** Keeps a name only when it starts with a proper name or state head, so 大型科技公司 or 互联网企业 are not names. */
function startsProperly(first: Token, knownStarts: Set<number>): boolean {
  return isProper(first) || knownStarts.has(first.start) || STATE_HEADS.has(first.word);
}

/** Words that describe a kind of company: class modifiers, industry terms, countries, regions beyond one country. */
const classVocabulary = perKnowledge((): Set<string> => {
  const classWords = new Set(patternData().classModifiers);
  for (const t of tagData().tags) for (const k of Object.keys(t.keywords)) classWords.add(k);
  for (const c of gazetteerData().countries) for (const n of [c.name, ...c.aliases]) classWords.add(n);
  // A region beyond one country places a kind of company as a country does (欧洲芯片公司).
  for (const r of gazetteerData().regions) if (r.country === null) classWords.add(r.name);
  return classWords;
});

/**
 * True when every piece of a company's modifier says what kind of company it is (网络安全 + 公司, AI 科技 公司), or
 * the pieces together are one such word jieba cut in two (央 + 企 + 控股集团).
 */
function isClassOfCompanies(pieces: string[]): boolean {
  const vocabulary = classVocabulary();
  return pieces.length > 0 && (pieces.every((p) => vocabulary.has(p)) || vocabulary.has(pieces.join('')));
}

/** Words that place companies in an area without naming one (安徽省境内上市公司, 本地民营企业). */
const AREA_WORDS = new Set(['境内', '境外', '省内', '市内', '区内', '本地', '当地', '辖区', '全省', '全市']);

/** Words before a company's name that make it a kind of company in a scope (国内GPU公司, 海外芯片企业). */
const CLASS_SCOPE = new Set([...AREA_WORDS, '国内', '国外', '海外', '全国']);
/** Words joining two names of a list (GPU公司和DPU公司). */
const COORDINATORS = new Set(['和', '与', '及', '、', '或', '以及']);
/** Words naming an association's inner committee (专业委员会, 专家委员会, 工作委员会): no body of its own. */
const INNER_COMMITTEE = new Set(['专业', '专家', '工作']);

/** Class modifiers that say how a company is owned, listed or sized, never what it makes (深圳能源集团 is a name). */
const STATUS_WORDS = new Set(['上市', '民营', '国有', '国营', '外资', '合资', '跨国', '初创', '龙头', '头部', '骨干', '中小', '大型', '小型', '本土', '科创', '专精特新', '央企', '国企', '民企', '外企']);

/**
 * True when a company's modifier is a domestic place or area and a word for how companies are owned, listed or sized
 * (安徽上市公司, 合肥市上市公司, 安徽省境内上市公司): the companies of a region counted by kind, not a name. An industry
 * word with the place alone (深圳能源集团) still names a company.
 */
function isLocalClassOfCompanies(pieces: string[]): boolean {
  let classWord = false;
  for (const p of pieces) {
    const known = knownSurfaces().get(p);
    if (STATUS_WORDS.has(p)) classWord = true;
    else if (!AREA_WORDS.has(p) && !classVocabulary().has(p) && !(known?.type === 'place' && known.country === '中国')) return false;
  }
  return classWord && pieces.length > 1;
}

/** The words of a company's name from token i up to the offset end, without the company ending (安徽 上市). */
function companyModifier(tokens: Token[], i: number, end: number): string[] {
  const words: string[] = [];
  for (let j = i; j < tokens.length && tokens[j].start < end; j++) words.push(tokens[j].word);
  const last = words.pop() ?? '';
  const head = last.replace(/(?:集团公司|控股集团|集团|公司|股份|企业)$/, '');
  return head ? [...words, head] : words;
}

/** Endings of a committee's name. */
const COMMITTEE_WORDS = new Set(['委员会', '管委会', '管理委员会']);

/** The levels of local government a bureau's name may open on (省统计局, 市发改委, 县市场监督管理局). */
export const LEVEL_CHARS = '[省市县区镇乡州]';

/** 中国 and a place in brackets, opening a zone's or programme's name (中国（上海）自由贸易试验区). */
export const ZONE_PLACE_OPENING = /中国[（(][^（）()]{2,4}[）)]/;

/** A level of local government standing alone as a word, naming no place (省, 市, 县). */
const LONE_LEVEL = new RegExp(`^(?:${LEVEL_CHARS}|自治区)$`);

/** A body of a level the name leaves unsaid, as printed from the level to the body's ending. */
export interface LoneLevelBody { start: number; end: number; text: string }

/**
 * The body a government ending at token i names when its name, read leftwards as findPatternOrgs reads it, opens on a
 * lone level (省/n 通信 管理局) or follows one: jieba leaves 县 out of the name (县/zg), and the name stops at an org
 * stop word (县 市场 监督管理局). A level after a name word (杭州 市) is that place's, no lone level.
 */
function loneLevelBodyAt(tokens: Token[], i: number): LoneLevelBody | null {
  const tok = tokens[i];
  const suffix = orgSuffixOf(tok);
  if (!suffix || !GOV_SUFFIXES.has(suffix)) return null;
  const { org, stop } = patternTables();
  const j = extendLeft(tokens, i, stop, (w) => suffixOf(w, org) === w);
  let level = -1;
  if (LONE_LEVEL.test(tokens[j].word)) level = j;
  else if (j > 0 && LONE_LEVEL.test(tokens[j - 1].word)) level = j - 1;
  else if (j > 1 && NAME_TAGS.has(tokens[j - 1].tag) && stop.has(tokens[j - 1].word) && LONE_LEVEL.test(tokens[j - 2].word)) level = j - 2;
  if (level < 0 || (level > 0 && NAME_TAGS.has(tokens[level - 1].tag) && !stop.has(tokens[level - 1].word))) return null;
  const end = tok.start + tok.word.length;
  return { start: tokens[level].start, end, text: tokensText(tokens, level, end) };
}

/**
 * Where a government body's name starts when it was read from j up to an org stop word of its own (市场 + 监督管理局):
 * at the place or name before that word (西湖区市场监督管理局, 上海浦东新区市场监督管理局), or -1 with none there
 * (当地市场监督管理局 is every such bureau, no named body). With no stop word of the name's before j, j.
 */
function stopWordBodyStart(tokens: Token[], j: number, stop: Set<string>, knownStarts: Set<number>): number {
  if (j === 0 || !stop.has(tokens[j - 1].word)) return j;
  if (!(j > 1 && (knownStarts.has(tokens[j - 2].start) || PROPER_TAGS.has(tokens[j - 2].tag)))) return -1;
  // Only a noun is a word of the name (市场); a function word (黄志强为 + 自治区…厅) ends it.
  return NAME_TAGS.has(tokens[j - 1].tag) ? j - 2 : j;
}

/**
 * Bodies of a level the name leaves unsaid (省通信管理局, 县市场监督管理局, 市工业和信息化局). findPatternOrgs names no
 * one by them; the section reading takes them for the publication's own province's or city's government.
 */
export function loneLevelBodies(tokens: Token[]): LoneLevelBody[] {
  const out: LoneLevelBody[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const body = loneLevelBodyAt(tokens, i);
    if (body) out.push(body);
  }
  return out;
}

/** Words that make what follows a kind of body (各地, 各省, 各级, 地方). */
const DISTRIBUTIVE = /^(?:各|地方$|每个$)/;

/** Association and institute endings jieba joins with their head's title in one word (协会会长, 学会理事长, 学院院长). */
const ASSOCIATION_AND_TITLE = /^(协会|学会|联盟|商会|联合会|促进会|研究会|分会|学院|研究院|研究所)(.{2,4})$/;

/** The association's ending of a word that joins it with a title of the table (协会 of 协会会长), else null. */
function bodyAndTitle(word: string): string | null {
  const m = word.length > 3 ? ASSOCIATION_AND_TITLE.exec(word) : null;
  return m && patternData().roles.includes(m[2]) ? m[1] : null;
}

/** The organisation suffix a word of two characters or more ends with (see suffixOf): worked out once per word. */
const ORG_SUFFIX = wordFact((word, tag) => suffixOf(word, patternTables().org, tag === 'nt'));

/** The organisation suffix a token ends with: a one-character token's (局) is not worth keeping per word. */
function orgSuffixOf(tok: Token): string | null {
  return tok.word.length > 1 ? tok.fact(ORG_SUFFIX) : suffixOf(tok.word, patternTables().org);
}

/** What kind of hospital a name says, naming none (人民, 中医, 附属第一, 妇幼保健): a hospital named by these alone is no name. */
const HOSPITAL_KIND = /^(?:人民|中医|中西医结合|妇幼保健|儿童|妇产|口腔|肿瘤|眼科|精神|传染病|胸科|骨科|专科|综合|附属|定点|公立|民营|私立|基层|社区|乡镇|县级|市级|省级|三甲|第[一二三四五六七八九十]+)*$/;

/** The word before 中心 when jieba cut a centre's ending in two: research, trading and exhibition centres. */
const CUT_CENTRE_HEAD = /(?:^研究|交易|^会展|^展览)$/;

/** Tags jieba gives a transliterated foreign name (伯格/nr, 克劳斯/nrt). */
const TRANSLITERATION_TAGS = new Set(['nr', 'nrt']);
/** Tags of a lone syllable cut off such a name (洛/ns, 森/n). */
const SYLLABLE_TAGS = new Set(['n', 'ns', 'nr', 'nrt', 'ng']);
/** Lone syllables read back before a transliterated name. */
const MAX_CUT_SYLLABLES = 2;

/** A word for a company's relation to another (子公司, 控股子公司, 母公司): no registered name ends on it. */
const RELATION_COMPANY = /^(?:控股|全资|参股)?[子孙母]公司$/;
/** The word a joint venture is described by after its parties (松下合资电池公司). */
const VENTURE = '合资';
/** Titles of a party committee's officers (书记, 常委): the committee before them is the person's title. */
const PARTY_TITLES = new Set(['书记', '副书记', '常委', '常务委员']);
/** Tags of a brand's own word (奇瑞/nz is no industry term here, 马士基/nr a transliteration). */
const BRAND_WORD_TAGS = new Set(['nt', 'nr', 'nrt', 'nrfg', 'j', 'eng']);

/** True when a company's name opens at token i: a Latin-script name or a transliteration jieba tags as a name. */
function startsAppositiveName(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  return t !== undefined && (LATIN_NAME.test(t.word) || (TRANSLITERATION_TAGS.has(t.tag) && t.word.length >= 2));
}

/**
 * True when tokens j..i are a place and common words ending in a company word: no brand and no known name among them.
 * A word jieba tags a place that no table knows (南/ns 屿 能源公司, 华川/ns 电子公司) is a coined brand, not a place.
 */
function isDescription(tokens: Token[], j: number, i: number, knownPlaceStarts: Set<number>, knownOrgStarts: Set<number>): boolean {
  for (let k = j; k <= i; k++) {
    const t = tokens[k];
    if (BRAND_WORD_TAGS.has(t.tag) || knownOrgStarts.has(t.start) || (t.tag === 'ns' && !knownPlaceStarts.has(t.start))) return false;
  }
  return true;
}

/** True when a token opens a party joined by a coordinator: a proper name or a known one (丰田与 + 松下), not a common word. */
function startsParty(t: Token, knownStarts: Set<number>): boolean {
  return PROPER_TAGS.has(t.tag) || knownStarts.has(t.start);
}

/** Organisations by suffix. */
export function findPatternOrgs(tokens: Token[], known: KnownMention[]): PatternName[] {
  const { org: suffixes, stop, associationStop } = patternTables();
  const knownStarts = new Set(known.map((k) => k.start));
  const knownOrgEnds = new Map(known.filter((k) => k.entity.type === 'org').map((k) => [k.start, k.end]));
  const knownOrgStarts = new Set(knownOrgEnds.keys());
  const knownPlaceStarts = new Set(known.filter((k) => k.entity.type === 'place').map((k) => k.start));
  const out: PatternName[] = [];
  // Where a kind of company ended (国内GPU公司): a one-word name coordinated with it (和DPU公司) is a kind too.
  const classEnds = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    // The tag matters to a word of two characters or more only: a single character's entry is not looked up.
    const titled = bodyAndTitle(tok.word);
    // jieba may cut a centre's ending in two (微电子 + 研究 + 中心, 产权交易 + 中心), and a head institute's (研究 + 总院): the
    // name is read leftwards from the word before 中心 or 总院.
    const cutCentre = (tok.word === '中心' && CUT_CENTRE_HEAD.test(tokens[i - 1]?.word ?? '')) || (tok.word === '总院' && tokens[i - 1]?.word === '研究');
    const suffix = cutCentre ? tokens[i - 1].word.slice(-2) + tok.word : titled ?? orgSuffixOf(tok);
    // A bureau opening on a lone level (省通信管理局) is the body of a province or city the name leaves unsaid: no named
    // body (loneLevelBodies reads it for the section reading's local government).
    if (!suffix || loneLevelBodyAt(tokens, i)) continue;
    const kind = kindOf(suffix);
    let j = cutCentre ? extendLeft(tokens, i - 1, stop, (w) => suffixOf(w, suffixes) === w) : extendLeft(tokens, i, kind === 'association' ? associationStop : stop, (w) => suffixOf(w, suffixes) === w);
    // Read only from where a name may start: a name word before it means the centre's name runs on (南昌大学国家硅基 +
    // LED工程技术研究中心), which this reading would cut.
    if (cutCentre && (j === i - 1 || (j > 0 && NAME_TAGS.has(tokens[j - 1].tag)))) continue;
    // An association's or institute's name printed with its Latin acronym (全球移动通信系统协会（GSMA）) is a name even
    // when made of common words, and the scope word before them (全球, 国际) is its first word.
    const acronym = (kind === 'association' || kind === 'institute') && hasAcronymAfter(tokens, i);
    if (acronym && j > 0 && SCOPE_WORDS.has(tokens[j - 1].word)) j--;
    // A hospital's ordinal and its university's 附属 (南屿大学附属第一医院, 华川市第三人民医院) are words of its name jieba
    // tags as a numeral and a distinguishing word: the name runs on left across them.
    if (suffix === '医院') {
      while (j > 0 && UNIVERSITY_UNIT_WORD.test(tokens[j - 1].word) && tokens[j - 1].word.length > 1) j = extendLeft(tokens, j - 1, stop, (w) => suffixOf(w, suffixes) === w);
      // …and across the university or college it belongs to, which the leftward walk stops at as a name's ending.
      if (tokens[j].word === '附属' && j > 0 && /(?:大学|学院)$/.test(tokens[j - 1].word)) j = extendLeft(tokens, j - 1, stop, (w) => suffixOf(w, suffixes) === w);
    }
    if (GOV_SUFFIXES.has(suffix) && !acronym && !startsProperly(tokens[j], knownStarts)) {
      const start = stopWordBodyStart(tokens, j, stop, knownStarts);
      if (start < 0) continue;
      j = start;
    }
    const proper = acronym || startsProperly(tokens[j], knownStarts);
    // 二十国集团: a name that starts with a numeral takes the numerals before it, never cut across them.
    while (j > 0 && CHINESE_NUMERAL.test(tokens[j].word[0]) && CHINESE_NUMERAL.test(tokens[j - 1].word)) j--;
    // A company's name opening on one character jieba left alone after another (林/德 集团, 贝/恩 公司, 芯/衡 图形公司) opens on both:
    // jieba cut a coined brand it does not know, and no brand is one character.
    if (kind === 'company' && j > 0 && isCoinedChar(tokens[j]) && isCoinedChar(tokens[j - 1]) && !knownStarts.has(tokens[j].start)) j--;
    // A transliterated name jieba cut before its last syllables (洛/ns 森/n 伯格/nr 公司) opens on the lone characters
    // before them: a foreign name's syllables, which the leftward walk stops at as common words after a proper name.
    if (kind === 'company' && TRANSLITERATION_TAGS.has(tokens[j].tag) && !knownStarts.has(tokens[j].start)) {
      for (let n = 0; n < MAX_CUT_SYLLABLES && j > 0 && isCoinedChar(tokens[j - 1]) && SYLLABLE_TAGS.has(tokens[j - 1].tag) && !stop.has(tokens[j - 1].word); n++) j--;
    }
    const first = tokens[j];
    const length = tok.start + tok.word.length - first.start;
    // A state key laboratory is named by its field alone (网络与交换技术全国重点实验室).
    const generic = (GOV_SUFFIXES.has(suffix) && length >= 5) || (length >= 9 && tokensText(tokens, j, tok.start + tok.word.length).endsWith('重点实验室'));
    if (!proper && (SHORT_SUFFIX.test(suffix) || !generic)) {
      if (COMPANY_SUFFIXES.has(suffix)) classEnds.add(i);
      continue;
    }
    // A committee named by one common word (本会专家委员会) or a bare zone word (高新区管委会) is a body's inner
    // committee or a zone's office, named by no one.
    if (COMMITTEE_WORDS.has(suffix) && j === i - 1 && (!proper || suffixOf(first.word, patternTables().place) === first.word)) continue;
    // 车规级芯片专业委员会: an association's inner committee named by its field.
    if (COMMITTEE_WORDS.has(suffix) && !proper && INNER_COMMITTEE.has(tokens[i - 1]?.word ?? '')) continue;
    // 各地通信管理局, 各级网信部门: every body of a kind, not one named body.
    if (j > 0 && DISTRIBUTIVE.test(tokens[j - 1].word)) continue;
    // …after a known parent too (浙江大学 + 全国重点实验室): the parent is found by itself.
    const whole = tokensText(tokens, j, tok.start + tok.word.length);
    const parentEnd = knownOrgEnds.get(tokens[j].start);
    if (isUnitOfNoName(whole) || (parentEnd !== undefined && isUnitOfNoName(whole.slice(parentEnd - tokens[j].start)))) continue;
    // A subsidiary by its relation (控股子公司, 我司上海子公司) and a venture by its parties and business (丰田与松下合资电池公司)
    // say whose company it is, never its name; common words joined inside a name (交通与物流集团) name its business.
    if (COMPANY_SUFFIXES.has(suffix) && (RELATION_COMPANY.test(tok.word) || tokens.slice(j, i).some((t, n) => t.word === VENTURE || (COORDINATORS.has(t.word) && startsParty(tokens[j + n + 1], knownStarts))))) continue;
    // A party committee before its officer's title (平湖市委 + 书记) is the person's title, no body spoken of.
    if (suffix.endsWith('委') && PARTY_TITLES.has(tokens[i + 1]?.word ?? '')) continue;
    // A description right before the name it describes (丹麦航运公司马士基, 美国人形机器人公司Kinetix Robotics): a country and
    // common words for a kind of company, the name following.
    if (kind === 'company' && !LEGAL_ENDINGS.has(tok.word) && startsAppositiveName(tokens, i + 1) && isDescription(tokens, j, i, knownPlaceStarts, knownOrgStarts)) continue;
    if (j === i && (tok.word === suffix || !PROPER_TAGS.has(tok.tag))) continue;
    // A body word jieba knows whose head is an industry word (安全局/nt of 工业与安全局) names no one by itself.
    if (j === i && industryVocabulary().has(tok.word.slice(0, -suffix.length))) continue;
    // A hospital named by its kind alone (中医医院, 人民医院, 第一医院) is every such hospital, named by no one.
    if (suffix === '医院' && HOSPITAL_KIND.test(tokensText(tokens, j, tok.start + tok.word.length).slice(0, -suffix.length))) continue;
    if ((COMPANY_SUFFIXES.has(suffix) || LEGAL_FORMS.has(suffix)) && !knownOrgStarts.has(first.start)) {
      // Adjectives (先进, 知名) say nothing of which company: 美国先进芯片公司 is a class of companies.
      const modifier = [...tokens.slice(j, i).filter((t) => t.tag !== 'a').map((t) => t.word), ...(tok.word === suffix ? [] : [tok.word.slice(0, -suffix.length)])];
      const scoped = j > 0 && CLASS_SCOPE.has(tokens[j - 1].word);
      const coordinated = i - j <= 1 && j > 1 && COORDINATORS.has(tokens[j - 1].word) && classEnds.has(j - 2);
      if (isClassOfCompanies(modifier) || isLocalClassOfCompanies(modifier) || scoped || coordinated) {
        classEnds.add(i);
        continue;
      }
    }
    if (titled) {
      // 协会会长: the name ends inside jieba's word, before the title.
      if (j === i) continue;
      out.push({ start: first.start, end: tok.start + titled.length, text: tokensText(tokens, j, tok.start) + titled, kind });
      continue;
    }
    let k = i;
    while (k + 1 < tokens.length && LEGAL_FORMS.has(tokens[k + 1].word) && /股份|集团/.test(tokens[k].word)) k++;
    // 长沙银行 + 股份 + 有限公司: the legal form jieba cut after a name's ending.
    if (tokens[k + 1]?.word === '股份' && LEGAL_FORMS.has(tokens[k + 2]?.word ?? '')) k += 2;
    k = partnershipEnd(tokens, k);
    const last = tokens[k];
    const opening = j > 0 ? zoneOpening(tokens, j - 1, first.start) : '';
    out.push({ start: first.start - opening.length, end: last.start + last.word.length, text: opening + tokens.slice(j, k + 1).map((t) => t.word).join(''), kind });
    i = k;
  }
  out.push(...partnerships(tokens, stop, knownStarts));
  const coined = coinedCompanies(tokens, out, knownStarts);
  const knownAt = new Map(known.map((k) => [k.start, k]));
  const found = [...out, ...coined, ...placeLedNames(tokens, known, [...out, ...coined]), ...placeLedBodies(tokens, known), ...portNames(tokens, known), ...legalNames(tokens, knownAt)];
  return [...found, ...unitsOf(tokens, [...known.filter((k) => k.entity.type === 'org').map((k) => ({ start: k.start, end: k.end, text: k.text, kind: k.entity.kind })), ...found], knownAt), ...subsidiariesOfKnown(tokens, knownAt), ...appositiveLatinNames(tokens, knownAt), ...zoneCommittees(tokens, known)];
}

/** A limited partnership's legal form after a fund's name (基金二期合伙企业（有限合伙）, 母基金（有限合伙）), maybe after its phase. */
const PARTNERSHIP_TAIL = /^(?:[一二三四五六七八九十]+期)?(?:合伙企业)?[（(]有限合伙[）)]/;
/** Tokens such a legal form spans at most. */
const PARTNERSHIP_TOKENS = 8;

/** The last token of a partnership's legal form right after token k, else k: the form is part of the name. */
function partnershipEnd(tokens: Token[], k: number): number {
  let text = '';
  for (let j = k + 1; j < tokens.length && j <= k + PARTNERSHIP_TOKENS; j++) {
    text += tokens[j].word;
    if (PARTNERSHIP_TAIL.exec(text)?.[0].length === text.length) return j;
  }
  return k;
}

/**
 * A partnership named by common words and its legal form (湘潭储能产业股权投资合伙企业（有限合伙）): 合伙企业 ends no other
 * name, so the name is read leftwards from the word before it, from a proper start (a place, a known name).
 */
function partnerships(tokens: Token[], stop: Set<string>, knownStarts: Set<number>): PatternName[] {
  const out: PatternName[] = [];
  for (let i = 1; i < tokens.length; i++) {
    if (tokens[i].word !== '合伙' || tokens[i + 1]?.word !== '企业') continue;
    const end = partnershipEnd(tokens, i - 1);
    if (end === i - 1) continue;
    const j = extendLeft(tokens, i - 1, stop, (w) => suffixOf(w, patternTables().org) === w);
    if (!startsProperly(tokens[j], knownStarts)) continue;
    const last = tokens[end];
    out.push({ start: tokens[j].start, end: last.start + last.word.length, text: tokensText(tokens, j, last.start + last.word.length), kind: 'company' });
  }
  return out;
}

/** Scope words an international body's name opens with, which a name otherwise stops at (全球移动通信系统协会). */
const SCOPE_WORDS = new Set(['全球', '国际', '世界']);
const ACRONYM = /^[A-Z][A-Z0-9&]{1,9}$/;

/** True when a bracketed Latin acronym follows the token at i: （GSMA）. */
function hasAcronymAfter(tokens: Token[], i: number): boolean {
  return /^[（(]$/.test(tokens[i + 1]?.word ?? '') && ACRONYM.test(tokens[i + 2]?.word ?? '') && /^[）)]$/.test(tokens[i + 3]?.word ?? '');
}

/** Words for a zone's managing body. */
const COMMITTEE = new Set(['管委会', '管理委员会', '工委']);
const COMMITTEE_WORD = trigger((w) => COMMITTEE.has(w) || w === '委员会');

/**
 * A zone (天津港保税区, found as findPatternPlaces finds it) followed by its committee's word is the committee, one
 * body: the leftward walk stops at a zone word jieba tags a common noun (保税区/n) before 管委会.
 */
function zoneCommittees(tokens: Token[], known: KnownMention[]): PatternName[] {
  if (!fired(tokens, COMMITTEE_WORD)) return [];
  const out: PatternName[] = [];
  let t = 0;
  for (const z of findPatternPlaces(tokens, known)) {
    while (t < tokens.length && tokens[t].start < z.end) t++;
    const next = tokens[t];
    if (next?.start !== z.end) continue;
    // 管理委员会 may come cut in two (管理/vn 委员会).
    const word = COMMITTEE.has(next.word) ? next.word : next.word === '管理' && tokens[t + 1]?.word === '委员会' ? '管理委员会' : '';
    if (!word) continue;
    const opening = zoneOpening(tokens, t - 1, z.start);
    out.push({ start: z.start - opening.length, end: next.start + word.length, text: opening + z.text + word, kind: 'government' });
  }
  return out;
}

/** 中国 and a bracketed place with the zone it names (中国（上海）自由贸易试验区), ending where a new zone's name starts. */
const ZONE_OPENING = new RegExp(`${ZONE_PLACE_OPENING.source}\\p{Script=Han}{2,10}$`, 'u');
/** Tokens looked back over for such an opening: 中国, the brackets and place, and a few words of the zone. */
const MAX_OPENING_TOKENS = 8;

/**
 * The registered opening printed right before a zone's name (中国（上海）自由贸易试验区 + 临港新片区管理委员会), or '':
 * the bracketed place is part of the body's registered name, so the body starts at 中国.
 */
function zoneOpening(tokens: Token[], last: number, start: number): string {
  let i = last;
  while (i >= 0 && tokens[i].start >= start) i--;
  let text = '';
  for (let n = 0; i >= 0 && n < MAX_OPENING_TOKENS && tokens[i].start + tokens[i].word.length === start - text.length; i--, n++) {
    text = tokens[i].word + text;
    if (tokens[i].word === '中国') return ZONE_OPENING.test(text) ? text : '';
  }
  return '';
}

/** Longest description read back from a word for a kind of company to its place (总部位于旧金山的初创公司). */
const MAX_DESCRIPTION = 6;

/** The country of the place the description ending at token i opens with (巴西 运营商, 旧金山 的 初创 公司), if any. */
function placeBefore(tokens: Token[], i: number, knownAt: Map<number, KnownMention>): string | null {
  for (let j = i - 1; j >= Math.max(0, i - MAX_DESCRIPTION); j--) {
    const k = knownAt.get(tokens[j].start);
    if (k) return k.entity.type === 'place' ? k.entity.country : null;
    if (!NAME_TAGS.has(tokens[j].tag) && tokens[j].word !== '的') return null;
  }
  return null;
}

/** Words for a kind of company a Latin-script name may follow in apposition (运营商Vivo, 初创公司Anthropic). */
const KIND_OF_COMPANY = /(?:运营商|公司|企业|厂商|车企|制造商|供应商|集团)$/;
/** A Latin-script brand: a capital, then letters, digits or &.-, some in lower case (Vivo; IPO or GPU are terms). */
const LATIN_NAME = /^[A-Z](?=[A-Za-z0-9&.-]*[a-z])[A-Za-z0-9&.-]+$/;
const LATIN_WORD = /^[A-Za-z0-9&.-]+$/;
const LATIN_NAME_WORD = trigger((w) => LATIN_NAME.test(w));

/**
 * A Latin-script word right after a word for a kind of company and before no further noun (巴西运营商Vivo签约) is that
 * company's name: not a title (CEO), not an industry term (AI), not a known name (read as itself).
 */
function appositiveLatinNames(tokens: Token[], knownAt: Map<number, KnownMention>): PatternName[] {
  if (!fired(tokens, LATIN_NAME_WORD)) return [];
  const out: PatternName[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    // A capital first, by code, before any pattern is tried: most tokens are Chinese.
    const first = t.word.charCodeAt(0);
    if (first < 65 || first > 90 || !LATIN_NAME.test(t.word) || !KIND_OF_COMPANY.test(tokens[i - 1].word) || knownAt.has(t.start)) continue;
    if (roleWords().test(t.word) || industryVocabulary().has(t.word) || (NAME_TAGS.has(tokens[i + 1]?.tag ?? '') && tokens[i + 1].tag !== 'eng')) continue;
    // A name of several words (Robotica Veneta): capitalised words with a space between, each maybe cut in two by
    // a known name inside it (Intel + ligence).
    let k = i;
    const capitalised = (t: Token | undefined) => t !== undefined && /^[A-Z]/.test(t.word) && LATIN_WORD.test(t.word);
    for (;;) {
      const next = tokens[k + 1]?.word ?? '';
      // A number right after a full stop is the text's (S.p.A. + 70%), not the name's.
      if (LATIN_WORD.test(next) && !(tokens[k].word === '.' && /^\d+$/.test(next))) k++;
      else if (next === ' ' && capitalised(tokens[k + 2])) k += 2;
      // Words joined by an ampersand between spaces (Energy & Solutions).
      else if (next === ' ' && tokens[k + 2]?.word === '&' && tokens[k + 3]?.word === ' ' && capitalised(tokens[k + 4])) k += 4;
      else break;
    }
    const end = tokens[k].start + tokens[k].word.length;
    out.push({ start: t.start, end, text: tokensText(tokens, i, end), kind: 'company', country: placeBefore(tokens, i - 1, knownAt) });
    i = k;
  }
  return out;
}

/** The legal form of a Japanese joint-stock company, printed in Chinese text as it is in Japanese. */
const JAPANESE_LEGAL_FORM = '株式会社';
/** Legal forms a company's registered name ends on. */
const LEGAL_ENDINGS = new Set(['有限公司', '有限责任公司', '股份有限公司', '集团有限公司', '股份公司', JAPANESE_LEGAL_FORM]);
/** A legal form, or 公司 ending one jieba cut in two. */
const LEGAL_WORD = trigger((w) => LEGAL_ENDINGS.has(w) || w === '公司');
/** A fund's or a project's phase inside a registered name (国家集成电路产业投资基金三期股份有限公司). */
const PHASE = /^[一二三四五六七八九十]+期$/;
/** A word jieba tags as a verb may be a brand when it is rare (飞腾/v 信息技术有限公司): jieba's IDF at least this. */
const RARE_IDF = 9;

/** The bracket group ending right before token j (（集团）, （北京）), as the index of its opening bracket, or -1. */
function bracketBefore(tokens: Token[], j: number): number {
  if (!/^[）)]$/.test(tokens[j - 1]?.word ?? '')) return -1;
  for (let k = j - 2; k >= Math.max(0, j - 5); k--) {
    if (/^[（(]$/.test(tokens[k].word)) return k < j - 2 && tokensText(tokens, k + 1, tokens[j - 1].start).length <= 4 ? k : -1;
    if (!NAME_TAGS.has(tokens[k].tag)) return -1;
  }
  return -1;
}

/** Tags of words that are no brand even right after a place: function words, numbers' neighbours, punctuation. */
const FUNCTION_TAGS = new Set(['p', 'c', 'u', 'uj', 'ul', 'd', 'r', 'f', 't', 'x', 'y', 'e', 'o', 'q']);
/** Verbs that set a company up, printed between its place and its name's other words (在北京注册…有限公司). */
const FOUNDING = /^(?:注册|设立|成立|新设|组建|创办|投资|收购|控股|合资)$/;

/**
 * The word right after a Chinese place, in a registered name read leftwards (陕西 + 延长/v 石油新能源有限公司, 北京 + 千方/m
 * 智通科技有限公司): the brand, whatever jieba tags it — a place opens a registered name and the brand follows it.
 */
function afterChinesePlace(tokens: Token[], i: number, knownAt: Map<number, KnownMention>): boolean {
  const place = i > 0 ? knownAt.get(tokens[i - 1].start) : undefined;
  const t = tokens[i];
  return place?.entity.type === 'place' && place.entity.country === '中国' && place.end === t.start && /^\p{Script=Han}{2,4}$/u.test(t.word) && !FUNCTION_TAGS.has(t.tag) && !FOUNDING.test(t.word);
}

/** A word for a company's business (科技, 电子), or one ending in such a word (微电子): no brand. */
function isBusinessWord(word: string): boolean {
  const vocabulary = classVocabulary();
  for (let k = 0; k <= word.length - 2; k++) if (vocabulary.has(word.slice(k))) return true;
  return false;
}

/** The entity patterns' notNames (表示, 高管, 客户): words after a role that are no name, nouns for groups of people among them. */
const notNameWords = perKnowledge((): Set<string> => new Set(patternData().notNames));

/** Characters a registered name's brand runs to (方太, 华机智澜). */
const MAX_BRAND_CHARS = 4;

/**
 * Where a registered name opens when it opens on a character jieba left alone (宁波 方/n 太/d 厨具有限公司, 华/ns 机智/n
 * 澜/ns 汽车有限公司): no brand is one character, so the words before it, up to a brand's length, are the rest of the brand,
 * and a Chinese place right before them is where the company is registered. Else j.
 */
function brandOpening(tokens: Token[], j: number, stop: Set<string>, knownAt: Map<number, KnownMention>): number {
  if (tokens[j].word.length !== 1 || !CJK_CHAR.test(tokens[j].word) || knownAt.has(tokens[j].start)) return j;
  // A noun for a party (客户, 股东 + 鑫达…) is what the text calls the company, no piece of its brand.
  const parties = notNameWords();
  let k = j;
  let chars = 1;
  while (k > 0) {
    const prev = tokens[k - 1];
    if (!/^\p{Script=Han}{1,2}$/u.test(prev.word) || chars + prev.word.length > MAX_BRAND_CHARS || !NAME_TAGS.has(prev.tag) || stop.has(prev.word) || parties.has(prev.word) || knownAt.has(prev.start)) break;
    k--;
    chars += prev.word.length;
  }
  if (k === j) return j;
  const place = k > 0 ? knownAt.get(tokens[k - 1].start) : undefined;
  return place?.entity.type === 'place' && place.entity.country === '中国' && place.end === tokens[k].start ? k - 1 : k;
}

/**
 * Registered company names read leftwards from their legal form (飞腾信息技术有限公司, 上海仪电（集团）有限公司,
 * 合肥市建设投资控股（集团）有限公司): generic words (信息技术, 投资, 控股) are crossed until a brand is reached — a proper
 * noun, a known name, a place, a character jieba left alone (仪, 电) or a rare word it tags a verb at the name's
 * start — and from there only more of those. The name must hold something besides a place and words for a kind of
 * company (a 科技有限公司 or 中国科技有限公司 names no one).
 */
function legalNames(tokens: Token[], knownAt: Map<number, KnownMention>): PatternName[] {
  if (!fired(tokens, LEGAL_WORD)) return [];
  const { stop, nameVerbs } = patternTables();
  const out: PatternName[] = [];
  for (let i = 1; i < tokens.length; i++) {
    // A legal form jieba cut in two (有限责任 + 公司) ends a name as one word does.
    const split = tokens[i].word === '公司' && LEGAL_ENDINGS.has(`${tokens[i - 1].word}公司`);
    if (!split && !LEGAL_ENDINGS.has(tokens[i].word)) continue;
    let j = split ? i - 1 : i;
    let length = tokens[i].start + tokens[i].word.length - tokens[j].start;
    let branded = false;
    // Nouns before a bracketed place (住友电工（宁波）…, 霍尼韦尔（中国）…) are the brand the subsidiary is registered by,
    // past its business words (东方晶源 + 微电子科技（北京）…), and only while the brand stays a brand's length: a
    // 供应商 before 霍尼韦尔 is what the text calls the company.
    let beforePlace = false;
    let brandChars = 0;
    const pieces: string[] = [];
    while (j > 0) {
      const open = bracketBefore(tokens, j);
      if (open >= 0) {
        length += tokens[j - 1].start + 1 - tokens[open].start;
        // … unless a body's ending comes before it: that body, registered by place (…创新中心（北京）有限公司), is read whole
        // by its ending.
        const inner = knownAt.get(tokens[open + 1].start);
        beforePlace = inner?.entity.type === 'place' && inner.end === tokens[j - 1].start && open > 0 && !suffixOf(tokensText(tokens, Math.max(0, open - 2), tokens[open].start), patternTables().org);
        brandChars = 0;
        j = open;
        continue;
      }
      const prev = tokens[j - 1];
      if (stop.has(prev.word) || length + prev.word.length > MAX_LENGTH) break;
      const k = knownAt.get(prev.start);
      const place = k?.entity.type === 'place';
      const single = prev.word.length === 1 && CJK_CHAR.test(prev.word) && !NOT_COINED.has(prev.word);
      const rareVerb = prev.tag === 'v' && prev.word.length >= 2 && prev.idf >= RARE_IDF && (j < 2 || !NAME_TAGS.has(tokens[j - 2].tag));
      const registeredBrand = beforePlace && !place && NAME_TAGS.has(prev.tag) && !ENDINGS_ONLY.test(prev.word) && !isBusinessWord(prev.word) && (brandChars === 0 || brandChars + prev.word.length <= BRAND_CHARS);
      // A Japanese legal form (株式会社) follows a Japanese company's own name, whose words jieba reads as common nouns
      // (住友/n 电工/n): no class of Chinese companies is printed with it. A business word (电力, 化学) is still none.
      const japaneseBrand = tokens[i].word === JAPANESE_LEGAL_FORM && NAME_TAGS.has(prev.tag) && !ENDINGS_ONLY.test(prev.word) && !isBusinessWord(prev.word) && !INDUSTRY_TAIL.test(prev.word);
      const brand = (PROPER_TAGS.has(prev.tag) && !ENDINGS_ONLY.test(prev.word)) || k !== undefined || single || rareVerb || registeredBrand || japaneseBrand || afterChinesePlace(tokens, j - 1, knownAt);
      // A business jieba reads as a set phrase (软件系统/l) right after a bracket group is the name's business too.
      const generic = NAME_TAGS.has(prev.tag) || nameVerbs.has(prev.word) || PHASE.test(prev.word) || (prev.tag === 'l' && bracketBefore(tokens, j - 1) >= 0);
      if (branded ? !brand : !(brand || generic)) break;
      j--;
      length += prev.word.length;
      if (beforePlace && brand) brandChars += prev.word.length;
      if (!place) pieces.push(prev.word);
      if (brand) branded = true;
      // A Chinese place opens a registered name (参投 + 大连融储能源…有限公司): only a known company goes before it
      // (国网 + 江苏省电力有限公司).
      if (place && k.entity.country === '中国' && knownAt.get(tokens[j - 1]?.start ?? -1)?.entity.type !== 'org') break;
    }
    if (j === i || !branded || isClassOfCompanies(pieces.filter((p) => !ENDINGS_ONLY.test(p)))) continue;
    j = brandOpening(tokens, j, stop, knownAt);
    out.push({ start: tokens[j].start, end: tokens[i].start + tokens[i].word.length, text: tokensText(tokens, j, tokens[i].start + tokens[i].word.length), kind: 'company' });
  }
  return out;
}

/** Units of a university, an institute or a company named after it (学院, 研究院, 实验室). */
const UNIT_ENDING = /(?:学院|研究院|研究所|实验室|研究中心)$/;
/** A unit's ending and a title in one word of jieba's (学院院长, 研究所所长). */
const UNIT_AND_TITLE = /^(学院|研究院|研究所|实验室|研究中心)(.{2,4})$/;
/** A university's hospital (医学院 + 附属 + 第二 + 医院): the ending of a unit a university names further. */
const HOSPITAL_ENDING = /医院$/;
/** Words inside a university's units that jieba reads as other parts of speech: 附属/b, 第二/m, 创新/v (杭州创新研究院). */
const UNIVERSITY_UNIT_WORD = /^(?:附属|第[一二三四五六七八九十]+|创新|交叉|前沿)$/;
/** Businesses a group's subsidiary is named by after the group's short name (塔塔电子, 松下能源, 西门子医疗). */
export const SUBSIDIARY_BUSINESS: ReadonlySet<string> = new Set(['电子', '能源', '汽车', '动力', '钢铁', '化工', '医药', '医疗', '半导体', '新能源']);
const BUSINESS_WORD = trigger((w) => SUBSIDIARY_BUSINESS.has(w));
/** Tags of what may follow a subsidiary's name: a function word, a verb, a place word, a date (塔塔电子在…, 松下能源与…, 西门子医疗12月…). */
const AFTER_NAME_TAGS = new Set(['p', 'c', 'u', 'uj', 'ul', 'd', 'v', 'x', 'f', 'r']);
/** A date or number in figures opening what follows (12月, 2024年), unlike a word for a time (小米汽车首期投资: its business). */
const FIGURES = /^\d/;

/**
 * A known company's short name and a business, ending a phrase (塔塔电子在古吉拉特邦…, 松下能源与…): the subsidiary
 * named so, a company of its own; followed by a noun it is the group's business (小米汽车业务, 小米汽车工厂).
 */
function subsidiariesOfKnown(tokens: Token[], knownAt: Map<number, KnownMention>): PatternName[] {
  if (!fired(tokens, BUSINESS_WORD)) return [];
  const out: PatternName[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const k = knownAt.get(tokens[i].start);
    const business = tokens[i + 1];
    if (k?.entity.type !== 'org' || k.entity.kind !== 'company' || k.end !== business.start || !SUBSIDIARY_BUSINESS.has(business.word)) continue;
    const next = tokens[i + 2];
    if (next && !AFTER_NAME_TAGS.has(next.tag) && !FIGURES.test(next.word)) continue;
    out.push({ start: k.start, end: business.start + business.word.length, text: k.text + business.word, kind: 'company' });
  }
  return out;
}

/** Longest unit name read after its parent's (信息与通信工程学院). */
const MAX_UNIT = 12;
/** A registered company's name (…有限公司, …集团) a subsidiary or branch may be printed after (…有限公司潜江供电公司). */
const REGISTERED_PARENT = /(?:有限公司|有限责任公司|集团)$/;
/** Endings of a subsidiary or branch printed after its registered parent (信息通信分公司, 深圳供电局), as suffixes read them. */
const SUBSIDIARY_ENDING = /(?:公司|局)$/;
/** Words that say how a company is held, never what it is named (全资子公司, 旗下): no subsidiary's name holds them. */
const HOLDING_WORDS = new Set(['旗下', '下属', '所属', '全资', '控股', '参股', '合资', '子公司', '孙公司']);

/**
 * Levels of units read after a parent (江屿省科学院 + 光电研究院 + 微纳研究所: two): no body nests deeper, and a run of
 * unit words (学院学院…) read on unit after unit would be one name of the whole run, its text rebuilt at each level.
 */
const MAX_NESTING = 2;

/** A body a unit may be printed right after: a table's name or one read by its ending. */
interface Parent { start: number; end: number; text: string; kind: string | null }

/**
 * A college, institute or laboratory printed right after the university, institute or company it belongs to
 * (北京邮电大学信息与通信工程学院, 中国移动研究院, 清华大学智能产业研究院) and a branch or subsidiary printed right after
 * its company's registered name (国网江苏省电力有限公司信息通信分公司) are bodies of their own: the parent's name and the
 * unit's, read rightwards over name words (和/与 between two of them) up to the unit's ending. A unit is a parent in turn
 * (…宏观经济研究院 + 投资研究所), the parent a table's name or one read by its ending.
 */
function unitsOf(tokens: Token[], parents: Parent[], knownAt: Map<number, KnownMention>): PatternName[] {
  const { stop, nameVerbs } = patternTables();
  const out: PatternName[] = [];
  const starts = new Map(tokens.map((tok, i) => [tok.start, i]));
  // A parent read by two passes (a registered name and its ending) is read after once.
  const seen = new Set<string>();
  let level = parents;
  for (let depth = 0; depth < MAX_NESTING && level.length > 0; depth++) {
    const next: PatternName[] = [];
    for (const k of level) {
      const key = `${k.start}:${k.end}:${k.kind}`;
      const t = starts.get(k.end);
      if (seen.has(key) || t === undefined) continue;
      seen.add(key);
      next.push(...unitsAfter(tokens, t, k, stop, nameVerbs, knownAt));
    }
    out.push(...next);
    level = next;
  }
  return out;
}

/** The units printed from token t on after their parent k: one, or a college and its hospital (医学院附属第二医院). */
function unitsAfter(tokens: Token[], t: number, k: Parent, stop: Set<string>, nameVerbs: Set<string>, knownAt: Map<number, KnownMention>): PatternName[] {
  if (k.kind === 'government') return [];
  const out: PatternName[] = [];
  const university = k.text.endsWith('大学');
  const registered = k.kind === 'company' && REGISTERED_PARENT.test(k.text);
  let length = 0;
  for (let j = t; j < tokens.length; j++) {
    const w = tokens[j].word;
    const joiner = (w === '与' || w === '和') && j > t && k.kind !== 'company' && NAME_TAGS.has(tokens[j + 1]?.tag ?? '');
    const unitWord = university && UNIVERSITY_UNIT_WORD.test(w);
    // A field's distinguishing word (民营/b 经济研究中心, 高等/b 研究院) is a word of an institute's unit; one that says how
    // many or how large (主要/b, 大型/b, 所有/b 学院) is a stop word, and no name runs across it.
    const field = k.kind !== 'company' && tokens[j].tag === 'b' && j + 1 < tokens.length && !stop.has(w);
    if (HOLDING_WORDS.has(w)) return out;
    // A verb inside a unit's name takes a field (控制 + 科学与工程学院, 应用 + 物理研究所); before a proper name or a known one it
    // is the clause's verb and its object another body (阿里巴巴控制南屿研究院, 腾讯投资华川研究院).
    if ((nameVerbs.has(w) || tokens[j].tag.startsWith('v')) && j + 1 < tokens.length && (PROPER_TAGS.has(tokens[j + 1].tag) || knownAt.has(tokens[j + 1].start))) return out;
    if (!joiner && !unitWord && !field && (!(NAME_TAGS.has(tokens[j].tag) || nameVerbs.has(w)) || stop.has(w) || knownAt.get(tokens[j].start)?.entity.type === 'org')) return out;
    // jieba joins a unit's ending and its head's title in one word (集成电路 + 学院院长): the unit ends inside it.
    const titled = j > t ? UNIT_AND_TITLE.exec(w) : null;
    if (titled && patternData().roles.includes(titled[2])) {
      const end = tokens[j].start + titled[1].length;
      return [...out, { start: k.start, end, text: k.text + tokensText(tokens, t, tokens[j].start) + titled[1], kind: 'institute' }];
    }
    length += w.length;
    if (length > MAX_UNIT) return out;
    // jieba may cut the ending in two (集成电路 + 研究 + 中心): the unit read so far is tested, not the word.
    const end = tokens[j].start + w.length;
    const unit = tokensText(tokens, t, end);
    // The ending read as the suffix pass reads it: a one-character 局 only as a word alone or a body jieba knows (供电局/nt),
    // never a common word's last character (战略 + 布局, 发展 + 格局).
    if (registered && j > t && SUBSIDIARY_ENDING.test(w) && orgSuffixOf(tokens[j]) !== null) return [{ start: k.start, end, text: k.text + unit, kind: 'company' }];
    const ending = UNIT_ENDING.test(unit) || (university && j > t && HOSPITAL_ENDING.test(w));
    if (!ending || (k.kind === 'company' && !/(?:研究院|研究所|实验室|研究中心)$/.test(unit))) continue;
    // 浙江大学 + 全国重点实验室: one of its labs, named by no one.
    if (isUnitOfNoName(unit)) return out;
    // A college's hospital (医学院附属第二医院) is the longer body; the college ends the name otherwise.
    out.push({ start: k.start, end, text: k.text + unit, kind: 'institute' });
    if (!(university && tokens[j + 1]?.word === '附属')) return out;
  }
  return out;
}

/**
 * Endings a company's coined name is printed with instead of its legal form (乐鑫科技, 晶晨股份, 瑞芯微电子, 伟立机器人);
 * not 智能, which ends concepts as often (具身智能).
 */
const COINED_TAILS = new Set(['科技', '股份', '微电子', '半导体', '电子', '光电', '集团', '控股集团', '通信', '导航', '航空', '机器人', '能源', '医药', '精密', '控股', '新材', '动力']);
const COINED_TAIL = trigger((w) => COINED_TAILS.has(w));
/** Characters that end, join or count words: never one of a coined name's two. */
const NOT_COINED = new Set([...'的地得在和与及暨等是为将向对从被把据了各该其这那每一二三四五六七八九十以于由也已还都就而并或年月日个家省市县区人者方某如兼副前原总']);
const CJK_CHAR = /^[\u4e00-\u9fff]$/;
/** A lone Han character that may be one of a coined name's (乐 of 乐/鑫): no function, numeral or level character. */
const isCoinedChar = (t: Token) => CJK_CHAR.test(t.word) && !NOT_COINED.has(t.word);

/**
 * Companies named by two characters jieba does not know as a word, then a company ending (乐/鑫 科技, 晶/晨 股份):
 * jieba leaves a coined name in single characters, which no dictionary word covers.
 */
function coinedCompanies(tokens: Token[], taken: PatternName[], knownStarts: Set<number>): PatternName[] {
  if (!fired(tokens, COINED_TAIL)) return [];
  const out: PatternName[] = [];
  for (let i = 2; i < tokens.length; i++) {
    if (!COINED_TAILS.has(tokens[i].word)) continue;
    const [a, b] = [tokens[i - 2], tokens[i - 1]];
    if (![a, b].every((t) => t.word.length === 1 && CJK_CHAR.test(t.word) && !NOT_COINED.has(t.word))) continue;
    // 央 + 企 + 控股: two characters that are a word for a kind of company (央企) coin no name.
    if (isDictionaryWord(a.word + b.word) || classVocabulary().has(a.word + b.word) || knownStarts.has(a.start) || knownStarts.has(b.start)) continue;
    // Two characters, not the end of a longer run of them (…大会暨半导体): a word or a function character before.
    const before = tokens[i - 3];
    if (before && before.word.length === 1 && CJK_CHAR.test(before.word) && !NOT_COINED.has(before.word)) continue;
    const end = tokens[i].start + tokens[i].word.length;
    // A shorter name found inside it (威集团 in 豪威集团) gives way when the overlaps are resolved.
    if (taken.some((o) => o.start < end && a.start < o.end && (o.start < a.start || o.end > end))) continue;
    out.push({ start: a.start, end, text: a.word + b.word + tokens[i].word, kind: 'company' });
  }
  return out;
}

const PLACE_SUFFIX_WORD = trigger((w) => suffixOf(w, patternTables().place) !== null);

/** Zones and districts by suffix (天津港保税区, 青岛西海岸新区), starting with a place name. */
export function findPatternPlaces(tokens: Token[], known: KnownMention[]): PatternName[] {
  if (!fired(tokens, PLACE_SUFFIX_WORD)) return [];
  const { place: suffixes, stop, zoneClassWords } = patternTables();
  const places = new Set(known.filter((k) => k.entity.type === 'place').map((k) => k.start));
  const out: PatternName[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    if (!suffixOf(tok.word, suffixes) || (i + 1 < tokens.length && suffixOf(tokens[i + 1].word, suffixes))) continue;
    // A zone's ending is no proper name of its own, whatever jieba tags it (合肥/n + 高新区/nr).
    let j = extendLeft(tokens, i, stop, (w) => suffixOf(w, suffixes) === w);
    // A zone's own name jieba did not know, in one or two characters left alone after its city (连云港 + 徐 圩 + 新区).
    if (j === i) j = coinedAfterPlace(tokens, i, places);
    // A zone named by two lone characters, the second one jieba reads as a place (柳/n 东/ns 新区): the name starts at the
    // first, not inside it (东新区).
    const twoChars = j < i && tokens[j].word.length === 1 && tokens[j].tag === 'ns' && j > 0 && isLoneNameChar(tokens[j - 1]);
    if (twoChars) j--;
    const first = tokens[j];
    // A whole zone name kept as one word (北京经济技术开发区) counts when it starts with a known place.
    const head = j === i && tok.word.length > suffixOf(tok.word, suffixes)!.length ? findKnown(tok.word)[0] : undefined;
    const oneWord = head?.start === 0 && head.entity.type === 'place';
    if (!oneWord && !twoChars && (j === i || !(first.tag === 'ns' || places.has(first.start)))) continue;
    // A city and a district the gazetteer holds (上海市 + 浦东新区) are two places, no zone.
    if (j === i - 1 && places.has(first.start) && places.has(tok.start)) continue;
    // A class of zones (深圳市集成电路重点园区, 省级特色园区) names none: the city in it is still a place.
    if (j < i && zoneClassWords.has(tokens[i - 1].word)) continue;
    out.push({ start: first.start, end: tok.start + tok.word.length, text: tokens.slice(j, i + 1).map((t) => t.word).join(''), kind: 'district' });
  }
  return out;
}

/** Characters a zone's coined name may be made of: no function word, measure word or number (成都 + 封 测 is no zone). */
const NOT_NAME_CHAR_TAGS = new Set(['q', 'm', 'p', 'd', 'c', 'r', 'f', 't', 'u', 'uj', 'ul', 'y', 'e', 'o', 'x']);

/** A Chinese character jieba left alone that may be part of a coined name: no function, measure or clause word. */
const isLoneNameChar = (t: Token) => t.word.length === 1 && CJK_CHAR.test(t.word) && !NOT_NAME_CHAR_TAGS.has(t.tag) && !NOT_COINED.has(t.word);

/** Where a zone named by a place and one or two lone characters starts (连云港 徐 圩 新区, 合肥 新 站 高新区), else i. */
function coinedAfterPlace(tokens: Token[], i: number, places: Set<number>): number {
  for (const n of [2, 1]) {
    const k = i - n;
    if (k < 1 || !places.has(tokens[k - 1].start)) continue;
    if (tokens.slice(k, i).every(isLoneNameChar)) return k - 1;
  }
  return i;
}

/** Words ending the name of a project, programme or facility named after a place (长春人工智能算力中心, 天山一号). */
const PROJECT_SUFFIX = new Set(['工程', '计划', '基地', '集群', '中心', '项目', '一号', '二号', '三号']);
/** Words ending the name of an event (a fair, a summit, a conference) or of a project. */
const EVENT_SUFFIX = new Set(['博览会', '展览会', '交易会', '展会', '展', '峰会', '大会', '论坛', '年会', '推介会', '洽谈会', '招商会', '对接会', '研讨会', '大赛', ...PROJECT_SUFFIX]);
const EVENT_WORD = trigger((w) => EVENT_SUFFIX.has(w));

/** A dash between a place and another place or region inside an event's name (中国—东盟博览会, 中国-中亚峰会). */
function joinsPlaces(tokens: Token[], j: number, places: Set<number>): boolean {
  const after = tokens[j + 1];
  return /^[—－-]$/.test(tokens[j].word) && j > 0 && after !== undefined && places.has(tokens[j - 1].start) && (places.has(after.start) || PROPER_TAGS.has(after.tag));
}

/**
 * Spans of event names holding a known place (中国国际光电博览会, 数字中国建设峰会): the place names the event, not
 * where the story happens, so it is no mention of its own (as a place inside an organisation's name). The name is
 * the run of name-like words before the suffix; a verb (在上海举行的…大会) ends it.
 */
export function findEventNames(tokens: Token[], known: KnownMention[]): [number, number][] {
  if (!fired(tokens, EVENT_WORD)) return [];
  const { stop, nameVerbs } = patternTables();
  const places = new Set(known.filter((k) => k.entity.type === 'place').map((k) => k.start));
  const out: [number, number][] = [];
  for (let i = 1; i < tokens.length; i++) {
    if (!EVENT_SUFFIX.has(tokens[i].word)) continue;
    let first = -1;
    let length = tokens[i].word.length;
    // A project's name holds no verb (在益阳 + 建设 + 储能电池基地 is where it is built).
    const project = PROJECT_SUFFIX.has(tokens[i].word);
    // Verbs that sit inside names (创新 of 集成电路产业创新大会) are crossed as nouns, but not in a project's name.
    const inside = (t: Token) => NAME_TAGS.has(t.tag) || NOUN_AS_MQ(t) || (!project && nameVerbs.has(t.word));
    for (let j = i - 1; j >= 0 && (inside(tokens[j]) || joinsPlaces(tokens, j, places)) && !stop.has(tokens[j].word) && !(project && tokens[j].tag === 'vn'); j--) {
      length += tokens[j].word.length;
      if (length > MAX_LENGTH) break;
      if (places.has(tokens[j].start)) first = j;
    }
    // A place right before the suffix (欧盟峰会, 北京市人民代表大会) is whose event it is: kept.
    if (first >= 0 && first < i - 1) out.push([tokens[first].start, tokens[i].start + tokens[i].word.length]);
  }
  return out;
}

/** Words a company's name ends on after its brand (恒瑞 + 医药, 贝岭 + 股份): the industry or the legal standing. */
const COMPANY_HEADS = /(?:科技|股份|微电子|半导体|电子|光电|集团|医药|药业|制药|生物|精密|控股|重工|电气|化工|能源|材料|新材|汽车|智能|通信|信息|软件|网络|环保|物流|传媒|证券|电力|机械|装备|动力|实业|锂业|钴业|矿业|钢铁)$/;
/** An ordinal (第十四) numbering a group's institutes. */
const ORDINAL = /^第[一二三四五六七八九十百零〇0-9]+$/;
const ORDINAL_MARK = '第'.charCodeAt(0);
/** Proper-noun tags a brand jieba knows may carry (恒瑞医药/nz, 深圳华强/nt); not a person's (nr). */
const BRAND_TAGS = new Set(['nz', 'nt']);

/**
 * A province or city printed right before a company's brand, with no boundary between, is part of the company's
 * name, not a place mention (江苏恒瑞医药, 上海贝岭股份): the brand is a proper noun jieba knows or a coined name found
 * above, ending on or followed by a company word; and a city right before 港 names its port (钦州港, 日照港). Only
 * when the whole string is such a name: a place before an ordinary word (北京汽车产业) stays a place.
 */
function placeLedNames(tokens: Token[], known: KnownMention[], found: PatternName[]): PatternName[] {
  const places = new Map(known.filter((k) => k.entity.type === 'place' && (k.entity.kind === 'province' || k.entity.kind === 'city')).map((k) => [k.start, k]));
  const knownAt = new Map(known.map((k) => [k.start, k]));
  const foundAt = new Map(found.map((f) => [f.start, f]));
  const out: PatternName[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const word = tokens[i].word;
    // 第十四研究所 after a group's name (中国电子科技集团公司) is one institute of the group.
    if (word.charCodeAt(0) === ORDINAL_MARK && ORDINAL.test(word) && /^(?:研究所|研究院)$/.test(tokens[i + 1].word)) {
      const owner = [...knownAt.values(), ...found].find((o) => o.end === tokens[i].start && (!('entity' in o) || o.entity.type === 'org'));
      if (owner) out.push({ start: owner.start, end: tokens[i + 1].start + tokens[i + 1].word.length, text: owner.text + tokens[i].word + tokens[i + 1].word, kind: 'institute' });
      continue;
    }
    const place = places.get(tokens[i].start);
    if (!place && word.length >= 4 && BRAND_TAGS.has(tokens[i].tag) && !knownAt.has(tokens[i].start)) {
      // One word of jieba's holding the place and the brand (深圳华强/nt) before a company word.
      const head = findKnown(tokens[i].word)[0];
      const isPlace = head?.start === 0 && head.end <= tokens[i].word.length - 2 && head.entity.type === 'place' && /^(?:province|city)$/.test(head.entity.kind);
      if (isPlace && COMPANY_HEADS.test(tokens[i + 1].word) && tokens[i + 1].word.length >= 2) {
        out.push({ start: tokens[i].start, end: tokens[i + 1].start + tokens[i + 1].word.length, text: tokens[i].word + tokens[i + 1].word, kind: 'company' });
      }
      continue;
    }
    if (!place || place.end !== tokens[i].start + word.length) continue;
    const next = tokens[i + 1];
    const coined = foundAt.get(next.start);
    const knownNext = knownAt.get(next.start);
    let end = -1;
    let kind = 'company';
    // A university named by generic words (电子科技大学) after a place is another university (杭州电子科技大学).
    if (knownNext?.entity.kind === 'institute' && /(?:大学|学院)$/.test(knownNext.text) && !countryOfPrefix(knownNext.text)) {
      end = knownNext.end;
      kind = 'institute';
    }
    else if (coined && coined.kind === 'company') end = coined.end;
    else if (BRAND_TAGS.has(next.tag) && next.word.length >= 2 && !knownAt.has(next.start)) {
      const after = tokens[i + 2];
      if (COMPANY_HEADS.test(next.word)) end = next.start + next.word.length;
      else if (after && COMPANY_HEADS.test(after.word) && after.word.length >= 2) end = after.start + after.word.length;
    } else if (next.word === '港' && place.entity.kind === 'city') end = next.start + 1;
    if (end < 0) continue;
    out.push({ start: place.start, end, text: tokens[i].word + tokensText(tokens, i + 1, end), kind });
  }
  return out;
}

/** Endings of bodies a place leads that are no general name ending (a hospital, an airport named by its city). */
const PLACE_LED_ENDINGS = /(?:医院|机场)$/;
/** Longest run of words between a place and its body's ending (江苏省 + 汽车 零部件 产业 + 联盟). */
const MAX_PLACE_LED_WORDS = 8;
/** Words joining two parts of one name (经济和信息化委员会), crossed when no place follows. */
const JOINERS = new Set(['和', '与', '及']);

/**
 * A province or city followed, without a boundary, by words that continue a name up to a body's ending (江苏省半导体
 * 行业协会, 昆明长水国际机场, 烟台市海洋发展和渔业局): the body, which holds the place, so the place is no mention of
 * its own. Industry words are crossed (unlike the leftward walk, which needs a proper name), since the place is the
 * proper part; the walk stops at the first ending (广东省人民政府 + 办公厅 is read as the government, as the gold
 * does), at any boundary (punctuation, a verb, 的, a number), another place or a known name.
 */
function placeLedBodies(tokens: Token[], known: KnownMention[]): PatternName[] {
  const { org: suffixes, stop, nameVerbs } = patternTables();
  const knownAt = new Map(known.map((k) => [k.start, k]));
  const out: PatternName[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const place = knownAt.get(tokens[i].start);
    const prev = i > 0 ? knownAt.get(tokens[i - 1].start) : undefined;
    // A university's hospital or campus named by its place (四川大学华西医院): the body is the university's.
    const university = prev?.entity.type === 'org' && prev.end === tokens[i].start && prev.text.endsWith('大学') ? prev : undefined;
    // A foreign country leads the names of its ministries, regulators and associations (泰国工业部, 英国竞争与市场管理局),
    // not of companies (美国芯片公司 is a kind of company).
    const country = place?.entity.kind === 'country' && place.entity.country !== '中国' ? place.entity.name : undefined;
    // A region beyond one country leads the names of its bodies too (欧洲专利局), never of a company.
    const region = place?.entity.type === 'place' && place.entity.kind === 'region' && place.entity.country === null;
    const isPlace = place ? place.entity.type === 'place' && (/^(?:province|city)$/.test(place.entity.kind) || country !== undefined || region) && place.end === tokens[i].start + tokens[i].word.length
      // A place jieba knows and the tables do not (天津港, 华西), at a boundary or after a university.
      : tokens[i].word.length >= 2 && tokens[i].tag === 'ns' && (university !== undefined || i === 0 || !NAME_TAGS.has(tokens[i - 1].tag));
    if (!isPlace) continue;
    let end = -1;
    let kind = '';
    let ending = '';
    let length = tokens[i].word.length;
    let crossedStop = false;
    let joined = false;
    for (let j = i + 1; j < tokens.length && j <= i + MAX_PLACE_LED_WORDS; j++) {
      const t = tokens[j];
      length += t.word.length;
      const k = knownAt.get(t.start);
      // A state body's short name right after a province or city (上海市 + 发改委, 贵州省 + 能源局) is the place's own body.
      if (k && j === i + 1 && place && k.entity.type === 'org' && k.entity.kind === 'government' && k.entity.country === '中国' && !startsWithStateHead(k.text)) {
        end = k.end;
        kind = 'government';
        break;
      }
      if (length > MAX_LENGTH || k) break;
      // A one-character ending inside a word right after the place only in a word of three characters or more that is
      // no direction (泰国 + 工业部, not 四川 + 东部 or 西北部).
      const suffix = suffixOf(t.word, suffixes, j > i + 1 || (t.word.length >= 3 && t.tag !== 'f')) ?? (country && j > i + 1 && t.word === countryEnding(country) ? t.word : null);
      // An ending right after the place (江苏省委, 上海市政府) is read by the other passes.
      if (suffix && j === i + 1 && t.word === suffix) break;
      if (suffix) {
        end = t.start + t.word.length;
        // A group's legal form, maybe in two words (云南省机场集团 + 有限责任 公司), belongs to the name.
        if (/股份|集团/.test(t.word)) {
          for (let k = j + 1, form = ''; k < tokens.length && k <= j + 2; k++) {
            form += tokens[k].word;
            if (LEGAL_FORMS.has(form)) end = tokens[k].start + tokens[k].word.length;
          }
        }
        kind = country && suffix === countryEnding(country) ? 'government' : kindOf(suffix);
        ending = suffix;
        break;
      }
      if (PLACE_LED_ENDINGS.test(t.word) && (j > i + 1 || university)) {
        end = t.start + t.word.length;
        kind = t.word.endsWith('医院') ? 'institute' : 'company';
        break;
      }
      if (JOINERS.has(t.word) && j + 1 < tokens.length && !knownAt.has(tokens[j + 1].start)) {
        joined = true;
        continue;
      }
      // Nouns that end a leftward walk (市场, 生态) sit inside the names of bodies a place leads (苏州市市场监管局), not
      // of its companies (沈阳新松 + 旗下 + 公司).
      // A verb between a noun and a government body's ending is part of its name (科技 + 创新 + 局), not the clause's
      // predicate (上海市 + 设立 + 管委会).
      const verbInName = t.tag === 'v' && t.word.length === 2 && j > i + 1 && GOV_SUFFIXES.has(suffixOf(tokens[j + 1]?.word ?? '', suffixes, true) ?? '');
      const nameLike = (NAME_TAGS.has(t.tag) || t.tag === 'l' || nameVerbs.has(t.word) || verbInName || (t.tag === 'mq' && !/\d/.test(t.word))) && (!stop.has(t.word) || t.tag === 'n');
      if (!nameLike) break;
      if (stop.has(t.word)) crossedStop = true;
    }
    if (end < 0) continue;
    const from = university ? i - 1 : i;
    // An exchange a country leads (印度国家证券交易所) is a named body, unlike a kind of company (美国芯片公司).
    if ((country || region || crossedStop) && kind === 'company' && ending !== '交易所') continue;
    // Two parties' venture by its business (华川与南屿合资电池公司) is whose company it is, no name.
    if (joined && COMPANY_SUFFIXES.has(ending)) continue;
    if (kind === 'company' && isLocalClassOfCompanies(companyModifier(tokens, i, end))) continue;
    out.push({ start: tokens[from].start, end, text: tokensText(tokens, from, end), kind });
  }
  return out;
}

/** A country's ministries' own ending (日本 → 省), if it has one. */
const countryEnding = (country: string): string | undefined => patternData().countryBodyEndings[country];

/** True when a name opens with a state head (国家能源局, 国务院国资委): a national body, never a place's own. */
const startsWithStateHead = (name: string) => [...STATE_HEADS].some((h) => name.startsWith(h));

/** The text of the tokens from index i up to the offset end. */
function tokensText(tokens: Token[], i: number, end: number): string {
  let text = '';
  for (let j = i; j < tokens.length && tokens[j].start < end; j++) text += tokens[j].word;
  return text;
}

/** A word of a city and 港 (钦州港), as jieba keeps a port. */
const isPortWord = (w: string) => w.length >= 3 && w.length <= 5 && w.endsWith('港');
const PORT_WORD = trigger(isPortWord);
/** Words after a port that make it a place: its area or zone (钦州港域, 钦州港片区), one end of a route (钦州港至…). */
const PORT_AS_PLACE = /^(?:域|片区|港区|区|至(?!今|少|于)|—|－)/;

/**
 * Ports jieba keeps as one word with their city (钦州港/ns) but the alias table does not know: the port, not a
 * place. A known place (香港, 连云港) is matched before this is asked.
 */
function portNames(tokens: Token[], known: KnownMention[]): PatternName[] {
  if (!fired(tokens, PORT_WORD)) return [];
  const knownAt = new Set(known.map((k) => k.start));
  const out: PatternName[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!isPortWord(t.word) || knownAt.has(t.start) || PORT_AS_PLACE.test(tokens[i + 1]?.word ?? '')) continue;
    const head = findKnown(t.word.slice(0, -1));
    if (head.length === 1 && head[0].start === 0 && head[0].end === t.word.length - 1 && head[0].entity.kind === 'city') {
      out.push({ start: t.start, end: t.start + t.word.length, text: t.word, kind: 'company' });
    }
  }
  return out;
}

/** A word that is or ends with a person's title (董事长, 副总裁): an employer's name never crosses one. */
const roleWords = perKnowledge(() => new RegExp(`(?:${patternData().roles.map(escapeRegExp).join('|')})$`));

/** Longest employer or list member read without an ending (新松机器人, 逐际动力). */
const MAX_BARE_NAME = 8;

/**
 * The name-like words ending right before token index `end` (exclusive), read leftwards: nouns, proper nouns, characters
 * jieba left alone and rare words it tags verbs; as the start index and whether a brand is among them (a proper noun
 * that is no place, a lone character, a rare or unknown word), or null when there are none.
 */
function bareNameBefore(tokens: Token[], end: number, knownAt: Map<number, KnownMention>): { start: number; branded: boolean } | null {
  const { stop } = patternTables();
  let j = end;
  let length = 0;
  let branded = false;
  while (j > 0) {
    const t = tokens[j - 1];
    const single = t.word.length === 1 && CJK_CHAR.test(t.word) && !NOT_COINED.has(t.word);
    const rare = t.word.length >= 2 && t.idf >= RARE_IDF && /^(?:v|vn|nz|nr|nt|n|j|ng)$/.test(t.tag);
    const k = knownAt.get(t.start);
    const brand = single || rare || (PROPER_TAGS.has(t.tag) && k?.entity.type !== 'place') || k?.entity.type === 'org';
    if (stop.has(t.word) || roleWords().test(t.word) || !(brand || (NAME_TAGS.has(t.tag) && t.tag !== 'a')) || length + t.word.length > MAX_BARE_NAME) break;
    j--;
    length += t.word.length;
    if (brand) branded = true;
  }
  return j < end ? { start: j, branded } : null;
}

/** A name read by bareNameBefore, if it names someone: a brand in it, not one known name, not a class of companies. */
function bareName(tokens: Token[], from: number, end: number, knownAt: Map<number, KnownMention>): PatternName | null {
  const found = bareNameBefore(tokens, end, knownAt);
  if (!found?.branded || found.start < from) return null;
  const pieces = tokens.slice(found.start, end);
  const text = pieces.map((t) => t.word).join('');
  const k = knownAt.get(pieces[0].start);
  if (text.length < 3 || (k && k.text === text) || isClassOfCompanies(pieces.map((t) => t.word))) return null;
  // 公司 or 集团 opening it is the article's company spoken of (公司海外事业部负责人): a unit of no named body.
  if (ENDINGS_ONLY.test(pieces[0].word) || isUnitOfNoName(text)) return null;
  // One known name or word (北京市副市长), or a known name and a country (西门子中国执行副总裁: its arm there).
  if (pieces.length === 1 && (k || isDictionaryWord(text))) return null;
  if (knownAt.get(pieces[pieces.length - 1].start)?.entity.kind === 'country') return null;
  const end0 = pieces[pieces.length - 1];
  // A bureau or department before its officer's title (市经信局副局长) is a government body, not a company.
  return { start: pieces[0].start, end: end0.start + end0.word.length, text, kind: /[局厅]$/.test(text) ? 'government' : 'company' };
}

/** The number or code a craft or a model is named by (长征八号, 神舟十八号, 天问一号; C919, ARJ21). */
const CRAFT_NUMBER = /[〇零一二三四五六七八九十百\d]号$|^[A-Z]{1,3}\d{2,}$/;

/**
 * Employers printed right before a person's title where no known or pattern name ends (华测导航董事长赵延平,
 * 新松机器人总裁张进): the words before the title, back to a boundary, when they hold a brand. `titleStarts` are the
 * offsets where such titles start.
 */
export function findEmployers(tokens: Token[], known: KnownMention[], titleStarts: number[]): PatternName[] {
  if (!titleStarts.length) return [];
  const titles = new Set(titleStarts);
  const { stop } = patternTables();
  let knownAt: Map<number, KnownMention> | undefined;
  const out: PatternName[] = [];
  for (let end = 1; end < tokens.length; end++) {
    if (!titles.has(tokens[end].start)) continue;
    knownAt ??= new Map(known.map((k) => [k.start, k]));
    const name = bareName(tokens, 0, end, knownAt);
    // A craft or model by its number (长征八号总指挥, C919总设计师) is what the person works on, not an employer.
    if (!name || CRAFT_NUMBER.test(name.text)) continue;
    // A body of a level the name leaves unsaid (市商务局副局长…) is no named body, as findPatternOrgs reads it.
    if (loneLevelBodyAt(tokens, end - 1)?.start === name.start) continue;
    // Only a name made of words the tables do not know (a known one before the title is found as itself), with a
    // boundary before it, not a person's name in it.
    let first = end - 1;
    while (tokens[first].start > name.start) first--;
    if (tokens.slice(first, end).some((t) => knownAt!.has(t.start) || /^nr/.test(t.tag))) continue;
    const before = tokens[first - 1];
    if (before && !(before.tag === 'x' || before.tag === 'p' || before.tag === 'c' || stop.has(before.word))) continue;
    out.push(name);
  }
  return out;
}

/** Words closing a list of companies: A、B等企业. */
const LIST_CLOSER = /^(?:企业|公司|厂商|厂家|头部企业|龙头企业)$/;
const LIST_JOINER = /^(?:、|和|与|及)$/;
/** The word a list of companies needs (exported for the triggers' test, which may not make triggers of its own). */
export const LIST_MARK = trigger((w) => w === '等');

/**
 * Members of a list a word for companies closes (亿航智能、峰飞航空等企业; 优必选科技、越疆科技和逐际动力等公司): each
 * member is read as an employer is, leftwards from the joiner after it; the list ends at the first member that is
 * no name.
 */
export function findListedCompanies(tokens: Token[], known: KnownMention[]): PatternName[] {
  if (!fired(tokens, LIST_MARK)) return [];
  let knownAt: Map<number, KnownMention> | undefined;
  const out: PatternName[] = [];
  for (let i = 1; i + 1 < tokens.length; i++) {
    if (tokens[i].word !== '等' || !LIST_CLOSER.test(tokens[i + 1].word)) continue;
    knownAt ??= new Map(known.map((k) => [k.start, k]));
    let end = i;
    while (end > 0) {
      const found = bareNameBefore(tokens, end, knownAt);
      if (!found) break;
      const name = bareName(tokens, found.start, end, knownAt);
      if (name) out.push(name);
      else if (!knownAt.has(tokens[found.start].start)) break;
      if (found.start < 2 || !LIST_JOINER.test(tokens[found.start - 1].word)) break;
      end = found.start - 1;
    }
  }
  return out;
}

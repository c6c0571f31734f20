/** Organisations, people and places in an article, each under its canonical name with every mention. */
import { patternData, perKnowledge } from './data.js';
import { countryOfPrefix, escapeRegExp, findKnown, findKnownTokens, knownAtStart, knownSurfaces, type KnownEntity, type KnownMention } from './entity-lexicon.js';
import { findCountyCities } from './entity-county-cities.js';
import { findProvincialOperators, isNetworkCompany, withRegionalShortForms } from './entity-operators.js';
import { coveredBy } from './spans.js';
import { findEmployers, findEventNames, findListedCompanies, findPatternOrgs, findPatternPlaces, industryVocabulary, LEVEL_CHARS, loneLevelBodies, nameSuffixOf, ZONE_PLACE_OPENING } from './entity-orgs.js';
import { brandHeadForms, INDUSTRY_TAIL, introducedNames, LEGAL_TAIL, registeredShortNames } from './entity-aliases.js';
import { findPatternPersons } from './entity-persons.js';
import { isCommonWord, tokenize, type Token } from './segmenter.js';
import { matchesOf, offsetMask } from './text.js';
import type { Entity, EntityType, Span } from './types.js';

/** One mention before merging: where it is and what it resolves to. */
type Candidate = Span & Omit<Entity, 'mentions' | 'spans'>;

const TYPE_RANK: Record<EntityType, number> = { org: 0, person: 1, place: 2 };

function fromKnown(start: number, end: number, text: string, e: KnownEntity): Candidate {
  return { start, end, text, type: e.type, name: e.name, kind: e.kind, country: e.country, role: null, affiliation: null };
}

/** Offsets taken by a kept candidate, marked afresh for each call. */
const overlapMask = offsetMask();

/** Keeps the longest of overlapping candidates (北京理工大学 over 北京), organisations before people before places, a mention with a title before one without. */
function resolveOverlaps(cands: Candidate[]): Candidate[] {
  const sorted = [...cands].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || TYPE_RANK[a.type] - TYPE_RANK[b.type] || a.start - b.start ||
      Number(b.role !== null) - Number(a.role !== null),
  );
  const taken: Candidate[] = [];
  let last = 0;
  for (const c of cands) last = Math.max(last, c.end);
  const used = overlapMask(last + 1);
  for (const c of sorted) {
    let free = true;
    for (let i = c.start; i < c.end && free; i++) free = !used[i];
    if (!free) continue;
    used.fill(1, c.start, c.end);
    taken.push(c);
  }
  return taken.sort((a, b) => a.start - b.start);
}

/** 中国 and a place in brackets opening a zone's or programme's name (中国（上海）自由贸易试验区, 中国（温州）跨境电子商务综合试验区). */
export const ZONE_NAME_OPENING = new RegExp(`^${ZONE_PLACE_OPENING.source}\\p{Script=Han}`, 'u');

/** True for 中国 or the bracketed place of such an opening: part of the name, no mention of its own. */
function opensZoneName(text: string, k: KnownMention): boolean {
  const from = k.entity.name === '中国' ? k.start : text[k.start - 1] === '（' || text[k.start - 1] === '(' ? k.start - 3 : -1;
  return from >= 0 && ZONE_NAME_OPENING.test(text.slice(from, from + 9));
}

/** How far before its end an event's name may start: more than its longest (entity-orgs.ts' MAX_LENGTH, 20). */
const MAX_EVENT_SPAN = 32;

/**
 * A test of whether a mention lies inside one of the spans, asked in text order: the spans come ordered by their end
 * (as findEventNames gives them), so each question looks at the few spans ending near it — linear in the text, where
 * testing every span for every mention was quadratic in a text of many fairs' names.
 */
function spanTest(spans: [number, number][]): (m: { start: number; end: number }) => boolean {
  let from = 0;
  return (m) => {
    // A span ending before this mention starts holds no later mention either.
    while (from < spans.length && spans[from][1] <= m.start) from++;
    for (let j = from; j < spans.length && spans[j][1] - MAX_EVENT_SPAN <= m.start; j++) if (spans[j][0] <= m.start && m.end <= spans[j][1]) return true;
    return false;
  };
}

/** Every further occurrence of a name found once by pattern (a person is named in full again later). */
function repeatMentions(text: string, found: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  const seen = new Set<string>();
  for (const c of found) {
    if (seen.has(c.text)) continue;
    seen.add(c.text);
    for (let at = text.indexOf(c.text); at >= 0; at = text.indexOf(c.text, at + c.text.length)) {
      if (at !== c.start) out.push({ ...c, start: at, end: at + c.text.length, role: null, affiliation: null });
    }
  }
  return out;
}

/**
 * 我省/本市… resolved to the province or city the source is named after, where the text says so: the two characters
 * must begin and end words of their own, since 资本市场, 日本市场 and 本区域 hold them across word boundaries and do
 * not speak of the publication's home. Only a home the article names itself (among `named`, its places) takes them as
 * mentions: from 我市 alone the place is read out of the publication's name, which is no text of the article, and 我市
 * is then no place, as 我国 is none.
 */
function selfReferences(text: string, tokens: Token[], source: string | null | undefined, named: ReadonlySet<string>): Candidate[] {
  if (!source) return [];
  const home = findKnown(source).find((k) => k.entity.type === 'place' && (k.entity.kind === 'province' || k.entity.kind === 'city'));
  if (!home) return [];
  const surfaces = knownSurfaces();
  const province = home.entity.kind === 'city' ? surfaces.get(home.entity.province!)! : home.entity;
  const city = home.entity.kind === 'city' ? home.entity : null;
  const out: Candidate[] = [];
  const starts = new Set(tokens.map((t) => t.start));
  const ends = new Set(tokens.map((t) => t.start + t.word.length));
  for (const m of matchesOf(SELF_REFERENCE, text)) {
    if (!starts.has(m.index) || !ends.has(m.index + 2)) continue;
    const target = m[1] === '省' ? province : city ?? (province.name.endsWith('市') ? province : null);
    if (target && named.has(target.name) && !m[0].startsWith('全')) out.push(fromKnown(m.index, m.index + 2, m[0], target));
  }
  return out;
}

const SELF_REFERENCE = /(?:我|本|全)(省|市|区)/g;
const DOCUMENT_TITLE = /《[^《》\n]{1,80}》/g;

/** Spans of 《…》 titles: names inside a document's title are part of the title, not mentions. */
function titleRanges(text: string): [number, number][] {
  return matchesOf(DOCUMENT_TITLE, text).map((m) => [m.index, m.index + m[0].length]);
}

/** A generic tail after a known company name: 京东方 + 科技集团, NEC + 集团, 微软 + 公司. */
const GENERIC_TAIL = /(?:科技)?(?:集团|公司|集团公司|股份有限公司|有限公司|有限责任公司|集团有限公司|集团股份有限公司)$/;

/** The legal form of a listed company (股份有限公司) and of a group (集团有限公司): not the same entity. */
const LISTED_FORM = /股份有限公司$/;
const GROUP_NAME = /集团(?:有限公司|公司)?$/;
/** A company's branch or subsidiary named by its place (中国电信广东公司, 华为杭州分公司, 中兴通讯巴西子公司): the company is meant. */
const BRANCH_TAIL = /(?:分公司|子公司|公司)$/;
/** The word a subsidiary's name follows (控股子公司, 全资子公司, 子公司, 旗下的). */
export const SUBSIDIARY_BEFORE = /(?:子公司|旗下的?)$/;
/** A registered name's ending that makes it an investment arm (中电科投资控股有限公司, 中移资本): a body of its own, not its parent. */
const INVESTMENT_ARM = /(?:投资|投资控股|资本|创投|创业投资|产业投资|资本管理|基金管理)(?:有限公司|有限责任公司|股份有限公司)?$/;
/** A university's or college's name. */
const UNIVERSITY = /(?:大学|学院)$/;
/** Units inside a government body (工业和信息化部 + 信息通信管理局): the body is what is meant. */
const GOV_UNIT = /(?:司|局|办公室|办|中心|处)$/;

/**
 * A pattern-found name that is a known organisation with a generic tail, maybe after a known place
 * (日本东芝公司, 京东方科技集团): resolved to the known organisation; the place stands as its own mention.
 * A listed company printed in full (中国电信股份有限公司) stays itself when the known name is its group.
 * A department printed after its ministry (工业和信息化部运行监测协调局) is the ministry, a branch after its company
 * (中国移动浙江公司) the company.
 */
function resolveToKnown(o: Candidate, afterSubsidiaryWord = false): Candidate[] {
  if (INVESTMENT_ARM.test(o.text)) return [o];
  const surfaces = knownSurfaces();
  const branch = BRANCH_TAIL.exec(o.text)?.[0];
  for (let p = o.text.length - (branch?.length ?? o.text.length) - 1; p >= 2; p--) {
    const parent = surfaces.get(o.text.slice(0, p));
    const place = surfaces.get(o.text.slice(p, o.text.length - branch!.length));
    // The whole branch is the mention, so the place in its name is no place mention of its own.
    if (parent?.type === 'org' && parent.kind === 'company' && place?.type === 'place') return isNetworkCompany(parent.name) ? [o] : [fromKnown(o.start, o.end, o.text, parent)];
  }
  if (GOV_UNIT.test(o.text)) {
    for (let p = o.text.length - 2; p >= 2; p--) {
      const parent = surfaces.get(o.text.slice(0, p));
      if (parent?.type === 'org' && parent.kind === 'government') return [fromKnown(o.start, o.start + p, o.text.slice(0, p), parent)];
    }
  }
  const legal = LEGAL_TAIL.test(o.text);
  for (const core of coreNames(o.text)) {
    for (let p = 0; p < core.length - 1; p++) {
      const head = core.slice(0, p);
      const place = p ? surfaces.get(head) : undefined;
      if (p && place?.type !== 'place') continue;
      const org = surfaces.get(core.slice(p));
      if (org?.type !== 'org') continue;
      // 控股子公司歌尔微电子股份有限公司: a subsidiary's registered name, read as its group's only by dropping its
      // industry words, is a body of its own.
      if (afterSubsidiaryWord && legal && core.length < o.text.replace(LEGAL_TAIL, '').length) return [o];
      // …unless its registered name holds the group word itself (宁波拓普集团股份有限公司 is 拓普集团's own, 海信集团控股股份有限公司
      // the holding 海信集团 is).
      if (LISTED_FORM.test(o.text) && GROUP_NAME.test(org.name) && !(core === o.text.replace(LEGAL_TAIL, '').replace(/控股$/, '') && core.endsWith('集团'))) return [o];
      // A Chinese city before a university named by generic words names another university (杭州电子科技大学), and a
      // province or city before a state body's short name (能源局) its own body (贵州省能源局).
      if (place?.country === '中国' && ((org.kind === 'institute' && UNIVERSITY.test(org.name)) || (org.kind === 'government' && place.kind !== 'country'))) return [o];
      // A Chinese place in a registered name (上海阶跃星辰智能科技有限公司) is where it is registered, no mention; so is a
      // Chinese city or province before a known company's name and its company word (宁波拓普集团).
      if (place && place.country === '中国' && (legal || (place.kind !== 'country' && core === o.text))) return [fromKnown(o.start, o.end, o.text, org)];
      const resolved = fromKnown(o.start + p, o.end, o.text.slice(p), org);
      return place ? [resolved, fromKnown(o.start, o.start + p, head, place)] : [resolved];
    }
  }
  if (legal) {
    const subsidiary = provincialSubsidiary(o.text);
    if (subsidiary) return [fromKnown(o.start, o.end, o.text, subsidiary)];
  }
  return countryBeforeLatinName(o);
}

/** A Latin-script brand and a generic tail (Ebro公司); the brand is group 1. */
const LATIN_BRAND = /^([A-Za-z][A-Za-z0-9&.-]*(?: [A-Za-z0-9&.-]+)*)(?:公司|集团)?$/;

/** A company's Chinese name no table knows, ending in 集团 or 公司 (莱尼集团); the brand is group 1. */
const HAN_BRAND = /^(\p{Script=Han}{2,6})(?:集团|公司)$/u;
const FOREIGN_NAME_TAGS = new Set(['nr', 'nrt', 'nrfg', 'nz']);

/**
 * True for a brand jieba reads as one foreign or proper name (莱尼/nrt), not an industry word or a known name, maybe
 * followed by a noun or two for its trade (杜伊斯堡/nrt 港务/n).
 */
function isForeignBrand(brand: string): boolean {
  const [first, ...trade] = tokenize(brand);
  return trade.length <= 2 && trade.every((t) => t.tag === 'n') && FOREIGN_NAME_TAGS.has(first.tag) && first.word.length >= 2 && !industryVocabulary().has(first.word) && !knownSurfaces().has(first.word);
}

/** The government of a kind of region, named by no region (州政府, 地方政府). */
const LOCAL_GOVERNMENT = /^(?:州|省|地方|联邦州)政府$/;
/** A region's government or assembly. */
const GOVERNMENT_WORD = /^(?:政府|议会)$/;

/**
 * A foreign country printed before a company's Latin-script name (西班牙Ebro公司) or its Chinese name with 集团 or 公司
 * (德国莱尼集团), or before a region's government (美国得克萨斯州政府): the country is a place mention and the rest the
 * body, as a country before a known company is. A kind of company (德国汽车公司) or of government (美国州政府) is not a
 * name.
 */
function countryBeforeLatinName(o: Candidate): Candidate[] {
  const p = placeAtStart(o.text);
  const place = p ? knownSurfaces().get(o.text.slice(0, p)) : undefined;
  if (place?.kind !== 'country') return [o];
  const rest = o.text.slice(p);
  const countryMention = fromKnown(o.start, o.start + p, o.text.slice(0, p), place);
  // 美国州政府: the governments of a kind of region, no one body.
  if (LOCAL_GOVERNMENT.test(rest)) return [countryMention];
  // 美国得克萨斯州政府: a region of the country and its government's word name the region's government.
  const r = placeAtStart(rest);
  const region = r ? knownSurfaces().get(rest.slice(0, r)) : undefined;
  if (region?.kind === 'region' && region.country === place.name && GOVERNMENT_WORD.test(rest.slice(r))) return [{ ...o, start: o.start + p, text: rest, name: rest, kind: 'government', country: place.name }, countryMention];
  const latin = LATIN_BRAND.exec(rest)?.[1];
  const han = place.name !== '中国' ? HAN_BRAND.exec(rest)?.[1] : undefined;
  // A Chinese brand is one word jieba reads as a foreign name (莱尼/nrt); 日本电产, 英国石油 are names of their own.
  const name = latin ?? (han && isForeignBrand(han) ? rest : undefined);
  if (!name) return [o];
  return [{ ...o, start: o.start + p, end: o.start + p + name.length, text: name, name, country: place.name }, countryMention];
}

/**
 * The shorter names a company's printed name may be known by, longest first: without its legal form, then without
 * each industry word from the end, and the brand with one of those words (宁波容百新能源科技 → 容百新能源, 容百, 容百科技).
 */
function coreNames(text: string): string[] {
  const out = [text.replace(GENERIC_TAIL, '')];
  // A known name that ends on a company word itself (拓普集团), after a place: the whole printed name.
  if (out[0] !== text) out.push(text);
  let core = text.replace(LEGAL_TAIL, '');
  if (core === text) return out;
  const dropped: string[] = [];
  out.push(core);
  // A group's registered name keeps its group word in the short name the tables know (三一集团有限公司 → 三一集团).
  if (/集团(?:有限公司|公司)$/.test(text)) out.push(`${core}集团`);
  for (let m = INDUSTRY_TAIL.exec(core); m && m.index >= 2; m = INDUSTRY_TAIL.exec(core)) {
    dropped.push(m[0]);
    core = core.slice(0, m.index);
    out.push(core, ...dropped.map((d) => core + d));
  }
  return out;
}

/** A place of registration in brackets right after a brand (博世（嘉兴）汽车部件有限公司). */
const BRACKETED_PLACE = /^[（(]([^（）()]{2,4})[）)]/;

/**
 * A known company, a province or city, then industry words and a legal form (国网江苏省电力有限公司), or its place of
 * registration in brackets and any words (博世（嘉兴）汽车部件有限公司): the company's provincial or local subsidiary,
 * which is the company as its branches are.
 */
function provincialSubsidiary(text: string): KnownEntity | null {
  const surfaces = knownSurfaces();
  const core = text.replace(LEGAL_TAIL, '');
  for (let p = 2; p < core.length - 1; p++) {
    const parent = surfaces.get(core.slice(0, p));
    if (parent?.type !== 'org' || parent.kind !== 'company' || isNetworkCompany(parent.name)) continue;
    const rest = core.slice(p);
    const bracketed = BRACKETED_PLACE.exec(rest)?.[1];
    const registeredIn = bracketed ? surfaces.get(bracketed) : undefined;
    if (registeredIn?.type === 'place' && registeredIn.country === '中国') return parent;
    for (let q = rest.length; q >= 2; q--) {
      const place = surfaces.get(rest.slice(0, q));
      if (place?.type === 'place' && place.country === '中国' && (q === rest.length || INDUSTRY_TAIL.test(rest))) return parent;
    }
  }
  return null;
}

/** Function characters: a name before one of them ends there (工信部将…, not 部将). */
export const FUNCTION_CHARS = new Set([...'的地得在和与及暨等是为将向对从被把了该其这那每也已还都就而并或又再于以由']);

/** A level of local government (县, 市) printed alone before a body's name. */
const LOCAL_LEVEL = new RegExp(`${LEVEL_CHARS}$`);

/** How a national body's name says it is national (国家统计局, 中央网信办): no local body is printed so. */
const NATIONAL_OPENING = /^(?:国家|中国|中华人民共和国|国务院|中央|中共中央)/;

/**
 * A company the tables know by a bureau's word (招商局), or a national body by a short name that names no level
 * (统计局, 发改委, 网信办), printed after a level of local government (县招商局, 省统计局, 市发改委) is that
 * government's bureau, no company and no national body.
 */
function isLocalBureau(k: KnownMention, text: string): boolean {
  if (k.entity.type !== 'org' || !LOCAL_LEVEL.test(text.slice(Math.max(0, k.start - 1), k.start))) return false;
  return k.entity.kind === 'company' ? k.text.endsWith('局') : k.entity.kind === 'government' && !NATIONAL_OPENING.test(k.text);
}

/** A level of local government where a bureau's name may start (省统计局, 市发改委). */
const LEVEL_CHAR = new RegExp(LEVEL_CHARS, 'g');

/**
 * The bureaus a lone level names with a national body's short name (省统计局, 市发改委), which extractEntities leaves
 * out as no national body, and the other bodies a lone level opens (省通信管理局, read from `tokens`), which it leaves out
 * as naming no one: each under the name as printed, with its mentions, for the section reading's local government.
 * A level inside one of `entities` (杭州市发改委 found whole, 州 ending 广州) is no lone level.
 */
export function levelledBureaus(text: string, entities: readonly Entity[], tokens: Token[]): Entity[] {
  const covered = new Uint8Array(text.length);
  for (const e of entities) for (const s of e.spans) covered.fill(1, s.start, s.end);
  const byName = new Map<string, Entity>();
  const add = (start: number, end: number, name: string) => {
    const e = byName.get(name) ?? { type: 'org', name, kind: 'government', country: '中国', role: null, affiliation: null, mentions: 0, spans: [] };
    e.mentions++;
    e.spans.push({ start, end, text: name });
    byName.set(name, e);
    covered.fill(1, start, end);
  };
  for (const m of matchesOf(LEVEL_CHAR, text)) {
    if (covered[m.index]) continue;
    const at = m.index + 1;
    const k = knownAtStart(text.slice(at, at + MAX_BUREAU));
    if (!k || !isLocalBureau({ ...k, start: at, end: at + k.end }, text) || k.entity.kind !== 'government') continue;
    add(m.index, at + k.end, m[0] + k.text);
  }
  for (const b of loneLevelBodies(tokens)) if (!covered[b.start]) add(b.start, b.end, b.text);
  return [...byName.values()];
}

/** Longest national body's short name read after a level. */
const MAX_BUREAU = 12;

/**
 * True when a known organisation's last characters and the one-character word after it form a common word, so jieba
 * cut the name out of a longer word (中国银行 + 业, 上海港 + 口, 上海大学 + 生): no mention. A rare word (台积电 + 新: 电新)
 * is no such evidence, and a function character after a name (工信部将…) always ends it.
 */
function runsIntoWord(k: KnownMention, next: Token | undefined): boolean {
  if (k.entity.type !== 'org' || !next || next.start !== k.end || next.word.length !== 1 || FUNCTION_CHARS.has(next.word)) return false;
  return isCommonWord(k.text.slice(-2) + next.word) || isCommonWord(k.text.slice(-1) + next.word);
}

/** The ending of a research unit's name (…研究所, …实验室), after which its researcher may be printed with no title. */
const RESEARCH_UNIT = /(?:研究所|研究院|研究中心|研究部|研究室|实验室|课题组)/g;

/**
 * Extracts entities from the analysed text and its tokens. `source` (publication or site name) lets
 * 我省/我市 resolve to a place.
 */
export function extractEntities(text: string, tokens: Token[], source?: string | null): Entity[] {
  const titles = titleRanges(text);
  const outsideTitles = (c: { start: number; end: number }) => !titles.some(([s, e]) => c.start >= s && c.end <= e);
  // Spans of known names cut out of a longer word or read as a local bureau (县招商局); a pattern name of the same span
  // is no mention either.
  const cut = new Set<string>();
  let next = 0;
  const lexiconMentions = findKnownTokens(text, tokens).filter((k) => {
    // Mentions come in text order, so the token after each is found by walking on.
    while (next < tokens.length && tokens[next].start < k.end) next++;
    if (!runsIntoWord(k, tokens[next]) && !isLocalBureau(k, text)) return outsideTitles(k);
    cut.add(`${k.start}:${k.end}`);
    return false;
  });
  const insideEvent = spanTest(findEventNames(tokens, lexiconMentions));
  const known = lexiconMentions.filter((k) => k.entity.type !== 'place' || !(insideEvent(k) || opensZoneName(text, k)));
  const cands: Candidate[] = known.map((k) => fromKnown(k.start, k.end, k.text, k.entity));
  const surfaces = knownSurfaces();
  const named = [...findPatternOrgs(tokens, known), ...findListedCompanies(tokens, known), ...findProvincialOperators(tokens)].filter((o) => outsideTitles(o) && !cut.has(`${o.start}:${o.end}`)).flatMap<Candidate>((o) => {
    const e = surfaces.get(o.text);
    return e ? [fromKnown(o.start, o.end, o.text, e)]
      : resolveToKnown({ start: o.start, end: o.end, text: o.text, type: 'org', name: o.text, kind: o.kind, country: o.country ?? countryOfPrefix(o.text), role: null, affiliation: null }, SUBSIDIARY_BEFORE.test(text.slice(Math.max(0, o.start - 3), o.start)));
  });
  // Where each brand form is printed first and last, read once for the article (a name may be printed many times).
  const firstAndLast = new Map<string, [number, number]>();
  const orgs = withBranches(withoutFundsInFormation(text, named)).map((o) => knownBrandOf(text, o, firstAndLast));
  cands.push(...orgs, ...repeatMentions(text, orgs.filter((o) => o.name === o.text && !surfaces.has(o.text))));
  cands.push(...shortNameMentions(text, cands, orgs));
  const orgSpans = cands.filter((c) => c.type === 'org');
  const orgEndingAt = new Map(orgSpans.map((o) => [o.end, o]));
  // A research unit no pass names as a body (本院数字经济研究所, the publisher's own) still ends where a person follows.
  const unitEnds = matchesOf(RESEARCH_UNIT, text).map((m) => m.index + m[0].length);
  const found = findPatternPersons(text, tokens, (n) => surfaces.has(n), [...orgEndingAt.keys(), ...unitEnds]);
  // An employer no table or ending names, printed before a person's title (华测导航董事长赵延平).
  const titled = found.filter((p) => p.role && !orgEndingAt.has(p.prefixStart)).map((p) => p.prefixStart);
  for (const o of findEmployers(tokens, known, titled).filter(outsideTitles)) {
    const c: Candidate = { start: o.start, end: o.end, text: o.text, type: 'org', name: o.text, kind: o.kind, country: countryOfPrefix(o.text), role: null, affiliation: null };
    cands.push(c, ...repeatMentions(text, [c]));
    orgEndingAt.set(c.end, c);
  }
  // A foreign name printed in full once is its last part later on (贾斯汀·霍塔德 … 霍塔德称): one person.
  const fullNames = new Map(found.filter((p) => p.text.includes('·')).map((p) => [p.text.slice(p.text.lastIndexOf('·') + 1), p.text]));
  const persons = found.map<Candidate>((p) => ({
    start: p.start, end: p.end, text: p.text, type: 'person', name: fullNames.get(p.text) ?? p.text, kind: null, country: null,
    role: p.role, affiliation: orgEndingAt.get(p.prefixStart)?.name ?? null,
  }));
  const zones = findPatternPlaces(tokens, known).filter(outsideTitles).map<Candidate>((z) => ({
    start: z.start, end: z.end, text: z.text, type: 'place', name: z.text, kind: 'district', country: '中国', role: null, affiliation: null,
  }));
  committeesOfDistricts(text, cands);
  committeeOffices(text, tokens, cands);
  const towns = foreignTowns(text, tokens, known).filter(outsideTitles);
  // A county-level city's short form is also a given name (李永康): a person read there keeps the span.
  const countyCities = findCountyCities(tokens, known).filter((c) => outsideTitles(c) && !found.some((p) => p.start < c.end && c.start < p.end));
  cands.push(...countyCities.map((c) => fromKnown(c.start, c.end, c.text, c.entity)));
  const placesNamed = new Set(cands.flatMap((c) => (c.type === 'place' ? [c.name] : [])));
  cands.push(...persons, ...repeatMentions(text, persons), ...zones, ...towns, ...repeatMentions(text, towns), ...selfReferences(text, tokens, source, placesNamed));
  cands.push(...foreignMinistries(cands));
  const placed = withoutGluedPlaces(text, tokens, withoutPlantPlaces(text, withoutBranchPlaces(text, withoutCountryUnits(text, cands))));
  return group(abbreviatedNames(listedOverGroup(withFullCommitteeNames(resolveOverlaps(withRegionalShortForms(placed, headlineEndOf(text)))))));
}

/** Where the headline of the analysed text ends (analysedText joins it to the body with a blank line). */
function headlineEndOf(text: string): number {
  const end = text.indexOf('\n\n');
  return end < 0 ? 0 : end;
}

/**
 * A ministry's short name the tables give our government (国防部, 财政部) printed right after a country abroad (美国国防部,
 * 英国财政部) is that country's ministry: one body of that country, holding the country's name, not ours beside a place.
 */
function foreignMinistries(cands: Candidate[]): Candidate[] {
  const countryEndingAt = new Map(cands.filter((c) => c.type === 'place' && c.kind === 'country' && c.country !== '中国').map((c) => [c.end, c]));
  return cands.flatMap((c) => {
    const country = c.type === 'org' && c.kind === 'government' && c.country === '中国' ? countryEndingAt.get(c.start) : undefined;
    if (!country) return [];
    const name = country.text + c.text;
    return [{ ...c, start: country.start, text: name, name, country: country.country }];
  });
}

/** A facility printed after a company's name and a place (闻泰科技嘉兴基地二期, 敏实集团嘉兴工厂, …天津产业基地). */
const PLANT_AFTER = /^[^，。；：、（(“”\s]{0,6}?(?:基地|工厂|厂区|分厂|厂|园区|产业园|总部|研发中心|数据中心|项目)/;

/**
 * A Chinese place printed between a company's name and its facility (闻泰科技嘉兴基地) names the facility, as a place inside
 * a body's name does: no mention there, nor where the facility is named again without the company (嘉兴基地将成为…).
 * The same place printed otherwise in the article still is one.
 */
function withoutPlantPlaces(text: string, cands: Candidate[]): Candidate[] {
  const orgEnds = new Set(cands.filter((c) => c.type === 'org').map((c) => c.end));
  const facilities = new Set<string>();
  const isPlace = (c: Candidate) => c.type === 'place' && c.country === '中国' && c.kind !== 'country';
  for (const c of cands) {
    const facility = isPlace(c) && orgEnds.has(c.start) ? PLANT_AFTER.exec(text.slice(c.end, c.end + 10))?.[0] : undefined;
    if (facility) facilities.add(c.text + facility);
  }
  if (!facilities.size) return cands;
  return cands.filter((c) => !isPlace(c) || ![...facilities].some((f) => text.startsWith(f, c.start)));
}

/** A fund's name (…产业母基金, …引导基金) and the verbs that set one up, printed right before it. */
const FUND_NAME = /基金$/;
const SETTING_UP = /(?:设立|成立|组建|筹建|筹设|发起)$/;

/**
 * A fund found by its ending right after a verb that sets it up (宣布设立湖北集成电路产业母基金) is a fund in formation, no
 * body yet: no mention there or wherever the article prints the same name. A fund the tables know stays one.
 */
function withoutFundsInFormation(text: string, orgs: Candidate[]): Candidate[] {
  const forming = new Set(orgs.filter((o) => o.name === o.text && FUND_NAME.test(o.text) && SETTING_UP.test(text.slice(Math.max(0, o.start - 2), o.start))).map((o) => o.text));
  return forming.size ? orgs.filter((o) => !forming.has(o.text)) : orgs;
}

/**
 * A short name the tables give a group (中国联通 → 中国联合网络通信集团有限公司) is the group's listed company when the
 * article prints that company's registered name (中国联合网络通信股份有限公司): the text says which body it means.
 */
function listedOverGroup(cands: Candidate[]): Candidate[] {
  const listed = new Map<string, Candidate>();
  for (const c of cands) if (c.type === 'org' && LISTED_FORM.test(c.name)) listed.set(c.name.replace(LISTED_FORM, ''), c);
  if (!listed.size) return cands;
  return cands.map((c) => {
    if (c.type !== 'org' || c.text === c.name || !GROUP_NAME.test(c.name)) return c;
    const company = listed.get(c.name.replace(LEGAL_TAIL, '').replace(/集团$/, ''));
    return company ? { ...c, name: company.name, kind: company.kind, country: company.country } : c;
  });
}

/** A county-level party committee's name after its district or county (滨海新区 + 区委书记, 章丘区 + 区委). */
const DISTRICT_COMMITTEE = /^(?:区委|县委|旗委)/;

/**
 * A district or county printed right before its party committee (滨海新区区委书记…) names the committee, a body of its
 * own, not a place: the place mention becomes the committee's (in place, as the candidates are read once).
 */
function committeesOfDistricts(text: string, cands: Candidate[]): void {
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i];
    if (c.type !== 'place' || c.kind !== 'district' || !DISTRICT_COMMITTEE.test(text.slice(c.end, c.end + 2))) continue;
    const name = c.text + text.slice(c.end, c.end + 2);
    cands[i] = { ...c, end: c.end + 2, text: name, type: 'org', name, kind: 'government' };
  }
}

/** A party committee's name (南湖区委, 深圳市委). */
const PARTY_COMMITTEE = /[省市区县州旗]委$/;
/** An office or department printed right after its committee (人才办, 网信办, 宣传部, 办公室). */
const COMMITTEE_OFFICE = /^\p{Script=Han}{0,3}?(?:办公室|办|部)/u;

/**
 * A committee's office or department printed right after it (南湖区委人才办, 深圳市委网信办) is that office, a body of its
 * own: the committee's mention grows to it (in place), so no name inside it (the national 网信办) stands alone. The
 * office must end where a word of jieba's does (not 区委统一部署).
 */
function committeeOffices(text: string, tokens: Token[], cands: Candidate[]): void {
  let ends: Set<number> | undefined;
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i];
    if (c.type !== 'org' || !PARTY_COMMITTEE.test(c.text)) continue;
    const office = COMMITTEE_OFFICE.exec(text.slice(c.end, c.end + 6))?.[0];
    if (!office) continue;
    ends ??= new Set(tokens.map((t) => t.start + t.word.length));
    if (!ends.has(c.end + office.length)) continue;
    const name = c.text + office;
    cands[i] = { ...c, end: c.end + office.length, text: name, name, kind: 'government' };
  }
}

/** Tags jieba gives the transliterated name of a town it does not know as a place (德布勒森/nrt, 塞格德/nr, 哥廷根/nr). */
const TOWN_TAGS = new Set(['nr', 'nrt', 'ns', 'nz']);
/** Words before a place chain that say where something is (位于匈牙利德布勒森, 在加利福尼亚州圣克拉拉). */
const LOCATING = new Set(['在', '位于', '于', '落户', '赴', '到', '至', '访问']);
/** A facility printed after a town in its clause (德国哥廷根工厂, 塞格德乘用车工厂, 德布勒森的电池工厂). */
const FACILITY_AFTER = /^[^，。；：、\n]{0,8}?(?:工厂|厂|基地|园区|总部|工业园|研发中心|数据中心)/;

/** A facility printed right after a town named without its country (在埃斯波总部). */
const FACILITY_RIGHT_AFTER = /^(?:工厂|总部|基地|园区|研发中心|数据中心)/;

/**
 * Towns abroad no gazetteer holds, read from where they stand: a word jieba reads as a name, three characters or
 * more, right after a foreign country or region, in a phrase that locates something (位于匈牙利德布勒森,
 * 在加利福尼亚州圣克拉拉) or before a facility (德国哥廷根工厂), or listed after one (德累斯顿、格勒诺布尔等地).
 * A company printed after its country (美国艾克森美孚宣布) is neither. Printed without its country, a town is
 * still one right after 在/位于 and right before a facility in an article about a foreign body, whose country it takes
 * (诺基亚 … 在埃斯波总部).
 */
function foreignTowns(text: string, tokens: Token[], known: KnownMention[]): Candidate[] {
  const foreign = known.filter((k) => k.entity.country !== '中国' && k.entity.country);
  if (!foreign.length) return [];
  const abroad = new Map(foreign.filter((k) => k.entity.type === 'place').map((k) => [k.end, k]));
  const out: Candidate[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.word.length < 3 || !TOWN_TAGS.has(t.tag) || !/^\p{Script=Han}+$/u.test(t.word) || knownSurfaces().has(t.word) || industryVocabulary().has(t.word)) continue;
    const before = abroad.get(t.start);
    const listed = !before && tokens[i - 1].word === '、' ? abroad.get(tokens[i - 1].start) : undefined;
    const after = text.slice(t.start + t.word.length, t.start + t.word.length + 12);
    const located = !before && !listed && LOCATING.has(tokens[i - 1].word) && FACILITY_RIGHT_AFTER.test(after) ? foreign[0] : undefined;
    const place = before && (LOCATING.has(text.slice(Math.max(0, before.start - 2), before.start)) || LOCATING.has(text[before.start - 1]) || FACILITY_AFTER.test(after))
      ? before
      : listed && /^(?:等地|等城市|、)/.test(after) ? listed : located;
    if (!place) continue;
    const name = t.word + joinedPart(tokens, i + 1);
    out.push({ start: t.start, end: t.start + name.length, text: name, type: 'place', name, kind: 'city', country: place.entity.country, role: null, affiliation: null });
  }
  return out;
}

/** Longest second part of a town's name joined by · (索菲亚·安蒂波利斯). */
const MAX_JOINED_PART = 8;

/**
 * The second part of a town's name joined by · from token i (· 安/v 蒂 波利斯, up to a word of two characters that is no
 * name, 发布/v), with its ·; '' when none follows.
 */
function joinedPart(tokens: Token[], i: number): string {
  if (tokens[i]?.word !== '·') return '';
  let part = '';
  for (let j = i + 1; j < tokens.length; j++) {
    const t = tokens[j];
    if (!/^\p{Script=Han}+$/u.test(t.word) || (t.word.length >= 2 && !TOWN_TAGS.has(t.tag)) || part.length + t.word.length > MAX_JOINED_PART) break;
    part += t.word;
  }
  return part.length >= 2 ? `·${part}` : '';
}

/** A committee printed short (天津港保税区管委会) where the article also prints it in full (…管理委员会) is that body. */
function withFullCommitteeNames(cands: Candidate[]): Candidate[] {
  const short = cands.filter((c) => c.type === 'org' && c.name.endsWith('管委会'));
  if (!short.length) return cands;
  const full = new Set(cands.filter((c) => c.type === 'org' && c.name.endsWith('管理委员会')).map((c) => c.name));
  return cands.map((c) => {
    const name = c.type === 'org' && c.name.endsWith('管委会') ? `${c.name.slice(0, -3)}管理委员会` : undefined;
    return name && full.has(name) ? { ...c, name } : c;
  });
}

/** A single character that is no function word and no punctuation: a piece of a word jieba did not know. */
const isLoneCharacter = (t: Token | undefined) => t !== undefined && t.word.length === 1 && /\p{Script=Han}/u.test(t.word) && !FUNCTION_CHARS.has(t.word);
/** Tags of a lone character that starts no brand: a measure word or a function word (成都 + 封/q 测 + 工厂). */
const NOT_BRAND_TAGS = new Set(['q', 'm', 'p', 'd', 'c', 'r', 'f', 't', 'u', 'uj', 'ul', 'y', 'e', 'o']);
/** A legal form after a bracket: （北京）有限公司 is the place of registration inside a name. */
const LEGAL_AFTER_BRACKET = /^[）)](?:有限|股份|公司|集团)/;

/**
 * Places glued, without a boundary, to a name-like token (合肥长鑫: 合肥 + 长 + 鑫, characters jieba left alone; 沈阳 + a
 * known company) or bracketed inside a registered name no pass read whole (…中心（北京）有限公司): most likely part of a
 * name, so not reported as places (place precision over recall).
 */
function withoutGluedPlaces(text: string, tokens: Token[], cands: Candidate[]): Candidate[] {
  const places = cands.filter((c) => c.type === 'place' && (c.kind === 'province' || c.kind === 'city'));
  if (!places.length) return cands;
  // Only the tokens right after a place are asked for, so they are found by bisection rather than a map of all.
  const tokenAt = (start: number): number | undefined => {
    let lo = 0;
    let hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokens[mid].start < start) lo = mid + 1;
      else hi = mid;
    }
    return tokens[lo]?.start === start ? lo : undefined;
  };
  const orgStarts = new Set(cands.filter((c) => c.type === 'org').map((c) => c.start));
  return cands.filter((c) => {
    if (c.type !== 'place' || (c.kind !== 'province' && c.kind !== 'city')) return true;
    if (text[c.start - 1] === '（' || text[c.start - 1] === '(') return !LEGAL_AFTER_BRACKET.test(text.slice(c.end, c.end + 3));
    const i = tokenAt(c.end);
    if (i === undefined) return true;
    if (orgStarts.has(c.end)) return false;
    const next = tokens[i];
    return !(isLoneCharacter(next) && !NOT_BRAND_TAGS.has(next.tag) && isLoneCharacter(tokens[i + 1]));
  });
}

/** A branch's word after its place (中国工商银行 + 湖南省 + 分行). */
const BRANCH_AFTER_PLACE = /^(?:分行|支行|分公司|子公司|分院|分局)/;
/** A subsidiary's word after its place (我司 + 上海 + 子公司). */
const SUBSIDIARY_AFTER_PLACE = /^(?:子公司|分公司)/;

/**
 * A place printed between a body's name and its branch's word (中国工商银行湖南省分行, 国家开发银行湖南省分行) names the
 * branch, as a place inside a body's name does: no mention. So does a Chinese place before a subsidiary's word, whoever's
 * it is (我司上海子公司); a country there (其韩国子公司) is where the company went abroad, a place spoken of.
 */
function withoutBranchPlaces(text: string, cands: Candidate[]): Candidate[] {
  const orgEnds = new Set(cands.filter((c) => c.type === 'org').map((c) => c.end));
  const domestic = (c: Candidate) => c.country === '中国' && c.kind !== 'country';
  return cands.filter((c) => c.type !== 'place' || !((orgEnds.has(c.start) && BRANCH_AFTER_PLACE.test(text.slice(c.end, c.end + 3))) || (domestic(c) && SUBSIDIARY_AFTER_PLACE.test(text.slice(c.end, c.end + 3)))));
}

/** What follows a company's country unit (高通中国 + 董事长, 西门子中国 + 区): a title or a word for the unit. */
const unitFollower = perKnowledge(() => new RegExp(`^(?:区|公司|分公司|总部|${[...patternData().roles].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})`));
/** What follows 中国 as a market (苹果中国市场), not a company's unit there. */
const MARKET_AFTER = /^市场/;

/**
 * A country printed right after a foreign company's name and before a title or a word for a unit (西门子中国执行副总裁,
 * 高通中国区) names the company's arm in that country, not a place the story is about; 中国 right after a foreign
 * company's name does whatever follows (特斯拉中国宣布…, 巴斯夫中国基地), but before 市场, where it is the market. Our company's
 * country abroad (国轩高科德国哥廷根工厂) is where its plant is.
 */
function withoutCountryUnits(text: string, cands: Candidate[]): Candidate[] {
  const orgEnds = new Map(cands.filter((c) => c.type === 'org' && c.country).map((c) => [c.end, c]));
  return cands.filter((c) => {
    if (c.type !== 'place' || c.kind !== 'country') return true;
    const org = orgEnds.get(c.start);
    if (!org || org.country === c.name) return true;
    return c.name === '中国' ? MARKET_AFTER.test(text.slice(c.end, c.end + 2)) : !unitFollower().test(text.slice(c.end, c.end + 8));
  });
}

/** A branch named by its place alone (山东分公司, 上海子公司), as printed after its company's name. */
const PLACE_BRANCH = /^(.+?)(?:分公司|子公司|公司|分行|分院)$/;

/**
 * A branch printed right after its company's name (浪潮电子信息产业股份有限公司山东分公司) is the company, one
 * mention with it; a branch named by its place with no company before it names no one.
 */
function withBranches(orgs: Candidate[]): Candidate[] {
  // The longest name ending at each offset (中国移动通信集团山东有限公司, not the 山东有限公司 inside it).
  const byEnd = new Map<number, Candidate>();
  for (const o of orgs) if (o.start < (byEnd.get(o.end)?.start ?? Infinity)) byEnd.set(o.end, o);
  const out: Candidate[] = [];
  for (const o of orgs) {
    const company = byEnd.get(o.start);
    const place = o.name === o.text ? PLACE_BRANCH.exec(o.text)?.[1] : undefined;
    // An operator's or grid's branch is a body of its own, under its name as printed, and may name its business
    // after its place (国网山东省电力公司 + 青岛供电公司).
    const network = company && o.name === o.text && isNetworkCompany(company.name) && placeAtStart(o.text) > 0 && /公司$/.test(o.text);
    if (!network && (!place || knownSurfaces().get(place)?.type !== 'place')) {
      out.push(o);
      continue;
    }
    if (company) out.push({ ...company, end: o.end, text: company.text + o.text, ...(isNetworkCompany(company.name) ? { name: company.text + o.text } : {}) });
  }
  if (out.length === orgs.length) return out;
  // The company's own mention is inside the longer one now.
  return withoutCoveredSameName(out);
}

/**
 * The candidates no longer one of the same name covers (x.start ≤ o.start, x.end ≥ o.end, x longer), in their order:
 * per name, one sweep by start (longest first at a start), the furthest end of those begun earlier deciding.
 */
function withoutCoveredSameName(cands: Candidate[]): Candidate[] {
  const covered = new Set<Candidate>();
  const byName = new Map<string, Candidate[]>();
  for (const c of cands) (byName.get(c.name) ?? byName.set(c.name, []).get(c.name)!).push(c);
  for (const same of byName.values()) {
    if (same.length < 2) continue;
    same.sort((a, b) => a.start - b.start || b.end - a.end);
    let reach = -1;
    for (let i = 0; i < same.length; ) {
      // Those starting here: the first ends furthest and covers the others it outlasts.
      let j = i;
      while (j < same.length && same[j].start === same[i].start) {
        if (reach >= same[j].end || same[i].end > same[j].end) covered.add(same[j]);
        j++;
      }
      reach = Math.max(reach, same[i].end);
      i = j;
    }
  }
  return covered.size ? cands.filter((c) => !covered.has(c)) : cands;
}

/**
 * A registered name no table knows, read as the known company the same text also names by the name's head form
 * (广州中望龙腾软件股份有限公司 … 中望软件): one company, under its known name — unless printed as its subsidiary
 * (子公司北京千方智通科技有限公司 beside 千方科技).
 */
function knownBrandOf(text: string, o: Candidate, firstAndLast: Map<string, [number, number]>): Candidate {
  if (o.name !== o.text || INVESTMENT_ARM.test(o.text) || SUBSIDIARY_BEFORE.test(text.slice(Math.max(0, o.start - 3), o.start))) return o;
  for (const form of brandHeadForms(o.text, placeAtStart)) {
    const known = knownSurfaces().get(form);
    // An operator's or grid's provincial company (国网湖南省电力有限公司 … 国网) is not its group.
    if (known?.type !== 'org' || isNetworkCompany(known.name) || !outsideSpan(text, form, o, firstAndLast)) continue;
    return fromKnown(o.start, o.end, o.text, known);
  }
  return o;
}

/**
 * Whether the text prints `form` somewhere outside the candidate's own span: the printings inside it are one run of
 * the sorted ones, so the first or the last is outside when any is (`firstAndLast` keeps them per form).
 */
function outsideSpan(text: string, form: string, o: Candidate, firstAndLast: Map<string, [number, number]>): boolean {
  let at = firstAndLast.get(form);
  if (!at) firstAndLast.set(form, (at = [text.indexOf(form), text.lastIndexOf(form)]));
  return at[0] >= 0 && (at[0] < o.start || at[1] >= o.end);
}

/** The first place a name opens with, as its length (上海 in 上海仪电), else 0. */
export function placeAtStart(s: string): number {
  const k = knownAtStart(s);
  return k?.entity.type === 'place' ? k.end : 0;
}

/** A name ending as a company's or a group's does: no 公司 is printed after it. */
const COMPANY_END = /(?:公司|集团)$/;

/**
 * Every mention of a short name the article gives a body: one it introduces (（以下简称“华勤”）) wherever printed,
 * and the shorter forms of a registered name found by its legal form. An introduced name outdoes what the tables
 * would read it as (a place, another body); other candidates inside its mentions are dropped here.
 */
function shortNameMentions(text: string, cands: Candidate[], found: Candidate[]): Candidate[] {
  const byShort = new Map<string, Candidate>();
  // Longest first: a registered name read again without its place (芯衡图形技术有限公司 inside 长沙芯衡…) gives way.
  // Each name once: its later printings give the same short forms, which its first holds already.
  const read = new Set<string>();
  for (const o of [...found].sort((a, b) => b.text.length - a.text.length)) {
    if (o.name !== o.text || read.has(o.text) || !LEGAL_TAIL.test(o.text)) continue;
    read.add(o.text);
    for (const short of registeredShortNames(o.text, placeAtStart)) {
      // A short form is printed with 公司 after it too (芯衡图形公司 of 长沙芯衡图形技术有限公司).
      for (const form of COMPANY_END.test(short) ? [short] : [short, `${short}公司`]) if (!byShort.has(form)) byShort.set(form, o);
    }
  }
  const introduced = introducedNames(text, cands);
  for (const [short, o] of introduced) byShort.set(short, o);
  const out: Candidate[] = [];
  for (const [short, o] of byShort) {
    for (let at = text.indexOf(short); at >= 0; at = text.indexOf(short, at + short.length)) {
      if (at >= o.start && at < o.end) continue;
      out.push({ ...o, start: at, end: at + short.length, text: short, role: null, affiliation: null });
    }
  }
  // A short form read as a name of its own by another pass (吉林省投资集团 before 吉林省投资集团有限公司) is the registered one.
  if (out.length) {
    const shortAt = new Set(out.map((c) => `${c.start}:${c.end}`));
    removeWhere(cands, (c) => c.type === 'org' && c.name === c.text && shortAt.has(`${c.start}:${c.end}`));
  }
  if (introduced.size) removeWhere(cands, coveredBy(out.filter((c) => introduced.has(c.text))));
  return out;
}

/** Removes the items `drop` holds for from `xs` in place, in one pass (one splice each would move the rest each time). */
function removeWhere<T>(xs: T[], drop: (x: T) => boolean): void {
  let kept = 0;
  for (const x of xs) if (!drop(x)) xs[kept++] = x;
  xs.length = kept;
}

/** True when every character of `short` appears in `long` in order (农商银行 in 农村商业银行). */
function isSubsequence(short: string, long: string): boolean {
  let k = 0;
  for (const ch of long) if (ch === short[k]) k++;
  return k === short.length;
}

/** The number of characters two names open with alike. */
function commonOpening(a: string, b: string): number {
  let n = 0;
  while (n < a.length && a[n] === b[n]) n++;
  return n;
}

/** The number of characters two names end with alike. */
function commonEnding(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

/**
 * True unless `short` is `core` with one run dropped after the place it opens with and nothing kept after the run but
 * the body's word (长沙银行 of 长沙农村商业银行): a place and the kind of body alone name a body of their own. A short
 * form dropping one run keeps more of the name (湘潭市引导基金 of 湘潭市产业发展引导基金), or drops characters of several
 * words (长沙农商银行).
 */
function keepsMoreThanItsKind(short: string, core: string): boolean {
  const opening = commonOpening(short, core);
  if (opening + commonEnding(short, core) < short.length || opening !== placeAtStart(short)) return true;
  return short.length - opening > (nameSuffixOf(short)?.length ?? 0);
}

/**
 * A name printed short by dropping characters of a longer unknown name of the same article (湘潭市引导基金 for
 * 湘潭市产业发展引导基金, 长沙农商银行 for 长沙农村商业银行股份有限公司, 青岛市科技局 for 青岛市科学技术局): the same body, under the
 * longer name. Both open alike and end on the same character (the place or brand, the body's word), neither is a name the tables know, and the
 * short one keeps more than the place and the kind (keepsMoreThanItsKind).
 */
function abbreviatedNames(cands: Candidate[]): Candidate[] {
  const unknown = [...new Set(cands.filter((c) => c.type === 'org' && c.name === c.text && !knownSurfaces().has(c.name)).map((c) => c.name))];
  if (unknown.length < 2) return cands;
  // The longer names by their first two characters and their last, each name without its legal form under its longest
  // printing (长沙农村商业银行 and …股份有限公司 are one name): a short form is compared with the names it may shorten only.
  // One last character, not two: a bureau's short form ends on another (科技局 of 科学技术局).
  const byEnds = new Map<string, Map<string, string>>();
  for (const name of unknown) {
    const core = name.replace(LEGAL_TAIL, '');
    const key = core.slice(0, 2) + core.slice(-1);
    const cores = byEnds.get(key) ?? byEnds.set(key, new Map()).get(key)!;
    if ((cores.get(core)?.length ?? 0) < name.length) cores.set(core, name);
  }
  const longer = new Map<string, string>();
  for (const short of unknown) {
    if (short.length < 4) continue;
    const matches = [...(byEnds.get(short.slice(0, 2) + short.slice(-1)) ?? [])].filter(
      ([core]) => core.length > short.length && !core.startsWith(short) && isSubsequence(short, core) && keepsMoreThanItsKind(short, core),
    );
    if (matches.length === 1) longer.set(short, matches[0][1]);
  }
  return longer.size ? cands.map((c) => (c.type === 'org' && longer.has(c.name) ? { ...c, name: longer.get(c.name)! } : c)) : cands;
}

/** Merges mentions by (type, canonical name); role and affiliation come from the first mention printing them. */
function group(mentions: Candidate[]): Entity[] {
  const byKey = new Map<string, Entity>();
  for (const c of mentions) {
    const key = `${c.type}\u0000${c.name}`;
    let e = byKey.get(key);
    if (!e) {
      e = { type: c.type, name: c.name, kind: c.kind, country: c.country, role: null, affiliation: null, mentions: 0, spans: [] };
      byKey.set(key, e);
    }
    e.role ??= c.role;
    e.affiliation ??= c.affiliation;
    e.mentions++;
    e.spans.push({ start: c.start, end: c.end, text: c.text });
  }
  return [...byKey.values()];
}

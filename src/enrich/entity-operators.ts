/**
 * An operator's or a grid's provincial or city company: printed by the province's short name and the operator's (浙江移动,
 * 广东电信, 安徽铁塔) or in full (中国移动浙江公司, 中国电信股份有限公司湖南分公司, 国网湖南省电力有限公司), a body of its own,
 * as printed, one body with its short forms, and its place no place mention. The golds of the eleventh author on file it so;
 * the older ones file it under its group, which `networkGroupOf` gives for scoring them and for the section reading.
 */
import { gazetteerData, orgData, type OrgRecord, patternData, perKnowledge } from './data.js';
import { escapeRegExp, findKnown, knownSurfaces } from './entity-lexicon.js';
import type { PatternName } from './entity-orgs.js';
import { coveredBy } from './spans.js';
import type { Token } from './segmenter.js';
import { fired, trigger } from './triggers.js';

/** The operators' short names that follow a province's (the tower company's included). */
const OPERATOR_WORDS = new Set(['移动', '电信', '联通', '铁塔']);
/**
 * Tags of a word that makes the operator's word part of a compound (移动物联网, 电信诈骗, 联通用户): then the province
 * qualifies a thing, not a company.
 */
const COMPOUND_TAGS = new Set(['n', 'vn', 'nz', 'ng', 'l', 'nt']);
/** Words jieba tags as verbs or abbreviations that make the operator's word a term with them (移动支付, 移动通信, 移动出行). */
const COMPOUND_HEADS = new Set(['支付', '出行', '通信', '互联', '计算', '办公']);

/** The provinces' short names and the cities' names without 市 (浙江, 青岛), which such a name opens with. */
const provinceShorts = perKnowledge((): Set<string> => new Set(gazetteerData().provinces.flatMap((p) => [...p.short, ...p.cities.map((c) => c.replace(/市$/, '')).filter((c) => c.length >= 2)])));

/** True for a name of that shape (浙江移动, 青岛移动): an operator, as its group is, for the article's subject and sections. */
export function isProvincialOperator(name: string): boolean {
  return OPERATOR_WORDS.has(name.slice(-2)) && provinceShorts().has(name.slice(0, -2));
}
/** A person's title right after the company (安徽移动副总经理): no compound. */
const titleWord = perKnowledge(() => new RegExp(`^(?:副|常务副)?(?:${patternData().roles.map(escapeRegExp).join('|')})$`));

/** A word such a name is printed with, alone (移动) or joined to the province's (浙江移动): without one there is none. */
const OPERATOR_WORD = trigger((w) => OPERATOR_WORDS.has(w) || isProvincialOperator(w));

export function findProvincialOperators(tokens: Token[]): PatternName[] {
  if (!fired(tokens, OPERATOR_WORD)) return [];
  const out: PatternName[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    // jieba keeps some as one word (浙江电信/nz), others as two (广东/ns 移动/vn).
    const joined = isProvincialOperator(tok.word);
    const split = !joined && provinceShorts().has(tok.word) && OPERATOR_WORDS.has(tokens[i + 1]?.word ?? '');
    if (!joined && !split) continue;
    const last = split ? i + 1 : i;
    const after = tokens[last + 1];
    if (after && ((COMPOUND_TAGS.has(after.tag) && !titleWord().test(after.word)) || COMPOUND_HEADS.has(after.word))) continue;
    const end = tokens[last].start + tokens[last].word.length;
    out.push({ start: tok.start, end, text: tokens.slice(i, last + 1).map((t) => t.word).join(''), kind: 'company' });
    i = last;
  }
  return out;
}

/** Groups whose provincial and city companies are printed as bodies of their own: the operators and the grids (orgs.json sector). */
const NETWORK_SECTORS = new Set(['operator', 'grid']);
/** A name without its legal form (中国移动通信集团有限公司 → 中国移动通信). */
const core = (name: string) => name.replace(/(?:集团)?(?:股份)?(?:有限公司|有限责任公司)$/, '');
/** The groups' names and aliases in Chinese without their legal form (中国移动通信, 中国电信, 国网). */
const networkCores = perKnowledge(() =>
  orgData().flatMap((o) => (o.sector && NETWORK_SECTORS.has(o.sector) ? [o.name, ...o.aliases].filter((n) => /^\p{Script=Han}/u.test(n)).map(core) : [])),
);

/**
 * True for a telecom operator's or a grid's company (中国移动通信集团有限公司, 中国电信股份有限公司, 国家电网), whose
 * provincial or city company (中国移动湖南公司, 中国电信股份有限公司湖南分公司, 国网湖南省电力有限公司) is a body of its own,
 * as printed, not the group.
 */
export function isNetworkCompany(name: string): boolean {
  return networkCores().some((core) => name.startsWith(core));
}

/** A mention as the entity passes read it: where it is and the name it resolves to. */
interface Mention {
  start: number;
  end: number;
  text: string;
  type: string;
  name: string;
}

/** The group core a network company's name opens with (国网 of 国网湖南省电力有限公司), longest first, or ''. */
function groupCoreOf(name: string): string {
  return groupCores().find((core) => name.startsWith(core)) ?? '';
}

/** The network groups' records by each core of their name and aliases. */
const groupByCore = perKnowledge(() => {
  const groups = orgData().filter((o) => o.sector && NETWORK_SECTORS.has(o.sector));
  // The first record of a core is its group's: the group and its listed company share one (中国联合网络通信).
  const byCore = new Map<string, OrgRecord>();
  for (const o of groups) for (const n of [o.name, ...o.aliases]) if (!byCore.has(core(n))) byCore.set(core(n), o);
  // An operator's word alone opens its regional company's short name (联通山东省分公司).
  for (const word of OPERATOR_WORDS) {
    const group = groups.find((o) => o.sector === 'operator' && o.aliases.some((a) => a === `中国${word}`));
    if (group) byCore.set(word, group);
  }
  return byCore;
});

/** The cores of groupByCore, longest first, sorted once rather than on each name read. */
const groupCores = perKnowledge(() => [...groupByCore().keys()].sort((a, b) => b.length - a.length));

/** The last place printed inside a name (青岛市 in 国网山东省电力公司青岛供电公司), as its canonical name. */
function lastPlaceIn(name: string): string | null {
  const places = findKnown(name).filter((k) => k.entity.type === 'place');
  return places.length ? places[places.length - 1].entity.name : null;
}

/** How a regional company's name ends: a company (…分公司, …有限公司) or a grid's bureau (…供电局). */
const REGIONAL_ENDING = /(?:公司|局)$/;

/**
 * The group of an operator's or a grid's regional company (中国移动湖南公司 → 中国移动通信集团有限公司, 国网湖南省电力有限公司 →
 * 国家电网), or null for any other name, the group's own included.
 */
export function networkGroupOf(name: string): OrgRecord | null {
  return regionalCompany(name)?.group ?? null;
}

/** The group of an operator's or a grid's regional company and the place it serves, or null (see networkGroupOf). */
function regionalCompany(name: string): { group: OrgRecord; place: string } | null {
  // Only a company is one (中国电信（宁波）卫星产业研究院 is the operator's institute, a body of its own).
  if (!REGIONAL_ENDING.test(name)) return null;
  const core = groupCoreOf(name);
  const group = core ? groupByCore().get(core) : undefined;
  if (!group || group.name === name || group.aliases.includes(name)) return null;
  const place = lastPlaceIn(name.slice(core.length));
  return place ? { group, place } : null;
}

/**
 * The regional company a headline names by its group (中国联通在贵州建成… above 中国联通贵州分公司宣布…), by the group's
 * name: the group printed in the headline with the company's place (its province, or a city of it), nowhere in the body
 * on its own, and one regional company of it in the article. A group the body names alone acts in its own name
 * (中国移动宣布… 中国移动贵州公司表示…), and a headline without the place may speak of the group itself.
 */
function headlineRegional<T extends Mention>(cands: T[], regional: Map<string, { group: OrgRecord; place: string }>, headlineEnd: number): Map<string, string> {
  const out = new Map<string, string>();
  const surfaces = knownSurfaces();
  const headlinePlaces = new Set(cands.filter((c) => c.type === 'place' && c.end <= headlineEnd).flatMap((c) => [c.name, surfaces.get(c.name)?.province ?? c.name]));
  const byGroup = new Map<string, string[]>();
  for (const [name, r] of regional) byGroup.set(r.group.name, [...(byGroup.get(r.group.name) ?? []), name]);
  // Only a group the headline prints is told short there.
  if (!cands.some((c) => c.type === 'org' && c.end <= headlineEnd && byGroup.has(c.name))) return out;
  // A group's name inside its regional company's (中国联通 of 中国联通贵州分公司) is no mention of its own.
  const insideRegional = coveredBy(cands.filter((c) => c.type === 'org' && regional.has(c.name)));
  const inBody = new Set(cands.filter((c) => c.type === 'org' && c.start >= headlineEnd && byGroup.has(c.name) && !insideRegional(c)).map((c) => c.name));
  for (const [group, [name, ...others]] of byGroup) {
    if (!others.length && !inBody.has(group) && headlinePlaces.has(regional.get(name)!.place)) out.set(group, name);
  }
  return out;
}

/**
 * Short forms of an operator's or a grid's regional company printed in full in the same article are that company, one
 * body however often printed short (the golds of the authors who print such companies as bodies of their own file them
 * so), under its longest name: a shorter name of the same group and place (中国电信股份有限公司湖南分公司 … 中国电信湖南公司,
 * 联通山东省分公司), the province's or city's short form of the operator (中国移动通信集团湖南有限公司 … 湖南移动, 青岛移动), the
 * name's tail (国网山东省电力公司青岛供电公司 … 青岛供电公司), and the group's short word before the region's place
 * (国网湖南省电力有限公司 … 国网湖南电力), whose mention is widened over the place. The group printed only in the headline
 * (`headlineEnd`: where the body starts), above a body naming one regional company of it (中国联通在贵州建成… /
 * 中国联通贵州分公司宣布…), is that company told short, as a headline tells its subject.
 */
export function withRegionalShortForms<T extends Mention>(cands: T[], headlineEnd: number): T[] {
  const regional = new Map<string, { group: OrgRecord; place: string }>();
  // Longest first: a shorter one of the same group and place (中国电信湖南公司, 国网湘潭供电公司) is its short form.
  const shortOf = new Map<string, string>();
  for (const c of [...cands].sort((a, b) => b.name.length - a.name.length)) {
    if (c.type !== 'org' || regional.has(c.name) || shortOf.has(c.name) || c.name !== c.text) continue;
    const found = regionalCompany(c.name);
    if (!found) continue;
    const longer = [...regional].find(([, r]) => r.group === found.group && r.place === found.place)?.[0];
    if (longer) shortOf.set(c.name, longer);
    else regional.set(c.name, found);
  }
  if (!regional.size) return cands;
  const byPlace = (group: OrgRecord | undefined, place: string | null) => {
    const names = [...regional].filter(([, r]) => r.group === group && r.place === place).map(([n]) => n);
    return names.length === 1 ? names[0] : null;
  };
  const placeAt = new Map(cands.filter((c) => c.type === 'place').map((c) => [c.start, c]));
  const toldShort = headlineRegional(cands, regional, headlineEnd);
  return cands.map((c) => {
    if (c.type !== 'org' || regional.has(c.name)) return c;
    const longer = shortOf.get(c.name);
    if (longer) return { ...c, name: longer };
    // 湖南移动: the province's short form and the operator's word.
    if (isProvincialOperator(c.name)) {
      const name = byPlace(groupByCore().get(c.name.slice(-2)), lastPlaceIn(c.name.slice(0, -2)));
      return name ? { ...c, name } : c;
    }
    // 国网 + 湖南 (电力): the group's word before the region's place.
    const group = groupByCore().get(c.text);
    if (group) {
      const place = placeAt.get(c.end);
      const name = place ? byPlace(group, place.name) : null;
      if (name) return { ...c, end: place!.end, text: c.text + place!.text, name };
    }
    const told = toldShort.get(c.name);
    if (told && c.end <= headlineEnd) return { ...c, name: told };
    // 青岛供电公司, 国网青岛供电公司: the full name's tail, maybe after the group's word.
    const tail = c.text.slice(groupCoreOf(c.text).length);
    if (tail.length < 4 || !/公司$/.test(tail)) return c;
    const tailPlace = lastPlaceIn(tail);
    const names = [...regional].filter(([n, r]) => n.endsWith(tail) && tailPlace === r.place).map(([n]) => n);
    return names.length === 1 ? { ...c, name: names[0] } : c;
  });
}

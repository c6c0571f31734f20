/** Known organisations and places: every surface form mapped to its canonical record, and a matcher over text. */
import { countyData, gazetteerData, orgData, perKnowledge } from './data.js';
import { wordFact, type Token } from './segmenter.js';
import { matchesOf } from './text.js';
import type { EntityType } from './types.js';

/** What a known name resolves to. */
export interface KnownEntity {
  type: EntityType;
  name: string;
  kind: string;
  country: string | null;
  /** For a city: its province's canonical name. */
  province?: string;
}

/** A known name found in a text. */
export interface KnownMention {
  start: number;
  end: number;
  text: string;
  entity: KnownEntity;
}

/** Escapes a literal for use inside a RegExp. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * What a prefecture's short form leaves out: 市, 盟, 地区, or 自治州 with the peoples it is named for (黔东南苗族侗族自治州 →
 * 黔东南, 博尔塔拉蒙古自治州 → 博尔塔拉).
 */
const PREFECTURE_FORM = /(?:市|盟|地区|(?:土家族|布依族|哈尼族|傈僳族|柯尔克孜|哈萨克|蒙古族|蒙古|朝鲜族|[回藏羌彝苗侗壮傣白]族|景颇族)+自治州)$/;

/** How a foreign place's own name may end that 市 never follows (加利福尼亚州, 熊本县, 东京都, 首尔特别市, 墨西哥城). */
const FOREIGN_DIVISION_END = /[市州县省都道府郡区岛城]$|[A-Za-z]/;

/** Surface form → record; the first record registered for a surface wins (provinces before cities). */
function buildSurfaces(): Map<string, KnownEntity> {
  const map = new Map<string, KnownEntity>();
  const add = (surface: string, e: KnownEntity) => {
    if (surface.length >= 2 && !map.has(surface)) map.set(surface, e);
  };
  for (const o of orgData()) {
    const e: KnownEntity = { type: 'org', name: o.name, kind: o.kind, country: o.country };
    add(o.name, e);
    for (const a of o.aliases) add(a, e);
  }
  const gaz = gazetteerData();
  const ambiguous = new Set(gaz.ambiguousShortNames);
  for (const c of gaz.countries) {
    const e: KnownEntity = { type: 'place', name: c.name, kind: 'country', country: c.name };
    for (const n of [c.name, ...c.aliases]) add(n, e);
  }
  for (const p of gaz.provinces) {
    const e: KnownEntity = { type: 'place', name: p.name, kind: 'province', country: '中国' };
    for (const n of [p.name, ...p.short]) add(n, e);
  }
  for (const p of gaz.provinces) {
    for (const city of p.cities) {
      const e: KnownEntity = { type: 'place', name: city, kind: 'city', country: '中国', province: p.name };
      add(city, e);
      const short = city.replace(PREFECTURE_FORM, '');
      if (short !== city && !ambiguous.has(short)) add(short, e);
    }
  }
  for (const [province, counties] of Object.entries(countyData())) {
    for (const county of counties) add(county, { type: 'place', name: county, kind: 'district', country: '中国', province });
  }
  for (const r of gaz.regions) {
    const e: KnownEntity = { type: 'place', name: r.name, kind: 'region', country: r.country };
    for (const n of [r.name, ...(r.aliases ?? [])]) add(n, e);
    // A city abroad printed with 市 (蒙特雷市), as Chinese papers print most foreign cities.
    if (r.country && r.country !== '中国' && !FOREIGN_DIVISION_END.test(r.name)) add(`${r.name}市`, e);
  }
  return map;
}

/** Every known surface form with its record. */
export const knownSurfaces = perKnowledge(buildSurfaces);

const surfaceMatcher = perKnowledge(
  () => new RegExp([...knownSurfaces().keys()].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|'), 'g'),
);
const spacedMatcher = perKnowledge(
  () => new RegExp([...knownSurfaces().keys()].filter((k) => /\s/.test(k)).map(escapeRegExp).join('|') || '(?!)', 'g'),
);

/** Strings findKnown has read, with what it found, for the knowledge in use. */
const knownIn = perKnowledge(() => new Map<string, readonly KnownMention[]>());

/** Bound on the strings findKnown remembers. */
const MAX_REMEMBERED = 10_000;

/**
 * Finds known names, longest form first at each position; Latin names must stand as whole words. Remembered per
 * string: it is asked about the same short strings (an entity's name, the source) article after article, and the
 * matcher is one alternation of every known name.
 */
export function findKnown(text: string): readonly KnownMention[] {
  const memo = knownIn();
  let found = memo.get(text);
  if (!found) {
    if (memo.size >= MAX_REMEMBERED) memo.clear();
    memo.set(text, (found = findKnownNow(text)));
  }
  return found;
}

function findKnownNow(text: string): KnownMention[] {
  const map = knownSurfaces();
  const out: KnownMention[] = [];
  for (const m of matchesOf(surfaceMatcher(), text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (/[A-Za-z0-9]/.test(m[0]) && (/[A-Za-z0-9]/.test(text[start - 1] ?? '') || /[A-Za-z0-9]/.test(text[end] ?? ''))) continue;
    out.push({ start, end, text: m[0], entity: map.get(m[0])! });
  }
  return out;
}

/** Length of the longest known name, in characters. */
const longestSurface = perKnowledge(() => [...knownSurfaces().keys()].reduce((n, k) => Math.max(n, k.length), 0));

/**
 * The known name `text` opens with, as findKnown reads it there (the longest form; a Latin one standing as a whole
 * word), or null: one lookup per length instead of the matcher's pass, which costs a fraction of a millisecond for
 * each of an article's candidate names.
 */
export function knownAtStart(text: string): KnownMention | null {
  const map = knownSurfaces();
  for (let n = Math.min(text.length, longestSurface()); n > 0; n--) {
    const surface = text.slice(0, n);
    const entity = map.get(surface);
    if (!entity) continue;
    return /[A-Za-z0-9]/.test(surface) && /[A-Za-z0-9]/.test(text[n] ?? '') ? null : { start: 0, end: n, text: surface, entity };
  }
  return null;
}

/** The known entity a word names, or null: looked up once per word (see wordFact), not once per token. */
const KNOWN_WORD = wordFact((word) => knownSurfaces().get(word) ?? null);

/**
 * A place word jieba's dictionary holds whole that is a province and one of its cities (广西南宁/ns, 江苏苏州): where the
 * city starts, else 0. Each is a place of its own, as each level of 广西壮族自治区南宁市 is.
 */
const CHAIN_WORD = wordFact((word, tag) => {
  if (tag !== 'ns' || word.length < 4) return 0;
  const map = knownSurfaces();
  for (let p = 2; p <= word.length - 2; p++) {
    const province = map.get(word.slice(0, p));
    const city = map.get(word.slice(p));
    if (province?.type === 'place' && city?.type === 'place' && city.province === province.name) return p;
  }
  return 0;
});

/**
 * Known names among the tokens of a segmented text. Every known name is in the segmenter's dictionary, so
 * it comes out as one token (but a province and its city jieba holds as one word: two); names with a space inside
 * (Linux 基金会) are matched on the text.
 */
export function findKnownTokens(text: string, tokens: Token[]): KnownMention[] {
  const map = knownSurfaces();
  const out: KnownMention[] = [];
  for (const t of tokens) {
    const e = t.word.length >= 2 ? t.fact(KNOWN_WORD) : null;
    if (e) out.push({ start: t.start, end: t.start + t.word.length, text: t.word, entity: e });
    const p = e ? 0 : t.fact(CHAIN_WORD);
    if (p) {
      const [province, city] = [t.word.slice(0, p), t.word.slice(p)];
      out.push({ start: t.start, end: t.start + p, text: province, entity: map.get(province)! }, { start: t.start + p, end: t.start + t.word.length, text: city, entity: map.get(city)! });
    }
  }
  for (const m of matchesOf(spacedMatcher(), text)) out.push({ start: m.index, end: m.index + m[0].length, text: m[0], entity: map.get(m[0])! });
  return out.sort((a, b) => a.start - b.start);
}

/** Longest place name looked for at the start of an organisation's name (内蒙古自治区, 哈萨克斯坦共和国). */
const MAX_PLACE_PREFIX = 10;

/**
 * The country of the known place a name opens with (韩国产业通商资源部 → 韩国, 成都市经济和信息化局 → 中国), else null:
 * an organisation found by its ending belongs where its name says.
 */
export function countryOfPrefix(name: string): string | null {
  const map = knownSurfaces();
  for (let end = Math.min(name.length - 1, MAX_PLACE_PREFIX); end >= 2; end--) {
    const e = map.get(name.slice(0, end));
    if (e) return e.type === 'place' ? e.country : null;
  }
  return null;
}

/**
 * True for a country's canonical name (中国, 美国): the setting of most articles rather than news in itself, so
 * lists of what rose leave countries out.
 */
export function isCountry(name: string): boolean {
  const e = knownSurfaces().get(name);
  return e?.type === 'place' && e.kind === 'country' && e.name === name;
}

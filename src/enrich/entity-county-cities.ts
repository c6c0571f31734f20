/** County-level cities printed by their short form (昆山 for 昆山市), read where the article places them. */
import { countyData, perKnowledge } from './data.js';
import { knownSurfaces, type KnownEntity, type KnownMention } from './entity-lexicon.js';
import type { Token } from './segmenter.js';

/**
 * Each county-level city's short form (its name without 市) with its record, leaving out a short form that is
 * already a known name (吉林) or that two cities share. Built from counties.json, which already left out names whose
 * stem is an ordinary word (应城市).
 */
const shortForms = perKnowledge(() => {
  const surfaces = knownSurfaces();
  const seen = new Map<string, KnownEntity | null>();
  for (const counties of Object.values(countyData())) {
    for (const county of counties) {
      if (!county.endsWith('市') || county.length < 3) continue;
      const short = county.slice(0, -1);
      if (surfaces.has(short)) continue;
      const e = surfaces.get(county);
      seen.set(short, seen.has(short) || e?.type !== 'place' ? null : e);
    }
  }
  return new Map([...seen].filter((entry): entry is [string, KnownEntity] => entry[1] !== null));
});

/**
 * Short forms of county-level cities printed as a word of their own in an article that names their province or
 * a place of it (江苏, 苏州, 张家港市): the short forms alone hold ordinary words and places abroad (临海, 榆树,
 * 利川), so a short form is a place only where the article is about its province.
 */
export function findCountyCities(tokens: Token[], known: KnownMention[]): KnownMention[] {
  const forms = shortForms();
  const provinces = new Set<string>();
  for (const k of known) {
    if (k.entity.type !== 'place' || k.entity.country !== '中国') continue;
    provinces.add(k.entity.kind === 'province' ? k.entity.name : k.entity.province ?? '');
  }
  if (provinces.size === 0) return [];
  const out: KnownMention[] = [];
  for (const t of tokens) {
    const e = forms.get(t.word);
    if (e?.province && provinces.has(e.province)) out.push({ start: t.start, end: t.start + t.word.length, text: t.word, entity: e });
  }
  return out;
}

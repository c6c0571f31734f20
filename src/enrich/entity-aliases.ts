/**
 * Short names an article gives the bodies it names in full: one it introduces (华勤技术股份有限公司（以下简称“华勤”）)
 * and the shorter forms of a registered name found by its legal form (上海仪电（集团）有限公司 → 上海仪电, 仪电). Every
 * further mention of such a short name in the article is the same body.
 */
import { knownSurfaces } from './entity-lexicon.js';
import { isDictionaryWord } from './segmenter.js';

/** The words opening a short name's introduction inside brackets: 以下简称, 简称, 下称, a colon or none after them. */
export const SHORT_NAME_OPENING = '(?:以下)?(?:简称|下称)[：:]?';
/** The words introducing a short name inside brackets, the name captured: 以下简称“X”, 简称“X”, 下称“X”. */
export const SHORT_NAME_INTRODUCER = new RegExp(`${SHORT_NAME_OPENING}[“"「『]([^”"」』（）()，。、\\s]{2,12})[”"」』]`);
/**
 * 「（以下简称“X”）」, 「（简称“X”）」, 「（下称“X”）」 right after a name, and a Latin-script abbreviation in brackets
 * (英国通信管理局（Ofcom）, 欧洲电信标准化协会（ETSI）): the name the article calls the body by afterwards.
 */
const INTRODUCED = new RegExp(`[（(](?:${SHORT_NAME_INTRODUCER.source}|([A-Z][A-Za-z0-9&-]{1,11}))[）)]`, 'g');
/** A bracket opening on a capital: where a Latin abbreviation may be introduced. */
const LATIN_IN_BRACKETS = /[（(][A-Z]/;
/** A registered name's legal form, with a bracketed group or place before it (（集团）有限公司). */
export const LEGAL_TAIL = /(?:[（(][^（）()]{1,4}[）)])?(?:股份有限公司|有限责任公司|集团有限公司|有限公司|股份公司|株式会社|集团公司)$/;
/** Words for what a company does or is, printed between its brand and its legal form (长鑫存储 + 技术, 仪电 + 智能科技). */
export const INDUSTRY_TAIL = /(?:科技|技术|信息|电子|电器|智能|半导体|微电子|光电|集团|股份|控股|新能源|能源|材料|通信|网络|软件|数字|系统|设备|存储|实业|工业|电力|投资|管理|发展|产业)$/;

/** An organisation found in the text, by where it is and what it is called. */
export interface NamedSpan {
  type: string;
  start: number;
  end: number;
  text: string;
  name: string;
}

/** The short names a text introduces, each with the organisation it names (the longest ending right before it). */
export function introducedNames<T extends NamedSpan>(text: string, orgs: T[]): Map<string, T> {
  const out = new Map<string, T>();
  if (!text.includes('简称') && !text.includes('下称') && !LATIN_IN_BRACKETS.test(text)) return out;
  // The longest organisation ending at each offset (the first of the longest), read once rather than per introduction.
  const longestEndingAt = new Map<number, T>();
  for (const o of orgs) {
    const best = longestEndingAt.get(o.end);
    if (o.type === 'org' && (!best || o.end - o.start > best.end - best.start)) longestEndingAt.set(o.end, o);
  }
  for (const m of text.matchAll(INTRODUCED)) {
    const short = m[1] ?? m[2];
    const best = longestEndingAt.get(m.index);
    if (best && !out.has(short) && short !== best.text) out.set(short, best);
  }
  return out;
}

/**
 * A name without its legal form (if it has one) and the place it opens with, the place apart: 深圳迈瑞生物医疗电子股份有限公司
 * → 深圳 and 迈瑞生物医疗电子. The place stays on a name that would keep fewer than two characters without it.
 */
export function registeredCore(name: string, placeAtStart: (s: string) => number): { place: string; core: string } {
  const bare = name.replace(LEGAL_TAIL, '');
  const p = placeAtStart(bare);
  return p > 0 && bare.length - p >= 2 ? { place: bare.slice(0, p), core: bare.slice(p) } : { place: '', core: bare };
}

/**
 * Shorter forms of a registered name (its name as printed, found by its legal form): without the legal form (a group's
 * with 集团), then without a place it opens with, then without industry words from the end — the brand
 * (上海阶跃星辰智能科技有限公司 → 上海阶跃星辰智能科技, 阶跃星辰智能科技, 阶跃星辰智能, 阶跃星辰), a group's also with 集团
 * after it, and the brand's head forms (brandHeadForms). A form must be two characters or more, no name the tables
 * know, and no ordinary word of jieba's when it is two characters long.
 */
export function registeredShortNames(name: string, placeAtStart: (s: string) => number): string[] {
  const whole = name.replace(LEGAL_TAIL, '');
  if (whole === name) return [];
  // A group is printed as one without its legal form too (吉林省投资集团有限公司 → 吉林省投资集团, 新疆能源（集团）… → 新疆能源集团).
  const group = name.slice(whole.length).includes('集团');
  const forms = group ? [`${whole}集团`, whole] : [whole];
  // The place it opens with, kept on each shorter form too (深圳市引导基金投资有限公司 → 深圳市引导基金).
  const { place, core: bare } = registeredCore(name, placeAtStart);
  let core = bare;
  if (place) forms.push(core);
  for (let m = INDUSTRY_TAIL.exec(core); m && m.index >= 2; m = INDUSTRY_TAIL.exec(core)) {
    core = core.slice(0, m.index);
    forms.push(core, ...(place ? [place + core] : []));
    // A group is printed as one without the words before 集团 too (连云港港口控股集团有限公司 → 连云港港口集团), with its
    // place or as registered without one: without the place the rest may be any group's (港口集团).
    if (group) forms.push(`${place + core}集团`);
  }
  forms.push(...brandHeadForms(name, placeAtStart));
  const surfaces = knownSurfaces();
  return forms.filter((f) => f.length >= 2 && !surfaces.has(f) && !(f.length === 2 && isDictionaryWord(f)));
}

/** Words of a registered name that say how it is owned, not what it does: no head form ends with one. */
const OWNERSHIP_WORD = /^(?:集团|股份|控股|投资|管理|发展|实业)$/;

/**
 * A registered name's brand of four characters or more printed by its first two and an industry word the name ends
 * with (广州中望龙腾软件股份有限公司 → 中望软件), as companies are known in the market; none for a name without a legal form.
 */
export function brandHeadForms(name: string, placeAtStart: (s: string) => number): string[] {
  if (!LEGAL_TAIL.test(name)) return [];
  let { core } = registeredCore(name, placeAtStart);
  const words: string[] = [];
  for (let m = INDUSTRY_TAIL.exec(core); m && m.index >= 2; m = INDUSTRY_TAIL.exec(core)) {
    if (!OWNERSHIP_WORD.test(m[0])) words.push(m[0]);
    core = core.slice(0, m.index);
  }
  return core.length >= 4 ? words.map((w) => core.slice(0, 2) + w) : [];
}

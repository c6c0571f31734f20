import type { Candidate } from './types.js';

/**
 * The importance score that orders a draft's entries (docs/compose.md explains each part and its weight).
 * Every part is in [0, 1]; the score is their weighted sum plus a bonus for each other report of the story.
 */
export interface ScoreParts {
  /** Configured weight of the source (publication), 0.5 when not configured. */
  authority: number;
  /** Government involvement: central bodies count fully, local ones less, saturating. */
  government: number;
  /** Quantitative content: figures with units, saturating. */
  figures: number;
  /** How late in the period the source appeared: 1 on the last day, 0 on the first. */
  freshness: number;
  /** Body length on a log scale, 0 for a stub, 1 from about 3000 characters. */
  length: number;
}

/** How much each part counts; they sum to 1. */
export const SCORE_WEIGHTS: Readonly<Record<keyof ScoreParts, number>> = {
  authority: 0.2,
  government: 0.3,
  figures: 0.2,
  freshness: 0.1,
  length: 0.2,
};

/** Added per other report of the same story (另见), up to three: a story many sources carry matters more. */
export const ALSO_SEEN_BONUS = 0.05;

/** Central party, state and national bodies (国务院, 工业和信息化部, 国家发展改革委, 全国人大, 中国人民银行…). */
const CENTRAL =
  /中共中央|党中央|国务院|全国人大|全国政协|中央政治局|总书记|国家主席|国家[\p{Script=Han}]{1,8}?(?:部|委员会|委|局|署|总局|办公室)|(?:工业和信息化|发展和改革|商务|财政|科学技术|教育|交通运输|公安|生态环境|自然资源|住房和城乡建设|农业农村|水利|文化和旅游|人力资源和社会保障)部|工信部|发改委|发展改革委|中国人民银行|央行|国资委|网信办|证监会|银保监会|市场监管总局|国新办/gu;

/** Provincial and city governments and their departments (广东省政府, 北京市经信局, 省委…). */
const LOCAL =
  /[\p{Script=Han}]{2,7}?(?:省|市|自治区)(?:人民)?(?:政府|委|党委|经信局|[\p{Script=Han}]{0,6}?(?:厅|局|委员会))|省委|市委|省政府|市政府/gu;

/** A number with a unit people count or measure in: 11.8%, 4762家, 1.2万亿元, 115.9万个. */
const FIGURE = /\d+(?:\.\d+)?\s*(?:%|％|‰|[万亿千百]+)?\s*(?:元|美元|个|家|项|台|辆|部|户|人|次|倍|吨|款|座|条|GB|TB|MHz|GHz|nm|万|亿)|\d+(?:\.\d+)?\s*[%％]/gu;

function count(text: string, re: RegExp): number {
  return text.match(re)?.length ?? 0;
}

/** 1 − e^(−x/scale): grows fast at first, then saturates towards 1. */
function saturate(x: number, scale: number): number {
  return 1 - Math.exp(-x / scale);
}

/** Whole days from one ISO date to another. */
function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
}

/** The parts of a candidate's importance within the period [from, to]. */
export function scoreParts(c: Candidate, period: { from: string; to: string }, authority: Record<string, number> = {}): ScoreParts {
  const text = `${c.title}\n${c.body}`;
  const central = count(text, CENTRAL);
  const local = count(text, LOCAL);
  const span = Math.max(1, daysBetween(period.from, period.to));
  const freshness = c.date ? Math.min(1, Math.max(0, 1 - daysBetween(c.date, period.to) / span)) : 0.5;
  return {
    authority: authority[c.source] ?? 0.5,
    government: saturate(central + 0.4 * local, 4),
    figures: saturate(count(c.body, FIGURE), 6),
    freshness,
    length: Math.min(1, Math.max(0, Math.log10(Math.max(1, c.body.length) / 100) / Math.log10(30))),
  };
}

/** The weighted sum of the parts plus the 另见 bonus, rounded to 3 decimals for stable display. */
export function importance(parts: ScoreParts, alsoSeen: number): number {
  let sum = Math.min(3, alsoSeen) * ALSO_SEEN_BONUS;
  for (const [k, w] of Object.entries(SCORE_WEIGHTS)) sum += w * parts[k as keyof ScoreParts];
  return Math.round(sum * 1000) / 1000;
}

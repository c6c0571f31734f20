import type { NamePair } from './bracketed-names.js';

/**
 * Latin company names of a core and a word for the kind of business (Fluence Energy, Altair Engineering, Epic
 * Systems), printed in the same article by the core alone as well (Fluence获…订单 above Fluence Energy宣布…): the
 * article calls the company by its core, so the pair is learned as a bracket's is (learned-aliases.ts), and the core
 * then finds the articles printing the whole name and back. A word naming a product or an arm (Amazon Haul, FedEx
 * Freight) is no kind of business: such a name stays apart from its core.
 */

/** Words for a kind of business closing a Latin company's name. */
const KIND_WORDS = [
  'Energy',
  'Engineering',
  'Systems',
  'Technologies',
  'Technology',
  'Solutions',
  'Robotics',
  'Networks',
  'Semiconductor',
  'Semiconductors',
  'Logistics',
  'Healthcare',
  'HealthCare',
  'Therapeutics',
  'Pharmaceuticals',
  'Biosciences',
  'Motors',
  'Aerospace',
  'Software',
  'Power',
];
/**
 * Ordinary English words that open the names of a sector or a programme as often as a company's (Green Energy,
 * New Energy, Smart Logistics, Solar Power): such a core printed alone (Green理念, New款) is the word, not a company.
 */
const GENERIC_CORES = new Set(
  [
    'New', 'Green', 'Clean', 'Smart', 'Digital', 'Solar', 'Wind', 'Hydrogen', 'Nuclear', 'Renewable', 'Electric', 'Global',
    'International', 'National', 'China', 'Chinese', 'Asia', 'World', 'Future', 'Modern', 'Advanced', 'General', 'United',
    'Intelligent', 'Industrial', 'Information', 'Data', 'Cloud', 'Mobile', 'Open', 'Medical', 'Health', 'Space', 'Marine',
    'Power', 'Energy', 'Storage', 'Battery', 'Quantum', 'Low', 'High', 'Next', 'First', 'Best', 'Blue', 'Urban', 'Rural',
  ].map((w) => w.toLowerCase()),
);

/** A Latin name of one to three words (the core, three letters or more) and a kind word ending it. */
const CORE_AND_KIND = new RegExp(`(?<![\\p{Script=Latin}\\d&.'’-])(\\p{Lu}[\\p{Script=Latin}\\d&.'’-]{2,}(?: \\p{Lu}[\\p{Script=Latin}\\d&.'’-]*){0,2}) (${KIND_WORDS.join('|')})(?![\\p{Script=Latin}\\d]| \\p{Script=Latin})`, 'gu');

/**
 * The pairs (whole name, core) of the Latin company names of a core and a kind word (KIND_WORDS) whose core, no
 * ordinary word of a sector (GENERIC_CORES), the text also prints alone: not followed by another Latin word, nor inside one.
 */
export function latinCorePairs(text: string): NamePair[] {
  const out = new Map<string, NamePair>();
  for (const m of text.matchAll(CORE_AND_KIND)) {
    const [whole, core] = [m[0], m[1]];
    if (!out.has(whole) && !GENERIC_CORES.has(core.toLowerCase()) && printedAlone(text, core)) out.set(whole, [whole, core]);
  }
  return [...out.values()];
}

/** True when the text prints `core` with no Latin letter or digit on either side and no Latin word after it. */
function printedAlone(text: string, core: string): boolean {
  for (let k = text.indexOf(core); k >= 0; k = text.indexOf(core, k + 1)) {
    const before = text[k - 1] ?? '';
    const after = text.slice(k + core.length, k + core.length + 2);
    if (!/[\p{Script=Latin}\d&.'’-]/u.test(before) && !/^(?:[\p{Script=Latin}\d]| \p{Script=Latin})/u.test(after)) return true;
  }
  return false;
}

/**
 * Quality on the Chinese news-page set, per part: share of pages whose headline, date, 来源 outlet, author,
 * body bounds and cleanliness are right, junk authors counted; with --misses each dev page's misses (the
 * held-out parts show only their figures, and with --fields which fields each page missed: they are not tuned on).
 */
import { extractArticle } from '../src/extract/index.js';
import { aggregateCn, scoreCnPage, type CnSetScore } from '../src/extract/cn-gold-score.js';
import { loadCnPages, type CnPart } from './web-cn-pages.js';

/** The parts tuned on: their misses may be printed with their text. */
const TUNED = new Set<CnPart>(['dev', 'fields-dev']);
/** Blind parts spent (36 and 37 by round f25, 38 and 39 by f26; tuned on since): their misses are printed one part at a time, with --misses-of. */
export const SPENT_BLIND = new Set<string>(['heldout36', 'heldout37', 'heldout38', 'heldout39']);

/** Scores one part of the set; lists each page's misses when asked. */
export function evalCnPart(part: CnPart, showMisses: boolean, showFields = false): CnSetScore {
  const scores = loadCnPages(part).map((p) => {
    const s = scoreCnPage(p.gold, extractArticle(p.bytes, { url: p.gold.url }));
    if (showMisses && (TUNED.has(part) || SPENT_BLIND.has(part)) && s.misses.length) console.log(`  ${part}/${p.name}: ${s.misses.join(' | ')}`);
    // Held-out parts name only the fields a page missed, never the text, so what failed can be told without tuning on it.
    if (showFields && !TUNED.has(part) && s.misses.length) console.log(`  ${part}/${p.name}: ${s.misses.map((m) => m.split(':')[0]).join(', ')}`);
    return s;
  });
  return aggregateCn(scores);
}

/** One table row for a part. */
export function cnRow(name: string, s: CnSetScore): string {
  const f = (x: number): string => x.toFixed(3).padStart(6);
  return `${name.padEnd(16)}${String(s.pages).padStart(5)}${f(s.title)}${f(s.date)}${f(s.source)}${f(s.author)}${f(s.bounds)}${f(s.clean)}${String(s.authorJunk).padStart(6)}`;
}

export const CN_HEADER = `${'Chinese set'.padEnd(16)}pages  title  date source author bounds  clean  junk`;

import { splitSentences } from '../enrich/index.js';
import { editionSectionOrder, matchesEdition } from './edition.js';
import { importance, scoreParts } from './score.js';
import { groupSimilar } from './similarity.js';
import { risingNames } from './trends.js';
import type { Candidate, DraftSection, Edition, Entry, IssueDraft } from './types.js';

/** How a draft is made; only the period and number are required. */
export interface DraftOptions {
  /** ISO dates of the period, inclusive. */
  from: string;
  to: string;
  number: number;
  /** Publication printed on the cover; default: the most frequent source of the period, else 简报. */
  publication?: string;
  edition?: Edition | null;
  /** Entries kept per section, best first (default 8). */
  maxPerSection?: number;
  /** Number of 本期要点 lines (default 5). */
  highlights?: number;
  /** Jaccard similarity of title+body shingles from which two articles are the same story (default 0.5). */
  sameStory?: number;
  /** Source name → authority in [0, 1] (default 0.5 each). */
  authority?: Record<string, number>;
  /** House section order (e.g. the sections of the period's issues); sections not in it follow in order of appearance. */
  sectionOrder?: string[];
  /** Section for articles printed without one and not enriched (default 其他). */
  fallbackSection?: string;
  /** Copyright notice, `{year}` (of the period's end) and `{publication}` filled in; default `©{year} {publication} 版权所有，未经同意，不得转载。`. */
  copyright?: string;
  /** ISO timestamp of creation (default now). */
  createdAt?: string;
  /** Candidates of the period before, to tell which tags and entities rise (trend page); none: no trend page. */
  previous?: Candidate[];
}

const DEFAULT_COPYRIGHT = '©{year} {publication} 版权所有，未经同意，不得转载。';

/** Longest a 本期要点 line may be, in characters. */
export const HIGHLIGHT_MAX = 40;

/**
 * Where a candidate is printed: its printed section when that is a house section (the editors' own placing),
 * else enrichment's predicted section, else its printed section, else the fallback.
 */
function sectionOf(c: Candidate, options: Pick<DraftOptions, 'sectionOrder' | 'fallbackSection'>): string {
  const house = options.sectionOrder ?? [];
  if (c.section && house.includes(c.section)) return c.section;
  return c.predictedSection || c.section || (options.fallbackSection ?? '其他');
}

/** The entry that prints one candidate (no 另见 yet), scored within the period. */
export function entryOf(
  c: Candidate,
  period: { from: string; to: string },
  options: Pick<DraftOptions, 'authority' | 'fallbackSection' | 'sectionOrder'> = {},
): Entry {
  return {
    articleId: c.articleId,
    title: c.title,
    section: sectionOf(c, options),
    source: c.source,
    date: c.date,
    byline: c.byline,
    subheads: c.subheads,
    body: c.body,
    summary: c.summary ?? null,
    alsoSeen: [],
    score: importance(scoreParts(c, period, options.authority), 0),
  };
}

/**
 * One entry per story: the candidate with the fullest text prints, the other reports are named under it (另见),
 * and the score counts them.
 */
function mergeStory(group: Candidate[], options: DraftOptions): Entry {
  const main = group.reduce((best, c) => (c.body.length > best.body.length ? c : best));
  const others = group.filter((c) => c !== main);
  const entry = entryOf(main, options, options);
  entry.alsoSeen = others.map((c) => ({ articleId: c.articleId, title: c.title, source: c.source, date: c.date }));
  entry.score = importance(scoreParts(main, options, options.authority), others.length);
  return entry;
}

/** The value that occurs most often (first one on a tie), or null for none. */
function mostFrequent(values: string[]): string | null {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | null = null;
  for (const [v, n] of counts) if (best === null || n > counts.get(best)!) best = v;
  return best;
}

/**
 * A 本期要点 line, a short statement of its own: a short summary's first sentence (a one-line summary says what
 * the entry is; a second sentence is detail), else the headline; without its closing stop, cut to HIGHLIGHT_MAX.
 */
export function highlightLine(e: Entry): string {
  const lead = e.summary && Array.from(e.summary).length <= HIGHLIGHT_MAX ? (splitSentences(e.summary)[0]?.text ?? '') : '';
  const line = (lead.replace(/[\s。；;，,]+$/u, '').trim() || e.title).trim();
  const chars = Array.from(line);
  return chars.length <= HIGHLIGHT_MAX ? chars.join('') : `${chars.slice(0, HIGHLIGHT_MAX - 1).join('')}…`;
}

/** The 本期要点 list: the best entries of the whole issue by score, one line each. */
export function highlightsOf(sections: DraftSection[], n: number): string[] {
  return sections
    .flatMap((s) => s.entries)
    .sort((a, b) => b.score - a.score)
    .slice(0, n)
    .map(highlightLine);
}

/**
 * Drafts an issue from the period's candidates: keeps those the edition wants, merges each story's reports
 * into one entry, places entries in their section, orders each section by importance, caps it, and writes the
 * 本期要点. Pure: same candidates and options, same draft.
 */
export function draftIssue(candidates: Candidate[], options: DraftOptions): IssueDraft {
  const edition = options.edition ?? null;
  const pool = candidates.filter(
    (c) => (!c.date || (c.date >= options.from && c.date <= options.to)) && (!edition || matchesEdition(c, edition)),
  );
  const groups = groupSimilar(
    pool.map((c) => `${c.title}\n${c.body}`),
    options.sameStory ?? 0.5,
    pool.map((c) => c.eventGroup),
  );
  const entries = groups.map((g) => mergeStory(g.map((i) => pool[i]), options));

  const appearance = [...new Set([...(options.sectionOrder ?? []), ...entries.map((e) => e.section)])];
  const order = editionSectionOrder(appearance, edition);
  const max = options.maxPerSection ?? 8;
  const sections = order
    .map((name) => ({
      name,
      entries: entries
        .filter((e) => e.section === name)
        .sort((a, b) => b.score - a.score)
        .slice(0, max),
    }))
    .filter((s) => s.entries.length);

  const publication = options.publication ?? mostFrequent(pool.map((c) => c.source)) ?? '简报';
  return {
    id: 0,
    version: 0,
    status: 'draft',
    publication,
    number: options.number,
    edition: edition?.name ?? null,
    from: options.from,
    to: options.to,
    createdAt: options.createdAt ?? new Date().toISOString(),
    coverLine: edition?.coverLine ?? null,
    copyright: (options.copyright ?? DEFAULT_COPYRIGHT).replaceAll('{year}', options.to.slice(0, 4)).replaceAll('{publication}', publication),
    highlights: highlightsOf(sections, options.highlights ?? 5),
    highlightsFixed: false,
    sections,
    trends: options.previous ? risingNames(pool, options.previous) : [],
  };
}

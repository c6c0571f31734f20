import { entryOf } from './draft.js';
import { matchesEdition } from './edition.js';
import type { Candidate, Edition, IssueDraft } from './types.js';

/** A candidate of the issue's period that the issue does not print, as the editor sees it to add from. */
export interface LeftOut {
  articleId: number;
  title: string;
  /** Where it would go: its printed house section, else enrichment's prediction, else its printed section, else 其他. */
  section: string;
  source: string;
  date: string | null;
  /** Importance score within the period (docs/compose.md). */
  score: number;
  /** Enrichment's summary, or null. */
  summary: string | null;
  /** The opening of the body, at most 80 characters, for articles without a summary. */
  excerpt: string;
}

const EXCERPT_MAX = 80;

/**
 * The period's candidates the issue leaves out (neither printed nor named as 另见), best first; for an edition's
 * issue only those the edition wants. Pure.
 */
export function leftOutOf(draft: IssueDraft, candidates: Candidate[], edition: Edition | null, sectionOrder: string[]): LeftOut[] {
  const inIssue = new Set(draft.sections.flatMap((s) => s.entries.flatMap((e) => [e.articleId, ...e.alsoSeen.map((a) => a.articleId)])));
  return candidates
    .filter((c) => !inIssue.has(c.articleId) && (!edition || matchesEdition(c, edition)))
    .map((c) => {
      const e = entryOf(c, draft, { sectionOrder });
      return { articleId: c.articleId, title: c.title, section: e.section, source: c.source, date: c.date, score: e.score, summary: e.summary, excerpt: excerptOf(c.body) };
    })
    .sort((a, b) => b.score - a.score || a.articleId - b.articleId);
}

/**
 * The body's opening as one line (whitespace runs as one space, none at the ends), at most EXCERPT_MAX characters
 * (code points) with … when cut. Reads only as far as the excerpt: the pool makes one for each of a period's ~300
 * articles, and spreading every body into an array was a quarter of its CPU.
 */
export function excerptOf(body: string): string {
  const out: string[] = [];
  let space = false;
  for (const ch of body) {
    if (/\s/.test(ch)) {
      space = out.length > 0;
      continue;
    }
    if (space) out.push(' ');
    space = false;
    out.push(ch);
    if (out.length > EXCERPT_MAX) return `${out.slice(0, EXCERPT_MAX - 1).join('')}…`;
  }
  return out.join('');
}

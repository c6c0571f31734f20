import { addToGroups, enrichArticle, newGroupIndex } from '../enrich/index.js';
import type { Candidate } from './types.js';

/**
 * Candidates with enrichment computed now, for stores that do not keep it yet (`issue new --enrich`): predicted
 * section, tag and entity names, summary, and same-event groups from enrichment's fingerprints. Fields a candidate
 * already carries (stored enrichment) are kept as they are.
 */
export function enrichCandidates(candidates: Candidate[]): Candidate[] {
  const groups = newGroupIndex();
  return candidates.map((c) => {
    const e = enrichArticle({ title: c.title, body: c.body, date: c.date, source: c.source });
    const group = addToGroups(groups, String(c.articleId), e.fingerprint);
    return {
      ...c,
      predictedSection: c.predictedSection !== undefined ? c.predictedSection : (e.predictedSection?.name ?? null),
      tags: c.tags ?? e.tags.map((t) => t.name),
      entities: c.entities ?? e.entities.map((x) => x.name),
      summary: c.summary !== undefined ? c.summary : e.summary || null,
      eventGroup: c.eventGroup !== undefined ? c.eventGroup : `enrich:${group}`,
    };
  });
}

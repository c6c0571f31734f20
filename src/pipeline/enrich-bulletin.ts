import { enrichArticles } from '../enrich/index.js';
import type { Enrichment } from '../enrich/types.js';
import type { Bulletin } from '../types.js';

/** Entities shown per article in the Markdown notes. */
const NOTE_ENTITIES = 8;

/** Enriches every article of a parsed issue on its own (lexicon priors, bundled IDF), dates against the issue date. */
export function enrichBulletin(bulletin: Bulletin): Enrichment[] {
  return enrichArticles(bulletin.articles.map((a) => ({ title: a.title, body: a.body, date: bulletin.issueDate, source: bulletin.publication })));
}

/** The enrichment fields `parse --enrich` adds to an article (the fingerprint is the store's business). */
export function enrichmentFields(e: Enrichment): Omit<Enrichment, 'fingerprint'> {
  const { fingerprint: _, ...fields } = e;
  return fields;
}

/** Brief Markdown lines for an article: summary, section guess and tags, main entities. */
export function enrichmentNotes(e: Enrichment): string[] {
  const notes = [`摘要：${e.summary}`];
  const labels = [
    e.predictedSection ? `栏目（推测）：${e.predictedSection.name} ${e.predictedSection.confidence}` : null,
    e.tags.length ? `标签：${e.tags.map((t) => t.name).join('、')}` : null,
  ].filter(Boolean);
  if (labels.length) notes.push(labels.join(' · '));
  const entities = [...e.entities].sort((a, b) => b.mentions - a.mentions).slice(0, NOTE_ENTITIES);
  if (entities.length) notes.push(`实体：${entities.map((x) => x.name).join('、')}`);
  return notes;
}

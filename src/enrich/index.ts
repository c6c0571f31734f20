/**
 * Understanding an article: enrichArticle composes the extractors (each in its own file) over one shared
 * segmentation. Pure: no I/O beyond reading the bundled data files once.
 */
import { analyse } from './analyse.js';
import { extractDates } from './dates.js';
import { fingerprint } from './groups.js';
import { extractKeywords } from './keywords.js';
import { fitSectionModel, lexiconModel, predictSection, sectionFeatures } from './section.js';
import { summarise } from './summary.js';
import { extractTags } from './tags.js';
import type { EnrichContext, EnrichInput, Enrichment, SectionModel } from './types.js';

export type * from './types.js';
export { addToGroups, newGroupIndex, sameEvent, type GroupIndex } from './groups.js';
export { addToDocFreq, documentTerms } from './keywords.js';
export { analysedText } from './text.js';
export { lexiconModel } from './section.js';

/** Keywords reported per article. */
const KEYWORDS = 10;

/** Terms weighed when ranking summary sentences. */
const SUMMARY_TERMS = 40;

/** Everything the understanding stage says about one article. */
export function enrichArticle(article: EnrichInput, context: EnrichContext = {}): Enrichment {
  const a = analyse(article);
  const warnings: string[] = [];
  const reference = article.date ?? context.referenceDate ?? null;
  const dates = extractDates(a.text, reference, warnings);
  const features = sectionFeatures(a);
  const terms = extractKeywords(a.terms, a.titleLength, context.docFreq, SUMMARY_TERMS);
  return {
    predictedSection: features.size ? predictSection(context.sectionModel ?? lexiconModel(), features) : null,
    tags: extractTags(a.text, a.titleLength, a.tokens),
    entities: a.entities,
    figures: a.figures,
    dates,
    keywords: terms.slice(0, KEYWORDS),
    summary: summarise(article.body, terms, a.terms, a.titleLength + 2),
    fingerprint: fingerprint(a.terms, a.entities, a.figures, dates),
    warnings,
  };
}

/** Trains the section model from articles labelled with their house section; the result is plain JSON. */
export function trainSectionModel(labelled: { article: EnrichInput; section: string }[]): SectionModel {
  return fitSectionModel(labelled.map(({ article, section }) => ({ features: sectionFeatures(analyse(article)), section })));
}

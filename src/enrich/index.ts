/**
 * Understanding an article: enrichArticle composes the extractors (each in its own file) over one shared
 * segmentation. Pure: no I/O beyond reading the bundled data files once.
 */
import { analyse, analyseAll, checkArticle } from './analyse.js';
import { dataDigest } from './data.js';
import { extractDates } from './dates.js';
import { fingerprint } from './groups.js';
import { extractKeywords } from './keywords.js';
import { fitSectionModel, lexiconModel, predictSection, sectionFeatures } from './section.js';
import { summarise } from './summary.js';
import { extractTags } from './tags.js';
import type { EnrichContext, EnrichInput, Enrichment, SectionModel } from './types.js';

export type * from './types.js';
export { addToGroups, lookupKeys, newGroupIndex, restoreToGroup, sameEvent, type GroupIndex } from './groups.js';
export { addToDocFreq, documentTerms } from './keywords.js';
export { analysedText, splitSentences } from './text.js';
export { isCountry } from './entity-lexicon.js';
export { lexiconModel } from './section.js';

/** Keywords reported per article. */
const KEYWORDS = 10;

/** Terms weighed when ranking summary sentences. */
const SUMMARY_TERMS = 40;

/** Version of the extraction rules: bump it when a change to the code alters what enrichment produces. */
const RULES_VERSION = 47;

/** What produced an enrichment: the rules version and a digest of the bundled data files. */
export function enrichmentVersion(): string {
  return `${RULES_VERSION}.${dataDigest()}`;
}

/** How far a body's figure may differ from the headline's rounded one (突破8000亿元 ~ 8483亿元) and still be it. */
const HEADLINE_ROUNDING = 0.15;

/** Offsets of the body's figures that state the headline's first figure (same unit, the same value or its rounding). */
function headlineFigures(a: ReturnType<typeof analyse>): number[] {
  const head = a.figures.find((f) => f.offset < a.titleLength);
  if (!head) return [];
  const body = a.figures.filter((f) => f.offset > a.titleLength && f.unit === head.unit);
  const exact = body.filter((f) => f.value === head.value);
  const near = body.filter((f) => Math.abs(f.value - head.value) <= Math.abs(head.value) * HEADLINE_ROUNDING);
  return (exact.length ? exact : near).map((f) => f.offset);
}

/** Everything the understanding stage says about one article. */
export function enrichArticle(article: EnrichInput, context: EnrichContext = {}): Enrichment {
  return enrichWithTerms(article, context).enrichment;
}

/** An enrichment with the article's distinct content terms, which a store counts into its document frequencies. */
export interface EnrichmentWithTerms {
  enrichment: Enrichment;
  terms: string[];
}

/**
 * Articles enriched together, step by step: each step (segmentation, the shared analysis, dates, section, tags…)
 * runs over all of them before the next starts. Its code and tables stay in the CPU caches from one article to
 * the next, where running every step on one article and then the next pushes them out; for short articles,
 * whose steps have little text each, that cost more than the steps' own work. A few at a time, so that a long
 * batch does not hold every token in memory.
 */
const ENRICH_TOGETHER = 16;

/** enrichArticle over several articles (an issue's), in order; the same results, faster than one by one. */
export function enrichArticles(articles: EnrichInput[], context: EnrichContext = {}): Enrichment[] {
  return enrichAllWithTerms(articles, context).map((e) => e.enrichment);
}

/** enrichWithTerms over several articles (an issue's), in order; see enrichArticles. */
export function enrichAllWithTerms(articles: EnrichInput[], context: EnrichContext = {}): EnrichmentWithTerms[] {
  const out: EnrichmentWithTerms[] = [];
  for (let from = 0; from < articles.length; from += ENRICH_TOGETHER) {
    const some = articles.slice(from, from + ENRICH_TOGETHER);
    for (const a of some) checkArticle(a);
    out.push(...enrichTogether(some, context));
  }
  return out;
}

/** enrichArticle plus the article's distinct content terms, which a store counts into its document frequencies. */
export function enrichWithTerms(article: EnrichInput, context: EnrichContext = {}): EnrichmentWithTerms {
  checkArticle(article);
  return enrichTogether([article], context)[0];
}

/** The enrichment of each article, every step run over all of them in turn (see ENRICH_TOGETHER). */
function enrichTogether(articles: EnrichInput[], context: EnrichContext): EnrichmentWithTerms[] {
  const analyses = analyseAll(articles);
  const warnings = articles.map((): string[] => []);
  const dates = analyses.map((a, i) => extractDates(a.text, articles[i].date ?? context.referenceDate ?? null, warnings[i]));
  const features = analyses.map(sectionFeatures);
  const model = context.sectionModel ?? lexiconModel();
  const sections = features.map((f) => (f.size ? predictSection(model, f) : null));
  const tags = analyses.map((a) => extractTags(a.text, a.titleLength, a.tokens));
  const terms = analyses.map((a) => extractKeywords(a.termCounts, context.docFreq, SUMMARY_TERMS));
  const summaries = analyses.map((a, i) => summarise(articles[i].body, terms[i], a.terms, a.titleLength + 2, headlineFigures(a)));
  const fingerprints = analyses.map((a, i) => fingerprint(a.termCounts, a.entities, a.figures, dates[i]));
  return analyses.map((a, i) => ({
    enrichment: {
      predictedSection: sections[i],
      tags: tags[i],
      entities: a.entities,
      figures: a.figures,
      dates: dates[i],
      keywords: terms[i].slice(0, KEYWORDS),
      summary: summaries[i],
      fingerprint: fingerprints[i],
      warnings: warnings[i],
    },
    terms: [...a.termCounts.keys()],
  }));
}

/** Trains the section model from articles labelled with their house section; the result is plain JSON. */
export function trainSectionModel(labelled: { article: EnrichInput; section: string }[]): SectionModel {
  return fitSectionModel(labelled.map(({ article, section }) => ({ features: sectionFeatures(analyse(article)), section })));
}

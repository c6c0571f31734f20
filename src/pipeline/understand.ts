import { createHash } from 'node:crypto';
import { enrichAllWithTerms, enrichmentVersion, enrichWithTerms, lexiconModel } from '../enrich/index.js';
import type { EnrichContext, SectionModel } from '../enrich/types.js';
import type { ArticleUnderstanding, Understand, UnderstandingContext } from '../store/enrichment-types.js';
import type { StoredArticle } from '../store/types.js';
import { webPlace } from '../store/web-place.js';
import type { Article, Bulletin } from '../types.js';

/** Where an article was printed: the reference date and source name enrichment resolves against. */
export interface IssueInfo {
  issueDate: string | null;
  publication: string | null;
}

/**
 * The version an enrichment made in this context carries: the rules and data version, plus a digest of the
 * trained section model when there is one, so training marks earlier enrichment stale.
 */
export function understandingVersion(context: UnderstandingContext): string {
  const trained = currentModel(context);
  if (!trained) return enrichmentVersion();
  const model = createHash('sha256').update(JSON.stringify(trained)).digest('hex').slice(0, 8);
  return `${enrichmentVersion()}+m${model}`;
}

let checked: { model: SectionModel; priors: SectionModel; current: boolean } | undefined;

/**
 * The saved model when it was trained on the house sections and lexicons in use; one trained before a knowledge
 * overlay changed them is set aside (the lexicon priors decide until the next `jianbao train`).
 */
function currentModel(context: UnderstandingContext): SectionModel | null {
  const model = context.sectionModel;
  if (!model) return null;
  const priors = lexiconModel();
  if (checked?.model !== model || checked.priors !== priors) {
    const same = JSON.stringify(model.sections) === JSON.stringify(priors.sections) && JSON.stringify(model.lexicon) === JSON.stringify(priors.lexicon);
    checked = { model, priors, current: same };
  }
  return checked.current ? model : null;
}

/** Enrichment's context from the store's: corpus frequencies when it has counted any, the trained model when current. */
function enrichContext(context: UnderstandingContext): EnrichContext {
  const model = currentModel(context);
  return {
    ...(context.docFreq.documents > 0 ? { docFreq: context.docFreq } : {}),
    ...(model ? { sectionModel: model } : {}),
  };
}

/** Enriches one article of an issue (dates resolved against the issue date, 我省 against the publication). */
export function understandArticle(article: Pick<Article, 'title' | 'body'>, issue: IssueInfo, context: UnderstandingContext): ArticleUnderstanding {
  return understandArticles([{ article, issue }], context)[0];
}

/** understandArticle over several articles, in order: enriched together, which is faster (see enrichAllWithTerms). */
export function understandArticles(items: { article: Pick<Article, 'title' | 'body'>; issue: IssueInfo }[], context: UnderstandingContext): ArticleUnderstanding[] {
  const version = understandingVersion(context);
  const inputs = items.map(({ article, issue }) => ({ title: article.title, body: article.body, date: issue.issueDate, source: issue.publication }));
  return enrichAllWithTerms(inputs, enrichContext(context)).map(({ enrichment, terms }) => ({ enrichment, terms, version }));
}

/**
 * What a stored article is read against: its issue's date and publication, or for a web article (no issue)
 * its published date and the source's URL host.
 */
export function articleContext(article: StoredArticle, issues: ReadonlyMap<number, IssueInfo>): IssueInfo {
  const issue = article.issueId === null ? undefined : issues.get(article.issueId);
  if (issue) return issue;
  return article.web ? webPlace(article.web) : { issueDate: null, publication: null };
}

let warmed = false;

/**
 * Loads enrichment's dictionaries and data once per process (seconds, blocking). A fetch does it before its first
 * request, so the load never stalls the event loop between two requests on a kept-alive connection.
 */
export function warmUnderstanding(): void {
  if (warmed) return;
  enrichWithTerms({ title: '工信部发布通知', body: '华为公司在深圳发布新一代芯片。', date: null, source: null }, {});
  warmed = true;
}

/** The import's enrichment step for one parsed issue: every article, in bulletin order. */
export function understandBulletin(bulletin: Bulletin): Understand {
  return (context) => understandArticles(bulletin.articles.map((article) => ({ article, issue: bulletin })), context);
}

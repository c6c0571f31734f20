import { createHash } from 'node:crypto';
import { enrichmentVersion, enrichWithTerms } from '../enrich/index.js';
import type { EnrichContext } from '../enrich/types.js';
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
  if (!context.sectionModel) return enrichmentVersion();
  const model = createHash('sha256').update(JSON.stringify(context.sectionModel)).digest('hex').slice(0, 8);
  return `${enrichmentVersion()}+m${model}`;
}

/** Enrichment's context from the store's: corpus frequencies when it has counted any, the trained model when saved. */
function enrichContext(context: UnderstandingContext): EnrichContext {
  return {
    ...(context.docFreq.documents > 0 ? { docFreq: context.docFreq } : {}),
    ...(context.sectionModel ? { sectionModel: context.sectionModel } : {}),
  };
}

/** Enriches one article of an issue (dates resolved against the issue date, 我省 against the publication). */
export function understandArticle(article: Pick<Article, 'title' | 'body'>, issue: IssueInfo, context: UnderstandingContext): ArticleUnderstanding {
  const { enrichment, terms } = enrichWithTerms(
    { title: article.title, body: article.body, date: issue.issueDate, source: issue.publication },
    enrichContext(context),
  );
  return { enrichment, terms, version: understandingVersion(context) };
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
  return (context) => bulletin.articles.map((a) => understandArticle(a, bulletin, context));
}

import type { StoredEnrichment } from '../store/enrichment-types.js';
import type { IssueSummary, Repositories, StoredArticle } from '../store/types.js';
import { articleContext, understandArticles } from './understand.js';

/**
 * Enriches these stored articles again after an editor changed them (text, issue date, a split or merge), keeps
 * the editor's own tags as their search facets, and places them in same-event groups again (by key lookup: a full
 * regroup costs seconds per change at a few thousand articles). Articles no longer stored are skipped. Run it in
 * the transaction that made the change. An article stored again unchanged (undo of a removal) takes back its
 * `kept` enrichment as it was (its keywords were weighed against the archive of then), counted as now.
 */
export async function reunderstand(store: Repositories, articleIds: number[], kept: ReadonlyMap<number, StoredEnrichment> = new Map()): Promise<void> {
  const context = await store.enrichment.context();
  const issues = new Map<number, IssueSummary>();
  const articles: StoredArticle[] = [];
  for (const id of new Set(articleIds)) {
    const a = await store.articles.get(id);
    if (!a) continue;
    articles.push(a);
    const issue = a.issueId === null || issues.has(a.issueId) ? null : await store.issues.get(a.issueId);
    if (issue) issues.set(issue.id, issue);
  }
  const understood = understandArticles(articles.map((a) => ({ article: a, issue: articleContext(a, issues) })), context).map((u, i) => {
    const k = kept.get(articles[i].id);
    return k ? { ...u, enrichment: k.enrichment, version: k.version } : u;
  });
  await store.enrichment.save(articles.map((a, i) => ({ articleId: a.id, understanding: understood[i] })));
  for (const a of articles) {
    if (a.edits?.tags) await store.articles.setFacts(a.id, { tags: a.edits.tags.map((tag) => ({ tag, score: 1 })) });
  }
  await store.enrichment.regroupArticles(articles.map((a) => a.id));
}

import { z } from 'zod';
import type { ArticleUnderstanding } from '../../store/enrichment-types.js';
import type { Job } from '../types.js';

const payload = z.object({
  /** These articles (those already enriched by the current rules are skipped); none: every stale article. */
  articleIds: z.array(z.number().int().positive()).optional(),
});

/** Articles enriched per store transaction. */
const BATCH = 50;

/**
 * Enriches stored articles whose enrichment is missing or stale, then queues a regrouping. Only stale articles
 * are touched, so running it twice changes nothing the second time (document frequencies are moved, not added).
 */
export const enrichJob: Job<z.infer<typeof payload>> = {
  name: 'enrich',
  payload,
  key: (p) => (p.articleIds ? null : 'enrich:all'),
  async handler(env, p, signal) {
    const { store } = env;
    // Loaded when enrichment runs: jieba's dictionaries are large.
    const { articleContext, understandArticle, understandingVersion } = await import('../../pipeline/understand.js');
    const context = await store.understandingContext();
    const stale = new Set(await store.staleEnrichments(understandingVersion(context)));
    const wanted = (p.articleIds ?? [...stale]).filter((id) => stale.has(id));
    if (!wanted.length) return;
    const issues = new Map((await store.listIssues()).map((i) => [i.id, i]));
    let batch: { articleId: number; understanding: ArticleUnderstanding }[] = [];
    for (const id of wanted) {
      if (signal.aborted) break;
      const article = await store.getArticle(id);
      if (!article) continue;
      batch.push({ articleId: id, understanding: understandArticle(article, articleContext(article, issues), context) });
      if (batch.length === BATCH) (await store.saveEnrichments(batch), (batch = []));
    }
    await store.saveEnrichments(batch);
    // Stopped midway: the rest is stale still and fails the job, so it is run again.
    if (signal.aborted) throw new Error('stopped before every article was enriched');
    await env.enqueue('regroup', {});
  },
};

import { z } from 'zod';
import type { IssueInfo } from '../../pipeline/understand.js';
import type { UnderstandingContext } from '../../store/enrichment-types.js';
import type { IssueSummary, Repositories, StoredArticle } from '../../store/types.js';
import { matchNew } from '../../core/alerting/jobs.js';
import { unavailable } from '../../core/errors.js';
import type { Job } from '../types.js';

const payload = z.object({
  /** These articles (those already enriched by the current rules are skipped); none: every stale article. */
  articleIds: z.array(z.number().int().positive()).optional(),
});

/** Articles enriched per store transaction. */
const BATCH = 50;

// Loaded when enrichment runs: jieba's dictionaries are large.
const understanding = () => import('../../pipeline/understand.js');

/** How long a worker reuses the corpus statistics it read (a CLI `enrich` run reads them once for all articles). */
const CONTEXT_SECONDS = 30;
const contexts = new WeakMap<object, { at: number; context: Promise<UnderstandingContext> }>();

/**
 * The store's understanding context (document frequencies, section model), read at most every 30 s per worker:
 * reading the whole vocabulary for every job of three articles was the cost that grew with the archive.
 */
function contextOf(store: Repositories, now: Date): Promise<UnderstandingContext> {
  const cached = contexts.get(store);
  if (cached && now.getTime() - cached.at < CONTEXT_SECONDS * 1000) return cached.context;
  const context = store.enrichment.context();
  contexts.set(store, { at: now.getTime(), context });
  context.catch(() => contexts.delete(store));
  return context;
}

/**
 * Enriches stored articles whose enrichment is missing or stale, matches them against the watchlists (queueing
 * the alerts) and queues a regrouping. Only stale articles
 * are touched, and saving moves document frequencies from an article's old terms to its new ones under the
 * store's lock, so a job run twice (or two runs at once) counts nothing twice.
 */
export const enrichJob: Job<z.infer<typeof payload>> = {
  name: 'enrich',
  payload,
  key: (p) => (p.articleIds ? null : 'enrich:all'),
  keyBlocks: 'waiting',
  async warmUp() {
    // The lexicons load on first use, seconds on a busy machine: before the first job, not inside it.
    const { understandArticle } = await understanding();
    understandArticle({ title: '预热', body: '预热文本。' }, { issueDate: null, publication: null }, { docFreq: { documents: 0, frequencies: {} }, sectionModel: null });
  },
  async handler(env, p, signal) {
    const { store } = env;
    const { articleContext, understandArticles, understandingVersion } = await understanding();
    const context = await contextOf(store, env.now());
    const version = understandingVersion(context);
    const wanted = p.articleIds
      ? (await Promise.all(p.articleIds.map(async (id) => ((await store.enrichment.get(id))?.version === version ? null : id)))).filter((id) => id !== null)
      : await store.enrichment.stale(version);
    // Web articles come enriched from the fetch's own transaction: then only matching and grouping are left.
    if (wanted.length) {
      let issues: Map<number, IssueSummary> | null = null;
      // Each batch is enriched at once, as an import enriches an issue (src/enrich: segmented back to back).
      const save = async (batch: { article: StoredArticle; issue: IssueInfo }[]) => {
        const understood = understandArticles(batch, context);
        await store.enrichment.save(batch.map(({ article }, i) => ({ articleId: article.id, understanding: understood[i] })));
      };
      let batch: Parameters<typeof save>[0] = [];
      for (const id of wanted) {
        if (signal.aborted) break;
        const article = await store.articles.get(id);
        if (!article) continue;
        // Bulletin articles are read against their issue; web articles (most here) need no issue list.
        if (article.issueId !== null) issues ??= new Map((await store.issues.list()).map((i) => [i.id, i]));
        batch.push({ article, issue: articleContext(article, issues ?? new Map()) });
        if (batch.length === BATCH) (await save(batch), (batch = []));
      }
      await save(batch);
      // Stopped midway: the rest is stale still and fails the job, so it is run again.
      if (signal.aborted) throw unavailable('job enrich', '服务停止，尚有文章未理解，将重新运行 (stopped before every article was enriched)');
    }
    // Watchlists match on the enriched article (its entities and tags): every article no match run has seen.
    if ((await matchNew(env)).alerts > 0) await env.enqueue('alert', {});
    if (wanted.length || p.articleIds) await env.enqueue('regroup', {});
  },
};

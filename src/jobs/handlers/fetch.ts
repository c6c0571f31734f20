import { z } from 'zod';
import { isDue } from '../backoff.js';
import type { Job } from '../types.js';

const payload = z.object({
  sourceId: z.number().int().positive(),
  /** Poll even when the source is not due (fetch now). */
  force: z.boolean().default(false),
});

/**
 * Polls one source and stores its new articles, then queues their enrichment. Keyed by source, so one source is
 * polled by one worker at a time; a job run again after its source was polled (a retry, a second delivery)
 * finds it not due and does nothing, and the articles' dedup keys keep a repeated poll from storing twice.
 */
// Loaded when a fetch runs: opening the core must not load the HTTP client and the extractor.
const modules = () => Promise.all([import('../../fetch/fetcher.js'), import('../../sources/fetch-source.js')]);

export const fetchJob: Job<z.infer<typeof payload>> = {
  name: 'fetch',
  payload,
  key: (p) => `source:${p.sourceId}`,
  async warmUp() {
    await modules();
  },
  async handler(env, p, signal) {
    const source = await env.store.sources.get(p.sourceId);
    // Removed since it was queued: nothing to do.
    if (!source || (!p.force && !isDue(source, env.now()))) return;
    const [{ createFetcher }, { fetchSource }] = await modules();
    const { timeoutMs, retries, hostDelayMs, maxBytes, allowPrivate, allowNetworks } = env.config.fetch;
    const fetcher = createFetcher({ timeoutMs, retries, hostDelayMs, maxBytes, allowPrivate, allowNetworks });
    const run = await fetchSource(source, env.store, fetcher, { signal });
    if (run.newIds.length) await env.enqueue('enrich', { articleIds: run.newIds });
  },
};

import { z } from 'zod';
import { generateArchive, type GenerateResult } from '../../search/generate-archive.js';
import { defaultIndexThreads } from '../../search/index-text-pool.js';
import { isUrl } from '../../store/location.js';
import { authorize, type Actor } from '../actor.js';
import type { CoreContext } from '../context.js';
import { id, parseInput } from '../inputs.js';

const generateInput = z.object({
  articles: id,
  /** Folder of .txt documents to take sentences, titles and names from. */
  samples: z.string().min(1).default('samples'),
  seed: id.default(1),
  /** Worker threads segmenting ahead of the writer (0: none, the writer segments); default the cores but one from 2,000 articles on an SQLite store. */
  threads: z.number().int().min(0).max(64).optional(),
  /** Issues per transaction (default 1, as a real import): more make fewer, larger index segments. */
  issuesPerTransaction: z.number().int().min(1).max(1000).default(1),
});
export type GenerateInput = z.input<typeof generateInput>;
export type { GenerateResult };

/** Archives from this many articles are segmented by worker threads unless told otherwise. */
const WORKERS_FROM = 2000;

/** Tools for measuring the archive at scale. */
export class BenchService {
  constructor(private readonly ctx: CoreContext) {}

  /** Fills the store with a deterministic synthetic archive made from sample documents (same seed, same archive). */
  async generate(actor: Actor, input: GenerateInput, progress?: (line: string) => void): Promise<GenerateResult> {
    authorize(actor, 'archive.write', 'fill the archive');
    const o = parseInput(generateInput, input, 'bench');
    // Only the embedded store takes index text made ahead (PostgreSQL builds its tsvector itself), and a worker
    // takes about a CPU second to start (tsx, jieba's dictionary): worth it for a bulk load only.
    const bulk = o.articles >= WORKERS_FROM && !isUrl(this.ctx.config.store);
    const threads = o.threads ?? (bulk ? defaultIndexThreads() : 0);
    const result = await generateArchive(this.ctx.store, { ...o, threads, progress });
    await this.ctx.record(actor, {
      action: 'archive.generate', object: 'archive', detail: `${result.articles} synthetic articles from ${o.samples} (seed ${o.seed})`,
      after: { articles: result.articles, seed: o.seed },
    });
    return result;
  }
}

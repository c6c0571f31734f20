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
  /** Worker threads segmenting ahead of the writer (0: none, the writer segments); default the cores but one. */
  threads: z.number().int().min(0).max(64).optional(),
  /** Issues per transaction (default 1, as a real import): more make fewer, larger index segments. */
  issuesPerTransaction: z.number().int().min(1).max(1000).default(1),
});
export type GenerateInput = z.input<typeof generateInput>;
export type { GenerateResult };

/** Tools for measuring the archive at scale. */
export class BenchService {
  constructor(private readonly ctx: CoreContext) {}

  /** Fills the store with a deterministic synthetic archive made from sample documents (same seed, same archive). */
  async generate(actor: Actor, input: GenerateInput, progress?: (line: string) => void): Promise<GenerateResult> {
    authorize(actor, 'archive.write', 'fill the archive');
    const o = parseInput(generateInput, input, 'bench');
    // Only the embedded store takes index text made ahead; PostgreSQL builds its tsvector itself.
    const threads = o.threads ?? (isUrl(this.ctx.config.store) ? 0 : defaultIndexThreads());
    const result = await generateArchive(this.ctx.store, { ...o, threads, progress });
    await this.ctx.record(actor, {
      action: 'archive.generate', object: 'archive', detail: `${result.articles} synthetic articles from ${o.samples} (seed ${o.seed})`,
      after: { articles: result.articles, seed: o.seed },
    });
    return result;
  }
}

import { z } from 'zod';
import { generateArchive, type GenerateResult } from '../../search/generate-archive.js';
import { authorize, type Actor } from '../actor.js';
import type { CoreContext } from '../context.js';
import { id, parseInput } from '../inputs.js';

const generateInput = z.object({
  articles: id,
  /** Folder of .txt documents to take sentences, titles and names from. */
  samples: z.string().min(1).default('samples'),
  seed: id.default(1),
  /**
   * Worker threads segmenting ahead of the writer on an SQLite store (PostgreSQL builds its tsvector itself).
   * Default 0, the writer segments: on a machine without a spare core, workers made the build no faster (docs/search-speed.md).
   */
  threads: z.number().int().min(0).max(64).default(0),
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
    const result = await generateArchive(this.ctx.store, { ...o, progress });
    await this.ctx.record(actor, {
      action: 'archive.generate', object: 'archive', detail: `从 ${o.samples} 生成 ${result.articles} 篇测试文章（种子 ${o.seed}）`,
      after: { articles: result.articles, seed: o.seed },
    });
    return result;
  }
}

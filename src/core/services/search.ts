import { z } from 'zod';
import type { SearchResult } from '../../search/types.js';
import { authorize, type Actor } from '../actor.js';
import type { CoreContext } from '../context.js';
import { invalidInput } from '../errors.js';
import { parseInput } from '../inputs.js';

const names = z.array(z.string().trim().min(1).max(200)).max(20).optional();
const searchInput = z.object({
  query: z.string().max(2000),
  sections: names,
  tags: names,
  entities: names,
  sources: names,
  page: z.number().int().min(1).max(10_000).optional(),
  limit: z.number().int().min(1).max(100).optional(),
  /** Snippet marks: `html` (<mark>, the rest escaped) for the web, `terminal` (【】) for the CLI. */
  marks: z.enum(['html', 'terminal']).optional(),
}).strict();
export type SearchInput = z.input<typeof searchInput>;

/** Full-text search of the archive in the CLI's query syntax (src/search/query.ts), with facets. */
export class SearchService {
  constructor(private readonly ctx: CoreContext) {}

  async search(actor: Actor, input: SearchInput): Promise<SearchResult> {
    authorize(actor, 'archive.read', 'search the archive');
    const s = parseInput(searchInput, input, 'search');
    const limit = s.limit ?? 20;
    try {
      return await this.ctx.store.search({
        query: s.query,
        filters: { sections: s.sections, tags: s.tags, entities: s.entities, sources: s.sources },
        limit,
        offset: ((s.page ?? 1) - 1) * limit,
        marks: s.marks ?? 'html',
      });
    } catch (err) {
      // The store's own query errors read `query: <problem>`; they are the user's input, not a failure.
      const m = /^query: (.*)$/s.exec((err as Error).message);
      if (m) throw invalidInput('query', m[1]!, err);
      throw err;
    }
  }
}

import { z } from 'zod';
import { isEmptyQuery, parseQuery } from '../../search/query.js';
import type { SavedSearch } from '../../store/saved-search-types.js';
import { authorize, type Actor } from '../actor.js';
import type { CoreContext } from '../context.js';
import { conflict, forbidden, invalidInput, notFound } from '../errors.js';
import { id, parseInput } from '../inputs.js';

const names = z.array(z.string().trim().min(1).max(200)).max(50).optional();
const saveInput = z.object({
  name: z.string().trim().min(1).max(100),
  /** A query in the search syntax (src/search/query.ts); may be empty when the filters say what to list. */
  query: z.string().trim().max(1000).default(''),
  filters: z.object({ sections: names, tags: names, entities: names, sources: names }).strict().default({}),
});
export type SavedSearchInput = z.input<typeof saveInput>;

/** Searches a user saved under a name: any role keeps their own; nobody sees another user's. */
export class SavedSearchService {
  constructor(private readonly ctx: CoreContext) {}

  /** Saves the query and filters under a name (a conflict when the actor has one of that name). */
  async save(actor: Actor, input: SavedSearchInput): Promise<SavedSearch> {
    authorize(actor, 'archive.read', 'save searches');
    const s = parseInput(saveInput, input, 'saved search');
    // Filters without empty lists, so a saved search compares and reads as the page gave it.
    const filters = Object.fromEntries(Object.entries(s.filters).filter(([, v]) => v?.length));
    if (isEmptyQuery(parseQuery(s.query)) && !Object.keys(filters).length) throw invalidInput('saved search', '没有搜索内容，请填写检索词或筛选条件 (nothing to search for: give a query or a filter)');
    const added = await this.ctx.store.savedSearches.add({ owner: actor.id, name: s.name, query: s.query, filters, createdAt: this.ctx.now().toISOString() });
    if (!added) throw conflict(`saved search ${s.name}`, '你已有同名的保存搜索 (you have a saved search of that name already)');
    await this.ctx.record(actor, { action: 'search.save', object: `saved-search:${added.id}`, detail: `${added.name}：${added.query}`, after: added });
    return added;
  }

  /** The actor's own saved searches, by name. */
  async list(actor: Actor): Promise<SavedSearch[]> {
    authorize(actor, 'archive.read', 'save searches');
    return this.ctx.store.savedSearches.list(actor.id);
  }

  /** One of the actor's saved searches; another user's is forbidden. */
  async get(actor: Actor, searchId: number): Promise<SavedSearch> {
    authorize(actor, 'archive.read', 'save searches');
    const found = await this.ctx.store.savedSearches.get(parseInput(id, searchId, 'saved search'));
    if (!found) throw notFound(`saved search ${searchId}`, '没有这个保存搜索 (no such saved search)');
    if (found.owner !== actor.id) throw forbidden(actor.id, '保存搜索只有创建者本人可见 (a saved search is seen by its owner only)');
    return found;
  }

  /** Removes one of the actor's saved searches. */
  async remove(actor: Actor, searchId: number): Promise<SavedSearch> {
    const found = await this.get(actor, searchId);
    await this.ctx.store.savedSearches.remove(found.id);
    await this.ctx.record(actor, { action: 'search.remove', object: `saved-search:${found.id}`, detail: `${found.name}：${found.query}`, before: found });
    return found;
  }
}

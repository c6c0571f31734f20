import type { Entity, TagScore } from '../enrich/types.js';
import type { ArticleFacts } from './types.js';

/** The enrichment stage's tags and entities as the facts the store indexes (store.articles.setFacts, import). */
export function articleFacts(tags: TagScore[], entities: Pick<Entity, 'name' | 'type' | 'mentions'>[]): ArticleFacts {
  return {
    tags: tags.map((t) => ({ tag: t.name, score: t.score })),
    entities: entities.map((e) => ({ name: e.name, type: e.type, count: e.mentions })),
  };
}

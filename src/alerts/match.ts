import type { AliasIndex } from '../search/aliases.js';
import type { AcceptedNames } from '../search/entity-names.js';
import { gramTokens } from '../search/grams.js';
import { holdsPhrase, type Phrase } from '../search/match-plan.js';
import { planSearch, printedPlan } from '../search/request.js';
import type { Segmenter } from '../search/segment.js';
import type { SearchFilters } from '../search/types.js';
import type { MatchCandidate, Watchlist } from '../store/alert-types.js';

/**
 * Matching new articles against watchlists in memory, with search's own plan (src/search/request.ts): the query
 * is parsed and planned once per watchlist, terms naming an organisation stand for all its names, and an article
 * matches when it holds every group's phrase in its word stream or its character grams, in the title or in the
 * body, and passes the filters. So a watchlist alerts on exactly the new articles `jianbao search` would find,
 * without asking the index about each article (npm run eval:alerts compares the two).
 */

/** A watchlist ready to test articles. */
export interface CompiledWatch {
  watchlistId: number;
  /** Articles with an id up to this one are older than the watchlist. */
  sinceArticleId: number;
  test(article: IndexedText): boolean;
}

/** An article's text as the index streams hold it, with what the filters read. */
export interface IndexedText {
  id: number;
  /** Each stream of the title and of the body as tokens joined (and surrounded) by SEP. */
  streams: { words: string[]; grams: string[] };
  /** The same streams' tokens as sets: a phrase with a token missing is not looked for in the joined text. */
  tokens: { words: Set<string>[]; grams: Set<string>[] };
  candidate: MatchCandidate;
}

const SEP = '\u0001';
const TOKEN_SPLIT = /[^\p{L}\p{N}]+/u;

/** The search request a watchlist stands for: its query with its entity, tag and section as filters. */
export function watchRequest(w: Pick<Watchlist, 'query' | 'entity' | 'tag' | 'section'>): { query: string; filters: SearchFilters } {
  return {
    query: w.query,
    filters: {
      entities: w.entity ? [w.entity] : undefined,
      tags: w.tag ? [w.tag] : undefined,
      sections: w.section ? [w.section] : undefined,
    },
  };
}

/**
 * Plans a watchlist; throws search's one-line `query: …` when it gives nothing to match. `aliases` and `entities`:
 * the names search plans the watchlist's request with (SearchRepository.names: the names the archive taught, what
 * each entity filter accepts); without `entities`, an entity filter takes its lexicon names only.
 */
export function compileWatch(w: Watchlist, aliases: AliasIndex, entities: Map<string, AcceptedNames> = new Map()): CompiledWatch {
  const { plan, filters } = planSearch(watchRequest(w), aliases);
  const compiled = (p: Phrase) => {
    const tokens = p.tokens.map((t) => t.toLowerCase());
    return { phrase: p, stream: p.stream, tokens, key: `${SEP}${tokens.join(SEP)}${SEP}` };
  };
  const groups = plan.groups.map((g) => g.map(compiled));
  const excluded = plan.excluded.map(compiled);
  // A near pair is tested on the column's tokens; a phrase as a substring of the joined tokens. Either needs each of
  // its tokens in the column, which a set answers at once: most watchlists miss most articles (1,000 watched terms
  // over a batch of articles searched every joined body a thousand times).
  const holds = (t: IndexedText, p: ReturnType<typeof compiled>) =>
    t.streams[p.stream].some((s, k) => p.tokens.every((x) => t.tokens[p.stream][k].has(x)) &&
      (p.phrase.near ? holdsPhrase(s.split(SEP), { ...p.phrase, tokens: p.tokens }) : s.includes(p.key)));
  const passes = filterTest(filters);
  // An entity filter also accepts an article printing a name whose printing names the entity, found as search finds it.
  const entityTests = (filters.entities ?? []).map((e) => {
    const accepted = entities.get(e) ?? { names: aliases.namesOf(e), printed: [] };
    const names = new Set(accepted.names.map((n) => aliases.canonical(n)));
    const printed = accepted.printed.flatMap((n) => printedPlan(n).groups.flat().map(compiled));
    return (t: IndexedText) => t.candidate.entities.some((n) => names.has(aliases.canonical(n))) || printed.some((p) => holds(t, p));
  });
  return {
    watchlistId: w.id,
    sinceArticleId: w.sinceArticleId,
    test: (t) =>
      passes(t.candidate) && entityTests.every((e) => e(t)) && groups.every((g) => g.some((p) => holds(t, p))) && !excluded.some((p) => holds(t, p)),
  };
}

/** An article's title and body in both index streams (the segmenter is the index's own). */
export function indexedText(c: MatchCandidate, seg: Segmenter): IndexedText {
  const words = [c.title, c.body].map((text) => lowered(seg.segmentForIndex(text).split(TOKEN_SPLIT)));
  const grams = [c.title, c.body].map((text) => lowered(gramTokens(text)));
  const join = (tokens: string[]) => `${SEP}${tokens.join(SEP)}${SEP}`;
  return {
    id: c.id,
    streams: { words: words.map(join), grams: grams.map(join) },
    tokens: { words: words.map((t) => new Set(t)), grams: grams.map((t) => new Set(t)) },
    candidate: c,
  };
}

function lowered(tokens: string[]): string[] {
  return tokens.filter(Boolean).map((t) => t.toLowerCase());
}

/** The filters as search applies them but the entities (compileWatch's): dates between the bounds, one of the sections and sources, every tag. */
function filterTest(f: SearchFilters): (c: MatchCandidate) => boolean {
  return (c) => {
    if ((f.from || f.to) && (!c.date || (f.from && c.date < f.from) || (f.to && c.date > f.to))) return false;
    if (f.sections && !f.sections.includes(c.section ?? '')) return false;
    if (f.sources && !f.sources.includes(c.source)) return false;
    if (f.tags && !f.tags.every((t) => c.tags.includes(t))) return false;
    return true;
  };
}

/** Every (watchlist, article) pair that matches, articles older than a watchlist left out. */
export function matchAll(watches: CompiledWatch[], articles: IndexedText[]): { watchlistId: number; articleId: number }[] {
  const pairs: { watchlistId: number; articleId: number }[] = [];
  for (const a of articles) {
    for (const w of watches) if (a.id > w.sinceArticleId && w.test(a)) pairs.push({ watchlistId: w.watchlistId, articleId: a.id });
  }
  return pairs;
}

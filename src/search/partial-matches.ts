import type { AliasIndex } from './aliases.js';
import { DEFAULT_SEARCH_LIMIT, planSearch } from './request.js';
import type { SearchFilters, SearchHit, SearchRequest, SearchResult } from './types.js';

/** Fewer articles than this holding every term, and the listing is filled up to it with articles missing one. */
export const PARTIAL_BELOW = 10;

/** Most terms or parts that may be left out for partial matches to be looked for: one more search for each. */
export const PARTIAL_MAX_LEFT_OUT = 8;

/** An entity's name that can be typed as one term of a query: no space, quote, sign or field. */
const TYPED_NAME = /^[\p{L}\p{N}·&.]+$/u;

/**
 * The search ranking the articles of the query's entity filters by their names (title first, as BM25 weighs it), for
 * the one term left out beside them: the articles most about the entity come first, not merely the newest. None when
 * the query excludes something (a query of names would drop the exclusions) or a name cannot be typed as a term.
 */
function byEntityNames(request: SearchRequest, filters: SearchFilters, excludes: boolean): SearchRequest[] {
  const names = filters.entities ?? [];
  if (excludes || !names.length || !names.every((n) => TYPED_NAME.test(n))) return [];
  return [{ ...request, query: names.join(' '), filters, omit: undefined, omitPart: undefined }];
}

/**
 * A search that, when fewer than PARTIAL_BELOW articles hold every term, lists after them the articles holding all
 * the terms but one, as web search engines do (`智能驾驶 芯片` also lists an article on a car's chips that never says
 * 智能驾驶), each with the term it misses (SearchHit.missing), up to PARTIAL_BELOW hits in all. They rank below every
 * article holding all the terms, by their score for the terms they hold. A quoted phrase or a `+` term is never the
 * one left out; exclusions and filters hold as asked; `total` and the facets stay those of the articles holding
 * every term, and `partial` says how many follow them over all pages, so offset and limit page through the whole
 * listing. A query of one term written in several parts and found by fewer (数字孪生) lists the articles holding all its
 * parts but one the same way (虚拟孪生: missing 数字), as MatchPlan.terms' `parts` says, and those holding every part
 * too far apart for the term's near pair (each missing the term as written, scored for all its parts); a query of one term of one
 * part beside an entity or tag filter lists the articles passing the filters without the term (`entity:某公司 营收`
 * also lists the company's article writing 销售收入), the filters saying what the articles are about: those naming
 * the entities most (byEntityNames) first, then the others newest first.
 * A query with more than PARTIAL_MAX_LEFT_OUT terms or parts to leave out is answered as asked. `search` is the backend's plain
 * search, so both backends list the same. Trends and alerts count only articles holding every term.
 */
export async function withPartialMatches(request: SearchRequest, aliases: AliasIndex, search: (r: SearchRequest) => Promise<SearchResult>): Promise<SearchResult> {
  const first = await search(request);
  if (first.total >= PARTIAL_BELOW) return first;
  const { plan, filters } = planSearch(request, aliases);
  const { terms } = plan;
  // What may be left out, each with the search without it: a term of several, a part of a query's one term, or the
  // one term itself beside an entity or tag filter, which says what the articles are about.
  const parts = terms.length === 1 ? (terms[0].parts ?? []) : [];
  const about = !!(filters.entities?.length || filters.tags?.length);
  const leftOut =
    terms.length !== 1
      ? terms.flatMap((t, i) => (t.optional ? [{ text: t.text, request: { ...request, omit: i } }] : []))
      : parts.length
        ? parts.map((text, i) => ({ text, request: { ...request, omitPart: i } }))
        : terms[0].optional && about
          ? [...byEntityNames(request, filters, plan.excluded.length > 0).map((r) => ({ text: terms[0].text, request: r })), { text: terms[0].text, request: { ...request, omit: 0 } }]
          : [];
  if (leftOut.length > PARTIAL_MAX_LEFT_OUT || !leftOut.length) return first;
  // A term's parts all printed, but further apart than a near pair reaches (无人驾驶 … 农机 for 无人农机), miss no part:
  // asked first, those articles are listed scored for every part, so they mostly rank above one holding a part alone
  // (ranked first whatever their score, they did worse on the dev queries: 医疗AI, 物流成本).
  const searches = parts.length ? [{ text: terms[0].text, request: { ...request, omitPart: parts.length } }, ...leftOut] : leftOut;
  const offset = request.offset ?? 0;
  const limit = request.limit ?? DEFAULT_SEARCH_LIMIT;
  // The page asked may start inside or after the articles holding every term: the listing is built whole.
  const complete = offset === 0 && first.hits.length === first.total;
  const whole = complete || !first.total ? first.hits : (await search({ ...request, offset: 0, limit: first.total, facets: false })).hits;
  const seen = new Set(whole.map((h) => h.id));
  const partial: SearchHit[] = [];
  // The full matches are among these hits too, so PARTIAL_BELOW of them hold enough of the others. The searches are
  // independent: asked at once, a server answers them on several cores (on PostgreSQL each is a few statements of
  // their own); their hits are taken in the same order as one by one.
  const pages = await Promise.all(searches.map(({ request: without }) => search({ ...without, offset: 0, limit: PARTIAL_BELOW, facets: false, pageOnly: true })));
  for (const [k, { text }] of searches.entries()) {
    for (const h of pages[k].hits) {
      if (seen.has(h.id)) continue;
      seen.add(h.id);
      partial.push({ ...h, missing: [text] });
    }
  }
  // Ties go to the newer article, as within a search (a higher id is a later import).
  partial.sort((a, b) => b.score - a.score || (b.date ?? '').localeCompare(a.date ?? '') || b.id - a.id);
  const filled = partial.slice(0, PARTIAL_BELOW - whole.length);
  if (!filled.length) return first;
  return { ...first, hits: [...whole, ...filled].slice(offset, offset + limit), partial: filled.length };
}

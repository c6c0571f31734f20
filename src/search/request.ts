import { aliasIndex, sharedAbbreviations, type AliasIndex } from './aliases.js';
import { toMatchPlan, type MatchPlan } from './match-plan.js';
import { isEmptyQuery, parseDateBound, parseQuery } from './query.js';
import { sharedSegmenter } from './segment.js';
import type { Facets, SearchFilters, SearchRequest } from './types.js';
import { invalidInput } from '../core/errors.js';

/** Default page size of a search. */
export const DEFAULT_SEARCH_LIMIT = 20;

/** The facets of a search asked without them (SearchRequest.facets false). */
export const NO_FACETS: Facets = { section: [], tag: [], entity: [], source: [], month: [] };

/** A search request read and checked, whatever the backend: what to match, the filters, the warnings. */
export interface PlannedSearch {
  plan: MatchPlan;
  /** The query's own filters and the request's together. */
  filters: SearchFilters;
  /** The parser's and the planner's warnings. */
  warnings: string[];
}

/**
 * Parses and plans a search request. Throws a one-line `query: …` when it gives nothing to search for or filter
 * by (empty, or only punctuation), as well as the parser's own errors (too long, bad dates). Terms naming an
 * organisation of the alias index stand for all its names, an unquoted term of the abbreviation table for all its forms.
 */
export function planSearch(request: SearchRequest, aliases: AliasIndex): PlannedSearch {
  const parsed = parseQuery(request.query);
  const filters = mergeFilters(parsed.filters, request.filters ?? {});
  if (isEmptyQuery({ ...parsed, filters })) {
    throw invalidInput('query', '检索式为空，请输入检索词或筛选条件，如 tag:芯片 (empty; give words to search for, or a filter such as tag:芯片)');
  }
  const plan = toMatchPlan(parsed, sharedSegmenter(), aliases, sharedAbbreviations(), request.omit, request.omitPart);
  const warnings = [...parsed.warnings, ...plan.warnings];
  if (!plan.groups.length && !plan.excluded.length && !Object.values(filters).some((v) => v !== undefined)) {
    throw invalidInput('query', `${JSON.stringify(request.query.trim())} 中没有可检索的内容 (nothing searchable in ${JSON.stringify(request.query.trim())})`);
  }
  return { plan, filters, warnings };
}

/** An alias index knowing no names: a name planned with it is matched as printed (printedPlan). */
const NO_ALIASES = aliasIndex([]);

/**
 * The plan finding the articles printing a name whose printing makes an article pass an entity filter
 * (AcceptedNames.printed): the name as written, not the lexicon's other names for it, which the filter weighs name by
 * name (联合国 is printed inside 联合国粮农组织), nor a company's brand and short forms, which it weighs apart
 * (brandNames). An excluded term is planned so (toMatchPlan), so its phrases are taken.
 */
export function printedPlan(name: string): MatchPlan {
  const { plan } = planSearch({ query: `-"${name}"` }, NO_ALIASES);
  return { ...plan, groups: [plan.excluded], excluded: [] };
}

/** The query's own filters and the request's together: both date bounds narrow, lists add up. */
export function mergeFilters(a: SearchFilters, b: SearchFilters): SearchFilters {
  const from = [a.from, b.from && parseDateBound(b.from, 'from')].filter(Boolean).sort().at(-1);
  const to = [a.to, b.to && parseDateBound(b.to, 'to')].filter(Boolean).sort().at(0);
  const list = (x?: string[], y?: string[]) => (x || y ? [...(x ?? []), ...(y ?? [])] : undefined);
  return {
    from: from || undefined,
    to: to || undefined,
    sections: list(a.sections, b.sections),
    tags: list(a.tags, b.tags),
    entities: list(a.entities, b.entities),
    sources: list(a.sources, b.sources),
  };
}

/** The opening of a body, for hits found by filters alone. */
export function leadOf(body: string): string {
  const flat = body.replace(/\s+/g, ' ').trim();
  return flat.length > 80 ? `${flat.slice(0, 80)}…` : flat;
}

import { z } from 'zod';
import { parseDateBound } from '../../search/query.js';
import { rising, type Riser } from '../../search/rising.js';
import { addDays, bucketCounts, daysBetween, type TrendPeriod, type TrendPoint } from '../../search/trend.js';
import type { SearchResult } from '../../search/types.js';
import { displayLocation } from '../../store/location.js';
import { authorize, type Actor } from '../actor.js';
import type { CoreContext } from '../context.js';
import { invalidInput, notFound } from '../errors.js';
import { id, parseInput } from '../inputs.js';

/** A date bound as the query's from:/to: take it (YYYY, YYYY-MM or YYYY-MM-DD), widened to a day. */
const bound = (field: 'from' | 'to') => z.string().transform((v) => parseDateBound(v, field));
const names = z.array(z.string().trim().min(1)).optional();

const filtersInput = z
  .object({ from: bound('from').optional(), to: bound('to').optional(), sections: names, tags: names, entities: names, sources: names })
  .strict()
  .default({});
export type FiltersInput = z.input<typeof filtersInput>;

const searchInput = z.object({
  /** The query in the search syntax (src/search/query.ts); empty when the filters alone say what to list. */
  query: z.string().default(''),
  filters: filtersInput,
  limit: id.default(10),
  offset: z.number().int().min(0).default(0),
  /** Snippet marks: 【】 for a terminal, `<mark>` (the rest HTML-escaped) for a page. */
  marks: z.enum(['terminal', 'html']).default('terminal'),
  /** Count facets over the whole result (their cost grows with the matches; a client paging on may skip them). */
  facets: z.boolean().default(true),
});
export type SearchInput = z.input<typeof searchInput>;

const trendInput = z.object({
  query: z.string().default(''),
  filters: filtersInput,
  by: z.enum(['week', 'month']).default('month'),
});
export type TrendInput = z.input<typeof trendInput>;

const topInput = z.object({
  kind: z.enum(['tag', 'entity']),
  /** Period start; default `days` before `to`. */
  from: bound('from').optional(),
  /** Period end; default the newest issue date. */
  to: bound('to').optional(),
  days: id.default(30),
  limit: id.default(20),
});
export type TopInput = z.input<typeof topInput>;

/** What rose most in a period against the previous period of the same length. */
export interface TopResult {
  kind: 'tag' | 'entity';
  period: { from: string; to: string };
  previous: { from: string; to: string };
  risers: Riser[];
}

/** The archive read as a whole: full-text search, counts over time, what rose. */
export class SearchService {
  constructor(private readonly ctx: CoreContext) {}

  /** One page of ranked hits with snippets, the total and facet counts; a bad query is invalid input. */
  async search(actor: Actor, input: SearchInput): Promise<SearchResult> {
    authorize(actor, 'archive.read', 'search the archive');
    const r = parseInput(searchInput, input, 'search');
    return this.ctx.store.search.search(r);
  }

  /** Matching articles per week or month, zero-filled between the first and last (or the filters' dates). */
  async trend(actor: Actor, input: TrendInput): Promise<TrendPoint[]> {
    authorize(actor, 'archive.read', 'read trends');
    const r = parseInput(trendInput, input, 'trend');
    const counts = await this.ctx.store.search.countByDate({ query: r.query, filters: r.filters });
    return bucketCounts(counts, r.by as TrendPeriod, { from: r.filters.from, to: r.filters.to });
  }

  /** The tags or entities that rose most against the previous period of equal length. */
  async top(actor: Actor, input: TopInput): Promise<TopResult> {
    authorize(actor, 'archive.read', 'read trends');
    const r = parseInput(topInput, input, 'top');
    const store = this.ctx.store;
    const newest = r.to ? undefined : (await store.issues.list()).find((i) => i.issueDate)?.issueDate;
    const to = r.to ?? newest;
    if (!to) throw notFound(displayLocation(this.ctx.config.store), '库中没有带日期的期刊，请给出 --to (no dated issues stored; give --to)');
    const from = r.from ?? addDays(to, 1 - r.days);
    if (from > to) throw invalidInput('top', `--from ${from} 晚于 --to ${to} (--from ${from} is after --to ${to})`);
    const length = daysBetween(from, to) + 1;
    const previous = { from: addDays(from, -length), to: addDays(from, -1) };
    // The entity lexicon is loaded only here: search and trend do without it.
    const { isCountry } = await import('../../enrich/entity-lexicon.js');
    // Countries (中国 above all) are where most articles happen, not what rose.
    const facts = async (a: string, b: string) => (await store.search.countFacts(r.kind, a, b)).filter((f) => r.kind === 'tag' || !isCountry(f.value));
    const risers = rising(await facts(from, to), await facts(previous.from, previous.to), r.limit);
    return { kind: r.kind, period: { from, to }, previous, risers };
  }
}

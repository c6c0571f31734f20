import { recencyBoostSql, TITLE_WEIGHT } from '../../search/rank.js';
import { DEFAULT_SEARCH_LIMIT, leadOf, NO_FACETS, planSearch, printedPlan, type PlannedSearch } from '../../search/request.js';
import { withPartialMatches } from '../../search/partial-matches.js';
import { namesHoldingSql } from './stored-entity-names.js';
import { sharedAliases, type AliasIndex } from '../../search/aliases.js';
import { filterAccepts, filterLookups, type AcceptedNames } from '../../search/entity-names.js';
import { learnedByKey, namesToLookUp, withLearned, type LearnedName } from '../../search/learned-aliases.js';
import { MARK_CLOSE, MARK_OPEN, markedPassage, markNeedles, renderMarked } from '../../search/snippet.js';
import { unsegment } from '../../search/segment.js';
import type { DateCount, FacetCounts, FactCount, SearchFilters, SearchHit, SearchRequest, SearchResult } from '../../search/types.js';
import { parseDateBound } from '../../search/query.js';
import { fromHeadlineDoc, SAMPLE_BUCKETS } from './search-index.js';
import { looseOf, sampleQuery, tsqueryOf, withBuckets } from './tsquery.js';
import { bm25Sql, dfKeys, mergeRanked, rankedSql, rankHits, type Bm25Columns, type RankedRow } from './search-bm25.js';
import { DfCache } from './search-df.js';
import type { MatchPlan } from '../../search/match-plan.js';
import type { RequestNames, SearchRepository } from '../types.js';
import type { TogetherQuery } from './snapshot-cache.js';

/**
 * ts_rank's weights {D, C, B, A}: a title (A) token counts TITLE_WEIGHT times a body (D) token. ts_rank of the title's
 * vector only picks a sampled search's candidates (cheap to compute for every hit); pages are ranked by BM25.
 */
const RANK_WEIGHTS = `{${1 / TITLE_WEIGHT}, ${1 / TITLE_WEIGHT}, ${1 / TITLE_WEIGHT}, 1}`;
/** ts_rank normalisation: none (the title is short). */
const RANK_NORMALIZATION = 0;

/**
 * How many of a sampled search's candidates, ranked first by their title's vector alone, are then ranked by BM25:
 * at least RERANK_MIN, or RERANK_FACTOR times the hits up to the page's end. RERANK_MIN is also how many hits at
 * least have their vectors read first when ranking by BM25 (./search-bm25.ts rankHits).
 */
const RERANK_MIN = 200;
const RERANK_FACTOR = 10;

/**
 * Searches matching more than EXACT_MAX articles (estimated from PROBE_BUCKETS sample buckets) are answered from a
 * share of their hits: total and facets from the hits of enough buckets to hold about SAMPLE_TARGET of them, the
 * page from those and the newest CANDIDATES hits holding the terms in their title (PostgresSearch.sampled).
 */
const EXACT_MAX = 10_000;
/**
 * A search holding a phrase (a compound word is one: 动力电池 is 动力 <-> 电池) has each candidate's whole vector
 * read, out of line, to check where its words stand, where a search of single words is answered by the GIN index
 * alone: such searches take the sample above EXACT_MAX / PHRASE_SHARE estimated hits, of SAMPLE_TARGET /
 * PHRASE_SHARE hits. The estimate counts articles holding the phrase's words anywhere, so these bounds are on
 * vectors read. ("电池 回收" OR 动力电池 at 100k articles read ~8k vectors: its page took 220 / 291 ms p50 / p95 on an idle machine.)
 */
const PHRASE_SHARE = 4;
const PROBE_BUCKETS = 8;
/** Hits in the first bucket from which its count alone is the estimate (±18 % or better: a sample of 32 or more). */
const PROBE_MIN = 32;
const SAMPLE_TARGET = 1_000;
const CANDIDATES = 2_000;
const WINDOW_HITS = 8 * CANDIDATES;
/**
 * The page also ranks every hit among the newest RECENT_ARTICLES articles (sized in articles, not hits, so that a
 * phrase's recheck reads at most that many vectors).
 */
const RECENT_ARTICLES = 3_000;
/** Up to how many estimated hits a search without filters finds those of the newest articles through the GIN index. */
const RECENT_BY_INDEX_MAX = 50_000;
/**
 * Within a date filter's period the title hits are taken from a part PERIOD_WINDOW_FACTOR times larger, ranked by
 * title score rather than date: in an old period all boosts are alike, so the newest hits are not the best ones.
 */
const PERIOD_WINDOW_FACTOR = 4;

const HIGHLIGHT_OPTIONS = `StartSel=${MARK_OPEN}, StopSel=${MARK_CLOSE}, HighlightAll=true`;
/** Snippet length in tokens, as the SQLite snippet's 32. */
const SNIPPET_OPTIONS = `StartSel=${MARK_OPEN}, StopSel=${MARK_CLOSE}, MaxFragments=1, MaxWords=32, MinWords=16, ShortWord=0`;

/** Runs one statement and gives its rows; `settings`: SET LOCAL statements run before it in its transaction. */
type StatementRunner = <R extends object>(sql: string, params: unknown[], settings?: string) => Promise<R[]>;

/**
 * Settings for the search statement, in its own transaction. The planner counts a row's size in the table without
 * its TOAST part, so a seq scan looks cheap for a broad term although it inflates every row's vector to test it,
 * where the GIN index answers without reading them: 芯片 at 22k articles took 650–1,300 ms by seq scan and 70 ms
 * by bitmap scan. JIT compiling, which the planner turns on for costly statements, costs more than it saves here.
 */
export const SEARCH_SETTINGS = 'SET LOCAL enable_seqscan = off; SET LOCAL jit = off';

/**
 * Settings for the statements of a sampled search, beside SEARCH_SETTINGS: no plain index scans, so a date filter
 * is ANDed to the GIN index's hits as a bitmap. Otherwise the planner walked the date index over a whole period,
 * inflating every vector in it to test the match (芯片 from:2019-01 to:2019-06 at 1M articles: 81,850 vectors read
 * to find 897 in the probed buckets, 1.4–2.0 s; as a BitmapAnd of the GIN and the date index: 23 ms). These
 * statements hold no lookup that needs a plain index scan (the newest day is a parameter, not max(day)).
 */
export const BITMAP_SETTINGS = 'SET LOCAL enable_indexscan = off';

/** A search as SQL: the table as `d`, the WHERE conditions over it, their parameters, the match placeholder if any. */
interface SearchSql {
  /** search_vectors when there are terms to match, else the smaller search_docs (same columns but the vector). */
  from: string;
  where: string[];
  /** The filters' part of `where` (dates, sections, sources, tags, entities). */
  filters: string[];
  params: unknown[];
  /** `$n::tsquery` of the positive terms, or null when there are none. */
  match: string | null;
  /** The tsquery text of the positive terms, or null. */
  matchText: string | null;
  /** The positive terms loosened for the GIN index (looseOf), or null. */
  looseText: string | null;
  /**
   * The match condition (part of `where`), or null without terms; `buckets`, a tsquery expression of sample buckets,
   * ANDed to it in the index (withBuckets); `hidden`: the index's tsquery behind a subquery, so that the planner takes
   * a generic share of its hits.
   */
  found: (o?: { buckets?: string; hidden?: boolean }) => string | null;
  /** `$n::tsquery` of looseText when `found` asks the index for it and checks the match on each vector, else null. */
  loose: string | null;
  /** `$n::tsquery` of the excluded terms when there is a match (part of `where`), else null. */
  exclude: string | null;
  /** The date filters' bounds (YYYY-MM-DD), for a sampled search's candidates from the period. */
  period: { from?: string; to?: string };
}

/**
 * The PostgreSQL SQL of search, trends and top lists. A search is one statement: the matching set with its
 * scores is a materialised CTE that the total, the ranked page (with ts_headline snippets) and the exact facets
 * all read, so the full-text match runs once and facet counts cover the whole result set.
 */
export class PostgresSearch implements SearchRepository {
  private aliasMap: string | undefined;
  private readonly aliases: AliasIndex;
  private readonly rerankMin: number;
  private readonly exactMax: number;
  private readonly sampleTarget: number;
  private readonly windowHits: number;
  private readonly recentArticles: number;
  private readonly recentByIndexMax: number;
  private readonly probeMin: number;
  private readonly searchQuery: StatementRunner;
  private readonly searchTogether: TogetherQuery;
  /** BM25's document frequencies kept between searches, per generation of the index. */
  private readonly df = new DfCache();

  /**
   * `query` runs one statement on the store's pool, its failures named by the database; `o.searchQuery` runs the
   * search statement (the store's runs it with the match planned on the index: see searchSettings); `o.rerankMin`:
   * how many hits at least are ranked by their whole vector first (RERANK_MIN; tests take fewer); `o.exactMax`: above how
   * many estimated hits a search is answered from a sample (EXACT_MAX), `o.sampleTarget` about how many hits that
   * sample holds (SAMPLE_TARGET), `o.windowHits` how many hits the newest part searched for title hits holds
   * (WINDOW_HITS), `o.recentArticles` how many of the newest articles the page ranks all hits of (RECENT_ARTICLES),
   * `o.probeMin` from how many hits in the first sample bucket that count alone is the estimate (PROBE_MIN),
   * `o.recentByIndexMax` up to how many estimated hits the newest articles' are found through the GIN index
   * (RECENT_BY_INDEX_MAX); tests take other values. `o.searchTogether` runs independent statements of one search
   * (as searchQuery) in one snapshot, at the same time where it can (SnapshotCache.together); by default one by one.
   */
  constructor(
    private readonly query: StatementRunner,
    o: {
      aliases?: AliasIndex;
      rerankMin?: number;
      exactMax?: number;
      sampleTarget?: number;
      windowHits?: number;
      recentArticles?: number;
      recentByIndexMax?: number;
      probeMin?: number;
      searchQuery?: StatementRunner;
      searchTogether?: TogetherQuery;
    } = {},
  ) {
    this.aliases = o.aliases ?? sharedAliases();
    this.rerankMin = o.rerankMin ?? RERANK_MIN;
    this.exactMax = o.exactMax ?? EXACT_MAX;
    this.sampleTarget = o.sampleTarget ?? SAMPLE_TARGET;
    this.windowHits = o.windowHits ?? WINDOW_HITS;
    this.recentArticles = o.recentArticles ?? RECENT_ARTICLES;
    this.recentByIndexMax = o.recentByIndexMax ?? RECENT_BY_INDEX_MAX;
    this.probeMin = o.probeMin ?? PROBE_MIN;
    this.searchQuery = o.searchQuery ?? query;
    const runOne = this.searchQuery;
    this.searchTogether =
      o.searchTogether ??
      (async (statements) => {
        const all: object[][] = [];
        for (const { sql, params, settings } of statements) all.push(await runOne(sql, params, settings));
        return all;
      });
  }

  /** See SearchRepository.search. */
  async search(request: SearchRequest): Promise<SearchResult> {
    const aliases = await this.aliasesFor(request);
    return withPartialMatches(request, aliases, (r) => this.searchOnce(r, aliases));
  }

  /** The lexicon's aliases with the names the archive printed beside the request's names (learned-aliases.ts). */
  private async aliasesFor(request: SearchRequest): Promise<AliasIndex> {
    const keys = namesToLookUp(request, this.aliases);
    if (!keys.length) return this.aliases;
    const rows = await this.query<LearnedName>('SELECT key, name FROM search_names WHERE key = ANY ($1::text[]) GROUP BY key, name ORDER BY key, name COLLATE "C"', [keys]);
    return withLearned(this.aliases, learnedByKey(rows));
  }

  /** The articles holding every term of one search (omit: all but one). */
  private async searchOnce(request: SearchRequest, aliases: AliasIndex): Promise<SearchResult> {
    const planned = planSearch(request, aliases);
    const marks = request.marks ?? 'terminal';
    const q = searchSql(planned, await this.entityNames(planned.filters, aliases));
    const { needles } = planned.plan;
    const limit = request.limit ?? DEFAULT_SEARCH_LIMIT;
    const offset = request.offset ?? 0;
    const withFacets = request.facets !== false;
    // How many articles match, estimated from PROBE_BUCKETS of the SAMPLE_BUCKETS sample buckets: up to exactMax
    // the search is exact, above it the page, total and facets come from a bounded share of the hits (sampled()).
    const { estimate, days, articles } = q.match === null ? { estimate: 0, days: null, articles: 0 } : await this.estimate(q);
    const [exactMax, sampleTarget] = readsVectors(planned.plan) ? [this.exactMax / PHRASE_SHARE, this.sampleTarget / PHRASE_SHARE] : [this.exactMax, this.sampleTarget];
    const scale = estimate > exactMax ? SAMPLE_BUCKETS / Math.min(SAMPLE_BUCKETS, Math.ceil((sampleTarget * SAMPLE_BUCKETS) / estimate)) : 1;
    const row = scale > 1 ? await this.sampled(q, planned.plan, SAMPLE_BUCKETS / scale, { estimate, days, articles }, limit, offset, withFacets) : await this.exact(q, planned.plan, limit, offset, withFacets);
    let page = JSON.parse(row.page) as PageRow[];
    // A sampled page ranks a bounded set of candidates; when they run out before the page is full (a deep page, or
    // a small archive whose sample and newest articles hold few hits) while more hits exist, the page is taken from
    // every hit instead: a page is never short of hits that exist.
    if (scale > 1 && page.length < limit && row.total * scale > offset + page.length) {
      page = JSON.parse((await this.exact(q, planned.plan, limit, offset, false)).page) as PageRow[];
    }
    // The terms as written, aliases included, are marked where the text holds them (ts_headline marks the words of
    // a phrase one by one, and never what only the character grams found); ts_headline only marks the rest.
    const byNeedles = page.map((r) => ({ title: markNeedles(r.title, needles), snippet: markedPassage(r.body, needles) }));
    const headlines = await this.headlines(q.matchText, page.filter((_, i) => byNeedles[i].title === null || byNeedles[i].snippet === null));
    const hits = page.map((r, i): SearchHit => {
      const h = headlines.get(r.id);
      return {
        id: r.id,
        issueId: r.issue_id,
        title: r.title,
        section: r.section,
        date: r.date,
        source: r.source,
        score: r.score,
        titleHighlight: renderMarked(byNeedles[i].title ?? (h ? fromHeadlineDoc(h.title_mark) : r.title), marks),
        snippet: renderMarked(byNeedles[i].snippet ?? (h ? withEllipses(h.snippet, h.doc) : leadOf(r.body)), marks),
      };
    });
    const facetsOf = (json: string | undefined): FacetCounts =>
      (JSON.parse(json ?? '[]') as [string, number][]).map(([value, count]) => ({ value, count: Math.round(count * scale) }));
    return {
      total: Math.round(row.total * scale),
      ...(scale > 1 ? { approximate: true } : {}),
      hits,
      facets: withFacets
        ? { section: facetsOf(row.section), tag: facetsOf(row.tag), entity: facetsOf(row.entity), source: facetsOf(row.source), month: facetsOf(row.month) }
        : NO_FACETS,
      warnings: planned.warnings,
    };
  }

  /**
   * The number of hits of a search with terms, estimated from its hits in the first sample bucket, or in the first
   * PROBE_BUCKETS when that one holds fewer than PROBE_MIN (the wider probe is only run then, so it reads a few
   * hundred rows): of its terms loosened (looseQuery) and without its exclusions, so that no vector is read (an
   * excluded phrase, or a phrase's recheck, read one per hit: 0.3–0.5 s for 数字经济 at 564k articles). Each hit
   * probed is a heap row read (the GIN bitmap alone cannot count), so the probe reads about hits / 256 rows for a
   * broad term instead of 8 / 256 (芯片 at 1M: 1.5k rows instead of 11.7k). An upper bound, good enough to tell a
   * broad search from a narrow one and to size the sample. The match and exclusion parameters are only referenced
   * (the server must know every parameter's type).
   */
  private async estimate(q: SearchSql): Promise<{ estimate: number; days: [number, number] | null; articles: number }> {
    const [stats] = await this.query<{ first: number | null; last: number | null; articles: number }>(
      `SELECT (SELECT min(day) FROM search_docs) AS first, (SELECT max(day) FROM search_docs) AS last,
              (SELECT greatest(reltuples, 1)::float8 FROM pg_class WHERE oid = 'search_docs'::regclass) AS articles`,
      [],
    );
    const params = [...q.params, q.looseText!, sampleQuery(0, 1), sampleQuery(0, PROBE_BUCKETS)];
    const n = params.length;
    const where = (buckets: number) => [`d.tsv @@ ${withBuckets(`$${n - 2}::tsquery`, `$${buckets}::tsquery`)}`, ...q.filters];
    const used = [q.match, q.exclude, q.loose].filter((u) => u !== null).map((u) => `${u} IS NOT NULL`);
    const [row] = await this.searchQuery<{ n: number }>(
      `SELECT CASE WHEN one >= ${Number(this.probeMin)} THEN one * ${SAMPLE_BUCKETS}
                   ELSE (SELECT count(*) FROM search_vectors d WHERE ${where(n).join(' AND ')}) * ${SAMPLE_BUCKETS / PROBE_BUCKETS} END::int AS n
         FROM (SELECT count(*) AS one FROM search_vectors d WHERE ${[...where(n - 1), ...used].join(' AND ')}) x`,
      params,
      BITMAP_SETTINGS,
    );
    const days: [number, number] | null = stats.first === null || stats.last === null ? null : [stats.first, stats.last];
    return { estimate: row.n, days, articles: stats.articles };
  }

  /**
   * The exact search: the matching set with its scores is a materialised CTE that the total, the ranked page and
   * the facets all read, so the full-text match runs once and facet counts cover the whole result set.
   */
  private async exact(q: SearchSql, plan: MatchPlan, limit: number, offset: number, withFacets: boolean): Promise<ResultRow> {
    const params = [...q.params];
    const p = (v: unknown) => `$${params.push(v)}`;
    const columns = `d.id, d.date, d.day, d.section, d.source${withFacets ? ', d.tags, d.entities' : ''}`;
    const where = q.where.length ? `WHERE ${q.where.join(' AND ')}` : '';
    const facets = withFacets ? `, ${facetsSql('hits', p(this.aliasJson()))}` : '';
    if (q.match === null) {
      // Without terms every hit scores 0: newest first.
      const [row] = await this.searchQuery<ResultRow>(
        `WITH hits AS MATERIALIZED (SELECT ${columns}, 0 AS score FROM ${q.from} ${where}), ${pageSql('hits', p(limit), p(offset))}
         SELECT (SELECT count(*) FROM hits) AS total, ${PAGE_JSON} ${facets}`,
        params,
      );
      return row;
    }
    // Every hit is ranked by BM25 (./search-bm25.ts), those that can reach the page by their vectors.
    const keys = dfKeys(plan);
    const [row] = await this.searchQuery<Omit<ResultRow, 'page'> & Bm25Columns>(
      `WITH hits AS MATERIALIZED (SELECT ${columns} FROM ${q.from} ${where})
       SELECT (SELECT count(*) FROM hits) AS total, ${bm25Sql(plan, 'hits', p, { known: this.df.lookup(keys) })} ${facets}`,
      params,
    );
    this.keepDf(keys, row);
    return { ...row, page: await this.pageOf(await rankHits(this.searchQuery, plan, row, { limit, offset, firstBatch: this.rerankMin })) };
  }

  /** Keeps the document frequencies a statement gave, at its generation. */
  private keepDf(keys: string[], row: Bm25Columns): void {
    if (keys.length) this.df.keep(keys, Number(row.bm25_generation), JSON.parse(row.bm25_df ?? '[]') as number[]);
  }

  /** The page's rows (as PAGE_JSON gives them) of ranked hits, in their order. */
  private async pageOf(ranked: RankedRow[]): Promise<string> {
    if (!ranked.length) return '[]';
    const rows = await this.query<{ id: number | string; issue_id: number; title: string; body: string }>(
      'SELECT id, issue_id, title, body FROM articles WHERE id = ANY ($1::bigint[])',
      [ranked.map((r) => r.id)],
    );
    const byId = new Map(rows.map((r) => [Number(r.id), r]));
    return JSON.stringify(ranked.filter((r) => byId.has(r.id)).map((r): PageRow => ({ ...r, issue_id: byId.get(r.id)!.issue_id, title: byId.get(r.id)!.title, body: byId.get(r.id)!.body })));
  }

  /**
   * A search with more than exactMax hits, from a bounded share of them. The total and the facets are counted over
   * the hits in `buckets` of the SAMPLE_BUCKETS sample buckets (about SAMPLE_TARGET hits; the caller scales them
   * and marks the result approximate). The page ranks the newest CANDIDATES hits holding the terms in their title
   * (within the newest part of the archive holding about windowHits hits by the estimate), every hit among the
   * newest RECENT_ARTICLES articles, and the sample's hits, by their title's vector, and the best RERANK_MIN or more
   * of them by the whole vector: other hits are not ranked. `days`: the archive's first and last day numbers. With a
   * date filter, "newest" means the period's newest part, and the title hits taken are the best by title score
   * there (in an old period recency no longer tells the best hits apart). Two statements: the sample (and a period's
   * title hits) under BITMAP_SETTINGS, then the page from the ids found there, the newest title hits and the newest
   * articles, planned as usual (a plain scan of the date index for the newest part reads a few thousand rows).
   */
  private async sampled(
    q: SearchSql,
    plan: MatchPlan,
    buckets: number,
    { estimate, days, articles }: { estimate: number; days: [number, number] | null; articles: number },
    limit: number,
    offset: number,
    withFacets: boolean,
  ): Promise<ResultRow> {
    const match = q.match!;
    const top = Math.max(this.rerankMin, RERANK_FACTOR * (offset + limit));
    // Each statement's parameters: the search's own, then those its text adds.
    const binder = () => {
      const params = [...q.params];
      return { params, p: (v: unknown) => `$${params.push(v)}` };
    };
    // The newest day as a value: under BITMAP_SETTINGS max(day) would be a scan of the whole table.
    const cheapWith = (p: (v: unknown) => string) => `${titleRank(match)} * ${recencyBoostSql(`${p(days?.[1] ?? null)}::int - d.day`, 'postgres')}`;
    const columnsWith = (p: (v: unknown) => string) =>
      `d.id, d.date, d.day, d.section, d.source, ${cheapWith(p)} AS cheap, ${recencyBoostSql(`${p(days?.[1] ?? null)}::int - d.day`, 'postgres')} AS boost`;
    // A search limited to a period looks for its candidates in that period's own newest part: the archive's newest
    // part lies after an old period, where they found nothing (0 of the exact page's 20 for an old period at 564k).
    const period = periodDays(days, q.period);
    const dated = period !== days;
    // The first date as a value, not a subquery: the planner then sees how few rows it leaves and reads them by the
    // date's index (with a subquery it read every hit, rechecking each phrase: 2.4 s for 数字经济 at 564k).
    const newest = (share: number, p: (v: unknown) => string) => {
      if (!period || share >= 1) return 'true';
      const first = period[1] - Math.ceil((period[1] - period[0]) * share);
      return `d.date >= ${p(new Date(first * 86_400_000).toISOString().slice(0, 10))}::text`;
    };
    // A match in the title is a match in the whole vector; exclusions and filters still hold. The title hits are
    // looked for in the newest part of the archive that holds about WINDOW_HITS hits by the estimate (dates spread
    // evenly assumed), as a BitmapAnd of the title's GIN index and the date's: the tsquery behind a subquery, so the
    // planner takes a generic share of title hits. Given the tsquery itself it put a phrase's at 149 rows (there were
    // 14,886: 动力电池 at 1M) and fetched every title hit's heap row to test its date (13.7k blocks, 230–340 ms at
    // load 10; ANDed with the dates: 2.7k blocks, 30 ms). The loose match's parameter is named in every statement
    // (the server must know each parameter's type), here where the match itself stands for it.
    const candidates = (p: (v: unknown) => string) => `
        SELECT ${columnsWith(p)} FROM search_vectors d
         WHERE ${[`d.title_tsv @@ (SELECT ${match})`, ...q.where.slice(q.exclude ? 0 : 1), ...(q.loose ? [`${q.loose} IS NOT NULL`] : []), newest(((dated ? PERIOD_WINDOW_FACTOR : 1) * this.windowHits) / estimate, p)].join(' AND ')}
         ORDER BY ${dated ? 'cheap DESC, ' : ''}d.day DESC NULLS LAST, d.id DESC LIMIT ${p(CANDIDATES)}`;
    // 1. The sample: its count, its facets, and its best TOP by title score (no other of its hits can reach the page);
    // within a period also the period's title candidates. Both under BITMAP_SETTINGS: the GIN index's hits ANDed with
    // the period's dates, where a plain scan of the date index opened every vector of the period.
    const one = binder();
    const best = (from: string) => `(SELECT id FROM ${from} ORDER BY ${BEST_ORDER} LIMIT ${one.p(top)})`;
    const recentShare = this.recentArticles / periodArticles(articles, days, period);
    // The newest articles' hits of a narrow search without filters come from the GIN index ANDed with the dates (here,
    // under BITMAP_SETTINGS; the tsquery behind a subquery, so the planner does not fetch every hit to test its date):
    // the index's posting lists cost about as much as the hits they hold, against a vector read per newest article
    // (光波导 at 1M: 3,113 vectors read to find 105 hits, 75–145 ms at load 12; by the index 17–22 ms). A filter would
    // make the estimate smaller than the lists the index reads, so filtered searches take the dates' index.
    const recentByIndex = q.filters.length === 0 && estimate <= this.recentByIndexMax;
    const fromIndex = () => `SELECT d.id FROM search_vectors d WHERE ${q.found({ hidden: true })} AND ${newest(recentShare, one.p)}`;
    // Within a period this statement gives the rows to rank of its hits (`given`, as bm25Sql's `ranked`) rather than
    // their ids: the period's newest articles (the costlier part, vectors read) are then ranked beside it (below).
    const hitColumns = 'id, date, day, section, source';
    const sampleSql = `WITH sample AS MATERIALIZED (
         SELECT ${columnsWith(one.p)}${withFacets ? ', d.tags, d.entities' : ''} FROM search_vectors d
          WHERE ${[q.found({ buckets: `${one.p(sampleQuery(0, buckets))}::tsquery` }), ...q.filters].join(' AND ')}
       )${dated ? `, candidates AS MATERIALIZED (${candidates(one.p)})` : ''}${recentByIndex ? `, recent AS MATERIALIZED (${fromIndex()})` : ''}${
         dated
           ? `, given AS MATERIALIZED (
         (SELECT ${hitColumns} FROM sample ORDER BY ${BEST_ORDER} LIMIT ${one.p(top)}) UNION (SELECT ${hitColumns} FROM candidates))`
           : ''
       }
       SELECT (SELECT count(*) FROM sample) AS total,
              ${dated ? `${rankedSql('given')} AS given` : `(SELECT json_agg(id) FROM (${best('sample')}${recentByIndex ? ' UNION SELECT id FROM recent' : ''}) x) AS best`}
              ${withFacets ? `, ${facetsSql('sample', one.p(this.aliasJson()))}` : ''}`;
    // 2. The page: the hits above, the newest title candidates (outside a period) and every hit among the period's
    // newest articles, ranked by title score, the best TOP of them ranked by BM25 (rankHits). Within a period, where
    // the boosts no longer tell hits apart, all of them go to rankHits, which reads only those whose bound reaches the
    // page (with ts_rank and its title bound: 芯片 from:2019-01 to:2019-06 at 1M showed 15 of the exact first 20
    // instead of 3). Outside a period the newest title hits already make the page (芯片: 18 of 20).
    const two = binder();
    const keys = dfKeys(plan);
    const [found, ...filters] = q.where;
    const newestArticles = () => newest(recentShare, two.p);
    type Sampled = ResultRow & { best?: string | null; given?: string };
    let sampled: Sampled;
    let row: Bm25Columns;
    if (dated) {
      // Within a period every hit among its newest articles is ranked, in a statement of its own beside the sample's,
      // in the same snapshot (on 2 cores the slower of the two instead of their sum), then with the sample's hits.
      const periodSql = `WITH recent AS MATERIALIZED (
          SELECT ${columnsWith(two.p)} FROM search_vectors d WHERE ${[...q.where, newestArticles()].join(' AND ')}
        ) SELECT ${bm25Sql(plan, 'recent', two.p, { known: this.df.lookup(keys) })}`;
      const [[ranked], [sampleRow]] = await this.searchTogether([
        { sql: periodSql, params: two.params },
        { sql: sampleSql, params: one.params, settings: BITMAP_SETTINGS },
      ]);
      sampled = sampleRow as Sampled;
      row = { ...(ranked as Bm25Columns), ranked: mergeRanked(sampled.given ?? '[]', (ranked as Bm25Columns).ranked) };
    } else {
      [sampled] = await this.searchQuery<Sampled>(sampleSql, one.params, BITMAP_SETTINGS);
      const given = `SELECT ${columnsWith(two.p)} FROM search_vectors d WHERE d.id = ANY (${two.p(JSON.parse(sampled.best ?? '[]'))}::bigint[])`;
      // Only the best TOP of the pool by title score are ranked, so a newest article whose title score is below the
      // TOP-th of the other candidates' (`edge`) cannot reach the page: its vector, out of line, is not read to test
      // the match (the CASE keeps that test last). Most of the newest articles' hits hold the terms in the body only
      // (title score 0): 芯片 at 1M read ~3,100 vectors here, for nothing. The page is the same.
      const recent = () => `SELECT ${columnsWith(two.p)} FROM search_vectors d
          WHERE ${[...filters, newestArticles()].join(' AND ')}
            AND CASE WHEN ${cheapWith(two.p)} >= coalesce((SELECT cheap FROM edge), 0) THEN ${found} ELSE false END`;
      const sql = `
      WITH given AS MATERIALIZED (${given}
      ), candidates AS MATERIALIZED (${candidates(two.p)}
      ), edge AS (
        SELECT cheap FROM (SELECT * FROM given UNION SELECT * FROM candidates) x ORDER BY ${BEST_ORDER} OFFSET ${two.p(top - 1)} LIMIT 1
      )${recentByIndex ? '' : `, recent AS MATERIALIZED (${recent()})`}, pool AS MATERIALIZED (
        SELECT * FROM given UNION SELECT * FROM candidates ${recentByIndex ? '' : 'UNION SELECT * FROM recent'}
      ), best AS (
        SELECT * FROM pool ORDER BY ${BEST_ORDER} LIMIT ${two.p(top)}
      )
      SELECT ${bm25Sql(plan, 'best', two.p, { known: this.df.lookup(keys) })}`;
      [row] = await this.searchQuery<Bm25Columns>(sql, two.params);
    }
    this.keepDf(keys, row);
    return { ...sampled, page: await this.pageOf(await rankHits(this.searchQuery, plan, row, { limit, offset, firstBatch: this.rerankMin })) };
  }

  /** ts_headline's marked title and snippet of the given page rows, by id; none without a tsquery (`match`). */
  private async headlines(match: string | null, rows: PageRow[]): Promise<Map<number, HeadlineRow>> {
    if (match === null || !rows.length) return new Map();
    const found = await this.query<HeadlineRow>(
      `SELECT t.id, ts_headline('simple', t.title, $1::tsquery, $2) AS title_mark,
              ts_headline('simple', t.body, $1::tsquery, $3) AS snippet, t.body AS doc
         FROM search_text t WHERE t.id = ANY ($4::bigint[])`,
      [match, HIGHLIGHT_OPTIONS, SNIPPET_OPTIONS, rows.map((r) => r.id)],
    );
    return new Map(found.map((h) => [Number(h.id), h]));
  }

  /**
   * What each entity filter accepts, by the filter's name: the stored names (filterAccepts) and the tsquery of the
   * articles printing any name it says their printing counts for.
   */
  private async entityNames(filters: SearchFilters, aliases: AliasIndex): Promise<(name: string) => EntityFilter> {
    const accepted = new Map<string, EntityFilter>();
    const printing = (names: string[]) => {
      const queries = names.map((n) => tsqueryOf(printedPlan(n)).match).filter((q) => q !== null);
      return queries.length ? queries.map((q) => `(${q})`).join(' | ') : null;
    };
    for (const [name, accepts] of await this.entityAccepts(filters, aliases)) accepted.set(name, { names: accepts.names, printed: printing(accepts.printed) });
    return (name) => accepted.get(name) ?? { names: aliases.namesOf(name), printed: null };
  }

  /** What each entity filter accepts (filterAccepts), by the filter's name, among the stored names. */
  private async entityAccepts(filters: SearchFilters, aliases: AliasIndex): Promise<Map<string, AcceptedNames>> {
    const accepted = new Map<string, AcceptedNames>();
    // Each part is looked up once: a name's head and its brand are often one.
    const held = new Map<string, Promise<string[]>>();
    const holding = (part: string | null): Promise<string[]> => {
      if (part === null) return Promise.resolve([]);
      let names = held.get(part);
      if (!names) held.set(part, (names = this.query<{ name: string }>(namesHoldingSql(part), [part]).then((rows) => rows.map((r) => r.name))));
      return names;
    };
    for (const name of filters.entities ?? []) {
      const { head, brand } = filterLookups(name, aliases);
      accepted.set(name, filterAccepts(name, aliases, await holding(head), await holding(brand)));
    }
    return accepted;
  }

  /** See SearchRepository.names. */
  async names(request: SearchRequest): Promise<RequestNames> {
    const aliases = await this.aliasesFor(request);
    const { filters } = planSearch(request, aliases);
    return { aliases, entities: await this.entityAccepts(filters, aliases) };
  }

  /** The alias map as the facet SQL takes it, made once: it is the same for every search. */
  private aliasJson(): string {
    return (this.aliasMap ??= JSON.stringify(this.aliases.canonicalOfAliases()));
  }

  /** See SearchRepository.countByDate. */
  async countByDate(request: SearchRequest): Promise<DateCount[]> {
    const aliases = await this.aliasesFor(request);
    const planned = planSearch(request, aliases);
    const q = searchSql(planned, await this.entityNames(planned.filters, aliases));
    return this.query<DateCount>(
      `SELECT d.date, count(*) AS count FROM ${q.from}
        WHERE ${[...q.where, 'd.date IS NOT NULL'].join(' AND ')} GROUP BY d.date ORDER BY d.date`,
      q.params,
    );
  }

  /** See SearchRepository.countFacts. */
  async countFacts(kind: 'tag' | 'entity', from: string, to: string): Promise<FactCount[]> {
    const [table, column] = kind === 'tag' ? ['article_tags', 'tag'] : ['article_entities', 'name'];
    // Entities named by an alias count under their canonical name, each article once.
    const names = kind === 'entity' ? this.aliases.canonicalOfAliases() : {};
    return this.query<FactCount>(
      `SELECT coalesce(m.value, t.${column}) AS value, count(DISTINCT t.article_id)::int AS count
         FROM ${table} t JOIN search_docs d ON d.id = t.article_id LEFT JOIN jsonb_each_text($3::jsonb) m ON m.key = t.${column}
        WHERE d.date BETWEEN $1 AND $2 GROUP BY 1 ORDER BY count DESC, coalesce(m.value, t.${column}) COLLATE "C"`,
      [parseDateBound(from, 'from'), parseDateBound(to, 'to'), JSON.stringify(names)],
    );
  }
}

/** Whether matching the plan reads vectors: a phrase of two tokens or more, to match or to exclude. */
function readsVectors(plan: MatchPlan): boolean {
  return [...plan.groups.flat(), ...plan.excluded].some((p) => p.tokens.length > 1);
}

/**
 * The archive's first and last day numbers (`days`) narrowed to a period's bounds; `days` itself when the period
 * bounds neither, null when nothing is left.
 */
function periodDays(days: [number, number] | null, period: { from?: string; to?: string }): [number, number] | null {
  if (!days) return null;
  const dayOf = (date: string) => Date.parse(`${date}T00:00:00Z`) / 86_400_000;
  const first = period.from ? Math.max(days[0], dayOf(period.from)) : days[0];
  const last = period.to ? Math.min(days[1], dayOf(period.to)) : days[1];
  if (first === days[0] && last === days[1]) return days;
  return first <= last ? [first, last] : null;
}

/** How many of the archive's `articles` lie in `period` of its `days`, dates assumed spread evenly. */
function periodArticles(articles: number, days: [number, number] | null, period: [number, number] | null): number {
  if (!days || !period || period === days) return articles;
  return Math.max(1, (articles * (period[1] - period[0] + 1)) / (days[1] - days[0] + 1));
}

/** ts_rank of the match `match` on a row's title vector alone, without the recency boost. */
function titleRank(match: string): string {
  return `ts_rank('${RANK_WEIGHTS}', d.title_tsv, ${match}, ${RANK_NORMALIZATION})`;
}

const ORDER = 'score DESC, date DESC NULLS LAST, id DESC';
/** The order of hits by their title score, before their whole vector is read. */
const BEST_ORDER = 'cheap DESC, date DESC NULLS LAST, id DESC';

/** The CTE `page`: one page of the scored rows of `from`. */
function pageSql(from: string, limit: string, offset: string): string {
  return `page AS (SELECT * FROM ${from} ORDER BY ${ORDER} LIMIT ${limit} OFFSET ${offset})`;
}

/** The page's rows with their articles' titles and bodies, as JSON in order. */
const PAGE_JSON = `
  (SELECT coalesce(json_agg(x ORDER BY ${ORDER}), '[]') FROM (
     SELECT h.id, a.issue_id, a.title, h.section, a.body, h.date, h.source, h.score
       FROM page h JOIN articles a ON a.id = h.id) x) AS page`;

/**
 * Facet counts over the whole of `hits`, as JSON arrays of [value, count], most first (ties by value, bytewise as
 * SQLite). Tags and entities come from the hits' own arrays (each entity name once per article), which the index
 * keeps beside the vectors: joining the tag and entity tables cost twice the rest of a search. Entity names that
 * are aliases (`aliases`: the placeholder of a JSON object alias → canonical name) count under the canonical name,
 * each article once.
 */
function facetsSql(hits: string, aliases: string): string {
  return [
    ['section', 'section', hits, 'count(*)'],
    ['tag', 'tag', `${hits}, unnest(tags) AS tag`, 'count(*)'],
    ['entity', 'coalesce(m.value, entity)', `${hits} CROSS JOIN unnest(entities) AS entity LEFT JOIN jsonb_each_text(${aliases}::jsonb) m ON m.key = entity`, 'count(DISTINCT id)'],
    ['source', 'source', hits, 'count(*)'],
    ['month', 'substr(date, 1, 7)', hits, 'count(*)'],
  ]
    .map(
      ([facet, value, from, count]) => `
      (SELECT coalesce(json_agg(json_build_array(value, n) ORDER BY n DESC, value COLLATE "C"), '[]')
         FROM (SELECT ${value} AS value, ${count} AS n FROM ${from} WHERE ${value} IS NOT NULL GROUP BY 1) f) AS ${facet}`,
    )
    .join(',');
}

interface ResultRow {
  total: number;
  page: string;
  section?: string;
  tag?: string;
  entity?: string;
  source?: string;
  month?: string;
}

interface PageRow {
  id: number;
  issue_id: number;
  title: string;
  section: string | null;
  body: string;
  date: string | null;
  source: string;
  score: number;
}

interface HeadlineRow {
  id: number | string;
  title_mark: string;
  snippet: string;
  doc: string;
}

/** The conditions of a planned search: the tsquery match, exclusions, filters. */
/** What one entity filter accepts: articles with an entity stored under one of `names`, or matching `printed` (a tsquery). */
interface EntityFilter {
  names: string[];
  printed: string | null;
}

function searchSql({ plan, filters }: PlannedSearch, entityNames: (name: string) => EntityFilter): SearchSql {
  const params: unknown[] = [];
  const p = (v: unknown) => `$${params.push(v)}`;
  const { match, exclude } = tsqueryOf(plan);
  const where: string[] = [];
  const matchParam = match ? `${p(match)}::tsquery` : null;
  // With a match, exclusions are part of the tsquery the GIN index answers (`a & !b` needs no vector read unless b
  // is a phrase); without one, the excluded set comes from the GIN index.
  const excludeParam = matchParam && exclude ? `${p(exclude)}::tsquery` : null;
  const matched = matchParam && excludeParam ? `(${matchParam} && !!${excludeParam})` : matchParam;
  // A match holding a phrase is checked on each vector the index finds anyway; the index is then asked for its loose
  // form (looseOf, far cheaper for it to evaluate) and the vectors checked against the match itself (ts_match_vq is
  // @@, called as a function so that the planner leaves it out of the index scan). An exclusion without phrases
  // stays in the index's query: it needs no vector.
  const loose = looseOf(plan);
  const looseParam = matchParam && plan.groups.flat().some((ph) => ph.tokens.length > 1) ? `${p(loose)}::tsquery` : null;
  const indexed = looseParam && excludeParam && !plan.excluded.some((ph) => ph.tokens.length > 1) ? `(${looseParam} && !!${excludeParam})` : looseParam;
  const found = ({ buckets, hidden }: { buckets?: string; hidden?: boolean } = {}) => {
    if (!matched) return null;
    const limited = (m: string) => {
      const q = buckets ? withBuckets(m, buckets) : m;
      return hidden ? `(SELECT ${q})` : q;
    };
    return indexed ? `d.tsv @@ ${limited(indexed)} AND ts_match_vq(d.tsv, ${matched})` : `d.tsv @@ ${limited(matched)}`;
  };
  if (matched) where.push(found()!);
  else if (exclude) where.push(`NOT EXISTS (SELECT 1 FROM search_vectors x WHERE x.id = d.id AND x.tsv @@ ${p(exclude)}::tsquery)`);
  const filtered = filterSql(filters, p, entityNames);
  where.push(...filtered);
  return {
    from: matchParam ? 'search_vectors d' : 'search_docs d', where, filters: filtered, params, match: matchParam, matchText: match, looseText: loose, found,
    loose: looseParam, exclude: excludeParam,
    period: { from: filters.from, to: filters.to },
  };
}

/** The WHERE conditions for the filters, their values as parameters made by `p`; an entity as `entityNames` says. */
function filterSql(filters: SearchFilters, p: (v: unknown) => string, entityNames: (name: string) => EntityFilter): string[] {
  const where: string[] = [];
  if (filters.from) where.push(`d.date >= ${p(filters.from)}`);
  if (filters.to) where.push(`d.date <= ${p(filters.to)}`);
  if (filters.sections?.length) where.push(`d.section = ANY (${p(filters.sections)}::text[])`);
  if (filters.sources?.length) where.push(`d.source = ANY (${p(filters.sources)}::text[])`);
  for (const tag of filters.tags ?? []) {
    where.push(`EXISTS (SELECT 1 FROM article_tags t WHERE t.article_id = d.id AND t.tag = ${p(tag)})`);
  }
  for (const name of filters.entities ?? []) {
    const { names, printed } = entityNames(name);
    const stored = `EXISTS (SELECT 1 FROM article_entities e WHERE e.article_id = d.id AND e.name = ANY (${p(names)}::text[]))`;
    where.push(printed ? `(${stored} OR EXISTS (SELECT 1 FROM search_vectors x WHERE x.id = d.id AND x.tsv @@ ${p(printed)}::tsquery))` : stored);
  }
  return where;
}

/**
 * A ts_headline snippet with … where it starts after the document's start or ends before its end, as FTS5's
 * snippet; punctuation alone before or after it (ts_headline stops at words) is kept instead.
 */
function withEllipses(snippet: string, doc: string): string {
  const plain = unsegment(fromHeadlineDoc(snippet.replaceAll(MARK_OPEN, '').replaceAll(MARK_CLOSE, '')));
  const whole = unsegment(fromHeadlineDoc(doc));
  const at = whole.indexOf(plain);
  const [before, after] = at < 0 ? ['…', '…'] : [whole.slice(0, at), whole.slice(at + plain.length)];
  const edge = (rest: string) => (WORD_CHAR.test(rest) ? '…' : rest);
  return `${edge(before)}${fromHeadlineDoc(snippet)}${edge(after)}`;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

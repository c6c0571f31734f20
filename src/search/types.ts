/**
 * What the archive search asks and answers, whatever the backend. Dates are ISO `YYYY-MM-DD`; an article's date
 * is its issue date (web sources will bring their own published date later).
 */

/** Facts the enrichment stage attaches to an article; the store indexes them for filters, facets and trends. */
export interface ArticleFacts {
  /** Topic tags with a confidence score in [0, 1]. */
  tags?: { tag: string; score: number }[];
  /** Named entities (company, person, place, organisation…) with how often the article mentions them. */
  entities?: { name: string; type: string; count: number }[];
}

/** Narrowing filters; every given field must hold. Values of one field are alternatives for section and source. */
export interface SearchFilters {
  /** Earliest date, inclusive. */
  from?: string;
  /** Latest date, inclusive. */
  to?: string;
  /** Printed under one of these section headings. */
  sections?: string[];
  /** Carries every one of these tags. */
  tags?: string[];
  /** Mentions every one of these entities (by name). */
  entities?: string[];
  /** Comes from one of these sources (publication name, or the source file path when it has none). */
  sources?: string[];
}

/** One search: a query in the syntax of src/search/query.ts plus filters given apart from it (CLI options). */
export interface SearchRequest {
  /** The user's query text; may be empty when filters alone say what to list. */
  query: string;
  /** Filters added to those written in the query. */
  filters?: SearchFilters;
  /** Page size (default 20). */
  limit?: number;
  /** Hits to skip (paging). */
  offset?: number;
  /** Snippet mark style: 【】 for a terminal (default) or `<mark>` with the rest HTML-escaped. */
  marks?: 'terminal' | 'html';
  /**
   * Whether to count facets (default true). Their cost grows with the number of matches, so a client paging
   * through a result it already has facets for can skip them; the facet lists are then empty.
   */
  facets?: boolean;
  /** The index of a positive term left out (MatchPlan.terms): set by partial matching alone, never by a user. */
  omit?: number;
  /**
   * The index of a part left out of a query's one term (MatchPlan.terms' `parts`), the others kept as terms of their
   * own; the number of parts leaves none out (every part a term of its own, anywhere in the article). Set by partial
   * matching alone, never by a user.
   */
  omitPart?: number;
  /**
   * Only the page is wanted: the backend may leave `total` and the facets uncounted (0 and empty) and skip the
   * articles that cannot reach the page. Set by partial matching alone, whose searches read only their pages.
   */
  pageOnly?: boolean;
}

/** One ranked article. */
export interface SearchHit {
  id: number;
  issueId: number;
  title: string;
  section: string | null;
  /** Issue date, or null when unknown. */
  date: string | null;
  /** Publication, or the source file when the issue names none. */
  source: string;
  /** Combined score: BM25 (title weighted) times the recency boost; higher is better. */
  score: number;
  /** Title with the matched words marked. */
  titleHighlight: string;
  /** A short passage of the body around the matches, marked. */
  snippet: string;
  /**
   * The query's terms this article does not hold, when it was listed for holding the others (a search finding
   * fewer than PARTIAL_BELOW articles holding every term; ranked below all of those).
   */
  missing?: string[];
}

/** How many articles of the whole result set fall under each value, most first. */
export type FacetCounts = { value: string; count: number }[];

/** The facets of a result set. `month` is `YYYY-MM` (articles without a date are not counted there). */
export interface Facets {
  section: FacetCounts;
  tag: FacetCounts;
  entity: FacetCounts;
  source: FacetCounts;
  month: FacetCounts;
}

/** The answer to a search. */
export interface SearchResult {
  /** Number of articles matching, all pages together. */
  total: number;
  /**
   * Set when the total and the facet counts are estimated from a sample of the hits, and the page ranked from a
   * bounded share of them (PostgreSQL, for searches matching more articles than it counts exactly in time).
   * SQLite sets it above 50,000 estimated hits too, for the total and facets only: its page stays exact.
   */
  approximate?: true;
  hits: SearchHit[];
  facets: Facets;
  /**
   * How many articles missing one term (SearchHit.missing) follow those holding every term, all pages together;
   * not counted in `total`, so a listing holds `total + partial` hits (src/search/partial-matches.ts).
   */
  partial?: number;
  /** What the query parser did not understand and how it read it instead. */
  warnings: string[];
}

/** Articles matching a search on one date. */
export interface DateCount {
  date: string;
  count: number;
}

/** How many articles in a period carry a tag or entity. */
export interface FactCount {
  value: string;
  count: number;
}

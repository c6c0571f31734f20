import type { Database } from 'better-sqlite3';
import { parseDateBound } from '../../search/query.js';
import { scoreSql, TITLE_WEIGHT } from '../../search/rank.js';
import { MARK_CLOSE, MARK_OPEN, renderMarked } from '../../search/snippet.js';
import { DEFAULT_SEARCH_LIMIT, leadOf, NO_FACETS, planSearch } from '../../search/request.js';
import type {
  DateCount,
  FacetCounts,
  FactCount,
  Facets,
  SearchFilters,
  SearchHit,
  SearchRequest,
  SearchResult,
} from '../../search/types.js';
import { fts5Match } from './fts5-query.js';

/** Snippet length in index tokens (a token is a word: about 1.5 characters of Chinese). */
const SNIPPET_TOKENS = 32;

/**
 * The SQLite SQL of search, trends and top lists. Each search first writes the whole matching set with its
 * scores into a temporary table, then pages, snippets and facets all read that one set, so facet counts are
 * exact for the result set and the MATCH runs once.
 */
export class SqliteSearch {
  constructor(private readonly db: Database) {
    // What facets and paging need is copied in once, so they read this table alone, without joins.
    db.exec(`CREATE TEMP TABLE IF NOT EXISTS search_hits (
               id INTEGER PRIMARY KEY, score REAL NOT NULL, date TEXT, section TEXT, source TEXT NOT NULL)`);
  }

  /** See Store.search. */
  search(request: SearchRequest): SearchResult {
    const limit = request.limit ?? DEFAULT_SEARCH_LIMIT;
    const offset = request.offset ?? 0;
    const marks = request.marks ?? 'terminal';
    return this.db.transaction(() => {
      const { match, warnings } = this.collect(request);
      const total = this.db.prepare<[], { n: number }>('SELECT count(*) AS n FROM search_hits').get()!.n;
      const page = this.db
        .prepare<[number, number], HitRow>(
          `SELECT a.id, a.issue_id, a.title, a.section, a.body, h.date AS issue_date, h.source, h.score
             FROM search_hits h JOIN articles a ON a.id = h.id
            ORDER BY h.score DESC, h.date DESC, h.id DESC LIMIT ? OFFSET ?`,
        )
        .all(limit, offset);
      // One query for the page; `rowid = ?` next to MATCH is unreliable in a reused statement (SQLite 3.53).
      const marked = new Map(
        match
          ? this.db
              .prepare<[string, string], { id: number; title: string; snippet: string }>(
                `SELECT rowid AS id, highlight(article_fts, 0, '${MARK_OPEN}', '${MARK_CLOSE}') AS title,
                        snippet(article_fts, 1, '${MARK_OPEN}', '${MARK_CLOSE}', '…', ${SNIPPET_TOKENS}) AS snippet
                   FROM article_fts WHERE article_fts MATCH ? AND rowid IN (SELECT value FROM json_each(?))`,
              )
              .all(match, JSON.stringify(page.map((r) => r.id)))
              .map((m) => [m.id, m])
          : [],
      );
      const hits = page.map((r): SearchHit => {
        const m = marked.get(r.id);
        return {
          id: r.id,
          issueId: r.issue_id,
          title: r.title,
          section: r.section,
          date: r.issue_date,
          source: r.source,
          score: r.score,
          titleHighlight: m ? renderMarked(m.title, marks) : renderMarked(r.title, marks),
          snippet: m ? renderMarked(m.snippet, marks) : renderMarked(leadOf(r.body), marks),
        };
      });
      return { total, hits, facets: request.facets === false ? NO_FACETS : this.facets(), warnings };
    })();
  }

  /** See Store.countByDate. */
  countByDate(request: SearchRequest): DateCount[] {
    return this.db.transaction(() => {
      this.collect(request);
      return this.db
        .prepare<[], DateCount>(
          `SELECT date, count(*) AS count FROM search_hits WHERE date IS NOT NULL GROUP BY date ORDER BY date`,
        )
        .all();
    })();
  }

  /** See Store.countFacts. */
  countFacts(kind: 'tag' | 'entity', from: string, to: string): FactCount[] {
    const [table, column] = kind === 'tag' ? ['article_tags', 'tag'] : ['article_entities', 'name'];
    return this.db
      .prepare<[string, string], FactCount>(
        `SELECT t.${column} AS value, count(DISTINCT t.article_id) AS count
           FROM ${table} t JOIN search_docs d ON d.id = t.article_id
          WHERE d.date BETWEEN ? AND ? GROUP BY t.${column} ORDER BY count DESC, value`,
      )
      .all(parseDateBound(from, 'from'), parseDateBound(to, 'to'));
  }

  /**
   * Parses the request and fills `search_hits` with every matching article and its score. Returns the MATCH
   * expression (null when the query has no positive terms) and the parser's warnings.
   */
  private collect(request: SearchRequest): { match: string | null; warnings: string[] } {
    const { plan, filters, warnings } = planSearch(request);
    const expr = fts5Match(plan);
    const params: Record<string, unknown> = { match: expr.match, exclude: expr.exclude };
    const where = filterSql(filters, params);
    if (expr.exclude) where.push('d.id NOT IN (SELECT rowid FROM article_fts WHERE article_fts MATCH @exclude)');
    const age = `julianday((SELECT max(date) FROM search_docs)) - julianday(d.date)`;
    const from = expr.match
      ? `(SELECT rowid AS id, bm25(article_fts, ${TITLE_WEIGHT}, 1) AS bm FROM article_fts WHERE article_fts MATCH @match) m
         JOIN search_docs d ON d.id = m.id`
      : 'search_docs d';
    this.db.exec('DELETE FROM search_hits');
    // Without terms every article scores the same and the newest come first.
    this.db
      .prepare(
        `INSERT INTO search_hits (id, score, date, section, source)
         SELECT d.id, ${expr.match ? scoreSql('m.bm', age) : '0'}, d.date, d.section, d.source
           FROM ${from}
          ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`,
      )
      .run(params);
    return { match: expr.match, warnings };
  }

  /** Facet counts over the whole of `search_hits`. */
  private facets(): Facets {
    const count = (value: string, from: string, distinct = ''): FacetCounts =>
      this.db
        .prepare<[], { value: string; count: number }>(
          `SELECT ${value} AS value, count(${distinct || '*'}) AS count FROM ${from} WHERE ${value} IS NOT NULL
            GROUP BY 1 ORDER BY count DESC, value`,
        )
        .all();
    return {
      section: count('section', 'search_hits'),
      tag: count('t.tag', 'search_hits h JOIN article_tags t ON t.article_id = h.id'),
      // One entity name may come with two types in an article: count the article once.
      entity: count('e.name', 'search_hits h JOIN article_entities e ON e.article_id = h.id', 'DISTINCT h.id'),
      source: count('source', 'search_hits'),
      month: count('substr(date, 1, 7)', 'search_hits'),
    };
  }
}

interface HitRow {
  id: number;
  issue_id: number;
  title: string;
  section: string | null;
  body: string;
  issue_date: string | null;
  source: string;
  score: number;
}

/** The WHERE conditions for the filters, adding their values to `params`. */
function filterSql(filters: SearchFilters, params: Record<string, unknown>): string[] {
  const where: string[] = [];
  if (filters.from) {
    params.from = filters.from;
    where.push('d.date >= @from');
  }
  if (filters.to) {
    params.to = filters.to;
    where.push('d.date <= @to');
  }
  const anyOf = (column: string, values: string[] | undefined, name: string) => {
    if (!values?.length) return;
    const names = values.map((v, k) => ((params[`${name}${k}`] = v), `@${name}${k}`));
    where.push(`${column} IN (${names.join(', ')})`);
  };
  anyOf('d.section', filters.sections, 'section');
  anyOf('d.source', filters.sources, 'source');
  filters.tags?.forEach((tag, k) => {
    params[`tag${k}`] = tag;
    where.push(`EXISTS (SELECT 1 FROM article_tags t WHERE t.article_id = d.id AND t.tag = @tag${k})`);
  });
  filters.entities?.forEach((name, k) => {
    params[`entity${k}`] = name;
    where.push(`EXISTS (SELECT 1 FROM article_entities e WHERE e.article_id = d.id AND e.name = @entity${k})`);
  });
  return where;
}

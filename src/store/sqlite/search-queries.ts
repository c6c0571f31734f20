import type { Database, Statement } from 'better-sqlite3';
import { parseDateBound } from '../../search/query.js';
import { MARK_CLOSE, MARK_OPEN, markedPassage, markNeedles, renderMarked } from '../../search/snippet.js';
import { DEFAULT_SEARCH_LIMIT, leadOf, NO_FACETS, planSearch, printedPlan } from '../../search/request.js';
import type { DateCount, FacetCounts, Facets, FactCount, SearchHit, SearchRequest, SearchResult } from '../../search/types.js';
import type { RequestNames, SearchRepository } from '../types.js';
import type { SqliteGate } from './gate.js';
import { sharedAliases, type AliasIndex } from '../../search/aliases.js';
import { fts5MarkMatch } from './fts5-query.js';
import { union } from './id-lists.js';
import { PostingsCache } from './phrase-postings.js';
import { SearchColumns } from './search-columns.js';
import { searchGeneration } from './search-generation.js';
import { matchPlan, type Matched, type Sampling } from './search-match.js';
import { withPartialMatches } from '../../search/partial-matches.js';
import { learnedByKey, namesToLookUp, withLearned, type LearnedName } from '../../search/learned-aliases.js';

/** The SQL function (this connection's only) giving an entity name's canonical name. */
const CANONICAL_FUNCTION = 'jianbao_canonical_entity';

/**
 * Above this many hits (estimated from a sample) a search's total and facets are estimated and only candidates
 * that can reach the page are scored: at a million articles a broad word's 360k hits cost 35–45 ms of CPU to count
 * and score one by one, its sample of SAMPLE_TARGET candidates about 2 ms. The page stays exact.
 */
const EXACT_MAX = 50_000;
/** About how many candidates the sample of such a search holds: its total within about ±2 % for a broad word. */
const SAMPLE_TARGET = 4_000;
/** How many hits the sample holds at least (it is widened when a filter leaves fewer): about ±2–3 % on the total. */
const SAMPLE_HITS = 2_000;

/** Up to how many keys' learned names are kept (they are dropped all at once past it). */
const LEARNED_KEYS_KEPT = 10_000;

/** Snippet length in index tokens (a token is a word: about 1.5 characters of Chinese). */
const SNIPPET_TOKENS = 32;

/**
 * Search, trends and top lists on SQLite. Each phrase's matching ids and bm25 shares come from FTS5 once per
 * state of the index (phrase-postings.ts); matching, filters, exact facet counts, recency and ranking are then
 * loops over arrays and over columns held in memory (search-match.ts, SearchColumns). Only the page's articles
 * and snippets are read from the tables.
 */
export class SqliteSearch implements SearchRepository {
  private snapshot: Snapshot | null = null;
  private learnedNames: Statement<[string], LearnedName> | null = null;
  /** The search generation the snapshot was read at (search-generation.ts). */
  private snapshotAt = -1;
  /**
   * The learned names of each key looked up so far (nameKey; learned-aliases.ts), none for a key without any, of the
   * search generation `learnedAt`. Apart from the snapshot: alert matching after an import asks for names only, and
   * reading the columns again for it took seconds at a million articles.
   */
  private learned = new Map<string, string[]>();
  private learnedAt = -1;

  private readonly sampling: Sampling;

  /** `o.exactMax`, `o.sampleTarget`, `o.sampleHits`: see EXACT_MAX, SAMPLE_TARGET and SAMPLE_HITS (tests take fewer). */
  constructor(
    private readonly db: Database,
    private readonly gate: SqliteGate,
    private readonly aliases: AliasIndex = sharedAliases(),
    o: Partial<Sampling> = {},
  ) {
    this.sampling = { exactMax: o.exactMax ?? EXACT_MAX, sampleTarget: o.sampleTarget ?? SAMPLE_TARGET, sampleHits: o.sampleHits ?? SAMPLE_HITS };
    // A lookup per row from SQL: joining the alias table (json_each) made a year's counts 50 times slower.
    db.function(CANONICAL_FUNCTION, { deterministic: true }, (name: unknown) => (typeof name === 'string' ? aliases.canonical(name) : name));
  }

  async search(request: SearchRequest): Promise<SearchResult> {
    const aliases = await this.gate.run(() => this.aliasesFor(request));
    return withPartialMatches(request, aliases, (r) => this.gate.run(() => this.searchNow(r, aliases)));
  }

  async countByDate(request: SearchRequest): Promise<DateCount[]> {
    return this.gate.run(() => this.countByDateNow(request, this.aliasesFor(request)));
  }

  async names(request: SearchRequest): Promise<RequestNames> {
    return this.gate.run(() => {
      const aliases = this.aliasesFor(request);
      const entities = planSearch(request, aliases).filters.entities ?? [];
      if (!entities.length) return { aliases, entities: new Map() };
      // In a read transaction: the snapshot's columns are of one moment.
      return this.db.transaction(() => {
        const accepting = this.currentSnapshot().columns.entityAccepts(aliases);
        return { aliases, entities: new Map(entities.map((e) => [e, accepting(e)])) };
      })();
    });
  }

  /** The lexicon's aliases with the names the archive printed beside the request's names (learned-aliases.ts). */
  private aliasesFor(request: SearchRequest): AliasIndex {
    const keys = namesToLookUp(request, this.aliases);
    if (!keys.length) return this.aliases;
    // Each key once per state of the index (its names are written with the article's text, so the search generation
    // moves with them): DISTINCT still walks every row of the key, ~9,000 for BOE at 1M, a third of entity:BOE's CPU.
    // In a read transaction: the generation and the names read are of one moment.
    const names = this.db.transaction(() => {
      const at = searchGeneration(this.db);
      if (at !== this.learnedAt) {
        this.learned = new Map();
        this.learnedAt = at;
      }
      const { learned } = this;
      const missing = keys.filter((k) => !learned.has(k));
      if (!missing.length) return learned;
      if (learned.size > LEARNED_KEYS_KEPT) learned.clear();
      // Each pair once, from the index: a name printed in thousands of articles cost 45 ms to read row by row.
      this.learnedNames ??= this.db.prepare<[string], LearnedName>(
        'SELECT DISTINCT key, name FROM search_names WHERE key IN (SELECT value FROM json_each(?)) ORDER BY key, name',
      );
      const found = learnedByKey(this.learnedNames.iterate(JSON.stringify(missing)));
      for (const k of missing) learned.set(k, found.get(k) ?? []);
      return learned;
    })();
    return withLearned(this.aliases, new Map(keys.flatMap((k) => (names.get(k)?.length ? [[k, names.get(k)!]] : []))));
  }

  async countFacts(kind: 'tag' | 'entity', from: string, to: string): Promise<FactCount[]> {
    return this.gate.run(() => this.countFactsNow(kind, from, to));
  }

  private searchNow(request: SearchRequest, aliases: AliasIndex): SearchResult {
    const limit = request.limit ?? DEFAULT_SEARCH_LIMIT;
    const offset = request.offset ?? 0;
    const marks = request.marks ?? 'terminal';
    return this.db.transaction(() => {
      const found = this.collect(request, aliases, offset + limit, this.sampling);
      const ranked = found.best.slice(offset);
      const rows = new Map(
        this.db
          .prepare<[string], HitRow>('SELECT id, issue_id, title, section, body FROM articles WHERE id IN (SELECT value FROM json_each(?))')
          .all(JSON.stringify(ranked.map((r) => r.id)))
          .map((r) => [r.id, r]),
      );
      const { columns, needles } = found;
      // The terms as written, aliases included, are marked where the text holds them (the word index cannot mark
      // what only the character grams found); FTS5 marks only the rest (a phrase across punctuation), so its
      // highlight and snippet are computed for those hits alone.
      const byNeedles = new Map(
        ranked.map(({ id }) => {
          const r = rows.get(id)!;
          return [id, { title: markNeedles(r.title, needles), snippet: markedPassage(r.body, needles) }];
        }),
      );
      const unmarked = ranked.filter(({ id }) => {
        const m = byNeedles.get(id)!;
        return m.title === null || m.snippet === null;
      });
      const marked = new Map(
        found.match && unmarked.length
          ? this.db
              .prepare<[string, string], { id: number; title: string; snippet: string }>(
                // One query for those hits; `rowid = ?` next to MATCH is unreliable in a reused statement (SQLite 3.53).
                `SELECT rowid AS id, highlight(article_fts, 0, '${MARK_OPEN}', '${MARK_CLOSE}') AS title,
                        snippet(article_fts, 1, '${MARK_OPEN}', '${MARK_CLOSE}', '…', ${SNIPPET_TOKENS}) AS snippet
                   FROM article_fts WHERE article_fts MATCH ? AND rowid IN (SELECT value FROM json_each(?))`,
              )
              .all(found.match, JSON.stringify(unmarked.map((r) => r.id)))
              .map((m) => [m.id, m])
          : [],
      );
      const hits = ranked.map(({ id, score }): SearchHit => {
        const r = rows.get(id)!;
        const m = marked.get(id);
        const n = byNeedles.get(id)!;
        return {
          id,
          issueId: r.issue_id,
          title: r.title,
          section: r.section,
          date: columns.dateOfArticle(id),
          source: columns.sourceOfArticle(id),
          score,
          titleHighlight: renderMarked(n.title ?? m?.title ?? r.title, marks),
          snippet: renderMarked(n.snippet ?? m?.snippet ?? leadOf(r.body), marks),
        };
      });
      // From a sample: its hits and facet counts scaled, as PostgreSQL's sampled search does.
      const scale = found.sample?.scale ?? 1;
      return {
        total: Math.round(found.hits.length * scale),
        ...(found.sample ? { approximate: true as const } : {}),
        hits,
        facets: request.facets === false ? NO_FACETS : scaled(columns.facets(found.hits), scale),
        warnings: found.warnings,
      };
    })();
  }

  private countByDateNow(request: SearchRequest, aliases: AliasIndex): DateCount[] {
    return this.db.transaction(() => {
      const found = this.collect(request, aliases, 0);
      return found.columns.countByDate(found.hits);
    })();
  }

  private countFactsNow(kind: 'tag' | 'entity', from: string, to: string): FactCount[] {
    const [table, column] = kind === 'tag' ? ['article_tags', 'tag'] : ['article_entities', 'name'];
    // Entities named by an alias count under their canonical name, each article once.
    const value = kind === 'entity' ? `${CANONICAL_FUNCTION}(t.${column})` : `t.${column}`;
    return this.db
      .prepare<[string, string], FactCount>(
        `SELECT ${value} AS value, count(DISTINCT t.article_id) AS count
           FROM ${table} t JOIN search_docs d ON d.id = t.article_id
          WHERE d.date BETWEEN ? AND ? GROUP BY 1 ORDER BY count DESC, value`,
      )
      .all(parseDateBound(from, 'from'), parseDateBound(to, 'to'));
  }

  /** Parses the request and finds every matching article that the filters accept, and the best `k` of them. */
  private collect(request: SearchRequest, aliases: AliasIndex, k: number, sampling?: Sampling): Found {
    const { plan, filters, warnings } = planSearch(request, aliases);
    const { columns, postings } = this.currentSnapshot();
    const scope = request.pageOnly ? 'page' : 'all';
    const found = matchPlan(plan, postings, columns, columns.matcher(filters, (names) => this.printedBy(names, postings, columns.size), aliases), k, sampling, scope);
    return { ...found, columns, match: fts5MarkMatch(plan), needles: plan.needles, warnings };
  }

  /** The articles printing any of the names, as quoted queries find them: ascending, each once. */
  private printedBy(names: string[], postings: PostingsCache, size: number): Int32Array {
    const lists = names.flatMap((name) => printedPlan(name).groups.flat().map((phrase) => postings.get(phrase, false).ids));
    return union(lists, size);
  }

  /** The columns and postings as of now: read again when this or another connection changed what search reads. */
  private currentSnapshot(): Snapshot {
    const at = searchGeneration(this.db);
    if (!this.snapshot || this.snapshotAt !== at) {
      this.snapshot = { columns: SearchColumns.load(this.db, this.aliases), postings: new PostingsCache(this.db) };
      this.snapshotAt = at;
    }
    return this.snapshot;
  }
}

/** Facet counts of a sample scaled to the whole (unchanged at scale 1). */
function scaled(facets: Facets, scale: number): Facets {
  if (scale === 1) return facets;
  const each = (counts: FacetCounts): FacetCounts => counts.map(({ value, count }) => ({ value, count: Math.round(count * scale) }));
  return { section: each(facets.section), tag: each(facets.tag), entity: each(facets.entity), source: each(facets.source), month: each(facets.month) };
}

/** What a search reads, of one state of the database. */
interface Snapshot {
  columns: SearchColumns;
  postings: PostingsCache;
}

/** The matching set of a search. */
interface Found extends Matched {
  columns: SearchColumns;
  /** The FTS5 MATCH of the query's positive word phrases, for snippets; null without any. */
  match: string | null;
  /** The query's terms and their aliases as text, to mark what the word index cannot. */
  needles: string[];
  warnings: string[];
}

interface HitRow {
  id: number;
  issue_id: number;
  title: string;
  section: string | null;
  body: string;
}

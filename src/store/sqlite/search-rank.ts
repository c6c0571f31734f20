import type { Database } from 'better-sqlite3';
import type { MatchPlan } from '../../search/match-plan.js';
import { TITLE_WEIGHT } from '../../search/rank.js';
import { quote } from './fts5-query.js';
import { jsonColumns, type SearchColumns } from './search-columns.js';

/** FTS5's bm25 k1: no article's bm25 reaches (k1 + 1) times the sum of its phrases' idf. */
const BM25_K1 = 1.2;

/** Up to this many hits all are scored: the bound would cost more (a count per phrase) than it saves. */
const SCORE_ALL_UP_TO = 1000;

/** The matching set of a search, as ranking needs it. */
export interface RankInput {
  columns: SearchColumns;
  /** The FTS5 MATCH expression, null when the query has no positive terms. */
  match: string | null;
  plan: MatchPlan;
  /** Ids of every hit, ascending. */
  hits: number[];
  /** How many rows the MATCH found (its exclusions subtracted), before the filters. */
  matched: number;
}

/** A ranked hit. */
export interface Ranked {
  id: number;
  score: number;
}

/**
 * The best `k` hits, best first: by score (bm25 with the title weighted, times the recency boost), then newer,
 * then the higher id; without terms every hit scores 0 and the newest come first. FTS5 computes bm25 row by
 * row (about a microsecond each), so a broad search does not score all its hits: rows come newest id first
 * and stop once no hit left could reach the page, that is when the bm25 bound times the largest recency boost
 * among the hits left is below the k-th score. Archives grow by date, so ids follow dates and that comes early;
 * when they do not, every hit is scored. Either way the result is the same as scoring every hit. When filters
 * removed some matches, the rows are limited to the hits' id range and tested for membership, which costs far
 * less than bm25 on the others.
 */
export function rankHits(db: Database, input: RankInput, k: number): Ranked[] {
  const { columns, hits, match } = input;
  if (k <= 0 || !hits.length) return [];
  if (!match) {
    const newest = new Best<number>(k, (a, b) => columns.newerFirst(a, b));
    for (const id of hits) newest.add(id);
    return newest.list().map((id) => ({ id, score: 0 }));
  }
  const bound = hits.length > SCORE_ALL_UP_TO ? bm25Bound(db, input) * (1 + 1e-9) : Infinity;
  // boostUpTo[j]: the largest recency boost among hits[0..j], what the hits left after hits[j + 1] can get.
  const boostUpTo = new Float64Array(hits.length);
  hits.reduce((m, id, j) => (boostUpTo[j] = Math.max(m, columns.boost(id))), 0);
  const narrowed = hits.length < input.matched;
  const where = `article_fts MATCH @match ${narrowed ? 'AND rowid BETWEEN @lo AND @hi AND +rowid IN (SELECT value FROM json_each(@hits))' : ''}`;
  const params = narrowed ? { match, lo: hits[0], hi: hits[hits.length - 1], hits: JSON.stringify(hits) } : { match };
  const scored = `SELECT rowid AS id, bm25(article_fts, ${TITLE_WEIGHT}, 1) AS bm FROM article_fts WHERE ${where}`;
  const best = new Best<Ranked>(k, (a, b) => b.score - a.score || columns.newerFirst(a.id, b.id));
  // Stopping early needs the older hits to boost clearly less than the newest; when the older half boosts about
  // as much (few hits, or a search within an old period) all will be scored: in one aggregate, at half the cost
  // per row of reading them one by one. MATERIALIZED: bm25 cannot be called inside an aggregate directly.
  if (bound === Infinity || boostUpTo[hits.length >> 1] > 0.95 * boostUpTo[hits.length - 1]) {
    const [ids, bm25] = jsonColumns<[number[], number[]]>(
      db,
      `WITH m AS MATERIALIZED (${scored}) SELECT json_group_array(id), json_group_array(bm) FROM m`,
      params,
    );
    ids.forEach((id, i) => best.add({ id, score: -bm25[i] * columns.boost(id) }));
    return best.list();
  }
  const rows = db.prepare(`${scored} ORDER BY rowid DESC`).raw().iterate(params) as IterableIterator<[number, number]>;
  let left = hits.length;
  for (const [id, bm25] of rows) {
    best.add({ id, score: -bm25 * columns.boost(id) });
    left--;
    const kth = best.kth();
    if (kth && (left === 0 || bound * boostUpTo[left - 1] < kth.score)) break;
  }
  return best.list();
}

/**
 * An upper bound of -bm25 for any article: (k1 + 1) times the sum of the idf FTS5 gives each phrase of the
 * MATCH, from how many indexed articles hold the phrase. Excluded phrases add nothing (no hit holds them).
 */
function bm25Bound(db: Database, input: RankInput): number {
  const { plan } = input;
  const count = (match: string) => db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM article_fts WHERE article_fts MATCH ?').get(match)!.n;
  const phrases = plan.groups.flat();
  let idf = 0;
  for (const p of phrases) {
    // A MATCH of one phrase (less the excluded ones) counted it already, all but what it excluded.
    const n =
      phrases.length > 1 ? count(quote(p))
      : plan.excluded.length ? input.matched + count(`${quote(p)} AND (${plan.excluded.map(quote).join(' OR ')})`)
      : input.matched;
    idf += Math.max(1e-6, Math.log((input.columns.ftsRows - n + 0.5) / (n + 0.5)));
  }
  return (BM25_K1 + 1) * idf;
}

/** Above this page end, the best are found by sorting everything rather than by insertion into a sorted list. */
const INSERT_UP_TO = 1000;

/** The best `k` items added, best first, for a strict order (`before(a, b) < 0`: a first). */
class Best<T> {
  private readonly items: T[] = [];

  constructor(
    private readonly k: number,
    private readonly before: (a: T, b: T) => number,
  ) {}

  add(item: T): void {
    const { items, k, before } = this;
    if (k > INSERT_UP_TO) {
      items.push(item);
      return;
    }
    // Binary insertion into the sorted k: pages are short and hits many.
    if (items.length === k && before(item, items[k - 1]) > 0) return;
    let lo = 0;
    let hi = items.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (before(items[mid], item) < 0) lo = mid + 1;
      else hi = mid;
    }
    items.splice(lo, 0, item);
    if (items.length > k) items.pop();
  }

  /** The k-th best so far, once k are known (undefined for long pages: they are sorted at the end). */
  kth(): T | undefined {
    return this.k <= INSERT_UP_TO && this.items.length === this.k ? this.items[this.k - 1] : undefined;
  }

  list(): T[] {
    return this.k > INSERT_UP_TO ? this.items.sort(this.before).slice(0, this.k) : this.items;
  }
}

import type { MatchPlan } from '../../search/match-plan.js';
import type { PhrasePostings, PostingsCache } from './phrase-postings.js';
import type { ArticleFilter, SearchColumns } from './search-columns.js';

/** A ranked hit. */
export interface Ranked {
  id: number;
  score: number;
}

/** Every hit of a search, and the best of them. */
export interface Matched {
  /** Ids of every hit, ascending; when `sample` is set, of the sampled hits alone. */
  hits: Int32Array;
  /** The best `k` hits, best first (exact in both cases). */
  best: Ranked[];
  /** Set when the hits are a sample: `hits` × `scale` estimates the whole (total, facets). */
  sample?: { scale: number };
}

/** How much of a search to find: every hit (total, facets, counts over time), or the page alone. */
export type MatchScope = 'all' | 'page';

/** The newest candidates a page-only walk scores first, doubling run after run towards the oldest. */
const FIRST_RUN = 1024;

/**
 * When a search may answer from a sample: above `exactMax` hits (estimated from a sample of about `sampleTarget`
 * candidates, widened until it holds `sampleHits` hits or every candidate), the total and facets come from the hits
 * of the sample, and only candidates whose best possible score can reach the page are scored; below it everything
 * is exact.
 */
export interface Sampling {
  exactMax: number;
  sampleTarget: number;
  sampleHits: number;
}

/** Sample buckets: a hit is in the sample when the hash of its id falls in the first `b` of them. */
export const BUCKETS = 256;

/**
 * The sample bucket of an id (a multiplicative hash: the ids of one issue or period spread over every bucket). Not
 * PostgreSQL's sampleBucket (whose buckets are stored in its vectors): that one hashes only the id's low 16 bits, and
 * with it SQLite's 1M search went from p95 34 to 52 ms (estimates as good; the cause not found).
 */
export function bucketOf(id: number): number {
  return Math.imul(id, 0x9e3779b1) >>> 24;
}

/**
 * Matches a plan against the phrases' postings, keeps what the filters accept and ranks by bm25 — the sum, in the
 * plan's phrase order, of the shares of the phrases the article holds, each share FTS5's bm25 of the phrase in its
 * stream's table (for a plan of word phrases alone the same to the bit as FTS5's bm25 of the whole MATCH) — times
 * the recency boost, ties to the newer article, then the higher id. Without
 * positive terms every hit scores 0 and the newest come first. Candidates are the ids of the group with the
 * fewest postings (a group of several phrases is their union); a cursor per phrase walks its ids alongside, so
 * membership and shares cost one pass over each phrase's postings at most.
 */
export function matchPlan(
  plan: MatchPlan,
  postings: PostingsCache,
  columns: SearchColumns,
  filter: ArticleFilter,
  k: number,
  sampling?: Sampling,
  scope: MatchScope = 'all',
): Matched {
  const keep = filter.accepts;
  // A tag or entity filter accepting no article: no hits, and no phrase to read (数字经济 beside an entity no
  // article has read three phrases held by 130k–170k articles each).
  if (filter.candidates?.length === 0) return { hits: new Int32Array(0), best: [] };
  // Scores are read only for a page: counts over time need the ids alone, and so do exclusions.
  const scored = k > 0;
  // Ids first where a tag or entity filter, or a partial match's rarer terms, may leave few hits (sharesFor): which
  // shares a search needs depends on them. Elsewhere the shares are read at once: an AND of broad terms read the ids
  // again for nothing (新能源 汽车 电池, AI 芯片: their hits are too many beside their phrases for a read of some).
  const idsFirst = filter.candidates !== null || scope === 'page';
  let groups = plan.groups.map((g) => g.map((p) => postings.get(p, scored && !idsFirst)));
  const excludedPostings = plan.excluded.map((p) => postings.get(p, false));
  const best = new TopHits(Math.max(0, k), columns);
  if (!groups.length) {
    const excluded = excludedPostings.map(Cursor.over);
    const accept = (id: number) => columns.has(id) && !holdsAny(excluded, id) && keep(id);
    // By filters alone: the articles a tag or entity filter names, else every article.
    const all = filter.candidates ?? columns.allIds();
    const hits = new Int32Array(all.length);
    let n = 0;
    for (const id of all) if (accept(id)) hits[n++] = id;
    // All score 0, so the newer wins: newest (highest) ids first, or each hit would enter the page in turn.
    for (let j = n - 1; j >= 0; j--) best.add(hits[j], 0);
    return { hits: hits.subarray(0, n), best: best.list() };
  }
  const sizes = groups.map((g) => g.reduce((n, p) => n + p.ids.length, 0));
  const smallest = sizes.indexOf(Math.min(...sizes));
  const candidates = postings.union(plan.groups[smallest], columns.size);
  // A tag or entity filter naming fewer articles: those are walked instead (every hit is among both), while the
  // sampling still goes by the candidates' count, so the sample, the total and the page are the same.
  const walked = filter.candidates && filter.candidates.length < candidates.length ? filter.candidates : candidates;
  // Each walk has its own cursors: they only move forward.
  const weights = Float64Array.from(plan.groups.flat().map((p) => p.weight ?? 1));
  // Every group the candidates do not come from is tested first in its bitmap (kept with the postings): a candidate
  // lacking one is left after a read or two, where a cursor per phrase galloped through lists of hundreds of
  // thousands (an AND of broad terms, most candidates no hit: 光波导 芯片 苹果 数字经济 at a million articles).
  const bitmaps = plan.groups.flatMap((g, j) => (walked === candidates && j === smallest ? [] : [postings.marked(g, columns.size)]));
  const inGroups = bitmaps.length ? (id: number) => bitmaps.every((m) => m[id] === 1) && keep(id) : keep;
  if (scored && idsFirst) groups = sharesFor(plan, groups, walked, postings, (g) => new Pass(g, weights, excludedPostings, false, columns, inGroups));
  const pass = () => new Pass(groups, weights, excludedPostings, scored, columns, inGroups);
  if (scope === 'page' && scored) {
    // The page alone (a partial match's search), the hits uncounted: only candidates that can reach it are scored,
    // as the sampled search does with the rest of its candidates (walked oldest first, none fell below it).
    bestOfRest(walked, pass, pass().bound(), columns, best, () => false);
    return { hits: new Int32Array(0), best: best.list() };
  }
  if (sampling && scored && candidates.length > sampling.exactMax) {
    const hits = new Int32Array(walked.length);
    let n = 0;
    // The buckets [from, b) are walked; more of them while the sample holds too few hits (a filter leaving few of
    // the candidates) for its estimate to be within a few percent.
    let [from, b] = [0, Math.min(BUCKETS, Math.ceil((sampling.sampleTarget * BUCKETS) / candidates.length))];
    for (;;) {
      const walk = pass();
      for (let j = 0; j < walked.length; j++) {
        const id = walked[j];
        const bucket = bucketOf(id);
        if (bucket < from || bucket >= b) continue;
        const score = walk.score(id);
        if (score === null) continue;
        hits[n++] = id;
        best.add(id, score);
      }
      if (b === BUCKETS || n >= sampling.sampleHits) break;
      [from, b] = [b, Math.min(BUCKETS, Math.ceil((b * 1.25 * sampling.sampleHits) / Math.max(n, 1)))];
    }
    hits.subarray(0, n).sort();
    if (b === BUCKETS) return { hits: hits.subarray(0, n), best: best.list() };
    const scale = BUCKETS / b;
    if (n * scale > sampling.exactMax) {
      // The sample's best set a floor for the page; of the rest, only candidates that could score above it are
      // scored, newest first (walked oldest first, a broad AND scored nearly every candidate: AI 芯片 at a million
      // articles 351k of 358k, ~40 ms).
      bestOfRest(walked, pass, pass().bound(), columns, best, (id) => bucketOf(id) < b);
      return { hits: hits.subarray(0, n), best: best.list(), sample: { scale } };
    }
    // Under the bound the answer is exact: the sample's hits stand, and only the other buckets are walked for the
    // rest (walking every candidate again cost an AND of broad terms most of its time). The same hits, and the same
    // best, whatever the order they were added in.
    const rest = pass();
    for (let j = 0; j < walked.length; j++) {
      const id = walked[j];
      if (bucketOf(id) < b) continue;
      const score = rest.score(id);
      if (score === null) continue;
      hits[n++] = id;
      best.add(id, score);
    }
    return { hits: hits.subarray(0, n).sort(), best: best.list() };
  }
  const exact = pass();
  // Typed, sized once: pushing hundreds of thousands of numbers onto an array cost tens of milliseconds.
  const hits = new Int32Array(walked.length);
  let n = 0;
  for (let j = 0; j < walked.length; j++) {
    const id = walked[j];
    const score = exact.score(id);
    if (score === null) continue;
    hits[n++] = id;
    best.add(id, score);
  }
  return { hits: hits.subarray(0, n), best: best.list() };
}

/**
 * The hits are found first, without scores, when the walked candidates are fewer than the broadest phrase's articles by
 * this factor; a phrase's shares are then read for the hits alone when these are fewer than its articles by
 * FEW_HITS. FTS5 takes a tenth to half a microsecond per article of the phrase to count it (bm25's idf) and walk it
 * to the hits, and about a microsecond per row it scores.
 */
const FEW_WALKED = 2;
const FEW_HITS = 3;

/**
 * The groups' postings with the shares the search may add up: where the walked candidates are few beside a phrase's
 * articles, its shares of the hits alone (found first by a walk without scores), else all of them. FTS5 scores a row
 * in about a microsecond, and a broad phrase beside a filter or a rarer term was scored for hundreds of thousands of
 * articles the search never reached. Every hit's shares are read, so each score and bound below is the same.
 */
function sharesFor(plan: MatchPlan, groups: PhrasePostings[][], walked: Int32Array, postings: PostingsCache, pass: (g: PhrasePostings[][]) => Pass): PhrasePostings[][] {
  const broadest = Math.max(...groups.flat().map((p) => p.ids.length));
  let hits: Int32Array | null = null;
  if (walked.length * FEW_WALKED < broadest && !plan.groups.flat().every((p) => postings.whole(p))) {
    const walk = pass(groups);
    const found = new Int32Array(walked.length);
    let n = 0;
    for (const id of walked) if (walk.score(id) !== null) found[n++] = id;
    hits = found.subarray(0, n);
  }
  return plan.groups.map((g, j) =>
    g.map((p, c) => (hits && hits.length * FEW_HITS < groups[j][c].ids.length ? postings.getFor(p, hits) : postings.get(p, true))),
  );
}

/**
 * Adds to `best` the walked candidates (ascending ids) that are hits and can reach it, all but those `done` says
 * were added already: only candidates whose bound (`bound`, the largest shares summed, times the article's boost)
 * reaches the page's k-th score are scored (no phrase gives more than its largest share). The newest are walked
 * first, in runs of FIRST_RUN doubling towards the oldest, each ascending with a pass of its own (cursors only move
 * forward): their recency boost is the largest, so the page fills with high scores at once and the older candidates
 * mostly fall below it. The page is the one every candidate scored gives, whatever the order they are added in.
 */
function bestOfRest(walked: Int32Array, pass: () => Pass, bound: number, columns: SearchColumns, best: TopHits, done: (id: number) => boolean): void {
  for (let [end, size] = [walked.length, FIRST_RUN]; end > 0; size *= 2) {
    const start = Math.max(0, end - size);
    const walk = pass();
    for (let j = start; j < end; j++) {
      const id = walked[j];
      const floor = best.floor();
      if (done(id) || bound * columns.boost(id) < floor) continue;
      const score = walk.scoreReaching(id, floor);
      if (score !== null) best.add(id, score);
    }
    end = start;
  }
}

/** Relative margin of scoreReaching's bound over rounding: a candidate is left only well below the floor. */
const BOUND_MARGIN = 1e-9;

/** Largest shares seen, per phrase's shares: the bound of what a phrase adds to any score. */
const largest = new WeakMap<Float64Array, number>();

function largestShare(share: Float64Array | null): number {
  if (!share) return 0;
  let m = largest.get(share);
  if (m === undefined) {
    m = 0;
    for (let j = 0; j < share.length; j++) if (share[j] > m) m = share[j];
    largest.set(share, m);
  }
  return m;
}

/** One walk over ascending candidate ids: a cursor per phrase, in the MATCH's phrase order (the order FTS5 sums bm25 in). */
class Pass {
  private readonly cursors: Cursor[];
  private readonly excluded: Cursor[];
  private readonly groupOf: Int32Array;
  private readonly groupCount: number;

  constructor(
    private readonly groups: PhrasePostings[][],
    /** Each phrase's weight (Phrase.weight), group by group as the cursors. */
    private readonly weights: Float64Array,
    excluded: PhrasePostings[],
    private readonly scored: boolean,
    private readonly columns: SearchColumns,
    private readonly keep: (id: number) => boolean,
  ) {
    this.cursors = groups.flatMap((g) => g.map(Cursor.over));
    this.excluded = excluded.map(Cursor.over);
    this.groupOf = Int32Array.from(groups.flatMap((g, j) => g.map(() => j)));
    this.groupCount = groups.length;
  }

  /**
   * As score, or null as soon as the candidate cannot reach `floor`: the shares found so far and the largest shares of
   * the phrases not yet read (`rest`), times the boost, fall below it (with a margin far above rounding). A term with
   * many forms and kinds (AI: 人工智能, 大模型, 机器学习…) sums many largest shares into the bound, which few candidates
   * then fall below at once; each phrase read that does not hold the candidate lowers it. The score of a candidate
   * read to the end is score's, summed in the same order.
   */
  scoreReaching(id: number, floor: number): number | null {
    // The filters first: they read a column or two, where each cursor may gallop (cursors may skip ids).
    if (!this.columns.has(id) || !this.keep(id)) return null;
    const { cursors, groupOf } = this;
    const rest = floor === -Infinity ? null : this.rest;
    const boost = this.columns.boost(id);
    let score = 0;
    // Cursors come group by group: a group is met when one of its cursors holds the id.
    let met = 0;
    let lastMet = -1;
    for (let c = 0; c < cursors.length; c++) {
      if (rest && (score + rest[c]) * boost * (1 + BOUND_MARGIN) < floor) return null;
      if (!cursors[c].holds(id)) continue;
      if (this.scored) score += cursors[c].share() * this.weights[c];
      if (groupOf[c] !== lastMet) (lastMet = groupOf[c]), met++;
    }
    if (met < this.groupCount || holdsAny(this.excluded, id)) return null;
    return score * boost;
  }

  /** Each cursor's and the following ones' largest shares summed, weighted (scoreReaching's bound of what is left). */
  private get rest(): Float64Array {
    if (this.restOf) return this.restOf;
    const shares = this.groups.flat().map((p, c) => largestShare(p.share) * this.weights[c]);
    const rest = new Float64Array(shares.length + 1);
    for (let c = shares.length - 1; c >= 0; c--) rest[c] = rest[c + 1] + shares[c];
    return (this.restOf = rest);
  }

  private restOf: Float64Array | null = null;

  /** The score of a candidate (ids asked must increase), or null when it is not a hit. */
  score(id: number): number | null {
    return this.scoreReaching(id, -Infinity);
  }


  /**
   * At least any score before its boost: the largest shares summed in the same order (a sum of terms each at
   * most its counterpart is at most the other sum, rounding included, as rounding is monotonic).
   */
  bound(): number {
    let sum = 0;
    let c = 0;
    for (const g of this.groups) for (const p of g) sum += largestShare(p.share) * this.weights[c++];
    return sum;
  }
}

function holdsAny(cursors: Cursor[], id: number): boolean {
  for (const c of cursors) if (c.holds(id)) return true;
  return false;
}

/** A position in a phrase's postings that only moves forward: asked about ascending ids. */
class Cursor {
  private at = 0;

  private constructor(private readonly p: PhrasePostings) {}

  static over(p: PhrasePostings): Cursor {
    return new Cursor(p);
  }

  /** True when the phrase's postings hold the id (ids asked must not decrease). */
  holds(id: number): boolean {
    const { ids } = this.p;
    if (this.at < ids.length && ids[this.at] < id) this.at = gallop(ids, this.at, id);
    return this.at < ids.length && ids[this.at] === id;
  }

  /** The phrase's share of the bm25 of the id last found by holds(). */
  share(): number {
    return this.p.share![this.at];
  }
}

/** The first position from `from` whose id is at least `id` (exponential then binary search). */
function gallop(ids: Int32Array, from: number, id: number): number {
  let step = 1;
  let lo = from;
  while (lo + step < ids.length && ids[lo + step] < id) {
    lo += step;
    step *= 2;
  }
  let hi = Math.min(lo + step, ids.length);
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ids[mid] < id) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Above this page end, the best are found by sorting everything rather than by insertion into a sorted list. */
const INSERT_UP_TO = 1000;

/**
 * The best `k` (id, score) pairs added: higher score first, then the newer article (SearchColumns.newerFirst).
 * Kept sorted in typed arrays: a broad search adds hundreds of thousands, nearly all below the k-th score,
 * so that test comes first and costs one comparison.
 */
class TopHits {
  private readonly ids: Int32Array;
  private readonly scores: Float64Array;
  private n = 0;
  /** Long pages: everything, sorted at the end. */
  private readonly all: Ranked[] = [];

  constructor(
    private readonly k: number,
    private readonly columns: SearchColumns,
  ) {
    const size = k <= INSERT_UP_TO ? k : 0;
    this.ids = new Int32Array(size);
    this.scores = new Float64Array(size);
  }

  add(id: number, score: number): void {
    const { k, ids, scores } = this;
    if (k > INSERT_UP_TO) {
      this.all.push({ id, score });
      return;
    }
    if (this.n === k && (k === 0 || score < scores[k - 1] || (score === scores[k - 1] && !this.before(id, score, k - 1)))) return;
    let at = Math.min(this.n, k - 1);
    while (at > 0 && this.before(id, score, at - 1)) at--;
    const end = Math.min(this.n, k - 1);
    ids.copyWithin(at + 1, at, end);
    scores.copyWithin(at + 1, at, end);
    ids[at] = id;
    scores[at] = score;
    if (this.n < k) this.n++;
  }

  /** The score a pair must reach to enter the page (ties decided by date): -Infinity until it is full. */
  floor(): number {
    return this.k > INSERT_UP_TO || this.n < this.k ? -Infinity : this.scores[this.k - 1];
  }

  list(): Ranked[] {
    if (this.k > INSERT_UP_TO) {
      const byRank = (a: Ranked, b: Ranked) => b.score - a.score || this.columns.newerFirst(a.id, b.id);
      return this.all.sort(byRank).slice(0, this.k);
    }
    return Array.from(this.ids.subarray(0, this.n), (id, j) => ({ id, score: this.scores[j] }));
  }

  /** True when (id, score) ranks before the pair at position j. */
  private before(id: number, score: number, j: number): boolean {
    return score > this.scores[j] || (score === this.scores[j] && this.columns.newerFirst(id, this.ids[j]) < 0);
  }
}

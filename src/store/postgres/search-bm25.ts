import type { PoolClient } from 'pg';
import { bm25Idf, bm25Share, phraseStarts, weightedFrequency } from '../../search/bm25.js';
import { gramTokens } from '../../search/grams.js';
import { bodyText } from '../../search/index-text.js';
import { nearCount, nearParts, type MatchPlan, type Phrase } from '../../search/match-plan.js';
import { recencyBoost } from '../../search/rank.js';
import { fromHeadlineDoc, SAMPLE_BUCKETS } from './search-index.js';
import { GENERATION_SQL } from './search-df.js';
import { looseQuery, phrase, phraseLexemes, sampleQuery, withBuckets } from './tsquery.js';

/**
 * Ranking on PostgreSQL by the embedded store's formula: FTS5's BM25 of each phrase of the query in its stream
 * (src/search/bm25.ts), summed in the plan's order, times the recency boost; ties to the newer article, then the
 * higher id. What it needs beside each ranked article's vector: per stream the articles and their tokens
 * (`search_totals`), each article's tokens per stream (`search_lengths`), and per phrase how many
 * articles hold it (counted when a search asks, exactly up to a bound, else estimated from the sample buckets).
 */

/**
 * Schema step: each indexed article's tokens per stream (`search_lengths`, a narrow table of its own: adding columns
 * to `search_vectors` rewrote every row and its GIN entries, minutes at 100k articles), and `search_totals`, rows of
 * changes to the number of indexed articles and their tokens whose sum is the current total. Statement triggers on
 * `search_lengths` (inserts, replacements, deletes, also by cascade) append one row per statement, so concurrent
 * writers never wait for each other and each change is counted once, in its own transaction; a writer that gets the
 * advisory lock folds the committed rows into one (only one folds at a time, so none deletes a row another folds).
 */
const BM25_SCHEMA = `
  CREATE TABLE search_lengths (
    id    bigint  PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    words integer NOT NULL,
    grams integer NOT NULL
  );
  CREATE TABLE search_totals (
    articles bigint NOT NULL,
    words    bigint NOT NULL,
    grams    bigint NOT NULL
  );
  CREATE FUNCTION search_totals_count() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    IF TG_OP = 'INSERT' THEN
      INSERT INTO search_totals SELECT count(*), coalesce(sum(words), 0), coalesce(sum(grams), 0) FROM new_rows HAVING count(*) > 0;
    ELSIF TG_OP = 'DELETE' THEN
      INSERT INTO search_totals SELECT -count(*), -coalesce(sum(words), 0), -coalesce(sum(grams), 0) FROM old_rows HAVING count(*) > 0;
    ELSE
      INSERT INTO search_totals
      SELECT 0, n.words - o.words, n.grams - o.grams
        FROM (SELECT coalesce(sum(words), 0) AS words, coalesce(sum(grams), 0) AS grams FROM new_rows) n,
             (SELECT coalesce(sum(words), 0) AS words, coalesce(sum(grams), 0) AS grams FROM old_rows) o
       WHERE n.words <> o.words OR n.grams <> o.grams;
    END IF;
    -- 'jbtotals' in ASCII: the lock is only ever taken here.
    IF pg_try_advisory_xact_lock(x'6a62746f74616c73'::bigint) AND (SELECT count(*) FROM search_totals) > 16 THEN
      WITH gone AS (DELETE FROM search_totals RETURNING *)
      INSERT INTO search_totals SELECT sum(articles), sum(words), sum(grams) FROM gone HAVING count(*) > 0;
    END IF;
    RETURN NULL;
  END $$;
  CREATE TRIGGER search_totals_insert AFTER INSERT ON search_lengths REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION search_totals_count();
  CREATE TRIGGER search_totals_update AFTER UPDATE ON search_lengths REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION search_totals_count();
  CREATE TRIGGER search_totals_delete AFTER DELETE ON search_lengths REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION search_totals_count();
`;

/** Articles given their token counts per statement when backfilling. */
const BACKFILL_PAGE = 1_000;
const NON_WORD = /[^\p{L}\p{N}]+/u;

/**
 * The schema step, then every indexed article's token counts: its words from the segmented text kept for
 * headlines (no segmenting again), its grams from the article's text. The triggers add them to the totals.
 */
export async function bm25Migration(tx: PoolClient): Promise<void> {
  await tx.query(BM25_SCHEMA);
  type Row = { id: string; st: string; sb: string; title: string; body: string; captions: string };
  const words = (doc: string) => fromHeadlineDoc(doc).split(NON_WORD).filter(Boolean).length;
  for (let after = 0; ; ) {
    const { rows } = await tx.query<Row>(
      `SELECT t.id, t.title AS st, t.body AS sb, a.title, a.body, a.captions
         FROM search_text t JOIN articles a ON a.id = t.id
        WHERE t.id > $1 ORDER BY t.id LIMIT ${BACKFILL_PAGE}`,
      [after],
    );
    if (!rows.length) return;
    const lengths = rows.map((r) => ({
      id: Number(r.id),
      w: words(r.st) + words(r.sb),
      g: gramTokens(r.title).length + gramTokens(bodyText({ body: r.body, captions: JSON.parse(r.captions) as string[] })).length,
    }));
    await tx.query(
      'INSERT INTO search_lengths (id, words, grams) SELECT id, w, g FROM jsonb_to_recordset($1::jsonb) AS r (id bigint, w integer, g integer)',
      [JSON.stringify(lengths)],
    );
    after = lengths[lengths.length - 1].id;
  }
}

/**
 * Above how many articles holding a phrase (estimated from the sample buckets) its count is that estimate rather
 * than counted: a word's count is a GIN bitmap (no vector read), a phrase of several lexemes rechecks the vector of
 * each article holding them all (two such counts took 280 ms of 新能源 汽车 电池 at 100k articles with a bound of
 * 2,500), so its bound is much lower. Archives of up to COUNT_ARCHIVE_MAX articles count every phrase: there both
 * backends give the same scores; above, the estimate's error (about 1/√(n/32) of n) moves a phrase's idf by a few
 * per cent.
 */
const COUNT_MAX = 10_000;
const COUNT_PHRASE_MAX = 500;
const COUNT_ARCHIVE_MAX = 5_000;
/** Sample buckets probed for the estimate, of SAMPLE_BUCKETS (as the search's own estimate). */
const PROBE_BUCKETS = 8;
/**
 * Hits in the first bucket from which its count alone is the estimate (a sample of 256 or more: about ±6 %, which
 * moves a broad phrase's idf by a few per cent). Each hit probed is a heap row read, so a broad phrase's probe reads
 * hits / 256 rows instead of 8 / 256 (芯片 at 1M articles: 1.5k rows instead of 11.7k, per phrase of the query);
 * below it the eight buckets are counted, then at most about 2,000 rows.
 */
const DF_PROBE_MIN = 256;

/** Runs one statement and gives its rows. */
type StatementRunner = <R extends object>(sql: string, params: unknown[]) => Promise<R[]>;

/** The columns of bm25Sql, JSON as text (as the store's pools give json). */
export interface Bm25Columns {
  /** [articles, words, grams] */
  bm25_totals: string;
  /** Per phrase, how many articles hold it; null without phrases. */
  bm25_df: string | null;
  /** The index's generation in the statement's snapshot (./search-df.ts). */
  bm25_generation: number;
  /** The hits to rank, as Hit. */
  ranked: string;
  newest_day: number | null;
}

/** Lexemes with their positions in a vector. */
type Positions = [lexeme: string, positions: number[]][];

/** A hit as bm25Sql gives it. */
type Hit = [id: number, date: string | null, section: string | null, source: string, day: number | null, words: number | null, grams: number | null];

/** A ranked hit. */
export interface RankedRow {
  id: number;
  date: string | null;
  section: string | null;
  source: string;
  score: number;
}

/**
 * The search statement's columns for ranking, its parameters added by `p`: `bm25_totals` [articles, words, grams],
 * `bm25_df` (articles holding each phrase of the plan, in order), `ranked` (rankedSql of `cte`) and `newest_day`.
 * `countArchiveMax` (COUNT_ARCHIVE_MAX), `countMax` (both COUNT_MAX and COUNT_PHRASE_MAX) and `dfProbeMin` (DF_PROBE_MIN):
 * tests take smaller ones. `known`: counts kept from earlier statements (dfKeys, ./search-df.ts), each used only when
 * this statement's snapshot shows the generation it was counted at; the others are counted.
 */
export function bm25Sql(
  plan: MatchPlan,
  cte: string,
  p: (v: unknown) => string,
  {
    countArchiveMax = COUNT_ARCHIVE_MAX,
    countMax,
    dfProbeMin = DF_PROBE_MIN,
    known,
  }: { countArchiveMax?: number; countMax?: number; dfProbeMin?: number; known?: { generations: (number | null)[]; counts: (number | null)[] } } = {},
): string {
  const phrases = rankedPhrases(plan);
  const texts = phrases.map(phrase);
  const bounds = phrases.map((ph) => countMax ?? (ph.tokens.length > 1 ? COUNT_PHRASE_MAX : COUNT_MAX));
  const none = phrases.map(() => null);
  // The probes and counts are subqueries inside CASEs, which PostgreSQL runs only when that branch is taken.
  const probe = (buckets: number) => `SELECT count(*) FROM search_vectors c WHERE c.tsv @@ ${withBuckets('x.loose::tsquery', `${p(sampleQuery(0, buckets))}::tsquery`)}`;
  const counted = `
    SELECT CASE WHEN (SELECT sum(articles) FROM search_totals) <= ${Number(countArchiveMax)} OR pr.n <= x.bound
                THEN (SELECT count(*) FROM search_vectors c WHERE c.tsv @@ x.q::tsquery) ELSE pr.n END
      FROM (${probe(1)}) one (n)
      CROSS JOIN LATERAL (SELECT CASE WHEN one.n >= ${Number(dfProbeMin)} THEN one.n * ${SAMPLE_BUCKETS}
                                      ELSE (${probe(PROBE_BUCKETS)}) * ${SAMPLE_BUCKETS / PROBE_BUCKETS} END AS n) pr`;
  return `
    (SELECT json_build_array(coalesce(sum(articles), 0), coalesce(sum(words), 0), coalesce(sum(grams), 0)) FROM search_totals) AS bm25_totals,
    ${GENERATION_SQL} AS bm25_generation,
    (SELECT json_agg(CASE WHEN x.generation = ${GENERATION_SQL} THEN x.known ELSE (${counted}) END ORDER BY x.k)
       FROM unnest(${p(texts)}::text[], ${p(texts.map(looseQuery))}::text[], ${p(bounds)}::int[],
                   ${p(known?.generations ?? none)}::bigint[], ${p(known?.counts ?? none)}::bigint[])
            WITH ORDINALITY AS x (q, loose, bound, generation, known, k)) AS bm25_df,
    ${rankedSql(cte)} AS ranked,
    (SELECT max(day) FROM search_docs) AS newest_day`;
}

/**
 * Bm25Columns' `ranked` of the rows of `cte` (columns id, date, day, section, source) with their tokens per stream,
 * each hit's looked up by its id in the index. A join let the planner choose: a merge join read every article's
 * lengths (170 ms at 100k), and with the ids as an array beside the join it took the CTE for one row and scanned
 * the whole array for each hit, hits² lookups (1,203 hits of 光波导 芯片 苹果 at 100k: 1.9 s).
 */
export function rankedSql(cte: string): string {
  return `(SELECT coalesce(json_agg(json_build_array(h.id, h.date, h.section, h.source, h.day, l.words, l.grams)), '[]')
       FROM ${cte} h LEFT JOIN LATERAL (SELECT words, grams FROM search_lengths l WHERE l.id = h.id) l ON true)`;
}

/** The hits of two `ranked` columns (JSON text) as one, each article once. */
export function mergeRanked(a: string, b: string): string {
  const seen = new Set<number>();
  return JSON.stringify((JSON.parse(a) as Hit[]).concat(JSON.parse(b) as Hit[]).filter((h) => !seen.has(Number(h[0])) && seen.add(Number(h[0]))));
}

/**
 * What a plan's document frequencies are kept under (DfCache): each phrase with how it is counted, so that a count is
 * only reused where bm25Sql would count it the same way.
 */
export function dfKeys(plan: MatchPlan): string[] {
  return rankedPhrases(plan).map((ph) => `${ph.tokens.length > 1 ? COUNT_PHRASE_MAX : COUNT_MAX}/${COUNT_ARCHIVE_MAX}/${DF_PROBE_MIN}\n${phrase(ph)}`);
}

/**
 * The phrases BM25 sums over, in the plan's order (the order the embedded store sums them in); a near pair as its
 * two phrases, each with its own idf (FTS5 counts the articles holding each phrase of a NEAR alone).
 */
function rankedPhrases(plan: MatchPlan): Phrase[] {
  return plan.groups.flat().flatMap(nearParts);
}

/**
 * The query's lexemes (`$2`) with their positions in the whole vector and in the title of the articles `$1`, as
 * tsvector text. Only those lexemes are kept: setweight marks them, ts_filter keeps them (unnesting a whole vector
 * costs per lexeme).
 */
const POSITIONS_SQL = `
  SELECT v.id, ts_filter(setweight(v.tsv, 'b', $2::text[]), '{b}')::text AS whole,
         ts_filter(setweight(v.title_tsv, 'b', $2::text[]), '{b}')::text AS title
    FROM search_vectors v WHERE v.id = ANY ($1::bigint[])`;

/** A lexeme and its positions in tsvector text (`'lex':1B,5B …`, quotes and backslashes doubled in the lexeme). */
const TSVECTOR_ENTRY = /'((?:[^'\\]|''|\\.)*)':([0-9A-D,]+)/g;

/** tsvector text as lexemes with their positions. */
function positionsOf(text: string): Positions {
  return Array.from(text.matchAll(TSVECTOR_ENTRY), (m) => [
    m[1].replace(/''|\\(.)/g, (_, c: string | undefined) => c ?? "'"),
    m[2].split(',').map((p) => Number.parseInt(p, 10)),
  ]);
}

/** The relative margin below the page's last score within which a hit's bound still reaches it (rounding). */
const BOUND_SLACK = 1e-9;

/** How many times the page's end at least the first batch of rankHits holds. */
const BATCH_FACTOR = 10;

/**
 * The hits ranked by BM25 times the recency boost, best first, ties to the newer article then the higher id (as the
 * embedded store), `offset` to `offset + limit`; the first batch of vectors read holds `firstBatch` hits or more. Only hits that can reach the page have their vectors read: a hit's
 * score is at most its boost times Σ idf · (k1 + 1) · F / (F + k1·(1 − b + b·D/avgdl)) with F as if every token were
 * the phrase in the title (its length D is known without the vector); the hits of highest bound are scored first,
 * then every other hit whose bound reaches the page's last score. The bound is loose but for the boost
 * and the length, so in an archive of several years the old hits mostly drop out.
 */
export async function rankHits(
  run: StatementRunner,
  plan: MatchPlan,
  row: Bm25Columns,
  { limit, offset, firstBatch }: { limit: number; offset: number; firstBatch: number },
): Promise<RankedRow[]> {
  const ranker = new Bm25Ranker(plan, row);
  const hits = (JSON.parse(row.ranked) as Hit[]).map((h) => ({ hit: h, bound: ranker.bound(h) }));
  hits.sort((a, b) => b.bound - a.bound);
  const k = offset + limit;
  const scored: RankedRow[] = [];
  let kth = -Infinity;
  // Two batches at most: the first sets the page's last score, the second holds every other hit whose bound reaches it.
  const first = Math.max(firstBatch, BATCH_FACTOR * k);
  for (const batch of [hits.slice(0, first), hits.slice(first)]) {
    // The bound and the score are summed in different orders: a hit whose bound equals its score may round a hair
    // below a tie at the page's end, and which hits the first batch holds depends on the rows' order.
    const reaching = batch.filter((h) => h.bound >= kth - Math.abs(kth) * BOUND_SLACK);
    if (!reaching.length) break;
    const found = await readPositions(run, reaching.map((h) => h.hit[0]), ranker.lexemes);
    const byId = new Map(found.map((f) => [Number(f.id), f]));
    for (const { hit } of reaching) {
      const f = byId.get(Number(hit[0]));
      scored.push(ranker.rank(hit, positionsOf(f?.whole ?? ''), positionsOf(f?.title ?? '')));
    }
    scored.sort(byRank);
    if (scored.length >= k) kth = scored[k - 1].score;
  }
  return scored.slice(offset, k);
}

/**
 * Batches of more ids than this are read as READERS statements at once, on as many pooled connections: inflating
 * the vectors is the server's CPU work, and one statement uses one core (芯片 from:2019-01 to:2019-06 at 1M articles
 * reads ~3,000 vectors in its second batch, where the boosts within the period prune nothing: 70–95 ms as one
 * statement on the idle machine). Each read is by id, so the rows are the same however they are split.
 */
const SPLIT_MIN = 1_000;
const READERS = 2;

/** The positions of `lexemes` in the vectors of articles `ids` (POSITIONS_SQL), in parallel parts when many. */
async function readPositions(run: StatementRunner, ids: number[], lexemes: string[]): Promise<{ id: number; whole: string; title: string }[]> {
  const parts = ids.length < SPLIT_MIN ? 1 : READERS;
  const size = Math.ceil(ids.length / parts);
  const read = await Promise.all(
    Array.from({ length: parts }, (_, i) => run<{ id: number; whole: string; title: string }>(POSITIONS_SQL, [ids.slice(i * size, (i + 1) * size), lexemes])),
  );
  return read.flat();
}

/** Best first; ties to the newer article (no date last), then the higher id. */
function byRank(a: RankedRow, b: RankedRow): number {
  return b.score - a.score || newer(a.date, b.date) || b.id - a.id;
}

function newer(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? 1 : -1;
}

/** A plan's BM25 with the archive's statistics. */
class Bm25Ranker {
  /** Per phrase of the plan its ranked phrases (two for a near pair, with how many tokens may stand between). */
  private readonly phrases: { parts: { stream: Phrase['stream']; lexemes: string[]; idf: number }[]; within: number | null; weight: number }[];
  private readonly mean: Record<Phrase['stream'], number>;
  private readonly newestDay: number | null;
  /** Every lexeme of the plan's phrases, once. */
  readonly lexemes: string[];

  constructor(plan: MatchPlan, row: Bm25Columns) {
    const [articles, words, grams] = JSON.parse(row.bm25_totals) as number[];
    const holding = JSON.parse(row.bm25_df ?? '[]') as number[];
    let i = 0;
    this.phrases = plan.groups.flat().map((ph) => ({
      parts: nearParts(ph).map((part) => ({ stream: part.stream, lexemes: phraseLexemes(part), idf: bm25Idf(articles, holding[i++] ?? 0) })),
      within: ph.near?.within ?? null,
      weight: ph.weight ?? 1,
    }));
    this.mean = { words: words / articles, grams: grams / articles };
    this.newestDay = row.newest_day;
    this.lexemes = [...new Set(this.phrases.flatMap((ph) => ph.parts.flatMap((part) => part.lexemes)))];
  }

  /** An upper bound of the hit's score (see rankHits). */
  bound(hit: Hit): number {
    if (hit[5] === null || hit[6] === null) return Number.POSITIVE_INFINITY;
    let bound = 0;
    for (const { parts, weight } of this.phrases) {
      for (const part of parts) {
        const length = this.length(hit, part.stream);
        bound += bm25Share(part.idf, weightedFrequency(length, 0), length, this.mean[part.stream]) * weight;
      }
    }
    return bound * this.boost(hit);
  }

  /** The hit's score from its positions of the query's lexemes, in the whole vector and in the title. */
  rank(hit: Hit, whole: Positions, title: Positions): RankedRow {
    const inWhole = new Map(whole);
    const inTitle = new Map(title);
    let score = 0;
    for (const { parts, within, weight } of this.phrases) {
      // Instances per part, in the title and in the body: a near pair keeps those with the other part near, in the
      // same column. FTS5 sums a NEAR's phrases into its bm25 before that is added to the rest: so here.
      const counts = parts.map((part) => {
        const title = phraseStarts((l) => inTitle.get(l), part.lexemes);
        const inTitleAt = new Set(title);
        return { title, body: phraseStarts((l) => inWhole.get(l), part.lexemes).filter((p) => !inTitleAt.has(p)), length: part.lexemes.length };
      });
      let share = 0;
      for (const [k, part] of parts.entries()) {
        const own = counts[k];
        const other = counts[1 - k];
        const [t, b] = within === null ? [own.title.length, own.body.length] : (['title', 'body'] as const).map((c) => nearCount(own[c], own.length, other[c], other.length, within));
        if (t + b) share += bm25Share(part.idf, weightedFrequency(t, b), this.length(hit, part.stream), this.mean[part.stream]);
      }
      score += share * weight;
    }
    const [id, date, section, source] = hit;
    return { id: Number(id), date, section, source, score: score * this.boost(hit) };
  }

  /**
   * The hit's tokens in a stream. Every write and the schema step store them; an article without them (copied in by
   * hand) is read whatever its bound and scored as one of average length.
   */
  private length(hit: Hit, stream: Phrase['stream']): number {
    return (stream === 'words' ? hit[5] : hit[6]) ?? this.mean[stream];
  }

  private boost(hit: Hit): number {
    const day = hit[4];
    return day === null || this.newestDay === null ? 1 : recencyBoost(this.newestDay - day);
  }
}

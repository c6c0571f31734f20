/**
 * BM25's document frequencies (articles holding a phrase: ./search-bm25.ts) kept between searches. Counting them is a
 * GIN probe per phrase of every search (20–110 ms of a search at a million articles); they change only when indexed
 * text does. A generation of the index tells when: `search_totals.changes` sums to a number that every statement
 * writing `search_vectors` raises (a row appended by a statement trigger, in the writer's transaction, as the
 * totals' own rows are), so two snapshots with the same sum see the same vectors. A kept count is used only in a
 * statement whose own snapshot shows the generation it was counted at, so it is the count that statement would make,
 * in any process and whatever other processes write.
 */

/**
 * Schema step: the generation column, the totals' trigger function folding it too, and the trigger on the vectors
 * (inserts, deletes and replaced vectors; a change of tags or entities alone leaves the counts as they are).
 */
export const DF_GENERATION_STEP = `
  ALTER TABLE search_totals ADD COLUMN changes bigint NOT NULL DEFAULT 0;
  CREATE OR REPLACE FUNCTION search_totals_count() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    IF TG_OP = 'INSERT' THEN
      INSERT INTO search_totals (articles, words, grams)
      SELECT count(*), coalesce(sum(words), 0), coalesce(sum(grams), 0) FROM new_rows HAVING count(*) > 0;
    ELSIF TG_OP = 'DELETE' THEN
      INSERT INTO search_totals (articles, words, grams)
      SELECT -count(*), -coalesce(sum(words), 0), -coalesce(sum(grams), 0) FROM old_rows HAVING count(*) > 0;
    ELSE
      INSERT INTO search_totals (articles, words, grams)
      SELECT 0, n.words - o.words, n.grams - o.grams
        FROM (SELECT coalesce(sum(words), 0) AS words, coalesce(sum(grams), 0) AS grams FROM new_rows) n,
             (SELECT coalesce(sum(words), 0) AS words, coalesce(sum(grams), 0) AS grams FROM old_rows) o
       WHERE n.words <> o.words OR n.grams <> o.grams;
    END IF;
    -- 'jbtotals' in ASCII: the lock is only ever taken here.
    IF pg_try_advisory_xact_lock(x'6a62746f74616c73'::bigint) AND (SELECT count(*) FROM search_totals) > 16 THEN
      WITH gone AS (DELETE FROM search_totals RETURNING *)
      INSERT INTO search_totals (articles, words, grams, changes)
      SELECT sum(articles), sum(words), sum(grams), sum(changes) FROM gone HAVING count(*) > 0;
    END IF;
    RETURN NULL;
  END $$;
  CREATE FUNCTION search_vectors_changed() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    INSERT INTO search_totals (articles, words, grams, changes) VALUES (0, 0, 0, 1);
    RETURN NULL;
  END $$;
  CREATE TRIGGER search_vectors_generation AFTER INSERT OR DELETE OR UPDATE OF tsv ON search_vectors
    FOR EACH STATEMENT EXECUTE FUNCTION search_vectors_changed();
`;

/** The index's generation in SQL (see above). */
export const GENERATION_SQL = '(SELECT coalesce(sum(changes), 0)::bigint FROM search_totals)';

/** How many counts are kept per process; the least recently used goes first. */
const CAPACITY = 10_000;

/** Document frequencies counted by earlier searches, by phrase (and how it was counted), with their generation. */
export class DfCache {
  private readonly kept = new Map<string, { generation: number; n: number }>();

  /** What is kept for each key: its count and the generation it was counted at, or nulls. */
  lookup(keys: readonly string[]): { generations: (number | null)[]; counts: (number | null)[] } {
    const found = keys.map((k) => this.kept.get(k));
    return { generations: found.map((f) => f?.generation ?? null), counts: found.map((f) => f?.n ?? null) };
  }

  /** Keeps the counts a statement gave for `keys`, at the generation its snapshot showed. */
  keep(keys: readonly string[], generation: number, counts: readonly number[]): void {
    keys.forEach((key, i) => {
      this.kept.delete(key);
      this.kept.set(key, { generation, n: counts[i] });
      if (this.kept.size > CAPACITY) this.kept.delete(this.kept.keys().next().value!);
    });
  }
}

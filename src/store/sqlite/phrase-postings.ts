import type { Database } from 'better-sqlite3';
import type { Phrase } from '../../search/match-plan.js';
import { TITLE_WEIGHT } from '../../search/rank.js';
import { ftsTable, quote } from './fts5-query.js';
import { marked, union } from './id-lists.js';
import { jsonColumns } from './search-columns.js';

/**
 * Every indexed article holding one phrase, with the phrase's share of the article's bm25 in its stream's table
 * (article_fts for words, article_grams for character grams). FTS5's bm25 of a MATCH is the sum over its phrases
 * of idf(phrase) × a term of the phrase's weighted frequency in the row and the row's length; idf and that term
 * depend on the phrase and the row only, so the share measured by a MATCH of the phrase alone is exactly what it
 * adds to any query holding it, as long as the index does not change.
 */
export interface PhrasePostings {
  /** Article ids, ascending. */
  readonly ids: Int32Array;
  /**
   * Per id: minus FTS5's bm25 (title weighted) of the phrase alone, so larger is better; null when only the ids
   * were asked for (exclusions, counts over time), which FTS5 gives ten times faster than their scores; NaN where not
   * read when only some were (PostingsCache.readShares).
   */
  readonly share: Float64Array | null;
}

/** How many postings (id and share, up to 12 bytes) the cache keeps before it forgets the least recently used. */
const DEFAULT_BUDGET = 20_000_000;

/** How many joined groups (their ids, and apart their bitmaps) the cache keeps: at a million articles up to 4 MB each. */
const GROUPS_KEPT = 16;

/**
 * The postings of the phrases searched so far, for one unchanged state of the index (a new cache is made when
 * the database changes, with the search columns). FTS5 visits a row in about a microsecond when it scores it,
 * so a search for a word held by a third of a million articles took tens of milliseconds, however few hits
 * the page shows; with the postings at hand, matching, filtering and exact scoring of every hit are loops over
 * arrays. A phrase's first search reads its postings in one statement, at about a microsecond per article
 * holding it when scores are needed (FTS5 scoring each row), a tenth of that for the ids alone.
 */
export class PostingsCache {
  private readonly entries = new Map<string, PhrasePostings>();
  private held = 0;
  private readonly unions = new Map<string, Int32Array>();
  private readonly bitmaps = new Map<string, Uint8Array>();
  /** Shares read for some ids only (readShares): a search asking for every share reads them all. */
  private readonly partial = new WeakSet<Float64Array>();

  constructor(
    private readonly db: Database,
    private readonly budget = DEFAULT_BUDGET,
  ) {}

  /** The postings of a phrase, read from FTS5 when not held (or held without the shares `scored` asks for). */
  get(phrase: Phrase, scored: boolean): PhrasePostings {
    const key = keyOf(phrase);
    let entry = this.entries.get(key);
    if (entry) {
      this.entries.delete(key); // re-inserted below: Map order is the recency order
      this.held -= entry.ids.length;
    }
    if (!entry || (scored && (!entry.share || this.partial.has(entry.share)))) entry = this.read(ftsTable(phrase), quote(phrase), scored);
    this.held += entry.ids.length;
    for (const [old, e] of this.entries) {
      if (this.held <= this.budget) break;
      this.entries.delete(old);
      this.held -= e.ids.length;
    }
    this.entries.set(key, entry);
    return entry;
  }

  /** True when the phrase's postings are held with every share (a search needing shares reads nothing more). */
  whole(phrase: Phrase): boolean {
    const share = this.entries.get(keyOf(phrase))?.share;
    return !!share && !this.partial.has(share);
  }

  /**
   * The postings of a phrase with its shares of the articles among `ids` (ascending) that hold it: read in one
   * statement where not held, FTS5 scoring those rows alone (its idf costs a count of the phrase's rows). A search
   * whose hits are few beside a phrase's articles (a filter, a rarer term beside it) needs no more: reading every
   * share took `数字经济 entity:星澜微联`, which no article answers, 1.5 s of CPU at a million articles.
   */
  getFor(phrase: Phrase, ids: Int32Array): PhrasePostings {
    const held = this.get(phrase, false);
    const old = held.share ?? new Float64Array(held.ids.length).fill(Number.NaN);
    if (held.share && !this.partial.has(held.share)) return held;
    const at: number[] = [];
    let j = 0;
    for (const id of ids) {
      while (j < held.ids.length && held.ids[j] < id) j++;
      if (j < held.ids.length && held.ids[j] === id && Number.isNaN(old[j])) at.push(j);
    }
    if (!at.length && held.share) return held;
    const share = Float64Array.from(old);
    if (at.length) {
      const table = ftsTable(phrase);
      const wanted = at.map((k) => held.ids[k]);
      // `+rowid`: the list is tested per row of the phrase in the range; as a constraint FTS5 would be asked once per id,
      // counting the phrase's rows again for its idf each time.
      const [ids2, bm25] = jsonColumns<[number[], number[]]>(
        this.db,
        `WITH m AS MATERIALIZED (SELECT rowid AS id, bm25(${table}, ${TITLE_WEIGHT}, 1) AS bm FROM ${table}
           WHERE ${table} MATCH ? AND rowid BETWEEN ? AND ? AND +rowid IN (SELECT value FROM json_each(?)))
         SELECT json_group_array(id), json_group_array(bm) FROM m`,
        quote(phrase),
        wanted[0],
        wanted[wanted.length - 1],
        JSON.stringify(wanted),
      );
      const byId = new Map(ids2.map((id, k) => [id, -bm25[k]]));
      for (const k of at) share[k] = byId.get(held.ids[k]) ?? Number.NaN;
    }
    // A new array, not the old one filled: a search's bound (the largest share) is kept per array.
    this.partial.add(share);
    const entry = { ids: held.ids, share };
    this.entries.set(keyOf(phrase), entry);
    return entry;
  }

  /**
   * The ids of any of the phrases (a group of a plan: a term's words, grams and aliases), ascending, each once, over
   * the id range `[0, size)`: joined once per state of the index, as the postings are read (a broad term's group
   * at a million articles took a few milliseconds per search to join).
   */
  union(phrases: Phrase[], size: number): Int32Array {
    return kept(this.unions, groupKey(phrases), () => union(this.idLists(phrases), size));
  }

  /** A bitmap of the id range `[0, size)`, 1 where any of the phrases is held: a group tested in one read. */
  marked(phrases: Phrase[], size: number): Uint8Array {
    return kept(this.bitmaps, groupKey(phrases), () => marked(this.idLists(phrases), size));
  }

  private idLists(phrases: Phrase[]): Int32Array[] {
    return phrases.map((p) => this.get(p, false).ids);
  }

  private read(table: string, match: string, scored: boolean): PhrasePostings {
    const [ids, bm25] = scored
      ? // MATERIALIZED: bm25 cannot be called inside an aggregate directly.
        jsonColumns<[number[], number[]]>(
          this.db,
          `WITH m AS MATERIALIZED (SELECT rowid AS id, bm25(${table}, ${TITLE_WEIGHT}, 1) AS bm FROM ${table} WHERE ${table} MATCH ?)
           SELECT json_group_array(id), json_group_array(bm) FROM m`,
          match,
        )
      : jsonColumns<[number[]]>(this.db, `SELECT json_group_array(rowid) FROM ${table} WHERE ${table} MATCH ?`, match);
    // FTS5 gives rowids in ascending order; sorted here only should it ever not.
    const order = ids.every((id, k) => k === 0 || ids[k - 1] < id) ? null : [...ids.keys()].sort((a, b) => ids[a] - ids[b]);
    const at = (k: number) => (order ? order[k] : k);
    return {
      ids: Int32Array.from(ids, (_, k) => ids[at(k)]),
      share: bm25 ? Float64Array.from(bm25, (_, k) => -bm25[at(k)]) : null,
    };
  }
}

/** The cache's key of a phrase: its stream and its FTS5 text. */
function keyOf(phrase: Phrase): string {
  return `${phrase.stream}:${quote(phrase)}`;
}

/** The cache's key of a group of phrases (in the plan's order: a group is always planned the same). */
function groupKey(phrases: Phrase[]): string {
  return phrases.map(keyOf).join('\u0000');
}

/** The value kept under `key`, made when missing; the least recently used goes once GROUPS_KEPT are kept. */
function kept<T>(map: Map<string, T>, key: string, make: () => T): T {
  let value = map.get(key);
  if (value === undefined) value = make();
  else map.delete(key); // re-inserted below: Map order is the recency order
  map.set(key, value);
  if (map.size > GROUPS_KEPT) map.delete(map.keys().next().value!);
  return value;
}

import type { PoolClient } from 'pg';
import { gramTokens } from '../../search/grams.js';
import { bodyText } from '../../search/index-text.js';
import { learnedNameRows } from '../../search/learned-aliases.js';
import { sharedSegmenter, TOKEN_SEPARATOR } from '../../search/segment.js';
import type { ArticleFacts } from '../../search/types.js';
import type { Article } from '../../types.js';

/**
 * The PostgreSQL side of the archive index (see ./search-schema.ts for the tables). The text is segmented in
 * JavaScript by the same segmenter as the SQLite index, and the tsvector is built here from its tokens (title
 * weight A, body D), so what matches does not depend on the server's parser or locale. The segmented text is
 * also kept as a "headline document", every token set apart by a tab, for ts_headline's snippets.
 */

/** What splits the segmented text into index tokens: anything not a letter or digit (as FTS5's unicode61). */
const NON_WORD = /[^\p{L}\p{N}]+/u;
/** PostgreSQL's limits: positions up to 16383, 256 positions per lexeme, lexemes under 2 KB, 1 MB per tsvector. */
const MAX_POSITION = 16383;
const MAX_POSITIONS_PER_LEXEME = 256;
const MAX_LEXEME_BYTES = 2047;
const MAX_TSVECTOR_BYTES = 1_000_000;

/** A token as the index and the queries hold it: lower case, Latin diacritics removed (as unicode61's folding). */
export function lexeme(token: string): string {
  const lower = token.toLowerCase();
  return /[\u00c0-\u024f\u1e00-\u1eff]/.test(lower) ? lower.normalize('NFD').replace(/\p{M}+/gu, '') : lower;
}

/**
 * Segmented text as the document ts_headline reads: tokens and punctuation set apart by tabs (original tabs become
 * spaces), so the server's parser finds the same tokens in any locale. Tabs become separators again for display.
 */
function headlineDoc(segmented: string): string {
  return segmented
    .replaceAll('\t', ' ')
    .replaceAll(TOKEN_SEPARATOR, '\t')
    .replace(/([\p{L}\p{N}])(?=[^\p{L}\p{N}\s])|([^\p{L}\p{N}\s])(?=[\p{L}\p{N}])/gu, '$1$2\t');
}

/** A ts_headline output as segmented text (tabs back to separators), for renderMarked. */
export function fromHeadlineDoc(doc: string): string {
  return doc.replaceAll('\t', TOKEN_SEPARATOR);
}

/** lexeme() of tokens seen, as most tokens recur; emptied when it grows past LEXEME_CACHE_SIZE. */
const lexemes = new Map<string, string>();
const LEXEME_CACHE_SIZE = 200_000;

function cachedLexeme(token: string): string {
  let lex = lexemes.get(token);
  if (lex === undefined) {
    if (lexemes.size >= LEXEME_CACHE_SIZE) lexemes.clear();
    lexemes.set(token, (lex = lexeme(token)));
  }
  return lex;
}

/** What marks a gram lexeme apart from a word lexeme (no word token holds it: tokens are letters and digits). */
export const GRAM_PREFIX = '_';

/**
 * The tsvector of a title and body as a tsvector literal: the words of the segmented text, then the character
 * grams of the text (src/search/grams.ts) as lexemes of their own (GRAM_PREFIX), each stream with its own
 * positions. Title tokens at positions from 1 with weight A, body tokens after a gap (so a phrase never spans title
 * and body) with weight D. PostgreSQL keeps positions up to 16,383 only: the body of a longer article wraps round to
 * just after the title again, so a phrase is still found anywhere in it (at the price of a rare false phrase match
 * between two far-apart places).
 */
function tsvectorLiteral(title: string, body: string, titleGrams: string[], bodyGrams: string[]): { literal: string; words: number; grams: number } {
  let out = '';
  let bytes = 0;
  /** Returns the stream's tokens, title and body: BM25's length of the article in the stream (src/search/bm25.ts). */
  const stream = (titleTokens: string[], bodyTokens: string[], prefix: string): number => {
    const positions = new Map<string, number[]>();
    let position = 0;
    const add = (tokens: string[]) => {
      for (const token of tokens) {
        if (!token) continue;
        position++;
        const lex = prefix + cachedLexeme(token);
        const list = positions.get(lex);
        if (list === undefined) {
          // UTF-8 takes at most 3 bytes per UTF-16 unit; the exact size is only needed for long tokens.
          const size = lex.length * 3 > MAX_LEXEME_BYTES ? Buffer.byteLength(lex) : lex.length * 3;
          // A lexeme PostgreSQL cannot hold, or past the size a tsvector may have, is left out of the index.
          if (size > MAX_LEXEME_BYTES || bytes + size > MAX_TSVECTOR_BYTES) continue;
          bytes += size + 8;
          positions.set(lex, [position]);
        } else if (list.length < MAX_POSITIONS_PER_LEXEME) {
          list.push(position);
          bytes += 2;
        }
      }
    };
    add(titleTokens);
    const titleEnd = Math.min(position++, MAX_POSITION - 2);
    add(bodyTokens);
    const bodyStart = titleEnd + 2;
    const wrapped = (p: number) => bodyStart + ((p - bodyStart) % (MAX_POSITION - bodyStart + 1));
    for (const [lex, list] of positions) {
      // Weight D is the default and is not written.
      const at = list.map((p) => (p <= titleEnd ? `${p}A` : wrapped(p))).join(',');
      out += `'${lex.replace(/['\\]/g, '\\$&')}':${at} `;
    }
    return position - 1;
  };
  const words = stream(title.split(NON_WORD), body.split(NON_WORD), '');
  const grams = stream(titleGrams, bodyGrams, GRAM_PREFIX);
  return { literal: out, words, grams };
}

/** How many sample buckets the articles are spread over (by id), for counts estimated from a sample. */
export const SAMPLE_BUCKETS = 256;

/**
 * An article's sample bucket: the id hashed (Fibonacci hashing: the top 8 of the low 16 bits of id × 40503), so
 * one issue's consecutive ids spread over all buckets. With `id mod 256` a filter on whole issues (a publication)
 * was sampled unevenly: an issue lay inside the probed buckets or wholly outside them (an estimate 32 % off).
 */
export function sampleBucket(id: number): number {
  return Math.floor(((id * 40503) % 65536) / 256);
}

/** sampleBucket in SQL, over an integer id column. */
export function sampleBucketSql(column: string): string {
  return `((${column} * 40503) % 65536) / 256`;
}

/**
 * The lexeme of an article's sample bucket (sampleBucket), in its tsvector without positions: a search
 * ANDs the buckets it wants to its match, and the GIN index gives that share of the hits without reading the others.
 * No query token holds `#` (tokens are letters and digits), and ts_rank ignores lexemes the query does not name.
 */
export function sampleLexeme(bucket: number): string {
  return `#s${bucket}`;
}

/** Days since 1970-01-01 of an ISO date, or null when it is not one (no recency boost then). */
function dayNumber(date: string | null): number | null {
  if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return null;
  const ms = Date.parse(`${date}T00:00:00Z`);
  return Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== date ? null : ms / 86_400_000;
}

/** One article to index: its id, text and section, date (the issue's) and source (publication, else the file's name: issueCredit). */
export interface IndexItem {
  id: number;
  article: Pick<Article, 'title' | 'body' | 'captions' | 'section'>;
  date: string | null;
  source: string;
}

/** The article's tag names and (distinct) entity names, as the index keeps them for facets. */
const FACT_ARRAYS = (id: string) => `
  ARRAY(SELECT tag FROM article_tags WHERE article_id = ${id} ORDER BY tag) AS tags,
  ARRAY(SELECT DISTINCT name FROM article_entities WHERE article_id = ${id} ORDER BY name) AS entities`;

/**
 * Writes (or replaces) the index entries of many articles in one statement; their facts must be stored first.
 * `lengths`: with each article's tokens per stream (`search_lengths`, ./search-bm25.ts), which schema steps made
 * before that table existed leave out.
 */
const insertDocs = (lengths: boolean) => `
  WITH r AS (
    SELECT r.*, ${FACT_ARRAYS('r.id')} FROM jsonb_to_recordset($1::jsonb)
      AS r (id bigint, date text, day integer, section text, source text, tsv text, title text, body text, words integer, grams integer)
  ), docs AS (
    INSERT INTO search_docs (id, date, day, section, source, tags, entities)
    SELECT id, date, day, section, source, tags, entities FROM r
    ON CONFLICT (id) DO UPDATE SET date = excluded.date, day = excluded.day, section = excluded.section,
                                   source = excluded.source, tags = excluded.tags, entities = excluded.entities
  ), vectors AS (
    INSERT INTO search_vectors (id, date, day, section, source, tags, entities, tsv)
    SELECT id, date, day, section, source, tags, entities, tsv::tsvector FROM r
    ON CONFLICT (id) DO UPDATE SET date = excluded.date, day = excluded.day, section = excluded.section,
                                   source = excluded.source, tags = excluded.tags, entities = excluded.entities, tsv = excluded.tsv
  )${
    lengths
      ? `, lengths AS (
    INSERT INTO search_lengths (id, words, grams) SELECT id, words, grams FROM r
    ON CONFLICT (id) DO UPDATE SET words = excluded.words, grams = excluded.grams
    WHERE (search_lengths.words, search_lengths.grams) IS DISTINCT FROM (excluded.words, excluded.grams)
  )`
      : ''
  }
  INSERT INTO search_text (id, title, body) SELECT id, title, body FROM r
  ON CONFLICT (id) DO UPDATE SET title = excluded.title, body = excluded.body`;

/**
 * Indexes many articles (replacing what was there) in one statement; use inside the transaction that writes them.
 * `lengths` false: for the schema steps made before the token counts were stored (the BM25 step adds them);
 * `names` false: for those made before the learned names' table (learnedNamesMigration).
 */
export async function indexArticles(tx: PoolClient, items: IndexItem[], lengths = true, names = true): Promise<void> {
  if (!items.length) return;
  if (names) await writeLearnedNames(tx, items);
  const seg = sharedSegmenter();
  const rows = items.map(({ id, article: a, date, source }) => {
    const text = bodyText(a);
    const title = seg.segmentForIndex(a.title);
    const body = seg.segmentForIndex(text);
    const tsv = tsvectorLiteral(title, body, gramTokens(a.title), gramTokens(text));
    return {
      id, date, day: dayNumber(date), section: a.section, source,
      tsv: `${tsv.literal}'${sampleLexeme(sampleBucket(id))}'`,
      title: headlineDoc(title), body: headlineDoc(body), words: tsv.words, grams: tsv.grams,
    };
  });
  await tx.query(insertDocs(lengths), [JSON.stringify(rows)]);
}

/** Replaces the articles' rows of `search_names` (src/search/learned-aliases.ts), in one statement each way. */
export async function writeLearnedNames(tx: PoolClient, items: { id: number; article: Pick<Article, 'title' | 'body' | 'captions'> }[]): Promise<void> {
  const rows = items.flatMap(({ id, article: a }) => learnedNameRows(a.title, bodyText(a)).map((r) => ({ id, ...r })));
  await tx.query('DELETE FROM search_names WHERE article_id = ANY ($1::bigint[])', [items.map((i) => i.id)]);
  if (!rows.length) return;
  await tx.query(
    `INSERT INTO search_names (article_id, key, name)
     SELECT r.id, r.key, r.name FROM jsonb_to_recordset($1::jsonb) AS r (id bigint, key text, name text) ON CONFLICT DO NOTHING`,
    [JSON.stringify(rows)],
  );
}

/**
 * Indexes one article under its id (replacing what was there), inside the caller's transaction: its text, and
 * its date and source for filters and facets.
 */
export async function indexArticle(
  tx: PoolClient,
  id: number,
  a: Pick<Article, 'title' | 'body' | 'captions' | 'section'>,
  date: string | null,
  source: string,
): Promise<void> {
  await indexArticles(tx, [{ id, article: a, date, source }]);
}

/**
 * Adds tags and entities of many articles that have none yet, in one statement. A tag repeated in one article
 * is one row with the best score; an entity repeated (same name and type) one row with the mentions summed.
 */
const INSERT_FACTS = `
  WITH r AS (
    SELECT * FROM jsonb_to_recordset($1::jsonb) AS r (id bigint, tags jsonb, entities jsonb)
  ), tags AS (
    INSERT INTO article_tags (article_id, tag, score)
    SELECT r.id, t.tag, max(t.score) FROM r, jsonb_to_recordset(r.tags) AS t (tag text, score real) GROUP BY 1, 2
  )
  INSERT INTO article_entities (article_id, name, type, mentions)
  SELECT r.id, e.name, e.type, sum(e.count) FROM r, jsonb_to_recordset(r.entities) AS e (name text, type text, count integer)
   GROUP BY 1, 2, 3`;

/**
 * Stores the facts of articles that have none yet (new articles, before indexArticles copies them into the
 * index), in one statement.
 */
export async function insertArticleFacts(tx: PoolClient, items: { id: number; facts: ArticleFacts }[]): Promise<void> {
  const rows = items.filter(({ facts }) => facts.tags?.length || facts.entities?.length);
  if (!rows.length) return;
  await tx.query(INSERT_FACTS, [JSON.stringify(rows.map(({ id, facts }) => ({ id, tags: facts.tags ?? null, entities: facts.entities ?? null })))]);
}

/** Replaces the article's tags and/or entities with those given (a kind not given is left as it is), inside the caller's transaction. */
export async function setArticleFactsInTx(tx: PoolClient, id: number, facts: ArticleFacts): Promise<void> {
  if (facts.tags) await tx.query('DELETE FROM article_tags WHERE article_id = $1', [id]);
  if (facts.entities) await tx.query('DELETE FROM article_entities WHERE article_id = $1', [id]);
  await insertArticleFacts(tx, [{ id, facts }]);
  await tx.query(
    `WITH f AS (SELECT ${FACT_ARRAYS('$1')}),
          docs AS (UPDATE search_docs d SET tags = f.tags, entities = f.entities FROM f WHERE d.id = $1)
     UPDATE search_vectors v SET tags = f.tags, entities = f.entities FROM f WHERE v.id = $1`,
    [id],
  );
}

import type { PoolClient } from 'pg';
import { indexArticles, sampleBucketSql, writeLearnedNames } from './search-index.js';
import { issueCredit } from '../credit.js';

/**
 * The archive index on PostgreSQL, the twin of the SQLite one (../sqlite/search-index.ts). `search_vectors` holds
 * per article what matching and ranking read: the tsvector of the segmented title (weight A) and body (weight D)
 * under a GIN index, with the date (and its day number, for the recency boost), section and source beside it so
 * that a search reads no other table until its page, and the article's tag and entity names (copies of
 * `article_tags` and `article_entities`, kept by ./search-index.ts) for facets. `search_docs` holds the same small
 * columns alone, for searches by filters only, which would otherwise scan the large vectors. `search_text` keeps the segmented text
 * for ts_headline. Tags and entities are ordinary tables: filters on them are joins.
 *
 * Ranking reads the tsvector of every hit, so it is kept compressed in the row (STORAGE MAIN, rows up to a page)
 * rather than in the TOAST table, and with lz4 where the server has it (PostgreSQL ≥ 14 built with lz4), else the
 * default pglz: fetching and inflating the vectors of 7,000 hits went from 89 ms to 12 ms (20k articles).
 */
const SEARCH_SCHEMA = `
  CREATE TABLE search_docs (
    id       bigint PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    date     text,
    day      integer,
    section  text,
    source   text   NOT NULL,
    tags     text[] NOT NULL,
    entities text[] NOT NULL
  );
  CREATE INDEX search_docs_by_date ON search_docs (date);
  CREATE INDEX search_docs_by_day ON search_docs (day);
  CREATE TABLE search_vectors (
    LIKE search_docs,
    tsv tsvector NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY (id) REFERENCES articles (id) ON DELETE CASCADE
  ) WITH (toast_tuple_target = 8160);
  ALTER TABLE search_vectors ALTER COLUMN tsv SET STORAGE MAIN;
  DO $$ BEGIN
    ALTER TABLE search_vectors ALTER COLUMN tsv SET COMPRESSION lz4;
  EXCEPTION WHEN feature_not_supported OR syntax_error THEN NULL;
  END $$;
  CREATE INDEX search_vectors_tsv ON search_vectors USING gin (tsv);
  CREATE TABLE search_text (
    id    bigint PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    title text NOT NULL,
    body  text NOT NULL
  );
  CREATE TABLE article_tags (
    article_id bigint NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    tag        text   NOT NULL,
    score      real   NOT NULL,
    PRIMARY KEY (article_id, tag)
  );
  CREATE INDEX article_tags_by_tag ON article_tags (tag, article_id);
  CREATE TABLE article_entities (
    article_id bigint  NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    name       text    NOT NULL,
    type       text    NOT NULL,
    mentions   integer NOT NULL,
    PRIMARY KEY (article_id, name, type)
  );
  CREATE INDEX article_entities_by_name ON article_entities (name, article_id);
`;

/** Articles indexed per statement when backfilling. */
const BACKFILL_PAGE = 500;

/** Schema step: the index tables, then every bulletin article already stored indexed with the jieba segmenter. */
export async function searchMigration(tx: PoolClient): Promise<void> {
  await tx.query(SEARCH_SCHEMA);
  type Row = { id: number; title: string; body: string; captions: string; section: string | null; date: string | null; source: string };
  for (let after = 0; ; ) {
    const { rows } = await tx.query<Row>(
      `SELECT a.id, a.title, a.body, a.captions, a.section, i.issue_date AS date, coalesce(i.publication, f.path) AS source
         FROM articles a JOIN issues i ON i.id = a.issue_id JOIN source_files f ON f.id = i.source_file_id
        WHERE a.id > $1 ORDER BY a.id LIMIT ${BACKFILL_PAGE}`,
      [after],
    );
    if (!rows.length) return;
    await indexArticles(tx, rows.map((r) => ({ id: r.id, article: { ...r, captions: JSON.parse(r.captions) as string[] }, date: r.date, source: r.source })), false, false);
    after = rows[rows.length - 1].id;
  }
}

/**
 * Schema step: every indexed article indexed again, its tsvector now with the character grams beside the words
 * (src/search/grams.ts), so a query finds the characters it holds however the text was segmented.
 */
export async function gramsMigration(tx: PoolClient): Promise<void> {
  await indexEveryArticle(tx, false);
}

/**
 * Schema step: every indexed article indexed again, with its token counts, after the grams' rules changed (Latin
 * names cut from their versions, so HBM finds HBM3E).
 */
export async function regramMigration(tx: PoolClient): Promise<void> {
  await indexEveryArticle(tx, true);
}

/**
 * Schema step: the names each article prints beside another in brackets (src/search/learned-aliases.ts), under the
 * key of that other name, so a search looks up the names it was given; filled for every indexed article.
 */
export async function learnedNamesMigration(tx: PoolClient): Promise<void> {
  await tx.query(`
    CREATE TABLE search_names (
      article_id bigint NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
      key        text   NOT NULL,
      name       text   NOT NULL,
      PRIMARY KEY (article_id, key, name)
    );
    CREATE INDEX search_names_by_key ON search_names (key, name);`);
  for (let after = 0; ; ) {
    const { rows } = await tx.query<{ id: number; title: string; body: string; captions: string }>(
      `SELECT a.id, a.title, a.body, a.captions FROM search_docs d JOIN articles a ON a.id = d.id WHERE d.id > $1 ORDER BY d.id LIMIT ${BACKFILL_PAGE}`,
      [after],
    );
    if (!rows.length) return;
    await writeLearnedNames(tx, rows.map((r) => ({ id: r.id, article: { ...r, captions: JSON.parse(r.captions) as string[] } })));
    after = rows[rows.length - 1].id;
  }
}

/** Schema step: an issue without a publication credited to its file's name in search and the inbox, no longer its path on the server. */
export async function creditFileNames(tx: PoolClient): Promise<void> {
  const { rows } = await tx.query<{ id: number; path: string }>(
    'SELECT i.id, f.path FROM issues i JOIN source_files f ON f.id = i.source_file_id WHERE i.publication IS NULL',
  );
  for (const i of rows) {
    const credit = issueCredit(null, i.path);
    for (const table of ['search_docs', 'search_vectors']) {
      await tx.query(`UPDATE ${table} SET source = $1 WHERE id IN (SELECT id FROM articles WHERE issue_id = $2)`, [credit, i.id]);
    }
  }
}

/** Schema step: a web article credited in search and the inbox to the name its source was given, no longer its site's host. */
export async function creditSourceNames(tx: PoolClient): Promise<void> {
  for (const table of ['search_docs', 'search_vectors']) {
    await tx.query(
      `UPDATE ${table} d SET source = s.name FROM articles a JOIN sources s ON s.id = a.source_id
        WHERE a.id = d.id AND a.issue_id IS NULL AND s.name IS NOT NULL`,
    );
  }
}

/** Indexes every indexed article again with the code of today; `lengths` as indexArticles takes it. */
async function indexEveryArticle(tx: PoolClient, lengths: boolean): Promise<void> {
  type Row = { id: number; title: string; body: string; captions: string; section: string | null; date: string | null; source: string };
  for (let after = 0; ; ) {
    const { rows } = await tx.query<Row>(
      `SELECT a.id, a.title, a.body, a.captions, a.section, d.date, d.source
         FROM search_docs d JOIN articles a ON a.id = d.id WHERE d.id > $1 ORDER BY d.id LIMIT ${BACKFILL_PAGE}`,
      [after],
    );
    if (!rows.length) return;
    await indexArticles(tx, rows.map((r) => ({ id: r.id, article: { ...r, captions: JSON.parse(r.captions) as string[] }, date: r.date, source: r.source })), lengths, false);
    after = rows[rows.length - 1].id;
  }
}

/**
 * Schema step: beside each article's vector, the title's part of it (its lexemes at weight A, words and grams), a
 * few dozen lexemes read instead of the whole vector to rank every hit cheaply first (./search-queries.ts). Generated
 * by the server (PostgreSQL ≥ 12, as the search's MATERIALIZED already needs), so the indexing code is unchanged.
 */
export const TITLE_VECTOR_STEP = `
  ALTER TABLE search_vectors ADD COLUMN title_tsv tsvector GENERATED ALWAYS AS (ts_filter(tsv, '{a}')) STORED;
`;

/**
 * Schema step for archives of a million articles (./search-queries.ts). The vector moves out of the row again (the
 * default storage and TOAST threshold): at that size a search cannot read the vector of every hit anyway, and rows of
 * a few hundred bytes let the GIN bitmap's hits, their dates and facet columns be read from a heap a tenth the size.
 * Rows written earlier keep their place until rewritten; the bucket update below rewrites every row, so they move.
 * Each vector gets its article's sample bucket lexeme (sampleLexeme in ./search-index.ts), and the title vector a
 * GIN index of its own, for the newest hits holding the terms in their title; the date a B-tree, so a date filter
 * narrows the hits before their vectors are read for a phrase's recheck (from:2020 with an excluded phrase at 564k articles: 3 s → 10 ms).
 */
export const SAMPLE_STEP = `
  ALTER TABLE search_vectors ALTER COLUMN tsv SET STORAGE EXTENDED;
  ALTER TABLE search_vectors RESET (toast_tuple_target);
  UPDATE search_vectors SET tsv = tsv || format('''#s%s''', ${sampleBucketSql('id')})::tsvector;
  CREATE INDEX search_vectors_title ON search_vectors USING gin (title_tsv);
  CREATE INDEX search_vectors_by_date ON search_vectors (date);
`;

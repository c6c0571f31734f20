import type { Database, Statement } from 'better-sqlite3';
import { gramsForIndex } from '../../search/grams.js';
import { bodyText, indexText, type PreparedIndexText } from '../../search/index-text.js';
import { learnedNameRows } from '../../search/learned-aliases.js';
import type { ArticleFacts } from '../../search/types.js';
import type { Article } from '../../types.js';
import type { SqliteGate } from './gate.js';
import { issueCredit } from '../credit.js';

/**
 * The SQLite side of the archive index (schema step 2). `article_fts` is a plain FTS5 table keyed by article id
 * holding the segmented title and body (tokens split by U+200B, see src/search/segment.ts), so snippet() and
 * highlight() work on it; `unicode61` only has to split on the separators. `search_docs` holds, per article,
 * what filters, ranking and facets read (date, section, source) in small dense rows, so a search with many
 * matches does not visit the large article rows. Tags and entities are ordinary tables: filters and facets
 * on them are joins. A PostgreSQL backend mirrors this with a tsvector column over
 * the same segmented text ('simple' configuration, GIN index) and the same two tables.
 */
export const SEARCH_SCHEMA = `
  CREATE VIRTUAL TABLE article_fts USING fts5(title, body, tokenize = 'unicode61 remove_diacritics 2');
  CREATE TABLE search_docs (
    id      INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    date    TEXT,
    section TEXT,
    source  TEXT NOT NULL
  );
  CREATE INDEX search_docs_by_date ON search_docs (date);
  CREATE TABLE article_tags (
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    tag        TEXT    NOT NULL,
    score      REAL    NOT NULL,
    PRIMARY KEY (article_id, tag)
  ) WITHOUT ROWID;
  CREATE INDEX article_tags_by_tag ON article_tags (tag, article_id);
  CREATE TABLE article_entities (
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    name       TEXT    NOT NULL,
    type       TEXT    NOT NULL,
    mentions   INTEGER NOT NULL,
    PRIMARY KEY (article_id, name, type)
  ) WITHOUT ROWID;
  CREATE INDEX article_entities_by_name ON article_entities (name, article_id);
  CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    DELETE FROM article_fts WHERE rowid = old.id;
  END;
`;

/**
 * Schema step: the character-bigram stream (src/search/grams.ts) beside the words, in a contentless FTS5 table:
 * it is only matched and scored, never shown, so it keeps no copy of its text; `ascii` splits on the spaces
 * between grams without unicode61's per-character work. contentless_delete lets a row be replaced or deleted.
 */
const GRAMS_SCHEMA = `
  CREATE VIRTUAL TABLE article_grams USING fts5(title, body, content = '', contentless_delete = 1, tokenize = 'ascii');
  CREATE TRIGGER articles_grams_delete AFTER DELETE ON articles BEGIN
    DELETE FROM article_grams WHERE rowid = old.id;
  END;
`;

/**
 * Schema step: the names each article prints beside another in brackets (src/search/learned-aliases.ts), under the
 * key of that other name, so a search looks up the names it was given.
 */
const LEARNED_NAMES_SCHEMA = `
  CREATE TABLE search_names (
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    key        TEXT    NOT NULL,
    name       TEXT    NOT NULL,
    PRIMARY KEY (article_id, key, name)
  ) WITHOUT ROWID;
  CREATE INDEX search_names_by_key ON search_names (key, name);
`;

/** An article to index: its id, text and section (and maybe its index text made ahead), its date and source for filters and facets. */
export interface IndexedArticle {
  id: number;
  article: Pick<Article, 'title' | 'body' | 'captions' | 'section'> & PreparedIndexText;
  date: string | null;
  source: string;
}

/** Prepared writes of the index; use inside the transaction that writes the article. */
export class SearchIndexWriter {
  private readonly insertFts: Statement;
  private readonly insertGrams: Statement | null;
  private readonly insertDoc: Statement;
  private readonly deleteTags: Statement;
  private readonly deleteEntities: Statement;
  private readonly insertTag: Statement;
  private readonly insertEntity: Statement;
  private readonly stillThere: Statement<[string], { id: number }>;
  private readonly names: LearnedNameWriter | null;
  /** Text waiting for the commit of transaction `pendingIn`; see index. */
  private pending: IndexedArticle[] = [];
  private pendingIn: object | null = null;

  /**
   * `grams` false: for the schema step that made the word index, before the gram and learned-name tables existed.
   * Without a gate (schema steps), text is written at once.
   */
  constructor(
    db: Database,
    grams = true,
    private readonly gate?: SqliteGate,
  ) {
    this.names = grams ? new LearnedNameWriter(db) : null;
    this.insertFts = db.prepare('INSERT OR REPLACE INTO article_fts (rowid, title, body) VALUES (?, ?, ?)');
    this.insertGrams = grams ? db.prepare('INSERT OR REPLACE INTO article_grams (rowid, title, body) VALUES (?, ?, ?)') : null;
    this.insertDoc = db.prepare('INSERT OR REPLACE INTO search_docs (id, date, section, source) VALUES (?, ?, ?, ?)');
    this.stillThere = db.prepare('SELECT id FROM search_docs WHERE id IN (SELECT value FROM json_each(?))');
    this.deleteTags = db.prepare('DELETE FROM article_tags WHERE article_id = ?');
    this.deleteEntities = db.prepare('DELETE FROM article_entities WHERE article_id = ?');
    // A repeated tag or entity in one article is one row: the best score, the summed mentions.
    this.insertTag = db.prepare(
      `INSERT INTO article_tags (article_id, tag, score) VALUES (?, ?, ?)
       ON CONFLICT DO UPDATE SET score = max(score, excluded.score)`,
    );
    this.insertEntity = db.prepare(
      `INSERT INTO article_entities (article_id, name, type, mentions) VALUES (?, ?, ?, ?)
       ON CONFLICT DO UPDATE SET mentions = mentions + excluded.mentions`,
    );
  }

  /**
   * Indexes articles under their ids (replacing what was there): their text, and their date (the issue's) and
   * source (the publication, else the file's name: issueCredit) for filters and facets. The text is written just before the
   * transaction commits: FTS5 writes its pending terms out as a new segment whenever a later statement opens a
   * statement journal (every insert with a foreign key or an upsert does), so text written last goes out once,
   * as one segment per transaction instead of one per article, with that much less merging after; a bulk load
   * importing several issues in one transaction (bench gen) thus writes one segment for all of them. A search
   * inside the transaction does not see the text yet.
   */
  index(articles: IndexedArticle[]): void {
    for (const { id, article, date, source } of articles) this.insertDoc.run(id, date, article.section, source);
    const tx = this.gate?.current();
    if (!tx) {
      this.write(articles);
      return;
    }
    if (this.pendingIn !== tx) {
      // Rows left by a transaction that rolled back are dropped with it.
      this.pending = [];
      this.pendingIn = tx;
      this.gate?.beforeCommit(() => this.flush());
    }
    this.pending.push(...articles);
  }

  /** The transaction's waiting text, but for articles it has deleted since (their search_docs row went with them). */
  private flush(): void {
    const ids = new Set(this.stillThere.all(JSON.stringify(this.pending.map((a) => a.id))).map((r) => r.id));
    const articles = this.pending.filter((a) => ids.has(a.id));
    this.pending = [];
    this.pendingIn = null;
    this.write(articles);
  }

  /** Writes the articles' learned names and their text to both streams. */
  private write(articles: IndexedArticle[]): void {
    // Before the text: a write with a foreign key makes FTS5 write out its pending terms.
    for (const { id, article } of articles) this.names?.write(id, article.title, bodyText(article));
    const texts = articles.map(({ article }) => article.indexText ?? indexText(article));
    for (let i = 0; i < articles.length; i++) this.insertFts.run(articles[i].id, texts[i].title, texts[i].body);
    // Apart, after the words: a statement on one FTS5 table makes the other write out its pending terms, so
    // interleaved inserts would write a segment per article to both.
    if (this.insertGrams) {
      for (let i = 0; i < articles.length; i++) this.insertGrams.run(articles[i].id, texts[i].titleGrams, texts[i].bodyGrams);
    }
  }

  /** Replaces the article's tags and/or entities with those given (a kind not given is left as it is). */
  setFacts(id: number, facts: ArticleFacts): void {
    if (facts.tags) {
      this.deleteTags.run(id);
      for (const t of facts.tags) this.insertTag.run(id, t.tag, t.score);
    }
    if (facts.entities) {
      this.deleteEntities.run(id);
      for (const e of facts.entities) this.insertEntity.run(id, e.name, e.type, e.count);
    }
  }
}

/** Replaces an article's rows of `search_names`. */
export class LearnedNameWriter {
  private readonly remove: Statement;
  private readonly insert: Statement;

  constructor(db: Database) {
    this.remove = db.prepare('DELETE FROM search_names WHERE article_id = ?');
    this.insert = db.prepare('INSERT OR IGNORE INTO search_names (article_id, key, name) VALUES (?, ?, ?)');
  }

  write(id: number, title: string, body: string): void {
    this.remove.run(id);
    for (const r of learnedNameRows(title, body)) this.insert.run(id, r.key, r.name);
  }
}

/** Schema step: the learned-name table, and the names of every stored article. */
export function addLearnedNames(db: Database): void {
  db.exec(LEARNED_NAMES_SCHEMA);
  const names = new LearnedNameWriter(db);
  type Row = { id: number; title: string; body: string; captions: string };
  const page = db.prepare<[number], Row>('SELECT id, title, body, captions FROM articles WHERE id > ? ORDER BY id LIMIT 500');
  for (let rows = page.all(0); rows.length; rows = page.all(rows[rows.length - 1].id)) {
    for (const r of rows) names.write(r.id, r.title, bodyText({ body: r.body, captions: JSON.parse(r.captions) as string[] }));
  }
}

/** Indexes every stored article (schema step on a store made before search existed), web articles included. */
export function backfillSearchIndex(db: Database): void {
  const writer = new SearchIndexWriter(db, false);
  type Row = { id: number; title: string; body: string; captions: string; section: string | null; date: string | null; source: string | null; url: string | null };
  const page = db.prepare<[number], Row>(
    `SELECT a.id, a.title, a.body, a.captions, a.section,
            coalesce(i.issue_date, substr(coalesce(a.published_at, a.fetched_at), 1, 10)) AS date,
            coalesce(i.publication, f.path) AS source, coalesce(a.canonical_url, a.url) AS url
       FROM articles a LEFT JOIN issues i ON i.id = a.issue_id LEFT JOIN source_files f ON f.id = i.source_file_id
      WHERE a.id > ? ORDER BY a.id LIMIT 500`,
  );
  // Pages, not one cursor: better-sqlite3 cannot write while a read statement is still iterating.
  for (let rows = page.all(0); rows.length; rows = page.all(rows[rows.length - 1].id)) {
    writer.index(
      rows.map((r) => ({
        id: r.id,
        article: { ...r, captions: JSON.parse(r.captions) as string[] },
        date: r.date,
        source: r.source ?? (r.url ? new URL(r.url).host : ''),
      })),
    );
  }
}

/** Schema step: an issue without a publication credited to its file's name in search and the inbox, no longer its path on the server. */
export function creditFileNames(db: Database): void {
  const issues = db
    .prepare<[], { id: number; path: string }>('SELECT i.id, f.path FROM issues i JOIN source_files f ON f.id = i.source_file_id WHERE i.publication IS NULL')
    .all();
  const credit = db.prepare('UPDATE search_docs SET source = ? WHERE id IN (SELECT id FROM articles WHERE issue_id = ?)');
  for (const i of issues) credit.run(issueCredit(null, i.path), i.id);
}

/** Schema step: a web article credited in search and the inbox to the name its source was given, no longer its site's host. */
export function creditSourceNames(db: Database): void {
  db.exec(`UPDATE search_docs SET source = (SELECT s.name FROM articles a JOIN sources s ON s.id = a.source_id WHERE a.id = search_docs.id)
            WHERE id IN (SELECT a.id FROM articles a JOIN sources s ON s.id = a.source_id WHERE a.issue_id IS NULL AND s.name IS NOT NULL)`);
}

/** Schema step: the gram table written again with the grams of today's rules (a Latin name cut from its version: HBM3E → hbm 3e). */
export function rebuildGramIndex(db: Database): void {
  db.exec('DROP TRIGGER articles_grams_delete; DROP TABLE article_grams;');
  addGramIndex(db);
}

/** Schema step: the gram table, and the grams of every stored article (no segmenter needed: fast). */
export function addGramIndex(db: Database): void {
  db.exec(GRAMS_SCHEMA);
  const insert = db.prepare('INSERT INTO article_grams (rowid, title, body) VALUES (?, ?, ?)');
  type Row = { id: number; title: string; body: string; captions: string };
  const page = db.prepare<[number], Row>('SELECT id, title, body, captions FROM articles WHERE id > ? ORDER BY id LIMIT 500');
  for (let rows = page.all(0); rows.length; rows = page.all(rows[rows.length - 1].id)) {
    for (const r of rows) insert.run(r.id, gramsForIndex(r.title), gramsForIndex(bodyText({ body: r.body, captions: JSON.parse(r.captions) as string[] })));
  }
}

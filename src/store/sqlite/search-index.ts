import type { Database, Statement } from 'better-sqlite3';
import type { ArticleFacts } from '../../search/types.js';
import { sharedSegmenter } from '../../search/segment.js';
import type { Article } from '../../types.js';

/**
 * The SQLite side of the archive index (schema step 2). `article_fts` is a plain FTS5 table keyed by article id
 * holding the segmented title and body (tokens split by U+200B, see src/search/segment.ts), so snippet() and
 * highlight() work on it; `unicode61` only has to split on the separators. Tags and entities are ordinary
 * tables so filters, facets and trends are joins. A PostgreSQL backend mirrors this with a tsvector column over
 * the same segmented text ('simple' configuration, GIN index) and the same two tables.
 */
export const SEARCH_SCHEMA = `
  CREATE VIRTUAL TABLE article_fts USING fts5(title, body, tokenize = 'unicode61 remove_diacritics 2');
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

/** The text of an article the index holds: title apart (weighted), body with its captions. */
export function indexedText(a: Pick<Article, 'title' | 'body' | 'captions'>): { title: string; body: string } {
  const seg = sharedSegmenter();
  return { title: seg.segmentForIndex(a.title), body: seg.segmentForIndex([a.body, ...a.captions].join('\n\n')) };
}

/** Prepared writes of the index; use inside the transaction that writes the article. */
export class SearchIndexWriter {
  private readonly insertFts: Statement;
  private readonly deleteTags: Statement;
  private readonly deleteEntities: Statement;
  private readonly insertTag: Statement;
  private readonly insertEntity: Statement;

  constructor(db: Database) {
    this.insertFts = db.prepare('INSERT OR REPLACE INTO article_fts (rowid, title, body) VALUES (?, ?, ?)');
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

  /** Indexes an article's text under its id (replacing what was there). */
  indexText(id: number, a: Pick<Article, 'title' | 'body' | 'captions'>): void {
    const { title, body } = indexedText(a);
    this.insertFts.run(id, title, body);
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

/** Indexes every stored article (schema step 2 on a store made before search existed). */
export function backfillSearchIndex(db: Database): void {
  const writer = new SearchIndexWriter(db);
  const page = db.prepare<[number], { id: number; title: string; body: string; captions: string }>(
    'SELECT id, title, body, captions FROM articles WHERE id > ? ORDER BY id LIMIT 500',
  );
  // Pages, not one cursor: better-sqlite3 cannot write while a read statement is still iterating.
  for (let rows = page.all(0); rows.length; rows = page.all(rows[rows.length - 1].id)) {
    for (const r of rows) {
      writer.indexText(r.id, { title: r.title, body: r.body, captions: JSON.parse(r.captions) as string[] });
    }
  }
}

import type { Database } from 'better-sqlite3';

/** The tables a search snapshot (search columns, phrase postings) is read from. */
const SEARCHED = ['search_docs', 'article_tags', 'article_entities'];

/**
 * Schema step: a counter moved by every change to the searched tables (a cascade from a removed article too),
 * in the writer's transaction. The FTS tables change only with search_docs (SearchIndexWriter.index, the
 * article delete triggers), so they need none. A search snapshot is read again only when the counter moved,
 * not after every write to the file: a login, a triage or the inbox's seen-mark, in any process, left it stale.
 */
export const SEARCH_GENERATION_SCHEMA = `
  CREATE TABLE search_generation (n INTEGER NOT NULL);
  INSERT INTO search_generation (n) VALUES (0);
  ${SEARCHED.flatMap((table) => ['INSERT', 'UPDATE', 'DELETE'].map((event) => `
  CREATE TRIGGER ${table}_${event.toLowerCase()}_generation AFTER ${event} ON ${table} BEGIN
    UPDATE search_generation SET n = n + 1;
  END;`)).join('')}
`;

/** The counter's value now (read before the snapshot it labels, so a snapshot is never newer than its label). */
export function searchGeneration(db: Database): number {
  return (db.prepare('SELECT n FROM search_generation').get() as { n: number }).n;
}

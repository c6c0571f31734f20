/**
 * Schema step for web sources: the `sources` table, and web provenance on `articles` so fetched pages are
 * articles like any bulletin's. `articles.issue_id` becomes nullable, which SQLite can only do by rebuilding the
 * table: create the new shape, copy every row keeping its id, drop the old table, rename, recreate the indexes.
 * All in this one step (one transaction), so a store is never left half rebuilt.
 */
export const SOURCES_MIGRATION = `
  CREATE TABLE sources (
    id              INTEGER PRIMARY KEY,
    url             TEXT    NOT NULL UNIQUE,
    name            TEXT,
    section         TEXT,
    every_seconds   INTEGER NOT NULL CHECK (every_seconds > 0),
    kind            TEXT    CHECK (kind IN ('feed', 'listing')),
    etag            TEXT,
    last_modified   TEXT,
    seen            TEXT    NOT NULL DEFAULT '[]' CHECK (json_valid(seen)),
    added_at        TEXT    NOT NULL,
    last_fetched_at TEXT,
    last_status     TEXT    CHECK (last_status IN ('ok', 'unchanged', 'failed')),
    last_error      TEXT,
    failures        INTEGER NOT NULL DEFAULT 0
  );
  CREATE TABLE articles_rebuilt (
    id               INTEGER PRIMARY KEY,
    issue_id         INTEGER REFERENCES issues (id) ON DELETE CASCADE,
    ordinal          INTEGER NOT NULL,
    section          TEXT,
    title            TEXT    NOT NULL,
    title_as_printed TEXT,
    byline           TEXT,
    subheads         TEXT    NOT NULL CHECK (json_valid(subheads)),
    body             TEXT    NOT NULL,
    captions         TEXT    NOT NULL CHECK (json_valid(captions)),
    page             INTEGER,
    line_start       INTEGER NOT NULL,
    line_end         INTEGER NOT NULL,
    content_hash     TEXT    NOT NULL,
    source_id        INTEGER REFERENCES sources (id) ON DELETE SET NULL,
    url              TEXT,
    canonical_url    TEXT,
    dedup_key        TEXT    UNIQUE,
    published_at     TEXT,
    fetched_at       TEXT,
    author           TEXT,
    UNIQUE (issue_id, ordinal),
    -- Every article comes from an issue or from the web (then it has a dedup key).
    CHECK (issue_id IS NOT NULL OR dedup_key IS NOT NULL)
  );
  INSERT INTO articles_rebuilt (id, issue_id, ordinal, section, title, title_as_printed, byline, subheads, body,
                                captions, page, line_start, line_end, content_hash)
    SELECT id, issue_id, ordinal, section, title, title_as_printed, byline, subheads, body,
           captions, page, line_start, line_end, content_hash
      FROM articles;
  DROP TABLE articles;
  ALTER TABLE articles_rebuilt RENAME TO articles;
  CREATE INDEX articles_by_content_hash ON articles (content_hash);
  CREATE INDEX articles_by_source ON articles (source_id, fetched_at);
`;

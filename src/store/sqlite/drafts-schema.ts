/**
 * Migration step for composed issues: drafts, their entries in print order, the edit log, and editions (client
 * profiles). An entry keeps a snapshot of what it prints, so a draft reads the same however articles change.
 */
export const DRAFTS_SCHEMA = `
  CREATE TABLE issue_drafts (
    id           INTEGER PRIMARY KEY,
    publication  TEXT    NOT NULL,
    number       INTEGER NOT NULL,
    edition      TEXT,
    period_from  TEXT    NOT NULL,
    period_to    TEXT    NOT NULL,
    created_at   TEXT    NOT NULL,
    cover_line   TEXT,
    copyright    TEXT    NOT NULL,
    highlights   TEXT    NOT NULL CHECK (json_valid(highlights)),
    sections     TEXT    NOT NULL CHECK (json_valid(sections)),
    trends       TEXT    NOT NULL CHECK (json_valid(trends))
  );
  CREATE TABLE issue_entries (
    draft_id    INTEGER NOT NULL REFERENCES issue_drafts (id) ON DELETE CASCADE,
    ordinal     INTEGER NOT NULL,
    section     TEXT    NOT NULL,
    article_id  INTEGER NOT NULL REFERENCES articles (id),
    entry       TEXT    NOT NULL CHECK (json_valid(entry)),
    PRIMARY KEY (draft_id, ordinal)
  );
  CREATE TABLE issue_changes (
    id        INTEGER PRIMARY KEY,
    draft_id  INTEGER NOT NULL REFERENCES issue_drafts (id) ON DELETE CASCADE,
    at        TEXT    NOT NULL,
    who       TEXT    NOT NULL,
    what      TEXT    NOT NULL,
    detail    TEXT    NOT NULL
  );
  CREATE INDEX issue_changes_by_draft ON issue_changes (draft_id, id);
  CREATE TABLE editions (
    name        TEXT PRIMARY KEY,
    tags        TEXT NOT NULL CHECK (json_valid(tags)),
    entities    TEXT NOT NULL CHECK (json_valid(entities)),
    regions     TEXT NOT NULL CHECK (json_valid(regions)),
    cover_line  TEXT,
    sections    TEXT NOT NULL CHECK (json_valid(sections))
  );
`;

/**
 * Migration step: each line of the edit log names the version it produced and what it touched (`entry:12:place`,
 * `cover`, `status`…), so a save from an older version is checked against what changed since (core
 * `bulletin-rebase.ts`). Lines written before have neither.
 */
export const CHANGE_TARGETS_SCHEMA = `
  ALTER TABLE issue_changes ADD COLUMN version INTEGER;
  ALTER TABLE issue_changes ADD COLUMN touched TEXT CHECK (touched IS NULL OR json_valid(touched));
`;

/**
 * Schema step for composed issues, as the embedded store has it (../sqlite/drafts-schema.ts): drafts, their
 * entries in print order, the edit log, and editions (client profiles). An entry keeps a snapshot of what it
 * prints (json, kept as written), so a draft reads the same however articles change. Times are the ISO text
 * the caller gave.
 */
export const DRAFTS_SCHEMA = `
  CREATE TABLE issue_drafts (
    id          bigint  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    publication text    NOT NULL,
    number      integer NOT NULL,
    edition     text,
    period_from text    NOT NULL,
    period_to   text    NOT NULL,
    created_at  text    NOT NULL,
    cover_line  text,
    copyright   text    NOT NULL,
    highlights  jsonb   NOT NULL CHECK (jsonb_typeof(highlights) = 'array'),
    sections    jsonb   NOT NULL CHECK (jsonb_typeof(sections) = 'array'),
    trends      json    NOT NULL CHECK (json_typeof(trends) = 'array')
  );
  CREATE TABLE issue_entries (
    draft_id   bigint  NOT NULL REFERENCES issue_drafts (id) ON DELETE CASCADE,
    ordinal    integer NOT NULL,
    section    text    NOT NULL,
    article_id bigint  NOT NULL REFERENCES articles (id),
    entry      json    NOT NULL,
    PRIMARY KEY (draft_id, ordinal)
  );
  CREATE TABLE issue_changes (
    id       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    draft_id bigint NOT NULL REFERENCES issue_drafts (id) ON DELETE CASCADE,
    at       text   NOT NULL,
    who      text   NOT NULL,
    what     text   NOT NULL,
    detail   text   NOT NULL
  );
  CREATE INDEX issue_changes_by_draft ON issue_changes (draft_id, id);
  CREATE TABLE editions (
    name       text  PRIMARY KEY,
    tags       jsonb NOT NULL CHECK (jsonb_typeof(tags) = 'array'),
    entities   jsonb NOT NULL CHECK (jsonb_typeof(entities) = 'array'),
    regions    jsonb NOT NULL CHECK (jsonb_typeof(regions) = 'array'),
    cover_line text,
    sections   jsonb NOT NULL CHECK (jsonb_typeof(sections) = 'array')
  );
`;

/**
 * Migration step: each line of the edit log names the version it produced and what it touched (`entry:12:place`,
 * `cover`, `status`…), so a save from an older version is checked against what changed since (core
 * `bulletin-rebase.ts`). Lines written before have neither.
 */
export const CHANGE_TARGETS_SCHEMA = `
  ALTER TABLE issue_changes ADD COLUMN version integer, ADD COLUMN touched jsonb;
`;

/**
 * Schema step for web sources: the `sources` table, and web provenance on `articles` so fetched pages are
 * articles like any bulletin's (`issue_id` becomes nullable; the dedup key is unique, which lets concurrent
 * fetchers insert with ON CONFLICT). Times the caller gives (fetched, published, last polled) are kept as the
 * ISO 8601 text it gave, as the embedded store keeps them (../sqlite/sources-migration.ts).
 */
export const SOURCES_SCHEMA = `
  CREATE TABLE sources (
    id              bigint  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    url             text    NOT NULL UNIQUE,
    name            text,
    section         text,
    every_seconds   integer NOT NULL CHECK (every_seconds > 0),
    kind            text    CHECK (kind IN ('feed', 'listing')),
    etag            text,
    last_modified   text,
    seen            jsonb   NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(seen) = 'array'),
    added_at        timestamptz NOT NULL DEFAULT now(),
    last_fetched_at text,
    last_status     text    CHECK (last_status IN ('ok', 'unchanged', 'failed')),
    last_error      text,
    failures        integer NOT NULL DEFAULT 0
  );
  ALTER TABLE articles
    ALTER COLUMN issue_id DROP NOT NULL,
    ADD COLUMN source_id     bigint REFERENCES sources (id) ON DELETE SET NULL,
    ADD COLUMN url           text,
    ADD COLUMN canonical_url text,
    ADD COLUMN dedup_key     text UNIQUE,
    ADD COLUMN published_at  text,
    ADD COLUMN fetched_at    text,
    ADD COLUMN author        text,
    -- Every article comes from an issue or from the web (then it has a dedup key).
    ADD CONSTRAINT articles_from_issue_or_web CHECK (issue_id IS NOT NULL OR dedup_key IS NOT NULL);
  CREATE INDEX articles_by_source ON articles (source_id, fetched_at);
`;

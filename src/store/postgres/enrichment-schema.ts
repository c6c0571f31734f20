/**
 * Schema step for understanding, as the embedded store has it (../sqlite/migrations.ts, step 3): each article's
 * enrichment with the terms it counted, document frequencies over them, fingerprints with their lookup keys,
 * same-event groups, and trained models. Enrichment and models are opaque to SQL and kept as written (json);
 * the lists SQL reads are jsonb.
 */
export const ENRICHMENT_SCHEMA = `
  CREATE TABLE article_enrichment (
    article_id bigint PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    data       json  NOT NULL,
    terms      jsonb NOT NULL CHECK (jsonb_typeof(terms) = 'array'),
    version    text  NOT NULL
  );
  CREATE TABLE doc_freq (
    term text    PRIMARY KEY,
    df   integer NOT NULL
  );
  CREATE TABLE article_fingerprints (
    article_id bigint PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    simhash    text  NOT NULL,
    keys       jsonb NOT NULL CHECK (jsonb_typeof(keys) = 'array')
  );
  CREATE TABLE fingerprint_lookup (
    key        text   NOT NULL,
    article_id bigint NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    PRIMARY KEY (key, article_id)
  );
  CREATE INDEX fingerprint_lookup_by_article ON fingerprint_lookup (article_id);
  CREATE TABLE event_groups (
    article_id bigint PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    group_id   bigint NOT NULL
  );
  CREATE INDEX event_groups_by_group ON event_groups (group_id);
  CREATE TABLE models (
    name     text PRIMARY KEY,
    data     json NOT NULL,
    saved_at timestamptz NOT NULL DEFAULT now()
  );
`;

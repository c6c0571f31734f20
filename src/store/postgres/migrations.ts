import type { Pool, PoolClient } from 'pg';
import type { OpenOptions } from '../types.js';
import { connect, inTransaction } from './connection.js';
import { CHANGE_TARGETS_SCHEMA, DRAFTS_SCHEMA } from './drafts-schema.js';
import { AUDIT_SCHEMA } from './audit.js';
import { SAVED_SEARCHES_SCHEMA } from './saved-searches.js';
import { ALERTS_SCHEMA, UNREAD_COUNT_INDEXES } from './alerts.js';
import { TRIAGE_SCHEMA } from './triage.js';
import { USERS_SCHEMA } from './users.js';
import { PUBLISHING_SCHEMA } from './publishing.js';
import { ARTICLE_EDITS_SCHEMA } from './articles.js';
import { SOURCES_PAUSE_SCHEMA } from './sources.js';
import { ENRICHMENT_SCHEMA } from './enrichment-schema.js';
import { creditFileNames, creditSourceNames, gramsMigration, learnedNamesMigration, regramMigration, SAMPLE_STEP, searchMigration, TITLE_VECTOR_STEP } from './search-schema.js';
import { SOURCES_SCHEMA } from './sources-schema.js';
import { LOGIN_FAILURES_SCHEMA } from './login-failures.js';
import { KEPT_FOR_UNDO_SCHEMA, REDO_SCHEMA } from './kept-for-undo.js';
import { notFound } from '../../core/errors.js';
import { bm25Migration } from './search-bm25.js';
import { DF_GENERATION_STEP } from './search-df.js';
import { STORED_ENTITY_NAMES_SCHEMA } from './stored-entity-names.js';
import { addLearnedNamesState } from './learned-names.js';

/** One schema step: SQL to run, or a function for steps that need code (segmenting text for the index). */
export type Migration = string | ((tx: PoolClient) => Promise<void>);

/**
 * The schema as an append-only list of steps; step i brings a database from version i to i+1, version n being
 * recorded as a row of `schema_migrations`. Never edit a released step: add one. The same logical schema as the
 * SQLite store (../sqlite/migrations.ts), in PostgreSQL's types: identity ids, jsonb lists, timestamptz.
 */
export const MIGRATIONS: readonly Migration[] = [
  `
  CREATE TABLE source_files (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    path        text   NOT NULL,
    sha256      text   NOT NULL UNIQUE,
    bytes       bigint NOT NULL,
    encoding    text   NOT NULL,
    kind        text   NOT NULL CHECK (kind IN ('text', 'pdf')),
    imported_at timestamptz NOT NULL DEFAULT now()
  );
  CREATE TABLE issues (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    source_file_id bigint NOT NULL UNIQUE REFERENCES source_files (id) ON DELETE CASCADE,
    publication    text,
    issue_date     text,
    sections       jsonb NOT NULL CHECK (jsonb_typeof(sections) = 'array'),
    warnings       jsonb NOT NULL CHECK (jsonb_typeof(warnings) = 'array')
  );
  CREATE INDEX issues_by_date ON issues (issue_date);
  CREATE TABLE articles (
    id               bigint  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    issue_id         bigint  NOT NULL REFERENCES issues (id) ON DELETE CASCADE,
    ordinal          integer NOT NULL,
    section          text,
    title            text    NOT NULL,
    title_as_printed text,
    byline           text,
    subheads         jsonb   NOT NULL CHECK (jsonb_typeof(subheads) = 'array'),
    body             text    NOT NULL,
    captions         jsonb   NOT NULL CHECK (jsonb_typeof(captions) = 'array'),
    page             integer,
    line_start       integer NOT NULL,
    line_end         integer NOT NULL,
    content_hash     text    NOT NULL,
    UNIQUE (issue_id, ordinal)
  );
  CREATE INDEX articles_by_content_hash ON articles (content_hash);
  `,
  // HTML bulletins are a third kind of source file.
  `
  ALTER TABLE source_files DROP CONSTRAINT source_files_kind_check;
  ALTER TABLE source_files ADD CONSTRAINT source_files_kind_check CHECK (kind IN ('text', 'pdf', 'html'));
  `,
  SOURCES_SCHEMA,
  ENRICHMENT_SCHEMA,
  DRAFTS_SCHEMA,
  searchMigration,
  // A web article's 来源 outlet, as the page names it (null for bulletin articles and pages that name none).
  `ALTER TABLE articles ADD COLUMN outlet text;`,
  gramsMigration,
  AUDIT_SCHEMA,
  ALERTS_SCHEMA,
  // The web workbench: accounts, sessions, the inbox's triage state, and pausing a source.
  USERS_SCHEMA + TRIAGE_SCHEMA + SOURCES_PAUSE_SCHEMA,
  PUBLISHING_SCHEMA,
  TITLE_VECTOR_STEP,
  // Saved searches, and indexes for the workbench's unread-alert count.
  SAVED_SEARCHES_SCHEMA + UNREAD_COUNT_INDEXES,
  ARTICLE_EDITS_SCHEMA,
  LOGIN_FAILURES_SCHEMA,
  SAMPLE_STEP,
  // BM25 as on the embedded store: tokens per article and stream, and the archive's totals.
  bm25Migration,
  // A generation of the search index, so that BM25's document frequencies are kept between searches.
  DF_GENERATION_STEP,
  // Undo of an issue's removal and of bulletin edits: what each left behind.
  KEPT_FOR_UNDO_SCHEMA,
  // Redo (重做) of an undone bulletin edit: the draft the undo replaced.
  REDO_SCHEMA,
  // Grams cut a Latin name from its version (HBM finds HBM3E): every article indexed again.
  regramMigration,
  // An issue without a publication is credited to its file's name, not the file's path on the server.
  creditFileNames,
  // The edit log's lines name their version and what they touched: a stale save that touches nothing changed since applies.
  CHANGE_TARGETS_SCHEMA,
  // A web article is credited to the name its source was given, not its site's host.
  creditSourceNames,
  // The names articles print beside another in brackets (中国卫通（China Satcom）): either finds the other's articles.
  learnedNamesMigration,
  // The stored entity names by their character pairs, for entity filters on a name nothing knows.
  STORED_ENTITY_NAMES_SCHEMA,
  // Which rules wrote the learned names: jianbao enrich writes those of older rules again.
  addLearnedNamesState,
];

/** The database's schema version: 0 when it holds no jianbao store. */
async function schemaVersion(client: PoolClient): Promise<number> {
  const { rows } = await client.query<{ present: boolean }>(
    `SELECT to_regclass('schema_migrations') IS NOT NULL AS present`,
  );
  if (!rows[0].present) return 0;
  const max = await client.query<{ version: number | null }>('SELECT max(version) AS version FROM schema_migrations');
  return max.rows[0].version ?? 0;
}

/**
 * Brings the database at `name` up to the newest schema in one transaction. The transaction first takes an
 * advisory lock and re-reads the version, so two processes opening a new database at once do not both apply a
 * step; a database already current is only read, so a role that may only read can open it.
 */
export async function migrate(pool: Pool, name: string, options: OpenOptions = {}): Promise<void> {
  const client = await connect(pool, name);
  let version: number;
  try {
    version = await schemaVersion(client);
  } finally {
    client.release();
  }
  if (version === 0 && options.mustExist) throw notFound(name, '这里还没有资料库，请先导入文件或用 --db 指定 (no store here yet (import files first, or give --db))');
  checkNotNewer(name, version);
  if (version === MIGRATIONS.length) return;

  await inTransaction(pool, name, async (tx) => {
    // 'jianbao' in ASCII: the lock is only ever taken here, so any fixed key will do.
    await tx.query(`SELECT pg_advisory_xact_lock(x'6a69616e62616f'::bigint)`);
    await tx.query(
      `CREATE TABLE IF NOT EXISTS schema_migrations (
         version    integer PRIMARY KEY,
         applied_at timestamptz NOT NULL DEFAULT now()
       )`,
    );
    const current = await schemaVersion(tx);
    checkNotNewer(name, current);
    for (let v = current; v < MIGRATIONS.length; v++) {
      const step = MIGRATIONS[v];
      if (typeof step === 'string') await tx.query(step);
      else await step(tx);
      await tx.query('INSERT INTO schema_migrations (version) VALUES ($1)', [v + 1]);
    }
  });
}

function checkNotNewer(name: string, version: number): void {
  if (version > MIGRATIONS.length) {
    throw new Error(`${name}: 资料库结构版本为 ${version}，比这个 jianbao 认识的（${MIGRATIONS.length}）新，请升级 jianbao (store has schema version ${version}, newer than this jianbao knows (${MIGRATIONS.length}))`);
  }
}

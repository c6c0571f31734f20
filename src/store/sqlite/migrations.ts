import type { Database } from 'better-sqlite3';
import { SOURCES_MIGRATION } from './sources-migration.js';
import { addLearnedNamesState } from './learned-names.js';
import { SEARCH_SCHEMA, addGramIndex, addLearnedNames, backfillSearchIndex, creditFileNames, creditSourceNames, rebuildGramIndex } from './search-index.js';

/** One schema step: SQL to run, or a function for steps that need code (segmenting text for the index). */
export type Migration = string | ((db: Database) => void);
import { CHANGE_TARGETS_SCHEMA, DRAFTS_SCHEMA } from './drafts-schema.js';
import { AUDIT_SCHEMA } from './audit.js';
import { SAVED_SEARCHES_SCHEMA } from './saved-searches.js';
import { JOBS_SCHEMA } from './jobs.js';
import { ALERTS_SCHEMA } from './alerts.js';
import { TRIAGE_SCHEMA } from './triage.js';
import { USERS_SCHEMA } from './users.js';
import { PUBLISHING_SCHEMA } from './publishing.js';
import { SOURCES_PAUSE_SCHEMA } from './sources.js';
import { ARTICLE_EDITS_SCHEMA } from './articles.js';
import { SEARCH_GENERATION_SCHEMA } from './search-generation.js';
import { LOGIN_FAILURES_SCHEMA } from './login-failures.js';
import { KEPT_FOR_UNDO_SCHEMA, REDO_SCHEMA } from './kept-for-undo.js';

/**
 * The schema as an append-only list of steps; step i brings a store from `PRAGMA user_version` i to i+1.
 * Never edit a released step: add one. Articles keep an INTEGER PRIMARY KEY so a later step can add an
 * FTS5 index over them as an external-content table (content_rowid = id) without copying text.
 */
export const MIGRATIONS: readonly Migration[] = [
  `
  CREATE TABLE source_files (
    id          INTEGER PRIMARY KEY,
    path        TEXT    NOT NULL,
    sha256      TEXT    NOT NULL UNIQUE,
    bytes       INTEGER NOT NULL,
    encoding    TEXT    NOT NULL,
    kind        TEXT    NOT NULL CHECK (kind IN ('text', 'pdf')),
    imported_at TEXT    NOT NULL
  );
  CREATE TABLE issues (
    id             INTEGER PRIMARY KEY,
    source_file_id INTEGER NOT NULL UNIQUE REFERENCES source_files (id) ON DELETE CASCADE,
    publication    TEXT,
    issue_date     TEXT,
    sections       TEXT NOT NULL CHECK (json_valid(sections)),
    warnings       TEXT NOT NULL CHECK (json_valid(warnings))
  );
  CREATE INDEX issues_by_date ON issues (issue_date);
  CREATE TABLE articles (
    id               INTEGER PRIMARY KEY,
    issue_id         INTEGER NOT NULL REFERENCES issues (id) ON DELETE CASCADE,
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
    UNIQUE (issue_id, ordinal)
  );
  CREATE INDEX articles_by_content_hash ON articles (content_hash);
  `,
  SOURCES_MIGRATION,
  // Understanding: each article's enrichment (JSON) with the terms it counted, document frequencies over
  // them, fingerprints with their lookup keys, same-event groups, and trained models.
  `
  CREATE TABLE article_enrichment (
    article_id INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    data       TEXT NOT NULL CHECK (json_valid(data)),
    terms      TEXT NOT NULL CHECK (json_valid(terms)),
    version    TEXT NOT NULL
  );
  CREATE TABLE doc_freq (
    term TEXT PRIMARY KEY,
    df   INTEGER NOT NULL
  ) WITHOUT ROWID;
  CREATE TABLE article_fingerprints (
    article_id INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    simhash    TEXT NOT NULL,
    keys       TEXT NOT NULL CHECK (json_valid(keys))
  );
  CREATE TABLE fingerprint_lookup (
    key        TEXT    NOT NULL,
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    PRIMARY KEY (key, article_id)
  ) WITHOUT ROWID;
  CREATE INDEX fingerprint_lookup_by_article ON fingerprint_lookup (article_id);
  CREATE TABLE event_groups (
    article_id INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    group_id   INTEGER NOT NULL
  );
  CREATE INDEX event_groups_by_group ON event_groups (group_id);
  CREATE TABLE models (
    name     TEXT PRIMARY KEY,
    data     TEXT NOT NULL CHECK (json_valid(data)),
    saved_at TEXT NOT NULL
  );
  `,
  (db) => {
    db.exec(SEARCH_SCHEMA);
    backfillSearchIndex(db);
  },
  DRAFTS_SCHEMA,
  // HTML bulletins are a third kind of source file: SQLite cannot alter a CHECK, so the table is rebuilt
  // (ids kept; foreign keys are off while migrating, see migrate).
  `
  CREATE TABLE source_files_new (
    id          INTEGER PRIMARY KEY,
    path        TEXT    NOT NULL,
    sha256      TEXT    NOT NULL UNIQUE,
    bytes       INTEGER NOT NULL,
    encoding    TEXT    NOT NULL,
    kind        TEXT    NOT NULL CHECK (kind IN ('text', 'pdf', 'html')),
    imported_at TEXT    NOT NULL
  );
  INSERT INTO source_files_new SELECT * FROM source_files;
  DROP TABLE source_files;
  ALTER TABLE source_files_new RENAME TO source_files;
  `,
  // A web article's 来源 outlet, as the page names it (null for bulletin articles and pages that name none).
  `ALTER TABLE articles ADD COLUMN outlet TEXT;`,
  addGramIndex,
  AUDIT_SCHEMA,
  JOBS_SCHEMA,
  ALERTS_SCHEMA,
  // The web workbench: accounts, sessions, the inbox's triage state, and pausing a source.
  USERS_SCHEMA + TRIAGE_SCHEMA + SOURCES_PAUSE_SCHEMA,
  PUBLISHING_SCHEMA,
  SAVED_SEARCHES_SCHEMA,
  ARTICLE_EDITS_SCHEMA,
  // What search reads has moved (search snapshots), and login failures shared by the serving processes.
  SEARCH_GENERATION_SCHEMA + LOGIN_FAILURES_SCHEMA,
  // Undo of an issue's removal and of bulletin edits: what each left behind.
  KEPT_FOR_UNDO_SCHEMA,
  // Redo (重做) of an undone bulletin edit: the draft the undo replaced.
  REDO_SCHEMA,
  // Grams cut a Latin name from its version (HBM finds HBM3E): the gram index written again.
  rebuildGramIndex,
  // An issue without a publication is credited to its file's name, not the file's path on the server.
  creditFileNames,
  // The edit log's lines name their version and what they touched: a stale save that touches nothing changed since applies.
  CHANGE_TARGETS_SCHEMA,
  // A web article is credited to the name its source was given, not its site's host.
  creditSourceNames,
  // The names articles print beside another in brackets (中国卫通（China Satcom）): either finds the other's articles.
  addLearnedNames,
  // Which rules wrote the learned names: jianbao enrich writes those of older rules again.
  addLearnedNamesState,
];

/**
 * Brings the store up to the newest schema, one transaction per step. Each step takes the write lock first and
 * re-reads the version, so two processes opening a new store at once do not both apply it.
 */
export function migrate(db: Database, file: string): void {
  const version = () => db.pragma('user_version', { simple: true }) as number;
  if (version() > MIGRATIONS.length) {
    throw new Error(`${file}: 资料库结构版本为 ${version()}，比这个 jianbao 认识的（${MIGRATIONS.length}）新，请升级 jianbao (store has schema version ${version()}, newer than this jianbao knows (${MIGRATIONS.length}))`);
  }
  const applyNext = db.transaction(() => {
    const v = version();
    if (v >= MIGRATIONS.length) return;
    const step = MIGRATIONS[v];
    if (typeof step === 'string') db.exec(step);
    else step(db);
    // Checked inside the step's transaction, so a step that broke a reference is rolled back.
    if ((db.pragma('foreign_key_check') as unknown[]).length) throw new Error(`${file}: schema step ${v + 1} broke foreign keys`);
    db.pragma(`user_version = ${v + 1}`);
  });
  // SQLite's procedure for rebuilding a table: foreign keys off while the schema changes (dropping a parent table
  // would otherwise cascade into its children), checked by each step, then back on.
  const foreignKeys = db.pragma('foreign_keys', { simple: true }) as number;
  db.pragma('foreign_keys = OFF');
  try {
    while (version() < MIGRATIONS.length) applyNext.immediate();
  } finally {
    db.pragma(`foreign_keys = ${foreignKeys ? 'ON' : 'OFF'}`);
  }
}

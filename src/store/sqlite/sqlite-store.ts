import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { invalidInput, notFound, unavailable } from '../../core/errors.js';
import type { OpenOptions, Repositories, Store } from '../types.js';
import { SqliteArticles } from './articles.js';
import { SqliteAudit } from './audit.js';
import { SqliteSavedSearches } from './saved-searches.js';
import { SqliteDrafts } from './drafts.js';
import { SqliteEnrichment } from './enrichment.js';
import { SqliteGate } from './gate.js';
import { SqliteIssues } from './issues.js';
import { MIGRATIONS, migrate } from './migrations.js';
import { SearchIndexWriter } from './search-index.js';
import { SqliteSearch } from './search-queries.js';
import { SqliteSources } from './sources.js';
import { SqliteJobs } from './jobs.js';
import { SqliteAlerts } from './alerts.js';
import { SqlitePublishing } from './publishing.js';
import { SqliteTriage } from './triage.js';
import { SqliteUsers } from './users.js';
import { SqliteLoginFailures } from './login-failures.js';
import { SqliteDraftVersions, SqliteRemovedIssues } from './kept-for-undo.js';

/** Where the embedded store lives when the user does not say. */
export const DEFAULT_SQLITE_FILE = 'data/jianbao.db';

/**
 * Opens (creating folder and file if needed) an SQLite store and migrates it to the current schema.
 * WAL journaling: readers never block the importer, and a killed process leaves only whole transactions.
 */
export function openSqliteStore(file: string = DEFAULT_SQLITE_FILE, options: SqliteOpenOptions = {}): Store {
  if ((options.mustExist || options.readOnly) && file !== ':memory:' && !existsSync(file)) {
    throw notFound(file, '这里还没有资料库，请先导入文件或用 --db 指定 (no store here yet (import files first, or give --db))');
  }
  const db = connect(file, options.readOnly ?? false);
  try {
    if (!options.readOnly) migrate(db, file);
    else if (db.pragma('user_version', { simple: true }) !== MIGRATIONS.length) {
      throw invalidInput(file, `只读打开的资料库须为当前结构版本 ${MIGRATIONS.length} (a store opened read-only must be at schema version ${MIGRATIONS.length})`);
    }
  } catch (err) {
    db.close();
    throw err;
  }
  return new SqliteStore(db);
}

/** SQLite's own opening options beside the backends' common ones. */
export interface SqliteOpenOptions extends OpenOptions {
  /**
   * Open an existing store at the current schema read-only (no migration, no write can happen): for benchmarks on a
   * shared archive that must not change. Other processes may still write it (WAL).
   */
  readOnly?: boolean;
}

/** Opens the file and sets the connection up, turning SQLite's errors into `<file>: <problem>`. */
function connect(file: string, readOnly: boolean): Database.Database {
  try {
    if (file !== ':memory:' && !readOnly) mkdirSync(dirname(file), { recursive: true });
    const db = new Database(file, { readonly: readOnly });
    try {
      db.pragma('busy_timeout = 10000');
      // A read-only connection takes the file's journal mode as it is (a store is made in WAL mode).
      if (!readOnly) db.pragma('journal_mode = WAL');
      // NORMAL is crash-safe in WAL mode; only a power loss can drop the last commits.
      db.pragma('synchronous = NORMAL');
      db.pragma('foreign_keys = ON');
      // 64 MB of page cache instead of 2: FTS5 segment merges and the index B-trees of a large archive stay in it.
      db.pragma('cache_size = -65536');
    } catch (err) {
      db.close();
      throw err;
    }
    return db;
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    if (e.code === 'SQLITE_NOTADB') throw invalidInput(file, '不是简报资料库（不是 SQLite 数据库） (not a jianbao store (not an SQLite database))');
    throw unavailable(file, `无法打开资料库 (cannot open store: ${e.message})`, e);
  }
}

/** The Store over one better-sqlite3 connection: its repositories share the connection, the index writer and the gate. */
class SqliteStore implements Store {
  readonly issues: SqliteIssues;
  readonly articles: SqliteArticles;
  readonly sources: SqliteSources;
  readonly enrichment: SqliteEnrichment;
  readonly search: SqliteSearch;
  readonly drafts: SqliteDrafts;
  readonly audit: SqliteAudit;
  readonly savedSearches: SqliteSavedSearches;
  readonly jobs: SqliteJobs;
  readonly alerts: SqliteAlerts;
  readonly publishing: SqlitePublishing;
  readonly users: SqliteUsers;
  readonly loginFailures: SqliteLoginFailures;
  readonly triage: SqliteTriage;
  readonly removedIssues: SqliteRemovedIssues;
  readonly draftVersions: SqliteDraftVersions;
  private readonly gate: SqliteGate;

  constructor(private readonly db: Database.Database) {
    const gate = (this.gate = new SqliteGate(db));
    const index = new SearchIndexWriter(db, true, gate);
    this.enrichment = new SqliteEnrichment(db, gate, index);
    this.issues = new SqliteIssues(db, gate, this.enrichment, index);
    this.articles = new SqliteArticles(db, gate, index, this.enrichment);
    this.sources = new SqliteSources(db, gate, index, this.enrichment);
    this.search = new SqliteSearch(db, gate);
    this.drafts = new SqliteDrafts(db, gate);
    this.audit = new SqliteAudit(db, gate);
    this.savedSearches = new SqliteSavedSearches(db, gate);
    this.jobs = new SqliteJobs(db, gate);
    this.alerts = new SqliteAlerts(db, gate);
    this.publishing = new SqlitePublishing(db, gate);
    this.users = new SqliteUsers(db, gate);
    this.loginFailures = new SqliteLoginFailures(db, gate);
    this.triage = new SqliteTriage(db, gate);
    this.removedIssues = new SqliteRemovedIssues(db, gate);
    this.draftVersions = new SqliteDraftVersions(db, gate);
  }

  /** The repositories are the store's own: calls inside `fn` join the transaction by their async context. */
  async transaction<T>(fn: (tx: Repositories) => Promise<T>): Promise<T> {
    return this.gate.transaction(() => fn(this));
  }

  async close(): Promise<void> {
    // Waits for an open transaction, so closing never cuts one off.
    await this.gate.run(() => this.db.close());
  }
}

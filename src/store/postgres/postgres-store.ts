import { displayLocation } from '../location.js';
import type { OpenOptions, Repositories, SearchRepository, Store } from '../types.js';
import { PostgresArticles } from './articles.js';
import { PostgresAudit } from './audit.js';
import { PostgresSavedSearches } from './saved-searches.js';
import { createPool, namedError, PgConnection } from './connection.js';
import { PostgresDrafts } from './drafts.js';
import { PostgresEnrichment } from './enrichment.js';
import { PostgresIssues } from './issues.js';
import { migrate } from './migrations.js';
import { PostgresSearch, SEARCH_SETTINGS } from './search-queries.js';
import { PostgresSources } from './sources.js';
import { PostgresAlerts } from './alerts.js';
import { PostgresPublishing } from './publishing.js';
import { PostgresTriage } from './triage.js';
import { PostgresUsers } from './users.js';
import { PostgresLoginFailures } from './login-failures.js';
import { SnapshotCache } from './snapshot-cache.js';
import { PostgresDraftVersions, PostgresRemovedIssues } from './kept-for-undo.js';

/**
 * Opens the PostgreSQL store in the database at `url` (postgres://user:password@host:port/database), creating
 * or migrating its tables; the database itself must exist. Errors name the database without the password.
 */
export async function openPostgresStore(url: string, options: OpenOptions = {}): Promise<Store> {
  const name = displayLocation(url);
  const pool = createPool(url);
  try {
    await migrate(pool, name, options);
  } catch (err) {
    await pool.end();
    throw namedError(name, err);
  }
  return new PostgresStore(new PgConnection(pool, name));
}

/**
 * The Store over a pg connection pool. Its repositories are built once over a PgConnection: a statement runs on
 * a pooled connection, or on the transaction's when it runs inside one, so `tx` is the store's own repositories.
 */
class PostgresStore implements Store {
  readonly issues: PostgresIssues;
  readonly articles: PostgresArticles;
  readonly sources: PostgresSources;
  readonly enrichment: PostgresEnrichment;
  readonly search: SearchRepository;
  readonly drafts: PostgresDrafts;
  readonly audit: PostgresAudit;
  readonly savedSearches: PostgresSavedSearches;
  /** Jobs on PostgreSQL go through pg-boss in its own schema (src/jobs/boss-runner.ts), not a table of ours. */
  readonly jobs = null;
  readonly alerts: PostgresAlerts;
  readonly publishing: PostgresPublishing;
  readonly users: PostgresUsers;
  readonly loginFailures: PostgresLoginFailures;
  readonly triage: PostgresTriage;
  readonly removedIssues: PostgresRemovedIssues;
  readonly draftVersions: PostgresDraftVersions;

  constructor(private readonly conn: PgConnection) {
    this.enrichment = new PostgresEnrichment(conn);
    this.issues = new PostgresIssues(conn, this.enrichment);
    this.articles = new PostgresArticles(conn, this.enrichment);
    this.sources = new PostgresSources(conn, this.enrichment);
    // Search statements answered once per database snapshot (./snapshot-cache.ts); the search statement with
    // SEARCH_SETTINGS' SET LOCAL in its transaction (inside a caller's transaction it joins that one, and the
    // settings hold there until it ends).
    const answers = new SnapshotCache(conn);
    const search = new PostgresSearch(answers.runner(), { searchQuery: answers.runner(SEARCH_SETTINGS), searchTogether: answers.together(SEARCH_SETTINGS) });
    // A whole search or trend asked again before the next commit is its kept result (SnapshotCache.settled).
    this.search = {
      search: (request) => answers.settled(`search\n${JSON.stringify(request)}`, () => search.search(request)),
      countByDate: (request) => answers.settled(`countByDate\n${JSON.stringify(request)}`, () => search.countByDate(request)),
      countFacts: (kind, from, to) => search.countFacts(kind, from, to),
      names: (request) => search.names(request),
    };
    this.drafts = new PostgresDrafts(conn);
    this.audit = new PostgresAudit(conn.query);
    this.savedSearches = new PostgresSavedSearches(conn.query);
    this.alerts = new PostgresAlerts(conn.query);
    this.publishing = new PostgresPublishing(conn);
    this.users = new PostgresUsers(conn.query);
    this.loginFailures = new PostgresLoginFailures(conn.query);
    this.triage = new PostgresTriage(conn.query, (work) => conn.transaction(() => work(conn.query)));
    this.removedIssues = new PostgresRemovedIssues(conn.query);
    this.draftVersions = new PostgresDraftVersions(conn.query);
  }

  async transaction<T>(fn: (tx: Repositories) => Promise<T>): Promise<T> {
    return this.conn.transaction(() => fn(this));
  }

  async close(): Promise<void> {
    await this.conn.pool.end();
  }
}

import { displayLocation } from '../location.js';
import type { OpenOptions, Repositories, Store } from '../types.js';
import { PostgresArticles } from './articles.js';
import { PostgresAudit } from './audit.js';
import { createPool, namedError, PgConnection } from './connection.js';
import { PostgresDrafts } from './drafts.js';
import { PostgresEnrichment } from './enrichment.js';
import { PostgresIssues } from './issues.js';
import { migrate } from './migrations.js';
import { PostgresSearch } from './search-queries.js';
import { PostgresSources } from './sources.js';

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
  readonly search: PostgresSearch;
  readonly drafts: PostgresDrafts;
  readonly audit: PostgresAudit;

  constructor(private readonly conn: PgConnection) {
    this.enrichment = new PostgresEnrichment(conn);
    this.issues = new PostgresIssues(conn, this.enrichment);
    this.articles = new PostgresArticles(conn);
    this.sources = new PostgresSources(conn);
    this.search = new PostgresSearch(conn.query);
    this.drafts = new PostgresDrafts(conn);
    this.audit = new PostgresAudit(conn.query);
  }

  async transaction<T>(fn: (tx: Repositories) => Promise<T>): Promise<T> {
    return this.conn.transaction(() => fn(this));
  }

  async close(): Promise<void> {
    await this.conn.pool.end();
  }
}

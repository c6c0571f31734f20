import { openSqliteStore } from './sqlite/sqlite-store.js';
import type { OpenOptions, Store } from './types.js';

/**
 * Opens the store at `location`: a file path means the embedded SQLite store. The one place that picks a backend,
 * so a `postgres://` location can be routed to a PostgreSQL backend later without touching callers.
 */
export async function openStore(location: string, options: OpenOptions = {}): Promise<Store> {
  if (/^postgres(ql)?:\/\//i.test(location)) {
    throw new Error(`${location}: PostgreSQL stores are not supported yet; give a file path for the embedded store`);
  }
  return openSqliteStore(location, options);
}

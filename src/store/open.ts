import { displayLocation, isUrl } from './location.js';
import type { OpenOptions, Store } from './types.js';
import { invalidInput } from '../core/errors.js';

/**
 * Opens the store at `location`: a `postgres://` or `postgresql://` URL means the PostgreSQL store in that
 * database, a file path the embedded SQLite store. The one place that picks a backend. A backend's module is
 * imported only when it is picked: loading `pg` alone costs a CLI run about 0.1 s.
 */
export async function openStore(location: string, options: OpenOptions = {}): Promise<Store> {
  if (/^postgres(ql)?:\/\//i.test(location)) return (await import('./postgres/postgres-store.js')).openPostgresStore(location, options);
  if (isUrl(location)) {
    throw invalidInput(displayLocation(location), '不支持的资料库地址，请给出 postgres:// 地址或文件路径 (unsupported store URL (give a postgres:// URL or a file path))');
  }
  return (await import('./sqlite/sqlite-store.js')).openSqliteStore(location, options);
}

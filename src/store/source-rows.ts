import type { StoredSource } from './types.js';

/** A `sources` row with its article count, as every backend selects it (seen as JSON text, times as ISO strings). */
export interface SourceRow {
  id: number;
  url: string;
  name: string | null;
  section: string | null;
  every_seconds: number;
  kind: 'feed' | 'listing' | null;
  etag: string | null;
  last_modified: string | null;
  seen: string;
  added_at: string;
  last_fetched_at: string | null;
  last_status: 'ok' | 'unchanged' | 'failed' | null;
  last_error: string | null;
  failures: number;
  /** 0/1 on SQLite, boolean on PostgreSQL. */
  paused: number | boolean;
  article_count: number;
}

/** A sources row as the Store interface returns it. */
export function toSource(r: SourceRow): StoredSource {
  return {
    id: r.id,
    url: r.url,
    name: r.name,
    section: r.section,
    everySeconds: r.every_seconds,
    kind: r.kind,
    etag: r.etag,
    lastModified: r.last_modified,
    seen: JSON.parse(r.seen) as string[],
    addedAt: r.added_at,
    lastFetchedAt: r.last_fetched_at,
    lastStatus: r.last_status,
    lastError: r.last_error,
    failures: r.failures,
    paused: Boolean(r.paused),
    articleCount: r.article_count,
  };
}

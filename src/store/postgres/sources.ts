import { articleContentHash } from '../content-hash.js';
import { toSource, type SourceRow } from '../source-rows.js';
import type { NewSource, PollRecord, SourceRepository, StoredSource, WebArticleInput } from '../types.js';
import { webCredit, webPlace } from '../web-place.js';
import type { PgConnection } from './connection.js';
import { indexArticle, insertArticleFacts } from './search-index.js';
import type { PostgresEnrichment } from './enrichment.js';
import type { Understand } from '../enrichment-types.js';
import { articleFacts } from '../../search/facts.js';
import { conflict } from '../../core/errors.js';

const SOURCE_SELECT = `
  SELECT s.*, (SELECT count(*) FROM articles a WHERE a.source_id = s.id) AS article_count FROM sources s`;

/** The schema step part that lets a source be paused. */
export const SOURCES_PAUSE_SCHEMA = `ALTER TABLE sources ADD COLUMN paused boolean NOT NULL DEFAULT false;`;

/** The sources of the PostgreSQL store: sources, their polling state, and web articles. */
export class PostgresSources implements SourceRepository {
  private readonly query;

  constructor(
    private readonly conn: PgConnection,
    private readonly understanding: PostgresEnrichment,
  ) {
    this.query = conn.query;
  }

  async add(source: NewSource): Promise<StoredSource> {
    const existing = await this.get(source.url);
    if (existing) throw conflict(source.url, `已是信息源（#${existing.id}） (already a source (#${existing.id}))`);
    // Two adds of one URL at once: the unique URL lets one insert, the other finds it.
    const [row] = await this.query<{ id: number }>(
      `INSERT INTO sources (url, name, section, every_seconds) VALUES ($1, $2, $3, $4) ON CONFLICT (url) DO NOTHING RETURNING id`,
      [source.url, source.name, source.section, source.everySeconds],
    );
    if (!row) throw conflict(source.url, `已是信息源（#${(await this.get(source.url))!.id}） (already a source (#${(await this.get(source.url))!.id}))`);
    return (await this.get(row.id))!;
  }

  async list(): Promise<StoredSource[]> {
    return (await this.query<SourceRow>(`${SOURCE_SELECT} ORDER BY s.id`)).map(toSource);
  }

  async get(idOrUrl: number | string): Promise<StoredSource | null> {
    const [row] = await this.query<SourceRow>(`${SOURCE_SELECT} WHERE ${typeof idOrUrl === 'number' ? 's.id' : 's.url'} = $1`, [idOrUrl]);
    return row ? toSource(row) : null;
  }

  async remove(idOrUrl: number | string): Promise<StoredSource | null> {
    const found = await this.get(idOrUrl);
    if (found) await this.query('DELETE FROM sources WHERE id = $1', [found.id]);
    return found;
  }

  async setPaused(idOrUrl: number | string, paused: boolean): Promise<StoredSource | null> {
    await this.query(`UPDATE sources SET paused = $1 WHERE ${typeof idOrUrl === 'number' ? 'id' : 'url'} = $2`, [paused, idOrUrl]);
    return this.get(idOrUrl);
  }

  async due(now: Date): Promise<StoredSource[]> {
    const rows = await this.query<SourceRow>(
      `${SOURCE_SELECT} WHERE NOT s.paused AND (s.last_fetched_at IS NULL
          OR s.last_fetched_at::timestamptz + make_interval(secs => s.every_seconds) <= $1::timestamptz)
        ORDER BY s.id`,
      [now.toISOString()],
    );
    return rows.map(toSource);
  }

  async recordPoll(sourceId: number, p: PollRecord): Promise<void> {
    await this.query(
      `UPDATE sources SET
         last_fetched_at = $2, last_status = $3, last_error = $4,
         failures = CASE WHEN $3 = 'failed' THEN failures + 1 ELSE 0 END,
         kind = coalesce($5, kind),
         etag = CASE WHEN $6 THEN $7 ELSE etag END,
         last_modified = CASE WHEN $8 THEN $9 ELSE last_modified END,
         seen = coalesce($10::jsonb, seen)
       WHERE id = $1`,
      [
        sourceId, p.fetchedAt, p.status, p.error, p.kind ?? null,
        p.etag !== undefined, p.etag ?? null,
        p.lastModified !== undefined, p.lastModified ?? null,
        p.seen ? JSON.stringify(p.seen) : null,
      ],
    );
  }

  async hasWebArticle(dedupKey: string): Promise<boolean> {
    return (await this.query('SELECT 1 FROM articles WHERE dedup_key = $1', [dedupKey])).length > 0;
  }

  /**
   * Stores the article unless its dedup key is stored already, and indexes it, in one transaction. A fetcher storing
   * the same key at the same moment makes this insert wait for it and then insert nothing: the article is a duplicate.
   */
  async storeWebArticle(a: WebArticleInput, understand?: Understand): Promise<{ status: 'new' | 'duplicate'; id: number }> {
    return this.conn.transaction(async (client) => {
      if (understand) await this.understanding.lock();
      const stored = await this.insertWeb(a);
      if (stored.status === 'new') {
        // Enriched, counted and grouped in this transaction, as an import's articles (issues.ts).
        const u = understand?.(await this.understanding.context())[0];
        if (u) {
          await this.understanding.store([{ articleId: stored.id, understanding: u }]);
          await this.understanding.group(stored.id, u.enrichment.fingerprint);
          await insertArticleFacts(client, [{ id: stored.id, facts: articleFacts(u.enrichment.tags, u.enrichment.entities) }]);
        }
        const [source] = a.sourceId === null ? [] : await this.query<{ name: string | null }>('SELECT name FROM sources WHERE id = $1', [a.sourceId]);
        await indexArticle(client, stored.id, { ...a, captions: [] }, webPlace(a).issueDate, webCredit(a, source?.name ?? null));
      }
      return stored;
    });
  }

  private async insertWeb(a: WebArticleInput): Promise<{ status: 'new' | 'duplicate'; id: number }> {
    const [row] = await this.query<{ id: number }>(
      `INSERT INTO articles (issue_id, ordinal, section, title, byline, subheads, body, captions, page, line_start, line_end,
                             content_hash, source_id, url, canonical_url, dedup_key, published_at, fetched_at, author, outlet)
       VALUES (NULL, 0, $1, $2, $3, '[]', $4, '[]', NULL, 0, 0, $5, $6, $7, $8, $9, $10, $11, $3, $12)
       ON CONFLICT (dedup_key) DO NOTHING RETURNING id`,
      [
        a.section, a.title, a.author, a.body, articleContentHash({ title: a.title, body: a.body }),
        a.sourceId, a.url, a.canonicalUrl, a.dedupKey, a.publishedAt, a.fetchedAt, a.outlet,
      ],
    );
    if (row) return { status: 'new', id: row.id };
    const [stored] = await this.query<{ id: number }>('SELECT id FROM articles WHERE dedup_key = $1', [a.dedupKey]);
    return { status: 'duplicate', id: stored.id };
  }
}

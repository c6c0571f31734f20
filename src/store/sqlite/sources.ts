import type Database from 'better-sqlite3';
import { articleContentHash } from '../content-hash.js';
import { toSource, type SourceRow } from '../source-rows.js';
import type { NewSource, PollRecord, SourceRepository, StoredSource, WebArticleInput } from '../types.js';
import { webCredit, webPlace } from '../web-place.js';
import type { SqliteGate } from './gate.js';
import type { SearchIndexWriter } from './search-index.js';
import type { SqliteEnrichment } from './enrichment.js';
import type { Understand } from '../enrichment-types.js';
import { articleFacts } from '../../search/facts.js';
import { conflict } from '../../core/errors.js';

const SOURCE_SELECT = `
  SELECT s.*, (SELECT count(*) FROM articles a WHERE a.source_id = s.id) AS article_count FROM sources s`;

/** The schema step part that lets a source be paused. */
export const SOURCES_PAUSE_SCHEMA = `ALTER TABLE sources ADD COLUMN paused INTEGER NOT NULL DEFAULT 0 CHECK (paused IN (0, 1));`;

/** The sources of the SQLite store: sources, their polling state, and web articles. */
export class SqliteSources implements SourceRepository {
  private readonly byId: Database.Statement<[number], SourceRow>;
  private readonly byUrl: Database.Statement<[string], SourceRow>;
  private readonly insertSource: Database.Statement;
  private readonly insertWeb: Database.Statement;
  private readonly idByDedupKey: Database.Statement<[string], { id: number }>;
  private readonly nameById: Database.Statement<[number], { name: string | null }>;

  constructor(
    private readonly db: Database.Database,
    private readonly gate: SqliteGate,
    private readonly index: SearchIndexWriter,
    private readonly understanding: SqliteEnrichment,
  ) {
    this.byId = db.prepare(`${SOURCE_SELECT} WHERE s.id = ?`);
    this.byUrl = db.prepare(`${SOURCE_SELECT} WHERE s.url = ?`);
    this.insertSource = db.prepare(
      `INSERT INTO sources (url, name, section, every_seconds, added_at) VALUES (@url, @name, @section, @everySeconds, @addedAt)`,
    );
    this.insertWeb = db.prepare(
      `INSERT INTO articles (issue_id, ordinal, section, title, byline, subheads, body, captions, page, line_start, line_end,
                             content_hash, source_id, url, canonical_url, dedup_key, published_at, fetched_at, author, outlet)
       VALUES (NULL, 0, @section, @title, @author, '[]', @body, '[]', NULL, 0, 0,
               @contentHash, @sourceId, @url, @canonicalUrl, @dedupKey, @publishedAt, @fetchedAt, @author, @outlet)
       ON CONFLICT (dedup_key) DO NOTHING`,
    );
    this.idByDedupKey = db.prepare('SELECT id FROM articles WHERE dedup_key = ?');
    this.nameById = db.prepare('SELECT name FROM sources WHERE id = ?');
  }

  async add(source: NewSource): Promise<StoredSource> {
    return this.gate.write(() => {
      const existing = this.byUrl.get(source.url);
      if (existing) throw conflict(source.url, `已是信息源（#${existing.id}） (already a source (#${existing.id}))`);
      const id = Number(this.insertSource.run({ ...source, addedAt: new Date().toISOString() }).lastInsertRowid);
      return toSource(this.byId.get(id)!);
    });
  }

  async list(): Promise<StoredSource[]> {
    return this.gate.run(() => this.db.prepare<[], SourceRow>(`${SOURCE_SELECT} ORDER BY s.id`).all().map(toSource));
  }

  async get(idOrUrl: number | string): Promise<StoredSource | null> {
    return this.gate.run(() => this.find(idOrUrl));
  }

  async remove(idOrUrl: number | string): Promise<StoredSource | null> {
    return this.gate.write(() => {
      const found = this.find(idOrUrl);
      if (found) this.db.prepare('DELETE FROM sources WHERE id = ?').run(found.id);
      return found;
    });
  }

  async setPaused(idOrUrl: number | string, paused: boolean): Promise<StoredSource | null> {
    return this.gate.write(() => {
      const column = typeof idOrUrl === 'number' ? 'id' : 'url';
      this.db.prepare(`UPDATE sources SET paused = ? WHERE ${column} = ?`).run(paused ? 1 : 0, idOrUrl);
      return this.find(idOrUrl);
    });
  }

  async due(now: Date): Promise<StoredSource[]> {
    return this.gate.run(() => this.db
      .prepare<[string], SourceRow>(
        `${SOURCE_SELECT} WHERE NOT s.paused AND (s.last_fetched_at IS NULL
            OR unixepoch(s.last_fetched_at, 'subsec') + s.every_seconds <= unixepoch(?, 'subsec'))
          ORDER BY s.id`,
      )
      .all(now.toISOString())
      .map(toSource));
  }

  async recordPoll(sourceId: number, p: PollRecord): Promise<void> {
    await this.gate.write(() => this.db
      .prepare(
        `UPDATE sources SET
           last_fetched_at = @fetchedAt, last_status = @status, last_error = @error,
           failures = CASE WHEN @status = 'failed' THEN failures + 1 ELSE 0 END,
           kind = coalesce(@kind, kind),
           etag = CASE WHEN @hasEtag THEN @etag ELSE etag END,
           last_modified = CASE WHEN @hasLastModified THEN @lastModified ELSE last_modified END,
           seen = coalesce(@seen, seen)
         WHERE id = @sourceId`,
      )
      .run({
        sourceId,
        fetchedAt: p.fetchedAt,
        status: p.status,
        error: p.error,
        kind: p.kind ?? null,
        hasEtag: p.etag !== undefined ? 1 : 0,
        etag: p.etag ?? null,
        hasLastModified: p.lastModified !== undefined ? 1 : 0,
        lastModified: p.lastModified ?? null,
        seen: p.seen ? JSON.stringify(p.seen) : null,
      }));
  }

  async hasWebArticle(dedupKey: string): Promise<boolean> {
    return this.gate.run(() => this.idByDedupKey.get(dedupKey) !== undefined);
  }

  async storeWebArticle(a: WebArticleInput, understand?: Understand): Promise<{ status: 'new' | 'duplicate'; id: number }> {
    return this.gate.write(() => {
      const r = this.insertWeb.run({ ...a, contentHash: articleContentHash({ title: a.title, body: a.body }) });
      if (!r.changes) return { status: 'duplicate' as const, id: this.idByDedupKey.get(a.dedupKey)!.id };
      const id = Number(r.lastInsertRowid);
      const u = understand?.(this.understanding.contextNow())[0];
      if (u) {
        this.understanding.saveNow(id, u);
        this.understanding.group(id, u.enrichment.fingerprint);
        this.index.setFacts(id, articleFacts(u.enrichment.tags, u.enrichment.entities));
      }
      const name = a.sourceId === null ? null : (this.nameById.get(a.sourceId)?.name ?? null);
      this.index.index([{ id, article: { ...a, captions: [] }, date: webPlace(a).issueDate, source: webCredit(a, name) }]);
      return { status: 'new' as const, id };
    });
  }

  private find(idOrUrl: number | string): StoredSource | null {
    const row = typeof idOrUrl === 'number' ? this.byId.get(idOrUrl) : this.byUrl.get(idOrUrl);
    return row ? toSource(row) : null;
  }
}

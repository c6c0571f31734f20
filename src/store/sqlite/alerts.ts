import type Database from 'better-sqlite3';
import type { Alert, AlertStore, Delivery, Match, MatchCandidate, NewWatchlist, Watchlist } from '../alert-types.js';
import { toAlert, toDelivery, toWatchlist, type AlertRow, type DeliveryRow, type WatchlistRow } from '../alert-rows.js';
import type { SqliteGate } from './gate.js';

/**
 * The schema step that adds watchlists, alerts (each (watchlist, article) pair once; one volume alert per
 * watchlist and day; the article's title kept, so an alert outlives its article's removal), per-reader read marks, the outbox of deliveries (each (alert, channel) once; each digest
 * period once), and the queue of articles matching has not looked at yet, filled by a trigger on every article
 * stored, whatever stores it (articles stored before this step are not queued). A step that rebuilds `articles`
 * must create the trigger again.
 */
export const ALERTS_SCHEMA = `
  CREATE TABLE watchlists (
    id                INTEGER PRIMARY KEY,
    name              TEXT NOT NULL UNIQUE,
    owner             TEXT,
    query             TEXT NOT NULL,
    entity            TEXT,
    tag               TEXT,
    section           TEXT,
    webhook           TEXT,
    webhook_format    TEXT NOT NULL CHECK (webhook_format IN ('json', 'wecom', 'dingtalk')),
    email             TEXT,
    digest            TEXT CHECK (digest IN ('daily', 'weekly')),
    created_at        TEXT NOT NULL,
    since_article_id  INTEGER NOT NULL
  );
  CREATE TABLE alerts (
    id           INTEGER PRIMARY KEY,
    watchlist_id INTEGER NOT NULL REFERENCES watchlists (id) ON DELETE CASCADE,
    kind         TEXT NOT NULL CHECK (kind IN ('match', 'volume')),
    article_id   INTEGER REFERENCES articles (id) ON DELETE SET NULL,
    title        TEXT,
    day          TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    volume       TEXT CHECK (volume IS NULL OR json_valid(volume)),
    UNIQUE (watchlist_id, article_id)
  );
  CREATE UNIQUE INDEX alerts_one_volume_a_day ON alerts (watchlist_id, day) WHERE kind = 'volume';
  CREATE INDEX alerts_by_day ON alerts (watchlist_id, day);
  CREATE INDEX alerts_by_article ON alerts (article_id);
  CREATE TABLE alert_reads (
    alert_id INTEGER NOT NULL REFERENCES alerts (id) ON DELETE CASCADE,
    reader   TEXT NOT NULL,
    read_at  TEXT NOT NULL,
    PRIMARY KEY (alert_id, reader)
  ) WITHOUT ROWID;
  CREATE TABLE deliveries (
    id           INTEGER PRIMARY KEY,
    watchlist_id INTEGER NOT NULL REFERENCES watchlists (id) ON DELETE CASCADE,
    alert_id     INTEGER REFERENCES alerts (id) ON DELETE CASCADE,
    channel      TEXT NOT NULL CHECK (channel IN ('webhook', 'email', 'digest')),
    period       TEXT,
    status       TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'dead')),
    attempts     INTEGER NOT NULL DEFAULT 0,
    next_at      TEXT NOT NULL,
    last_error   TEXT,
    sent_at      TEXT,
    created_at   TEXT NOT NULL,
    UNIQUE (alert_id, channel)
  );
  CREATE UNIQUE INDEX deliveries_one_digest ON deliveries (watchlist_id, period) WHERE channel = 'digest';
  CREATE INDEX deliveries_due ON deliveries (status, next_at);
  CREATE TABLE alert_queue (
    article_id INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE
  );
  CREATE TRIGGER articles_alert_queue AFTER INSERT ON articles BEGIN
    INSERT INTO alert_queue (article_id) VALUES (new.id);
  END;
`;

/** Queues a delivery on each channel the alert's watchlist has: webhook, and e-mail unless it goes by digest. */
const QUEUE_DELIVERIES = `
  INSERT INTO deliveries (watchlist_id, alert_id, channel, next_at, created_at)
  SELECT w.id, a.id, c.channel, @at, @at
    FROM alerts a JOIN watchlists w ON w.id = a.watchlist_id
    JOIN (SELECT 'webhook' AS channel UNION ALL SELECT 'email') c
      ON (c.channel = 'webhook' AND w.webhook IS NOT NULL) OR (c.channel = 'email' AND w.email IS NOT NULL AND w.digest IS NULL)
   WHERE a.id = @alertId
  ON CONFLICT DO NOTHING`;

const ALERT_SELECT = `
  SELECT a.id, a.watchlist_id, w.name AS watchlist, a.kind, a.article_id, a.title, a.day, a.created_at, a.volume, r.read_at
    FROM alerts a JOIN watchlists w ON w.id = a.watchlist_id
    LEFT JOIN alert_reads r ON r.alert_id = a.id AND r.reader = @reader`;

/** Watchlists, alerts and deliveries in the SQLite store. */
export class SqliteAlerts implements AlertStore {
  private readonly recordTx: (scanned: number[], matches: Match[], day: string, at: string) => { alertId: number; watchlistId: number }[];
  private readonly volumeTx: (watchlistId: number, day: string, volume: { count: number; mean: number }, at: string) => boolean;

  constructor(
    private readonly db: Database.Database,
    private readonly gate: SqliteGate,
  ) {
    const scan = db.prepare('DELETE FROM alert_queue WHERE article_id = ?');
    const insert = db.prepare<[number, string, string, number]>(
      `INSERT INTO alerts (watchlist_id, kind, article_id, title, day, created_at)
       SELECT ?, 'match', id, title, ?, ? FROM articles WHERE id = ? ON CONFLICT DO NOTHING`,
    );
    const queue = db.prepare(QUEUE_DELIVERIES);
    this.recordTx = (scanned: number[], matches: Match[], day: string, at: string) => {
      const created: { alertId: number; watchlistId: number }[] = [];
      for (const m of matches) {
        const r = insert.run(m.watchlistId, day, at, m.articleId);
        if (!r.changes) continue;
        const alertId = Number(r.lastInsertRowid);
        queue.run({ alertId, at });
        created.push({ alertId, watchlistId: m.watchlistId });
      }
      for (const id of scanned) scan.run(id);
      return created;
    };
    const volume = db.prepare(
      `INSERT INTO alerts (watchlist_id, kind, article_id, day, created_at, volume) VALUES (?, 'volume', NULL, ?, ?, ?) ON CONFLICT DO NOTHING`,
    );
    this.volumeTx = (watchlistId: number, day: string, v: { count: number; mean: number }, at: string) => {
      const r = volume.run(watchlistId, day, at, JSON.stringify(v));
      if (r.changes) queue.run({ alertId: Number(r.lastInsertRowid), at });
      return r.changes > 0;
    };
  }

  async addWatchlist(w: NewWatchlist, at: string): Promise<Watchlist | null> {
    const r = await this.gate.write(() =>
      this.db
        .prepare(
          `INSERT INTO watchlists (name, owner, query, entity, tag, section, webhook, webhook_format, email, digest, created_at, since_article_id)
           VALUES (@name, @owner, @query, @entity, @tag, @section, @webhook, @webhookFormat, @email, @digest, @at,
                   (SELECT coalesce(max(id), 0) FROM articles))
           ON CONFLICT (name) DO NOTHING`,
        )
        .run({ ...w, at }),
    );
    return r.changes ? this.getWatchlist(w.name) : null;
  }

  async listWatchlists(): Promise<Watchlist[]> {
    return this.gate.run(() => this.db.prepare<[], WatchlistRow>('SELECT * FROM watchlists ORDER BY name').all().map(toWatchlist));
  }

  async getWatchlist(name: string): Promise<Watchlist | null> {
    const row = await this.gate.run(() => this.db.prepare<[string], WatchlistRow>('SELECT * FROM watchlists WHERE name = ?').get(name));
    return row ? toWatchlist(row) : null;
  }

  async removeWatchlist(name: string): Promise<Watchlist | null> {
    const row = await this.gate.write(() => this.db.prepare<[string], WatchlistRow>('DELETE FROM watchlists WHERE name = ? RETURNING *').get(name));
    return row ? toWatchlist(row) : null;
  }

  async queued(limit: number): Promise<number[]> {
    return this.gate.run(() =>
      this.db
        .prepare<[number], { id: number }>('SELECT article_id AS id FROM alert_queue ORDER BY article_id LIMIT ?')
        .all(limit)
        .map((r) => r.id),
    );
  }

  async queueLike(articleId: number, like: number): Promise<void> {
    await this.gate.write(() => {
      this.db.prepare('DELETE FROM alert_queue WHERE article_id = ? AND NOT EXISTS (SELECT 1 FROM alert_queue WHERE article_id = ?)').run(articleId, like);
    });
  }

  async candidates(ids: number[]): Promise<MatchCandidate[]> {
    const list = JSON.stringify(ids);
    type Row = { id: number; title: string; body: string; captions: string; section: string | null; date: string | null; source: string | null; url: string | null };
    return this.gate.run(() => {
      const rows = this.db
        .prepare<[string], Row>(
          `SELECT a.id, a.title, a.body, a.captions, coalesce(d.section, a.section) AS section, d.date, d.source, coalesce(a.canonical_url, a.url) AS url
             FROM articles a LEFT JOIN search_docs d ON d.id = a.id WHERE a.id IN (SELECT value FROM json_each(?)) ORDER BY a.id`,
        )
        .all(list);
      const facts = (table: string, column: string) => {
        const by = new Map<number, string[]>();
        const sql = `SELECT article_id AS id, ${column} AS value FROM ${table} WHERE article_id IN (SELECT value FROM json_each(?))`;
        for (const r of this.db.prepare<[string], { id: number; value: string }>(sql).all(list)) by.set(r.id, [...(by.get(r.id) ?? []), r.value]);
        return by;
      };
      const tags = facts('article_tags', 'tag');
      const entities = facts('article_entities', 'name');
      return rows.map((r) => ({
        id: r.id, title: r.title, body: [r.body, ...(JSON.parse(r.captions) as string[])].join('\n\n'),
        section: r.section, date: r.date, source: r.source ?? '', url: r.url, tags: tags.get(r.id) ?? [], entities: entities.get(r.id) ?? [],
      }));
    });
  }

  async recordMatches(scanned: number[], matches: Match[], day: string, at: string): Promise<{ alertId: number; watchlistId: number }[]> {
    return this.gate.write(() => this.recordTx(scanned, matches, day, at));
  }

  async dayCounts(watchlistId: number, from: string, to: string): Promise<{ day: string; count: number }[]> {
    return this.gate.run(() =>
      this.db
        .prepare<[number, string, string], { day: string; count: number }>(
          `SELECT day, count(*) AS count FROM alerts WHERE watchlist_id = ? AND kind = 'match' AND day BETWEEN ? AND ? GROUP BY day ORDER BY day`,
        )
        .all(watchlistId, from, to),
    );
  }

  async recordVolume(watchlistId: number, day: string, volume: { count: number; mean: number }, at: string): Promise<boolean> {
    return this.gate.write(() => this.volumeTx(watchlistId, day, volume, at));
  }

  async listAlerts(watchlistIds: number[], reader: string, options: { unreadOnly?: boolean; limit?: number }): Promise<Alert[]> {
    return this.gate.run(() =>
      this.db
        .prepare<{ reader: string; ids: string; limit: number }, AlertRow>(
          `${ALERT_SELECT} WHERE a.watchlist_id IN (SELECT value FROM json_each(@ids)) ${options.unreadOnly ? 'AND r.read_at IS NULL' : ''}
            ORDER BY a.id DESC LIMIT @limit`,
        )
        .all({ reader, ids: JSON.stringify(watchlistIds), limit: options.limit ?? 100 })
        .map(toAlert),
    );
  }

  async unreadCount(watchlistIds: number[], reader: string): Promise<number> {
    return this.gate.run(() =>
      this.db
        .prepare<{ reader: string; ids: string }, { n: number }>(
          `SELECT count(*) AS n FROM alerts a WHERE a.watchlist_id IN (SELECT value FROM json_each(@ids))
              AND NOT EXISTS (SELECT 1 FROM alert_reads r WHERE r.alert_id = a.id AND r.reader = @reader)`,
        )
        .get({ reader, ids: JSON.stringify(watchlistIds) })!.n,
    );
  }

  async unreadFor(reader: string): Promise<number> {
    return this.gate.run(() =>
      this.db
        .prepare<{ reader: string }, { n: number }>(
          `SELECT count(*) AS n FROM alerts a
            WHERE a.watchlist_id IN (SELECT id FROM watchlists WHERE owner = @reader OR owner IS NULL)
              AND NOT EXISTS (SELECT 1 FROM alert_reads r WHERE r.alert_id = a.id AND r.reader = @reader)`,
        )
        .get({ reader })!.n,
    );
  }

  async markRead(alertIds: number[], watchlistIds: number[], reader: string, at: string): Promise<number> {
    return this.gate.write(() =>
      this.db
        .prepare(
          `INSERT INTO alert_reads (alert_id, reader, read_at)
           SELECT id, @reader, @at FROM alerts WHERE id IN (SELECT value FROM json_each(@alerts)) AND watchlist_id IN (SELECT value FROM json_each(@ids))
           ON CONFLICT DO NOTHING`,
        )
        .run({ reader, at, alerts: JSON.stringify(alertIds), ids: JSON.stringify(watchlistIds) }).changes,
    );
  }

  async getAlert(id: number): Promise<Alert | null> {
    const row = await this.gate.run(() => this.db.prepare<{ reader: string; id: number }, AlertRow>(`${ALERT_SELECT} WHERE a.id = @id`).get({ reader: '', id }));
    return row ? toAlert(row) : null;
  }

  async alertsBetween(watchlistId: number, from: string, to: string): Promise<Alert[]> {
    return this.gate.run(() =>
      this.db
        .prepare<{ reader: string; id: number; from: string; to: string }, AlertRow>(
          `${ALERT_SELECT} WHERE a.watchlist_id = @id AND a.day BETWEEN @from AND @to ORDER BY a.id`,
        )
        .all({ reader: '', id: watchlistId, from, to })
        .map(toAlert),
    );
  }

  async queueDigest(watchlistId: number, period: string, at: string): Promise<boolean> {
    return this.gate.write(
      () =>
        this.db
          .prepare(`INSERT INTO deliveries (watchlist_id, channel, period, next_at, created_at) VALUES (?, 'digest', ?, ?, ?) ON CONFLICT DO NOTHING`)
          .run(watchlistId, period, at, at).changes > 0,
    );
  }

  async alertsOf(articleIds: number[]): Promise<{ id: number; watchlistId: number; articleId: number }[]> {
    return this.gate.run(() =>
      this.db
        .prepare<[string], { id: number; watchlistId: number; articleId: number }>(
          'SELECT id, watchlist_id AS watchlistId, article_id AS articleId FROM alerts WHERE article_id IN (SELECT value FROM json_each(?)) ORDER BY id',
        )
        .all(JSON.stringify(articleIds)),
    );
  }

  async relink(alertIds: number[], articleId: number): Promise<void> {
    await this.gate.write(() => {
      this.db.prepare('UPDATE alerts SET article_id = ? WHERE id IN (SELECT value FROM json_each(?))').run(articleId, JSON.stringify(alertIds));
    });
  }

  async dueDeliveries(now: string, limit: number): Promise<Delivery[]> {
    return this.gate.run(() =>
      this.db
        .prepare<[string, number], DeliveryRow>(`SELECT * FROM deliveries WHERE status = 'pending' AND next_at <= ? ORDER BY next_at, id LIMIT ?`)
        .all(now, limit)
        .map(toDelivery),
    );
  }

  async claimDelivery(id: number, now: string, leaseUntil: string): Promise<boolean> {
    return this.gate.write(() => this.db.prepare(`UPDATE deliveries SET next_at = ? WHERE id = ? AND status = 'pending' AND next_at <= ?`).run(leaseUntil, id, now).changes > 0);
  }

  async markSent(id: number, at: string): Promise<void> {
    await this.gate.write(() => this.db.prepare(`UPDATE deliveries SET status = 'sent', sent_at = ?, attempts = attempts + 1, last_error = NULL WHERE id = ?`).run(at, id));
  }

  async markFailed(id: number, error: string, nextAt: string | null): Promise<void> {
    await this.gate.write(() =>
      this.db
        .prepare(`UPDATE deliveries SET attempts = attempts + 1, last_error = ?, status = CASE WHEN ? IS NULL THEN 'dead' ELSE 'pending' END, next_at = coalesce(?, next_at) WHERE id = ?`)
        .run(error, nextAt, nextAt, id),
    );
  }

  async listDeliveries(watchlistId?: number, limit = 100): Promise<Delivery[]> {
    return this.gate.run(() =>
      this.db
        .prepare<[number | null, number | null, number], DeliveryRow>('SELECT * FROM deliveries WHERE ? IS NULL OR watchlist_id = ? ORDER BY id DESC LIMIT ?')
        .all(watchlistId ?? null, watchlistId ?? null, limit)
        .map(toDelivery),
    );
  }
}

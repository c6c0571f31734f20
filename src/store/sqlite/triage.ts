import type Database from 'better-sqlite3';
import type { InboxFilter, InboxItem, Triage, TriagePatch, TriageStore } from '../triage-types.js';
import { mergeTriage, triageOf, type TriageRow } from '../triage-rows.js';
import type { SqliteGate } from './gate.js';

/** The schema of the inbox's triage state, one row per article an editor touched (part of the web schema step). */
export const TRIAGE_SCHEMA = `
  CREATE TABLE article_triage (
    article_id   INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    state        TEXT NOT NULL CHECK (state IN ('new', 'kept', 'discarded', 'duplicate')),
    section      TEXT,
    duplicate_of INTEGER REFERENCES articles (id) ON DELETE SET NULL,
    tags         TEXT NOT NULL CHECK (json_valid(tags)),
    note         TEXT,
    updated_at   TEXT NOT NULL,
    updated_by   TEXT NOT NULL
  );
  CREATE INDEX article_triage_by_state ON article_triage (state, article_id);
  CREATE INDEX article_triage_by_section ON article_triage (section);
  -- The inbox's filters read these instead of every article (a filter that matches little scanned 100k rows).
  CREATE INDEX article_enrichment_by_section ON article_enrichment (json_extract(data, '$.predictedSection.name'));
  CREATE INDEX search_docs_by_source ON search_docs (source);
`;

type InboxRow = Omit<TriageRow, 'article_id' | 'state' | 'tags'> & {
  id: number; title: string; issue_id: number | null; url: string | null; printed_section: string | null; date: string | null; source: string | null;
  arrived_at: string | null; predicted: string | null; summary: string | null; enrich_tags: string | null; group_id: number | null;
  state: Triage['state'] | null; tags: string | null;
};

/** Triage and the inbox of the SQLite store. */
export class SqliteTriage implements TriageStore {
  constructor(
    private readonly db: Database.Database,
    private readonly gate: SqliteGate,
  ) {}

  async inbox(filter: InboxFilter): Promise<InboxItem[]> {
    const where: string[] = [];
    const params: (string | number)[] = [];
    const view = filter.view ?? 'inbox';
    if (view === 'inbox') where.push("(t.state IS NULL OR t.state = 'new')");
    else if (view !== 'all') (where.push('t.state = ?'), params.push(view));
    // Each filter is a set of ids read through an index, so one that matches little does not scan every article.
    if (filter.source !== undefined) (where.push('a.id IN (SELECT id FROM search_docs WHERE source = ?)'), params.push(filter.source));
    if (filter.section !== undefined) {
      where.push(`a.id IN (SELECT article_id FROM article_enrichment WHERE json_extract(data, '$.predictedSection.name') = ?
                           UNION ALL SELECT article_id FROM article_triage WHERE section = ?)`);
      params.push(filter.section, filter.section);
    }
    if (filter.tag !== undefined) {
      where.push(`a.id IN (SELECT article_id FROM article_tags WHERE tag = ?
                           UNION ALL SELECT x.article_id FROM article_triage x, json_each(x.tags) j WHERE j.value = ?)`);
      params.push(filter.tag, filter.tag);
    }
    if (filter.from !== undefined || filter.to !== undefined) {
      where.push('a.id IN (SELECT id FROM search_docs WHERE date >= ? AND date <= ?)');
      params.push(filter.from ?? '0000', filter.to ?? '9999');
    }
    const rows = await this.gate.run(() =>
      this.db
        .prepare<(string | number)[], InboxRow>(
          `SELECT a.id, a.title, a.issue_id, coalesce(a.canonical_url, a.url) AS url, a.section AS printed_section,
                  d.date, d.source, coalesce(a.fetched_at, f.imported_at) AS arrived_at,
                  json_extract(e.data, '$.predictedSection.name') AS predicted, json_extract(e.data, '$.summary') AS summary,
                  (SELECT json_group_array(tag) FROM (SELECT tag FROM article_tags g WHERE g.article_id = a.id ORDER BY score DESC)) AS enrich_tags,
                  eg.group_id, t.state, t.section, t.duplicate_of, t.tags, t.note, t.updated_at, t.updated_by
             FROM articles a
             LEFT JOIN article_triage t ON t.article_id = a.id
             LEFT JOIN search_docs d ON d.id = a.id
             LEFT JOIN article_enrichment e ON e.article_id = a.id
             LEFT JOIN event_groups eg ON eg.article_id = a.id
             LEFT JOIN issues i ON i.id = a.issue_id
             LEFT JOIN source_files f ON f.id = i.source_file_id
            ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
            ORDER BY a.id DESC LIMIT ? OFFSET ?`,
        )
        .all(...params, filter.limit ?? 50, filter.offset ?? 0),
    );
    return rows.map((r) => ({
      id: r.id, title: r.title, origin: r.issue_id === null ? 'web' : 'bulletin', source: r.source ?? '', date: r.date, arrivedAt: r.arrived_at,
      url: r.url, issueId: r.issue_id, printedSection: r.printed_section, predictedSection: r.predicted,
      tags: r.enrich_tags ? (JSON.parse(r.enrich_tags) as string[]) : [], summary: r.summary ?? '', groupId: r.group_id,
      triage: r.state === null ? null : triageOf({ ...r, article_id: r.id, state: r.state, tags: r.tags ?? '[]' }),
    }));
  }

  async get(articleIds: number[]): Promise<Map<number, Triage>> {
    const get = this.db.prepare<[number], TriageRow>('SELECT * FROM article_triage WHERE article_id = ?');
    return this.gate.run(() => {
      const out = new Map<number, Triage>();
      for (const id of articleIds) {
        const r = get.get(id);
        if (r) out.set(id, triageOf(r));
      }
      return out;
    });
  }

  async set(articleIds: number[], patch: TriagePatch, at: string, by: string): Promise<Map<number, Triage>> {
    const get = this.db.prepare<[number], TriageRow>('SELECT * FROM article_triage WHERE article_id = ?');
    const put = this.db.prepare(
      `INSERT OR REPLACE INTO article_triage (article_id, state, section, duplicate_of, tags, note, updated_at, updated_by)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    return this.gate.write(() => {
      const out = new Map<number, Triage>();
      for (const id of articleIds) {
        const before = get.get(id);
        const next = mergeTriage(before ? triageOf(before) : null, patch, at, by);
        put.run(id, next.state, next.section, next.duplicateOf, JSON.stringify(next.tags), next.note, at, by);
        out.set(id, next);
      }
      return out;
    });
  }

  async duplicatesOf(articleIds: number[]): Promise<number[]> {
    return this.gate.run(() =>
      this.db
        .prepare<[string], { id: number }>('SELECT article_id AS id FROM article_triage WHERE duplicate_of IN (SELECT value FROM json_each(?)) ORDER BY article_id')
        .all(JSON.stringify(articleIds))
        .map((r) => r.id),
    );
  }

  async moveDuplicates(from: number, to: number, only?: number[]): Promise<number[]> {
    return this.gate.write(() =>
      this.db
        .prepare<[number, number, number, string | null, string], { id: number }>(
          `UPDATE article_triage SET duplicate_of = ? WHERE duplicate_of = ? AND article_id <> ?
             AND (? IS NULL OR article_id IN (SELECT value FROM json_each(?))) RETURNING article_id AS id`,
        )
        .all(to, from, to, only ? 'only' : null, JSON.stringify(only ?? []))
        .map((r) => r.id)
        .sort((a, b) => a - b),
    );
  }

  async restore(triage: [number, Triage | null][]): Promise<void> {
    const put = this.db.prepare(
      `INSERT OR REPLACE INTO article_triage (article_id, state, section, duplicate_of, tags, note, updated_at, updated_by)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const clear = this.db.prepare('DELETE FROM article_triage WHERE article_id = ?');
    await this.gate.write(() => {
      for (const [id, t] of triage) {
        if (t) put.run(id, t.state, t.section, t.duplicateOf, JSON.stringify(t.tags), t.note, t.updatedAt, t.updatedBy);
        else clear.run(id);
      }
    });
  }

  async sources(): Promise<{ source: string; count: number }[]> {
    return this.gate.run(() =>
      this.db.prepare<[], { source: string; count: number }>('SELECT source, count(*) AS count FROM search_docs GROUP BY source ORDER BY count DESC, source').all(),
    );
  }
}

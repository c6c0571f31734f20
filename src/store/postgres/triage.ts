import type { InboxFilter, InboxItem, Triage, TriagePatch, TriageStore } from '../triage-types.js';
import { mergeTriage, triageOf, type TriageRow } from '../triage-rows.js';
import { prepared, type Query } from './connection.js';

/** The schema of the inbox's triage state, one row per article an editor touched (part of the web schema step). */
export const TRIAGE_SCHEMA = `
  CREATE TABLE article_triage (
    article_id   bigint PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    state        text NOT NULL CHECK (state IN ('new', 'kept', 'discarded', 'duplicate')),
    section      text,
    duplicate_of bigint REFERENCES articles (id) ON DELETE SET NULL,
    tags         jsonb NOT NULL CHECK (jsonb_typeof(tags) = 'array'),
    note         text,
    updated_at   timestamptz NOT NULL,
    updated_by   text NOT NULL
  );
  CREATE INDEX article_triage_by_state ON article_triage (state, article_id);
  CREATE INDEX article_triage_by_section ON article_triage (section);
  -- The inbox's filters read these instead of every article (a filter that matches little scanned 100k rows).
  CREATE INDEX article_enrichment_by_section ON article_enrichment ((data->'predictedSection'->>'name'));
  CREATE INDEX search_docs_by_source ON search_docs (source);
`;

type InboxRow = Omit<TriageRow, 'article_id' | 'state' | 'tags' | 'updated_at'> & {
  id: string | number; title: string; issue_id: string | number | null; url: string | null; printed_section: string | null; date: string | null;
  source: string | null; arrived_at: string | null; predicted: string | null; summary: string | null; enrich_tags: string[] | null;
  group_id: number | null; state: Triage['state'] | null; tags: string | null; updated_at: string | null;
};

/** The inbox's rows of the articles `$1`, newest first (one prepared statement for every filter). */
const INBOX_PAGE = prepared(`SELECT a.id, a.title, a.issue_id, coalesce(a.canonical_url, a.url) AS url, a.section AS printed_section,
         d.date::text AS date, d.source, coalesce(a.fetched_at, to_char(f.imported_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')) AS arrived_at,
         e.data->'predictedSection'->>'name' AS predicted, e.data->>'summary' AS summary,
         ARRAY(SELECT tag FROM article_tags g WHERE g.article_id = a.id ORDER BY score DESC) AS enrich_tags,
         eg.group_id, t.state, t.section, t.duplicate_of, t.tags, t.note, t.updated_at, t.updated_by
    FROM articles a
    LEFT JOIN article_triage t ON t.article_id = a.id
    LEFT JOIN search_docs d ON d.id = a.id
    LEFT JOIN article_enrichment e ON e.article_id = a.id
    LEFT JOIN event_groups eg ON eg.article_id = a.id
    LEFT JOIN issues i ON i.id = a.issue_id
    LEFT JOIN source_files f ON f.id = i.source_file_id
   WHERE a.id = ANY($1::bigint[])
   ORDER BY a.id DESC`);

/** Triage and the inbox of the PostgreSQL store (the pool reads ids as numbers, JSON as text, times as ISO: ./connection.ts). */
export class PostgresTriage implements TriageStore {
  constructor(
    private readonly query: Query,
    /** Runs work in one transaction, with that transaction's Query. */
    private readonly transact: <T>(work: (tx: Query) => Promise<T>) => Promise<T>,
  ) {}

  async inbox(filter: InboxFilter): Promise<InboxItem[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    const p = (v: unknown) => (params.push(v), `$${params.length}`);
    const view = filter.view ?? 'inbox';
    if (view === 'inbox') where.push("(t.state IS NULL OR t.state = 'new')");
    else if (view !== 'all') where.push(`t.state = ${p(view)}`);
    // Each filter is a set of ids read through an index, so one that matches little does not scan every article.
    if (filter.source !== undefined) where.push(`a.id IN (SELECT id FROM search_docs WHERE source = ${p(filter.source)})`);
    if (filter.section !== undefined) {
      const s = p(filter.section);
      where.push(`a.id IN (SELECT article_id FROM article_enrichment WHERE data->'predictedSection'->>'name' = ${s}
                           UNION ALL SELECT article_id FROM article_triage WHERE section = ${s})`);
    }
    if (filter.tag !== undefined) {
      const tag = p(filter.tag);
      where.push(`a.id IN (SELECT article_id FROM article_tags WHERE tag = ${tag} UNION ALL SELECT article_id FROM article_triage WHERE tags ? ${tag})`);
    }
    if (filter.from !== undefined || filter.to !== undefined) {
      where.push(`a.id IN (SELECT id FROM search_docs WHERE date >= ${p(filter.from ?? '0000')} AND date <= ${p(filter.to ?? '9999')})`);
    }
    const limit = p(filter.limit ?? 50);
    const offset = p(filter.offset ?? 0);
    // The page's ids first, from articles and triage alone (joining the rest before paging made the planner join
    // every article: page 40 took 300 ms at 100k), one text per combination of filters, each prepared once per
    // connection. Then the page's rows, one statement for every filter, by ids: its plan is kept (with the paging in
    // it, LIMIT and OFFSET unknown to a kept plan, PostgreSQL planned the eight tables again at every ask, 3× its run).
    const page = await this.query<{ id: string | number }>(
      prepared(`SELECT a.id FROM articles a LEFT JOIN article_triage t ON t.article_id = a.id
                ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
                ORDER BY a.id DESC LIMIT ${limit} OFFSET ${offset}`),
      params,
    );
    if (!page.length) return [];
    const rows = await this.query<InboxRow>(INBOX_PAGE, [page.map((r) => r.id)]);
    return rows.map((r) => ({
      id: Number(r.id), title: r.title, origin: r.issue_id === null ? 'web' : 'bulletin', source: r.source ?? '', date: r.date,
      arrivedAt: r.arrived_at, url: r.url, issueId: r.issue_id === null ? null : Number(r.issue_id), printedSection: r.printed_section,
      predictedSection: r.predicted, tags: r.enrich_tags ?? [], summary: r.summary ?? '', groupId: r.group_id,
      triage: r.state === null ? null : triageOf({ ...r, article_id: Number(r.id), state: r.state, tags: r.tags ?? '[]', updated_at: r.updated_at ?? '' }),
    }));
  }

  async get(articleIds: number[]): Promise<Map<number, Triage>> {
    const rows = await this.query<TriageRow>('SELECT * FROM article_triage WHERE article_id = ANY($1)', [articleIds]);
    return new Map(rows.map((r) => [Number(r.article_id), triageOf(r)]));
  }

  /** One transaction: the patch is applied to every article or to none. */
  async set(articleIds: number[], patch: TriagePatch, at: string, by: string): Promise<Map<number, Triage>> {
    return this.transact(async (tx) => {
      const rows = await tx<TriageRow>('SELECT * FROM article_triage WHERE article_id = ANY($1) FOR UPDATE', [articleIds]);
      const before = new Map(rows.map((r) => [Number(r.article_id), triageOf(r)]));
      const out = new Map<number, Triage>();
      for (const id of articleIds) {
        const next = mergeTriage(before.get(id) ?? null, patch, at, by);
        await tx(
        `INSERT INTO article_triage (article_id, state, section, duplicate_of, tags, note, updated_at, updated_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
         ON CONFLICT (article_id) DO UPDATE SET state = EXCLUDED.state, section = EXCLUDED.section, duplicate_of = EXCLUDED.duplicate_of,
           tags = EXCLUDED.tags, note = EXCLUDED.note, updated_at = EXCLUDED.updated_at, updated_by = EXCLUDED.updated_by`,
        [id, next.state, next.section, next.duplicateOf, JSON.stringify(next.tags), next.note, at, by],
      );
        out.set(id, next);
      }
      return out;
    });
  }

  async duplicatesOf(articleIds: number[]): Promise<number[]> {
    const rows = await this.query<{ article_id: number }>('SELECT article_id FROM article_triage WHERE duplicate_of = ANY($1::bigint[]) ORDER BY article_id', [articleIds]);
    return rows.map((r) => Number(r.article_id));
  }

  async moveDuplicates(from: number, to: number, only?: number[]): Promise<number[]> {
    const rows = await this.query<{ article_id: number }>(
      `UPDATE article_triage SET duplicate_of = $1 WHERE duplicate_of = $2 AND article_id <> $1
         AND ($3::bigint[] IS NULL OR article_id = ANY($3::bigint[])) RETURNING article_id`,
      [to, from, only ?? null],
    );
    return rows.map((r) => Number(r.article_id)).sort((a, b) => a - b);
  }

  async restore(triage: [number, Triage | null][]): Promise<void> {
    await this.transact(async (tx) => {
      for (const [id, t] of triage) {
        if (!t) {
          await tx('DELETE FROM article_triage WHERE article_id = $1', [id]);
          continue;
        }
        await tx(
          `INSERT INTO article_triage (article_id, state, section, duplicate_of, tags, note, updated_at, updated_by)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
           ON CONFLICT (article_id) DO UPDATE SET state = EXCLUDED.state, section = EXCLUDED.section, duplicate_of = EXCLUDED.duplicate_of,
             tags = EXCLUDED.tags, note = EXCLUDED.note, updated_at = EXCLUDED.updated_at, updated_by = EXCLUDED.updated_by`,
          [id, t.state, t.section, t.duplicateOf, JSON.stringify(t.tags), t.note, t.updatedAt, t.updatedBy],
        );
      }
    });
  }

  async sources(): Promise<{ source: string; count: number }[]> {
    const rows = await this.query<{ source: string; count: string }>('SELECT source, count(*) AS count FROM search_docs GROUP BY source ORDER BY count DESC, source');
    return rows.map((r) => ({ source: r.source, count: Number(r.count) }));
  }
}

import { lookupKeys } from '../../enrich/index.js';
import type { Fingerprint, SectionModel } from '../../enrich/types.js';
import type { ArticleUnderstanding, EnrichmentRepository, EventGroup, StoredEnrichment, UnderstandingContext } from '../enrichment-types.js';
import { articleFacts } from '../../search/facts.js';
import { setArticleFactsInTx } from './search-index.js';
import { relearnNames } from './learned-names.js';
import { GROUP_ROWS, groupAll, groupMemberRows, placeInGroup, splitGroup, SECTION_MODEL, toGroups, type CandidateRow, type FingerprintRow, type GroupRow } from '../grouping.js';
import type { PgConnection } from './connection.js';

/** One article's new understanding, as saved. */
export interface UnderstandingItem {
  articleId: number;
  understanding: ArticleUnderstanding;
}

/**
 * The understanding tables of a PostgreSQL store: enrichment, document frequencies, fingerprints and same-event
 * groups. Writers run inside the caller's transaction after `lock()`: document frequencies and groups are read,
 * decided on and written back, so two writers at once would count against stale frequencies or hand out the
 * same new group id; the lock makes them take turns (readers are not held up).
 */
export class PostgresEnrichment implements EnrichmentRepository {
  private readonly query;

  constructor(private readonly conn: PgConnection) {
    this.query = conn.query;
  }

  async save(items: UnderstandingItem[]): Promise<void> {
    await this.conn.transaction(async (client) => {
      await this.lock();
      await this.store(items);
      for (const { articleId, understanding: u } of items) {
        await setArticleFactsInTx(client, articleId, articleFacts(u.enrichment.tags, u.enrichment.entities));
      }
    });
  }

  async relearnNames(progress?: (done: number, total: number) => void): Promise<number> {
    return relearnNames(this.conn, progress);
  }

  async regroup(): Promise<void> {
    await this.conn.transaction(async () => {
      await this.lock();
      await this.regroupNow();
    });
  }

  async regroupArticles(articleIds: number[]): Promise<void> {
    await this.conn.transaction(async () => {
      await this.lock();
      const groups = await this.groupsOf(articleIds);
      await this.query('DELETE FROM event_groups WHERE article_id = ANY($1::bigint[])', [articleIds]);
      await this.splitGroups(groups);
      for (const id of articleIds) {
        const [fp] = await this.query<{ simhash: string; keys: string }>('SELECT simhash, keys::text AS keys FROM article_fingerprints WHERE article_id = $1', [id]);
        if (fp) await this.group(id, { simhash: fp.simhash, keys: JSON.parse(fp.keys) as string[] });
      }
    });
  }

  /** The same-event groups these articles are in. */
  async groupsOf(articleIds: number[]): Promise<number[]> {
    const rows = await this.query<{ group_id: number }>('SELECT DISTINCT group_id FROM event_groups WHERE article_id = ANY($1::bigint[])', [articleIds]);
    return rows.map((r) => Number(r.group_id));
  }

  /** Splits these groups into the parts of them that still match, after articles left them (splitGroup). In the caller's transaction. */
  async splitGroups(groups: number[]): Promise<void> {
    if (!groups.length) return;
    await this.lock();
    const [{ max }] = await this.query<{ max: number | null }>('SELECT max(group_id) AS max FROM event_groups');
    let next = (max ?? 0) + 1;
    for (const group of groups) {
      const rows = await this.query<FingerprintRow>(
        `SELECT f.article_id, f.simhash, f.keys::text AS keys FROM event_groups g JOIN article_fingerprints f ON f.article_id = g.article_id
          WHERE g.group_id = $1 ORDER BY f.article_id`,
        [group],
      );
      const split = splitGroup(rows.map((r) => ({ ...r, article_id: Number(r.article_id) })), group, next);
      next = split.nextGroup;
      for (const [articleId, to] of split.moves) await this.query('UPDATE event_groups SET group_id = $1 WHERE article_id = $2', [to, articleId]);
    }
  }

  /** Waits for other writers of the understanding tables, until the caller's transaction ends. */
  async lock(): Promise<void> {
    // 'jbgroups' in ASCII; the schema lock (migrations.ts) uses another key.
    await this.query(`SELECT pg_advisory_xact_lock(x'6a6267726f757073'::bigint)`);
  }

  /** Document frequencies over every enriched article, and the saved section model. */
  async context(): Promise<UnderstandingContext> {
    const [{ n }] = await this.query<{ n: number }>('SELECT count(*) AS n FROM article_enrichment');
    const frequencies: Record<string, number> = {};
    for (const r of await this.query<{ term: string; df: number }>('SELECT term, df FROM doc_freq WHERE df > 0')) frequencies[r.term] = r.df;
    const [model] = await this.query<{ data: string }>('SELECT data FROM models WHERE name = $1', [SECTION_MODEL]);
    return { docFreq: { documents: n, frequencies }, sectionModel: model ? (JSON.parse(model.data) as SectionModel) : null };
  }

  /**
   * Stores or replaces these articles' enrichment, moves document frequencies from their old terms to the new
   * ones, and stores their fingerprints with lookup keys: a few statements for the whole batch; in the caller's
   * transaction, after `lock()`.
   */
  async store(items: UnderstandingItem[]): Promise<void> {
    if (!items.length) return;
    const ids = items.map((i) => i.articleId);
    const delta = new Map<string, number>();
    const old = await this.query<{ terms: string }>('SELECT terms FROM article_enrichment WHERE article_id = ANY($1::bigint[])', [ids]);
    for (const r of old) for (const t of new Set(JSON.parse(r.terms) as string[])) delta.set(t, (delta.get(t) ?? 0) - 1);
    for (const { understanding } of items) for (const t of new Set(understanding.terms)) delta.set(t, (delta.get(t) ?? 0) + 1);
    const changed = [...delta].filter(([, d]) => d !== 0).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    await this.query(
      `INSERT INTO doc_freq (term, df) SELECT * FROM unnest($1::text[], $2::integer[])
       ON CONFLICT (term) DO UPDATE SET df = doc_freq.df + excluded.df`,
      [changed.map(([t]) => t), changed.map(([, d]) => d)],
    );
    const us = items.map((i) => i.understanding);
    await this.query(
      `INSERT INTO article_enrichment (article_id, data, terms, version)
       SELECT * FROM unnest($1::bigint[], $2::json[], $3::jsonb[], $4::text[])
       ON CONFLICT (article_id) DO UPDATE SET data = excluded.data, terms = excluded.terms, version = excluded.version`,
      [ids, us.map((u) => JSON.stringify(u.enrichment)), us.map((u) => JSON.stringify(u.terms)), us.map((u) => u.version)],
    );
    const fps = us.map((u) => u.enrichment.fingerprint);
    await this.query(
      `INSERT INTO article_fingerprints (article_id, simhash, keys) SELECT * FROM unnest($1::bigint[], $2::text[], $3::jsonb[])
       ON CONFLICT (article_id) DO UPDATE SET simhash = excluded.simhash, keys = excluded.keys`,
      [ids, fps.map((f) => f.simhash), fps.map((f) => JSON.stringify(f.keys))],
    );
    await this.query('DELETE FROM fingerprint_lookup WHERE article_id = ANY($1::bigint[])', [ids]);
    const lookups = items.flatMap(({ articleId }, i) => lookupKeys(fps[i]).map((key) => [key, articleId] as const));
    await this.query(
      `INSERT INTO fingerprint_lookup (key, article_id) SELECT * FROM unnest($1::text[], $2::bigint[]) ON CONFLICT DO NOTHING`,
      [lookups.map(([k]) => k), lookups.map(([, id]) => id)],
    );
  }

  /**
   * Puts a newly stored article into its same-event group, looking candidates up by key instead of loading
   * every fingerprint; groups it bridges are merged.
   */
  async group(articleId: number, fp: Fingerprint): Promise<void> {
    const candidates = await this.query<CandidateRow>(
      `SELECT DISTINCT f.article_id, f.simhash, f.keys, g.group_id
         FROM fingerprint_lookup l
         JOIN article_fingerprints f ON f.article_id = l.article_id
         JOIN event_groups g ON g.article_id = l.article_id
        WHERE l.key = ANY($1::text[])
        ORDER BY f.article_id`,
      [lookupKeys(fp)],
    );
    const [{ max }] = await this.query<{ max: number | null }>('SELECT max(group_id) AS max FROM event_groups');
    const { group, merges } = placeInGroup(articleId, fp, candidates, max);
    for (const [into, from] of merges) await this.query('UPDATE event_groups SET group_id = $1 WHERE group_id = $2', [into, from]);
    await this.setGroups([articleId], [group]);
  }

  /** Takes an issue's articles out of the document frequencies, before they are removed. */
  async uncountIssue(issueId: number): Promise<void> {
    await this.query(
      `UPDATE doc_freq d SET df = d.df - n.count
         FROM (SELECT t.term, count(*) AS count
                 FROM article_enrichment e JOIN articles a ON a.id = e.article_id,
                      LATERAL (SELECT DISTINCT value AS term FROM jsonb_array_elements_text(e.terms)) t
                WHERE a.issue_id = $1 GROUP BY t.term) n
        WHERE d.term = n.term`,
      [issueId],
    );
  }

  /** Takes one article out of the document frequencies, before it is removed. */
  async uncountArticle(articleId: number): Promise<void> {
    await this.query(
      `UPDATE doc_freq d SET df = d.df - 1
        WHERE d.term IN (SELECT DISTINCT value FROM article_enrichment e, jsonb_array_elements_text(e.terms) WHERE e.article_id = $1)`,
      [articleId],
    );
  }

  /** Recomputes every group from the stored fingerprints in article order. */
  private async regroupNow(): Promise<void> {
    const groups = groupAll(await this.query<FingerprintRow>('SELECT article_id, simhash, keys FROM article_fingerprints ORDER BY article_id'));
    await this.query('DELETE FROM event_groups');
    await this.setGroups([...groups.keys()], [...groups.values()]);
  }

  /** One article's enrichment with its group, or null. */
  async get(articleId: number): Promise<StoredEnrichment | null> {
    const [row] = await this.query<{ data: string; version: string; group_id: number | null }>(
      `SELECT e.data, e.version, g.group_id FROM article_enrichment e
         LEFT JOIN event_groups g ON g.article_id = e.article_id WHERE e.article_id = $1`,
      [articleId],
    );
    if (!row) return null;
    return { enrichment: JSON.parse(row.data) as StoredEnrichment['enrichment'], version: row.version, groupId: row.group_id };
  }

  async getMany(articleIds: number[]): Promise<Map<number, StoredEnrichment>> {
    // One statement for a whole pool: one per article was ~260 round trips per editor's pool at 100k articles,
    // and sent at once they took every pooled connection from the other requests.
    const rows = articleIds.length
      ? await this.query<{ article_id: number; data: string; version: string; group_id: number | null }>(
          `SELECT e.article_id, e.data, e.version, g.group_id FROM article_enrichment e
             LEFT JOIN event_groups g ON g.article_id = e.article_id WHERE e.article_id = ANY ($1::bigint[])`,
          [articleIds],
        )
      : [];
    return new Map(rows.map((r) => [r.article_id, { enrichment: JSON.parse(r.data) as StoredEnrichment['enrichment'], version: r.version, groupId: r.group_id }]));
  }

  /** Ids of articles without an enrichment of this version: web articles (no issue) first, as the embedded store has them. */
  async stale(version: string): Promise<number[]> {
    const rows = await this.query<{ id: number }>(
      `SELECT a.id FROM articles a LEFT JOIN article_enrichment e ON e.article_id = a.id
        WHERE e.version IS DISTINCT FROM $1 ORDER BY a.issue_id NULLS FIRST, a.ordinal, a.id`,
      [version],
    );
    return rows.map((r) => r.id);
  }

  /** Groups of two articles or more, each with its articles' titles, issue dates and sources. */
  async groups(): Promise<EventGroup[]> {
    return toGroups(await this.query<GroupRow>(GROUP_ROWS));
  }

  async eventGroup(groupId: number): Promise<EventGroup | null> {
    return toGroups(await this.query<GroupRow>(groupMemberRows('$1'), [groupId]))[0] ?? null;
  }

  /** Saves the section model, replacing the previous one. */
  async saveSectionModel(model: SectionModel): Promise<void> {
    await this.query(
      `INSERT INTO models (name, data) VALUES ($1, $2)
       ON CONFLICT (name) DO UPDATE SET data = excluded.data, saved_at = excluded.saved_at`,
      [SECTION_MODEL, JSON.stringify(model)],
    );
  }

  private async setGroups(articleIds: number[], groups: number[]): Promise<void> {
    await this.query(
      `INSERT INTO event_groups (article_id, group_id) SELECT * FROM unnest($1::bigint[], $2::bigint[])
       ON CONFLICT (article_id) DO UPDATE SET group_id = excluded.group_id`,
      [articleIds, groups],
    );
  }
}

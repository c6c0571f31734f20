import type Database from 'better-sqlite3';
import { lookupKeys } from '../../enrich/index.js';
import type { Fingerprint, SectionModel } from '../../enrich/types.js';
import type { ArticleUnderstanding, EnrichmentRepository, EventGroup, StoredEnrichment, UnderstandingContext } from '../enrichment-types.js';
import { articleFacts } from '../../search/facts.js';
import type { SqliteGate } from './gate.js';
import type { SearchIndexWriter } from './search-index.js';
import { relearnNames } from './learned-names.js';
import { GROUP_ROWS, groupAll, groupMemberRows, placeInGroup, splitGroup, SECTION_MODEL, toGroups, type CandidateRow, type FingerprintRow, type GroupRow } from '../grouping.js';

/**
 * The understanding tables of an SQLite store (migration 2): enrichment, document frequencies, fingerprints
 * and same-event groups. The repository's members wait for the gate; the synchronous ones (`*Now`, `group`,
 * `uncountIssue`) are what an import runs inside its own transaction.
 */
export class SqliteEnrichment implements EnrichmentRepository {
  private readonly oldTerms: Database.Statement<[number], { terms: string }>;
  private readonly upsertEnrichment: Database.Statement;
  private readonly countTerm: Database.Statement;
  private readonly uncountTerm: Database.Statement;
  private readonly upsertFingerprint: Database.Statement;
  private readonly dropLookup: Database.Statement;
  private readonly insertLookup: Database.Statement;
  private readonly candidates: Database.Statement<[string], CandidateRow>;
  private readonly setGroup: Database.Statement;
  private readonly mergeGroup: Database.Statement;
  private readonly maxGroup: Database.Statement<[], { max: number | null }>;

  constructor(
    private readonly db: Database.Database,
    private readonly gate: SqliteGate,
    private readonly index: SearchIndexWriter,
  ) {
    this.oldTerms = db.prepare('SELECT terms FROM article_enrichment WHERE article_id = ?');
    this.upsertEnrichment = db.prepare(
      `INSERT INTO article_enrichment (article_id, data, terms, version) VALUES (@articleId, @data, @terms, @version)
       ON CONFLICT (article_id) DO UPDATE SET data = excluded.data, terms = excluded.terms, version = excluded.version`,
    );
    this.countTerm = db.prepare('INSERT INTO doc_freq (term, df) VALUES (?, 1) ON CONFLICT (term) DO UPDATE SET df = df + 1');
    this.uncountTerm = db.prepare('UPDATE doc_freq SET df = df - 1 WHERE term = ?');
    this.upsertFingerprint = db.prepare(
      `INSERT INTO article_fingerprints (article_id, simhash, keys) VALUES (?, ?, ?)
       ON CONFLICT (article_id) DO UPDATE SET simhash = excluded.simhash, keys = excluded.keys`,
    );
    this.dropLookup = db.prepare('DELETE FROM fingerprint_lookup WHERE article_id = ?');
    this.insertLookup = db.prepare('INSERT OR IGNORE INTO fingerprint_lookup (key, article_id) VALUES (?, ?)');
    this.candidates = db.prepare(
      `SELECT DISTINCT f.article_id, f.simhash, f.keys, g.group_id
         FROM fingerprint_lookup l
         JOIN article_fingerprints f ON f.article_id = l.article_id
         JOIN event_groups g ON g.article_id = l.article_id
        WHERE l.key IN (SELECT value FROM json_each(?))`,
    );
    this.setGroup = db.prepare(
      'INSERT INTO event_groups (article_id, group_id) VALUES (?, ?) ON CONFLICT (article_id) DO UPDATE SET group_id = excluded.group_id',
    );
    this.mergeGroup = db.prepare('UPDATE event_groups SET group_id = ? WHERE group_id = ?');
    this.maxGroup = db.prepare('SELECT max(group_id) AS max FROM event_groups');
  }

  async context(): Promise<UnderstandingContext> {
    return this.gate.run(() => this.contextNow());
  }

  async get(articleId: number): Promise<StoredEnrichment | null> {
    return this.gate.run(() => this.getNow(articleId));
  }

  async getMany(articleIds: number[]): Promise<Map<number, StoredEnrichment>> {
    return this.gate.run(() => {
      const found = new Map<number, StoredEnrichment>();
      for (const id of articleIds) {
        const stored = this.getNow(id);
        if (stored) found.set(id, stored);
      }
      return found;
    });
  }

  async stale(version: string): Promise<number[]> {
    return this.gate.run(() => this.staleNow(version));
  }

  async relearnNames(progress?: (done: number, total: number) => void): Promise<number> {
    return relearnNames(this.db, this.gate, progress);
  }

  async save(items: { articleId: number; understanding: ArticleUnderstanding }[]): Promise<void> {
    await this.gate.write(() => {
      for (const { articleId, understanding } of items) {
        this.saveNow(articleId, understanding);
        this.index.setFacts(articleId, articleFacts(understanding.enrichment.tags, understanding.enrichment.entities));
      }
    });
  }

  async regroup(): Promise<void> {
    await this.gate.write(() => this.regroupNow());
  }

  async regroupArticles(articleIds: number[]): Promise<void> {
    await this.gate.write(() => {
      const groups = this.groupsOfNow(articleIds);
      const leave = this.db.prepare('DELETE FROM event_groups WHERE article_id = ?');
      for (const id of articleIds) leave.run(id);
      this.splitGroupsNow(groups);
      const fingerprint = this.db.prepare<[number], { simhash: string; keys: string }>('SELECT simhash, keys FROM article_fingerprints WHERE article_id = ?');
      for (const id of articleIds) {
        const fp = fingerprint.get(id);
        if (fp) this.group(id, { simhash: fp.simhash, keys: JSON.parse(fp.keys) as string[] });
      }
    });
  }

  /** The same-event groups these articles are in. */
  groupsOfNow(articleIds: number[]): number[] {
    return this.db
      .prepare<[string], { group_id: number }>('SELECT DISTINCT group_id FROM event_groups WHERE article_id IN (SELECT value FROM json_each(?))')
      .all(JSON.stringify(articleIds))
      .map((r) => r.group_id);
  }

  /** Splits these groups into the parts of them that still match, after articles left them (splitGroup). */
  splitGroupsNow(groups: number[]): void {
    const members = this.db.prepare<[number], FingerprintRow>(
      `SELECT f.article_id, f.simhash, f.keys FROM event_groups g JOIN article_fingerprints f ON f.article_id = g.article_id
        WHERE g.group_id = ? ORDER BY f.article_id`,
    );
    let next = (this.maxGroup.get()?.max ?? 0) + 1;
    for (const group of groups) {
      const split = splitGroup(members.all(group), group, next);
      next = split.nextGroup;
      for (const [articleId, to] of split.moves) this.setGroup.run(articleId, to);
    }
  }

  async groups(): Promise<EventGroup[]> {
    return this.gate.run(() => toGroups(this.db.prepare<[], GroupRow>(GROUP_ROWS).all()));
  }

  async eventGroup(groupId: number): Promise<EventGroup | null> {
    return this.gate.run(() => toGroups(this.db.prepare<[number], GroupRow>(groupMemberRows('?')).all(groupId))[0] ?? null);
  }

  async saveSectionModel(model: SectionModel): Promise<void> {
    await this.gate.write(() =>
      this.db
        .prepare(
          `INSERT INTO models (name, data, saved_at) VALUES (?, ?, ?)
           ON CONFLICT (name) DO UPDATE SET data = excluded.data, saved_at = excluded.saved_at`,
        )
        .run(SECTION_MODEL, JSON.stringify(model), new Date().toISOString()),
    );
  }

  /** Document frequencies over every enriched article, and the saved section model. */
  contextNow(): UnderstandingContext {
    const documents = (this.db.prepare('SELECT count(*) AS n FROM article_enrichment').get() as { n: number }).n;
    const frequencies: Record<string, number> = {};
    for (const r of this.db.prepare('SELECT term, df FROM doc_freq WHERE df > 0').iterate() as Iterable<{ term: string; df: number }>) {
      frequencies[r.term] = r.df;
    }
    const model = this.db.prepare('SELECT data FROM models WHERE name = ?').get(SECTION_MODEL) as { data: string } | undefined;
    return { docFreq: { documents, frequencies }, sectionModel: model ? (JSON.parse(model.data) as SectionModel) : null };
  }

  /** Stores or replaces one article's enrichment, its document-frequency counts and its fingerprint. */
  saveNow(articleId: number, u: ArticleUnderstanding): void {
    const old = this.oldTerms.get(articleId);
    if (old) for (const t of JSON.parse(old.terms) as string[]) this.uncountTerm.run(t);
    for (const t of new Set(u.terms)) this.countTerm.run(t);
    this.upsertEnrichment.run({ articleId, data: JSON.stringify(u.enrichment), terms: JSON.stringify(u.terms), version: u.version });
    const fp = u.enrichment.fingerprint;
    this.upsertFingerprint.run(articleId, fp.simhash, JSON.stringify(fp.keys));
    this.dropLookup.run(articleId);
    for (const k of lookupKeys(fp)) this.insertLookup.run(k, articleId);
  }

  /**
   * Puts a newly stored article into its same-event group, looking candidates up by key instead of loading
   * every fingerprint; groups it bridges are merged, as addToGroups does in memory.
   */
  group(articleId: number, fp: Fingerprint): void {
    const rows = this.candidates.all(JSON.stringify(lookupKeys(fp)));
    const { group, merges } = placeInGroup(articleId, fp, rows, this.maxGroup.get()?.max ?? null);
    for (const [into, from] of merges) this.mergeGroup.run(into, from);
    this.setGroup.run(articleId, group);
  }

  /** Takes an issue's articles out of the document frequencies, before they are removed. */
  uncountIssue(issueId: number): void {
    const rows = this.db
      .prepare<[number], { terms: string }>('SELECT e.terms FROM article_enrichment e JOIN articles a ON a.id = e.article_id WHERE a.issue_id = ?')
      .all(issueId);
    for (const r of rows) for (const t of new Set(JSON.parse(r.terms) as string[])) this.uncountTerm.run(t);
  }

  /** Takes one article out of the document frequencies, before it is removed. */
  uncountArticle(articleId: number): void {
    const old = this.oldTerms.get(articleId);
    if (old) for (const t of new Set(JSON.parse(old.terms) as string[])) this.uncountTerm.run(t);
  }

  /** Recomputes every group from the stored fingerprints in article order. */
  private regroupNow(): void {
    const rows = this.db.prepare('SELECT article_id, simhash, keys FROM article_fingerprints ORDER BY article_id').all() as FingerprintRow[];
    const groups = groupAll(rows);
    this.db.prepare('DELETE FROM event_groups').run();
    for (const [articleId, group] of groups) this.setGroup.run(articleId, group);
  }

  private getNow(articleId: number): StoredEnrichment | null {
    const row = this.db
      .prepare(
        `SELECT e.data, e.version, g.group_id FROM article_enrichment e
           LEFT JOIN event_groups g ON g.article_id = e.article_id WHERE e.article_id = ?`,
      )
      .get(articleId) as { data: string; version: string; group_id: number | null } | undefined;
    if (!row) return null;
    return { enrichment: JSON.parse(row.data) as StoredEnrichment['enrichment'], version: row.version, groupId: row.group_id };
  }

  private staleNow(version: string): number[] {
    return (
      this.db
        .prepare(
          `SELECT a.id FROM articles a LEFT JOIN article_enrichment e ON e.article_id = a.id
            WHERE e.version IS NULL OR e.version <> ? ORDER BY a.issue_id, a.ordinal`,
        )
        .all(version) as { id: number }[]
    ).map((r) => r.id);
  }
}

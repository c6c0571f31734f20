import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFile } from '../src/pipeline/import-file.js';
import { understandArticle, understandingVersion } from '../src/pipeline/understand.js';
import { openStore } from '../src/store/open.js';
import type { Store } from '../src/store/types.js';
import { SAMPLES } from './cli-run.js';
import { gold003 } from './enrich-samples.js';

const dir = mkdtempSync(join(tmpdir(), 'jianbao-enrich-store-'));
const file = join(dir, 'j.db');
let store: Store;

/** Every row of the understanding tables, to compare before and after. */
function understandingRows(): unknown {
  const db = new Database(file, { readonly: true });
  try {
    return ['article_enrichment', 'doc_freq', 'article_fingerprints', 'fingerprint_lookup', 'event_groups'].map((t) =>
      db.prepare(`SELECT * FROM ${t} ORDER BY 1, 2`).all(),
    );
  } finally {
    db.close();
  }
}

beforeAll(async () => {
  store = await openStore(file);
  for (const s of SAMPLES) await importFile(s, store);
}, 120_000);
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('import stores enrichment', () => {
  it('stores an up-to-date enrichment for every imported article', async () => {
    const articles = await store.listArticles();
    expect(articles.length).toBeGreaterThan(40);
    const context = await store.understandingContext();
    expect(await store.staleEnrichments(understandingVersion(context))).toEqual([]);
    for (const a of articles) {
      const e = await store.getEnrichment(a.id);
      expect(e, a.title).not.toBeNull();
      expect(e!.enrichment.summary.length).toBeGreaterThan(0);
      expect(e!.enrichment.fingerprint.simhash).toMatch(/^[0-9a-f]{16}$/);
      expect(e!.groupId).toBeGreaterThan(0);
    }
    expect(context.docFreq.documents).toBe(articles.length);
    expect(context.docFreq.frequencies['芯片']).toBeGreaterThan(1);
  });

  it('puts the gold duplicate pair of 003 in one group', async () => {
    const [a, b] = gold003().duplicates[0];
    const groups = await store.listGroups();
    const group = groups.find((g) => g.articles.some((x) => x.title === a));
    expect(group?.articles.map((x) => x.title)).toEqual(expect.arrayContaining([a, b]));
    expect(group!.articles.every((x) => x.issueDate === '2021-10-21')).toBe(true);
  });

  it('changes nothing when the same files are imported again', async () => {
    const before = understandingRows();
    for (const s of SAMPLES) expect((await importFile(s, store)).status).toBe('unchanged');
    expect(understandingRows()).toEqual(before);
  });

  it('finds an enrichment of another version stale, and re-enriching it keeps the document frequencies', async () => {
    const [article] = await store.listArticles({ limit: 1 });
    const conn = new Database(file);
    conn.prepare("UPDATE article_enrichment SET version = 'old' WHERE article_id = ?").run(article.id);
    conn.close();
    const context = await store.understandingContext();
    expect(await store.staleEnrichments(understandingVersion(context))).toEqual([article.id]);
    const issue = (await store.listIssues()).find((i) => i.id === article.issueId)!;
    const before = understandingRows() as unknown[][];
    await store.saveEnrichments([{ articleId: article.id, understanding: understandArticle(article, issue, context) }]);
    expect(await store.staleEnrichments(understandingVersion(context))).toEqual([]);
    const after = understandingRows() as unknown[][];
    expect(after[1]).toEqual(before[1]);
    expect((await store.understandingContext()).docFreq.documents).toBe(context.docFreq.documents);
  });

  it('regroups to the same groups it built incrementally', async () => {
    const members = (groups: { articles: { id: number }[] }[]) => groups.map((g) => g.articles.map((a) => a.id));
    const incremental = members(await store.listGroups());
    await store.regroup();
    expect(members(await store.listGroups())).toEqual(incremental);
  });
});

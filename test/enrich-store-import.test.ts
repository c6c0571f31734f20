import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFile } from '../src/pipeline/import-file.js';
import { readBulletin } from '../src/pipeline/read-bulletin.js';
import { articleContext, understandArticle, understandBulletin, understandingVersion } from '../src/pipeline/understand.js';
import { openStore } from '../src/store/open.js';
import type { Understand } from '../src/store/enrichment-types.js';
import type { Store, WebArticleInput } from '../src/store/types.js';
import { BACKENDS } from './backends.js';
import { SAMPLES } from './cli-run.js';
import { gold003 } from './enrich-samples.js';

/** The understanding tables, each in its key order. */
const UNDERSTANDING = [
  'article_enrichment ORDER BY article_id',
  'doc_freq ORDER BY term',
  'article_fingerprints ORDER BY article_id',
  'fingerprint_lookup ORDER BY key, article_id',
  'event_groups ORDER BY article_id',
];

describe.each(BACKENDS)('import stores enrichment on $name', (backend) => {
  let location: string;
  let store: Store;
  /** Every row of the understanding tables, to compare before and after. */
  const understandingRows = () => Promise.all(UNDERSTANDING.map((t) => backend.sql(location, `SELECT * FROM ${t}`)));

  beforeAll(async () => {
    location = await backend.migrated();
    // One importer per file, all at once: each must count and group against what the others committed.
    const stores = await Promise.all(SAMPLES.map(() => openStore(location)));
    await Promise.all(SAMPLES.map((s, i) => importFile(s, stores[i])));
    await Promise.all(stores.map((s) => s.close()));
    store = await openStore(location);
  }, 120_000);
  afterAll(() => store.close());

  it('stores an up-to-date enrichment for every imported article', async () => {
    const articles = await store.articles.list();
    expect(articles.length).toBeGreaterThan(40);
    const context = await store.enrichment.context();
    expect(await store.enrichment.stale(understandingVersion(context))).toEqual([]);
    for (const a of articles) {
      const e = await store.enrichment.get(a.id);
      expect(e, a.title).not.toBeNull();
      expect(e!.enrichment.summary.length).toBeGreaterThan(0);
      expect(e!.enrichment.fingerprint.simhash).toMatch(/^[0-9a-f]{16}$/);
      expect(e!.groupId).toBeGreaterThan(0);
    }
    expect(context.docFreq.documents).toBe(articles.length);
    expect(context.docFreq.frequencies.芯片).toBeGreaterThan(1);
  });

  it('counts every article\'s terms into the document frequencies exactly once, however the imports interleaved', async () => {
    const counted: Record<string, number> = {};
    for (const r of await backend.sql(location, 'SELECT terms FROM article_enrichment')) {
      for (const t of new Set(JSON.parse(String(r.terms)) as string[])) counted[t] = (counted[t] ?? 0) + 1;
    }
    expect((await store.enrichment.context()).docFreq.frequencies).toEqual(counted);
  });

  it('puts the gold duplicate pair of 003 in one group', async () => {
    const [a, b] = gold003().duplicates[0];
    const groups = await store.enrichment.groups();
    const group = groups.find((g) => g.articles.some((x) => x.title === a));
    expect(group?.articles.map((x) => x.title)).toEqual(expect.arrayContaining([a, b]));
    expect(group!.articles.every((x) => x.issueDate === '2021-10-21')).toBe(true);
  });

  it('changes nothing when the same files are imported again', async () => {
    const before = await understandingRows();
    for (const s of SAMPLES) expect((await importFile(s, store)).status).toBe('unchanged');
    expect(await understandingRows()).toEqual(before);
  });

  it('finds an enrichment of another version stale, and re-enriching it keeps the document frequencies', async () => {
    const [article] = await store.articles.list({ limit: 1 });
    await backend.sql(location, "UPDATE article_enrichment SET version = 'old' WHERE article_id = $1", [article.id]);
    const context = await store.enrichment.context();
    expect(await store.enrichment.stale(understandingVersion(context))).toEqual([article.id]);
    const issue = (await store.issues.list()).find((i) => i.id === article.issueId)!;
    const before = await understandingRows();
    await store.enrichment.save([{ articleId: article.id, understanding: understandArticle(article, issue, context) }]);
    expect(await store.enrichment.stale(understandingVersion(context))).toEqual([]);
    const after = await understandingRows();
    expect(after[1]).toEqual(before[1]);
    expect((await store.enrichment.context()).docFreq.documents).toBe(context.docFreq.documents);
  });

  it('groups each article with its reprint when two importers store an issue and a reordered reprint at once', async () => {
    const at = await backend.migrated();
    const stores = await Promise.all([openStore(at), openStore(at)]);
    const { doc, bulletin } = await readBulletin(SAMPLES[2]);
    const reprint = { ...bulletin, articles: [...bulletin.articles].reverse() };
    const copy = { ...doc, path: 'reprint.txt', sha256: doc.sha256.replace(/^./, (c) => (c === '0' ? '1' : '0')) };
    // Each enriches against what the other committed: one sees no documents, the other all of the first's.
    const seen: number[] = [];
    const understand = (b: typeof bulletin): Understand => (context) => (seen.push(context.docFreq.documents), understandBulletin(b)(context));
    const imported = await Promise.all([stores[0].issues.import(doc, bulletin, understand(bulletin)), stores[1].issues.import(copy, reprint, understand(reprint))]);
    expect(seen.sort((a, b) => a - b)).toEqual([0, bulletin.articles.length]);
    await Promise.all(stores.map((s) => s.close()));
    const check = await openStore(at);
    const groupsOf = async (issueId: number) => {
      const articles = await check.articles.list({ issueId });
      const groups = await Promise.all(articles.map(async (a) => (await check.enrichment.get(a.id))!.groupId));
      return new Map(articles.map((a, i) => [`${a.title}\n${a.body}`, groups[i]]));
    };
    const [first, second] = await Promise.all(imported.map((r) => groupsOf(r.issueId)));
    expect(Object.fromEntries(second)).toEqual(Object.fromEntries(first));
    expect((await check.enrichment.context()).docFreq.documents).toBe(2 * bulletin.articles.length);
    await check.close();
  });

  it('lists web articles in their groups: with the bulletin article they reprint, and with each other', async () => {
    const at = await backend.migrated();
    const web = await openStore(at);
    await importFile(SAMPLES[2], web);
    const printed = (await web.articles.list()).find((a) => a.title === gold003().duplicates[0][0])!;
    const story = (await readBulletin(SAMPLES[0])).bulletin.articles[0];
    const source = await web.sources.add({ url: 'https://news.example.cn/rss.xml', name: null, section: null, everySeconds: 3600 });
    const page = (n: number, a: { title: string; body: string }, publishedAt: string | null): WebArticleInput => ({
      sourceId: source.id, section: null, title: a.title, body: a.body, url: `https://news.example.cn/a/${n}?utm_source=rss`,
      canonicalUrl: `https://www.example.cn/a/${n}`, dedupKey: `example.cn/a/${n}`, publishedAt, fetchedAt: '2021-10-25T02:00:00.000Z', author: null, outlet: null,
    });
    const reprint = (await web.sources.storeWebArticle(page(1, printed, '2021-10-22T01:00:00.000Z'))).id;
    const copies = [(await web.sources.storeWebArticle(page(2, story, null))).id, (await web.sources.storeWebArticle(page(3, story, '2021-10-23T08:00:00.000Z'))).id];
    // Enriched and regrouped as `jianbao enrich` does after a fetch.
    const context = await web.enrichment.context();
    const issues = new Map((await web.issues.list()).map((i) => [i.id, i]));
    const stale = new Set(await web.enrichment.stale(understandingVersion(context)));
    const todo = (await web.articles.list()).filter((a) => stale.has(a.id));
    expect(todo.map((a) => a.id)).toEqual([reprint, ...copies]);
    await web.enrichment.save(todo.map((a) => ({ articleId: a.id, understanding: understandArticle(a, articleContext(a, issues), context) })));
    await web.enrichment.regroup();

    const groups = await web.enrichment.groups();
    await web.close();
    const withPrinted = groups.find((g) => g.articles.some((a) => a.id === printed.id))!;
    expect(withPrinted.articles).toContainEqual({ id: reprint, title: printed.title, issueId: null, issueDate: '2021-10-22', publication: 'www.example.cn', source: 'https://www.example.cn/a/1' });
    expect(groups.find((g) => g.articles.some((a) => a.id === copies[0]))?.articles).toEqual([
      { id: copies[0], title: story.title, issueId: null, issueDate: '2021-10-25', publication: 'www.example.cn', source: 'https://www.example.cn/a/2' },
      { id: copies[1], title: story.title, issueId: null, issueDate: '2021-10-23', publication: 'www.example.cn', source: 'https://www.example.cn/a/3' },
    ]);
  });

  it('regroups to the same groups it built incrementally', async () => {
    const members = (groups: { articles: { id: number }[] }[]) => groups.map((g) => g.articles.map((a) => a.id));
    const incremental = members(await store.enrichment.groups());
    await store.enrichment.regroup();
    expect(members(await store.enrichment.groups())).toEqual(incremental);
  });
});

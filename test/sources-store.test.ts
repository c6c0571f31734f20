import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { formatInterval, parseInterval } from '../src/sources/interval.js';
import { sourceKindOf } from '../src/sources/source-kind.js';
import { MIGRATIONS } from '../src/store/sqlite/migrations.js';
import { creditSourceNames } from '../src/store/sqlite/search-index.js';
import { SOURCES_MIGRATION } from '../src/store/sqlite/sources-migration.js';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { openStore } from '../src/store/open.js';
import type { WebArticleInput } from '../src/store/types.js';
import type { Understand } from '../src/store/enrichment-types.js';
import { webPlace } from '../src/store/web-place.js';
import { understandArticle } from '../src/pipeline/understand.js';
import { readBulletin } from '../src/pipeline/read-bulletin.js';
import { BACKENDS } from './backends.js';
import { SAMPLES } from './cli-run.js';

const dir = mkdtempSync(join(tmpdir(), 'jianbao-sources-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the sources migration', () => {
  it('rebuilds articles keeping ids, rows and indexes, and lets web articles have no issue', async () => {
    const file = join(dir, 'old.db');
    const step = MIGRATIONS.indexOf(SOURCES_MIGRATION);
    expect(step).toBeGreaterThan(0);
    // A store as the schema before this step left it, with gaps in the article ids.
    const old = new Database(file);
    for (const m of MIGRATIONS.slice(0, step)) typeof m === 'string' ? old.exec(m) : m(old);
    old.pragma(`user_version = ${step}`);
    old.exec(`INSERT INTO source_files VALUES (1, 'a.txt', 'abc', 10, 'utf-8', 'text', '2021-10-19T00:00:00Z');
              INSERT INTO issues VALUES (1, 1, '简报', '2021-10-19', '[]', '[]');
              INSERT INTO articles (id, issue_id, ordinal, title, subheads, body, captions, line_start, line_end, content_hash)
              VALUES (7, 1, 0, '甲', '[]', '正文甲', '[]', 1, 3, 'h1'), (42, 1, 1, '乙', '[]', '正文乙', '[]', 4, 9, 'h2');`);
    const before = old.prepare('SELECT * FROM articles ORDER BY id').all();
    old.close();

    const store = openSqliteStore(file);
    const articles = await store.articles.list();
    expect(articles.map((a) => [a.id, a.issueId, a.title, a.lineStart, a.lineEnd, a.web])).toEqual([
      [7, 1, '甲', 1, 3, undefined],
      [42, 1, '乙', 4, 9, undefined],
    ]);
    const src = await store.sources.add({ url: 'http://example.com/feed', name: null, section: null, everySeconds: 60 });
    const web = { sourceId: src.id, section: null, title: '丙', body: '正文丙', url: 'http://example.com/a?utm_source=x', canonicalUrl: 'http://example.com/a', dedupKey: 'example.com/a', publishedAt: null, fetchedAt: '2021-10-20T00:00:00Z', author: null, outlet: null };
    expect(await store.sources.storeWebArticle(web)).toEqual({ status: 'new', id: 43 });
    expect(await store.sources.storeWebArticle({ ...web, title: '丙（转载）' })).toEqual({ status: 'duplicate', id: 43 });
    expect((await store.articles.list()).map((a) => [a.id, a.issueId])).toEqual([[7, 1], [42, 1], [43, null]]);
    // Removing a source keeps its articles.
    expect((await store.sources.remove(src.url))!.id).toBe(src.id);
    expect((await store.articles.get(43))!.web).toMatchObject({ sourceId: null, dedupKey: 'example.com/a' });
    await store.close();

    const db = new Database(file, { readonly: true });
    const after = db.prepare('SELECT id, issue_id, ordinal, section, title, title_as_printed, byline, subheads, body, captions, page, line_start, line_end, content_hash FROM articles WHERE id < 43 ORDER BY id').all();
    expect(after).toEqual(before);
    const indexes = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'articles' AND sql IS NOT NULL").all() as { name: string }[]).map((r) => r.name);
    expect(indexes.sort()).toEqual(['articles_by_content_hash', 'articles_by_source']);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    db.close();
  });
});

describe('the schema step crediting web articles to their source\'s name', () => {
  it('credits the stored web articles of a named source to the name; an unnamed source\'s stay under the host', async () => {
    const file = join(dir, 'credit.db');
    let store = await openStore(file);
    const named = await store.sources.add({ url: 'http://example.com/feed', name: '动态', section: null, everySeconds: 3600 });
    const unnamed = await store.sources.add({ url: 'http://example.com/news/', name: null, section: null, everySeconds: 3600 });
    const a = (await store.sources.storeWebArticle(webArticle(named.id, 'a', '2021-10-20T00:00:01.000Z'))).id;
    const b = (await store.sources.storeWebArticle(webArticle(unnamed.id, 'b', '2021-10-20T00:00:02.000Z'))).id;
    await store.close();
    // The store as the step before left it: every web article under its host (and none of the later steps' tables).
    const step = MIGRATIONS.indexOf(creditSourceNames);
    expect(step).toBeGreaterThan(0);
    const db = new Database(file);
    db.exec("UPDATE search_docs SET source = 'example.com'; DROP TABLE search_names; DROP TABLE search_names_state;");
    db.pragma(`user_version = ${step}`);
    db.close();
    store = await openStore(file);
    try {
      const credits = await store.triage.sources();
      expect(credits.sort((x, y) => x.source.localeCompare(y.source))).toEqual([{ source: 'example.com', count: 1 }, { source: '动态', count: 1 }]);
      const byId = new Map((await store.triage.inbox({ view: 'all' })).map((i) => [i.id, i.source]));
      expect([byId.get(a), byId.get(b)]).toEqual(['动态', 'example.com']);
    } finally {
      await store.close();
    }
  });
});

/** A web article found through source `sourceId`, fetched at `fetchedAt`. */
function webArticle(sourceId: number, key: string, fetchedAt: string): WebArticleInput {
  return {
    sourceId, section: '通信', title: `标题${key}`, body: `正文${key}`, url: `http://example.com/${key}?utm_source=x`,
    canonicalUrl: `http://example.com/${key}`, dedupKey: `example.com/${key}`, publishedAt: '2021-10-19T08:00:00+08:00', fetchedAt, author: '李明', outlet: '人民邮电报',
  };
}

describe.each(BACKENDS)('sources and web articles on $name', (backend) => {
  it('adds, finds, polls and removes sources, keeping their articles', async () => {
    const store = await openStore(await backend.fresh());
    const feed = await store.sources.add({ url: 'http://example.com/feed', name: '动态', section: '通信', everySeconds: 3600 });
    expect(feed).toMatchObject({ id: 1, name: '动态', section: '通信', everySeconds: 3600, kind: null, etag: null, seen: [], lastFetchedAt: null, lastStatus: null, failures: 0, articleCount: 0 });
    expect(new Date(feed.addedAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
    await expect(store.sources.add({ url: feed.url, name: null, section: null, everySeconds: 60 })).rejects.toThrow('http://example.com/feed: 已是信息源（#1） (already a source (#1))');
    const page = await store.sources.add({ url: 'http://example.com/news/', name: null, section: null, everySeconds: 60 });
    expect(await store.sources.get(feed.url)).toEqual(feed);
    expect(await store.sources.get(page.id)).toEqual(page);
    expect(await store.sources.get('http://example.com/none')).toBeNull();
    expect((await store.sources.due(new Date())).map((s) => s.id)).toEqual([1, 2]);

    const at = '2021-10-20T00:00:00.000Z';
    await store.sources.recordPoll(feed.id, { fetchedAt: at, status: 'ok', error: null, kind: 'feed', etag: '"e1"', lastModified: 'Wed, 20 Oct 2021 00:00:00 GMT', seen: ['a', 'b'] });
    await store.sources.recordPoll(page.id, { fetchedAt: at, status: 'failed', error: 'HTTP 500' });
    await store.sources.recordPoll(page.id, { fetchedAt: at, status: 'failed', error: 'HTTP 500' });
    // A poll that learnt nothing new keeps kind, validators and seen keys.
    await store.sources.recordPoll(feed.id, { fetchedAt: at, status: 'unchanged', error: null });
    expect(await store.sources.get(feed.id)).toMatchObject({ kind: 'feed', etag: '"e1"', lastModified: 'Wed, 20 Oct 2021 00:00:00 GMT', seen: ['a', 'b'], lastFetchedAt: at, lastStatus: 'unchanged', failures: 0 });
    expect(await store.sources.get(page.id)).toMatchObject({ kind: null, lastStatus: 'failed', lastError: 'HTTP 500', failures: 2 });
    await store.sources.recordPoll(feed.id, { fetchedAt: at, status: 'ok', error: null, etag: null });
    expect((await store.sources.get(feed.id))!.etag).toBeNull();
    // Due again once its interval has passed: the page after a minute, the feed after an hour.
    const due = async (seconds: number) => (await store.sources.due(new Date(Date.parse(at) + seconds * 1000))).map((s) => s.id);
    expect(await due(59)).toEqual([]);
    expect(await due(60)).toEqual([2]);
    expect(await due(3600)).toEqual([1, 2]);

    expect(await store.sources.storeWebArticle(webArticle(feed.id, 'a', '2021-10-20T00:00:01.000Z'))).toEqual({ status: 'new', id: expect.any(Number) });
    expect((await store.sources.list()).map((s) => [s.id, s.articleCount])).toEqual([[1, 1], [2, 0]]);
    expect((await store.sources.remove(feed.url))!.id).toBe(feed.id);
    expect(await store.sources.remove(feed.id)).toBeNull();
    expect((await store.sources.list()).map((s) => s.id)).toEqual([2]);
    const [kept] = await store.articles.list();
    expect(kept.web).toMatchObject({ sourceId: null, dedupKey: 'example.com/a' });
    await store.close();
  });

  it('enriches, counts and groups a new web article in the storing transaction, none of it when that fails; pauses; web days', async () => {
    const store = await openStore(await backend.fresh());
    const src = await store.sources.add({ url: 'http://example.com/feed', name: null, section: '通信', everySeconds: 60 });
    const a = {
      ...webArticle(src.id, 'a', '2021-10-20T00:00:01.000Z'),
      title: '工信部发布5G应用扬帆行动计划',
      body: '工业和信息化部今日发布5G应用扬帆行动计划，推动5G在工业互联网、医疗和教育领域规模应用。',
    };
    const understand: Understand = (context) => [understandArticle(a, webPlace(a), context)];
    const failing: Understand = () => {
      throw new Error('understanding failed');
    };
    const documents = async () => (await store.enrichment.context()).docFreq.documents;
    const before = await documents();
    await expect(store.sources.storeWebArticle(a, failing)).rejects.toThrow('understanding failed');
    expect(await store.sources.hasWebArticle(a.dedupKey)).toBe(false);
    const stored = await store.sources.storeWebArticle(a, understand);
    expect(stored.status).toBe('new');
    expect((await store.enrichment.get(stored.id))!.groupId).toEqual(expect.any(Number));
    expect(await documents()).toBe(before + 1);
    // A duplicate is not understood again.
    expect(await store.sources.storeWebArticle({ ...a, title: '转载' }, failing)).toEqual({ status: 'duplicate', id: stored.id });

    // Published 2021-10-19 (its own date, not the fetch's).
    expect((await store.articles.list({ webDays: { from: '2021-10-19', to: '2021-10-19' } })).map((x) => x.id)).toEqual([stored.id]);
    expect(await store.articles.list({ webDays: { from: '2021-10-20', to: '2021-10-31' } })).toEqual([]);

    const later = new Date('2030-01-01T00:00:00Z');
    expect((await store.sources.setPaused(src.id, true))!.paused).toBe(true);
    expect(await store.sources.due(later)).toEqual([]);
    expect((await store.sources.setPaused(src.url, false))!.paused).toBe(false);
    expect((await store.sources.due(later)).map((x) => x.id)).toEqual([src.id]);
    expect(await store.sources.setPaused(999, true)).toBeNull();
    await store.close();
  });

  it('stores a web article once per dedup key, also from fetchers storing it at the same moment, after the bulletins', async () => {
    const location = await backend.fresh();
    const [store, other] = await Promise.all([openStore(location), openStore(location)]);
    const src = await store.sources.add({ url: 'http://example.com/feed', name: null, section: '通信', everySeconds: 60 });
    const later = webArticle(src.id, 'b', '2021-10-20T00:00:02.000Z');
    const first = await store.sources.storeWebArticle(later);
    expect(first.status).toBe('new');
    const { doc, bulletin } = await readBulletin(SAMPLES[0]);
    const { issueId } = await store.issues.import(doc, bulletin);
    const earlier = webArticle(src.id, 'a', '2021-10-20T00:00:01.000Z');
    const same = await Promise.all([store.sources.storeWebArticle(earlier), other.sources.storeWebArticle({ ...earlier, title: '转载', url: 'http://m.example.com/a' })]);
    expect(same.map((r) => r.status).sort()).toEqual(['duplicate', 'new']);
    expect(same[0].id).toBe(same[1].id);
    expect(await store.sources.hasWebArticle('example.com/a')).toBe(true);
    expect(await store.sources.hasWebArticle('example.com/c')).toBe(false);

    const all = await store.articles.list();
    expect(all.map((a) => a.issueId)).toEqual([...bulletin.articles.map(() => issueId), null, null]);
    expect(all.slice(-2).map((a) => a.web!.dedupKey)).toEqual(['example.com/a', 'example.com/b']);
    const web = await store.articles.list({ sourceId: src.id });
    expect(web.map((a) => a.id)).toEqual([same[0].id, first.id]);
    expect(web[1]).toMatchObject({ title: '标题b', body: '正文b', section: '通信', byline: '李明', ordinal: 0, subheads: [], captions: [] });
    expect(web[1].web).toEqual({ sourceId: src.id, url: later.url, canonicalUrl: later.canonicalUrl, dedupKey: later.dedupKey, publishedAt: later.publishedAt, fetchedAt: later.fetchedAt, author: '李明', outlet: '人民邮电报' });
    expect(await store.articles.get(first.id)).toEqual(web[1]);
    await Promise.all([store.close(), other.close()]);
  });
});

describe('source settings', () => {
  it('reads intervals as users write them and refuses the rest', () => {
    expect(['30m', '2h', '1d', '90s', '1.5h'].map(parseInterval)).toEqual([1800, 7200, 86400, 90, 5400]);
    expect([1800, 7200, 86400, 90].map(formatInterval)).toEqual(['30m', '2h', '1d', '90s']);
    expect(() => parseInterval('soon')).toThrow('soon: 不是有效的间隔，请写成 30m、2h 或 1d 这样 (not an interval (write e.g. 30m, 2h or 1d))');
    expect(() => parseInterval('10s')).toThrow('10s: 间隔太短，至少 1m (interval too short (at least 1m))');
  });

  it('tells a feed from a listing page by its bytes', () => {
    const kind = (text: string, contentType: string | null = null) => sourceKindOf({ body: Buffer.from(text), contentType });
    expect(kind('<?xml version="1.0"?>\n<!-- c --><rss version="2.0"><channel/></rss>', 'text/html')).toBe('feed');
    expect(kind('\ufeff<feed xmlns="http://www.w3.org/2005/Atom"></feed>')).toBe('feed');
    expect(kind('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><rdf:RDF></rdf:RDF>')).toBe('feed');
    expect(kind('<!DOCTYPE html><html><body><a href="/a">x</a></body></html>', 'application/xml')).toBe('listing');
    expect(kind('<div>fragment</div>', 'application/rss+xml')).toBe('feed');
    expect(kind('<div>fragment</div>', 'text/html')).toBe('listing');
  });
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { formatInterval, parseInterval } from '../src/sources/interval.js';
import { sourceKindOf } from '../src/sources/source-kind.js';
import { MIGRATIONS } from '../src/store/sqlite/migrations.js';
import { SOURCES_MIGRATION } from '../src/store/sqlite/sources-migration.js';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js';

const dir = mkdtempSync(join(tmpdir(), 'jianbao-sources-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the sources migration', () => {
  it('rebuilds articles keeping ids, rows and indexes, and lets web articles have no issue', async () => {
    const file = join(dir, 'old.db');
    const step = MIGRATIONS.indexOf(SOURCES_MIGRATION);
    expect(step).toBeGreaterThan(0);
    // A store as the schema before this step left it, with gaps in the article ids.
    const old = new Database(file);
    for (const sql of MIGRATIONS.slice(0, step)) old.exec(sql);
    old.pragma(`user_version = ${step}`);
    old.exec(`INSERT INTO source_files VALUES (1, 'a.txt', 'abc', 10, 'utf-8', 'text', '2021-10-19T00:00:00Z');
              INSERT INTO issues VALUES (1, 1, '简报', '2021-10-19', '[]', '[]');
              INSERT INTO articles (id, issue_id, ordinal, title, subheads, body, captions, line_start, line_end, content_hash)
              VALUES (7, 1, 0, '甲', '[]', '正文甲', '[]', 1, 3, 'h1'), (42, 1, 1, '乙', '[]', '正文乙', '[]', 4, 9, 'h2');`);
    const before = old.prepare('SELECT * FROM articles ORDER BY id').all();
    old.close();

    const store = openSqliteStore(file);
    const articles = await store.listArticles();
    expect(articles.map((a) => [a.id, a.issueId, a.title, a.lineStart, a.lineEnd, a.web])).toEqual([
      [7, 1, '甲', 1, 3, undefined],
      [42, 1, '乙', 4, 9, undefined],
    ]);
    const src = await store.addSource({ url: 'http://example.com/feed', name: null, section: null, everySeconds: 60 });
    const web = { sourceId: src.id, section: null, title: '丙', body: '正文丙', url: 'http://example.com/a?utm_source=x', canonicalUrl: 'http://example.com/a', dedupKey: 'example.com/a', publishedAt: null, fetchedAt: '2021-10-20T00:00:00Z', author: null };
    expect(await store.storeWebArticle(web)).toEqual({ status: 'new', id: 43 });
    expect(await store.storeWebArticle({ ...web, title: '丙（转载）' })).toEqual({ status: 'duplicate', id: 43 });
    expect((await store.listArticles()).map((a) => [a.id, a.issueId])).toEqual([[7, 1], [42, 1], [43, null]]);
    // Removing a source keeps its articles.
    expect((await store.removeSource(src.url))!.id).toBe(src.id);
    expect((await store.getArticle(43))!.web).toMatchObject({ sourceId: null, dedupKey: 'example.com/a' });
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

describe('source settings', () => {
  it('reads intervals as users write them and refuses the rest', () => {
    expect(['30m', '2h', '1d', '90s', '1.5h'].map(parseInterval)).toEqual([1800, 7200, 86400, 90, 5400]);
    expect([1800, 7200, 86400, 90].map(formatInterval)).toEqual(['30m', '2h', '1d', '90s']);
    expect(() => parseInterval('soon')).toThrow('soon: not an interval (write e.g. 30m, 2h or 1d)');
    expect(() => parseInterval('10s')).toThrow('10s: interval too short (at least 1m)');
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

import { describe, expect, it } from 'vitest';
import { readBulletin } from '../src/pipeline/read-bulletin.js';
import { displayLocation } from '../src/store/location.js';
import { openStore } from '../src/store/open.js';
import type { Bulletin } from '../src/types.js';
import { BACKENDS } from './backends.js';

const SAMPLES = ['000_3cef4383265ce24c', '001_3ce07ccd5b8eeddb', '003_8913e8f3e5978f8d'].map((s) => `samples/${s}.txt`);

describe.each(BACKENDS)('the $name store', (backend) => {
  it('stores each sample with provenance, and gives back exactly what was parsed', async () => {
    const store = await openStore(await backend.migrated());
    for (const path of SAMPLES) {
      const { doc, bulletin } = await readBulletin(path);
      const r = await store.issues.import(doc, bulletin);
      expect(r).toMatchObject({ status: 'imported', articles: bulletin.articles.length, warnings: bulletin.messages!.filter((m) => m.level === 'warning').length, messages: bulletin.messages });

      const articles = await store.articles.list({ issueId: r.issueId });
      expect(articles.map((a) => a.ordinal)).toEqual(bulletin.articles.map((_, i) => i));
      expect(articles.map(({ id, issueId, ordinal, contentHash, ...a }) => a)).toEqual(bulletin.articles);
      for (const a of articles) expect(a.contentHash).toMatch(/^[0-9a-f]{64}$/);
      expect(await store.articles.get(articles[0].id)).toEqual(articles[0]);
    }
    const issues = await store.issues.list();
    expect(issues.map((i) => i.source.path).sort()).toEqual([...SAMPLES].sort());
    for (const issue of issues) {
      const { doc, bulletin } = await readBulletin(issue.source.path);
      expect(issue).toMatchObject({ publication: bulletin.publication, issueDate: bulletin.issueDate, sections: bulletin.sections, warnings: bulletin.warnings, messages: bulletin.messages });
      expect(issue.source).toMatchObject({ kind: 'text', encoding: 'utf-8', sha256: doc.sha256, bytes: doc.bytes });
      expect(new Date(issue.source.importedAt).toISOString()).toBe(issue.source.importedAt);
      expect(issue.articleCount).toBe((await store.articles.list({ issueId: issue.id })).length);
    }
    expect(await store.articles.get(1e9)).toBeNull();
    // A period's issues: those dated within it, both ends included, and the undated (two samples carry no date).
    const dated = issues.filter((i) => i.issueDate !== null);
    const undated = issues.filter((i) => i.issueDate === null).map((i) => i.id);
    expect([dated.length, undated.length]).toEqual([1, 2]);
    const day = dated[0].issueDate!;
    const ids = (from: string, to: string) => store.issues.list({ from, to }).then((l) => l.map((i) => i.id));
    expect(await ids(day, day)).toEqual(issues.map((i) => i.id));
    expect(await ids('1900-01-01', day)).toEqual(issues.map((i) => i.id));
    expect(await ids('1900-01-01', '1900-12-31')).toEqual(undated);
    await store.close();
  });

  it('reports the same bytes again as unchanged and changes nothing, even from another path', async () => {
    const location = await backend.migrated();
    const { doc, bulletin } = await readBulletin(SAMPLES[0]);
    const store = await openStore(location);
    const first = await store.issues.import(doc, bulletin);
    await store.close();
    const before = await backend.tables(location);

    const again = await openStore(location);
    const second = await again.issues.import({ ...doc, path: 'elsewhere/copy.txt' }, bulletin);
    await again.close();
    expect(second).toEqual({ ...first, status: 'unchanged' });
    expect(await backend.tables(location)).toEqual(before);
  });

  it('stores a file once when two stores import it at the same time', async () => {
    const location = await backend.migrated();
    const stores = await Promise.all([openStore(location), openStore(location)]);
    const { doc, bulletin } = await readBulletin(SAMPLES[1]);
    const results = await Promise.all(stores.map((s) => s.issues.import(doc, bulletin)));
    await Promise.all(stores.map((s) => s.close()));
    expect(results.map((r) => r.status).sort()).toEqual(['imported', 'unchanged']);
    expect(results[0].issueId).toBe(results[1].issueId);
    const tables = await backend.tables(location);
    expect(tables.source_files).toHaveLength(1);
    expect(tables.articles).toHaveLength(bulletin.articles.length);
  });

  it('pages and filters articles', async () => {
    const store = await openStore(await backend.migrated());
    const { doc, bulletin } = await readBulletin(SAMPLES[2]);
    const many: Bulletin = { ...bulletin, articles: [0, 1, 2, 3].map((i) => ({ ...bulletin.articles[0], section: i % 2 ? 'B' : 'A', title: `t${i}` })) };
    const { issueId } = await store.issues.import(doc, many);
    expect((await store.articles.list({ section: 'B' })).map((a) => a.title)).toEqual(['t1', 't3']);
    expect((await store.articles.list({ issueId, limit: 2, offset: 1 })).map((a) => a.title)).toEqual(['t1', 't2']);
    expect((await store.articles.list({ issueId, offset: 3 })).map((a) => a.title)).toEqual(['t3']);
    expect(await store.articles.list({ issueId: issueId + 1 })).toEqual([]);
    await store.close();
  });

  it('stores nothing of an issue whose article cannot be stored (one transaction per file)', async () => {
    const location = await backend.migrated();
    const store = await openStore(location);
    const good = await readBulletin(SAMPLES[0]);
    await store.issues.import(good.doc, good.bulletin);
    const before = await backend.tables(location);
    const { doc, bulletin } = await readBulletin(SAMPLES[1]);
    // An article without a line range breaks a NOT NULL constraint after the file and issue rows went in.
    const bad = { ...bulletin.articles[0], lineStart: null as unknown as number };
    const broken = { ...bulletin, articles: [...bulletin.articles, bad] };
    await expect(store.issues.import(doc, broken)).rejects.toThrow(/not[- ]null/i);
    expect(await backend.tables(location)).toEqual(before);
    // The failed import left the store usable: the same file, repaired, goes in whole.
    expect(await store.issues.import(doc, bulletin)).toMatchObject({ status: 'imported', articles: bulletin.articles.length });
    await store.close();
  });

  it('refuses to open a store that must exist where there is none', async () => {
    const location = await backend.fresh();
    await expect(openStore(location, { mustExist: true })).rejects.toThrow(
      `${displayLocation(location)}: 这里还没有资料库，请先导入文件或用 --db 指定 (no store here yet (import files first, or give --db))`,
    );
  });
});

describe('openStore', () => {
  it('names a PostgreSQL server it cannot reach, without the password', async () => {
    const error = await openStore('postgresql://reader:s3cret@127.0.0.1:1/archive').catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/^postgresql:\/\/reader@127\.0\.0\.1:1\/archive: 无法连接数据库 \(cannot connect \(connection refused/);
    expect((error as Error).message).not.toContain('s3cret');
  });

  it('names an unreadable URL without showing any of it past the scheme', async () => {
    await expect(openStore('postgres://editor:s3cret@db:port/archive')).rejects.toThrow(/^postgres:\/\/…: 无法连接数据库 \(cannot connect \(not a valid URL\)\)$/);
  });

  it('shows store locations without passwords, file paths as they are', () => {
    expect(displayLocation('postgres://u:p%40ss@db.example.org:5433/archive?sslmode=require&password=p%40ss')).toBe(
      'postgres://u@db.example.org:5433/archive?sslmode=require',
    );
    expect(displayLocation('data/存档 2024.db')).toBe('data/存档 2024.db');
  });

  it('refuses other URLs instead of taking them for file names', async () => {
    await expect(openStore('mysql://root:pw@db/archive')).rejects.toThrow(/^mysql:\/\/root@db\/archive: 不支持的资料库地址，请给出 postgres:\/\/ 地址或文件路径 \(unsupported store URL/);
  });
});

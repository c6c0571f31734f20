import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { readBulletin } from '../src/pipeline/read-bulletin.js';
import { MIGRATIONS } from '../src/store/sqlite/migrations.js';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js';
import type { Bulletin } from '../src/types.js';
import { snapshotStore } from './store-snapshot.js';

const SAMPLES = ['000_3cef4383265ce24c', '001_3ce07ccd5b8eeddb', '003_8913e8f3e5978f8d'].map((s) => `samples/${s}.txt`);
const dir = mkdtempSync(join(tmpdir(), 'jianbao-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('SQLite store', () => {
  it('creates its folder and file, and stores each sample with provenance', async () => {
    const file = join(dir, 'nested', 'folder', 'j.db');
    const store = openSqliteStore(file);
    for (const path of SAMPLES) {
      const { doc, bulletin } = await readBulletin(path);
      const r = await store.importBulletin(doc, bulletin);
      expect(r).toMatchObject({ status: 'imported', articles: bulletin.articles.length, warnings: bulletin.warnings.length });

      const articles = await store.listArticles({ issueId: r.issueId });
      expect(articles.map((a) => a.ordinal)).toEqual(bulletin.articles.map((_, i) => i));
      expect(articles.map(({ id, issueId, ordinal, contentHash, ...a }) => a)).toEqual(bulletin.articles);
      for (const a of articles) expect(a.contentHash).toMatch(/^[0-9a-f]{64}$/);
      expect(await store.getArticle(articles[0].id)).toEqual(articles[0]);
    }
    const issues = await store.listIssues();
    expect(issues.map((i) => i.source.path).sort()).toEqual([...SAMPLES].sort());
    for (const issue of issues) {
      expect(issue.source).toMatchObject({ kind: 'text', encoding: 'utf-8' });
      expect(issue.source.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(issue.articleCount).toBe((await store.listArticles({ issueId: issue.id })).length);
    }
    expect(await store.getArticle(1e9)).toBeNull();
    await store.close();
  });

  it('reports the same bytes again as unchanged and changes nothing, even from another path', async () => {
    const file = join(dir, 'idem.db');
    const { doc, bulletin } = await readBulletin(SAMPLES[0]);
    const store = openSqliteStore(file);
    const first = await store.importBulletin(doc, bulletin);
    await store.close();
    const before = snapshotStore(file);

    const again = openSqliteStore(file);
    const second = await again.importBulletin({ ...doc, path: 'elsewhere/copy.txt' }, bulletin);
    await again.close();
    expect(second).toEqual({ ...first, status: 'unchanged' });
    expect(snapshotStore(file)).toEqual(before);
  });

  it('pages and filters articles', async () => {
    const store = openSqliteStore(':memory:');
    const { doc, bulletin } = await readBulletin(SAMPLES[2]);
    const many: Bulletin = { ...bulletin, articles: [0, 1, 2, 3].map((i) => ({ ...bulletin.articles[0], section: i % 2 ? 'B' : 'A', title: `t${i}` })) };
    const { issueId } = await store.importBulletin(doc, many);
    expect((await store.listArticles({ section: 'B' })).map((a) => a.title)).toEqual(['t1', 't3']);
    expect((await store.listArticles({ issueId, limit: 2, offset: 1 })).map((a) => a.title)).toEqual(['t1', 't2']);
    await store.close();
  });

  it('stores nothing of an issue whose article cannot be stored (one transaction per file)', async () => {
    const file = join(dir, 'atomic.db');
    const store = openSqliteStore(file);
    const good = await readBulletin(SAMPLES[0]);
    await store.importBulletin(good.doc, good.bulletin);
    const before = snapshotStore(file);
    const { doc, bulletin } = await readBulletin(SAMPLES[1]);
    // An article without a line range breaks a NOT NULL constraint after the file and issue rows went in.
    const bad = { ...bulletin.articles[0], lineStart: null as unknown as number };
    const broken = { ...bulletin, articles: [...bulletin.articles, bad] };
    await expect(store.importBulletin(doc, broken)).rejects.toThrow(/NOT NULL/);
    expect(snapshotStore(file)).toEqual(before);
    await store.close();
  });

  it('migrates a new store to the latest version, refuses a newer one and a non-database', async () => {
    const file = join(dir, 'versions.db');
    await openSqliteStore(file).close();
    const db = new Database(file);
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    db.close();
    expect(() => openSqliteStore(file)).toThrow(`${file}: store has schema version ${MIGRATIONS.length + 1}, newer than this jianbao knows`);

    const notDb = join(dir, 'notes.txt');
    writeFileSync(notDb, 'these are my notes, not a database\n'.repeat(100));
    expect(() => openSqliteStore(notDb)).toThrow(`${notDb}: not a jianbao store (not an SQLite database)`);
    expect(() => openSqliteStore(join(dir, 'absent.db'), { mustExist: true })).toThrow(/absent\.db: no store here yet/);
  });
});

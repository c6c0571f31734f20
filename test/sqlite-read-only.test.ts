import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { readSampleTexts } from '../src/search/generate-archive.js';
import { materialFromTexts, syntheticIssues } from '../src/search/synthetic-archive.js';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js';

describe('SQLite store opened read-only (bench:search --read-only)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'jianbao-read-only-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('searches a stored archive, refuses to write it, and names a missing or outdated file in one line', async () => {
    const file = join(dir, 'archive.db');
    const store = openSqliteStore(file);
    const issues = [...syntheticIssues(materialFromTexts(readSampleTexts('samples')), { articles: 60, seed: 3 })];
    for (const i of issues.slice(0, -1)) await store.issues.import(i.source, i.bulletin);
    await store.close();

    const reader = openSqliteStore(file, { readOnly: true });
    const found = await reader.search.search({ query: '发展', limit: 5 });
    expect(found.total).toBeGreaterThan(0);
    const last = issues[issues.length - 1];
    await expect(reader.issues.import(last.source, last.bulletin)).rejects.toThrow(/readonly|read-only/i);
    await reader.close();

    expect(() => openSqliteStore(join(dir, 'none.db'), { readOnly: true })).toThrow(/none\.db/);
    const db = new Database(file);
    db.pragma('user_version = 1');
    db.close();
    expect(() => openSqliteStore(file, { readOnly: true })).toThrow(/schema version/);
  });
});

import { writeFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../src/store/sqlite/migrations.js';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { BACKENDS } from './backends.js';

// What every backend does is tested in store-backends.test.ts; this is what only SQLite has.
const sqlite = BACKENDS.find((b) => b.name === 'sqlite')!;

describe('SQLite store', () => {
  it('migrates a new store to the latest version in WAL mode, refuses a newer one and a non-database', async () => {
    const file = await sqlite.fresh();
    await openSqliteStore(file).close();
    const db = new Database(file);
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    db.close();
    expect(() => openSqliteStore(file)).toThrow(`${file}: 资料库结构版本为 ${MIGRATIONS.length + 1}，比这个 jianbao 认识的（${MIGRATIONS.length}）新，请升级 jianbao (store has schema version ${MIGRATIONS.length + 1}, newer than this jianbao knows (${MIGRATIONS.length}))`);

    const notDb = `${file}.txt`;
    writeFileSync(notDb, 'these are my notes, not a database\n'.repeat(100));
    expect(() => openSqliteStore(notDb)).toThrow(`${notDb}: 不是简报资料库（不是 SQLite 数据库） (not a jianbao store (not an SQLite database))`);
  });
});

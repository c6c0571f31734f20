import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import type { Pool } from 'pg';
import { inject } from 'vitest';
import { createPool } from '../src/store/postgres/connection.js';
import { databaseUrl } from './store-templates.js';

/** Every row of the store's tables, by table, ordered by id: to compare a store before and after, or check it. */
export type Tables = Record<(typeof TABLES)[number], Record<string, unknown>[]>;
const TABLES = ['source_files', 'issues', 'articles'] as const;

/** A storage backend as the tests see it: where to put a new store, and how to read what it holds. */
export interface TestBackend {
  name: 'sqlite' | 'postgres';
  /** A new location holding no store yet (a file path, or a new empty database); removed after the test file. */
  fresh(): Promise<string>;
  /**
   * A new location holding an empty store of the current schema, as opening `fresh()` would make it: a copy of
   * the run's migrated template (test/store-templates.ts), cheaper than migrating. Removed after the test file.
   */
  migrated(): Promise<string>;
  /** What the store at `location` holds, read past the Store interface. */
  tables(location: string): Promise<Tables>;
  /** Runs one SQL statement both backends understand on the store at `location`, past the Store interface; its rows. */
  sql(location: string, text: string, params?: unknown[]): Promise<Record<string, unknown>[]>;
  /** Removes what `fresh` made; test/setup.ts calls it after each test file (files may share this module: isolate off). */
  cleanUp(): Promise<void>;
}

/**
 * The backends every store and CLI test runs on: SQLite always, PostgreSQL as well when JIANBAO_TEST_PG holds
 * the URL of a server where we may create databases (`.ci/with-postgres` starts one). Use with describe.each.
 */
export const BACKENDS: TestBackend[] = [sqliteBackend()];
if (process.env.JIANBAO_TEST_PG) BACKENDS.push(postgresBackend(process.env.JIANBAO_TEST_PG));

/** Removes every backend's stores made by the test file that just ran. */
export async function cleanUpBackends(): Promise<void> {
  for (const b of BACKENDS) await b.cleanUp();
}

/** SQLite: a file in a temporary folder removed after the test file. */
function sqliteBackend(): TestBackend {
  let dir: string | undefined;
  let n = 0;
  const fresh = async () => {
    dir ??= mkdtempSync(join(tmpdir(), 'jianbao-test-'));
    return join(dir, `store-${++n}`, 'j.db');
  };
  return {
    name: 'sqlite',
    async cleanUp() {
      if (dir) rmSync(dir, { recursive: true, force: true });
      dir = undefined;
    },
    fresh,
    async migrated() {
      const file = await fresh();
      mkdirSync(dirname(file));
      copyFileSync(inject('storeTemplates').sqlite, file);
      return file;
    },
    async tables(file) {
      const db = new Database(file, { readonly: true });
      try {
        return Object.fromEntries(TABLES.map((t) => [t, db.prepare(`SELECT * FROM ${t} ORDER BY id`).all()])) as Tables;
      } finally {
        db.close();
      }
    },
    async sql(file, text, params = []) {
      const db = new Database(file);
      try {
        const statement = db.prepare(text.replace(/\$\d+/g, '?'));
        return (statement.reader ? statement.all(...params) : (statement.run(...params), [])) as Record<string, unknown>[];
      } finally {
        db.close();
      }
    },
  };
}

/** PostgreSQL: a uniquely named database on the server at `adminUrl`, dropped after the test file. */
function postgresBackend(adminUrl: string): TestBackend {
  let admin: Pool | null = null;
  const created: string[] = [];
  /** A new database, made by CREATE DATABASE with `options`: its URL. */
  const create = async (options: string) => {
    const db = `jianbao_test_${process.pid}_${created.length}_${Math.random().toString(36).slice(2, 8)}`;
    admin ??= createPool(adminUrl);
    await admin.query(`CREATE DATABASE ${db}${options}`);
    created.push(db);
    return databaseUrl(adminUrl, db);
  };
  return {
    name: 'postgres',
    async cleanUp() {
      if (!admin) return;
      // FORCE ends connections a killed CLI may have left behind.
      for (const db of created.splice(0)) await admin.query(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
      await admin.end();
      admin = null;
    },
    fresh: () => create(''),
    // A file copy: the default (copying through the write-ahead log) cost twice the server CPU for a store this small.
    migrated: () => create(` TEMPLATE ${inject('storeTemplates').postgres} STRATEGY FILE_COPY`),
    async tables(url) {
      const pool = createPool(url);
      try {
        await otherSessionsEnded(pool);
        const rows = await Promise.all(TABLES.map(async (t) => (await pool.query(`SELECT * FROM ${t} ORDER BY id`)).rows));
        return Object.fromEntries(TABLES.map((t, i) => [t, rows[i]])) as Tables;
      } finally {
        await pool.end();
      }
    },
    async sql(url, text, params = []) {
      const pool = createPool(url);
      try {
        return (await pool.query(text, params)).rows;
      } finally {
        await pool.end();
      }
    },
  };
}

/**
 * Waits (up to 30 s) until no other client session of the pool's database is inside a statement or transaction:
 * a CLI that was just killed may have left one whose COMMIT or rollback the server has not finished yet.
 */
async function otherSessionsEnded(pool: Pool): Promise<void> {
  const others = `SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()
                    AND backend_type = 'client backend' AND state <> 'idle'`;
  for (let tries = 0; tries < 600 && (await pool.query<{ n: number }>(others)).rows[0].n > 0; tries++) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

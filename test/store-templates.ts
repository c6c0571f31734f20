/**
 * Vitest global setup: one empty store of the current schema per backend, migrated once per run, which the test
 * backends copy for tests that want a new store (TestBackend.migrated): copying costs a PostgreSQL database
 * 20–80 ms of server CPU where creating and migrating one cost ~180 ms, and a SQLite file ~3 ms where migrating cost ~18.
 * Removed when the run ends.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { openStore } from '../src/store/open.js';
import { createPool } from '../src/store/postgres/connection.js';

/** Where this run's templates are: a migrated SQLite file, and (with JIANBAO_TEST_PG) a migrated database's name. */
export interface StoreTemplates {
  sqlite: string;
  postgres: string | null;
}

declare module 'vitest' {
  export interface ProvidedContext {
    storeTemplates: StoreTemplates;
  }
}

/** A database `name` on the server at `adminUrl`, as a URL. */
export function databaseUrl(adminUrl: string, name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Migrates the run's templates and provides where they are (inject('storeTemplates')); the teardown removes them. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dir = mkdtempSync(join(tmpdir(), 'jianbao-templates-'));
  const sqlite = join(dir, 'template.db');
  await (await openStore(sqlite)).close();
  const adminUrl = process.env.JIANBAO_TEST_PG;
  const postgres = adminUrl ? `jianbao_template_${process.pid}_${Math.random().toString(36).slice(2, 8)}` : null;
  if (adminUrl && postgres) {
    await onServer(adminUrl, `CREATE DATABASE ${postgres}`);
    // Closed before any copy: PostgreSQL copies only a database nobody is connected to.
    await (await openStore(databaseUrl(adminUrl, postgres))).close();
  }
  project.provide('storeTemplates', { sqlite, postgres });
  return async () => {
    rmSync(dir, { recursive: true, force: true });
    if (adminUrl && postgres) await onServer(adminUrl, `DROP DATABASE IF EXISTS ${postgres} WITH (FORCE)`);
  };
}

/** Runs one statement on the server's admin database. */
async function onServer(adminUrl: string, statement: string): Promise<void> {
  const admin = createPool(adminUrl);
  try {
    await admin.query(statement);
  } finally {
    await admin.end();
  }
}

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { readBulletin } from '../src/pipeline/read-bulletin.js';
import { BACKENDS, type TestBackend } from './backends.js';
import { finished, lines, ROOT, runCli, SAMPLES, startCli } from './cli-run.js';

/** Files to import: enough that the kill lands mid-import, each small so the whole test stays quick. */
const COPIES = 20;
const dir = mkdtempSync(join(tmpdir(), 'jianbao-cli-kill-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** SQLite's own checks of a database file: page structure and foreign keys. */
function expectSoundSqlite(file: string): void {
  const conn = new Database(file, { readonly: true });
  try {
    expect(conn.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(conn.pragma('foreign_key_check')).toEqual([]);
  } finally {
    conn.close();
  }
}

/**
 * Checks what an import left: every stored file has one issue holding articles 0..n-1, n being what
 * `articlesOf(path)` says the file holds. Returns the number of stored files.
 */
async function expectConsistent(backend: TestBackend, db: string, articlesOf: (path: string) => Promise<number>): Promise<number> {
  if (backend.name === 'sqlite') expectSoundSqlite(db);
  const tables = await backend.tables(db);
  for (const f of tables.source_files) {
    const issues = tables.issues.filter((i) => i.source_file_id === f.id);
    expect(issues, String(f.path)).toHaveLength(1);
    const ordinals = tables.articles.filter((a) => a.issue_id === issues[0].id).map((a) => a.ordinal as number).sort((a, b) => a - b);
    const n = await articlesOf(String(f.path));
    expect(ordinals, String(f.path)).toEqual(Array.from({ length: n }, (_, i) => i));
  }
  // Every stored article came with its enrichment, counted once, and its same-event group.
  const [understood] = await backend.sql(
    db,
    `SELECT (SELECT count(*) FROM articles) AS articles, (SELECT count(*) FROM article_enrichment) AS enriched,
            (SELECT count(*) FROM event_groups) AS grouped`,
  );
  expect(understood).toEqual({ articles: tables.articles.length, enriched: tables.articles.length, grouped: tables.articles.length });
  const fileIds = new Set(tables.source_files.map((f) => f.id));
  const issueIds = new Set(tables.issues.map((i) => i.id));
  expect(tables.issues.every((i) => fileIds.has(i.source_file_id))).toBe(true);
  expect(tables.articles.every((a) => issueIds.has(a.issue_id))).toBe(true);
  return tables.source_files.length;
}

describe.each(BACKENDS)('an import into $name killed midway', (backend) => {
  it('leaves only whole files in the store, and a rerun completes the rest', { timeout: 120_000 }, async () => {
    // Copies of the shortest sample, each made new bytes by a line of its own: the same issue, stored as many
    // (--keep-both), so that every file is a transaction of its own to interrupt.
    const text = readFileSync(join(ROOT, SAMPLES[0]), 'utf8');
    const files = Array.from({ length: COPIES }, (_, i) => {
      const path = join(dir, `copy-${String(i).padStart(3, '0')}.txt`);
      writeFileSync(path, `${text}\n副本 ${i}\n`);
      return path;
    });
    const db = await backend.fresh();

    const child = startCli(['import', ...files, '--keep-both', '--db', db]);
    child.stdout!.once('data', () => child.kill('SIGKILL'));
    const killed = await finished(child);
    expect(killed.signal).toBe('SIGKILL');

    // What survived the kill is checked against a fresh parse of each file.
    const stored = await expectConsistent(backend, db, async (path) => (await readBulletin(path)).bulletin.articles.length);
    expect(stored).toBeGreaterThanOrEqual(1);
    expect(stored).toBeLessThan(COPIES);

    const rerun = await runCli(['import', ...files, '--keep-both', '--db', db]);
    expect(rerun).toMatchObject({ code: 0, stderr: '' });
    const out = lines(rerun.stdout);
    expect(out.at(-1)).toBe(`${COPIES} files: ${COPIES - stored} imported, ${stored} unchanged, 0 failed`);
    // After the rerun, each file's issue holds the article count the CLI reported for it.
    const reported = new Map(out.slice(0, -1).map((l) => {
      const m = /^\w+ +(.+): (\d+) articles?,/.exec(l)!;
      return [m[1], Number(m[2])] as const;
    }));
    expect(await expectConsistent(backend, db, async (path) => reported.get(path)!)).toBe(COPIES);
  });
});

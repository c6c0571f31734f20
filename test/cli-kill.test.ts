import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { readBulletin } from '../src/pipeline/read-bulletin.js';
import { finished, lines, ROOT, runCli, SAMPLES, startCli } from './cli-run.js';

const COPIES = 200;
const dir = mkdtempSync(join(tmpdir(), 'jianbao-cli-kill-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * Checks what an import left: a sound database where every stored file has one issue holding articles
 * 0..n-1, n being what `articlesOf(path)` says the file holds. Returns the number of stored files.
 */
async function expectConsistent(db: string, articlesOf: (path: string) => Promise<number>): Promise<number> {
  const conn = new Database(db);
  try {
    expect(conn.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(conn.pragma('foreign_key_check')).toEqual([]);
    const files = conn
      .prepare('SELECT f.id, f.path, count(i.id) AS issues FROM source_files f LEFT JOIN issues i ON i.source_file_id = f.id GROUP BY f.id')
      .all() as { id: number; path: string; issues: number }[];
    const ordinals = conn.prepare(
      'SELECT a.ordinal FROM articles a JOIN issues i ON i.id = a.issue_id WHERE i.source_file_id = ? ORDER BY a.ordinal',
    );
    for (const f of files) {
      expect(f.issues, f.path).toBe(1);
      const n = await articlesOf(f.path);
      expect(ordinals.pluck().all(f.id), f.path).toEqual(Array.from({ length: n }, (_, i) => i));
    }
    return files.length;
  } finally {
    conn.close();
  }
}

describe('an import killed midway', () => {
  it('leaves only whole files in the store, and a rerun completes the rest', { timeout: 300_000 }, async () => {
    const text = readFileSync(join(ROOT, SAMPLES[2]), 'utf8');
    const files = Array.from({ length: COPIES }, (_, i) => {
      const path = join(dir, `copy-${String(i).padStart(3, '0')}.txt`);
      writeFileSync(path, `${text}\n副本 ${i}\n`);
      return path;
    });
    const db = join(dir, 'j.db');

    const child = startCli(['import', ...files, '--db', db]);
    child.stdout!.once('data', () => child.kill('SIGKILL'));
    const killed = await finished(child);
    expect(killed.signal).toBe('SIGKILL');

    // What survived the kill is checked against a fresh parse of each file.
    const stored = await expectConsistent(db, async (path) => (await readBulletin(path)).bulletin.articles.length);
    expect(stored).toBeGreaterThanOrEqual(1);
    expect(stored).toBeLessThan(COPIES);

    const rerun = await runCli(['import', ...files, '--db', db]);
    expect(rerun).toMatchObject({ code: 0, stderr: '' });
    const out = lines(rerun.stdout);
    expect(out.at(-1)).toBe(`${COPIES} files: ${COPIES - stored} imported, ${stored} unchanged, 0 failed`);
    // After the rerun, each file's issue holds the article count the CLI reported for it.
    const reported = new Map(out.slice(0, -1).map((l) => {
      const m = /^\w+ +(.+): (\d+) articles?,/.exec(l)!;
      return [m[1], Number(m[2])] as const;
    }));
    expect(await expectConsistent(db, async (path) => reported.get(path)!)).toBe(COPIES);
  });
});

/**
 * PostgreSQL stopped with `pg_ctl stop -m immediate` in the middle of an import, ten times: every run ends with
 * one clean line per failed file and the summary, never a stack trace, and importing everything again afterwards
 * stores each file exactly once. Uses a server of its own (test/pg-server.ts), since it stops it.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { finished, lines, ROOT, runCli, SAMPLES, startCli } from './cli-run.js';
import { startPgServer, type PgServer } from './pg-server.js';

let server: PgServer | null = null;
let dir: string;
const files: string[] = [];

beforeAll(async () => {
  server = await startPgServer();
  dir = mkdtempSync(join(tmpdir(), 'jianbao-pg-stop-'));
  // Three distinct files (distinct bytes: the shortest sample with a trailing note each), so the server can be
  // stopped after the first while the others are still to come, and a round stays short.
  for (let i = 0; i < 3; i++) {
    const sample = SAMPLES[0];
    const path = join(dir, `issue-${i}.txt`);
    writeFileSync(path, `${readFileSync(join(ROOT, sample), 'utf8')}\n（第 ${i} 份）\n`);
    files.push(path);
  }
}, 60_000);

afterAll(() => {
  server?.remove();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** The one-line shape every failure has: `jianbao: <file or database>: <problem>`. */
const ERROR_LINE = /^jianbao: \S.*: \S/;

describe.skipIf(!startPgServerAvailable())('PostgreSQL stopped mid-import', () => {
  it('gives 10 clean runs, no stack trace, and nothing doubled after a re-import', async () => {
    const url = server!.url;
    let stoppedMidway = 0;
    for (let round = 0; round < 10; round++) {
      const child = startCli(['import', ...files, '--keep-both', '--db', url]);
      let stopped = false;
      child.stdout!.on('data', (s: Buffer) => {
        // Stop the server as soon as the first file of this run is reported: the others are still to come.
        if (!stopped && /^(imported|unchanged) /m.test(s.toString())) {
          stopped = true;
          server!.stopImmediately();
        }
      });
      const run = await finished(child);
      if (!stopped) server!.stopImmediately();
      else stoppedMidway++;
      const errors = lines(run.stderr);
      expect(run.stderr).not.toMatch(/\n\s+at |Unhandled|node:internal|Error:/);
      for (const line of errors) expect(line).toMatch(ERROR_LINE);
      expect(lines(run.stdout).at(-1)).toMatch(/^3 files: \d+ imported, \d+ unchanged, \d+ failed$/);
      if (errors.length) expect(run.code).toBe(1);
      server!.start();
    }
    expect(stoppedMidway).toBeGreaterThanOrEqual(9);

    const again = await runCli(['import', ...files, '--keep-both', '--db', url]);
    expect(again.stderr).toBe('');
    expect(again.code).toBe(0);
    const pool = new pg.Pool({ connectionString: url });
    try {
      const rows = (await pool.query('SELECT sha256, count(*)::int AS n FROM source_files GROUP BY sha256')).rows;
      expect(rows).toHaveLength(files.length);
      expect(rows.every((r) => r.n === 1)).toBe(true);
      const issues = (await pool.query('SELECT count(*)::int AS n FROM issues')).rows[0].n;
      expect(issues).toBe(files.length);
      // Each issue holds its articles once: as many as the re-import reports for its file.
      const reported = lines(again.stdout).slice(0, -1).map((l) => Number(/: (\d+) articles?,/.exec(l)![1])).sort();
      const stored = (await pool.query(`SELECT count(a.id)::int AS n FROM issues i LEFT JOIN articles a ON a.issue_id = i.id GROUP BY i.id`)).rows;
      expect(stored.map((r) => r.n).sort()).toEqual(reported);
    } finally {
      await pool.end();
    }
  }, 120_000);
});

function startPgServerAvailable(): boolean {
  return readdirSafe('/usr/lib/postgresql').length > 0;
}

function readdirSafe(path: string): string[] {
  try {
    return readdirSync(path);
  } catch {
    return [];
  }
}

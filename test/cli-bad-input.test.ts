import { mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS } from './backends.js';
import { lines, runCli, SAMPLES, spawnCli } from './cli-run.js';
import { BINARY, TRUNCATED_PDF } from './ingest-fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'jianbao-cli-bad-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Each bad input and the problem its one-line error must state (the PDF's wording is the PDF reader's). */
const BAD: Record<string, { make: (path: string) => void; problem: RegExp }> = {
  'empty.txt': { make: (p) => writeFileSync(p, ''), problem: /空文件 \(empty file\)/ },
  'image.txt': { make: (p) => writeFileSync(p, BINARY), problem: /这是二进制文件，不是文本 \(binary file/ },
  'huge.txt': { make: (p) => (writeFileSync(p, ''), truncateSync(p, 100 * 1024 * 1024)), problem: /文件过大.* \(file too large .*50 MB/ },
  'cut.pdf': { make: (p) => writeFileSync(p, TRUNCATED_PDF), problem: /./ },
  'folder': { make: (p) => mkdirSync(p), problem: /这是文件夹，不是文件 \(is a directory/ },
  'missing.txt': { make: () => undefined, problem: /没有这个文件或文件夹 \(no such file/ },
};
const bad = (name: string) => join(dir, name);

beforeAll(() => {
  for (const [name, { make }] of Object.entries(BAD)) make(bad(name));
});

describe('bad input', () => {
  it.each(Object.keys(BAD))('parse %s: one line naming the file on stderr, nothing on stdout, exit 1', async (name) => {
    const run = await runCli(['parse', bad(name)]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(lines(run.stderr)).toHaveLength(1);
    expect(run.stderr.startsWith(`jianbao: ${bad(name)}: `)).toBe(true);
    expect(run.stderr).toMatch(BAD[name].problem);
  });

  it.each(BACKENDS)('import into $name: reports each bad file in one line, leaves the store as it was for them, still imports the good ones', async (backend) => {
    const db = await backend.fresh();
    expect((await runCli(['import', SAMPLES[0], '--db', db])).code).toBe(0);
    const before = await backend.tables(db);

    const names = Object.keys(BAD);
    const run = await runCli(['import', ...names.map(bad), '--db', db]);
    expect(run.code).toBe(1);
    const errors = lines(run.stderr);
    expect(errors).toHaveLength(names.length);
    names.forEach((name, i) => expect(errors[i].startsWith(`jianbao: ${bad(name)}: `)).toBe(true));
    expect(lines(run.stdout).at(-1)).toBe(`${names.length} files: 0 imported, 0 unchanged, ${names.length} failed`);
    expect(await backend.tables(db)).toEqual(before);

    const mixed = await runCli(['import', bad('empty.txt'), SAMPLES[1], '--db', db]);
    expect(mixed.code).toBe(1);
    expect(lines(mixed.stderr)).toHaveLength(1);
    expect(mixed.stdout).toMatch(new RegExp(`^imported +${SAMPLES[1]}: `, 'm'));
    expect(lines(mixed.stdout).at(-1)).toBe('2 files: 1 imported, 0 unchanged, 1 failed');
  });

  it('a broken store is one line and exit 1, for import and list', async () => {
    const notDb = join(dir, 'notes.db');
    writeFileSync(notDb, 'not a database\n'.repeat(200));
    for (const args of [['import', SAMPLES[0], '--db', notDb], ['list', '--db', notDb]]) {
      const run = await runCli(args);
      expect(run.code).toBe(1);
      expect(run.stderr).toBe(`jianbao: ${notDb}: 不是简报资料库（不是 SQLite 数据库） (not a jianbao store (not an SQLite database))\n`);
    }
  });

  it('a PostgreSQL server that cannot be reached is one line naming the database without its password, exit 69 (unavailable)', async () => {
    const url = 'postgres://editor:s3cret@127.0.0.1:1/archive';
    for (const args of [['import', SAMPLES[0], '--db', url], ['list'], ['list', '--db', url]]) {
      const run = await runCli(args, { JIANBAO_DB: url });
      expect(run.code).toBe(69);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(/^jianbao: postgres:\/\/editor@127\.0\.0\.1:1\/archive: 无法连接数据库 \(cannot connect \(connection refused[^\n]*\)\)\n$/);
    }
  });

  it('shows the stack trace only when DEBUG=jianbao, mapped to the sources by the binary', async () => {
    const run = await spawnCli(['parse', bad('empty.txt')], { DEBUG: 'jianbao' });
    expect(run.code).toBe(1);
    expect(lines(run.stderr)[0]).toBe(`jianbao: ${bad('empty.txt')}: 空文件 (empty file)`);
    expect(run.stderr).toMatch(/\n\s+at .*load\.ts/);
  });
});

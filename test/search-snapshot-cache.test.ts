import { Pool } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Jianbao } from '../src/core/index.js';
import { openStore } from '../src/store/open.js';
import { createPool, PgConnection } from '../src/store/postgres/connection.js';
import { SnapshotCache } from '../src/store/postgres/snapshot-cache.js';
import type { Article } from '../src/types.js';
import { BACKENDS } from './backends.js';
import { as, openCore } from './core-fixture.js';

const art = (title: string, body: string): Article => ({ section: null, title, byline: null, subheads: [], body, captions: [], page: null, lineStart: 1, lineEnd: 1 });

/** An issue of two articles, one about chips, imported past the core (as another process would). */
async function importIssue(location: string, k: number, date: string): Promise<void> {
  const store = await openStore(location);
  try {
    await store.issues.import(
      { path: `f${k}.txt`, sha256: String(k).repeat(64), bytes: 1, encoding: 'utf-8', kind: 'text' },
      { publication: '测试刊', issueDate: date, sections: [], warnings: [], articles: [art(`芯片短缺${k}`, '汽车芯片短缺问题。'), art('数字经济', '推动数字经济健康发展。')] },
    );
  } finally {
    await store.close();
  }
}

// On PostgreSQL a search asked again is answered from the snapshot cache (src/store/postgres/snapshot-cache.ts);
// these hold on both backends: the same answer, a copy each time, and every committed change seen at once.
describe.each(BACKENDS)('searches asked again on $name', (backend) => {
  let location: string;
  let reader: Jianbao;
  let editor: Jianbao;
  beforeAll(async () => {
    location = await backend.migrated();
    await importIssue(location, 1, '2021-08-02');
    // Two cores on one store: two serving processes, each with its own pool (and cache).
    reader = await openCore(location, {}, { mustExist: true });
    editor = await openCore(location, {}, { mustExist: true });
  });
  afterAll(async () => {
    await reader.close();
    await editor.close();
  });

  it('answers the same search the same, and a change to the answer given does not reach the next', async () => {
    const first = await reader.search.search(as('reader'), { query: '芯片', marks: 'html' });
    expect(first.total).toBe(1);
    expect(first.hits[0]!.titleHighlight).toBe('<mark>芯片</mark>短缺1');
    const trend = await reader.search.trend(as('reader'), { query: '芯片' });
    first.hits[0]!.title = 'changed by the caller';
    first.hits.push({ ...first.hits[0]! });
    trend.length = 0;
    const again = await reader.search.search(as('reader'), { query: '芯片', marks: 'html' });
    expect(again.hits.map((h) => h.title)).toEqual(['芯片短缺1']);
    expect(again.total).toBe(1);
    expect(await reader.search.trend(as('reader'), { query: '芯片' })).toEqual([{ bucket: '2021-08', start: '2021-08-01', count: 1 }]);
  });

  it('sees what another process committed, at its next search', async () => {
    expect((await reader.search.search(as('reader'), { query: '芯片' })).total).toBe(1);
    await importIssue(location, 2, '2021-09-06');
    const after = await reader.search.search(as('reader'), { query: '芯片' });
    expect(after.total).toBe(2);
    expect(after.hits.map((h) => h.title).sort()).toEqual(['芯片短缺1', '芯片短缺2']);
    expect(await reader.search.trend(as('reader'), { query: '芯片' })).toEqual([{ bucket: '2021-08', start: '2021-08-01', count: 1 }, { bucket: '2021-09', start: '2021-09-01', count: 1 }]);
  });

  it('sees an edit made through another core at once: title and highlight', async () => {
    const [hit] = (await reader.search.search(as('reader'), { query: '芯片短缺1' })).hits;
    await editor.articles.edit(as('editor'), hit!.id, { title: '芯片供应恢复' });
    const after = await reader.search.search(as('reader'), { query: '芯片', marks: 'html' });
    expect(after.hits.map((h) => h.titleHighlight).sort()).toEqual(['<mark>芯片</mark>供应恢复', '<mark>芯片</mark>短缺2']);
  });
});

// The cache itself, with a statement whose answer changes every time it runs: kept while nothing commits.
describe.each(BACKENDS.filter((b) => b.name === 'postgres'))('the snapshot cache on $name', (backend) => {
  let conn: PgConnection;
  let location: string;
  beforeAll(async () => {
    location = await backend.migrated();
    await openStore(location).then((s) => s.close());
    conn = new PgConnection(createPool(location), 'test');
  });
  afterAll(() => conn.pool.end());

  it('keeps an answer until something commits, runs inside a transaction uncached, and refuses writes', async () => {
    const cache = new SnapshotCache(conn);
    const now = cache.runner('SET LOCAL jit = off');
    const ask = async () => (await now<{ t: string }>('SELECT clock_timestamp()::text AS t, $1::int AS n', [1]))[0]!.t;
    // Run, the answer differs every time, so two asks in a row giving one answer were answered from the cache. The
    // test server is shared with other test files, whose commits make new snapshots: a few tries, not exactly one.
    const keptBetweenTwoAsks = async () => {
      for (let i = 0; i < 50; i++) {
        const one = await ask();
        if ((await ask()) === one) return true;
      }
      return false;
    };
    const first = await ask();
    expect(await keptBetweenTwoAsks()).toBe(true);
    // Another statement, or the same with other parameters, is another answer.
    expect((await now<{ t: string; n: number }>('SELECT clock_timestamp()::text AS t, $1::int AS n', [2]))[0]!.n).toBe(2);
    await conn.query('CREATE TABLE touched (n int)');
    const after = await ask();
    expect(after).not.toBe(first);
    expect(await keptBetweenTwoAsks()).toBe(true);
    const inside = await conn.transaction(async () => [await ask(), await ask()]);
    expect(inside[0]).not.toBe(after);
    expect(inside[1]).not.toBe(inside[0]);
    await expect(now('INSERT INTO touched VALUES (1)')).rejects.toThrow('test: cannot execute INSERT in a read-only transaction');
    expect(await conn.query('SELECT * FROM touched')).toEqual([]);
  });

  it('keeps a whole answer while nothing commits, not one computed across a commit, and gives a copy each time', async () => {
    const cache = new SnapshotCache(conn);
    let runs = 0;
    const answer = (during?: () => Promise<unknown>) => cache.settled('answer', async () => {
      runs++;
      await during?.();
      return { runs: [runs] };
    });
    // As above, other test files' commits make new snapshots: a few tries for two asks in one state.
    const keptBetweenTwoAsks = async () => {
      for (let i = 0; i < 50; i++) {
        const one = await answer();
        const two = await answer();
        if (two.runs[0] === one.runs[0]) return two;
      }
      return null;
    };
    const kept = await keptBetweenTwoAsks();
    expect(kept).not.toBeNull();
    kept!.runs.push(-1);
    const again = await answer();
    if (again.runs[0] === kept!.runs[0]) expect(again.runs).toEqual([kept!.runs[0]]);
    // An answer during which something committed is given but not kept: the next ask computes again.
    await conn.query('CREATE TABLE IF NOT EXISTS settled_touch (n int)');
    const across = await answer(() => conn.query('INSERT INTO settled_touch VALUES (1)'));
    expect((await answer()).runs[0]).toBeGreaterThan(across.runs[0]!);
    // Inside a caller's transaction it is computed every time.
    const inside = await conn.transaction(async () => [(await answer()).runs[0], (await answer()).runs[0]]);
    expect(inside[1]).toBe(inside[0]! + 1);
  });

  it('runs statements together on one snapshot, each on its own connection when the pool has one free, else one by one', async () => {
    type Row = { pid: number; snapshot: string; setting: string; n: number };
    const stmt = (n: number, settings?: string) => ({
      sql: 'SELECT pg_backend_pid() AS pid, pg_current_snapshot()::text AS snapshot, current_setting($1) AS setting, $2::int AS n',
      params: ['enable_indexscan', n],
      ...(settings ? { settings } : {}),
    });
    const both = [stmt(1), stmt(2, 'SET LOCAL enable_indexscan = off')];
    const [[a], [b]] = (await new SnapshotCache(conn).together('SET LOCAL jit = off')(both)) as Row[][];
    expect(a!.pid).not.toBe(b!.pid);
    expect(b!.snapshot).toBe(a!.snapshot);
    expect([a!.setting, b!.setting, a!.n, b!.n]).toEqual(['on', 'off', 1, 2]);
    // A pool of one connection: the second statement waits for it rather than for a connection that never frees.
    const single = new PgConnection(new Pool({ connectionString: location, max: 1 }), 'single');
    try {
      const [[c], [d]] = (await new SnapshotCache(single).together()(both)) as Row[][];
      expect(d!.pid).toBe(c!.pid);
      expect([c!.setting, d!.setting, c!.n, d!.n]).toEqual(['on', 'off', 1, 2]);
    } finally {
      await single.pool.end();
    }
    // Inside a caller's transaction, on its connection.
    const [[e], [f]] = (await conn.transaction(() => new SnapshotCache(conn).together()(both))) as Row[][];
    expect(f!.pid).toBe(e!.pid);
    expect([e!.n, f!.n]).toEqual([1, 2]);
    await expect(new SnapshotCache(conn).together()([stmt(1), { sql: 'SELECT 1/0', params: [] }])).rejects.toThrow('test: division by zero');
  });
});

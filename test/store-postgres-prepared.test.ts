import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPool, PgConnection, prepared } from '../src/store/postgres/connection.js';
import { BACKENDS } from './backends.js';

// Statements marked `prepared` are parsed and planned once per connection (src/store/postgres/connection.ts).
// Skipped, not empty, without JIANBAO_TEST_PG (a file with no suite fails the run).
const postgres = BACKENDS.find((b) => b.name === 'postgres');
describe.skipIf(!postgres)('prepared statements on postgres', () => {
  let conn: PgConnection;
  beforeAll(async () => {
    conn = new PgConnection(createPool(await postgres!.fresh()), 'test');
  });
  afterAll(() => conn.pool.end());

  it('answer with each call’s parameters, on pooled connections and in a transaction, beside other statements', async () => {
    const twice = prepared('SELECT $1::int * 2 AS n');
    const thrice = prepared('SELECT $1::int * 3 AS n');
    expect(prepared('SELECT $1::int * 2 AS n')).toBe(twice);
    // More at once than the pool has connections: every connection prepares them, some more than once.
    const asked = await Promise.all(Array.from({ length: 30 }, (_, k) => conn.query<{ n: number }>(k % 2 ? twice : thrice, [k])));
    expect(asked.map((rows) => rows[0]!.n)).toEqual(Array.from({ length: 30 }, (_, k) => k * (k % 2 ? 2 : 3)));
    const inside = await conn.transaction(async () => [
      (await conn.query<{ n: number }>(twice, [21]))[0]!.n,
      (await conn.query<{ n: number }>(thrice, [5]))[0]!.n,
      (await conn.query<{ n: number }>('SELECT $1::int + 1 AS n', [1]))[0]!.n,
    ]);
    expect(inside).toEqual([42, 15, 2]);
    await expect(conn.query(prepared('SELECT $1::int / 0 AS n'), [1])).rejects.toThrow('test: division by zero');
    expect((await conn.query<{ n: number }>(twice, [4]))[0]!.n).toBe(8);
  });
});

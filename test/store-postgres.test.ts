import { describe, expect, it } from 'vitest';
import { displayLocation } from '../src/store/location.js';
import { openStore } from '../src/store/open.js';
import { createPool } from '../src/store/postgres/connection.js';
import { MIGRATIONS } from '../src/store/postgres/migrations.js';
import { BACKENDS } from './backends.js';

// What every backend does is tested in store-backends.test.ts; this is what only PostgreSQL has.
const postgres = BACKENDS.find((b) => b.name === 'postgres');

/** Runs `sql` in the database at `url`, returning the rows. */
async function sql(url: string, text: string): Promise<Record<string, unknown>[]> {
  const pool = createPool(url);
  try {
    return (await pool.query(text)).rows;
  } finally {
    await pool.end();
  }
}

describe.skipIf(!postgres)('PostgreSQL store (JIANBAO_TEST_PG)', () => {
  it('records each migration in schema_migrations, once even when three connections open a new database at once', async () => {
    const url = await postgres!.fresh();
    const stores = await Promise.all([openStore(url), openStore(url), openStore(url)]);
    await Promise.all(stores.map((s) => s.close()));
    const versions = await sql(url, 'SELECT version FROM schema_migrations ORDER BY version');
    expect(versions.map((r) => r.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
  });

  it('migrates a store left by an older jianbao (bulletins only), keeping its articles and ids', async () => {
    const url = await postgres!.fresh();
    // The schema as version 2 (before sources) left it, holding one issue with gaps in its article ids.
    await sql(url, `CREATE TABLE schema_migrations (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now());
                    ${MIGRATIONS.slice(0, 2).join(';\n')};
                    INSERT INTO schema_migrations (version) VALUES (1), (2);
                    INSERT INTO source_files (path, sha256, bytes, encoding, kind) VALUES ('a.txt', 'abc', 10, 'utf-8', 'text');
                    INSERT INTO issues (source_file_id, publication, issue_date, sections, warnings) VALUES (1, '简报', '2021-10-19', '[]', '[]');
                    INSERT INTO articles (id, issue_id, ordinal, title, subheads, body, captions, line_start, line_end, content_hash)
                      OVERRIDING SYSTEM VALUE VALUES (7, 1, 0, '甲', '[]', '正文甲', '[]', 1, 3, 'h1'), (42, 1, 1, '乙', '[]', '正文乙', '[]', 4, 9, 'h2');
                    SELECT setval(pg_get_serial_sequence('articles', 'id'), 42)`);
    const store = await openStore(url);
    expect((await store.articles.list()).map((a) => [a.id, a.issueId, a.title, a.web])).toEqual([[7, 1, '甲', undefined], [42, 1, '乙', undefined]]);
    expect(await store.enrichment.stale('v')).toEqual([7, 42]);
    const src = await store.sources.add({ url: 'http://example.com/feed', name: null, section: null, everySeconds: 60 });
    const web = { sourceId: src.id, section: null, title: '丙', body: '正文丙', url: 'http://example.com/a', canonicalUrl: 'http://example.com/a', dedupKey: 'example.com/a', publishedAt: null, fetchedAt: '2021-10-20T00:00:00Z', author: null, outlet: null };
    expect(await store.sources.storeWebArticle(web)).toEqual({ status: 'new', id: 43 });
    expect(await store.drafts.listEditions()).toEqual([]);
    await store.close();
    const versions = await sql(url, 'SELECT version FROM schema_migrations ORDER BY version');
    expect(versions.map((r) => r.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
  });

  it('refuses a database migrated by a newer jianbao, and names a missing database', async () => {
    const url = await postgres!.fresh();
    await (await openStore(url)).close();
    await sql(url, `INSERT INTO schema_migrations (version) VALUES (${MIGRATIONS.length + 1})`);
    await expect(openStore(url)).rejects.toThrow(`${displayLocation(url)}: 资料库结构版本为 ${MIGRATIONS.length + 1}，比这个 jianbao 认识的（${MIGRATIONS.length}）新，请升级 jianbao (store has schema version ${MIGRATIONS.length + 1}, newer than this jianbao knows (${MIGRATIONS.length}))`);

    const missing = new URL(url);
    missing.pathname = '/jianbao_no_such_database';
    const error = (await openStore(missing.toString()).catch((e: Error) => e)) as Error;
    expect(error.message).toMatch(/^postgres:\/\/\w+@[^:]+:\d+\/jianbao_no_such_database: 无法连接数据库 \(cannot connect \(database "jianbao_no_such_database" does not exist\)\)$/);
  });

  it.skipIf(!postgres || !new URL(process.env.JIANBAO_TEST_PG!).password)(
    'says in one line that a password is missing or wrong, never showing it',
    async () => {
      const url = new URL(await postgres!.fresh());
      url.password = '';
      const missing = (await openStore(url.toString()).catch((e: Error) => e)) as Error;
      expect(missing.message).toBe(`${url}: 无法连接数据库 (cannot connect (the server asks for a password: give it in the URL, in PGPASSWORD or in ~/.pgpass))`);
      url.password = 'not-the-password';
      const wrong = (await openStore(url.toString()).catch((e: Error) => e)) as Error;
      url.password = '';
      expect(wrong.message).toBe(`${url}: 无法连接数据库 (cannot connect (password authentication failed for user "${url.username}"))`);
    },
  );

  it('opens an up-to-date store for a role that may only read it', async () => {
    const url = await postgres!.fresh();
    await (await openStore(url)).close();
    const role = `reader_${new URL(url).pathname.slice(1)}`;
    const db = new URL(url).pathname.slice(1);
    await sql(url, `CREATE ROLE ${role} LOGIN PASSWORD 'reader-pw'; GRANT CONNECT ON DATABASE ${db} TO ${role}; GRANT SELECT ON ALL TABLES IN SCHEMA public TO ${role}`);
    try {
      const asReader = new URL(url);
      asReader.username = role;
      asReader.password = 'reader-pw';
      const store = await openStore(asReader.toString(), { mustExist: true });
      expect(await store.issues.list()).toEqual([]);
      await store.close();
    } finally {
      await sql(url, `DROP OWNED BY ${role}; DROP ROLE ${role}`);
    }
  });
});

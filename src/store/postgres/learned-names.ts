import type { PoolClient } from 'pg';
import { learnedNamesVersion } from '../../search/learned-aliases.js';
import type { PgConnection } from './connection.js';
import { writeLearnedNames } from './search-index.js';

/** Articles whose learned names are written again per transaction: an interrupted run keeps what it did. */
const PAGE = 500;

/**
 * Schema step: which rules wrote the learned names (learnedNamesVersion) and, while they are written again, the
 * last article id done (`done_to`; null once every article is), as on the embedded store (../sqlite/learned-names.ts).
 */
export async function addLearnedNamesState(tx: PoolClient): Promise<void> {
  await tx.query('CREATE TABLE search_names_state (version text NOT NULL, done_to bigint)');
  const { rows } = await tx.query<{ empty: boolean }>('SELECT NOT EXISTS (SELECT 1 FROM articles) AS empty');
  await tx.query('INSERT INTO search_names_state (version, done_to) VALUES ($1, NULL)', [rows[0].empty ? learnedNamesVersion() : '']);
}

type State = { version: string; done_to: number | null };

/** See EnrichmentRepository.relearnNames: PAGE articles a transaction, the state row locked by each. */
export async function relearnNames(conn: PgConnection, progress?: (done: number, total: number) => void): Promise<number> {
  const version = learnedNamesVersion();
  const state = async () => (await conn.query<State>('SELECT version, done_to FROM search_names_state FOR UPDATE'))[0];
  const start = await conn.transaction(async () => {
    const s = await state();
    if (s.version === version && s.done_to === null) return null;
    const from = s.version === version ? s.done_to! : 0;
    if (s.version !== version) await conn.query('UPDATE search_names_state SET version = $1, done_to = 0', [version]);
    const [{ n }] = await conn.query<{ n: string }>('SELECT count(*) AS n FROM search_docs WHERE id > $1', [from]);
    return { from, total: Number(n) };
  });
  if (!start) return 0;
  let done = 0;
  for (;;) {
    const written = await conn.transaction(async (client) => {
      const s = await state();
      // Another run finished the work, or one of other rules took it over.
      if (s.version !== version || s.done_to === null) return 0;
      const rows = await conn.query<{ id: number; title: string; body: string; captions: string }>(
        `SELECT a.id, a.title, a.body, a.captions FROM search_docs d JOIN articles a ON a.id = d.id WHERE d.id > $1 ORDER BY d.id LIMIT ${PAGE}`,
        [s.done_to],
      );
      await conn.query('UPDATE search_names_state SET done_to = $1', [rows.length ? rows[rows.length - 1].id : null]);
      await writeLearnedNames(client, rows.map((r) => ({ id: r.id, article: { ...r, captions: JSON.parse(r.captions) as string[] } })));
      return rows.length;
    });
    if (!written) return done;
    done += written;
    progress?.(done, start.total);
  }
}

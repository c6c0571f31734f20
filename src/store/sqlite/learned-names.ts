import type { Database } from 'better-sqlite3';
import { bodyText } from '../../search/index-text.js';
import { learnedNamesVersion } from '../../search/learned-aliases.js';
import type { SqliteGate } from './gate.js';
import { LearnedNameWriter } from './search-index.js';

/** Articles whose learned names are written again per transaction: an interrupted run keeps what it did. */
const PAGE = 500;

/**
 * Schema step: which rules wrote the learned names (learnedNamesVersion) and, while they are written again, the
 * last article id done (`done_to`; null once every article is). An archive holding articles was written by older
 * rules: `jianbao enrich` writes its names again; a new one is current.
 */
export function addLearnedNamesState(db: Database): void {
  db.exec('CREATE TABLE search_names_state (version TEXT NOT NULL, done_to INTEGER)');
  const empty = db.prepare('SELECT 1 FROM articles LIMIT 1').get() === undefined;
  db.prepare('INSERT INTO search_names_state (version, done_to) VALUES (?, NULL)').run(empty ? learnedNamesVersion() : '');
}

type State = { version: string; done_to: number | null };

/**
 * Writes the learned names of every article again when they were written by other rules or data than today's,
 * in article order, PAGE articles a transaction, from where an interrupted run stopped (articles indexed
 * meanwhile are written by today's rules already). Returns how many articles were written; `progress` follows.
 */
export async function relearnNames(db: Database, gate: SqliteGate, progress?: (done: number, total: number) => void): Promise<number> {
  const version = learnedNamesVersion();
  const state = db.prepare<[], State>('SELECT version, done_to FROM search_names_state');
  const start = await gate.write(() => {
    const s = state.get()!;
    if (s.version === version && s.done_to === null) return null;
    const from = s.version === version ? s.done_to! : 0;
    if (s.version !== version) db.prepare('UPDATE search_names_state SET version = ?, done_to = 0').run(version);
    return { from, total: (db.prepare('SELECT count(*) AS n FROM articles WHERE id > ?').get(from) as { n: number }).n };
  });
  if (!start) return 0;
  const names = new LearnedNameWriter(db);
  type Row = { id: number; title: string; body: string; captions: string };
  const page = db.prepare<[number], Row>(`SELECT id, title, body, captions FROM articles WHERE id > ? ORDER BY id LIMIT ${PAGE}`);
  const mark = db.prepare('UPDATE search_names_state SET done_to = ?');
  let done = 0;
  for (;;) {
    const written = await gate.write(() => {
      const s = state.get()!;
      // Another run finished the work, or one of other rules took it over.
      if (s.version !== version || s.done_to === null) return 0;
      const rows = page.all(s.done_to);
      mark.run(rows.length ? rows[rows.length - 1].id : null);
      for (const r of rows) names.write(r.id, r.title, bodyText({ body: r.body, captions: JSON.parse(r.captions) as string[] }));
      // Searches keep the names they looked up per generation of the index (search-queries.ts).
      if (rows.length) db.exec('UPDATE search_generation SET n = n + 1');
      return rows.length;
    });
    if (!written) return done;
    done += written;
    progress?.(done, start.total);
  }
}

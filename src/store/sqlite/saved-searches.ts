import type Database from 'better-sqlite3';
import type { SavedSearch, SavedSearchStore } from '../saved-search-types.js';
import type { SqliteGate } from './gate.js';

/** The schema step that adds saved searches. */
export const SAVED_SEARCHES_SCHEMA = `
  CREATE TABLE saved_searches (
    id         INTEGER PRIMARY KEY,
    owner      TEXT NOT NULL,
    name       TEXT NOT NULL,
    query      TEXT NOT NULL,
    filters    TEXT NOT NULL CHECK (json_valid(filters)),
    created_at TEXT NOT NULL,
    UNIQUE (owner, name)
  );
`;

interface Row { id: number; owner: string; name: string; query: string; filters: string; created_at: string }
const saved = (r: Row): SavedSearch => ({ id: r.id, owner: r.owner, name: r.name, query: r.query, filters: JSON.parse(r.filters), createdAt: r.created_at });

/** Saved searches of the SQLite store. */
export class SqliteSavedSearches implements SavedSearchStore {
  constructor(
    private readonly db: Database.Database,
    private readonly gate: SqliteGate,
  ) {}

  async add(s: Omit<SavedSearch, 'id'>): Promise<SavedSearch | null> {
    const r = await this.gate.write(() =>
      this.db
        .prepare('INSERT INTO saved_searches (owner, name, query, filters, created_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (owner, name) DO NOTHING')
        .run(s.owner, s.name, s.query, JSON.stringify(s.filters), s.createdAt),
    );
    return r.changes ? { ...s, id: Number(r.lastInsertRowid) } : null;
  }

  async list(owner: string): Promise<SavedSearch[]> {
    return this.gate.run(() => this.db.prepare<[string], Row>('SELECT * FROM saved_searches WHERE owner = ? ORDER BY name, id').all(owner).map(saved));
  }

  async get(id: number): Promise<SavedSearch | null> {
    const r = await this.gate.run(() => this.db.prepare<[number], Row>('SELECT * FROM saved_searches WHERE id = ?').get(id));
    return r ? saved(r) : null;
  }

  async remove(id: number): Promise<boolean> {
    return (await this.gate.write(() => this.db.prepare('DELETE FROM saved_searches WHERE id = ?').run(id))).changes > 0;
  }
}

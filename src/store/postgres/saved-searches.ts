import type { SavedSearch, SavedSearchStore } from '../saved-search-types.js';
import type { Query } from './connection.js';

/** The schema step that adds saved searches. */
export const SAVED_SEARCHES_SCHEMA = `
  CREATE TABLE saved_searches (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    owner      text NOT NULL,
    name       text NOT NULL,
    query      text NOT NULL,
    filters    jsonb NOT NULL CHECK (jsonb_typeof(filters) = 'object'),
    created_at timestamptz NOT NULL,
    UNIQUE (owner, name)
  );
`;

/** As the pool's type parsers give it: jsonb as its text, timestamps as ISO text. */
interface Row { id: string; owner: string; name: string; query: string; filters: string; created_at: string }
const saved = (r: Row): SavedSearch =>
  ({ id: Number(r.id), owner: r.owner, name: r.name, query: r.query, filters: JSON.parse(r.filters), createdAt: r.created_at });

/** Saved searches of the PostgreSQL store. */
export class PostgresSavedSearches implements SavedSearchStore {
  constructor(private readonly query: Query) {}

  async add(s: Omit<SavedSearch, 'id'>): Promise<SavedSearch | null> {
    const [row] = await this.query<Row>(
      `INSERT INTO saved_searches (owner, name, query, filters, created_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (owner, name) DO NOTHING RETURNING *`,
      [s.owner, s.name, s.query, JSON.stringify(s.filters), s.createdAt],
    );
    return row ? saved(row) : null;
  }

  async list(owner: string): Promise<SavedSearch[]> {
    return (await this.query<Row>('SELECT * FROM saved_searches WHERE owner = $1 ORDER BY name, id', [owner])).map(saved);
  }

  async get(id: number): Promise<SavedSearch | null> {
    const [row] = await this.query<Row>('SELECT * FROM saved_searches WHERE id = $1', [id]);
    return row ? saved(row) : null;
  }

  async remove(id: number): Promise<boolean> {
    return (await this.query<{ id: string }>('DELETE FROM saved_searches WHERE id = $1 RETURNING id', [id])).length > 0;
  }
}

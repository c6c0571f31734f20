import type { SessionRecord, UserRecord, UserStore } from '../user-types.js';
import { prepared, type Query } from './connection.js';

/** The schema of workbench users and their sessions (part of the web schema step). */
export const USERS_SCHEMA = `
  CREATE TABLE users (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name          text NOT NULL UNIQUE,
    role          text NOT NULL CHECK (role IN ('admin', 'chief', 'editor', 'reader')),
    edition       text,
    password_hash text NOT NULL,
    created_at    timestamptz NOT NULL,
    -- The newest article id the user's inbox showed: what arrived after it is new to them.
    inbox_seen    bigint NOT NULL DEFAULT 0
  );
  CREATE TABLE sessions (
    token_hash text PRIMARY KEY,
    user_id    bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    csrf       text NOT NULL,
    created_at timestamptz NOT NULL,
    expires_at timestamptz NOT NULL
  );
  CREATE INDEX sessions_by_user ON sessions (user_id);
`;

interface UserRow { id: string | number; name: string; role: UserRecord['role']; edition: string | null; password_hash: string; created_at: string }
const user = (r: UserRow): UserRecord =>
  ({ id: Number(r.id), name: r.name, role: r.role, edition: r.edition, passwordHash: r.password_hash, createdAt: r.created_at });

/** A session with its user: asked by every page. */
const SESSION = prepared(`SELECT u.id, u.name, u.role, u.edition, u.password_hash, u.created_at, s.token_hash, s.csrf,
                                 s.created_at AS s_created_at, s.expires_at
                            FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token_hash = $1 AND s.expires_at > $2`);

/** The inbox mark as it was, moved only when it moves (see markInboxSeen): asked by every inbox page. */
const MARK_INBOX_SEEN = prepared(`WITH old AS (SELECT id, inbox_seen FROM users WHERE name = $1),
     moved AS (UPDATE users u SET inbox_seen = greatest(u.inbox_seen, $2) FROM old WHERE u.id = old.id AND old.inbox_seen < $2)
SELECT inbox_seen AS before FROM old`);

/** Users and sessions of the PostgreSQL store (the pool reads ids as numbers, times as ISO strings: ./connection.ts). */
export class PostgresUsers implements UserStore {
  constructor(private readonly query: Query) {}

  async add(u: Omit<UserRecord, 'id'>): Promise<UserRecord> {
    const rows = await this.query<{ id: string }>(
      `INSERT INTO users (name, role, edition, password_hash, created_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (name) DO NOTHING RETURNING id`,
      [u.name, u.role, u.edition, u.passwordHash, u.createdAt],
    );
    if (!rows[0]) throw new Error(`${u.name}: already a user`);
    return { ...u, id: Number(rows[0].id) };
  }

  async list(): Promise<UserRecord[]> {
    return (await this.query<UserRow>('SELECT * FROM users ORDER BY name')).map(user);
  }

  async get(name: string): Promise<UserRecord | null> {
    const [r] = await this.query<UserRow>('SELECT * FROM users WHERE name = $1', [name]);
    return r ? user(r) : null;
  }

  async getById(id: number): Promise<UserRecord | null> {
    const [r] = await this.query<UserRow>('SELECT * FROM users WHERE id = $1', [id]);
    return r ? user(r) : null;
  }

  async remove(name: string): Promise<UserRecord | null> {
    // Sessions go with the user (ON DELETE CASCADE).
    const [r] = await this.query<UserRow>('DELETE FROM users WHERE name = $1 RETURNING *', [name]);
    return r ? user(r) : null;
  }

  async startSession(s: SessionRecord): Promise<void> {
    await this.query('INSERT INTO sessions (token_hash, user_id, csrf, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)',
      [s.tokenHash, s.userId, s.csrf, s.createdAt, s.expiresAt]);
  }

  async session(tokenHash: string, now: string): Promise<{ session: SessionRecord; user: UserRecord } | null> {
    const [r] = await this.query<UserRow & { token_hash: string; csrf: string; s_created_at: string; expires_at: string }>(
      SESSION,
      [tokenHash, now],
    );
    if (!r) return null;
    return {
      session: { tokenHash: r.token_hash, userId: Number(r.id), csrf: r.csrf, createdAt: r.s_created_at, expiresAt: r.expires_at },
      user: user(r),
    };
  }

  async endSession(tokenHash: string): Promise<void> {
    await this.query('DELETE FROM sessions WHERE token_hash = $1', [tokenHash]);
  }

  async markInboxSeen(name: string, articleId: number): Promise<number | null> {
    // The mark as it was, and an update only when it moves: most views move none (a later page, a look again),
    // and an update that rewrites the same value still writes a row version and waits for its commit's WAL flush.
    const [row] = await this.query<{ before: number }>(
      MARK_INBOX_SEEN,
      [name, articleId],
    );
    return row ? row.before : null;
  }
}

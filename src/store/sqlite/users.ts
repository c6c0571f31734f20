import type Database from 'better-sqlite3';
import type { SessionRecord, UserRecord, UserStore } from '../user-types.js';
import type { SqliteGate } from './gate.js';

/** The schema of workbench users and their sessions (part of the web schema step). */
export const USERS_SCHEMA = `
  CREATE TABLE users (
    id            INTEGER PRIMARY KEY,
    name          TEXT NOT NULL UNIQUE,
    role          TEXT NOT NULL CHECK (role IN ('admin', 'chief', 'editor', 'reader')),
    edition       TEXT,
    password_hash TEXT NOT NULL,
    created_at    TEXT NOT NULL,
    -- The newest article id the user's inbox showed: what arrived after it is new to them.
    inbox_seen    INTEGER NOT NULL DEFAULT 0
  );
  CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    user_id    INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    csrf       TEXT NOT NULL,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL
  );
  CREATE INDEX sessions_by_user ON sessions (user_id);
`;

interface UserRow { id: number; name: string; role: UserRecord['role']; edition: string | null; password_hash: string; created_at: string }
const user = (r: UserRow): UserRecord =>
  ({ id: r.id, name: r.name, role: r.role, edition: r.edition, passwordHash: r.password_hash, createdAt: r.created_at });

/** Users and sessions of the SQLite store. */
export class SqliteUsers implements UserStore {
  constructor(
    private readonly db: Database.Database,
    private readonly gate: SqliteGate,
  ) {}

  async add(u: Omit<UserRecord, 'id'>): Promise<UserRecord> {
    return this.gate.write(() => {
      const taken = this.db.prepare('SELECT 1 FROM users WHERE name = ?').get(u.name);
      if (taken) throw new Error(`${u.name}: already a user`);
      const r = this.db
        .prepare('INSERT INTO users (name, role, edition, password_hash, created_at) VALUES (?, ?, ?, ?, ?)')
        .run(u.name, u.role, u.edition, u.passwordHash, u.createdAt);
      return { ...u, id: Number(r.lastInsertRowid) };
    });
  }

  async list(): Promise<UserRecord[]> {
    return this.gate.run(() => this.db.prepare<[], UserRow>('SELECT * FROM users ORDER BY name').all().map(user));
  }

  async get(name: string): Promise<UserRecord | null> {
    const r = await this.gate.run(() => this.db.prepare<[string], UserRow>('SELECT * FROM users WHERE name = ?').get(name));
    return r ? user(r) : null;
  }

  async getById(id: number): Promise<UserRecord | null> {
    const r = await this.gate.run(() => this.db.prepare<[number], UserRow>('SELECT * FROM users WHERE id = ?').get(id));
    return r ? user(r) : null;
  }

  async remove(name: string): Promise<UserRecord | null> {
    return this.gate.write(() => {
      const r = this.db.prepare<[string], UserRow>('SELECT * FROM users WHERE name = ?').get(name);
      if (!r) return null;
      this.db.prepare('DELETE FROM sessions WHERE user_id = ?').run(r.id);
      this.db.prepare('DELETE FROM users WHERE id = ?').run(r.id);
      return user(r);
    });
  }

  async startSession(s: SessionRecord): Promise<void> {
    await this.gate.write(() =>
      this.db
        .prepare('INSERT INTO sessions (token_hash, user_id, csrf, created_at, expires_at) VALUES (?, ?, ?, ?, ?)')
        .run(s.tokenHash, s.userId, s.csrf, s.createdAt, s.expiresAt),
    );
  }

  async session(tokenHash: string, now: string): Promise<{ session: SessionRecord; user: UserRecord } | null> {
    const r = await this.gate.run(() =>
      this.db
        .prepare<[string, string], UserRow & { token_hash: string; csrf: string; s_created_at: string; expires_at: string }>(
          `SELECT u.*, s.token_hash, s.csrf, s.created_at AS s_created_at, s.expires_at
           FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token_hash = ? AND s.expires_at > ?`,
        )
        .get(tokenHash, now),
    );
    if (!r) return null;
    return { session: { tokenHash: r.token_hash, userId: r.id, csrf: r.csrf, createdAt: r.s_created_at, expiresAt: r.expires_at }, user: user(r) };
  }

  async endSession(tokenHash: string): Promise<void> {
    await this.gate.write(() => this.db.prepare('DELETE FROM sessions WHERE token_hash = ?').run(tokenHash));
  }

  async markInboxSeen(name: string, articleId: number): Promise<number | null> {
    // Most views move no mark (a later page, a look again): answered without taking the write lock.
    const seen = await this.gate.run(() =>
      this.db.prepare<[string], { inbox_seen: number }>('SELECT inbox_seen FROM users WHERE name = ?').get(name),
    );
    if (!seen || seen.inbox_seen >= articleId) return seen?.inbox_seen ?? null;
    return this.gate.write(() => {
      const row = this.db.prepare<[string], { inbox_seen: number }>('SELECT inbox_seen FROM users WHERE name = ?').get(name);
      if (!row) return null;
      this.db.prepare('UPDATE users SET inbox_seen = max(inbox_seen, ?) WHERE name = ?').run(articleId, name);
      return row.inbox_seen;
    });
  }
}

import type { Role } from '../core/actor.js';

/** A workbench account as stored; the password only as its argon2id hash. */
export interface UserRecord {
  id: number;
  name: string;
  role: Role;
  /** A reader's edition (the published issues they may see), else null. */
  edition: string | null;
  passwordHash: string;
  createdAt: string;
}

/** A login session: the browser holds the token, the store only its sha256. */
export interface SessionRecord {
  tokenHash: string;
  userId: number;
  /** The CSRF token every unsafe request of this session must carry. */
  csrf: string;
  createdAt: string;
  expiresAt: string;
}

/** Users and their sessions. */
export interface UserStore {
  /** Adds a user; throws `<name>: already a user` when the name is taken. */
  add(user: Omit<UserRecord, 'id'>): Promise<UserRecord>;
  /** Every user, by name. */
  list(): Promise<UserRecord[]>;
  get(name: string): Promise<UserRecord | null>;
  getById(id: number): Promise<UserRecord | null>;
  /** Removes a user and their sessions; returns it, or null when there is none. */
  remove(name: string): Promise<UserRecord | null>;
  startSession(session: SessionRecord): Promise<void>;
  /** The session with this token hash and its user, when it has not expired at `now`. */
  session(tokenHash: string, now: string): Promise<{ session: SessionRecord; user: UserRecord } | null>;
  endSession(tokenHash: string): Promise<void>;
  /**
   * Records that the user's inbox showed articles up to `articleId` (never moving back); returns the mark before,
   * or null for a name that is no user (the CLI's actors).
   */
  markInboxSeen(name: string, articleId: number): Promise<number | null>;
}

/** A key's count is forgotten after this long without a failure and without a wait in force. */
export const FORGET_AFTER_MS = 24 * 3600_000;

/**
 * Wrong-password counts per key (`user:NAME`, `client:ADDRESS`) and the wait each holds, in the store so that every
 * process serving the workbench counts the same failures. Times are ms since 1970.
 */
export interface LoginFailureStore {
  /** The latest time any of the keys must wait until; 0 when none holds a wait. */
  waitUntil(keys: string[]): Promise<number>;
  /** Counts one more failure for the key at `now` and returns its count (one after a day forgotten). */
  fail(key: string, now: number): Promise<number>;
  /** Makes logins under the key wait until `until`. */
  hold(key: string, until: number): Promise<void>;
  /** Forgets the keys (a right password). */
  clear(keys: string[]): Promise<void>;
}

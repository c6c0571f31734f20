import { createHash, randomBytes } from 'node:crypto';
import { Algorithm, hash, verify } from '@node-rs/argon2';
import { z } from 'zod';
import type { UserRecord } from '../../store/user-types.js';
import { ROLES, ROLE_NAMES, authorize, type Actor, type Role } from '../actor.js';
import type { CoreContext } from '../context.js';
import { conflict, invalidInput, notFound, throttled, unauthenticated } from '../errors.js';
import { parseInput } from '../inputs.js';

/** A user as the services show one: never the password hash. */
export interface User {
  name: string;
  role: Role;
  edition: string | null;
  createdAt: string;
}

/** A started session: the token the browser keeps, and the CSRF token its forms carry. */
export interface Session {
  token: string;
  csrf: string;
  actor: Actor;
  expiresAt: string;
}

const userName = z.string().trim().min(1, 'expected a user name').max(64, 'at most 64 characters')
  .regex(/^[^\s\p{C}]+$/u, 'no spaces or control characters');
const addInput = z.object({
  name: userName,
  role: z.enum(ROLES),
  edition: z.string().trim().min(1).max(200).nullish(),
  password: z.string().min(10, 'at least 10 characters').max(1024).optional(),
}).strict();
const loginInput = z.object({ username: z.string().max(200), password: z.string().max(1024), client: z.string().max(200) });

export type AddUserInput = z.input<typeof addInput>;

/** How long a session lasts. */
const SESSION_MS = 12 * 3600 * 1000;
/** Wrong passwords allowed before a wait; each further one doubles it, up to the cap. */
const FREE_FAILURES = 5;
const FIRST_WAIT_MS = 30_000;
const MAX_WAIT_MS = 15 * 60_000;
/** argon2id with OWASP's second recommended setting (19 MiB, 2 passes). */
const ARGON2 = { algorithm: Algorithm.Argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const publicUser = (u: UserRecord): User => ({ name: u.name, role: u.role, edition: u.edition, createdAt: u.createdAt });

/**
 * Workbench accounts and sessions. Adding, listing and removing users is the admin's; logging in is anyone's,
 * throttled per user name and per client address after FREE_FAILURES wrong passwords. The counts are in the store,
 * so every process serving the workbench (`serve --workers N`) counts the same failures.
 */
export class UserService {
  /** Verified against when the user does not exist, so both cases take the same time. */
  private readonly dummyHash = hash('not a password', ARGON2);

  constructor(private readonly ctx: CoreContext) {}

  /** Adds a user; without a password one is generated and returned (shown once). */
  async add(actor: Actor, input: AddUserInput): Promise<{ user: User; password: string; generated: boolean }> {
    authorize(actor, 'admin', 'add users');
    const { name, role, edition, password } = parseInput(addInput, input, 'user');
    if (edition && role !== 'reader') throw invalidInput('--edition', '只有读者账号才绑定版别 (only a reader is tied to an edition)');
    const secret = password ?? randomBytes(12).toString('base64url');
    const passwordHash = await hash(secret, ARGON2);
    let stored: UserRecord;
    try {
      stored = await this.ctx.store.users.add({ name, role, edition: edition ?? null, passwordHash, createdAt: this.ctx.now().toISOString() });
    } catch (err) {
      if (/already a user/.test((err as Error).message)) throw conflict(name, '已有这个用户 (already a user)');
      throw err;
    }
    const user = publicUser(stored);
    await this.ctx.record(actor, { action: 'user.add', object: `user:${name}`, detail: `添加${ROLE_NAMES[role]} ${name}`, after: user });
    return { user, password: secret, generated: password === undefined };
  }

  async list(actor: Actor): Promise<User[]> {
    authorize(actor, 'admin', 'list users');
    return (await this.ctx.store.users.list()).map(publicUser);
  }

  async remove(actor: Actor, input: { name: string }): Promise<User> {
    authorize(actor, 'admin', 'remove users');
    const { name } = parseInput(z.object({ name: userName }), input, 'user');
    const removed = await this.ctx.store.users.remove(name);
    if (!removed) throw notFound(name, '没有这个用户 (no such user)');
    const user = publicUser(removed);
    await this.ctx.record(actor, { action: 'user.remove', object: `user:${name}`, detail: `删除${ROLE_NAMES[user.role]} ${name}`, before: user });
    return user;
  }

  /**
   * Checks a password and starts a session. Wrong name and wrong password read the same (`login: wrong user
   * name or password`); after too many, `throttled` says how long to wait, also for the right password.
   */
  async login(input: { username: string; password: string; client: string }): Promise<Session> {
    const { username, password, client } = parseInput(loginInput, input, 'login');
    const keys = [`user:${username}`, `client:${client}`];
    const now = this.ctx.now().getTime();
    const failures = this.ctx.store.loginFailures;
    const wait = (await failures.waitUntil(keys)) - now;
    if (wait > 0) throw throttled('login', `密码错误次数过多，请 ${Math.ceil(wait / 1000)} 秒后再试 (too many wrong passwords; try again in ${Math.ceil(wait / 1000)} s)`);
    const user = await this.ctx.store.users.get(username);
    const ok = await verify(user?.passwordHash ?? (await this.dummyHash), password);
    if (!user || !ok) {
      for (const k of keys) {
        const extra = (await failures.fail(k, now)) - FREE_FAILURES;
        if (extra >= 0) await failures.hold(k, now + Math.min(MAX_WAIT_MS, FIRST_WAIT_MS * 2 ** extra));
      }
      throw unauthenticated('login', '用户名或密码错误 (wrong user name or password)');
    }
    await failures.clear(keys);
    const token = randomBytes(32).toString('base64url');
    const csrf = randomBytes(32).toString('base64url');
    const expiresAt = new Date(now + SESSION_MS).toISOString();
    await this.ctx.store.users.startSession({ tokenHash: sha256(token), userId: user.id, csrf, createdAt: new Date(now).toISOString(), expiresAt });
    const actor = actorOf(user);
    await this.ctx.record(actor, { action: 'user.login', object: `user:${user.name}`, detail: `从 ${client} 登录` });
    return { token, csrf, actor, expiresAt };
  }

  /** The session a token names, or `unauthenticated` when it is unknown or expired. */
  async session(token: string): Promise<Session> {
    const found = token ? await this.ctx.store.users.session(sha256(token), this.ctx.now().toISOString()) : null;
    if (!found) throw unauthenticated('session', '未登录或登录已过期，请重新登录 (not logged in or the session expired)');
    return { token, csrf: found.session.csrf, actor: actorOf(found.user), expiresAt: found.session.expiresAt };
  }

  async logout(session: Session): Promise<void> {
    await this.ctx.store.users.endSession(sha256(session.token));
    await this.ctx.record(session.actor, { action: 'user.logout', object: `user:${session.actor.id}`, detail: '退出登录' });
  }
}

function actorOf(user: UserRecord): Actor {
  return { id: user.name, role: user.role, edition: user.edition };
}

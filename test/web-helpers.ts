/** The workbench in-process for tests: a core on a fresh store of one backend, its app, users of each role, logins. */
import { openJianbao, resolveConfig, type Actor, type ConfigLayer, type Jianbao, type Role } from '../src/core/index.js';
import { createApp } from '../src/web/app.js';
import type { TestBackend } from './backends.js';

export const ADMIN: Actor = { id: 'setup', role: 'admin' };
/** One user per role, with their passwords. */
export const USERS: { name: string; role: Role; password: string; edition?: string }[] = [
  { name: 'admin', role: 'admin', password: 'admin-secret-1' },
  { name: 'chief', role: 'chief', password: 'chief-secret-1' },
  { name: 'editor', role: 'editor', password: 'editor-secret-1' },
  { name: 'reader', role: 'reader', password: 'reader-secret-1', edition: '芯片版' },
];

export interface Workbench {
  location: string;
  jianbao: Jianbao;
  app: ReturnType<typeof createApp>;
  /** Moves the core's clock forward. */
  advance(ms: number): void;
}

/** A core over a fresh store (fetching allowed from 127.0.0.1 only, no host delay), its app, and the four users. */
export async function workbench(backend: TestBackend, options: { secureCookies?: boolean; jobs?: ConfigLayer['jobs'] } = {}): Promise<Workbench> {
  const location = await backend.migrated();
  let offset = 0;
  const config = resolveConfig({ flags: { store: location, fetch: { allowNetworks: ['127.0.0.1/32'], hostDelayMs: 0, retries: 0 }, jobs: options.jobs } });
  const jianbao = await openJianbao(config, { now: () => new Date(Date.now() + offset) });
  for (const u of USERS) await jianbao.users.add(ADMIN, { name: u.name, role: u.role, password: u.password, edition: u.edition ?? null });
  return { location, jianbao, app: createApp(jianbao, options), advance: (ms) => void (offset += ms) };
}

/** A logged-in browser's state: its cookie header and the CSRF token of its pages. */
export interface Login {
  cookie: string;
  csrf: string;
}

/** Logs in through POST /login and reads the CSRF token from a page. */
export async function login(app: Workbench['app'], name: string, password: string): Promise<Login> {
  const res = await app.request('/login', { method: 'POST', body: new URLSearchParams({ username: name, password }) });
  if (res.status !== 303) throw new Error(`login ${name}: status ${res.status}`);
  const cookie = res.headers.get('set-cookie')!.split(';')[0]!;
  const page = await (await app.request('/search', { headers: { cookie } })).text();
  const csrf = /<meta name="csrf-token" content="([^"]+)">/.exec(page)![1]!;
  return { cookie, csrf };
}

/** A form POST as a logged-in user, with the CSRF token unless `csrf` is false. */
export function post(app: Workbench['app'], as: Login, path: string, fields: Record<string, string | string[]>, csrf = true): Promise<Response> {
  const body = new URLSearchParams();
  for (const [k, v] of Object.entries(fields)) for (const x of [v].flat()) body.append(k, x);
  if (csrf) body.set('_csrf', as.csrf);
  return Promise.resolve(app.request(path, { method: 'POST', body, headers: { cookie: as.cookie } }));
}

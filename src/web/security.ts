import { timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { getCookie } from 'hono/cookie';
import { getConnInfo } from '@hono/node-server/conninfo';
import { invalidInput, type Jianbao } from '../core/index.js';
import type { WebEnv } from './env.js';
import { unsavedAnswer } from './views/login.js';

/** The session cookie's name. */
export const SESSION_COOKIE = 'jianbao_session';

/** Paths served without a session. */
const PUBLIC = new Set(['/healthz', '/login']);
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The Content-Security-Policy: scripts and styles only from /static/, no inline code, no framing. */
export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/** Headers every answer carries; a route may set its own policy and framing (the sandboxed bulletin preview). */
export const securityHeaders: MiddlewareHandler = async (c, next) => {
  await next();
  if (!c.res.headers.has('Content-Security-Policy')) c.header('Content-Security-Policy', CSP);
  c.header('X-Content-Type-Options', 'nosniff');
  if (!c.res.headers.has('X-Frame-Options')) c.header('X-Frame-Options', 'DENY');
  c.header('Referrer-Policy', 'same-origin');
  if (!c.res.headers.has('Cache-Control')) c.header('Cache-Control', 'no-store');
};

/** What multipart framing adds to an upload's files: room for the form's other fields and each part's headers. */
const FORM_SLACK = 64 * 1024;

/** Bytes as whole megabytes, as the pages state limits. */
export function megabytes(bytes: number): number {
  return Math.round(bytes / 1024 / 1024);
}

/**
 * No request body larger than the largest input file (an upload on /issues) and its form: checked before the
 * session's CSRF check reads the form, so no request can make the server hold more than that.
 */
export function requestLimit(maxInputBytes: number): MiddlewareHandler {
  return bodyLimit({
    maxSize: maxInputBytes + FORM_SLACK,
    onError: () => {
      throw invalidInput('request', `上传太大：一次合计不超过 ${megabytes(maxInputBytes)} MB (larger than the input limit)`);
    },
  });
}

/** The client's address: the socket's when served by Node, else `local` (in-process requests in tests). */
export function clientAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'local';
  } catch {
    return 'local';
  }
}

/**
 * Every request but the public ones needs a session: without one, a redirect to /login (an unsafe request: 401
 * and the login form, with what was typed). An unsafe request must carry the session's CSRF token (form field
 * `_csrf` or header `X-CSRF-Token`), else 403 (with what was typed, as a page or JSON). Sets `actor`, `csrf`,
 * `session` and `client` for the handlers after it.
 */
export function requireSession(jianbao: Jianbao): MiddlewareHandler<WebEnv> {
  return async (c, next) => {
    c.set('client', clientAddress(c));
    const path = c.req.path;
    if (PUBLIC.has(path) || path.startsWith('/static/')) return next();
    let session: Awaited<ReturnType<typeof jianbao.users.session>>;
    try {
      session = await jianbao.users.session(getCookie(c, SESSION_COOKIE) ?? '');
    } catch {
      // A change sent from a page whose session ended is told so, with what was typed (no silent login page).
      if (UNSAFE.has(c.req.method)) return unsavedAnswer(c, true, sameOrigin(c));
      const target = `/login?next=${encodeURIComponent(path + (new URL(c.req.url).search || ''))}`;
      if (c.req.header('HX-Request')) return c.body(null, 200, { 'HX-Redirect': target });
      return c.redirect(target, 303);
    }
    c.set('session', session);
    c.set('actor', session.actor);
    c.set('csrf', session.csrf);
    if (UNSAFE.has(c.req.method) && !sameToken(await sentToken(c), session.csrf)) return unsavedAnswer(c, false, sameOrigin(c));
    return next();
  };
}

/** The CSRF token a request carries: header first, else the form field (the form is parsed once; Hono caches it). */
async function sentToken(c: Context): Promise<string> {
  const header = c.req.header('X-CSRF-Token');
  if (header) return header;
  const type = c.req.header('Content-Type') ?? '';
  if (!/^(application\/x-www-form-urlencoded|multipart\/form-data)/i.test(type)) return '';
  const body = await c.req.parseBody({ all: true });
  const field = body._csrf;
  return typeof field === 'string' ? field : '';
}

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && x.length > 0 && timingSafeEqual(x, y);
}

/**
 * Login needs no token (there is no session yet); a cross-site login form is refused by its Origin instead, so
 * another site cannot log a visitor into an account of its choosing.
 */
export function sameOrigin(c: Context): boolean {
  if (c.req.header('Sec-Fetch-Site') === 'cross-site') return false;
  const origin = c.req.header('Origin');
  if (!origin || origin === 'null') return origin !== 'null';
  try {
    return new URL(origin).host === (c.req.header('Host') ?? new URL(c.req.url).host);
  } catch {
    return false;
  }
}

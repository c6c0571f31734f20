import { Hono } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import { JianbaoError, can, type Jianbao } from '../../core/index.js';
import type { WebEnv, WebOptions } from '../env.js';
import { shownMessage } from '../errors.js';
import { page } from '../layout.js';
import { SESSION_COOKIE, sameOrigin } from '../security.js';
import { localNext, loginForm } from '../views/login.js';

/** /login, /logout, /healthz and the home redirect. */
export function authRoutes(jianbao: Jianbao, options: WebOptions): Hono<WebEnv> {
  const app = new Hono<WebEnv>();

  app.get('/healthz', (c) => c.text('ok'));

  app.get('/login', (c) => page(c, { title: '登录', body: loginForm(localNext(c.req.query('next'))) }));

  app.post('/login', async (c) => {
    if (!sameOrigin(c)) return c.text('跨站登录请求被拒绝 (cross-site login refused)', 403);
    const form = await c.req.parseBody();
    const next = localNext(typeof form.next === 'string' ? form.next : undefined);
    try {
      const session = await jianbao.users.login({
        username: String(form.username ?? ''), password: String(form.password ?? ''), client: c.get('client'),
      });
      setCookie(c, SESSION_COOKIE, session.token, {
        httpOnly: true, sameSite: 'Lax', secure: options.secureCookies ?? false, path: '/', expires: new Date(session.expiresAt),
      });
      return c.redirect(next ?? '/', 303);
    } catch (err) {
      if (!(err instanceof JianbaoError) || !['unauthenticated', 'throttled', 'invalid-input'].includes(err.kind)) throw err;
      const message = err.kind === 'throttled' ? shownMessage(c, err, false) : '用户名或密码错误';
      c.status(err.kind === 'throttled' ? 429 : 401);
      return page(c, { title: '登录', body: loginForm(next, message) });
    }
  });

  app.post('/logout', async (c) => {
    await jianbao.users.logout(c.get('session'));
    deleteCookie(c, SESSION_COOKIE, { path: '/', secure: options.secureCookies ?? false });
    return c.redirect('/login', 303);
  });

  // Home: editors start at the inbox, readers at the published issues.
  app.get('/', (c) => c.redirect(can(c.get('actor'), 'drafts.read') ? '/inbox' : '/bulletins', 303));

  return app;
}

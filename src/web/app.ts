import { Hono } from 'hono';
import { html } from 'hono/html';
import type { Jianbao } from '../core/index.js';
import type { WebEnv, WebOptions } from './env.js';
import { errorPage } from './errors.js';
import { page } from './layout.js';
import { authRoutes } from './routes/auth.js';
import { auditRoutes } from './routes/audit.js';
import { articleRoutes } from './routes/articles.js';
import { bulletinRoutes } from './routes/bulletins.js';
import { inboxRoutes } from './routes/inbox.js';
import { issueRoutes } from './routes/issues.js';
import { searchRoutes } from './routes/search.js';
import { searchExtraRoutes } from './routes/search-extras.js';
import { watchlistRoutes } from './routes/watchlists.js';
import { alertRoutes } from './routes/alerts.js';
import { jobRoutes } from './routes/jobs.js';
import { alertCount } from './alert-count.js';
import { sourceRoutes } from './routes/sources.js';
import { userRoutes } from './routes/users.js';
import { requestLimit, requireSession, securityHeaders } from './security.js';
import { loadStaticFiles } from './static-files.js';

export type { WebEnv, WebOptions } from './env.js';

/**
 * The workbench: server-rendered zh-CN pages over the core services. Every route but /healthz, /login and
 * /static/ needs a session; unsafe requests need its CSRF token; role checks are the services' own.
 */
export function createApp(jianbao: Jianbao, options: WebOptions = {}): Hono<WebEnv> {
  const app = new Hono<WebEnv>();
  const files = loadStaticFiles();
  app.use('*', securityHeaders);
  if (options.drain) app.use('*', options.drain.middleware);
  app.get('/static/:file', (c) => {
    const file = files.get(c.req.param('file'));
    if (!file) return c.notFound();
    return c.body(file.body, 200, { 'Content-Type': file.type, 'Cache-Control': 'public, max-age=3600' });
  });
  app.use('*', requestLimit(jianbao.config.maxInputBytes));
  app.use('*', requireSession(jianbao));
  app.use('*', alertCount(jianbao));
  app.route('/', authRoutes(jianbao, options));
  app.route('/inbox', inboxRoutes(jianbao));
  app.route('/issues', issueRoutes(jianbao));
  app.route('/search', searchRoutes(jianbao));
  app.route('/search', searchExtraRoutes(jianbao));
  app.route('/watchlists', watchlistRoutes(jianbao));
  app.route('/alerts', alertRoutes(jianbao));
  app.route('/jobs', jobRoutes(jianbao));
  app.route('/bulletins', bulletinRoutes(jianbao));
  app.route('/sources', sourceRoutes(jianbao));
  app.route('/audit', auditRoutes(jianbao));
  app.route('/users', userRoutes(jianbao));
  app.route('/articles', articleRoutes(jianbao));
  app.onError((err, c) => errorPage(err, c, options.drain?.stopping));
  app.notFound((c) => {
    c.status(404);
    return page(c, { title: '找不到', body: html`<p class="error" role="alert">找不到这个页面：${c.req.path}</p><p><a href="/">返回首页</a></p>` });
  });
  return app;
}

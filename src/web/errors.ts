import type { Context } from 'hono';
import { html } from 'hono/html';
import { JianbaoError, httpStatus, zhMessage, zhProblem } from '../core/index.js';
import type { WebEnv } from './env.js';
import { page } from './layout.js';
import { localPath } from './views/undo-notice.js';

const TITLES: Record<number, string> = {
  400: '输入有误', 403: '无权操作', 404: '找不到', 409: '操作冲突', 429: '请稍后再试', 503: '暂不可用', 500: '出错了',
};

/**
 * The answer to an error a handler threw: the core's own errors with their status and message, a session that
 * ended as a redirect to /login; anything else is a 500 that names no internals (its trace goes to stderr). While
 * the server stops (`stopping`), anything else is a 503 and no trace: the store closing under a request is expected.
 */
export function errorPage(err: Error, c: Context<WebEnv>, stopping = false): Response | Promise<Response> {
  if (err instanceof JianbaoError && err.kind === 'unauthenticated') return c.redirect('/login', 303);
  const known = err instanceof JianbaoError;
  const status = known || !stopping ? httpStatus(err) : 503;
  if (!known && !stopping) process.stderr.write(`jianbao serve: ${c.req.method} ${c.req.path}: ${err.stack ?? err.message}\n`);
  const message = known ? shownMessage(c, err) : stopping ? '服务正在停止，请稍后重试' : '服务器内部错误，请稍后重试';
  // The page's nav counts unread alerts from the store, which may be what failed (down, or closed by a shutdown).
  c.set('unreadAlerts', async () => 0);
  c.status(status as 400);
  if (c.req.header('HX-Request')) return c.html(html`<p class="error" role="alert">${message}</p>`);
  // A script's save (the editor's drag and drop) shows the reason itself.
  if ((c.req.header('Accept') ?? '').includes('application/json')) return c.json({ error: message });
  const back = backTo(c);
  return page(c, {
    title: TITLES[status] ?? '出错了',
    body: html`<p class="error" role="alert">${message}</p><p>${back ? html`<a href="${back}">返回上一页</a> · ` : ''}<a href="/">返回首页</a></p>`,
  });
}

/**
 * A core error as the page, notice or JSON answer shows it: zh-CN only (`zhMessage`); the full message, English
 * detail and all, goes to the server log so nothing is lost. Without the input (`withInput` false) where the
 * page names it already (an import's line per file).
 */
export function shownMessage(c: Context, err: JianbaoError, withInput = true): string {
  const shown = withInput ? zhMessage(err) : zhProblem(err.problem);
  if (shown !== (withInput ? err.message : err.problem)) process.stderr.write(`jianbao serve: ${c.req.method} ${c.req.path}: ${err.message}\n`);
  return shown;
}

/**
 * The page the failed request came from (a form's page: a refused add or triage), so the user goes back to it
 * rather than starting over from the home page; never the failed address itself.
 */
function backTo(c: Context<WebEnv>): string | null {
  const path = refererPath(c);
  const here = new URL(c.req.url);
  return path && path !== here.pathname + here.search ? path : null;
}

/** The path of the page a request came from, when that page is one of this site's. */
export function refererPath(c: Context): string | null {
  const referer = c.req.header('Referer');
  if (!referer) return null;
  try {
    const from = new URL(referer);
    if (from.host !== (c.req.header('Host') ?? new URL(c.req.url).host)) return null;
    return localPath(from.pathname + from.search, '') || null;
  } catch {
    return null;
  }
}

import type { Context } from 'hono';
import { html } from 'hono/html';
import { JianbaoError, httpStatus } from '../core/index.js';
import type { WebEnv } from './env.js';
import { page } from './layout.js';

const TITLES: Record<number, string> = {
  400: '输入有误', 403: '无权操作', 404: '找不到', 409: '操作冲突', 429: '请稍后再试', 503: '暂不可用', 500: '出错了',
};

/**
 * The answer to an error a handler threw: the core's own errors with their status and message, a session that
 * ended as a redirect to /login; anything else is a 500 that names no internals (its trace goes to stderr).
 */
export function errorPage(err: Error, c: Context<WebEnv>): Response | Promise<Response> {
  if (err instanceof JianbaoError && err.kind === 'unauthenticated') return c.redirect('/login', 303);
  const status = httpStatus(err);
  if (!(err instanceof JianbaoError)) process.stderr.write(`jianbao serve: ${c.req.method} ${c.req.path}: ${err.stack ?? err.message}\n`);
  const message = err instanceof JianbaoError ? err.message : '服务器内部错误，请稍后重试';
  c.status(status as 400);
  if (c.req.header('HX-Request')) return c.html(html`<p class="error" role="alert">${message}</p>`);
  return page(c, { title: TITLES[status] ?? '出错了', body: html`<p class="error" role="alert">${message}</p><p><a href="/">返回首页</a></p>` });
}

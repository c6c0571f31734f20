import type { Context } from 'hono';
import { html } from 'hono/html';
import type { WebEnv } from '../env.js';
import { refererPath } from '../errors.js';
import { page, type Html } from '../layout.js';

/** Only a local path may follow a login (no `//host` or scheme: an open redirect otherwise). */
export function localNext(next: string | undefined): string | null {
  return next && /^\/(?![/\\])[^\s]*$/.test(next) ? next : null;
}

/** The login form; `next` is where a successful login goes. */
export function loginForm(next: string | null, message?: string): Html {
  return html`<form class="login" method="post" action="/login">
  ${message ? html`<p class="error" role="alert">${message}</p>` : ''}
  ${next ? html`<input type="hidden" name="next" value="${next}">` : ''}
  <label>用户名 <input name="username" autocomplete="username" required autofocus></label>
  <label>密码 <input name="password" type="password" autocomplete="current-password" required></label>
  <button type="submit">登录</button>
</form>`;
}

/** Form fields that are the page's machinery, not what the user typed: never shown back. */
const MACHINERY = /^(_csrf|version|op|act|articleId|ids|back|change|next|username)$|password/i;

/**
 * The answer to a change sent from a page whose session ended (`ended`: expired, logged out) or whose token is
 * stale (logged in again elsewhere since): nothing was saved, so say so and show what the user typed, to copy
 * into the page again, rather than a bare login page or a 403 that loses it. A script's save gets the same as JSON.
 * What was typed is shown only for a request from this site, so another site cannot put its text on our page.
 */
export async function unsavedAnswer(c: Context<WebEnv>, ended: boolean, fromThisSite: boolean): Promise<Response> {
  const message = ended ? '登录已过期，刚才的修改没有保存。' : '页面已过期（此后重新登录过），刚才的修改没有保存。';
  const status = ended ? 401 : 403;
  if ((c.req.header('Accept') ?? '').includes('application/json')) {
    return c.json({ error: `${message}${ended ? '请在新标签页登录后刷新本页，' : '请刷新本页后'}再做一次。` }, status);
  }
  const form = fromThisSite ? await c.req.parseBody({ all: true }).catch(() => ({})) : {};
  const typed = Object.entries(form).flatMap(([name, v]) => (MACHINERY.test(name) ? [] : [v].flat()))
    .filter((v): v is string => typeof v === 'string' && v.trim() !== '');
  const back = fromThisSite ? withoutNotice(localNext(refererPath(c) ?? undefined)) : null;
  const kept = typed.length
    ? html`<p>你填写的内容如下，可复制后回到原页面重新保存：</p>${typed.map((v) => html`<textarea class="kept-text" readonly rows="${rowsFor(v)}" aria-label="未保存的内容">${v}</textarea>`)}`
    : '';
  c.status(status);
  if (ended) {
    return page(c, { title: '请重新登录', body: html`<p class="error" role="alert">${message}重新登录后回到原页面。</p>${kept}${loginForm(back)}` });
  }
  return page(c, {
    title: '页面已过期',
    body: html`<p class="error" role="alert">${message}</p>${kept}<p>${back ? html`<a href="${back}">回到原页面</a> · ` : ''}<a href="/">返回首页</a></p>`,
  });
}

/** The query parameters by which a page announces a change just made: not to be announced again on the way back. */
const NOTICES = ['saved', 'changed', 'undone', 'redone'];

/** A page's path without its notice of the last change (which was not this unsaved one). */
function withoutNotice(path: string | null): string | null {
  if (!path) return null;
  const url = new URL(path, 'http://x');
  for (const name of NOTICES) url.searchParams.delete(name);
  return url.pathname + url.search;
}

/** Rows enough to show a typed text whole on a phone (about 20 characters a row), up to 8. */
function rowsFor(text: string): number {
  return Math.min(8, text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(line.length / 20)), 0));
}

import type { Context } from 'hono';
import { html } from 'hono/html';
import { can, type Jianbao } from '../../core/index.js';
import type { WebEnv } from '../env.js';
import { csrfField, type Html } from '../layout.js';

/**
 * The notice a page shows after a change (`?changed=1`) or an undo (`?undone=1`, worded from the log): what was done, with 撤销 for
 * the user's last undoable change; `back` is where the undo returns to.
 */
export async function undoNotice(c: Context<WebEnv>, jianbao: Jianbao, back: string): Promise<Html> {
  const actor = c.get('actor');
  if (!can(actor, 'drafts.write')) return html``;
  if (c.req.query('undone') === '1') {
    const undone = await jianbao.history.lastUndo(actor);
    return undone === null ? html`` : html`<p class="notice" role="status">已撤销：${undone}</p>`;
  }
  if (c.req.query('changed') !== '1') return html``;
  const last = await jianbao.history.last(actor);
  if (!last) return html``;
  return undoForm(c, back, last.entries[0].id, `已保存：${last.detail}`);
}

/**
 * 撤销 for the change `change` (an audit entry's id), as a notice saying `text`, or bare (a row of the audit log):
 * the undo refuses it once it is not the user's last change.
 */
export function undoForm(c: Context<WebEnv>, back: string, change: number, text?: string): Html {
  const fields = html`${csrfField(c)}<input type="hidden" name="back" value="${back}"><input type="hidden" name="change" value="${change}">`;
  return text === undefined
    ? html`<form class="undo" method="post" action="/articles/undo">${fields}<button type="submit">撤销</button></form>`
    : html`<form class="notice undo" role="status" method="post" action="/articles/undo">${fields}<span>${text}</span> <button type="submit">撤销</button></form>`;
}

/** A local path to return to (never another site: `//host` and schemes are refused), else the fallback. */
export function localPath(value: unknown, fallback: string): string {
  return typeof value === 'string' && /^\/(?![/\\])/.test(value) ? value : fallback;
}

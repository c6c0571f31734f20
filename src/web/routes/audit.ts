import { Hono } from 'hono';
import { html } from 'hono/html';
import { can, type Jianbao } from '../../core/index.js';
import type { WebEnv } from '../env.js';
import { page, shortTime } from '../layout.js';
import { undoForm } from '../views/undo-notice.js';

const PAGE = 100;

/** The change as JSON for the before/after columns (empty when there was none). */
const json = (v: unknown) => (v === null || v === undefined ? '' : JSON.stringify(v, null, 1));

/** /audit: every change, who, when, what, before and after; filter by user and object. Admins only (the service checks). */
export function auditRoutes(jianbao: Jianbao): Hono<WebEnv> {
  const app = new Hono<WebEnv>();
  app.get('/', async (c) => {
    const actorFilter = c.req.query('user')?.trim() || undefined;
    const object = c.req.query('object')?.trim() || undefined;
    const n = Math.max(1, Math.min(100_000, Number(c.req.query('page')) || 1));
    const entries = await jianbao.audit.list(c.get('actor'), { actor: actorFilter, object, limit: PAGE + 1, offset: (n - 1) * PAGE });
    // The viewer's own last undoable change gets 撤销 on its row (the newest entry of it: a bulk change has several).
    const last = can(c.get('actor'), 'drafts.write') ? (await jianbao.history.last(c.get('actor')))?.entries[0].id : undefined;
    const back = `/audit?${new URLSearchParams({ user: actorFilter ?? '', object: object ?? '', page: String(n) })}`;
    const link = (p: number) => `/audit?${new URLSearchParams({ user: actorFilter ?? '', object: object ?? '', page: String(p) })}`;
    const body = html`
<form class="filters" method="get" action="/audit" role="search">
  <label>用户 <input name="user" value="${actorFilter ?? ''}" size="10"></label>
  <label>对象 <input name="object" value="${object ?? ''}" size="14" placeholder="article:12、bulletin:、user:"></label>
  <button type="submit">筛选</button>
</form>
<div class="table-wrap"><table class="audit">
<thead><tr><th>时间</th><th>用户</th><th>操作</th><th>对象</th><th>说明</th><th>之前</th><th>之后</th></tr></thead>
<tbody>${entries.slice(0, PAGE).map((e) => html`<tr>
  <td><time datetime="${e.at}">${shortTime(e.at)}</time></td><td>${e.actor}<small>（${e.role}）</small></td><td>${e.action}</td>
  <td><a href="/audit?object=${encodeURIComponent(e.object)}">${e.object}</a></td><td>${e.detail}${e.id === last ? undoForm(c, back, e.id) : ''}</td>
  <td>${e.before == null ? '' : html`<details><summary>查看</summary><pre>${json(e.before)}</pre></details>`}</td>
  <td>${e.after == null ? '' : html`<details><summary>查看</summary><pre>${json(e.after)}</pre></details>`}</td></tr>`)}</tbody>
</table></div>
${entries.length ? '' : html`<p class="empty">没有记录。</p>`}
<nav class="pager">${n > 1 ? html`<a href="${link(n - 1)}" rel="prev">上一页</a>` : ''}${entries.length > PAGE ? html`<a href="${link(n + 1)}" rel="next">下一页</a>` : ''}</nav>`;
    return page(c, { title: '审计日志', body });
  });
  return app;
}

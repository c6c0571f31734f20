import { Hono, type Context } from 'hono';
import { html } from 'hono/html';
import { ROLES, ROLE_NAMES, type Jianbao, type Role } from '../../core/index.js';
import type { WebEnv } from '../env.js';
import { csrfField, page, shortTime } from '../layout.js';

/** /users: the admin's list of accounts, add (a one-time password is shown once) and remove. */
export function userRoutes(jianbao: Jianbao): Hono<WebEnv> {
  const app = new Hono<WebEnv>();

  const render = async (c: Context<WebEnv>, notice?: { name: string; password: string }) => {
    const users = await jianbao.users.list(c.get('actor'));
    // A reader's edition is one of the 编辑部's 客户版本: offered as they are named there (a typo would show them nothing).
    const editions = await jianbao.editions.list(c.get('actor'));
    const body = html`
${notice ? html`<p class="notice" role="status">已添加 ${notice.name}，一次性密码：<code>${notice.password}</code>（只显示这一次）</p>` : ''}
<form class="add" method="post" action="/users">${csrfField(c)}
  <label>用户名 <input name="name" required></label>
  <label>角色 <select name="role">${ROLES.map((r) => html`<option value="${r}"${r === 'editor' ? ' selected' : ''}>${ROLE_NAMES[r]}</option>`)}</select></label>
  <label>版本（读者） <input name="edition" list="edition-names"></label>
  <datalist id="edition-names">${editions.map((e) => html`<option value="${e.name}"></option>`)}</datalist>
  <button type="submit">添加用户</button>
</form>
<div class="table-wrap"><table><thead><tr><th>用户</th><th>角色</th><th>版本</th><th>创建</th><th></th></tr></thead>
<tbody>${users.map((u) => html`<tr><td>${u.name}</td><td>${ROLE_NAMES[u.role]}</td><td>${u.edition ?? ''}</td><td>${shortTime(u.createdAt)}</td>
  <td><form method="post" action="/users/remove">${csrfField(c)}<input type="hidden" name="name" value="${u.name}"><button type="submit">删除</button></form></td></tr>`)}</tbody>
</table></div>`;
    return page(c, { title: '用户', body });
  };

  app.get('/', (c) => render(c));

  app.post('/', async (c) => {
    const form = await c.req.parseBody();
    const edition = String(form.edition ?? '').trim();
    const { user, password } = await jianbao.users.add(c.get('actor'), {
      name: String(form.name ?? ''), role: String(form.role ?? '') as Role, edition: edition || null,
    });
    return render(c, { name: user.name, password });
  });

  app.post('/remove', async (c) => {
    const form = await c.req.parseBody();
    await jianbao.users.remove(c.get('actor'), { name: String(form.name ?? '') });
    return c.redirect('/users', 303);
  });

  return app;
}

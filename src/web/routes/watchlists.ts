import { Hono } from 'hono';
import { html } from 'hono/html';
import { can, type WatchlistView } from '../../core/index.js';
import type { Jianbao } from '../../core/index.js';
import type { WebEnv } from '../env.js';
import { csrfField, page, shortTime } from '../layout.js';

const DIGESTS: Record<string, string> = { daily: '每日摘要', weekly: '每周摘要' };

/** What a watchlist watches, in one line. */
function watches(w: WatchlistView): string {
  return [w.query, w.entity && `机构/人物：${w.entity}`, w.tag && `标签：${w.tag}`, w.section && `栏目：${w.section}`].filter(Boolean).join(' · ');
}

/** /watchlists: the user's own watchlists and the shared ones (admins: every one); add and remove. */
export function watchlistRoutes(jianbao: Jianbao): Hono<WebEnv> {
  const app = new Hono<WebEnv>();

  app.get('/', async (c) => {
    const actor = c.get('actor');
    const lists = await jianbao.watchlists.list(actor);
    const admin = can(actor, 'admin');
    // After an add or a removal, what happened; a name is shown only when the list holds it (no text from the address alone).
    const added = c.req.query('added');
    const body = html`
${added && lists.some((w) => w.name === added) ? html`<p class="notice" role="status">已添加关注「${added}」：新入库的文章符合条件时会出现在“提醒”里。</p>` : ''}
${c.req.query('removed') === '1' ? html`<p class="notice" role="status">已删除关注。</p>` : ''}
<form class="add watch-add" method="post" action="/watchlists">${csrfField(c)}
  <label>名称 <input name="name" required maxlength="100" size="12"></label>
  <label>检索词 <input name="query" size="20" placeholder="芯片 -手机"></label>
  <label>机构/人物 <input name="entity" size="10"></label>
  <label>标签 <input name="tag" size="8"></label>
  <label>栏目 <input name="section" size="8"></label>
  <label>Webhook <input name="webhook" type="url" size="24" placeholder="https://…"></label>
  <label>邮箱 <input name="email" type="email" size="18"></label>
  <label>邮件 <select name="digest"><option value="">逐条发送</option><option value="daily">每日摘要</option><option value="weekly">每周摘要</option></select></label>
  ${admin ? html`<label><input type="checkbox" name="shared" value="1"> 共享给所有人</label>` : ''}
  <button type="submit">添加关注</button>
</form>
<p class="hint">新入库的文章符合条件时，会在“提醒”里出现，并按设置发送 Webhook 或邮件。</p>
<div class="table-wrap"><table class="watchlists">
<thead><tr><th>名称</th><th>所属</th><th>条件</th><th>通知</th><th>创建</th><th>操作</th></tr></thead>
<tbody>${lists.map((w) => html`<tr>
  <td><strong>${w.name}</strong></td>
  <td>${w.owner ?? '共享'}</td>
  <td>${watches(w)}</td>
  <td>${w.webhook ? html`Webhook ${w.webhook}<br>` : ''}${w.email ? html`邮箱 ${w.email}${w.digest ? html`（${DIGESTS[w.digest]}）` : ''}` : ''}${!w.webhook && !w.email ? '仅站内' : ''}</td>
  <td><time datetime="${w.createdAt}">${shortTime(w.createdAt)}</time></td>
  <td>${w.owner === actor.id || admin ? html`<form method="post" action="/watchlists/remove">${csrfField(c)}<input type="hidden" name="name" value="${w.name}"><button type="submit">删除</button></form>` : ''}</td>
</tr>`)}</tbody></table></div>
${lists.length ? '' : html`<p class="empty">还没有关注。</p>`}`;
    return page(c, { title: '关注', body });
  });

  app.post('/', async (c) => {
    const form = await c.req.parseBody();
    const field = (name: string) => (typeof form[name] === 'string' ? (form[name] as string).trim() : '');
    const digest = field('digest');
    const added = await jianbao.watchlists.add(c.get('actor'), {
      name: field('name'), query: field('query'),
      entity: field('entity') || null, tag: field('tag') || null, section: field('section') || null,
      webhook: field('webhook') || null, email: field('email') || null,
      digest: digest === 'daily' || digest === 'weekly' ? digest : null,
      // Shared (no owner): the service lets admins only.
      ...(field('shared') ? { owner: null } : {}),
    });
    return c.redirect(`/watchlists?added=${encodeURIComponent(added.name)}`, 303);
  });

  app.post('/remove', async (c) => {
    const form = await c.req.parseBody();
    await jianbao.watchlists.remove(c.get('actor'), typeof form.name === 'string' ? form.name : '');
    return c.redirect('/watchlists?removed=1', 303);
  });

  return app;
}

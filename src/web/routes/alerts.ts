import { Hono } from 'hono';
import { html } from 'hono/html';
import type { Alert, Jianbao } from '../../core/index.js';
import type { WebEnv } from '../env.js';
import { csrfField, page, shortTime } from '../layout.js';

const SHOWN = 200;

/** What an alert says: the matching article, or a day's volume against the trailing mean. */
function what(a: Alert) {
  if (a.kind === 'volume' && a.volume) return html`${a.day} 匹配 ${a.volume.count} 篇，高于此前日均 ${a.volume.mean.toFixed(1)} 篇`;
  return a.articleId
    ? html`<a class="title" href="/articles/${a.articleId}">${a.title ?? '（无标题）'}</a> <span class="id">#${a.articleId}</span>`
    : html`<span class="title">${a.title ?? '（文章已删除）'}</span>`;
}

/** /alerts: the user's in-app alerts (their own and the shared watchlists'), newest first; mark read, one or all. */
export function alertRoutes(jianbao: Jianbao): Hono<WebEnv> {
  const app = new Hono<WebEnv>();

  app.get('/', async (c) => {
    const unreadOnly = c.req.query('view') === 'unread';
    const { unread, alerts } = await jianbao.watchlists.alerts(c.get('actor'), { unreadOnly, limit: SHOWN });
    const body = html`
<nav class="filters"><a href="/alerts"${unreadOnly ? '' : html` aria-current="page"`}>全部</a><a href="/alerts?view=unread"${unreadOnly ? html` aria-current="page"` : ''}>未读（${unread}）</a>
${unread ? html`<form method="post" action="/alerts/read-all">${csrfField(c)}<button type="submit">全部标为已读</button></form>` : ''}</nav>
<ul class="items alerts">${alerts.map((a) => html`<li class="item${a.readAt ? '' : ' unread'}">
  <div class="head">${a.readAt ? '' : html`<span class="new">未读</span>`} ${what(a)}</div>
  <div class="meta"><span>关注：${a.watchlist}</span><time datetime="${a.createdAt}">${shortTime(a.createdAt)}</time></div>
  <div class="actions">${a.readAt ? '' : html`<form method="post" action="/alerts/read">${csrfField(c)}<input type="hidden" name="id" value="${a.id}"><button type="submit">标为已读</button></form>`}</div>
</li>`)}</ul>
${alerts.length === SHOWN ? html`<p class="hint">只显示最近 ${SHOWN} 条。</p>` : ''}
${alerts.length ? '' : html`<p class="empty">${unreadOnly ? '没有未读提醒。' : html`还没有提醒：在<a href="/watchlists">关注</a>里添加条件。`}</p>`}`;
    return page(c, { title: '提醒', body });
  });

  app.post('/read', async (c) => {
    const form = await c.req.parseBody({ all: true });
    const ids = [form.id].flat().map(Number);
    await jianbao.watchlists.markRead(c.get('actor'), ids);
    return c.redirect('/alerts', 303);
  });

  app.post('/read-all', async (c) => {
    await jianbao.watchlists.markRead(c.get('actor'), 'all');
    return c.redirect('/alerts', 303);
  });

  return app;
}

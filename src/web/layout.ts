import type { Context } from 'hono';
import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import { ROLE_NAMES, can, type Actor, type Permission } from '../core/index.js';
import type { WebEnv } from './env.js';

/** What `html` templates produce (escaped on the way in). */
export type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

/** A navigation entry: shown to the roles that hold its permission. */
interface NavItem { href: string; label: string; permission: Permission }

const NAV: NavItem[] = [
  { href: '/inbox', label: '待处理', permission: 'drafts.read' },
  { href: '/issues', label: '导入', permission: 'archive.write' },
  { href: '/bulletins', label: '编辑部', permission: 'published.read' },
  { href: '/search', label: '检索', permission: 'archive.read' },
  { href: '/sources', label: '来源', permission: 'sources.poll' },
  { href: '/watchlists', label: '关注', permission: 'archive.read' },
  { href: '/alerts', label: '提醒', permission: 'archive.read' },
  { href: '/jobs', label: '任务', permission: 'jobs.manage' },
  { href: '/audit', label: '审计', permission: 'admin' },
  { href: '/users', label: '用户', permission: 'admin' },
];


/** The page chrome around a body, or without a session (the login page) a bare page. */
export function page(c: Context<WebEnv>, { title, body, nav }: { title: string; body: Html; nav?: string }): Response | Promise<Response> {
  const actor = c.get('actor') as Actor | undefined;
  const csrf = c.get('csrf') as string | undefined;
  const current = nav ?? new URL(c.req.url).pathname;
  return c.html(html`<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="htmx-config" content='{"includeIndicatorStyles":false,"allowEval":false,"allowScriptTags":false}'>
${csrf ? html`<meta name="csrf-token" content="${csrf}">` : ''}
<title>${title} · 简报</title>
<link rel="icon" href="/static/icon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/static/app.css">
<script src="/static/htmx.min.js" defer></script>
<script src="/static/app.js" defer></script>
</head>
<body>
<header class="top">
  <a class="brand" href="/">简报</a>
  ${actor
    ? html`<nav class="main-nav">${NAV.filter((n) => can(actor, n.permission)).map(
        (n) => html`<a href="${n.href}"${current.startsWith(n.href) ? html` aria-current="page"` : ''}>${navLabel(actor, n)}${n.href === '/alerts' ? unreadBadge(c) : ''}</a>`,
      )}</nav>
  <form class="who" method="post" action="/logout"><input type="hidden" name="_csrf" value="${csrf}">
    <span>${actor.id}（${ROLE_NAMES[actor.role]}）</span><button type="submit">退出</button></form>`
    : ''}
</header>
<main id="main">
<h1>${title}</h1>
${body}
</main>
</body>
</html>`);
}

/** A nav entry's label: the bulletins are the 编辑部 for the newsroom and 简报 for a reader, as their page is titled. */
function navLabel(actor: Actor, n: NavItem): string {
  return n.href === '/bulletins' && !can(actor, 'drafts.read') ? '简报' : n.label;
}

/** The unread alerts as a badge after 提醒 (nothing when there are none). */
async function unreadBadge(c: Context<WebEnv>): Promise<Html> {
  const n = await c.get('unreadAlerts')?.();
  return n ? html` <span class="badge" title="未读提醒">${n}</span>` : html``;
}

/** The hidden field a form carries its CSRF token in. */
export function csrfField(c: Context<WebEnv>): Html {
  return html`<input type="hidden" name="_csrf" value="${c.get('csrf')}">`;
}

/** A date-time as Beijing time, YYYY-MM-DD HH:mm (the team reads China time). */
export function shortTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return iso;
  return new Date(t + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
}

import { Hono } from 'hono';
import { html } from 'hono/html';
import { ROLE_NAMES, can, type Jianbao, type Role } from '../../core/index.js';
import type { WebEnv } from '../env.js';
import { page, shortTime } from '../layout.js';
import { undoForm } from '../views/undo-notice.js';

const PAGE = 100;

/** The log's actions as an admin reads them; the code stays in the cell's title (an unknown one shows as it is). */
const ACTIONS: Record<string, string> = {
  'user.login': '登录', 'user.logout': '退出', 'user.add': '添加用户', 'user.remove': '删除用户',
  'issue.import': '导入', 'issue.remove': '删除期', 'issue.set': '设置刊名日期',
  'article.edit': '修改文章', 'article.split': '拆分文章', 'article.merge': '合并文章',
  'article.keep': '入选', 'article.discard': '舍弃', 'article.duplicate': '标为重复', 'article.tag': '加标签', 'article.note': '备注', 'article.reset': '退回待处理',
  'bulletin.new': '编排简报', 'bulletin.edit': '修改简报', 'bulletin.add': '加入条目', 'bulletin.drop': '撤下条目', 'bulletin.follow': '条目随原文更新',
  'bulletin.undo': '撤销简报修改', 'bulletin.redo': '重做简报修改', 'bulletin.submit': '提交审核', 'bulletin.approve': '签发', 'bulletin.reject': '退回修改',
  'edition.add': '添加版本', 'edition.replace': '修改版本', 'change.undo': '撤销',
  'source.add': '添加来源', 'source.remove': '删除来源', 'source.poll': '抓取来源', 'source.pause': '暂停来源', 'source.resume': '恢复来源',
  'watchlist.add': '添加关注', 'watchlist.remove': '删除关注', 'search.save': '保存检索', 'search.remove': '删除检索',
  'job.enqueue': '加入任务', 'job.retry': '重试任务', 'archive.enrich': '重新理解', 'archive.generate': '生成测试档案', 'model.train': '训练栏目模型',
};

/** The log's kinds of object as an admin reads them (`bulletin:2` is 简报 #2); the code stays in the link's title. */
const OBJECTS: Record<string, string> = {
  article: '文章 #', bulletin: '简报 #', issue: '期 #', user: '用户 ', source: '来源 ', watchlist: '关注 #', edition: '版本 ',
  job: '任务 ', search: '检索 ', archive: '档案 ', model: '模型 ',
};

/** An object of the log in words: its kind in zh-CN and its id or name (an unknown kind as it is). */
function objectName(object: string): string {
  const at = object.indexOf(':');
  const kind = OBJECTS[object.slice(0, at)];
  return at > 0 && kind ? `${kind}${object.slice(at + 1)}`.trim() : object;
}

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
  <label>对象 <input name="object" value="${object ?? ''}" size="14" placeholder="如 article:12、bulletin:" title="对象代码：article（文章）、bulletin（简报）、issue（期）、user（用户）、source（来源），冒号后为编号或名称；只写代码加冒号则列出这一类"></label>
  <button type="submit">筛选</button>
</form>
<div class="table-wrap"><table class="audit">
<thead><tr><th>时间</th><th>用户</th><th>操作</th><th>对象</th><th>说明</th><th>之前</th><th>之后</th></tr></thead>
<tbody>${entries.slice(0, PAGE).map((e) => html`<tr>
  <td><time datetime="${e.at}">${shortTime(e.at)}</time></td><td>${e.actor}<small>（${ROLE_NAMES[e.role as Role] ?? e.role}）</small></td><td title="${e.action}">${ACTIONS[e.action] ?? e.action}</td>
  <td><a href="/audit?object=${encodeURIComponent(e.object)}" title="${e.object}">${objectName(e.object)}</a></td><td>${e.detail}${e.id === last ? undoForm(c, back, e.id) : ''}</td>
  <td>${e.before == null ? '' : html`<details><summary>查看之前</summary><pre>${json(e.before)}</pre></details>`}</td>
  <td>${e.after == null ? '' : html`<details><summary>查看之后</summary><pre>${json(e.after)}</pre></details>`}</td></tr>`)}</tbody>
</table></div>
${entries.length ? '' : html`<p class="empty">没有记录。</p>`}
<nav class="pager">${n > 1 ? html`<a href="${link(n - 1)}" rel="prev">上一页</a>` : ''}${entries.length > PAGE ? html`<a href="${link(n + 1)}" rel="next">下一页</a>` : ''}</nav>`;
    return page(c, { title: '审计日志', body });
  });
  return app;
}

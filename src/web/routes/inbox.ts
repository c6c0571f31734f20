import { Hono, type Context } from 'hono';
import { html } from 'hono/html';
import { can, invalidInput, JianbaoError, type InboxEntry, type InboxItem, type InboxQuery, type Jianbao, type TriageInput } from '../../core/index.js';
import type { WebEnv } from '../env.js';
import { shownMessage } from '../errors.js';
import { nameList } from '../lists.js';
import { csrfField, page, shortTime, type Html } from '../layout.js';
import { undoForm, undoNotice } from '../views/undo-notice.js';
import { dayField } from '../views/fields.js';

const VIEWS: [NonNullable<InboxQuery['view']>, string][] = [['inbox', '待处理'], ['kept', '已入选'], ['discarded', '已舍弃'], ['duplicate', '重复'], ['all', '全部']];
const STATES: Record<string, string> = { new: '待处理', kept: '入选', discarded: '舍弃', duplicate: '重复' };
const FILTERS = ['view', 'source', 'section', 'tag', 'from', 'to', 'page'] as const;

/** The inbox query a URL's search params give (empty fields left out; the service validates). */
function queryOf(params: URLSearchParams): InboxQuery {
  const q: Record<string, string | number> = {};
  for (const key of FILTERS) {
    const v = params.get(key)?.trim();
    if (v) q[key] = key === 'page' ? Number(v) : v;
  }
  return q as InboxQuery;
}

/** /inbox: the 待处理 list with filters, and POST /inbox/triage for single and bulk actions. */
export function inboxRoutes(jianbao: Jianbao): Hono<WebEnv> {
  const app = new Hono<WebEnv>();

  /**
   * The inbox under the filters `params`; `alert` is why a triage was refused, shown above the list the user
   * acted on so they can tick or fill in what was missing and try again.
   */
  const render = async (c: Context<WebEnv>, params: URLSearchParams, alert?: string) => {
    const actor = c.get('actor');
    const query = queryOf(params);
    const [{ entries, page: n, more, seenUpTo }, choices] = await Promise.all([jianbao.inbox.list(actor, query), jianbao.inbox.choices(actor)]);
    // New since this user's last look: above the mark their inbox had reached (a first look marks nothing).
    const isNew = (id: number) => seenUpTo !== null && seenUpTo > 0 && id > seenUpTo;
    const fresh = entries.filter((e) => isNew(e.id)).length;
    const back = new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)])).toString();
    const pageLink = (p: number) => `/inbox?${new URLSearchParams({ ...Object.fromEntries(params), page: String(p) })}`;
    const notice = await undoNotice(c, jianbao, `/inbox?${back}`);
    // After an issue's removal (the article page sends the user here): what went, and what drafts lost.
    const removed = removalNotice(c.req.query('removed'), c.req.query('articles'), c.req.query('taken'));
    // 撤销 beside it while that removal is still the user's last change (the undo checks again).
    const last = removed && can(actor, 'drafts.write') ? await jianbao.history.last(actor) : null;
    const removal = last?.action === 'issue.remove' && last.object === `issue:${c.req.query('removed')}` ? last.entries[0].id : null;
    const body = html`${alert ? html`<p class="error" role="alert">${alert}</p>` : ''}${notice}${removed ? (removal === null ? html`<p class="notice" role="status">${removed}</p>` : undoForm(c, '/inbox', removal, removed)) : ''}
<form class="filters" method="get" action="/inbox" role="search">
  <label>视图 <select name="view">${VIEWS.map(([v, label]) => html`<option value="${v}"${(query.view ?? 'inbox') === v ? ' selected' : ''}>${label}</option>`)}</select></label>
  <label>来源 <select name="source"><option value="">全部</option>${choices.sources.map((s) => html`<option${query.source === s ? ' selected' : ''}>${s}</option>`)}</select></label>
  <label>栏目 <select name="section"><option value="">全部</option>${choices.sections.map((s) => html`<option${query.section === s ? ' selected' : ''}>${s}</option>`)}</select></label>
  <label>标签 <input name="tag" value="${query.tag ?? ''}" size="8"></label>
  <label>从 ${dayField('from', query.from)}</label>
  <label>到 ${dayField('to', query.to)}</label>
  <button type="submit">筛选</button>
</form>
<form class="inbox" method="post" action="/inbox/triage">
  ${csrfField(c)}<input type="hidden" name="back" value="${back}">
  <div class="bulk" role="toolbar" aria-label="批量操作">
    <button type="submit" disabled hidden aria-hidden="true"></button>${/* Enter in a field must not press 入选 (the first button). */ ''}
    <label>栏目 <select name="section"><option value="">按预测栏目</option>${choices.sections.map((s) => html`<option>${s}</option>`)}</select></label>
    <button name="act" value="keep" data-key="e">入选</button>
    <button name="act" value="discard">舍弃</button>
    <label>重复于 # <input name="of" inputmode="numeric" size="6"></label><button name="act" value="duplicate">标为重复</button>
    <label>标签 <input name="tags" size="10" placeholder="逗号分隔"></label><button name="act" value="tag">加标签</button>
    <label>备注 <input name="note" size="12"></label><button name="act" value="note">备注</button>
    <button name="act" value="reset">退回待处理</button>
  </div>
  <p class="hint">键盘：j/k 上下移动，x 选中，e 入选（所选或当前条目）。${fresh ? html`本页有 ${fresh} 篇是上次查看后新到的（标“新”）。` : ''}</p>
  ${entries.length ? html`<ol class="items">${entries.map((e) => item(e, isNew))}</ol>` : html`<p class="empty">没有新的条目。新文章来自<a href="/issues">导入</a>的文件和<a href="/sources">来源</a>的抓取。</p>`}
</form>
<nav class="pager">${n > 1 ? html`<a href="${pageLink(n - 1)}" rel="prev">上一页</a>` : ''}${more ? html`<a href="${pageLink(n + 1)}" rel="next">下一页</a>` : ''}</nav>`;
    return page(c, { title: '待处理', body });
  };

  app.get('/', (c) => render(c, new URL(c.req.url).searchParams));

  app.post('/triage', async (c) => {
    const form = await c.req.parseBody({ all: true });
    const back = typeof form.back === 'string' ? form.back.trim() : '';
    try {
      await jianbao.inbox.triage(c.get('actor'), triageOf(form));
    } catch (err) {
      // A form the user can put right (nothing ticked, no number, an article marked as its own duplicate): the same
      // inbox again, saying why, rather than an error page that loses the place.
      if (!(err instanceof JianbaoError) || err.kind !== 'invalid-input') throw err;
      c.status(400);
      return render(c, new URLSearchParams(back), shownMessage(c, err));
    }
    return c.redirect(`/inbox?${back ? `${back}&` : ''}changed=1`, 303);
  });

  return app;
}

/** The triage a submitted inbox form asks for: the button pressed (`act`, or `act:id` on one row) over the ticked ids. */
function triageOf(form: Record<string, unknown>): TriageInput {
  const list = (v: unknown): string[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]).filter((x): x is string => typeof x === 'string');
  const [action, one] = String(form.act ?? '').split(':');
  const ids = (one ? [one] : list(form.ids)).map(Number);
  if (!ids.length) throw invalidInput('ids', '请先选中条目 (select at least one article)');
  const field = (name: string) => (typeof form[name] === 'string' ? (form[name] as string).trim() : '');
  switch (action) {
    // No section chosen: the core keeps each article under its own predicted section, as one change.
    case 'keep': return { action, ids, ...(field('section') ? { section: field('section') } : {}) };
    case 'discard': case 'reset': return { action, ids };
    case 'duplicate':
      if (!/^[1-9][0-9]*$/.test(field('of'))) throw invalidInput('of', '请在“重复于 #”填写它重复的文章编号 (the number of the article it repeats)');
      return { action, ids, of: Number(field('of')) };
    case 'tag': return { action, ids, tags: nameList(field('tags')) };
    case 'note': return { action, ids, note: field('note') };
    default: throw invalidInput('act', `没有这个操作：${action} (unknown action ${action})`);
  }
}

function item(e: InboxEntry, isNew: (id: number) => boolean): Html {
  return html`<li class="item" tabindex="0" data-id="${e.id}">
  <input type="checkbox" name="ids" value="${e.id}" aria-label="选中 #${e.id}">
  ${line(e, isNew(e.id))}
  <div class="actions"><button name="act" value="keep:${e.id}">入选</button><button name="act" value="discard:${e.id}">舍弃</button></div>
  ${e.folded.length ? html`<details class="group"><summary>同一事件另有 ${e.folded.length} 篇</summary><ul>${e.folded.map((f) => html`<li>${line(f)}</li>`)}</ul></details>` : ''}
</li>`;
}

function line(a: InboxItem, isNew = false): Html {
  const t = a.triage;
  return html`<div class="head">${isNew ? html`<span class="new">新</span>` : ''}<a class="id" href="/articles/${a.id}">#${a.id}</a>
    ${a.url ? html`<a class="title" href="${a.url}" rel="noopener noreferrer" target="_blank">${a.title || '（无标题）'}</a>` : html`<a class="title" href="/articles/${a.id}">${a.title || '（无标题）'}</a>`}
    ${t && t.state !== 'new' ? html`<span class="state state-${t.state}">${STATES[t.state]}${t.section ? html` · ${t.section}` : ''}${t.duplicateOf ? html` #${t.duplicateOf}` : ''}</span>` : ''}</div>
  <div class="meta"><span class="source">${a.source}</span> <time datetime="${a.arrivedAt ?? ''}">${a.date ?? ''}${a.arrivedAt ? html` · 收录 ${shortTime(a.arrivedAt)}` : ''}</time>
    ${a.predictedSection ? html`<span class="section">预测：${a.predictedSection}</span>` : ''}
    ${[...a.tags, ...(t?.tags ?? [])].map((tag) => html`<span class="tag">${tag}</span>`)}</div>
  ${a.summary ? html`<p class="summary">${a.summary}</p>` : ''}
  ${t?.note ? html`<p class="note">备注：${t.note}</p>` : ''}`;
}

/** 已删除第 N 期及其 M 篇文章（草稿 #D 撤下 K 篇，…）from the numbers the article page sends; anything else shows nothing. */
function removalNotice(issue?: string, articles?: string, taken = ''): string | null {
  const number = /^[0-9]{1,16}$/;
  if (!number.test(issue ?? '') || !number.test(articles ?? '') || !/^([0-9]{1,16}-[0-9]{1,16}(,|$))*$/.test(taken)) return null;
  const drafts = taken
    .split(',')
    .filter(Boolean)
    .map((t) => t.split('-'))
    .map(([draft, entries]) => `草稿 #${draft} 撤下 ${entries} 篇`)
    .join('，');
  return `已删除第 ${issue} 期及其 ${articles} 篇文章${drafts ? `（${drafts}）` : ''}`;
}

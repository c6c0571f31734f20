import { Hono, type Context } from 'hono';
import { html } from 'hono/html';
import { can, JianbaoError, zhProblem, type FetchReport, type Jianbao } from '../../core/index.js';
import type { WebEnv } from '../env.js';
import { shownMessage } from '../errors.js';
import { csrfField, page, shortTime } from '../layout.js';

const STATUS: Record<string, string> = { ok: '成功', unchanged: '无更新', failed: '失败' };

/** The add form's fields. */
const FIELDS = ['url', 'name', 'section', 'every'] as const;

/** A refused add: why, and what the user typed, put back into the form to correct. */
interface Refused {
  alert: string;
  typed: Record<(typeof FIELDS)[number], string>;
}

/** /sources: the web sources with their last poll, result and error; add, pause, remove, fetch now. */
export function sourceRoutes(jianbao: Jianbao): Hono<WebEnv> {
  const app = new Hono<WebEnv>();

  const render = async (c: Context<WebEnv>, { report, refused }: { report?: FetchReport; refused?: Refused } = {}) => {
    const actor = c.get('actor');
    const sources = (await jianbao.sources.list(actor)).map((s) => s.source);
    const manage = can(actor, 'sources.manage');
    // A reader may list the sources (the core lets them) but not poll them: no button that can only be refused.
    const poll = can(actor, 'sources.poll');
    const post = (action: string, id: number, label: string, busy?: string) =>
      html`<form method="post" action="/sources/${id}/${action}">${csrfField(c)}<button type="submit"${busy ? html` data-busy="${busy}"` : ''}>${label}</button></form>`;
    const added = sources.find((s) => String(s.id) === c.req.query('added'));
    const typed = refused?.typed ?? { url: '', name: '', section: '', every: '1h' };
    const body = html`
${refused ? html`<p class="error" role="alert">${refused.alert}</p>` : ''}
${added ? html`<p class="notice" role="status">已添加来源 #${added.id}${added.name ? ` ${added.name}` : ''}：将按间隔自动抓取，也可以现在就抓取。</p>` : ''}
${report ? html`<p class="notice" role="status">${report.source.name ?? report.source.url}：${report.error ? html`抓取失败：${zhProblem(report.error)}` : html`新增 ${report.new} 篇，已有 ${report.unchanged} 篇，失败 ${report.failed} 篇`}</p>` : ''}
${manage ? html`<form class="add" method="post" action="/sources">${csrfField(c)}
  <label>网址 <input name="url" type="url" required size="40" placeholder="https://…/feed.xml" value="${typed.url}"></label>
  <label>名称 <input name="name" size="12" value="${typed.name}"></label>
  <label>栏目 <input name="section" size="8" value="${typed.section}"></label>
  <label>间隔 <input name="every" size="4" value="${typed.every}"></label>
  <button type="submit">添加来源</button>
</form>` : ''}
<div class="table-wrap"><table class="sources">
<thead><tr><th>#</th><th>来源</th><th>间隔</th><th>上次抓取</th><th>结果</th><th>文章</th>${poll ? html`<th>操作</th>` : ''}</tr></thead>
<tbody>${sources.map((s) => html`<tr${s.paused ? html` class="paused"` : ''}>
  <td>${s.id}</td>
  <td>${s.name ? html`<strong>${s.name}</strong><br>` : ''}<a href="${s.url}" rel="noopener noreferrer" target="_blank">${s.url}</a>${s.section ? html`<br><small>栏目 ${s.section}</small>` : ''}</td>
  <td class="nowrap">${Math.round(s.everySeconds / 60)} 分钟${s.paused ? html`<br><strong>已暂停</strong>` : ''}</td>
  <td>${s.lastFetchedAt ? html`<time datetime="${s.lastFetchedAt}">${shortTime(s.lastFetchedAt)}</time>` : '从未'}</td>
  <td>${s.lastStatus ? STATUS[s.lastStatus] : ''}${s.failures > 1 ? html`（连续 ${s.failures} 次）` : ''}${s.lastError ? html`<br><small class="error">${zhProblem(s.lastError)}</small>` : ''}</td>
  <td class="nowrap">${s.articleCount}</td>
  ${poll ? html`<td class="row-actions">${post('fetch', s.id, '立即抓取', '正在抓取…')}${manage ? html`${post(s.paused ? 'resume' : 'pause', s.id, s.paused ? '恢复' : '暂停')}${post('remove', s.id, '删除')}` : ''}</td>` : ''}
</tr>`)}</tbody></table></div>
${sources.length ? '' : html`<p class="empty">还没有来源。</p>`}`;
    return page(c, { title: '来源', body });
  };

  const sourceId = (c: Context<WebEnv>) => Number(c.req.param('id'));

  app.get('/', (c) => render(c));

  app.post('/', async (c) => {
    const form = await c.req.parseBody();
    const field = (name: string) => (typeof form[name] === 'string' ? (form[name] as string) : '');
    const typed = Object.fromEntries(FIELDS.map((k) => [k, field(k)])) as Refused['typed'];
    try {
      const source = await jianbao.sources.add(c.get('actor'), { url: typed.url, name: typed.name || null, section: typed.section || null, every: typed.every || undefined });
      return c.redirect(`/sources?added=${source.id}`, 303);
    } catch (err) {
      // A source the user can put right (a bad or internal address, a short interval, one already added): the list
      // again with the form as typed and why, rather than an error page.
      if (!(err instanceof JianbaoError) || (err.kind !== 'invalid-input' && err.kind !== 'conflict')) throw err;
      c.status(err.kind === 'conflict' ? 409 : 400);
      return render(c, { refused: { alert: shownMessage(c, err), typed } });
    }
  });

  app.post('/:id{[0-9]+}/fetch', async (c) => render(c, { report: await jianbao.sources.fetchNow(c.get('actor'), { id: sourceId(c) }) }));

  app.post('/:id{[0-9]+}/pause', async (c) => {
    await jianbao.sources.pause(c.get('actor'), { id: sourceId(c), paused: true });
    return c.redirect('/sources', 303);
  });

  app.post('/:id{[0-9]+}/resume', async (c) => {
    await jianbao.sources.pause(c.get('actor'), { id: sourceId(c), paused: false });
    return c.redirect('/sources', 303);
  });

  app.post('/:id{[0-9]+}/remove', async (c) => {
    await jianbao.sources.remove(c.get('actor'), sourceId(c));
    return c.redirect('/sources', 303);
  });

  return app;
}

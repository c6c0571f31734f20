import { Hono } from 'hono';
import { html } from 'hono/html';
import { zhText, type JobRecord, type JobState, type Jianbao } from '../../core/index.js';
import type { WebEnv } from '../env.js';
import { csrfField, page, shortTime } from '../layout.js';

const STATES: Record<JobState, string> = { queued: '排队', running: '运行中', failed: '失败', done: '完成' };
const SHOWN = 200;
/** The queues as the page names them; the queue's own name stays in the cell's title (as `jianbao jobs` prints it). */
const QUEUES: Record<string, string> = { fetch: '抓取', enrich: '理解', regroup: '同事件分组', render: '生成文件', alert: '提醒', digest: '摘要邮件' };

/** The time that says most about a job in its state: when it is due, began, or ended. */
function when(j: JobRecord) {
  if (j.state === 'queued') return html`计划 ${shortTime(j.runAt)}`;
  if (j.state === 'running') return html`开始 ${shortTime(j.startedAt)}`;
  return html`结束 ${shortTime(j.finishedAt)}`;
}

/** /jobs: background jobs as `jianbao jobs` lists them (admins and chiefs; the service checks), retry a failed one. */
export function jobRoutes(jianbao: Jianbao): Hono<WebEnv> {
  const app = new Hono<WebEnv>();

  app.get('/', async (c) => {
    const asked = c.req.query('state');
    const state = asked && asked in STATES ? (asked as JobState) : undefined;
    const jobs = await jianbao.jobs.list(c.get('actor'), { state, limit: SHOWN });
    const tab = (s: JobState | undefined, label: string) =>
      html`<a href="/jobs${s ? `?state=${s}` : ''}"${s === state ? html` aria-current="page"` : ''}>${label}</a>`;
    const body = html`
<nav class="filters">${tab(undefined, '全部')}${(Object.keys(STATES) as JobState[]).map((s) => tab(s, STATES[s]))}</nav>
<div class="table-wrap"><table class="jobs">
<thead><tr><th>#</th><th>队列</th><th>状态</th><th>次数</th><th>时间</th><th>内容</th><th>操作</th></tr></thead>
<tbody>${jobs.map((j) => html`<tr class="job-${j.state}">
  <td class="nowrap"><small>${j.id}</small></td><td class="nowrap" title="${j.name}">${QUEUES[j.name] ?? j.name}</td>
  <td>${STATES[j.state]}${j.error ? html`<br><small class="error">${j.state === 'failed' ? '' : '上次错误：'}${zhText(j.error)}</small>` : ''}</td>
  <td>${j.attempts}/${j.maxAttempts}</td>
  <td>${when(j)}</td>
  <td><pre>${JSON.stringify(j.payload)}</pre>${j.key ? html`<small>${j.key}</small>` : ''}</td>
  <td>${j.state === 'failed' ? html`<form method="post" action="/jobs/${encodeURIComponent(j.id)}/retry">${csrfField(c)}<button type="submit">重试</button></form>` : ''}</td>
</tr>`)}</tbody></table></div>
${jobs.length ? '' : html`<p class="empty">没有任务。</p>`}`;
    return page(c, { title: '任务', body });
  });

  app.post('/:id/retry', async (c) => {
    await jianbao.jobs.retry(c.get('actor'), c.req.param('id'));
    return c.redirect('/jobs', 303);
  });

  return app;
}

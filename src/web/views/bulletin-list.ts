import type { Context } from 'hono';
import { html } from 'hono/html';
import { STATUS_LABELS, can, type DraftSummary, type Edition } from '../../core/index.js';
import type { WebEnv } from '../env.js';
import { csrfField, shortTime, type Html } from '../layout.js';

/** The format names as the download links print them. */
export const FORMAT_LABELS = { pdf: 'PDF', docx: 'Word', html: 'HTML', md: 'Markdown' } as const;

/** `信息产业监测 第 3 期（芯片版）`. */
export function issueName(d: Pick<DraftSummary, 'publication' | 'number' | 'edition'>): string {
  return `${d.publication} 第 ${d.number} 期${d.edition ? `（${d.edition}）` : ''}`;
}

/** The download links of a bulletin. */
export function downloads(id: number): Html {
  return html`<p class="downloads">下载：${Object.entries(FORMAT_LABELS).map(
    ([format, label]) => html`<a href="/bulletins/${id}/download/${format}" download>${label}</a> `,
  )}</p>`;
}

/** /bulletins: the newsroom's list with the compose form; a reader's published issues with their downloads. */
export function bulletinList(c: Context<WebEnv>, drafts: DraftSummary[], editions: Edition[]): Html {
  const actor = c.get('actor');
  const newsroom = can(actor, 'drafts.read');
  const rows = drafts.map(
    (d) => html`<tr>
  <td><a href="/bulletins/${d.id}">${issueName(d)}</a></td>
  <td>${d.from} 至 ${d.to}</td>
  <td>${d.entryCount} 篇</td>
  <td><span class="status status-${d.status}">${STATUS_LABELS[d.status]}</span></td>
  <td>${newsroom ? shortTime(d.createdAt) : downloads(d.id)}</td>
</tr>`,
  );
  const list = drafts.length
    ? html`<div class="table-wrap"><table><thead><tr><th>期号</th><th>时段</th><th>条目</th><th>状态</th><th>${newsroom ? '创建' : '下载'}</th></tr></thead><tbody>${rows}</tbody></table></div>`
    : html`<p class="empty">${newsroom ? '还没有编排的简报。' : '还没有已签发的简报。'}</p>`;
  if (!can(actor, 'drafts.write')) return list;
  return html`<form class="compose" method="post" action="/bulletins">
  ${csrfField(c)}
  <fieldset><legend>编排新一期</legend>
  <label>从 <input type="date" name="from" required></label>
  <label>到 <input type="date" name="to" required></label>
  <label>版本 <select name="edition"><option value="">通用版</option>${editions.map((e) => html`<option>${e.name}</option>`)}</select></label>
  <label>每栏最多 <input name="maxPerSection" inputmode="numeric" size="3" value="8"></label>
  <button type="submit">编排</button>
  </fieldset>
</form>
${list}`;
}

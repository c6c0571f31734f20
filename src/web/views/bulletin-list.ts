import type { Context } from 'hono';
import { html } from 'hono/html';
import { STATUS_LABELS, can, type DraftSummary, type Edition } from '../../core/index.js';
import type { WebEnv } from '../env.js';
import { csrfField, shortTime, type Html } from '../layout.js';
import { dayField } from './fields.js';

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

/** /bulletins: the newsroom's list with the compose form and the editions; a reader's published issues with their downloads. */
export function bulletinList(c: Context<WebEnv>, drafts: DraftSummary[], editions: Edition[], saved?: string): Html {
  const actor = c.get('actor');
  const newsroom = can(actor, 'drafts.read');
  const rows = drafts.map(
    (d) => html`<tr>
  <td><a href="/bulletins/${d.id}">${issueName(d)}</a></td>
  <td>${d.from} 至 ${d.to}</td>
  <td class="nowrap">${d.entryCount} 篇</td>
  <td><span class="status status-${d.status}">${STATUS_LABELS[d.status]}</span></td>
  <td>${newsroom ? shortTime(d.createdAt) : downloads(d.id)}</td>
</tr>`,
  );
  const list = drafts.length
    ? html`<div class="table-wrap"><table><thead><tr><th>期号</th><th>时段</th><th>条目</th><th>状态</th><th>${newsroom ? '创建' : '下载'}</th></tr></thead><tbody>${rows}</tbody></table></div>`
    : html`<p class="empty">${newsroom ? '还没有编排的简报。' : '还没有已签发的简报。'}</p>`;
  if (!can(actor, 'drafts.write')) return list;
  const week = thisWeek();
  return html`<form class="compose" method="post" action="/bulletins">
  ${csrfField(c)}
  <fieldset><legend>编排新一期</legend>
  <label>从 ${dayField('from', week.from, true)}</label>
  <label>到 ${dayField('to', week.to, true)}</label>
  <label>版本 <select name="edition"><option value="">通用版</option>${editions.map((e) => html`<option>${e.name}</option>`)}</select></label>
  <label>每栏最多 <input name="maxPerSection" inputmode="numeric" size="3" value="8"></label>
  <button type="submit" data-busy="正在编排…">编排</button>
  </fieldset>
</form>
${list}
${editionForms(c, editions, saved)}`;
}

/** The seven days up to today, Beijing time: the period a weekly issue covers unless the editor picks another. */
function thisWeek(now = Date.now()): { from: string; to: string } {
  const day = (t: number) => shortTime(new Date(t).toISOString()).slice(0, 10);
  return { from: day(now - 6 * 86_400_000), to: day(now) };
}

/** The editions (client profiles) with what each follows, and the form that adds one or replaces it by name. */
function editionForms(c: Context<WebEnv>, editions: Edition[], saved?: string): Html {
  const joined = (names: string[]) => names.join('，');
  return html`<section class="editions" id="editions" aria-labelledby="editions-h"><h2 id="editions-h">客户版本</h2>
${saved ? html`<p class="notice" role="status">已保存版本「${saved}」：编排新一期时可选它。</p>` : ''}
${editions.length
    ? html`<div class="table-wrap"><table><thead><tr><th>版本</th><th>标签</th><th>机构、人物</th><th>地区</th><th>栏目顺序</th><th>封面语</th></tr></thead>
<tbody>${editions.map((e) => html`<tr><td>${e.name}</td><td>${joined(e.tags)}</td><td>${joined(e.entities)}</td><td>${joined(e.regions)}</td><td>${joined(e.sections)}</td><td>${e.coverLine ?? ''}</td></tr>`)}</tbody></table></div>`
    : html`<p class="empty">还没有客户版本：通用版之外，一个版本只收它关注的文章。</p>`}
<form class="compose" method="post" action="/bulletins/editions">${csrfField(c)}
  <fieldset><legend>新建或修改版本（同名即修改）</legend>
  <label>名称 <input name="name" required size="10"></label>
  <label>标签 <input name="tags" size="14" placeholder="逗号分隔"></label>
  <label>机构、人物 <input name="entities" size="14" placeholder="逗号分隔"></label>
  <label>地区 <input name="regions" size="10" placeholder="逗号分隔"></label>
  <label>栏目顺序 <input name="sections" size="16" placeholder="如 企业情报，技术情报"></label>
  <label>封面语 <input name="coverLine" size="16"></label>
  <button type="submit">保存版本</button>
  </fieldset>
</form></section>`;
}

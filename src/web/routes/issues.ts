import { Hono, type Context } from 'hono';
import { html } from 'hono/html';
import { JianbaoError, can, invalidInput, notFound, type ImportResult, type IssueSummary, type Jianbao } from '../../core/index.js';
import type { WebEnv } from '../env.js';
import { csrfField, page, shortTime, type Html } from '../layout.js';
import { shownMessage } from '../errors.js';
import { megabytes } from '../security.js';
import { dayField, fileField } from '../views/fields.js';

/** One uploaded file's outcome: what the import did, or the one line saying why it was refused. */
type Outcome = { name: string; result: ImportResult; first: number | null } | { name: string; error: string };

/**
 * /issues: the imported issues (期) and the upload form that imports input files (bulletins, newspaper PDFs,
 * text dumps) as `jianbao import` does, each file its own transaction; editors without the command line.
 */
export function issueRoutes(jianbao: Jianbao): Hono<WebEnv> {
  const app = new Hono<WebEnv>();
  const maxBytes = jianbao.config.maxInputBytes;

  const render = async (c: Context<WebEnv>, outcomes: Outcome[] = []) => {
    const actor = c.get('actor');
    const issues = await jianbao.issues.list(actor);
    const newsroom = can(actor, 'drafts.read');
    const body = html`
${outcomes.length ? html`<ul class="notice outcomes" role="status">${outcomes.map(outcomeLine)}</ul>` : ''}
${can(actor, 'archive.write') ? html`<form class="add" method="post" action="/issues" enctype="multipart/form-data">${csrfField(c)}
  <span class="file-label">文件 ${fileField('file', '.txt,.pdf,.html,.htm,.md,text/plain,application/pdf,text/html', true)}</span>
  <label>刊名 <input name="publication" size="12" placeholder="文件未写明时用"></label>
  <label>日期 ${dayField('issueDate', '')}</label>
  <label>同一期已有时 <select name="sameIssue"><option value="report">不导入，告诉我</option><option value="replace">替换旧的</option><option value="keep-both">两份都留</option></select></label>
  <button type="submit" data-busy="正在导入…">导入</button>
</form>
<p class="hint">简报、报纸 PDF、文本导出均可，一次合计不超过 ${megabytes(maxBytes)} MB；导入后文章即进入待处理和检索。刊名、日期以后可在文章页修改。</p>` : ''}
${issues.length ? (newsroom ? importedTable(issues) : issueTable(issues)) : html`<p class="empty">还没有导入过文件。</p>`}`;
    return page(c, { title: can(actor, 'archive.write') ? '导入' : '已导入的期', body });
  };

  app.get('/', (c) => render(c));

  // An issue's row leads to its first article, whose page sets the issue's publication and date (or removes it).
  app.get('/:id{[0-9]+}', async (c) => {
    const [first] = await jianbao.issues.listArticles(c.get('actor'), { issueId: Number(c.req.param('id')), limit: 1 });
    if (!first) throw notFound(`issue ${c.req.param('id')}`, '这一期没有文章 (no articles)');
    return c.redirect(`/articles/${first.id}#issue`, 303);
  });

  app.post('/', async (c) => {
    const actor = c.get('actor');
    const form = await c.req.parseBody({ all: true });
    const files = (Array.isArray(form.file) ? form.file : [form.file]).filter((f): f is File => f instanceof File && f.size > 0);
    if (!files.length) throw invalidInput('file', '请先选择要导入的文件 (choose a file to import)');
    const field = (name: string) => (typeof form[name] === 'string' ? (form[name] as string).trim() : '');
    const sameIssue = field('sameIssue') || 'report';
    const input = {
      sameIssue: sameIssue as 'report',
      ...(field('publication') ? { publication: field('publication') } : {}),
      ...(field('issueDate') ? { issueDate: field('issueDate') } : {}),
    };
    const outcomes: Outcome[] = [];
    // One file after another, each in its own transaction: a refused file leaves nothing behind and the others go on.
    for (const file of files) {
      try {
        const result = await jianbao.issues.importBytes(actor, file.name, new Uint8Array(await file.arrayBuffer()), input);
        const [first] = await jianbao.issues.listArticles(actor, { issueId: result.issueId, limit: 1 });
        outcomes.push({ name: file.name, result, first: first?.id ?? null });
      } catch (err) {
        if (!(err instanceof JianbaoError) || err.kind === 'forbidden' || err.kind === 'unavailable') throw err;
        // The file's line names it already.
        outcomes.push({ name: file.name, error: shownMessage(c, err, err.input !== file.name) });
      }
    }
    c.status(outcomes.some((o) => 'error' in o) ? 400 : 200);
    return render(c, outcomes);
  });

  return app;
}

/** The imported issues as the newsroom reads them: with their warnings, the file each came from and when. */
function importedTable(issues: IssueSummary[]): Html {
  return html`<div class="table-wrap"><table><thead><tr><th>#</th><th>刊名</th><th>日期</th><th>文章</th><th>警告</th><th>文件</th><th>导入</th></tr></thead>
<tbody>${issues.map((i) => html`<tr><td>${i.id}</td><td><a href="/issues/${i.id}" title="打开本期文章，可改刊名与日期">${i.publication ?? '（无刊名）'}</a></td><td>${i.issueDate ?? '（无日期）'}</td><td>${i.articleCount}</td>
  <td>${i.messages.filter((m) => m.level === 'warning').length || ''}</td><td class="file">${i.source.path}</td><td>${shortTime(i.source.importedAt)}</td></tr>`)}</tbody></table></div>`;
}

/** The issues as a client reads them: publication, date and size, nothing of the newsroom's files. */
function issueTable(issues: IssueSummary[]): Html {
  return html`<div class="table-wrap"><table><thead><tr><th>刊名</th><th>日期</th><th>文章</th></tr></thead>
<tbody>${issues.map((i) => html`<tr><td>${i.publication ?? '（无刊名）'}</td><td>${i.issueDate ?? '（无日期）'}</td><td>${i.articleCount}</td></tr>`)}</tbody></table></div>`;
}

/** One file's line in the notice: what was stored, or why not. */
function outcomeLine(o: Outcome): Html {
  if ('error' in o) return html`<li class="error">${o.name}：未导入。${o.error}</li>`;
  const { result: r } = o;
  const open = o.first === null ? '' : html` <a href="/articles/${o.first}">查看文章</a>`;
  const warned = r.warnings ? `，${r.warnings} 条警告` : '';
  switch (r.status) {
    case 'imported': return html`<li>${o.name}：已导入为第 ${r.issueId} 期，${r.articles} 篇文章${warned}。${open}</li>`;
    case 'replaced': return html`<li>${o.name}：已替换第 ${r.sameAs ?? ''} 期，现为第 ${r.issueId} 期，${r.articles} 篇文章${warned}。${open}</li>`;
    case 'unchanged': return html`<li>${o.name}：这个文件已导入过（第 ${r.issueId} 期），没有变化。${open}</li>`;
    case 'same-issue': return html`<li class="error">${o.name}：与已导入的第 ${r.sameAs ?? r.issueId} 期是同一期，未导入；要替换或两份都留，请在“同一期已有时”中选择后再导入。</li>`;
  }
}

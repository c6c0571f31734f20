import { Hono, type Context } from 'hono';
import { html } from 'hono/html';
import { JianbaoError, KEEP_DAYS, can, houseSections, invalidInput, type ArticleView, type Jianbao } from '../../core/index.js';
import type { WebEnv } from '../env.js';
import { csrfField, page, shortTime, type Html } from '../layout.js';
import { nameList } from '../lists.js';
import { shownMessage } from '../errors.js';
import { localPath, undoNotice } from '../views/undo-notice.js';
import { dayField } from '../views/fields.js';

type Form = Record<string, string | File | (string | File)[]>;
const text = (form: Form, name: string): string => (typeof form[name] === 'string' ? (form[name] as string).trim() : '');
const articleId = (c: Context<WebEnv>) => Number(c.req.param('id'));

const ENTITY_TYPES: Record<string, string> = { org: '机构', person: '人物', place: '地点' };

/**
 * /articles/:id: one article with its provenance, enrichment and same-event group; for editors the forms that
 * edit it, fix a bad parse (split, merge), set its issue's publication and date or remove the issue; and
 * POST /articles/undo, the 撤销 of the notice shown after each change.
 */
export function articleRoutes(jianbao: Jianbao): Hono<WebEnv> {
  const app = new Hono<WebEnv>();
  const changed = (c: Context<WebEnv>, id: number) => c.redirect(`/articles/${id}?changed=1`, 303);

  app.get('/:id{[0-9]+}', async (c) => {
    const view = await jianbao.articles.get(c.get('actor'), articleId(c)).catch(async (err) => {
      // A link to an article merged away (an old bulletin, a bookmark, the log) leads to the article it is in now.
      const into = err instanceof JianbaoError && err.kind === 'not-found' ? await jianbao.articles.mergedInto(c.get('actor'), articleId(c)) : null;
      if (into === null) throw err;
      return into;
    });
    if (typeof view === 'number') return c.redirect(`/articles/${view}?merged=${articleId(c)}`, 303);
    const merged = c.req.query('merged');
    const notice = html`${/^[0-9]{1,16}$/.test(merged ?? '') ? html`<p class="notice" role="status">#${merged} 已并入本文</p>` : ''}${await undoNotice(c, jianbao, `/articles/${view.article.id}`)}`;
    return page(c, { title: view.article.title || '（无标题）', body: articlePage(c, view, notice), nav: '/search' });
  });

  app.post('/:id{[0-9]+}/edit', async (c) => {
    const form = await c.req.parseBody();
    const id = articleId(c);
    // An empty section is the page's "keep the printed one" choice for a heading that is no house section.
    const section = text(form, 'section');
    const typed = {
      title: text(form, 'title'), ...(section ? { section } : {}), summary: text(form, 'summary'),
      // Commas and 、 part tags; a tag may hold spaces (`AI chips`).
      tags: nameList(text(form, 'tags')),
    };
    // What the page showed, so a field left alone does not write over another editor's change to it.
    const shown = 'shownTitle' in form
      ? { shown: { title: text(form, 'shownTitle'), section: text(form, 'shownSection'), summary: text(form, 'shownSummary'), tags: nameList(text(form, 'shownTags')) } }
      : {};
    try {
      await jianbao.articles.edit(c.get('actor'), id, { ...typed, ...shown });
    } catch (err) {
      if (!(err instanceof JianbaoError) || err.kind !== 'conflict') throw err;
      // The form comes back with what was typed, beside the article as it is now.
      const view = await jianbao.articles.get(c.get('actor'), id);
      const alert = html`<p class="error" role="alert">${shownMessage(c, err, false)}。你填写的内容保留在下面的表单里。</p>`;
      c.status(409);
      return page(c, { title: view.article.title || '（无标题）', body: articlePage(c, view, alert, { ...typed, tags: typed.tags.join('，') }), nav: '/search' });
    }
    return changed(c, id);
  });

  app.post('/:id{[0-9]+}/split', async (c) => {
    const form = await c.req.parseBody();
    const at = Number(text(form, 'at'));
    if (!Number.isInteger(at)) throw invalidInput('at', '请填写从第几段拆分 (a paragraph number)');
    const title = text(form, 'title');
    await jianbao.articles.split(c.get('actor'), articleId(c), { at, ...(title ? { title } : {}) });
    return changed(c, articleId(c));
  });

  app.post('/:id{[0-9]+}/merge', async (c) => changed(c, (await jianbao.articles.merge(c.get('actor'), articleId(c))).id));

  app.post('/:id{[0-9]+}/issue', async (c) => {
    const form = await c.req.parseBody();
    const { article } = await jianbao.articles.get(c.get('actor'), articleId(c));
    if (article.issueId === null) throw invalidInput(`article ${article.id}`, '网页文章不属于任何一期 (a web article is in no issue)');
    await jianbao.issues.setMeta(c.get('actor'), article.issueId, { publication: text(form, 'publication'), issueDate: text(form, 'issueDate') });
    return changed(c, article.id);
  });

  app.post('/:id{[0-9]+}/issue/remove', async (c) => {
    const form = await c.req.parseBody();
    const { article } = await jianbao.articles.get(c.get('actor'), articleId(c));
    if (article.issueId === null) throw invalidInput(`article ${article.id}`, '网页文章不属于任何一期 (a web article is in no issue)');
    if (text(form, 'confirm') !== String(article.issueId)) throw invalidInput('confirm', `请勾选确认删除第 ${article.issueId} 期 (confirm the removal)`);
    const removed = await jianbao.issues.remove(c.get('actor'), article.issueId);
    // Numbers only in the address: the inbox words the notice, so a crafted link cannot show a text of its own.
    const taken = removed.takenFrom.map((t) => `${t.draftId}-${t.entries}`).join(',');
    return c.redirect(`/inbox?${new URLSearchParams({ removed: String(removed.issueId), articles: String(removed.articles), taken })}`, 303);
  });

  app.post('/undo', async (c) => {
    const form = await c.req.parseBody();
    const back = localPath(form.back, '/inbox');
    // The change the notice named: a second click, or a notice older than the user's last change, is a conflict.
    const change = typeof form.change === 'string' && /^[1-9][0-9]{0,15}$/.test(form.change) ? Number(form.change) : undefined;
    await jianbao.history.undo(c.get('actor'), change === undefined ? {} : { change });
    const url = new URL(back, 'http://local');
    url.searchParams.delete('changed');
    // A flag only: the page words the notice from the log, so a crafted link cannot show a text of its own.
    url.searchParams.set('undone', '1');
    return c.redirect(`${url.pathname}${url.search}`, 303);
  });

  return app;
}

/** What an editor typed into the edit form, shown again after a refused save. */
type Typed = { title: string; section?: string; summary: string; tags: string };

function articlePage(c: Context<WebEnv>, v: ArticleView, notice: Html, typed?: Typed): Html {
  const a = v.article;
  const e = v.enrichment;
  const editor = can(c.get('actor'), 'archive.write');
  // A client reads the article, not the newsroom's workings: no number, prediction, or file on the server.
  const newsroom = can(c.get('actor'), 'drafts.read');
  return html`<link rel="stylesheet" href="/static/article.css">
${notice}
<div class="article-page">
<article class="article-text">
  <p class="meta">${newsroom ? html`#${a.id} · ` : ''}${a.section ?? '（无栏目）'}${newsroom && v.predictedSection && v.predictedSection !== a.section ? html` · 预测：${v.predictedSection}` : ''}</p>
  ${provenance(v, newsroom)}
  ${a.byline ? html`<p class="byline">${a.byline}</p>` : ''}
  <ol class="paragraphs">${v.paragraphs.map((p, i) => html`<li id="p-${i + 1}" value="${i + 1}">${p}</li>`)}</ol>
  ${a.captions.length ? html`<ul class="captions">${a.captions.map((cap) => html`<li>${cap}</li>`)}</ul>` : ''}
</article>
<aside class="article-facts">
  <section><h2>摘要</h2><p>${v.summary || '（无）'}</p></section>
  <section><h2>标签</h2><p>${v.tags.length ? v.tags.map((t) => html`<span class="tag">${t}</span> `) : '（无）'}</p></section>
  ${e ? html`
  <section><h2>机构与人物</h2>${e.entities.length ? html`<ul>${e.entities.map((x) => html`<li>${x.name} <small>${ENTITY_TYPES[x.type] ?? x.type}${x.role ? html` · ${x.role}` : ''} · ${x.mentions} 次</small></li>`)}</ul>` : html`<p>（无）</p>`}</section>
  <section><h2>关键数字</h2>${e.figures.length ? html`<ul>${e.figures.map((f) => html`<li>${f.text}${f.metric ? html` <small>${f.subject ? html`${f.subject} ` : ''}${f.metric}${f.period ? html` · ${f.period}` : ''}</small>` : ''}</li>`)}</ul>` : html`<p>（无）</p>`}</section>
  <section><h2>日期</h2>${e.dates.length ? html`<ul>${e.dates.map((d) => html`<li>${d.text}${d.date ?? d.from ? html` <small>${d.date ?? `${d.from}～${d.to}`}</small>` : ''}</li>`)}</ul>` : html`<p>（无）</p>`}</section>`
  : html`<p class="hint">尚未分析（运行 jianbao enrich）。</p>`}
  <section><h2>同一事件</h2>${v.group.length ? html`<ul>${v.group.map((g) => html`<li><a href="/articles/${g.id}">${g.title || '（无标题）'}</a> <small>${g.publication ?? g.source} ${g.issueDate ?? ''}</small></li>`)}</ul>` : html`<p>（无）</p>`}</section>
</aside>
</div>
${editor ? editForms(c, v, typed) : ''}`;
}

/** Where the article came from: its web address, or its issue (and, for the newsroom, the file's page and lines). */
function provenance(v: ArticleView, newsroom: boolean): Html {
  const a = v.article;
  if (a.web) {
    return html`<p class="provenance">来源：<a href="${a.web.canonicalUrl || a.web.url}" rel="noopener noreferrer" target="_blank">${a.web.canonicalUrl || a.web.url}</a>
      ${a.web.outlet ? html` · ${a.web.outlet}` : ''}${a.web.publishedAt ? html` · 发布 ${shortTime(a.web.publishedAt)}` : ''} · 收录 ${shortTime(a.web.fetchedAt)}</p>`;
  }
  const i = v.issue;
  const place = newsroom ? html` · 文件 ${i?.source.path ?? ''}${a.page !== null ? html` 第 ${a.page} 页` : ''} · 第 ${a.lineStart}–${a.lineEnd} 行` : '';
  return html`<p class="provenance">来源：${i?.publication ?? '（无刊名）'} ${i?.issueDate ?? '（无日期）'}${place}</p>`;
}

function editForms(c: Context<WebEnv>, v: ArticleView, typed?: Typed): Html {
  const a = v.article;
  const sections = houseSections();
  const base = `/articles/${a.id}`;
  // The option the menu shows selected: the article's house section, else '' (no section yet, or a printed heading
  // that is no house section), which a save leaves as it is — as the CLI's edit without --section does.
  const shownSection = a.section !== null && sections.includes(a.section) ? a.section : '';
  const section = typed ? (typed.section ?? '') : shownSection;
  return html`<section class="article-edit">
<h2>修改</h2>
<form method="post" action="${base}/edit" class="edit-form">${csrfField(c)}
  <input type="hidden" name="shownTitle" value="${a.title}"><input type="hidden" name="shownSection" value="${shownSection}">
  <input type="hidden" name="shownSummary" value="${v.summary}"><input type="hidden" name="shownTags" value="${v.tags.join('，')}">
  <label>标题 <input name="title" value="${typed?.title ?? a.title}" required></label>
  <label>栏目 <select name="section">${shownSection === '' ? html`<option value=""${section === '' ? ' selected' : ''}>${a.section === null ? `（无栏目${v.predictedSection ? `，预测：${v.predictedSection}` : ''}）` : `${a.section}（非本社栏目）`}</option>` : ''}${sections.map((s) => html`<option${s === section ? ' selected' : ''}>${s}</option>`)}</select></label>
  <label>摘要 <textarea name="summary" rows="3">${typed?.summary ?? v.summary}</textarea></label>
  <label>标签 <input name="tags" value="${typed?.tags ?? v.tags.join('，')}" placeholder="逗号分隔"></label>
  <button type="submit">保存</button>
</form>
${a.issueId !== null ? html`
<h2>修正解析</h2>
<form method="post" action="${base}/split" class="split-form">${csrfField(c)}
  <label>从第 <input name="at" type="number" min="2" max="${v.paragraphs.length}" required size="3"> 段起拆为新文章</label>
  <label>新文章标题 <input name="title" placeholder="留空则取该段首行"></label>
  <button type="submit"${v.paragraphs.length < 2 ? ' disabled' : ''}>拆分</button>
</form>
${v.previousId !== null ? html`<form method="post" action="${base}/merge" class="merge-form">${csrfField(c)}
  <button type="submit">并入上一篇</button> <a href="/articles/${v.previousId}">#${v.previousId}</a></form>` : ''}
<h2 id="issue">本期（第 ${a.issueId} 期）</h2>
<form method="post" action="${base}/issue" class="issue-form">${csrfField(c)}
  <label>刊名 <input name="publication" value="${v.issue?.publication ?? ''}"></label>
  <label>日期 ${dayField('issueDate', v.issue?.issueDate)}</label>
  <button type="submit">保存刊名与日期</button>
</form>
<form method="post" action="${base}/issue/remove" class="remove-form">${csrfField(c)}
  <label><input type="checkbox" name="confirm" value="${a.issueId}" required> 确认删除本期及其全部 ${v.issue?.articleCount ?? ''} 篇文章（${KEEP_DAYS} 天内可撤销）</label>
  <button type="submit" class="danger">删除本期</button>
</form>` : ''}
</section>`;
}

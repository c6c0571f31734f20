import type { Context } from 'hono';
import { html } from 'hono/html';
import { STATUS_LABELS, can, changeLabel, houseSections, type BulletinWithChanges, type Entry, type IssueChange, type IssueDraft, type LeftOut, type SentBack } from '../../core/index.js';
import type { WebEnv } from '../env.js';
import { csrfField, shortTime, type Html } from '../layout.js';
import { downloads } from './bulletin-list.js';

/** What the user typed into a form whose save was refused: shown again in that form, so nothing is lost. */
export interface KeptInput {
  op: 'summary' | 'cover' | 'highlights';
  articleId?: number;
  text: string;
}

/** What the editor page shows besides the bulletin. */
export interface EditorState {
  /**
   * The period's articles the bulletin leaves out (newsroom only), or null to load them after the page (htmx; a
   * link without JavaScript): working them out reads the whole period, which the page itself need not wait for.
   */
  leftOut: LeftOut[] | null;
  /** A message to show at the top (a refused save), as an alert. */
  alert?: string;
  /** An undo was just made: the page says what it took back (the last change of the log, when it is an undo). */
  undone?: boolean;
  /** A redo was just made: the page says what it made again (the last change of the log, when it is a redo). */
  redone?: boolean;
  /** An edit or a status move was just saved: the page says which (the last change of the log, when it is the user's). */
  saved?: boolean;
  /** The save just made went on top of other editors' changes made since the page was read: the page says they stayed. */
  merged?: boolean;
  kept?: KeptInput;
  /** The ↑/↓ button just used on an entry: focused again, so a keyboard user moves the entry on with Enter. */
  again?: { op: 'up' | 'down'; articleId: number };
}

/** What the page says after a status move: where the bulletin went and who acts next. */
const MOVED: Record<string, string> = {
  submit: '已提交审核，等待主编签发。', approve: '已签发：下载的文件即定稿。', reject: '已退回编辑修改。',
};

/** The hidden fields every editing form carries: the CSRF token and the version the page was read at. */
function editFields(c: Context<WebEnv>, d: IssueDraft): Html {
  return html`${csrfField(c)}<input type="hidden" name="version" value="${d.version}">`;
}

/** The sections a move may go to: the bulletin's own, then the house sections it does not have yet. */
function targets(d: IssueDraft): string[] {
  return [...new Set([...d.sections.map((s) => s.name), ...houseSections()])];
}

/**
 * The 编辑部 page of one bulletin. Editable (draft or submitted, for the newsroom): cover line, 本期要点, each
 * entry's summary, order and section (buttons and a section menu that work without JavaScript; drag and drop
 * on top of them), the left-out pool to add from, status buttons by role, the live preview and downloads.
 * Published, or for a reader: the same bulletin read-only.
 */
export function bulletinEditor(c: Context<WebEnv>, got: BulletinWithChanges, state: EditorState): Html {
  const actor = c.get('actor');
  const d = got.bulletin;
  const editable = d.status !== 'published' && can(actor, 'drafts.write');
  // A client reads the issue, not the newsroom's workings: no versions, scores or article numbers.
  const newsroom = can(actor, 'drafts.read');
  const action = `/bulletins/${d.id}/edit`;
  const kept = (op: KeptInput['op'], articleId?: number) => (state.kept && state.kept.op === op && state.kept.articleId === articleId ? state.kept.text : null);

  const cover = editable
    ? html`<form class="field" method="post" action="${action}">${editFields(c, d)}<input type="hidden" name="op" value="cover">
  <label for="cover-line">封面语</label>
  <input id="cover-line" name="text" value="${kept('cover') ?? d.coverLine ?? ''}" maxlength="200"${kept('cover') !== null ? html` class="kept"` : ''}>
  <button type="submit">保存封面语</button></form>`
    : d.coverLine ? html`<p class="cover-line">封面语：${d.coverLine}</p>` : '';
  const highlights = editable
    ? html`<form class="field" method="post" action="${action}">${editFields(c, d)}<input type="hidden" name="op" value="highlights">
  <label for="highlights">本期要点（每行一条${d.highlightsFixed ? '；清空则按条目重新生成' : '；现为自动生成'}）</label>
  <textarea id="highlights" name="lines" rows="${Math.max(3, d.highlights.length + 1)}"${kept('highlights') !== null ? html` class="kept"` : ''}>${kept('highlights') ?? d.highlights.join('\n')}</textarea>
  <button type="submit">保存本期要点</button></form>`
    : html`<h2>本期要点</h2><ol class="highlights">${d.highlights.map((h) => html`<li>${h}</li>`)}</ol>`;

  const sections = d.sections.map(
    (s, n) => html`<section class="sec" aria-labelledby="sec-${n}">
  <h2 id="sec-${n}">${s.name} <span class="count">${s.entries.length} 篇</span></h2>
  ${editable && d.sections.length > 1 ? html`<form class="drop-section" method="post" action="${action}">${editFields(c, d)}<input type="hidden" name="op" value="dropSection"><input type="hidden" name="section" value="${s.name}">
    <button type="submit" class="danger">撤下本栏（${s.entries.length} 篇）</button></form>` : ''}
  <ol class="entries" data-section="${s.name}">${s.entries.map((e, i) => entry(c, d, e, i, s.entries.length, editable, newsroom, kept('summary', e.articleId), got.outdated.includes(e.articleId), state.again?.articleId === e.articleId ? state.again.op : null))}</ol>
</section>`,
  );

  const canSubmit = d.status === 'draft' && can(actor, 'drafts.write');
  const canSign = d.status === 'submitted' && can(actor, 'drafts.approve');
  const status = html`<div class="status-bar">
  <span class="status status-${d.status}">${STATUS_LABELS[d.status]}</span>${newsroom ? html` <span class="version">第 ${d.version} 版</span>` : ''}
  ${canSubmit || canSign
    ? html`<form method="post" action="/bulletins/${d.id}/status" class="status-actions">${editFields(c, d)}
    ${canSubmit ? html`<button name="act" value="submit">提交审核</button>` : ''}
    ${canSign ? html`<button name="act" value="approve" class="primary" data-busy="正在签发（生成各格式文件）…">签发</button>
      <label>退回意见 <input name="note" size="16" maxlength="500"></label><button name="act" value="reject">退回修改</button>` : ''}
  </form>`
    : ''}
  ${editable
    ? html`<form method="post" action="/bulletins/${d.id}/undo" class="undo-edit">${editFields(c, d)}${got.undoable
        ? html`<button type="submit" title="${got.undoable.who}：${changeLabel(got.undoable.what)} ${got.undoable.detail}">撤销上一步</button>`
        : html`<button type="submit" disabled title="没有可撤销的修改">撤销上一步</button>`}</form>
    <form method="post" action="/bulletins/${d.id}/redo" class="redo-edit">${editFields(c, d)}${got.redoable
        ? html`<button type="submit" title="${got.redoable.who}：${changeLabel(got.redoable.what)} ${got.redoable.detail}">重做</button>`
        : html`<button type="submit" disabled title="没有可重做的修改">重做</button>`}</form>`
    : ''}
  ${downloads(d.id)}
</div>`;

  const pool = !editable ? '' : state.leftOut
    ? leftOutPool(c, d, state.leftOut)
    : html`<div id="pool" hx-get="/bulletins/${d.id}/pool" hx-trigger="load" hx-swap="outerHTML"><a href="/bulletins/${d.id}?pool=1#pool">显示未入选的文章</a></div>`;

  const log = got.changes.length
    ? html`<details class="log"><summary>修改记录（${got.changes.length}）</summary><ol>${got.changes.map(changeItem)}</ol></details>`
    : '';

  return html`<link rel="stylesheet" href="/static/bulletin-editor.css">
<div class="editor" data-bulletin="${d.id}" data-version="${d.version}">
${status}
<p class="period">${d.from} 至 ${d.to}${d.edition ? `，${d.edition}` : ''}</p>
${stepNotice(state, got.changes.at(-1), c.get('actor').id)}
${got.sentBack ? html`<p class="sent-back" role="status">${sentBackLine(got.sentBack)}改好后再提交审核。</p>` : ''}
${got.resubmitted ? reworked(got.resubmitted) : ''}
<div id="editor-alert" class="error" role="alert"${state.alert ? '' : ' hidden'}>${state.alert ?? ''}</div>
<div class="editor-grid">
  <div class="editor-main">
    ${cover}
    ${highlights}
    ${editable ? html`<p class="hint">拖动 ⠿ 调整顺序或换栏目；也可用每条下方的 ↑ ↓ 和“移到”菜单（键盘可用）。</p>` : ''}
    ${d.sections.length > 1 ? sectionIndex(d, editable) : ''}
    ${sections}
    ${pool}
    ${log}
  </div>
  <aside class="editor-preview" aria-label="预览">
    <h2>预览</h2>
    <iframe id="preview" src="/bulletins/${d.id}/preview?v=${d.version}" sandbox title="HTML 预览" loading="lazy"></iframe>
  </aside>
</div>
</div>
${editable ? html`<script src="/static/sortable.min.js" defer></script><script src="/static/bulletin-editor.js" defer></script>` : ''}`;
}

/** One entry: read-only, or with its summary form and the move buttons (and 原文已更新 with a refresh when its article changed). */
function entry(c: Context<WebEnv>, d: IssueDraft, e: Entry, index: number, count: number, editable: boolean, newsroom: boolean, kept: string | null, outdated: boolean, again: 'up' | 'down' | null): Html {
  const action = `/bulletins/${d.id}/edit`;
  const head = html`<div class="entry-head">${editable ? html`<span class="handle" title="拖动以移动" aria-hidden="true">⠿</span>` : ''}
    <a class="title" href="/articles/${e.articleId}">${e.title || '（无标题）'}</a></div>
  <div class="meta"><span>${e.source}</span>${e.date ? html` <span>${e.date}</span>` : ''} ${newsroom ? html`<span class="score" title="重要性">${e.score.toFixed(2)}</span> <span class="id">#${e.articleId}</span>` : ''}
    ${e.alsoSeen.length ? html`<span>另见 ${e.alsoSeen.length} 篇</span>` : ''}</div>`;
  if (!editable) return html`<li class="entry" id="entry-${e.articleId}">${head}${e.summary ? html`<p class="summary">${e.summary}</p>` : ''}</li>`;
  const summary = kept ?? e.summary ?? '';
  return html`<li class="entry" id="entry-${e.articleId}" data-id="${e.articleId}">
  ${head}
  ${outdated
    ? html`<form class="outdated" method="post" action="${action}">${editFields(c, d)}<input type="hidden" name="op" value="refresh"><input type="hidden" name="articleId" value="${e.articleId}">
    <span>原文已更新</span> <button type="submit" title="标题、正文和摘要按文章现在的内容刷新（本条自写的摘要将被替换）">按原文刷新</button></form>`
    : ''}
  <form class="summary-form" method="post" action="${action}">${editFields(c, d)}<input type="hidden" name="op" value="summary"><input type="hidden" name="articleId" value="${e.articleId}">
    <label for="summary-${e.articleId}">摘要</label>
    <textarea id="summary-${e.articleId}" name="text" rows="2"${kept !== null ? html` class="kept"` : ''}>${summary}</textarea>
    <button type="submit">保存摘要</button></form>
  <form class="entry-actions" method="post" action="${action}">${editFields(c, d)}<input type="hidden" name="articleId" value="${e.articleId}">
    <button name="op" value="up" aria-label="上移 #${e.articleId}"${index === 0 ? ' disabled' : again === 'up' ? ' autofocus' : ''}>↑</button>
    <button name="op" value="down" aria-label="下移 #${e.articleId}"${index === count - 1 ? ' disabled' : again === 'down' ? ' autofocus' : ''}>↓</button>
    <label>移到 <select name="section">${targets(d).map((t) => html`<option${t === e.section ? ' selected' : ''}>${t}</option>`)}</select></label>
    <input name="newName" size="8" placeholder="或新栏目名" aria-label="新栏目名">
    <button name="op" value="move">移动</button>
    <button name="op" value="drop" class="danger">撤下</button>
  </form>
</li>`;
}

/** The left-out pool: the period's articles the bulletin does not print, best first, each with an add form. */
export function leftOutPool(c: Context<WebEnv>, d: IssueDraft, leftOut: LeftOut[]): Html {
  if (!leftOut.length) return html`<section class="pool" id="pool"><h2>未入选</h2><p class="empty">本期时段的文章都已入选。</p></section>`;
  return html`<section class="pool" id="pool" aria-labelledby="pool-h"><h2 id="pool-h">未入选（按重要性，前 ${leftOut.length} 篇）</h2>
  <ol class="pool-items">${leftOut.map((p) => leftOutItem(c, d, p))}</ol></section>`;
}

/** One left-out article with its add form (to its predicted section unless another is chosen). */
function leftOutItem(c: Context<WebEnv>, d: IssueDraft, p: LeftOut): Html {
  return html`<li class="pool-item">
  <div class="entry-head"><a class="title" href="/articles/${p.articleId}">${p.title || '（无标题）'}</a></div>
  <div class="meta"><span>${p.source}</span>${p.date ? html` <span>${p.date}</span>` : ''} <span class="score" title="重要性">${p.score.toFixed(2)}</span> <span class="section">预测：${p.section}</span> <span class="id">#${p.articleId}</span></div>
  <p class="summary">${p.summary ?? p.excerpt}</p>
  <form method="post" action="/bulletins/${d.id}/edit">${editFields(c, d)}<input type="hidden" name="op" value="add"><input type="hidden" name="articleId" value="${p.articleId}">
    <label>加入 <select name="section">${targets(d).map((t) => html`<option${t === p.section ? ' selected' : ''}>${t}</option>`)}</select></label>
    <button type="submit">加入本期</button></form>
</li>`;
}

/**
 * Links to each section (and the left-out pool): a long bulletin is hundreds of entries and, by keyboard, a dozen
 * stops each, so the way to a section is one link rather than scrolling or tabbing through the ones before it.
 */
function sectionIndex(d: IssueDraft, editable: boolean): Html {
  return html`<nav class="section-index" aria-label="栏目">${d.sections.map((s, n) => html`<a href="#sec-${n}">${s.name} <span class="count">${s.entries.length}</span></a>`)}${editable ? html`<a href="#pool">未入选</a>` : ''}</nav>`;
}

/** Who sent the bulletin back, when, and their note. */
function sentBackLine(back: SentBack): Html {
  return html`${back.who} 于 ${shortTime(back.at)} 退回修改${back.note ? html`：<q>${back.note}</q>` : '（未附意见）'}。`;
}

/** On a bulletin submitted again: its last send-back and what the editors changed since, for the chief editor to check. */
function reworked(r: SentBack & { edits: IssueChange[] }): Html {
  return html`<div class="sent-back reworked" role="status"><p>${sentBackLine(r)}${r.edits.length ? `此后的修改（${r.edits.length} 处）：` : '此后没有修改，原样重新提交。'}</p>
  ${r.edits.length ? html`<ol>${r.edits.map(changeItem)}</ol>` : ''}</div>`;
}

/** One line of the edit log: when, who, what kind of change, its detail. */
function changeItem(ch: IssueChange): Html {
  return html`<li><time>${shortTime(ch.at)}</time> ${ch.who} <b>${changeLabel(ch.what)}</b> ${ch.detail}</li>`;
}

/** After 撤销, 重做, a save or a status move, what it did, worded from the change log (never from the address). */
function stepNotice(state: EditorState, last: IssueChange | undefined, me: string): Html | string {
  if (state.undone && last?.what === 'undo') return html`<p class="notice" role="status">已撤销：${last.detail.replace(/^撤销 /, '')}</p>`;
  if (state.redone && last?.what === 'redo') return html`<p class="notice" role="status">已重做：${last.detail.replace(/^重做 /, '')}</p>`;
  if (!state.saved || last?.who !== me) return '';
  const moved = MOVED[last.what];
  const merged = state.merged ? '。期间其他编辑的修改都已保留，本页已是最新版本' : '';
  return html`<p class="notice" role="status">${moved ?? html`已保存：${changeLabel(last.what)} ${last.detail}${merged}`}</p>`;
}

import { Hono, type Context } from 'hono';
import { html } from 'hono/html';
import {
  JianbaoError, authorize, can, changeLabel, houseSections, invalidInput,
  type BulletinEdit, type Format, type IssueDraft, type Jianbao,
} from '../../core/index.js';
import type { WebEnv } from '../env.js';
import { csrfField, page } from '../layout.js';
import { shownMessage } from '../errors.js';
import { nameList } from '../lists.js';
import { bulletinEditor, leftOutPool, type EditorState, type KeptInput } from '../views/bulletin-editor.js';
import { bulletinList, issueName } from '../views/bulletin-list.js';

type Form = Record<string, string | File | (string | File)[]>;

const TYPES: Record<Format, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  html: 'text/html; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
};

/**
 * The preview's own policy: the rendered bulletin is one self-contained page with inline CSS and no script, shown
 * in a sandboxed frame of the editor page, so it may style itself and be framed by us, and nothing else.
 */
const PREVIEW_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'; sandbox";

/** /bulletins: the 编辑部 list and compose form, the editor of one bulletin, its preview and downloads, edits and status moves. */
export function bulletinRoutes(jianbao: Jianbao): Hono<WebEnv> {
  const app = new Hono<WebEnv>();
  const b = jianbao.bulletins;

  app.get('/', async (c) => {
    const actor = c.get('actor');
    const [drafts, editions] = await Promise.all([b.list(actor), can(actor, 'drafts.write') ? jianbao.editions.list(actor) : []]);
    const saved = c.req.query('edition');
    return page(c, { title: can(actor, 'drafts.read') ? '编辑部' : '简报', body: bulletinList(c, drafts, editions, saved && editions.some((e) => e.name === saved) ? saved : undefined) });
  });

  app.post('/editions', async (c) => {
    const form = await c.req.parseBody();
    const names = (name: string) => nameList(text(form, name));
    const edition = await jianbao.editions.save(c.get('actor'), {
      name: text(form, 'name'), tags: names('tags'), entities: names('entities'), regions: names('regions'), sections: names('sections'), coverLine: text(form, 'coverLine') || null,
    });
    return c.redirect(`/bulletins?edition=${encodeURIComponent(edition.name)}#editions`, 303);
  });

  app.post('/', async (c) => {
    const form = await c.req.parseBody();
    const max = text(form, 'maxPerSection');
    const edition = text(form, 'edition');
    const { id } = await b.compose(c.get('actor'), {
      from: text(form, 'from'), to: text(form, 'to'), ...(edition ? { edition } : {}), ...(max ? { maxPerSection: Number(max) } : {}),
    });
    return c.redirect(`/bulletins/${id}`, 303);
  });

  app.get('/:id{[0-9]+}', async (c) =>
    editorPage(c, jianbao, Number(c.req.param('id')), {
      withPool: c.req.query('pool') === '1', undone: c.req.query('undone') === '1', redone: c.req.query('redone') === '1', saved: c.req.query('saved') === '1',
      merged: c.req.query('merged') === '1',
      again: againOf(c.req.query('again'), Number(c.req.query('entry'))),
    }),
  );

  // The left-out pool as a fragment, loaded by the editor page after it is shown.
  app.get('/:id{[0-9]+}/pool', async (c) => {
    const actor = c.get('actor');
    authorize(actor, 'drafts.write', 'add to bulletins');
    const id = Number(c.req.param('id'));
    const { bulletin, leftOut } = await b.leftOutPool(actor, id, { limit: POOL_SHOWN });
    return c.html(leftOutPool(c, bulletin, leftOut));
  });

  app.get('/:id{[0-9]+}/preview', async (c) => {
    const bytes = await b.render(c.get('actor'), Number(c.req.param('id')), 'html');
    return c.body(bytes.slice().buffer, 200, { 'Content-Type': TYPES.html, 'Content-Security-Policy': PREVIEW_CSP, 'X-Frame-Options': 'SAMEORIGIN' });
  });

  app.get('/:id{[0-9]+}/download/:format', async (c) => {
    const format = c.req.param('format') as Format;
    const id = Number(c.req.param('id'));
    const { bulletin, bytes } = await b.file(c.get('actor'), id, format);
    const name = `${issueName(bulletin)}.${format}`;
    return c.body(bytes.slice().buffer, 200, {
      'Content-Type': TYPES[format],
      'Content-Disposition': `attachment; filename="bulletin-${id}.${format}"; filename*=UTF-8''${encodeURIComponent(name)}`,
    });
  });

  app.post('/:id{[0-9]+}/edit', async (c) => {
    const id = Number(c.req.param('id'));
    const actor = c.get('actor');
    // Refused before the bulletin is read: a reader's edit is forbidden, not a question of which issues exist.
    authorize(actor, 'drafts.write', 'edit bulletins');
    const form = await c.req.parseBody();
    const wantsJson = (c.req.header('Accept') ?? '').includes('application/json');
    const bulletin = await b.read(actor, id);
    const edit = editOf(form, bulletin);
    if (edit === 'unchanged') return wantsJson ? c.json({ version: bulletin.version }) : c.redirect(`/bulletins/${id}`, 303);
    if ((edit.op === 'move' || edit.op === 'add') && edit.section && !edit.newSection && !knownSection(bulletin, edit.section)) {
      if (wantsJson) return c.json({ error: `栏目「${edit.section}」不存在，请先确认新建` }, 400);
      return page(c, { title: '新建栏目？', body: confirmNewSection(c, id, form, edit.section) });
    }
    try {
      const done = await b.edit(actor, id, edit);
      // Saved on top of others' changes made since the page was read: the script shows them (reloads), the page says so.
      const merged = done.mergedWith.length ? `已保存，并保留了 ${done.mergedWith.join('、')} 在此期间的修改。` : null;
      if (wantsJson) return c.json({ version: done.version, what: done.what, ...(merged ? { merged } : {}) });
      const anchor = 'articleId' in edit ? `#entry-${edit.articleId}` : '';
      const flag = merged ? '&merged=1' : '';
      // ↑/↓ by keyboard: the page after it has the same button focused (which scrolls to it; a #fragment would keep
      // the browser from focusing), so Enter moves the entry on.
      const step = text(form, 'op');
      if ((step === 'up' || step === 'down') && 'articleId' in edit) return c.redirect(`/bulletins/${id}?saved=1${flag}&again=${step}&entry=${edit.articleId}`, 303);
      return c.redirect(`/bulletins/${id}?saved=1${flag}${anchor}`, 303);
    } catch (err) {
      if (!(err instanceof JianbaoError) || err.kind !== 'conflict') throw err;
      // The script's drag keeps no text, and its page stays as it was: the reload is what to do.
      const message = await conflictMessage(jianbao, c, id, err, !wantsJson);
      if (wantsJson) return c.json({ error: message }, 409);
      return editorPage(c, jianbao, id, { alert: message, kept: keptOf(edit) }, 409);
    }
  });

  // 撤销 and 重做: the bulletin's last edit taken back, or the last undone made again, at the version the page was
  // read at (a stale page is told, nothing changed).
  for (const step of ['undo', 'redo'] as const) {
    app.post(`/:id{[0-9]+}/${step}`, async (c) => {
      const id = Number(c.req.param('id'));
      const form = await c.req.parseBody();
      const version = Number(text(form, 'version')) || undefined;
      try {
        await b[step](c.get('actor'), id, version ? { version } : {});
        // No text in the address (a crafted link could show its own): the page words the notice from the change log.
        return c.redirect(`/bulletins/${id}?${step === 'undo' ? 'undone' : 'redone'}=1`, 303);
      } catch (err) {
        if (!(err instanceof JianbaoError) || err.kind !== 'conflict') throw err;
        return editorPage(c, jianbao, id, { alert: await conflictMessage(jianbao, c, id, err, true, version) }, 409);
      }
    });
  }

  app.post('/:id{[0-9]+}/status', async (c) => {
    const id = Number(c.req.param('id'));
    const form = await c.req.parseBody();
    const act = text(form, 'act');
    const version = Number(text(form, 'version')) || undefined;
    const note = text(form, 'note');
    if (act !== 'submit' && act !== 'approve' && act !== 'reject') throw invalidInput('act', `没有这个操作：${act} (unknown action ${act})`);
    try {
      await b[act](c.get('actor'), id, { ...(version ? { version } : {}), ...(note ? { note } : {}) });
    } catch (err) {
      if (!(err instanceof JianbaoError) || err.kind !== 'conflict') throw err;
      return editorPage(c, jianbao, id, { alert: await conflictMessage(jianbao, c, id, err, true, version) }, 409);
    }
    return c.redirect(`/bulletins/${id}?saved=1`, 303);
  });

  return app;
}

/** How many left-out articles the editor shows. */
const POOL_SHOWN = 50;

/** The editor (or a reader's read-only view) of one bulletin; the left-out pool inline only when asked (no JavaScript). */
async function editorPage(c: Context<WebEnv>, jianbao: Jianbao, id: number, state: Omit<EditorState, 'leftOut'> & { withPool?: boolean }, status = 200) {
  const actor = c.get('actor');
  const got = await jianbao.bulletins.get(actor, id);
  jianbao.bulletins.warmForSignOff(actor, got.bulletin);
  const pool = state.withPool && got.bulletin.status !== 'published' && can(actor, 'drafts.write');
  const leftOut = pool ? await jianbao.bulletins.leftOut(actor, id, { limit: POOL_SHOWN }) : null;
  c.status(status as 200);
  return page(c, { title: issueName(got.bulletin), nav: '/bulletins', body: bulletinEditor(c, got, { ...state, leftOut }) });
}

/**
 * A refused save in the user's words: who changed it first is in the log; what they typed stays in the form
 * (`kept`), or, for the editor script's move, the page is to be reloaded.
 */
async function conflictMessage(jianbao: Jianbao, c: Context<WebEnv>, id: number, err: JianbaoError, kept = true, read?: number): Promise<string> {
  const { bulletin, changes } = await jianbao.bulletins.get(c.get('actor'), id);
  if (bulletin.status === 'published') return '本期已签发，不能再修改。';
  if (/changed by someone else/.test(err.problem)) {
    const then = kept ? '你填写的内容保留在下面，请对照最新版本后重新保存。' : '请刷新本页，看过最新版本后再移动。';
    // Who moved it on since the page was read (an undo or status move from a stale page), as the log says.
    const since = read === undefined ? [] : changes.filter((ch) => ch.version !== undefined && ch.version > read);
    const who = since.length ? `：${[...new Set(since.map((ch) => `${ch.who} ${changeLabel(ch.what)}`))].slice(-3).join('、')}` : '';
    return `另一位编辑已修改本期简报（现为第 ${bulletin.version} 版${who}），你的修改没有保存。${then}`;
  }
  // Checked against what changed since the page was read: the core names who changed what.
  if (/conflicts with a change made since/.test(err.problem)) {
    return `${shownMessage(c, err, false)}。${kept ? '你填写的内容保留在下面，请对照最新版本后重新保存。' : '请刷新本页，看过最新版本后再移动。'}`;
  }
  return `操作未完成：${shownMessage(c, err, false)}`;
}

/** A form field as trimmed text ('' when absent). */
function text(form: Form, name: string): string {
  const v = form[name];
  return typeof v === 'string' ? v.trim() : '';
}

/** A section the bulletin has or the house knows: anything else is a new section, which the editor confirms first. */
function knownSection(d: IssueDraft, name: string): boolean {
  return d.sections.some((s) => s.name === name) || houseSections().includes(name);
}

/** The core edit a posted editor form asks for; ↑/↓ become moves before the neighbour. */
function editOf(form: Form, d: IssueDraft): BulletinEdit | 'unchanged' {
  const op = text(form, 'op');
  const articleId = Number(text(form, 'articleId'));
  const version = Number(text(form, 'version')) || undefined;
  const newSection = text(form, 'newSection') === '1' ? { newSection: true } : {};
  const withVersion = <T extends object>(e: T) => ({ ...e, ...(version ? { version } : {}) }) as unknown as BulletinEdit;
  const raw = typeof form.text === 'string' ? form.text : '';
  switch (op) {
    case 'cover': return withVersion({ op, text: raw });
    case 'highlights': return withVersion({ op, lines: (typeof form.lines === 'string' ? form.lines : '').split(/\r?\n/) });
    case 'summary': return withVersion({ op, articleId, text: raw });
    case 'drop': return withVersion({ op, articleId });
    case 'refresh': return withVersion({ op, articleId });
    case 'add': return withVersion({ op, articleId, section: text(form, 'section') || undefined, ...newSection });
    case 'move': {
      const section = text(form, 'newName') || text(form, 'section');
      const before = Number(text(form, 'before')) || undefined;
      // The menu still showing the entry's own section: nothing to move.
      if (!before && d.sections.find((s) => s.name === section)?.entries.some((e) => e.articleId === articleId)) return 'unchanged';
      return withVersion({ op, articleId, section, ...(before ? { before } : {}), ...newSection });
    }
    case 'dropSection': {
      // A whole section out (a client's edition without it) is the plan of the other sections: one edit, one undo.
      const section = text(form, 'section');
      if (!d.sections.some((s) => s.name === section)) throw invalidInput('section', `本期没有「${section}」栏目 (no such section)`);
      const sections = d.sections.filter((s) => s.name !== section).map((s) => ({ name: s.name, entries: s.entries.map((e) => e.articleId) }));
      return withVersion({ op: 'plan', plan: JSON.stringify({ sections }), name: `撤下栏目「${section}」` });
    }
    case 'up': case 'down': {
      const s = d.sections.find((x) => x.entries.some((e) => e.articleId === articleId));
      if (!s) throw invalidInput(`article ${articleId}`, `不在第 ${d.id} 期中 (not in issue ${d.id})`);
      const i = s.entries.findIndex((e) => e.articleId === articleId);
      const j = op === 'up' ? i - 1 : i + 2;
      if (op === 'up' && i === 0) return 'unchanged';
      if (op === 'down' && i === s.entries.length - 1) return 'unchanged';
      const before = s.entries[j]?.articleId;
      return withVersion({ op: 'move', articleId, section: s.name, ...(before ? { before } : {}) });
    }
    default: throw invalidInput('op', `没有这种编辑操作：${op} (unknown edit ${op})`);
  }
}

/** The ↑/↓ button to focus again after a move by it, when the address names one. */
function againOf(step: string | undefined, articleId: number): EditorState['again'] {
  return (step === 'up' || step === 'down') && Number.isInteger(articleId) && articleId > 0 ? { op: step, articleId } : undefined;
}

/** What to put back into the form after a refused save. */
function keptOf(e: BulletinEdit): KeptInput | undefined {
  if (e.op === 'summary') return { op: 'summary', articleId: e.articleId, text: e.text };
  if (e.op === 'cover') return { op: 'cover', text: e.text };
  if (e.op === 'highlights') return { op: 'highlights', text: e.lines.join('\n') };
  return undefined;
}

/** "Moving to a section that does not exist asks first": the same form again, with newSection, or back. */
function confirmNewSection(c: Context<WebEnv>, id: number, form: Form, section: string) {
  const fields = ['op', 'articleId', 'version', 'before', 'section', 'newName'].filter((k) => text(form, k));
  return html`<p>本期没有「${section}」栏目，它也不是常设栏目。要新建这个栏目吗？</p>
<form method="post" action="/bulletins/${id}/edit" class="confirm">
  ${csrfField(c)}${fields.map((k) => html`<input type="hidden" name="${k}" value="${text(form, k)}">`)}
  <input type="hidden" name="newSection" value="1">
  <button type="submit" class="primary">新建栏目「${section}」并移入</button>
  <a href="/bulletins/${id}">取消</a>
</form>`;
}

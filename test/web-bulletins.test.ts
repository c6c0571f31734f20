import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openJianbao, resolveConfig, type Actor, type Jianbao } from '../src/core/index.js';
import { openStore } from '../src/store/open.js';
import { createApp } from '../src/web/app.js';
import { BACKENDS } from './backends.js';
import { composeStore } from './compose-fixture.js';

const admin: Actor = { id: 'setup', role: 'admin' };
const PASSWORD = 'correct horse battery';
const XSS = '<img src=x onerror=alert(1)>';

/** A logged-in browser as app.request sees it: its cookie and CSRF token. */
interface Client {
  get(path: string): Promise<Response>;
  post(path: string, fields: Record<string, string>, headers?: Record<string, string>): Promise<Response>;
}

async function login(app: ReturnType<typeof createApp>, name: string): Promise<Client> {
  const r = await app.request('/login', { method: 'POST', body: new URLSearchParams({ username: name, password: PASSWORD }), headers: { 'Content-Type': 'application/x-www-form-urlencoded' } });
  expect(r.status).toBe(303);
  const cookie = r.headers.get('Set-Cookie')!.split(';')[0];
  const home = await app.request('/bulletins', { headers: { Cookie: cookie } });
  const csrf = /<meta name="csrf-token" content="([^"]+)">/.exec(await home.text())![1];
  return {
    get: async (path) => app.request(path, { headers: { Cookie: cookie } }),
    post: async (path, fields, headers = {}) =>
      app.request(path, {
        method: 'POST', body: new URLSearchParams({ _csrf: csrf, ...fields }),
        headers: { Cookie: cookie, 'Content-Type': 'application/x-www-form-urlencoded', ...headers },
      }),
  };
}

/** The text of a textarea or the value of an input in a page, by id. */
function field(page: string, id: string): string {
  const area = new RegExp(`<textarea id="${id}"[^>]*>([^<]*)</textarea>`).exec(page);
  if (area) return area[1];
  return new RegExp(`<input id="${id}" name="[^"]+" value="([^"]*)"`).exec(page)?.[1] ?? '';
}

describe.each(BACKENDS)('the 编辑部 pages on $name', (backend) => {
  let jianbao: Jianbao;
  let app: ReturnType<typeof createApp>;
  let editorA: Client, editorB: Client, chief: Client, reader: Client, chipReader: Client;
  let id = 0;

  beforeAll(async () => {
    const location = await backend.migrated();
    await composeStore(location);
    const store = await openStore(location);
    await store.sources.storeWebArticle({
      sourceId: null, section: null, title: XSS, body: '工业和信息化部发布通知，推动5G应用规模化发展。\n\n通知提出，到2023年每万人拥有5G基站数超过18个。',
      url: 'https://news.example.cn/x.html', canonicalUrl: 'https://news.example.cn/x.html', dedupKey: 'news.example.cn/x.html',
      publishedAt: '2021-10-18T09:00:00+08:00', fetchedAt: '2021-10-18T02:00:00Z', author: null, outlet: '示例新闻网',
    });
    await store.close();
    jianbao = await openJianbao(resolveConfig({ flags: { store: location } }));
    for (const [name, role, edition] of [['编辑甲', 'editor'], ['编辑乙', 'editor'], ['主编', 'chief'], ['读者', 'reader'], ['芯片客户', 'reader', '芯片版']] as const) {
      await jianbao.users.add(admin, { name, role, password: PASSWORD, ...(edition ? { edition } : {}) });
    }
    app = createApp(jianbao);
    [editorA, editorB, chief, reader, chipReader] = await Promise.all(['编辑甲', '编辑乙', '主编', '读者', '芯片客户'].map((n) => login(app, n)));
    const r = await editorA.post('/bulletins', { from: '2021-10-15', to: '2021-10-21', maxPerSection: '3' });
    expect(r.status).toBe(303);
    id = Number(/\/bulletins\/(\d+)$/.exec(r.headers.get('Location')!)![1]);
  });
  afterAll(async () => jianbao?.close());

  it('shows the editor: sections, entries, the left-out pool, status, preview and downloads, all text escaped', async () => {
    const page = await (await editorA.get(`/bulletins/${id}`)).text();
    const { bulletin } = await jianbao.bulletins.get(admin, id);
    for (const s of bulletin.sections) expect(page).toContain(`data-section="${s.name}"`);
    for (const e of bulletin.sections.flatMap((s) => s.entries)) expect(page).toContain(`id="entry-${e.articleId}"`);
    // Each section is one link away, with its count (a long bulletin is hundreds of entries).
    expect(bulletin.sections.length).toBeGreaterThan(1);
    bulletin.sections.forEach((s, n) => {
      expect(page).toContain(`<a href="#sec-${n}">${s.name} <span class="count">${s.entries.length}</span></a>`);
      expect(page).toContain(`<h2 id="sec-${n}">${s.name} `);
    });
    // The left-out pool loads after the page (htmx), or inline from a plain link.
    expect(page).toContain(`hx-get="/bulletins/${id}/pool" hx-trigger="load"`);
    expect(page).toContain(`<a href="/bulletins/${id}?pool=1#pool">`);
    const pool = await (await editorA.get(`/bulletins/${id}/pool`)).text();
    expect(pool).toMatch(/^<section class="pool" id="pool"/);
    expect((await editorA.get(`/bulletins/${id}?pool=1`)).status).toBe(200);
    expect(await (await editorA.get(`/bulletins/${id}?pool=1`)).text()).toContain(pool);
    expect((await reader.get(`/bulletins/${id}/pool`)).status).toBe(403);
    expect(page).toContain('<span class="status status-draft">草稿</span>');
    expect(page).toContain('<button name="act" value="submit">提交审核</button>');
    expect(page).not.toContain('value="approve"');
    expect(page).toMatch(/<iframe id="preview" src="\/bulletins\/\d+\/preview\?v=1" sandbox /);
    for (const f of ['pdf', 'docx', 'html', 'md']) expect(page).toContain(`/bulletins/${id}/download/${f}`);
    // The web article's title is in the pool or the issue as text, never as markup.
    expect(page + pool).not.toContain(XSS);
    expect(page + pool).toContain('&lt;img src=x onerror=alert(1)&gt;');

    const preview = await editorA.get(`/bulletins/${id}/preview`);
    expect(preview.headers.get('Content-Security-Policy')).toContain("frame-ancestors 'self'; sandbox");
    expect(preview.headers.get('X-Frame-Options')).toBe('SAMEORIGIN');
    expect(await preview.text()).toContain(bulletin.sections[0].entries[0].title);
    expect((await editorA.get(`/bulletins/${id}`)).headers.get('X-Frame-Options')).toBe('DENY');
  });

  it('refuses the second of two editors changing the same field from the same version, saying who and what, their text kept', async () => {
    const [pageA, pageB] = await Promise.all([editorA.get(`/bulletins/${id}`), editorB.get(`/bulletins/${id}`)]);
    const version = /name="version" value="(\d+)"/.exec(await pageA.text())![1];
    expect(/name="version" value="(\d+)"/.exec(await pageB.text())![1]).toBe(version);
    const article = String((await jianbao.bulletins.get(admin, id)).bulletin.sections[0].entries[0].articleId);

    const a = await editorA.post(`/bulletins/${id}/edit`, { op: 'summary', articleId: article, text: '编辑甲写的摘要', version });
    expect(a.status).toBe(303);
    const b = await editorB.post(`/bulletins/${id}/edit`, { op: 'summary', articleId: article, text: '编辑乙写的另一段摘要', version });
    expect(b.status).toBe(409);
    const page = await b.text();
    expect(page).toContain(`你打开之后，编辑甲 改了同一处（第 ${Number(version) + 1} 版：摘要 #${article}：编辑甲写的摘要），你的修改没有保存。你填写的内容保留在下面`);
    expect(field(page, `summary-${article}`)).toBe('编辑乙写的另一段摘要');
    expect(page).toContain(`name="version" value="${Number(version) + 1}"`);
    const stored = (await jianbao.bulletins.get(admin, id)).bulletin.sections[0].entries[0];
    expect(stored.summary).toBe('编辑甲写的摘要');

    // The cover line is another field: B's save from the same page applies on top of A's, and says so.
    const cover = await editorB.post(`/bulletins/${id}/edit`, { op: 'cover', text: '乙的封面语', version });
    expect(cover.status).toBe(303);
    expect(cover.headers.get('Location')).toBe(`/bulletins/${id}?saved=1&merged=1`);
    expect(await (await editorB.get(cover.headers.get('Location')!)).text()).toContain('已保存：封面语 乙的封面语。期间其他编辑的修改都已保留');
    const both = (await jianbao.bulletins.get(admin, id)).bulletin;
    expect([both.coverLine, both.sections[0].entries[0].summary, both.version]).toEqual(['乙的封面语', '编辑甲写的摘要', Number(version) + 2]);
    // …and a second cover line from A's page, read before B's, is the same field: refused, B's kept.
    const again = await editorA.post(`/bulletins/${id}/edit`, { op: 'cover', text: '甲的封面语', version });
    expect(again.status).toBe(409);
    expect(await again.text()).toContain(`编辑乙 改了同一处（第 ${Number(version) + 2} 版：封面语 乙的封面语）`);
    expect((await jianbao.bulletins.get(admin, id)).bulletin.coverLine).toBe('乙的封面语');
  });

  it('reorders without JavaScript (↑ ↓, 移到) and by the drag-and-drop call, and asks before a new section', async () => {
    let d = (await jianbao.bulletins.get(admin, id)).bulletin;
    const [first, second] = d.sections[0].entries.map((e) => String(e.articleId));
    const down = await editorA.post(`/bulletins/${id}/edit`, { op: 'down', articleId: first, version: String(d.version) });
    expect(down.status).toBe(303);
    // The page after it has the ↓ just used focused again, so Enter moves the entry on (by keyboard alone).
    expect(down.headers.get('Location')).toBe(`/bulletins/${id}?saved=1&again=down&entry=${first}`);
    const focused = await (await editorA.get(down.headers.get('Location')!)).text();
    expect(focused).toContain(`aria-label="下移 #${first}" autofocus>`);
    expect(focused.match(/ autofocus>/g)).toHaveLength(1);
    d = (await jianbao.bulletins.get(admin, id)).bulletin;
    expect(d.sections[0].entries.map(String).length).toBeGreaterThan(1);
    expect(d.sections[0].entries.slice(0, 2).map((e) => String(e.articleId))).toEqual([second, first]);
    expect((await editorA.post(`/bulletins/${id}/edit`, { op: 'up', articleId: first, version: String(d.version) })).status).toBe(303);
    d = (await jianbao.bulletins.get(admin, id)).bulletin;
    expect(d.sections[0].entries.slice(0, 2).map((e) => String(e.articleId))).toEqual([first, second]);

    // What the client script sends on a drop: JSON back with the new version.
    const target = d.sections[1];
    const drop = await editorA.post(
      `/bulletins/${id}/edit`,
      { op: 'move', articleId: first, section: target.name, before: String(target.entries[0].articleId), version: String(d.version) },
      { Accept: 'application/json' },
    );
    expect(await drop.json()).toEqual({ version: d.version + 1, what: 'move' });
    const stale = await editorA.post(`/bulletins/${id}/edit`, { op: 'move', articleId: first, section: d.sections[0].name, version: String(d.version) }, { Accept: 'application/json' });
    expect(stale.status).toBe(409);
    expect((await stale.json()).error).toBe(`你打开之后，编辑甲 改了同一处（第 ${d.version + 1} 版：移动 #${first} ${d.sections[0].entries[0].title} 到「${target.name}」，排在 #${target.entries[0].articleId} 之前），你的修改没有保存。请刷新本页，看过最新版本后再移动。`);
    d = (await jianbao.bulletins.get(admin, id)).bulletin;
    expect(d.sections[1].entries[0].articleId).toBe(Number(first));
    // The change log says it in zh-CN: which article, where to, before which.
    const moved = d.sections[1].entries[0];
    expect(await (await editorA.get(`/bulletins/${id}`)).text()).toContain(`<b>移动</b> #${first} ${moved.title} 到「${target.name}」，排在 #${target.entries[0].articleId} 之前</li>`);

    const ask = await editorA.post(`/bulletins/${id}/edit`, { op: 'move', articleId: first, section: d.sections[0].name, newName: '专题', version: String(d.version) });
    expect(ask.status).toBe(200);
    const confirm = await ask.text();
    expect(confirm).toContain('要新建这个栏目吗');
    expect(confirm).toContain('<input type="hidden" name="newSection" value="1">');
    expect((await jianbao.bulletins.get(admin, id)).bulletin.version).toBe(d.version);
    const fields = Object.fromEntries([...confirm.matchAll(/<input type="hidden" name="(\w+)" value="([^"]*)">/g)].map((m) => [m[1], m[2]]));
    expect((await editorA.post(`/bulletins/${id}/edit`, fields)).status).toBe(303);
    expect((await jianbao.bulletins.get(admin, id)).bulletin.sections.at(-1)).toMatchObject({ name: '专题', entries: [{ articleId: Number(first) }] });
  });

  it('adds from the left-out pool and edits 本期要点', async () => {
    const pool = await jianbao.bulletins.leftOut(admin, id);
    const d = (await jianbao.bulletins.get(admin, id)).bulletin;
    const pick = pool[0];
    expect((await editorA.post(`/bulletins/${id}/edit`, { op: 'add', articleId: String(pick.articleId), section: pick.section, version: String(d.version) })).status).toBe(303);
    expect((await jianbao.bulletins.get(admin, id)).bulletin.sections.find((s) => s.name === pick.section)!.entries.at(-1)!.articleId).toBe(pick.articleId);
    const r = await editorA.post(`/bulletins/${id}/edit`, { op: 'highlights', lines: '第一条要点\r\n第二条要点', version: String(d.version + 1) });
    expect(r.status).toBe(303);
    expect((await jianbao.bulletins.get(admin, id)).bulletin.highlights).toEqual(['第一条要点', '第二条要点']);
  });

  it('撤销上一步 takes the last edit back as a new version (with the CSRF token, at the page’s version)', async () => {
    const d = (await jianbao.bulletins.get(admin, id)).bulletin;
    expect((await editorA.post(`/bulletins/${id}/edit`, { op: 'cover', text: '误写的封面语', version: String(d.version) })).status).toBe(303);
    const page = await (await editorA.get(`/bulletins/${id}`)).text();
    expect(page).toContain(`action="/bulletins/${id}/undo"`);
    expect(page).toContain('误写的封面语');
    // Without the token, or from a page read before the edit: nothing is undone.
    expect((await editorA.post(`/bulletins/${id}/undo`, { _csrf: 'forged', version: String(d.version + 1) })).status).toBe(403);
    const stale = await editorB.post(`/bulletins/${id}/undo`, { version: String(d.version) });
    expect(stale.status).toBe(409);
    expect(await stale.text()).toContain(`另一位编辑已修改本期简报（现为第 ${d.version + 1} 版：编辑甲 封面语），你的修改没有保存。`);
    const undo = await editorA.post(`/bulletins/${id}/undo`, { version: String(d.version + 1) });
    expect(undo.status).toBe(303);
    const after = await (await editorA.get(undo.headers.get('Location')!)).text();
    expect(after).toContain('已撤销：封面语 误写的封面语');
    expect(undo.headers.get('Location')).toBe(`/bulletins/${id}?undone=1`);
    // The notice comes from the log, never from the address: a crafted link shows nothing of its own.
    expect(await (await editorA.get(`/bulletins/${id}?undone=${encodeURIComponent('请联系管理员')}`)).text()).not.toContain('请联系管理员');
    expect((await jianbao.bulletins.get(admin, id)).bulletin).toMatchObject({ coverLine: d.coverLine, version: d.version + 2 });
  });

  it('重做 makes the undone edit again (with the CSRF token, at the page’s version); a reader may not', async () => {
    const d = (await jianbao.bulletins.get(admin, id)).bulletin;
    expect((await editorA.post(`/bulletins/${id}/edit`, { op: 'cover', text: '要重做的封面语', version: String(d.version) })).status).toBe(303);
    expect((await editorA.post(`/bulletins/${id}/undo`, { version: String(d.version + 1) })).status).toBe(303);
    const page = await (await editorA.get(`/bulletins/${id}`)).text();
    expect(page).toMatch(new RegExp(`action="/bulletins/${id}/redo"[^]*?<button type="submit" title="[^"]*要重做的封面语">重做</button>`));
    expect((await editorA.post(`/bulletins/${id}/redo`, { _csrf: 'forged', version: String(d.version + 2) })).status).toBe(403);
    expect((await reader.post(`/bulletins/${id}/redo`, { version: String(d.version + 2) })).status).toBe(403);
    expect((await editorA.post(`/bulletins/${id}/redo`, { version: String(d.version + 1) })).status).toBe(409);
    const redo = await editorA.post(`/bulletins/${id}/redo`, { version: String(d.version + 2) });
    expect(redo.headers.get('Location')).toBe(`/bulletins/${id}?redone=1`);
    const after = await (await editorA.get(redo.headers.get('Location')!)).text();
    expect(after).toContain('已重做：封面语 要重做的封面语');
    expect(after).toContain('<button type="submit" disabled title="没有可重做的修改">重做</button>');
    expect((await jianbao.bulletins.get(admin, id)).bulletin).toMatchObject({ coverLine: '要重做的封面语', version: d.version + 3 });
  });

  it('refuses a bad compose form in zh-CN naming the field as the form labels it, no zod English', async () => {
    for (const [fields, shown] of [
      [{ maxPerSection: 'abc' }, '每栏最多应为数字'],
      [{ maxPerSection: '0' }, '每栏最多应大于 0'],
      [{ from: '' }, '请按 YYYY-MM-DD 填写日期'],
    ] as const) {
      const r = await editorA.post('/bulletins', { from: '2021-10-15', to: '2021-10-21', ...fields });
      expect(r.status).toBe(400);
      const alert = /<p class="error" role="alert">([^<]*)<\/p>/.exec(await r.text())![1];
      expect(alert).toBe(shown);
    }
  });

  it('three editors on one page version: edits of other entries and fields apply on top, true conflicts say who and what; undo takes back only the last', async () => {
    const d = (await jianbao.bulletins.get(admin, id)).bulletin;
    const v = String(d.version);
    const [s0, s1] = d.sections;
    const [x, y] = s0.entries.map((e) => e.articleId);
    const z = s1.entries[0].articleId;
    // 甲 writes x's summary, 乙 moves y to the second section, 主编 drops z: all from the page read at v.
    expect((await editorA.post(`/bulletins/${id}/edit`, { op: 'summary', articleId: String(x), text: '甲：x 的摘要', version: v })).status).toBe(303);
    const moved = await editorB.post(`/bulletins/${id}/edit`, { op: 'move', articleId: String(y), section: s1.name, version: v }, { Accept: 'application/json' });
    expect(await moved.json()).toEqual({ version: d.version + 2, what: 'move', merged: '已保存，并保留了 编辑甲 在此期间的修改。' });
    expect((await chief.post(`/bulletins/${id}/edit`, { op: 'drop', articleId: String(z), version: v })).status).toBe(303);
    let now = (await jianbao.bulletins.get(admin, id)).bulletin;
    expect(now.version).toBe(d.version + 3);
    expect(now.sections[0].entries.find((e) => e.articleId === x)!.summary).toBe('甲：x 的摘要');
    expect(now.sections.find((s) => s.name === s1.name)!.entries.map((e) => e.articleId)).toContain(y);
    expect(now.sections.flatMap((s) => s.entries).some((e) => e.articleId === z)).toBe(false);

    // True conflicts, each from the old page: an entry removed by another, the same entry moved by another.
    const gone = await editorA.post(`/bulletins/${id}/edit`, { op: 'summary', articleId: String(z), text: '写给已撤下的条目', version: v });
    expect(gone.status).toBe(409);
    const goneText = await gone.text();
    expect(goneText).toContain(`你打开之后，主编 改动了条目 #${z}（第 ${d.version + 3} 版：撤下 #${z} `);
    expect(field(goneText, `summary-${z}`)).toBe('');
    const twice = await editorA.post(`/bulletins/${id}/edit`, { op: 'drop', articleId: String(y), version: v });
    expect(twice.status).toBe(409);
    expect(await twice.text()).toContain(`你打开之后，编辑乙 改了同一处（第 ${d.version + 2} 版：移动 #${y} `);
    expect((await jianbao.bulletins.get(admin, id)).bulletin.version).toBe(d.version + 3);

    // The edit log keeps each as made, and 撤销 takes back the chief's drop alone: 甲's and 乙's edits stay.
    const log = (await jianbao.bulletins.get(admin, id)).changes.slice(-3);
    expect(log.map((c) => [c.who, c.what, c.version])).toEqual([['编辑甲', 'summary', d.version + 1], ['编辑乙', 'move', d.version + 2], ['主编', 'drop', d.version + 3]]);
    expect((await editorB.post(`/bulletins/${id}/undo`, { version: String(d.version + 3) })).status).toBe(303);
    now = (await jianbao.bulletins.get(admin, id)).bulletin;
    expect(now.sections.flatMap((s) => s.entries).some((e) => e.articleId === z)).toBe(true);
    expect(now.sections[0].entries.find((e) => e.articleId === x)!.summary).toBe('甲：x 的摘要');
    expect(now.sections.find((s) => s.name === s1.name)!.entries.map((e) => e.articleId)).toContain(y);

    // A status move since the page was read is a conflict for any edit, naming it.
    expect((await editorA.post(`/bulletins/${id}/status`, { act: 'submit', version: String(now.version) })).status).toBe(303);
    expect((await chief.post(`/bulletins/${id}/status`, { act: 'reject', version: String(now.version + 1) })).status).toBe(303);
    const afterMove = await editorB.post(`/bulletins/${id}/edit`, { op: 'cover', text: '退回前的页面', version: String(now.version) });
    expect(afterMove.status).toBe(409);
    expect(await afterMove.text()).toContain(`你打开之后，主编 已退回修改（第 ${now.version + 2} 版），现为草稿，你的修改没有保存`);
  });

  it('lets an editor submit and the chief send back; a reader sees only published issues of their edition', async () => {
    const d = (await jianbao.bulletins.get(admin, id)).bulletin;
    expect((await reader.post(`/bulletins/${id}/edit`, { op: 'cover', text: 'x', version: String(d.version) })).status).toBe(403);
    expect((await editorA.post(`/bulletins/${id}/status`, { act: 'approve', version: String(d.version) })).status).toBe(403);
    const submitted = await editorA.post(`/bulletins/${id}/status`, { act: 'submit', version: String(d.version) });
    expect(submitted.status).toBe(303);
    expect(await (await editorA.get(submitted.headers.get('Location')!)).text()).toContain('已提交审核，等待主编签发。');
    const chiefPage = await (await chief.get(`/bulletins/${id}`)).text();
    expect(chiefPage).toContain('value="approve"');
    expect(chiefPage).toContain('value="reject"');
    expect((await chief.post(`/bulletins/${id}/status`, { act: 'reject', note: '请补充<b>来源</b>', version: String(d.version + 1) })).status).toBe(303);
    expect((await jianbao.bulletins.get(admin, id)).bulletin.status).toBe('draft');
    // The editors find the chief's note at the top of the page, escaped, until they submit again; the log speaks zh-CN.
    const sentBack = await (await editorB.get(`/bulletins/${id}`)).text();
    expect(sentBack).toMatch(/<p class="sent-back" role="status">主编 于 [\d-]+ [\d:]+ 退回修改：<q>请补充&lt;b&gt;来源&lt;\/b&gt;<\/q>/);
    expect(sentBack).toContain('主编 <b>退回修改</b> 待审 → 草稿');
    expect((await jianbao.bulletins.get(admin, id)).sentBack).toMatchObject({ who: '主编', note: '请补充<b>来源</b>' });
    // Submitted again: the chief editor finds the note and what was changed since, first unchanged, then after a fix.
    const resubmit = async () => {
      const { version } = (await jianbao.bulletins.get(admin, id)).bulletin;
      expect((await editorB.post(`/bulletins/${id}/status`, { act: 'submit', version: String(version) })).status).toBe(303);
      return (await chief.get(`/bulletins/${id}`)).text();
    };
    expect(await resubmit()).toContain('退回修改：<q>请补充&lt;b&gt;来源&lt;/b&gt;</q>。此后没有修改，原样重新提交。');
    const { version: sent } = (await jianbao.bulletins.get(admin, id)).bulletin;
    expect((await chief.post(`/bulletins/${id}/status`, { act: 'reject', note: '摘要太长', version: String(sent) })).status).toBe(303);
    expect((await editorB.post(`/bulletins/${id}/edit`, { op: 'cover', text: '补上来源', version: String(sent + 1) })).status).toBe(303);
    const checked = await resubmit();
    expect(checked).toContain('退回修改：<q>摘要太长</q>。此后的修改（1 处）：');
    expect(checked).toMatch(/<ol><li><time>[\d-]+ [\d:]+<\/time> 编辑乙 <b>封面语<\/b> 补上来源<\/li><\/ol><\/div>/);
    expect((await jianbao.bulletins.get(admin, id)).resubmitted).toMatchObject({ who: '主编', note: '摘要太长', edits: [{ what: 'cover', who: '编辑乙' }] });
    expect((await chief.post(`/bulletins/${id}/status`, { act: 'reject', note: '再看看', version: String(sent + 3) })).status).toBe(303);

    expect((await reader.get(`/bulletins/${id}`)).status).toBe(404);
    expect((await reader.get(`/bulletins/${id}/download/md`)).status).toBe(404);
    const list = await (await reader.get('/bulletins')).text();
    expect(list).toContain('还没有已签发的简报');
    expect(list).not.toContain('编排新一期');
    expect((await chipReader.get(`/bulletins/${id}/preview`)).status).toBe(404);
  });

  it('says what a save did, and keeps client editions from the 编辑部 page (newsroom only)', async () => {
    const d = (await jianbao.bulletins.get(admin, id)).bulletin;
    const saved = await editorA.post(`/bulletins/${id}/edit`, { op: 'cover', text: '本周要闻', version: String(d.version) });
    expect(saved.headers.get('Location')).toBe(`/bulletins/${id}?saved=1`);
    expect(await (await editorA.get(`/bulletins/${id}?saved=1`)).text()).toContain('<p class="notice" role="status">已保存：封面语 本周要闻</p>');
    // Another editor's page after it says nothing of a save that was not theirs.
    expect(await (await editorB.get(`/bulletins/${id}?saved=1`)).text()).not.toContain('已保存：');

    // A whole section out in one edit (a client's issue without it), and back with one 撤销.
    const [kept, gone] = d.sections.slice(-2);
    const page = await (await editorA.get(`/bulletins/${id}`)).text();
    expect(page).toContain(`<input type="hidden" name="section" value="${gone!.name}">\n    <button type="submit" class="danger">撤下本栏（${gone!.entries.length} 篇）</button>`);
    expect((await editorA.post(`/bulletins/${id}/edit`, { op: 'dropSection', section: gone!.name, version: String(d.version + 1) })).status).toBe(303);
    const without = (await jianbao.bulletins.get(admin, id)).bulletin;
    expect(without.sections.map((s) => s.name)).toEqual(d.sections.slice(0, -1).map((s) => s.name));
    expect(without.sections.at(-1)!.entries).toEqual(kept!.entries);
    expect(await (await editorA.get(`/bulletins/${id}?saved=1`)).text()).toContain(`已保存：按方案编排 撤下栏目「${gone!.name}」`);
    expect((await editorA.post(`/bulletins/${id}/edit`, { op: 'dropSection', section: '没有的栏目', version: String(d.version + 2) })).status).toBe(400);
    expect((await editorA.post(`/bulletins/${id}/undo`, { version: String(d.version + 2) })).status).toBe(303);
    expect((await jianbao.bulletins.get(admin, id)).bulletin.sections).toEqual(d.sections);

    const edition = { name: '芯片版', tags: '芯片，半导体', entities: 'Red Hat、华为', regions: '', sections: '企业情报,技术情报', coverLine: '芯片专刊' };
    expect((await reader.post('/bulletins/editions', edition)).status).toBe(403);
    const added = await editorA.post('/bulletins/editions', edition);
    expect(added.status).toBe(303);
    expect((await jianbao.editions.list(admin)).find((e) => e.name === '芯片版')).toEqual({
      name: '芯片版', tags: ['芯片', '半导体'], entities: ['Red Hat', '华为'], regions: [], sections: ['企业情报', '技术情报'], coverLine: '芯片专刊',
    });
    const list = await (await editorA.get(added.headers.get('Location')!)).text();
    expect(list).toContain('已保存版本「芯片版」');
    expect(list).toContain('<option>芯片版</option>');
    expect((await editorA.post('/bulletins/editions', { name: ' ' })).status).toBe(400);
    // The compose form starts on the last seven days; a period backwards is refused in zh-CN.
    const [, from, to] = /name="from" value="(\d{4}-\d\d-\d\d)"[^>]*required>[\s\S]*name="to" value="(\d{4}-\d\d-\d\d)"[^>]*required>/.exec(list)!;
    expect((Date.parse(to!) - Date.parse(from!)) / 86_400_000).toBe(6);
    // Dates are text fields with a 年-月-日 hint (a date picker speaks the browser's language); the core reads them as printed too.
    expect(list).not.toContain('type="date"');
    expect(list).toContain('placeholder="年-月-日"');
    const typed = await editorA.post('/bulletins', { from: '2021年10月15日', to: '2021.10.21', maxPerSection: '1' });
    expect(typed.status).toBe(303);
    expect((await (await editorA.get(typed.headers.get('Location')!)).text())).toContain('2021-10-15');
    const backwards = await editorA.post('/bulletins', { from: '2021-10-21', to: '2021-10-15' });
    expect(backwards.status).toBe(400);
    const backwardsText = await backwards.text();
    expect(backwardsText).toContain('<p class="error" role="alert">开始日期晚于结束日期');
    expect(backwardsText).not.toContain('compose.from');
  });
});

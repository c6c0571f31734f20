/** The article page through the app in-process on each backend: what each role sees, the forms' posts, undo. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS } from './backends.js';
import { GLUED_SECOND_TITLE, storeArticleIssue } from './article-fixture.js';
import { ADMIN, USERS, login, post, workbench, type Login, type Workbench } from './web-helpers.js';

describe.each(BACKENDS)('the article page on $name', (backend) => {
  let w: Workbench;
  let ids: number[];
  let issueId: number;
  const as: Record<string, Login> = {};
  beforeAll(async () => {
    w = await workbench(backend);
    ({ ids, issueId } = await storeArticleIssue(w.location));
    for (const u of USERS) as[u.role] = await login(w.app, u.name, u.password);
  }, 60_000);
  afterAll(() => w.jianbao.close());

  const get = async (who: string, path: string) => {
    const res = await w.app.request(path, { headers: { cookie: as[who]!.cookie } });
    return { status: res.status, location: res.headers.get('location'), text: await res.text() };
  };

  it('shows the body, provenance, enrichment and the forms to an editor; the text alone to a reader', async () => {
    const page = await get('editor', `/articles/${ids[2]}`);
    expect(page.status).toBe(200);
    for (const shown of ['华为发布新一代昇腾AI芯片', 'fixtures/article-page.txt', '第 14–16 行', '华为技术有限公司', '关键数字', `action="/articles/${ids[2]}/edit"`, '并入上一篇']) {
      expect(page.text).toContain(shown);
    }
    const reader = await get('reader', `/articles/${ids[2]}`);
    expect(reader.status).toBe(200);
    expect(reader.text).toContain('华为技术有限公司');
    expect(reader.text).not.toContain('/edit"');
    // Nothing of the newsroom's workings: the file on the server, its lines, the article's number.
    for (const hidden of ['fixtures/article-page.txt', '第 14–16 行', `#${ids[2]} `]) expect(reader.text).not.toContain(hidden);
    expect((await get('reader', '/articles/999999')).status).toBe(404);
  });

  it('edits, refuses an unknown section, and undoes from the notice', async () => {
    const bad = await post(w.app, as.editor!, `/articles/${ids[0]}/edit`, { title: '工信部部署推进5G网络共建共享', section: '不存在栏目', summary: '', tags: '' });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('不存在栏目');
    expect((await w.jianbao.articles.get(ADMIN, ids[0])).article.section).toBe('产业环境');

    const res = await post(w.app, as.editor!, `/articles/${ids[0]}/edit`, { title: '工信部推进5G共建共享', section: '运营竞争', summary: '', tags: '5G，运营商' });
    expect([res.status, res.headers.get('location')]).toEqual([303, `/articles/${ids[0]}?changed=1`]);
    const shown = await get('editor', `/articles/${ids[0]}?changed=1`);
    expect(shown.text).toContain('撤销');
    expect(shown.text).toContain('栏目 运营竞争');
    const undo = await post(w.app, as.editor!, '/articles/undo', { back: `/articles/${ids[0]}?changed=1` });
    expect(undo.status).toBe(303);
    expect(undo.headers.get('location')).toBe(`/articles/${ids[0]}?undone=1`);
    expect((await w.jianbao.articles.get(ADMIN, ids[0])).article).toMatchObject({ title: '工信部部署推进5G网络共建共享', section: '产业环境' });
    // The notice is worded from the log; text a crafted link carries is never shown.
    expect((await get('editor', `/articles/${ids[0]}?undone=1`)).text).toMatch(/已撤销：[^<]*工信部推进5G共建共享/);
    expect((await get('editor', `/articles/${ids[0]}?undone=${encodeURIComponent('请联系管理员')}`)).text).not.toContain('请联系管理员');
    // Back only to local paths.
    await post(w.app, as.editor!, `/articles/${ids[0]}/edit`, { title: '工信部推进5G共建共享', section: '产业环境', summary: '', tags: '' });
    expect((await post(w.app, as.editor!, '/articles/undo', { back: '//evil.example/x' })).headers.get('location')).toMatch(/^\/inbox\?undone=/);
  });

  it('two editors fixing one article from the same page: each field applies on its own, the same field changed twice is refused naming who', async () => {
    // What each one's edit form sends: the page's fields (hidden "shown" ones included) with their own changes.
    const formOf = async (who: string) => {
      const page = (await get(who, `/articles/${ids[0]}`)).text;
      const form = /<form method="post" action="\/articles\/\d+\/edit" class="edit-form">([\s\S]*?)<\/form>/.exec(page)![1]!;
      const fields: Record<string, string> = {};
      for (const m of form.matchAll(/<input (?:type="hidden" )?name="(\w+)" value="([^"]*)"/g)) fields[m[1]!] = m[2]!.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
      fields.summary = /<textarea name="summary"[^>]*>([^<]*)<\/textarea>/.exec(form)![1]!;
      fields.section = /<option selected>([^<]*)<\/option>/.exec(form)?.[1] ?? '';
      delete fields._csrf;
      return fields;
    };
    const [mine, theirs] = await Promise.all([formOf('editor'), formOf('chief')]);
    const before = (await w.jianbao.articles.get(ADMIN, ids[0])).article;
    expect((await post(w.app, as.editor!, `/articles/${ids[0]}/edit`, { ...mine, summary: '编辑写的摘要' })).status).toBe(303);
    expect((await post(w.app, as.chief!, `/articles/${ids[0]}/edit`, { ...theirs, title: '主编改的标题' })).status).toBe(303);
    const both = await w.jianbao.articles.get(ADMIN, ids[0]);
    expect([both.article.title, both.summary, both.article.section]).toEqual(['主编改的标题', '编辑写的摘要', before.section]);

    const clash = await post(w.app, as.editor!, `/articles/${ids[0]}/edit`, { ...mine, title: '编辑改的标题' });
    expect(clash.status).toBe(409);
    const page = await clash.text();
    expect(page).toContain('你打开之后 chief 改了标题（现为「主编改的标题」），你的修改没有保存。你填写的内容保留在下面的表单里。');
    expect(page).toContain('<input name="title" value="编辑改的标题" required>');
    expect((await w.jianbao.articles.get(ADMIN, ids[0])).article.title).toBe('主编改的标题');
  });

  it('offers 撤销 after an inbox triage and puts the articles back', async () => {
    const res = await post(w.app, as.editor!, '/inbox/triage', { act: 'discard', ids: [String(ids[1]), String(ids[2])], back: '' });
    expect(res.status).toBe(303);
    const location = res.headers.get('location')!;
    expect(location).toBe('/inbox?changed=1');
    const inbox = await get('editor', location);
    expect(inbox.text).toContain('已保存：舍弃（2 篇）');
    const undo = await post(w.app, as.editor!, '/articles/undo', { back: location });
    expect(undo.headers.get('location')).toMatch(/^\/inbox\?.*undone=/);
    const all = await w.jianbao.inbox.list(ADMIN, { view: 'discarded' });
    expect(all.entries).toEqual([]);
  });

  it('says in zh-CN what is wrong with a split, a merge, a duplicate mark or a stale 撤销, naming the field', async () => {
    const refused = async (path: string, fields: Record<string, string | string[]>) => {
      const res = await post(w.app, as.editor!, path, fields);
      return [res.status, /<p class="error" role="alert">([^<]*)<\/p>/.exec(await res.text())?.[1]];
    };
    expect(await refused(`/articles/${ids[1]}/split`, { at: '1' })).toEqual([400, '段落号不能小于 2']);
    expect(await refused(`/articles/${ids[1]}/split`, { at: '9' })).toEqual([400, expect.stringContaining(`文章 #${ids[1]}：第 9 段：请填写 2 到 5 之间的段号`)]);
    expect(await refused(`/articles/${ids[0]}/merge`, {})).toEqual([400, expect.stringContaining(`文章 #${ids[0]}：这是本期第一篇，没有上一篇可并入`)]);
    // An empty 重复于 field was `triage.of: Too small: expected number to be >0`.
    expect(await refused('/inbox/triage', { act: 'duplicate', ids: [String(ids[2])], of: '', back: '' })).toEqual([400, expect.stringMatching(/^请在“重复于 #”填写/)]);
    // Triage the user can put right is told on the inbox itself, under the filters they had, not on an error page.
    const unticked = await post(w.app, as.editor!, '/inbox/triage', { act: 'discard', back: 'view=all' });
    const inbox = await unticked.text();
    expect([unticked.status, /<p class="error" role="alert">([^<]*)<\/p>/.exec(inbox)?.[1]]).toEqual([400, '请先选中条目']);
    expect(inbox).toContain('<form class="inbox" method="post" action="/inbox/triage">');
    expect(inbox).toContain('<option value="all" selected>全部</option>');
    expect(inbox).toContain(`data-id="${ids[2]}"`);
    expect(await refused('/articles/undo', { back: `/articles/${ids[1]}`, change: '999999' })).toEqual([409, expect.stringContaining('修改 #999999：已不是你最近的一次修改')]);
    expect(await w.jianbao.issues.listArticles(ADMIN, { issueId })).toHaveLength(3);
    const bulletin = await get('reader', '/bulletins/999999');
    expect([bulletin.status, bulletin.text.includes('第 999999 期：没有这一期简报')]).toEqual([404, true]);
  });

  it('splits and merges through the forms, sets the issue date, and removes the issue only when confirmed', async () => {
    const split = await post(w.app, as.editor!, `/articles/${ids[1]}/split`, { at: '3', title: '' });
    expect(split.status).toBe(303);
    const titles = (await w.jianbao.issues.listArticles(ADMIN, { issueId })).map((a) => a.title);
    expect(titles[2]).toBe(GLUED_SECOND_TITLE);
    const created = (await w.jianbao.issues.listArticles(ADMIN, { issueId }))[2]!.id;
    expect((await post(w.app, as.editor!, `/articles/${created}/merge`, {})).headers.get('location')).toBe(`/articles/${ids[1]}?changed=1`);
    expect(await w.jianbao.issues.listArticles(ADMIN, { issueId })).toHaveLength(3);
    // A link to the merged-away article leads to the one it is in now (it was a bare 404).
    const gone = await get('reader', `/articles/${created}`);
    expect([gone.status, gone.location]).toEqual([303, `/articles/${ids[1]}?merged=${created}`]);
    expect((await get('reader', gone.location!)).text).toContain(`#${created} 已并入本文`);
    // 撤销 from the notice brings it back at its own address; a second click of the same notice changes nothing.
    const notice = (await get('editor', `/articles/${ids[1]}?changed=1`)).text;
    const change = notice.match(/name="change" value="(\d+)"/)?.[1];
    expect(change).toBeDefined();
    expect((await post(w.app, as.editor!, '/articles/undo', { back: `/articles/${ids[1]}`, change: change! })).status).toBe(303);
    const back = await get('reader', `/articles/${created}`);
    expect([back.status, back.text.includes(GLUED_SECOND_TITLE)]).toEqual([200, true]);
    expect((await post(w.app, as.editor!, '/articles/undo', { back: `/articles/${ids[1]}`, change: change! })).status).toBe(409);
    expect(await w.jianbao.issues.listArticles(ADMIN, { issueId })).toHaveLength(4);
    await post(w.app, as.editor!, `/articles/${created}/merge`, {});

    expect((await post(w.app, as.editor!, `/articles/${ids[0]}/issue`, { publication: '通信产业周报', issueDate: '2021-11-19' })).status).toBe(303);
    expect((await get('reader', `/articles/${ids[0]}`)).text).toContain('通信产业周报 2021-11-19');

    expect((await post(w.app, as.reader!, `/articles/${ids[0]}/issue/remove`, { confirm: String(issueId) })).status).toBe(403);
    expect((await post(w.app, as.editor!, `/articles/${ids[0]}/issue/remove`, {})).status).toBe(400);
    const removed = await post(w.app, as.editor!, `/articles/${ids[0]}/issue/remove`, { confirm: String(issueId) });
    expect(removed.status).toBe(303);
    expect(await w.jianbao.issues.list(ADMIN)).toEqual([]);
    expect((await get('editor', `/articles/${created}`)).status).toBe(404);
    // The inbox it leads to says what went (it said nothing).
    expect((await get('editor', removed.headers.get('location')!)).text).toContain(`已删除第 ${issueId} 期及其 3 篇文章`);
    // The address carries numbers only: a crafted link's own words are not shown as a notice.
    const crafted = (await get('editor', `/inbox?${new URLSearchParams({ removed: '请联系管理员重置密码', articles: '1' })}`)).text;
    expect(crafted).not.toContain('请联系管理员重置密码');
    expect(crafted).not.toContain('已删除第');

    // 撤销 on that notice brings the issue back under its ids; an admin finds 撤销 on the removal's row of the log too.
    const inbox = (await get('editor', removed.headers.get('location')!)).text;
    const removal = /name="change" value="([0-9]+)"/.exec(inbox)?.[1];
    expect(removal).toBeDefined();
    expect((await post(w.app, as.editor!, '/articles/undo', { back: '/inbox', change: removal! })).headers.get('location')).toMatch(/^\/inbox\?undone=/);
    expect((await get('reader', `/articles/${ids[0]}`)).text).toContain('通信产业周报 2021-11-19');
    expect((await post(w.app, as.admin!, `/articles/${ids[0]}/issue/remove`, { confirm: String(issueId) })).status).toBe(303);
    const log = (await get('admin', '/audit')).text;
    const row = /<tr>(?:(?!<\/tr>)[\s\S])*name="change" value="([0-9]+)"(?:(?!<\/tr>)[\s\S])*<\/tr>/.exec(log);
    expect(row?.[0]).toContain('<td title="issue.remove">删除期</td>');
    expect(row?.[0]).toContain('admin<small>（管理员）</small>');
    // The log's details are in zh-CN too: the account added, each login.
    const user = (await get('admin', '/audit?object=user:editor')).text;
    expect(user).toContain('<td title="user.add">添加用户</td>');
    expect(user).toContain('<td>添加编辑 editor</td>');
    expect(user).toMatch(/<td>从 \S+ 登录<\/td>/);
    // …and so are the objects (the code stays in the link's title, the filter takes it).
    expect(user).toContain('<a href="/audit?object=user%3Aeditor" title="user:editor">用户 editor</a>');
    expect(row?.[0]).toContain(`title="issue:${issueId}">期 #${issueId}</a>`);
    expect((await post(w.app, as.admin!, '/articles/undo', { back: '/audit', change: row![1] })).status).toBe(303);
    expect((await w.jianbao.issues.list(ADMIN)).map((i) => i.id)).toEqual([issueId]);
  });
});

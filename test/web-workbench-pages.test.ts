/**
 * The search page's trend chart and saved searches, and the 关注 / 提醒 / 任务 pages, in-process through
 * app.request() on each backend, over articles fetched from a feed on 127.0.0.1.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS } from './backends.js';
import { startFeedServer, TEN_ARTICLES } from './web-feed-server.js';
import { ADMIN, USERS, login, post, workbench, type Login, type Workbench } from './web-helpers.js';

let site: Awaited<ReturnType<typeof startFeedServer>>;
beforeAll(async () => {
  site = await startFeedServer(TEN_ARTICLES);
});
afterAll(() => site.close());

describe.each(BACKENDS)('workbench search, watchlist, alert and job pages on $name', (backend) => {
  let w: Workbench;
  const as: Record<string, Login> = {};
  const get = async (who: string, path: string, headers: Record<string, string> = {}) => {
    const res = await w.app.request(path, { headers: { cookie: as[who]!.cookie, ...headers } });
    return { status: res.status, location: res.headers.get('location'), text: await res.text() };
  };
  beforeAll(async () => {
    w = await workbench(backend, { jobs: { retries: 0, retryDelaySeconds: 1, expireSeconds: 60, tickSeconds: 0.2 } });
    for (const u of USERS) as[u.role] = await login(w.app, u.name, u.password);
  }, 60_000);
  afterAll(() => w.jianbao.close());

  it('adds and removes watchlists on /watchlists: own ones for anyone, shared ones for admins', async () => {
    const added = await post(w.app, as.reader!, '/watchlists', { name: '读者-芯片', query: '芯片', digest: '' });
    expect(added.headers.get('location')).toBe(`/watchlists?added=${encodeURIComponent('读者-芯片')}`);
    expect((await get('reader', added.headers.get('location')!)).text).toContain('已添加关注「读者-芯片」');
    // A name the list does not hold is not echoed from the address.
    expect((await get('reader', '/watchlists?added=%3Cb%3E伪造')).text).not.toContain('已添加关注');
    expect((await post(w.app, as.admin!, '/watchlists', { name: '共享-半导体', query: '半导体', shared: '1' })).status).toBe(303);
    const refused = await post(w.app, as.editor!, '/watchlists', { name: '编辑-共享', query: '芯片', shared: '1' });
    expect(refused.status).toBe(403);
    const bad = await post(w.app, as.editor!, '/watchlists', { name: '坏', query: '芯片', webhook: 'http://10.0.0.1/hook' });
    expect(bad.status).toBe(400);
    const badText = await bad.text();
    // zh-CN only: neither the form field's internal name nor the English detail.
    expect(badText).toMatch(/<p class="error" role="alert">10\.0\.0\.1 是内网地址，已拒绝；/);
    expect(badText).not.toContain('allow its network');
    expect(badText).not.toContain('watchlist.webhook');
    const readerPage = await get('reader', '/watchlists');
    expect(readerPage.text).toContain('读者-芯片');
    expect(readerPage.text).toContain('共享-半导体');
    // The shared one shows, but only an admin may remove it.
    expect(readerPage.text.match(/action="\/watchlists\/remove"/g)).toHaveLength(1);
    expect((await post(w.app, as.reader!, '/watchlists/remove', { name: '共享-半导体' })).status).toBe(403);
    expect((await get('editor', '/watchlists')).text).not.toContain('读者-芯片');
    expect((await get('admin', '/watchlists')).text).toContain('读者-芯片');
    expect((await post(w.app, as.editor!, '/watchlists', { name: '编辑-临时', query: '光传输' })).status).toBe(303);
    expect((await post(w.app, as.editor!, '/watchlists/remove', { name: '编辑-临时' })).status).toBe(303);
    expect((await w.jianbao.watchlists.list(ADMIN)).map((l) => l.name).sort()).toEqual(['共享-半导体', '读者-芯片']);
  });

  it('alerts in the app when fetched articles match: an unread count in the nav, a list, mark read one and all', async () => {
    const addedSource = await post(w.app, as.admin!, '/sources', { url: site.feed, name: '行业快讯' });
    expect(addedSource.headers.get('location')).toMatch(/^\/sources\?added=\d+$/);
    expect((await get('admin', addedSource.headers.get('location')!)).text).toContain('已添加来源 #');
    const source = (await w.jianbao.sources.list(ADMIN))[0]!.source;
    // A source the admin can put right is told on the sources page, the form as they typed it, not on an error page.
    const again = await post(w.app, as.admin!, '/sources', { url: site.feed, name: '又一次', every: '2h' });
    const againPage = await again.text();
    expect(again.status).toBe(409);
    expect(againPage).toContain(`<p class="error" role="alert">${site.feed}：已是信息源（#${source.id}）</p>`);
    expect(againPage).toContain(`value="${site.feed}"`);
    expect(againPage).toContain('<input name="every" size="4" value="2h">');
    const internal = await post(w.app, as.admin!, '/sources', { url: 'http://10.0.0.1/feed' });
    expect([internal.status, /<p class="error" role="alert">([^<]*)<\/p>/.exec(await internal.text())?.[1]]).toEqual([400, expect.stringMatching(/^http:\/\/10\.0\.0\.1\/feed：10\.0\.0\.1 是内网地址，已拒绝；/)]);
    expect(await w.jianbao.sources.fetchNow(ADMIN, { id: source.id })).toMatchObject({ new: 10, failed: 0 });
    // Fetching matched the new articles against the watchlists: nothing is left to match.
    expect((await w.jianbao.watchlists.match(ADMIN)).alerts).toBe(0);
    const { alerts, unread } = await w.jianbao.watchlists.alerts({ id: 'reader', role: 'reader' });
    expect(unread).toBeGreaterThanOrEqual(3);
    expect(alerts.every((a) => a.kind === 'match' && a.readAt === null)).toBe(true);
    const nav = (text: string) => /<a href="\/alerts"[^>]*>提醒(?: <span class="badge"[^>]*>(\d+)<\/span>)?<\/a>/.exec(text)?.[1] ?? '0';
    expect(nav((await get('reader', '/search')).text)).toBe(String(unread));
    // The editor sees only the shared watchlist's alerts.
    const editorUnread = (await w.jianbao.watchlists.alerts({ id: 'editor', role: 'editor' })).unread;
    expect(nav((await get('editor', '/alerts')).text)).toBe(String(editorUnread));
    const list = (await get('reader', '/alerts')).text;
    for (const a of alerts) expect(list).toContain(`<a class="title" href="/articles/${a.articleId}">${a.title}</a>`);
    expect(list.match(/action="\/alerts\/read"/g)).toHaveLength(alerts.length);

    expect((await post(w.app, as.reader!, '/alerts/read', { id: String(alerts[0]!.id) })).status).toBe(303);
    const after = await get('reader', '/alerts?view=unread');
    expect(nav(after.text)).toBe(String(unread - 1));
    expect(after.text).not.toContain(`value="${alerts[0]!.id}"`);
    // Another user's mark does not touch the reader's, and a bad id is refused.
    expect((await post(w.app, as.editor!, '/alerts/read-all', {})).status).toBe(303);
    expect(nav((await get('reader', '/alerts')).text)).toBe(String(unread - 1));
    expect((await post(w.app, as.reader!, '/alerts/read', { id: 'x' })).status).toBe(400);
    expect((await post(w.app, as.reader!, '/alerts/read-all', {})).status).toBe(303);
    const done = await get('reader', '/alerts?view=unread');
    expect(nav(done.text)).toBe('0');
    expect(done.text).toContain('没有未读提醒');
  }, 60_000);

  it('draws the trend of a search as inline SVG the CSP allows, and keeps saved searches per user', async () => {
    const search = await get('reader', '/search?q=芯片');
    expect(search.text).toMatch(/hx-get="\/search\/trend\?q=%E8%8A%AF%E7%89%87"/);
    expect(search.text).toContain('action="/search/saved"');
    // Each hit says its date, section and publication, parted only between parts; article numbers for the newsroom.
    const metas = (text: string) => [...text.matchAll(/<div class="meta">([^<]*)<\/div>/g)].map((m) => m[1]!);
    expect(metas(search.text).length).toBeGreaterThan(0);
    for (const meta of metas(search.text)) expect(meta).toMatch(/^[^·#\s][^#]*[^·\s]$/);
    for (const meta of metas((await get('editor', '/search?q=芯片')).text)) expect(meta).toMatch(/ · #\d+$/);
    const fragment = await get('reader', '/search/trend?q=芯片', { 'HX-Request': 'true' });
    expect(fragment.status).toBe(200);
    expect(fragment.text).toMatch(/^<figure class="trend"><svg role="img" aria-label="检索“芯片”的匹配文章数按月"/);
    expect(fragment.text).toContain('>2026-11</text>');
    expect(/<svg[\s\S]*<\/svg>/.exec(fragment.text)![0]).not.toMatch(/<script|<style|style=|\son\w+=|href=|<a\b|<foreignObject/i);
    const total = (await w.jianbao.search.search({ id: 'reader', role: 'reader' }, { query: '芯片' })).total;
    // Every match is dated here; the chart counts only dated ones and says so (an undated import made 共 16 beside 共 15).
    expect(fragment.text).toContain(`带日期的 ${total} 篇`);
    const weekly = await get('reader', '/search/trend?q=芯片&by=week');
    expect(weekly.text).toContain('<h1>趋势</h1>');
    expect(weekly.text).toMatch(/>2026-W\d\d<\/text>|>2026-11-\d\d<\/text>/);
    expect((await get('reader', '/search/trend?q=%22', { 'HX-Request': 'true' })).status).toBe(400);

    const saved = await post(w.app, as.reader!, '/search/saved', { name: '芯片动态', q: '芯片 -手机', source: '行业快讯' });
    expect([saved.status, saved.headers.get('location')]).toEqual([303, `/search?${new URLSearchParams({ q: '芯片 -手机', source: '行业快讯' })}`]);
    expect((await post(w.app, as.reader!, '/search/saved', { name: '芯片动态', q: '芯片' })).status).toBe(409);
    const [mine] = await w.jianbao.savedSearches.list({ id: 'reader', role: 'reader' });
    expect(mine).toMatchObject({ name: '芯片动态', query: '芯片 -手机', filters: { sources: ['行业快讯'] } });
    const listed = (await get('reader', '/search')).text;
    expect(listed).toContain(`<a href="/search/saved/${mine!.id}">芯片动态</a>`);
    const run = await get('reader', `/search/saved/${mine!.id}`);
    expect([run.status, run.location]).toEqual([303, saved.headers.get('location')]);
    // Nobody else sees, runs or removes it.
    expect((await get('editor', '/search')).text).not.toContain('芯片动态');
    expect((await get('editor', `/search/saved/${mine!.id}`)).status).toBe(403);
    expect((await post(w.app, as.admin!, `/search/saved/${mine!.id}/remove`, {})).status).toBe(403);
    expect((await post(w.app, as.reader!, `/search/saved/${mine!.id}/remove`, {})).status).toBe(303);
    expect(await w.jianbao.savedSearches.list({ id: 'reader', role: 'reader' })).toEqual([]);
  });

  it('lists the articles missing one term after those holding all, saying which term, escaped', async () => {
    // 某汽车芯片企业完成新一轮融资 holds both terms; 某云服务商发布新一代自研服务器芯片 only 芯片.
    const found = (await get('reader', `/search?q=${encodeURIComponent('芯片 融资')}`)).text;
    expect(found).toMatch(/<p class="count">共 1 篇；另列 \d+ 篇缺少一个检索词的文章，排在后面<\/p>/);
    expect(found).toMatch(/某云服务商发布新一代自研服务器<mark>芯片<\/mark><\/a><\/div>\s*<div class="meta">[^<]*<\/div>\s*<div class="missing">缺少：融资<\/div>/);
    expect(found.indexOf('完成新一轮<mark>融资</mark>')).toBeLessThan(found.indexOf('缺少：融资'));
    // Nothing holds both: the page says so by its count, lists what holds one, and the missing term is text.
    const odd = (await get('reader', `/search?q=${encodeURIComponent('芯片 <b>')}`)).text;
    expect(odd).toMatch(/<p class="count">共 0 篇；另列 \d+ 篇/);
    expect(odd).toContain('<div class="missing">缺少：&lt;b&gt;</div>');
    expect(odd).not.toContain('<p class="empty">');
  });

  it('lists jobs for admins and chiefs, with a failed job\'s error and a retry that queues it again', async () => {
    const stop = await w.jianbao.jobs.start(ADMIN, { queues: ['render'], concurrency: 1, schedule: false });
    let id: string | null = null;
    try {
      id = await w.jianbao.jobs.enqueue(ADMIN, { name: 'render', payload: { bulletinId: 999, formats: ['md'], dir: '/tmp/jianbao-never' } });
      for (let i = 0; i < 200 && (await w.jianbao.jobs.get(ADMIN, id!)).state !== 'failed'; i++) await new Promise((r) => setTimeout(r, 100));
    } finally {
      await stop();
    }
    const failed = await get('chief', '/jobs?state=failed');
    expect(failed.status).toBe(200);
    // zh-CN only: the English detail stays with `jianbao jobs`.
    expect(failed.text).toContain('<small class="error">第 999 期：没有这一期简报</small>');
    expect(failed.text).not.toContain('no such bulletin');
    expect(failed.text).toContain(`action="/jobs/${encodeURIComponent(id!)}/retry"`);
    expect((await get('editor', '/jobs')).status).toBe(403);
    expect((await get('reader', '/jobs')).status).toBe(403);
    expect((await post(w.app, as.editor!, `/jobs/${id}/retry`, {})).status).toBe(403);
    expect((await w.jianbao.jobs.get(ADMIN, id!)).state).toBe('failed');
    expect((await post(w.app, as.chief!, `/jobs/${id}/retry`, {})).status).toBe(303);
    expect((await w.jianbao.jobs.get(ADMIN, id!)).state).toBe('queued');
    expect((await post(w.app, as.chief!, `/jobs/${id}/retry`, {})).status).toBe(409);
    expect((await get('admin', '/jobs?state=queued')).text).toContain('<td class="nowrap" title="render">生成文件</td>');
  }, 60_000);

  it('imports uploaded input files on /issues: each its own transaction, a bad one refused in one line, watchlists alerted', async () => {
    const upload = (who: string, files: [string, Uint8Array][], fields: Record<string, string> = {}) => {
      const form = new FormData();
      for (const [name, bytes] of files) form.append('file', new File([new Uint8Array(bytes)], name));
      for (const [k, v] of Object.entries(fields)) form.append(k, v);
      form.append('_csrf', as[who]!.csrf);
      return w.app.request('/issues', { method: 'POST', body: form, headers: { cookie: as[who]!.cookie } });
    };
    const sample = readFileSync('samples/001_3ce07ccd5b8eeddb.txt');
    const unread = (await w.jianbao.watchlists.alerts({ id: 'reader', role: 'reader' })).unread;
    expect((await upload('reader', [['003.txt', sample]])).status).toBe(403);
    const before = (await w.jianbao.issues.list(ADMIN)).length;
    const res = await upload('editor', [['003.txt', sample], ['坏<b>.pdf', new TextEncoder().encode('%PDF-1.4 nothing more')]], { publication: '信息产业监测' });
    expect(res.status).toBe(400);
    const text = await res.text();
    const issues = await w.jianbao.issues.list(ADMIN);
    expect(issues).toHaveLength(before + 1);
    expect(issues[0]).toMatchObject({ publication: '信息产业监测', articleCount: 5 });
    expect(text).toMatch(new RegExp(`003\\.txt：已导入为第 ${issues[0]!.id} 期，5 篇文章。 <a href="/articles/\\d+">查看文章</a>`));
    expect(text).toContain('<li class="error">坏&lt;b&gt;.pdf：未导入。PDF 文件不完整或已损坏</li>');
    // Its articles matched the reader's watchlist (芯片) as an import from the command line does.
    expect((await w.jianbao.watchlists.alerts({ id: 'reader', role: 'reader' })).unread).toBeGreaterThan(unread);
    // The same bytes again store nothing; no file chosen is one line.
    expect(await (await upload('editor', [['003.txt', sample]])).text()).toContain(`003.txt：这个文件已导入过（第 ${issues[0]!.id} 期），没有变化。`);
    const none = await (await upload('editor', [])).text();
    expect(none).toContain('<p class="error" role="alert">请先选择要导入的文件</p>');
    expect(none).not.toContain('choose a file');
    expect((await w.jianbao.issues.list(ADMIN)).length).toBe(before + 1);
    // A reader sees the list only; the nav offers 导入 to the newsroom.
    const readerPage = (await get('reader', '/issues')).text;
    expect(readerPage).not.toContain('enctype="multipart/form-data"');
    expect(readerPage).not.toContain('<a href="/issues"');
    expect(readerPage).toContain('<tr><td>信息产业监测</td>');
    expect(readerPage).not.toContain('003.txt');
    const editorPage = (await get('editor', '/issues')).text;
    expect(editorPage).toContain('<a href="/issues" aria-current="page">导入</a>');
    // Each imported issue leads to its first article, whose page sets the publication and date; 导入 says it is busy.
    expect(editorPage).toContain(`<a href="/issues/${issues[0]!.id}" title="打开本期文章，可改刊名与日期">信息产业监测</a>`);
    const opened = await get('editor', `/issues/${issues[0]!.id}`);
    const [first] = await w.jianbao.issues.listArticles(ADMIN, { issueId: issues[0]!.id, limit: 1 });
    expect([opened.status, opened.location]).toEqual([303, `/articles/${first!.id}#issue`]);
    expect((await get('editor', `/articles/${first!.id}`)).text).toContain(`<h2 id="issue">本期（第 ${issues[0]!.id} 期）</h2>`);
    expect(editorPage).toContain('<button type="submit" data-busy="正在导入…">导入</button>');
    // The file and date fields speak zh-CN whatever the browser's language: a label opens the hidden file picker.
    expect(editorPage).toMatch(/<input type="file" id="file-file" name="file"[^>]* multiple required data-invalid="请先选择要导入的文件">\s*<label for="file-file" class="file-button">选择文件<\/label> <span class="file-names" aria-live="polite">未选择文件<\/span>/);
    expect(editorPage).toContain('<input name="issueDate" value="" placeholder="年-月-日"');
  }, 60_000);

  it('gives a reader no button it would be refused, an empty search a hint, and an error page the way back', async () => {
    const sources = (await get('reader', '/sources')).text;
    expect(sources).toContain('行业快讯');
    expect(sources).not.toContain('立即抓取');
    expect((await get('editor', '/sources')).text).toContain('立即抓取');
    expect((await get('reader', '/search?q=无此词语zzqq')).text).toContain('<p class="empty">没有找到匹配的文章');
    const refused = await get('editor', '/articles/999999', { referer: 'http://localhost/search?q=%E8%8A%AF%E7%89%87' });
    expect(refused.status).toBe(404);
    expect(refused.text).toContain('<a href="/search?q=%E8%8A%AF%E7%89%87">返回上一页</a>');
    // Only a page of this site: another site's address, or the failed page itself, gives no such link.
    expect((await get('editor', '/articles/999999', { referer: 'http://evil.example/x' })).text).not.toContain('返回上一页');
    expect((await get('editor', '/articles/999999', { referer: 'http://localhost//evil.example/x' })).text).not.toContain('返回上一页');
    // An empty inbox view says where articles come from.
    expect((await get('editor', '/inbox?view=duplicate')).text).toContain('没有新的条目。新文章来自<a href="/issues">导入</a>的文件和<a href="/sources">来源</a>的抓取。');
    // Adding a reader offers the 编辑部's editions by name, and the roles in zh-CN.
    await w.jianbao.editions.save(ADMIN, { name: '芯片版', tags: ['芯片'] });
    const users = (await get('admin', '/users')).text;
    expect(users).toContain('<datalist id="edition-names"><option value="芯片版"></option></datalist>');
    expect(users).toContain('<option value="reader">读者</option>');
  });
});

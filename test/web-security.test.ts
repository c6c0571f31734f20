/**
 * The workbench's security, in-process through app.request() on each backend: sessions, CSRF, roles, escaping,
 * cookie flags, login throttling, CSP.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS } from './backends.js';
import { startFeedServer, TEN_ARTICLES } from './web-feed-server.js';
import { ADMIN, USERS, login, post, workbench, type Login, type Workbench } from './web-helpers.js';

const XSS = '<img src=x onerror=alert(1)>';
const XSS_SHOWN = '&lt;img src=x onerror=alert(1)&gt;';
const PAGES = ['/', '/inbox', '/inbox?view=all', '/issues', '/search', '/search?q=onerror', '/sources', '/audit', '/users', '/bulletins',
  '/search/trend?q=onerror', '/watchlists', '/alerts', '/jobs', '/articles/1', '/articles/2', '/articles/3'];

let site: Awaited<ReturnType<typeof startFeedServer>>;
beforeAll(async () => {
  site = await startFeedServer([{ ...TEN_ARTICLES[0]!, title: XSS }, ...TEN_ARTICLES.slice(1, 3)]);
});
afterAll(() => site.close());

describe.each(BACKENDS)('workbench security on $name', (backend) => {
  let w: Workbench;
  const as: Record<string, Login> = {};
  beforeAll(async () => {
    w = await workbench(backend);
    // The hostile title arrives the way real articles do: fetched from a feed, extracted, enriched, stored.
    // A shared watchlist with a hostile name, so its alert on the hostile title reaches every user's /alerts.
    await w.jianbao.watchlists.add(ADMIN, { name: XSS, query: 'onerror', owner: null });
    const source = await w.jianbao.sources.add(ADMIN, { url: site.feed, name: XSS, section: XSS });
    const report = await w.jianbao.sources.fetchNow(ADMIN, { id: source.id });
    expect(report).toMatchObject({ new: 3, failed: 0, error: null });
    for (const u of USERS) as[u.role] = await login(w.app, u.name, u.password);
    const [first] = (await w.jianbao.inbox.list(ADMIN, {})).entries.filter((e) => e.title === XSS);
    await w.jianbao.inbox.triage(ADMIN, { action: 'note', ids: [first!.id], note: XSS });
  }, 60_000);
  afterAll(() => w.jianbao.close());

  it('answers /healthz without a session and sends every page to /login without one', async () => {
    const health = await w.app.request('/healthz');
    expect([health.status, await health.text()]).toEqual([200, 'ok']);
    for (const path of PAGES) {
      const res = await w.app.request(path);
      expect(res.status, path).toBe(303);
      expect(res.headers.get('location'), path).toMatch(/^\/login/);
    }
    const forged = await w.app.request('/inbox', { headers: { cookie: 'jianbao_session=not-a-session' } });
    expect(forged.status).toBe(303);
    const unsafe = await w.app.request('/inbox/triage', { method: 'POST', body: new URLSearchParams({ act: 'discard', ids: '1' }) });
    expect(unsafe.status).toBe(401);
    expect(await unsafe.text()).toContain('action="/login"');
    // The login page's icon is served without a session too, so a browser asks for no /favicon.ico (a 404 in the console).
    const login = await (await w.app.request('/login')).text();
    expect(login).toContain('<link rel="icon" href="/static/icon.svg" type="image/svg+xml">');
    const icon = await w.app.request('/static/icon.svg');
    expect([icon.status, icon.headers.get('content-type')]).toEqual([200, 'image/svg+xml']);
    expect(await icon.text()).toMatch(/^<svg /);
  });

  it('tells a change sent after the session ended or from a stale page that nothing was saved, with what was typed', async () => {
    const typed = { op: 'summary', articleId: '1', version: '3', text: `我写的摘要 ${XSS}`, _csrf: 'old' };
    const from = { Origin: 'http://localhost', Referer: 'http://localhost/bulletins/7?saved=1' };
    const ended = await w.app.request('/bulletins/7/edit', { method: 'POST', body: new URLSearchParams(typed), headers: from });
    const endedPage = await ended.text();
    expect(ended.status).toBe(401);
    expect(endedPage).toContain('登录已过期，刚才的修改没有保存');
    expect(endedPage).toContain(`我写的摘要 ${XSS_SHOWN}</textarea>`);
    expect(endedPage).toContain('<input type="hidden" name="next" value="/bulletins/7">');
    expect(endedPage).not.toMatch(/>(old|summary|3)<\/textarea>/);
    // From another site: refused the same, but nothing of its text shown on our page.
    const foreign = await w.app.request('/bulletins/7/edit', { method: 'POST', body: new URLSearchParams(typed), headers: { Origin: 'http://evil.example' } });
    expect(foreign.status).toBe(401);
    expect(await foreign.text()).not.toContain('我写的摘要');
    // Logged in again elsewhere: the old page's token is refused, the text shown, the way back linked.
    const stale = await w.app.request('/bulletins/7/edit', { method: 'POST', body: new URLSearchParams(typed), headers: { ...from, cookie: as.editor!.cookie } });
    const stalePage = await stale.text();
    expect(stale.status).toBe(403);
    expect(stalePage).toContain('页面已过期');
    expect(stalePage).toContain(`我写的摘要 ${XSS_SHOWN}</textarea>`);
    expect(stalePage).toContain('<a href="/bulletins/7">回到原页面</a>');
    // The editor's script saves by fetch: it gets the reason as JSON, not a login page it would take for a save.
    const json = await w.app.request('/bulletins/7/edit', { method: 'POST', body: new URLSearchParams(typed), headers: { Accept: 'application/json' } });
    expect([json.status, ((await json.json()) as { error: string }).error]).toEqual([401, expect.stringContaining('登录已过期')]);
  });

  it('refuses an unsafe request without the session CSRF token, and takes it from the form or the header', async () => {
    const id = String((await w.jianbao.inbox.list(ADMIN, {})).entries[0]!.id);
    expect((await post(w.app, as.editor!, '/inbox/triage', { act: 'tag', ids: id, tags: 't1' }, false)).status).toBe(403);
    expect((await post(w.app, as.editor!, '/inbox/triage', { act: 'tag', ids: id, tags: 't1', _csrf: as.admin!.csrf }, false)).status).toBe(403);
    expect((await w.app.request('/logout', { method: 'POST', headers: { cookie: as.editor!.cookie } })).status).toBe(403);
    // Tags are parted as on every 逗号分隔 field: by commas or 、, a space staying inside a name.
    expect((await post(w.app, as.editor!, '/inbox/triage', { act: 'tag', ids: id, tags: 't1，Red Hat' })).status).toBe(303);
    expect((await w.jianbao.inbox.list(ADMIN, { tag: 'Red Hat' })).entries.map((e) => e.id)).toEqual([Number(id)]);
    const viaHeader = await w.app.request('/inbox/triage', {
      method: 'POST', body: new URLSearchParams({ act: 'tag', ids: id, tags: 't2' }), headers: { cookie: as.editor!.cookie, 'X-CSRF-Token': as.editor!.csrf },
    });
    expect(viaHeader.status).toBe(303);
    expect((await w.jianbao.inbox.list(ADMIN, { tag: 't2' })).entries.map((e) => e.id)).toEqual([Number(id)]);
  });

  it("gives a reader 403 for an editor's action and an editor 403 for an admin's, changing nothing", async () => {
    const id = String((await w.jianbao.inbox.list(ADMIN, {})).entries[0]!.id);
    const before = await w.jianbao.audit.list(ADMIN, {});
    for (const [who, path, fields] of [
      ['reader', '/inbox/triage', { act: 'discard', ids: id }],
      ['reader', '/sources/1/fetch', {}],
      ['reader', '/articles/1/edit', { title: 'x' }],
      ['reader', '/articles/1/split', { at: '2' }],
      ['reader', '/articles/undo', {}],
      ['editor', '/sources', { url: 'http://127.0.0.1:9/feed.xml' }],
      ['editor', '/sources/1/remove', {}],
      ['editor', '/users', { name: 'mallory', role: 'admin' }],
      ['chief', '/users/remove', { name: 'admin' }],
    ] as const) {
      const res = await post(w.app, as[who]!, path, fields);
      expect(res.status, `${who} ${path}`).toBe(403);
      expect(await res.text()).toContain('无权操作');
    }
    expect((await w.app.request('/inbox', { headers: { cookie: as.reader!.cookie } })).status).toBe(403);
    expect((await w.app.request('/audit', { headers: { cookie: as.editor!.cookie } })).status).toBe(403);
    expect(await w.jianbao.audit.list(ADMIN, {})).toEqual(before);
  });

  it('shows a hostile title, source name and note as text on every page', async () => {
    for (const path of PAGES) {
      let res = await w.app.request(path, { headers: { cookie: as.admin!.cookie } });
      if (res.status === 303) res = await w.app.request(res.headers.get('location')!, { headers: { cookie: as.admin!.cookie } });
      const html = await res.text();
      expect(html, path).not.toContain(XSS);
      expect(html, path).not.toMatch(/<img/i);
    }
    const shown = async (path: string) => (await w.app.request(path, { headers: { cookie: as.admin!.cookie } })).text();
    expect(await shown('/inbox?view=all')).toContain(XSS_SHOWN);
    expect(await shown('/search?q=onerror')).toMatch(/&lt;img src=x <mark>onerror<\/mark>|&lt;img src=x onerror/);
    expect(await shown('/sources')).toContain(XSS_SHOWN);
    expect(await shown('/audit')).toContain(XSS_SHOWN);
    expect(await shown('/watchlists')).toContain(`<strong>${XSS_SHOWN}</strong>`);
    const hostile = (await w.jianbao.inbox.list(ADMIN, { view: 'all' })).entries.find((e) => e.title === XSS)!;
    expect(await shown('/alerts')).toContain(`<a class="title" href="/articles/${hostile.id}">${XSS_SHOWN}</a>`);
    expect(await shown(`/articles/${hostile.id}`)).toContain(XSS_SHOWN);
  });

  it("refuses another user's saved search, the jobs retry to a reader, and the new forms without the CSRF token", async () => {
    const saved = await w.jianbao.savedSearches.save({ id: 'editor', role: 'editor' }, { name: '编辑的检索', query: 'onerror' });
    const before = await w.jianbao.audit.list(ADMIN, {});
    for (const [who, path, method] of [
      ['reader', `/search/saved/${saved.id}/remove`, 'post'],
      ['reader', `/search/saved/${saved.id}`, 'get'],
      ['reader', '/jobs/1/retry', 'post'],
      ['reader', '/jobs', 'get'],
      ['editor', '/jobs/1/retry', 'post'],
    ] as const) {
      const res = method === 'post' ? await post(w.app, as[who]!, path, {}) : await w.app.request(path, { headers: { cookie: as[who]!.cookie } });
      expect(res.status, `${who} ${path}`).toBe(403);
    }
    for (const [path, fields] of [
      ['/search/saved', { name: 'x', q: 'onerror' }],
      [`/search/saved/${saved.id}/remove`, {}],
      ['/watchlists', { name: 'x', query: 'onerror' }],
      ['/watchlists/remove', { name: XSS }],
      ['/alerts/read-all', {}],
      ['/jobs/1/retry', {}],
      ['/bulletins/editions', { name: 'x' }],
      ['/issues', {}],
    ] as const) {
      expect((await post(w.app, as.editor!, path, fields, false)).status, path).toBe(403);
    }
    // An upload carries the token in its multipart form like any other: without it, refused before anything is read.
    const upload = new FormData();
    upload.append('file', new File(['第一期'], 'x.txt'));
    expect((await w.app.request('/issues', { method: 'POST', body: upload, headers: { cookie: as.editor!.cookie } })).status).toBe(403);
    upload.append('_csrf', as.reader!.csrf);
    expect((await w.app.request('/issues', { method: 'POST', body: upload, headers: { cookie: as.editor!.cookie } })).status).toBe(403);
    expect(await w.jianbao.audit.list(ADMIN, {})).toEqual(before);
    expect((await w.jianbao.savedSearches.list({ id: 'editor', role: 'editor' })).map((s) => s.id)).toEqual([saved.id]);
  });

  it('sets the session cookie HttpOnly, SameSite=Lax, path /; Secure when configured; never scripts inline', async () => {
    const res = await w.app.request('/login', { method: 'POST', body: new URLSearchParams({ username: 'editor', password: 'editor-secret-1' }) });
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^jianbao_session=[\w-]{40,};/);
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).toMatch(/; SameSite=Lax/);
    expect(cookie).toMatch(/; Path=\//);
    expect(cookie).not.toMatch(/Secure/);
    const secure = await workbench(backend, { secureCookies: true });
    try {
      const r = await secure.app.request('/login', { method: 'POST', body: new URLSearchParams({ username: 'editor', password: 'editor-secret-1' }) });
      expect(r.headers.get('set-cookie')).toMatch(/; Secure/);
    } finally {
      await secure.jianbao.close();
    }
    const page = await w.app.request('/inbox', { headers: { cookie: as.admin!.cookie } });
    const csp = page.headers.get('content-security-policy')!;
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(await page.text()).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    // A logged-out session no longer opens pages.
    const out = await login(w.app, 'chief', 'chief-secret-1');
    expect((await post(w.app, out, '/logout', {})).status).toBe(303);
    expect((await w.app.request('/inbox', { headers: { cookie: out.cookie } })).status).toBe(303);
  });

  it('refuses a cross-site login form and redirects only to local paths after login', async () => {
    const cross = await w.app.request('/login', {
      method: 'POST', body: new URLSearchParams({ username: 'editor', password: 'editor-secret-1' }), headers: { Origin: 'http://evil.example', Host: 'localhost' },
    });
    expect(cross.status).toBe(403);
    for (const [next, to] of [['//evil.example/x', '/'], ['/inbox?view=kept', '/inbox?view=kept'], ['https://evil.example', '/']]) {
      const res = await w.app.request('/login', { method: 'POST', body: new URLSearchParams({ username: 'editor', password: 'editor-secret-1', next: next! }) });
      expect(res.headers.get('location')).toBe(to);
    }
  });

  it('throttles wrong passwords per user: the sixth try waits, also with the right password, then works', async () => {
    const attempt = (password: string) => w.app.request('/login', { method: 'POST', body: new URLSearchParams({ username: 'chief', password }) });
    for (let i = 0; i < 5; i++) {
      const res = await attempt(`wrong-${i}`);
      expect(res.status).toBe(401);
      expect(await res.text()).toContain('用户名或密码错误');
    }
    const blocked = await attempt('chief-secret-1');
    expect(blocked.status).toBe(429);
    const blockedText = await blocked.text();
    expect(blockedText).toMatch(/密码错误次数过多，请 \d+ 秒后再试/);
    expect(blockedText).not.toContain('too many');
    expect((await attempt('wrong-again')).status).toBe(429);
    w.advance(31_000);
    expect((await attempt('chief-secret-1')).status).toBe(303);
    // Unknown users are throttled the same way, so names cannot be probed.
    for (let i = 0; i < 5; i++) expect((await w.app.request('/login', { method: 'POST', body: new URLSearchParams({ username: 'nobody', password: 'x' }) })).status).toBe(401);
    expect((await w.app.request('/login', { method: 'POST', body: new URLSearchParams({ username: 'nobody', password: 'x' }) })).status).toBe(429);
  }, 30_000);
});

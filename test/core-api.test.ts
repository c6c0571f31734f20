import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JianbaoError, exitCode, httpStatus, openJianbao, zhMessage, zhProblem, resolveConfig, type Actor, type Jianbao } from '../src/core/index.js';
import { BACKENDS } from './backends.js';
import { ROOT, SAMPLES } from './cli-run.js';

const dir = mkdtempSync(join(tmpdir(), 'jianbao-core-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ADMIN: Actor = { id: 'wang', role: 'admin' };
const EDITOR: Actor = { id: 'li', role: 'editor' };
const READER: Actor = { id: 'client', role: 'reader', edition: null };

/** The error a promise rejects with (fails the test when it resolves). */
async function rejection(p: Promise<unknown>): Promise<JianbaoError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(JianbaoError);
  return err as JianbaoError;
}

describe('the configuration', () => {
  it('layers flags over environment over a config file over defaults, and freezes the result', () => {
    const file = join(dir, 'jianbao.config.json');
    writeFileSync(file, JSON.stringify({ store: 'from-file.db', chromium: '/opt/chromium', fetch: { retries: 7 }, house: { publication: '产业周报' } }));
    const config = resolveConfig({ file, env: { JIANBAO_CHROMIUM: '/env/chromium', JIANBAO_DB: 'from-env.db' }, flags: { store: 'from-flag.db' } });
    expect(config.store).toBe('from-flag.db');
    expect(config.chromium).toBe('/env/chromium');
    expect(config.fetch.retries).toBe(7);
    expect(config.fetch.timeoutMs).toBe(20_000);
    expect(config.house.publication).toBe('产业周报');
    expect(Object.isFrozen(config.fetch)).toBe(true);
    // jianbao.config.json in the working folder is read without being named.
    expect(resolveConfig({ cwd: dir }).store).toBe('from-file.db');
  });

  it('names the file and the field when the config file is wrong', () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ fetch: { retries: -1 } }));
    expect(() => resolveConfig({ file: bad })).toThrow(`${bad}: fetch.retries:`);
    writeFileSync(bad, '{ store: ');
    expect(() => resolveConfig({ file: bad })).toThrow(`${bad}: 不是 JSON 格式 (not JSON: `);
    writeFileSync(bad, JSON.stringify({ stroe: 'x.db' }));
    expect(() => resolveConfig({ file: bad })).toThrow(bad);
    expect(() => resolveConfig({ file: join(dir, 'none.json') })).toThrow('no such config file');
  });
});

describe('typed errors', () => {
  it('map to HTTP statuses and exit codes by kind, never by message', () => {
    const e = new JianbaoError('not-found', 'issue 9', 'no such issue');
    expect(e.message).toBe('issue 9: no such issue');
    expect(httpStatus(e)).toBe(404);
    expect(httpStatus(new JianbaoError('conflict', 'x', 'y'))).toBe(409);
    expect(httpStatus(new JianbaoError('forbidden', 'x', 'y'))).toBe(403);
    expect(httpStatus(new JianbaoError('invalid-input', 'x', 'y'))).toBe(400);
    expect(httpStatus(new Error('boom'))).toBe(500);
    expect(exitCode(e)).toBe(1);
    expect(exitCode(new JianbaoError('unavailable', 'db', 'down'))).toBe(69);
  });

  it('show a zh-CN reader the problem without its English detail in brackets', () => {
    expect(zhProblem('PDF 文件不完整或已损坏，第 3 页无法读取 (truncated or damaged PDF (page 3: bad XRef (entry 7)))')).toBe('PDF 文件不完整或已损坏，第 3 页无法读取');
    expect(zhProblem('不是 PDF 文件 (not a PDF (no %PDF- header))')).toBe('不是 PDF 文件');
    // A Chinese aside, English only, or unbalanced brackets stay as they are.
    expect(zhProblem('没有找到（第 3 期）')).toBe('没有找到（第 3 期）');
    expect(zhProblem('已停用 (第 3 期)')).toBe('已停用 (第 3 期)');
    expect(zhProblem('not a PDF (no header)')).toBe('not a PDF (no header)');
    expect(zhProblem('坏了 (x))')).toBe('坏了 (x))');
    // The whole message: a named thing in zh-CN, an internal field name left out, a file name or address kept.
    const zh = (input: string, problem: string) => zhMessage(new JianbaoError('invalid-input', input, problem));
    expect(zh('article 12: paragraph 9', '请填写 2 到 5 之间的段号 (give a paragraph from 2 to 5)')).toBe('文章 #12：第 9 段：请填写 2 到 5 之间的段号');
    expect(zh('file', '请先选择要导入的文件 (choose a file to import)')).toBe('请先选择要导入的文件');
    expect(zh('compose.from', '开始日期晚于结束日期')).toBe('开始日期晚于结束日期');
    expect(zh('报告.pdf', '不是 PDF 文件 (not a PDF)')).toBe('报告.pdf：不是 PDF 文件');
    expect(zh('watchlist 芯片', '已有同名关注 (exists)')).toBe('关注「芯片」：已有同名关注');
  });
});

describe.each(BACKENDS)('the core services on $name', (backend) => {
  let jianbao: Jianbao;
  beforeAll(async () => {
    jianbao = await openJianbao(resolveConfig({ flags: { store: await backend.migrated() } }), { now: () => new Date('2026-12-06T08:00:00Z') });
  });
  afterAll(() => jianbao?.close());

  it('imports a file and the same bytes as an upload, logging who imported it', async () => {
    const first = await jianbao.issues.importFile(EDITOR, join(ROOT, SAMPLES[2]));
    expect(first).toMatchObject({ status: 'imported', articles: 37 });
    const upload = await jianbao.issues.importBytes(EDITOR, 'upload.txt', new Uint8Array(readFileSync(join(ROOT, SAMPLES[2]))));
    expect(upload).toMatchObject({ status: 'unchanged', issueId: first.issueId });
    const log = await jianbao.audit.list(ADMIN, { object: `issue:${first.issueId}` });
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ actor: 'li', role: 'editor', action: 'issue.import', at: '2026-12-06T08:00:00.000Z' });
  });

  it('checks roles inside the services: a reader may read the archive but not change it', async () => {
    expect((await jianbao.issues.list(READER)).length).toBe(1);
    const refused = await rejection(jianbao.issues.importFile(READER, join(ROOT, SAMPLES[0])));
    expect(refused.kind).toBe('forbidden');
    expect(refused.message).toBe('client: 读者无权修改档案 (a reader may not import issues)');
    expect((await rejection(jianbao.audit.list(EDITOR))).kind).toBe('forbidden');
    expect((await rejection(jianbao.bulletins.compose(READER, { from: '2021-10-15', to: '2021-10-21' }))).kind).toBe('forbidden');
  });

  it('validates input once and names the field', async () => {
    const bad = await rejection(jianbao.bulletins.compose(EDITOR, { from: '2021-02-30', to: '2021-03-01' }));
    expect(bad.kind).toBe('invalid-input');
    expect(bad.message).toBe('compose.from: 请按 YYYY-MM-DD 填写日期 (expected a date as YYYY-MM-DD)');
    const date = await rejection(jianbao.issues.importFile(EDITOR, join(ROOT, SAMPLES[0]), { issueDate: '2021-13-01' }));
    expect(date.input).toBe('import.issueDate');
    expect((await rejection(jianbao.issues.getArticle(EDITOR, 999_999))).kind).toBe('not-found');
  });

  it('composes, edits and renders a bulletin, each change logged with its actor', async () => {
    const { id } = await jianbao.bulletins.compose(EDITOR, { from: '2021-10-15', to: '2021-10-21', maxPerSection: 3 });
    const { bulletin } = await jianbao.bulletins.get(EDITOR, id);
    const first = bulletin.sections[0]!.entries[0]!;
    expect(await jianbao.bulletins.edit(EDITOR, id, { op: 'summary', articleId: first.articleId, text: '编辑改写的摘要' })).toMatchObject({ what: 'summary' });
    const after = await jianbao.bulletins.get(EDITOR, id);
    // A reader learns nothing of drafts: not even that one exists.
    expect((await rejection(jianbao.bulletins.get(READER, id))).kind).toBe('not-found');
    expect(after.bulletin.sections[0]!.entries[0]!.summary).toBe('编辑改写的摘要');
    expect(after.changes.map((c) => [c.who, c.what])).toEqual([['li', 'new'], ['li', 'summary']]);
    const md = new TextDecoder().decode(await jianbao.bulletins.render(EDITOR, id, 'md'));
    expect(md).toContain('编辑改写的摘要');
    // Two requests for the same file at once (a second click on a slow PDF) get the same bytes: they share the render
    // when the second arrives while the first is printing, which a quick Markdown render may already have finished.
    const [one, two] = await Promise.all([jianbao.bulletins.render(EDITOR, id, 'md'), jianbao.bulletins.render(EDITOR, id, 'md')]);
    expect(two).toEqual(one);
    const log = await jianbao.audit.list(ADMIN, { object: `bulletin:${id}` });
    expect(log.map((e) => e.action)).toEqual(['bulletin.summary', 'bulletin.new']);
    await expect(jianbao.bulletins.edit(EDITOR, id, { op: 'drop', articleId: 999_999 })).rejects.toThrow(`article 999999: 不在第 ${id} 期中 (not in issue ${id})`);
  });

  it('removes an issue and says not-found the second time', async () => {
    const [issue] = await jianbao.issues.list(ADMIN);
    expect(await jianbao.issues.remove(ADMIN, issue!.id)).toMatchObject({ articles: 37 });
    const again = await rejection(jianbao.issues.remove(ADMIN, issue!.id));
    expect(again.kind).toBe('not-found');
    expect(again.input).toBe(`issue ${issue!.id}`);
  });
});

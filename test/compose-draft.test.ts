/**
 * Composing bulletins through the core (BulletinService, EditionService) on each backend, over the compose fixture;
 * the last block starts the CLI for what only the CLI does: the id it prints, the text of `issue show` and
 * `issue list`, one-line errors and their exit codes.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HIGHLIGHT_MAX, highlightLine } from '../src/compose/draft.js';
import type { IssueChange, IssueDraft } from '../src/compose/types.js';
import type { Actor, BulletinEdit, ComposeInput, Jianbao } from '../src/core/index.js';
import { BACKENDS } from './backends.js';
import { lines, runCli, SAMPLES } from './cli-run.js';
import { LATE_TITLE, REPRINT_DATE, REPRINT_SOURCE, bulletin003, composeStore, gold003, reprintedTitle } from './compose-fixture.js';
import { openCore, rejection } from './core-fixture.js';

const dir = mkdtempSync(join(tmpdir(), 'jianbao-compose-draft-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const PERIOD = { from: '2021-10-15', to: '2021-10-21' };
const entriesOf = (d: IssueDraft) => d.sections.flatMap((s) => s.entries);
/** Whoever acts, as the CLI's `--who` names them: the command line acts as an admin. */
const by = (who: string): Actor => ({ id: who, role: 'admin' });
/** The actor when no `--who` is given. */
const ME = by('终端用户');

describe.each(BACKENDS)('composing issues on $name', (backend) => {
  let jianbao: Jianbao;
  beforeAll(async () => {
    const db = await backend.migrated();
    await composeStore(db);
    jianbao = await openCore(db);
  });
  afterAll(() => jianbao?.close());

  /** A new draft's id, as `issue new` prints it. */
  async function compose(input: Partial<ComposeInput> = {}, actor = ME): Promise<string> {
    return String((await jianbao.bulletins.compose(actor, { ...PERIOD, ...input })).id);
  }

  /** The draft and its changes as `issue show --json` prints them. */
  async function show(id: string): Promise<IssueDraft & { changes: IssueChange[] }> {
    const { bulletin, changes } = await jianbao.bulletins.get(ME, Number(id));
    return JSON.parse(JSON.stringify({ ...bulletin, changes }));
  }

  const edit = (id: string, e: BulletinEdit, actor = ME) => jianbao.bulletins.edit(actor, Number(id), e);

  describe('issue new', () => {
    let id = '';
    let draft: IssueDraft & { changes: IssueChange[] };
    beforeAll(async () => {
      id = await compose({ maxPerSection: 6 }, by('tester'));
      expect(id).toMatch(/^\d+$/);
      draft = await show(id);
    });

    it('takes the period\'s issues only, in the house section order, each section capped and ordered by score', () => {
      const titles = entriesOf(draft).map((e) => e.title);
      expect(titles).not.toContain(LATE_TITLE);
      expect(draft).toMatchObject({ publication: '信息产业监测', number: 1, from: '2021-10-15', to: '2021-10-21', edition: null });
      const house = gold003().sections;
      expect(draft.sections.map((s) => s.name)).toEqual([...house, '技术']);
      for (const s of draft.sections) {
        expect(s.entries.length).toBeGreaterThan(0);
        expect(s.entries.length).toBeLessThanOrEqual(6);
        const scores = s.entries.map((e) => e.score);
        expect(scores).toEqual([...scores].sort((a, b) => b - a));
        for (const e of s.entries) expect(e.section).toBe(s.name);
      }
    });

    it('merges a reprint into the fuller report and names the other source under it', () => {
      const original = entriesOf(draft).find((e) => e.title === reprintedTitle())!;
      expect(original).toBeDefined();
      expect(original.source).toBe('信息产业监测');
      expect(original.alsoSeen).toEqual([
        expect.objectContaining({ title: `${reprintedTitle()}（转载）`, source: REPRINT_SOURCE, date: REPRINT_DATE }),
      ]);
      expect(entriesOf(draft).filter((e) => e.title.startsWith(reprintedTitle()))).toHaveLength(1);
      // The other publication's own article is kept under its own section.
      expect(entriesOf(draft).some((e) => e.source === REPRINT_SOURCE && e.section === '技术')).toBe(true);
    });

    it('writes 本期要点 from the best entries, each line at most 40 characters', () => {
      expect(draft.highlights).toHaveLength(5);
      const best = entriesOf(draft).sort((a, b) => b.score - a.score).slice(0, 5);
      best.forEach((e, i) => {
        expect(Array.from(draft.highlights[i]).length).toBeLessThanOrEqual(HIGHLIGHT_MAX);
        expect(e.title.startsWith(draft.highlights[i].replace(/…$/, ''))).toBe(true);
      });
    });

    it('makes a 本期要点 line a statement of its own: a short summary\'s first sentence, else the headline', () => {
      const e = entriesOf(draft)[0]!;
      expect(highlightLine({ ...e, summary: '工信部发布新规。细则下月公布。' })).toBe('工信部发布新规');
      expect(highlightLine({ ...e, summary: '短摘要' })).toBe('短摘要');
      // A long summary is the entry's text, not a line: the headline stands for it.
      expect(highlightLine({ ...e, summary: '长'.repeat(HIGHLIGHT_MAX + 1) })).toBe(highlightLine({ ...e, summary: '' }));
      expect(e.title.startsWith(highlightLine({ ...e, summary: '' }).replace(/…$/, ''))).toBe(true);
    });

    it('logs its creation with who made it', () => {
      expect(draft.changes).toEqual([expect.objectContaining({ who: 'tester', what: 'new' })]);
    });

    it('numbers the next issue of the same publication after the last one', async () => {
      expect((await show(await compose())).number).toBe(2);
    });

    it('refuses a period without stored issues and a reversed period in one line', async () => {
      const empty = await rejection(compose({ from: '2020-01-01', to: '2020-01-07' }));
      expect(empty).toMatchObject({ kind: 'invalid-input', message: '2020-01-01..2020-01-07: 这一时段内没有已入库的期刊或网页文章 (no stored issue or web article is dated in this period)' });
      const reversed = await rejection(compose({ from: '2021-10-21', to: '2021-10-15' }));
      expect(reversed.kind).toBe('invalid-input');
      expect(reversed.message.trim().split('\n')).toHaveLength(1);
    });
  });

  describe('issue edit', () => {
    let id = '';
    beforeAll(async () => {
      id = await compose({ maxPerSection: 4 });
    });

    it('drops, adds, moves and summarises, logging every change with who made it', async () => {
      const before = await show(id);
      expect(before.sections[0].name).toBe(gold003().sections[0]);
      const [first, second] = before.sections[0].entries;
      const last = before.sections.at(-1)!;
      // 003 was imported first: its articles are ids 1..37, and the 4-per-section cap leaves some of them out.
      const outside = bulletin003().articles.map((_, i) => i + 1).find((n) => !entriesOf(before).some((e) => e.articleId === n))!;
      expect(outside).toBeDefined();

      for (const e of [
        { op: 'drop', articleId: first.articleId },
        { op: 'add', articleId: outside, section: before.sections[0].name },
        { op: 'move', articleId: second.articleId, section: last.name, before: last.entries[0].articleId },
        { op: 'summary', articleId: outside, text: '这是 编辑写的摘要' },
      ] as BulletinEdit[]) {
        expect(await edit(id, e, by('编辑甲')), e.op).toMatchObject({ what: e.op });
      }
      const after = await show(id);
      const ids = entriesOf(after).map((e) => e.articleId);
      expect(ids).not.toContain(first.articleId);
      expect(after.sections[0].entries.at(-1)).toMatchObject({ articleId: outside, summary: '这是 编辑写的摘要' });
      expect(after.sections.at(-1)!.entries.map((e) => e.articleId).slice(0, 2)).toEqual([second.articleId, last.entries[0].articleId]);
      expect(after.changes.map((c) => [c.what, c.who])).toEqual([
        ['new', ME.id],
        ['drop', '编辑甲'], ['add', '编辑甲'], ['move', '编辑甲'], ['summary', '编辑甲'],
      ]);
    });

    it('arranges the whole issue from a plan file', async () => {
      const before = await show(id);
      const [a, b] = entriesOf(before);
      const plan = JSON.stringify({ coverLine: '本周聚焦', sections: [{ name: '头条', entries: [b.articleId, { article: a.articleId, summary: '短摘要' }] }] });
      expect(await edit(id, { op: 'plan', plan, name: join(dir, 'plan.json') })).toMatchObject({ what: 'plan' });
      const after = await show(id);
      expect(after.coverLine).toBe('本周聚焦');
      expect(after.sections).toHaveLength(1);
      expect(after.sections[0]).toMatchObject({ name: '头条', entries: [{ articleId: b.articleId }, { articleId: a.articleId, summary: '短摘要' }] });
      expect(after.highlights).toContain('短摘要');
      expect(after.changes.at(-1)).toMatchObject({ what: 'plan' });
    });

    it('refuses a bad plan or an unknown article in one line and changes nothing', async () => {
      const before = await show(id);
      const bad = join(dir, 'bad.json');
      for (const [plan, problem] of [
        ['{"sections": [{"name": "X", "entries": ["one"]}]}', /bad\.json: at sections\.0\.entries\.0: expected an article id/],
        ['{"sections": [{"name": "X", "entries": [1, 1]}]}', /article 1: 在编排方案中出现了两次 \(listed twice in the plan\)/],
        ['{"sections": [{"name": "X", "entries": [999999]}]}', /article 999999: 库中没有这篇文章 \(no such article in the store\)/],
        ['{"sections": ', /bad\.json: 不是 JSON 格式 \(not JSON: /],
      ] as const) {
        const err = await rejection(edit(id, { op: 'plan', plan, name: bad }));
        expect(err.message).toMatch(problem);
        expect(err.message.trim().split('\n')).toHaveLength(1);
      }
      const drop = await rejection(edit(id, { op: 'drop', articleId: 999999 }));
      expect(drop.message).toBe(`article 999999: 不在第 ${id} 期中 (not in issue ${id})`);
      expect(await show(id)).toEqual(before);
    });

    it('refuses a section the issue does not have, naming its sections, unless newSection', async () => {
      const before = await show(id);
      const article = before.sections[0].entries[0].articleId;
      const err = await rejection(edit(id, { op: 'move', articleId: article, section: '不存在栏目' }));
      expect(err.message).toMatch(new RegExp(`^section 不存在栏目: 第 ${id} 期没有这个栏目（本期栏目：${before.sections.map((s) => s.name).join('、')}；本社栏目：产业环境.*）；要新开栏目请用 --new-section \\(not a section of issue ${id}; to start a new section, ask for one \\(--new-section\\)\\)$`));
      expect(err.message).toContain('--new-section');
      expect(await show(id)).toEqual(before);
      await edit(id, { op: 'move', articleId: article, section: '不存在栏目', newSection: true });
      expect((await show(id)).sections.at(-1)).toMatchObject({ name: '不存在栏目', entries: [{ articleId: article }] });
    });

    it('applies a change made on an old version when nothing it needs changed since, refuses one that clashes, and moves the issue through 待审 and back', async () => {
      const before = (await show(id)).version;
      // The change since (a move) did not touch the cover line: it goes on top.
      expect(await edit(id, { op: 'cover', text: '旧版本上的修改', version: before - 1 })).toMatchObject({ version: before + 1, mergedWith: [expect.any(String)] });
      const version = before + 1;
      const stale = await rejection(edit(id, { op: 'cover', text: '再一次旧版本上的修改', version: before - 1 }));
      expect(stale).toMatchObject({ kind: 'conflict', message: expect.stringMatching(new RegExp(`^issue ${id}: 你打开之后，\\S+ 改了同一处（第 ${version} 版：封面语 旧版本上的修改），你的修改没有保存 \\(conflicts with a change made since your copy was read \\(now version ${version}\\); nothing saved\\)$`)) });
      // A status move is never made on top of others' changes.
      const moved = await rejection(jianbao.bulletins.submit(by('编辑甲'), Number(id), { version: before }));
      expect(moved).toMatchObject({ kind: 'conflict', message: `issue ${id}: 版本冲突：你打开之后别人已修改（现为第 ${version} 版，草稿），请刷新后重做 (changed by someone else since your copy was read (now version ${version}, draft); reload it and make your change again)` });
      expect(await jianbao.bulletins.submit(by('编辑甲'), Number(id), { version })).toEqual({ status: 'submitted', version: version + 1 });
      // Sign-off renders every format first: without a working Chromium nothing changes, in one line (exit 69 on the CLI: below).
      const noChromium = await openCore(jianbao.config.store, { chromium: join(dir, 'no-chromium') });
      try {
        const broken = await rejection(noChromium.bulletins.approve(ME, Number(id)));
        expect(broken.kind).toBe('unavailable');
        expect(broken.message).toMatch(new RegExp(`^issue ${id}: 无法生成 pdf 文件 \\(cannot render pdf: .*no-chromium: cannot start Chromium for PDF output`));
        expect(broken.message.trim().split('\n')).toHaveLength(1);
      } finally {
        await noChromium.close();
      }
      expect((await show(id)).status).toBe('submitted');
      expect(await jianbao.bulletins.reject(by('主编'), Number(id), { note: '请补充' })).toEqual({ status: 'draft', version: version + 2 });
      const again = await rejection(jianbao.bulletins.reject(ME, Number(id)));
      expect(again.message).toBe(`issue ${id}: 当前是草稿，只有待审的简报才能退回 (is draft; only a submitted bulletin can be sent back)`);
      expect((await jianbao.bulletins.list(ME)).find((d) => String(d.id) === id)).toMatchObject({ status: 'draft' });
      expect((await show(id)).changes.slice(-2).map((c) => [c.who, c.what, c.detail])).toEqual([['编辑甲', 'submit', '草稿 → 待审'], ['主编', 'reject', '待审 → 草稿: 请补充']]);
    });
  });

  describe('editions', () => {
    it('drafts an edition with only the articles that match its tag, and its cover line', async () => {
      await jianbao.editions.save(ME, { name: '芯片版', tags: ['芯片'], coverLine: '芯片产业专刊', sections: ['企业情报'] });
      const d = await show(await compose({ edition: '芯片版' }));
      expect(d).toMatchObject({ edition: '芯片版', coverLine: '芯片产业专刊', number: 1 });
      expect(d.sections[0].name).toBe('企业情报');
      const entries = entriesOf(d);
      expect(entries.length).toBeGreaterThan(0);
      for (const e of entries) expect(`${e.title}\n${e.body}`).toContain('芯片');
      const all = bulletin003().articles.filter((a) => `${a.title}\n${a.body}`.includes('芯片'));
      expect(entries.length).toBeLessThanOrEqual(all.length);
    });

    it('refuses an unknown edition by name', async () => {
      const err = await rejection(compose({ edition: '无此版' }));
      expect(err).toMatchObject({ kind: 'not-found', message: 'edition 无此版: 没有这个版别，请先用 jianbao edition add 添加 (no such edition (add it with jianbao edition add))' });
    });
  });

  describe('from imported samples to a draft', () => {
    it('drafts the week of the imported samples, naming the undated ones it cannot place', async () => {
      const store = await openCore(await backend.migrated());
      try {
        for (const f of SAMPLES) expect((await store.issues.importFile(ME, f)).status).toBe('imported');
        const { id, messages } = await store.bulletins.compose(ME, PERIOD);
        const undated = SAMPLES.filter((f) => !f.includes(gold003().file));
        expect(messages).toHaveLength(1);
        expect(messages[0]).toMatchObject({ level: 'warning' });
        expect(messages[0]!.message).toMatch(/^2 stored issues without a date cannot be placed in a period: /);
        for (const f of undated) expect(messages[0]!.message).toContain(f);
        const d = JSON.parse(JSON.stringify((await store.bulletins.get(ME, id)).bulletin)) as IssueDraft;
        expect(d.publication).toBe(gold003().publication);
        expect(d.sections.map((s) => s.name)).toEqual(gold003().sections);
        const goldTitles = new Set(gold003().articles.map((a) => a.title));
        expect(entriesOf(d).filter((e) => goldTitles.has(e.title)).length).toBeGreaterThanOrEqual(entriesOf(d).length - 2);
        // The same-event groups enrichment stored at import merge the gold duplicate pair, with both sources named.
        const [a, b] = gold003().duplicates[0];
        const pair = entriesOf(d).filter((e) => [a, b].includes(e.title));
        expect(pair).toHaveLength(1);
        expect(pair[0].alsoSeen.map((x) => x.title)).toEqual([[a, b].find((t) => t !== pair[0].title)]);
      } finally {
        await store.close();
      }
    });
  });

  describe('issue new with enrich', () => {
    it('merges the two reports the gold annotation calls one event, and gives entries summaries', async () => {
      const d = await show(await compose({ enrich: true }));
      const [a, b] = gold003().duplicates[0];
      const merged = entriesOf(d).find((e) => [a, b].includes(e.title))!;
      expect(merged.alsoSeen.map((x) => x.title)).toEqual([[a, b].find((t) => t !== merged.title)]);
      expect(entriesOf(d).filter((e) => [a, b].includes(e.title))).toHaveLength(1);
      expect(entriesOf(d).every((e) => e.summary && e.body.replace(/\s/g, '').includes(e.summary.replace(/\s/g, '').slice(0, 10)))).toBe(true);
    });
  });
});

describe('jianbao issue on the command line', () => {
  let db: string;
  const cli = (...args: string[]) => runCli([...args, '--db', db]);
  beforeAll(async () => {
    db = await BACKENDS[0]!.migrated();
    await composeStore(db);
  });

  it('prints the new id, the edit log lines, the text of issue show and issue list', async () => {
    const made = await cli('issue', 'new', '--from', PERIOD.from, '--to', PERIOD.to, '--max-per-section', '4');
    expect(made).toMatchObject({ code: 0, stderr: '' });
    const id = made.stdout.trim();
    expect(made.stdout).toMatch(/^\d+\n$/);
    const core = await openCore(db);
    const article = (await core.bulletins.get(ME, Number(id))).bulletin.sections[0]!.entries[0]!.articleId;
    await core.close();
    const summary = await cli('issue', 'edit', id, '--summary', String(article), '这是', '编辑写的摘要', '--who', '编辑甲');
    expect(summary).toMatchObject({ code: 0, stderr: '' });
    expect(summary.stdout).toMatch(new RegExp(`^issue ${id}: summary `));
    // The article changes after the editor wrote its entry's summary: show flags the entry and names the way back.
    const changed = await openCore(db);
    await changed.articles.edit(ME, article, { summary: '文章页的新摘要' });
    await changed.close();
    const text = (await cli('issue', 'show', id)).stdout;
    expect(text).toMatch(new RegExp(`^#${id}  信息产业监测 第 1 期  2021-10-15\\.\\.2021-10-21  草稿 \\(version 2\\)\n`));
    expect(text).toContain('这是 编辑写的摘要');
    expect(text).toMatch(/编辑甲\s+summary/);
    expect(text).toContain(`原文已更新 (the article changed since; issue edit ${id} --refresh ${article} takes its text)`);
    expect(text).toMatch(new RegExp(`^撤销 \\(issue edit ${id} --undo\\) takes back: 编辑甲  summary  .*这是 编辑写的摘要`, 'm'));
    expect(text).not.toContain('重做 (');
    expect((await cli('issue', 'edit', id, '--undo', '--if-version', '2')).stdout).toMatch(new RegExp(`^issue ${id}: 撤销 摘要 #\\d+：.*（编辑甲 的修改） \\(version 3\\)\n$`));
    expect((await cli('issue', 'edit', id, '--redo')).stdout).toMatch(new RegExp(`^issue ${id}: 重做 摘要 #\\d+：.*这是 编辑写的摘要.* \\(version 4\\)\n$`));
    expect((await cli('issue', 'list')).stdout).toMatch(new RegExp(`^#${id} .* 草稿$`, 'm'));
  });

  it('says what is wrong in one line with its exit code: 1 for bad input, 69 without Chromium', async () => {
    const id = (await cli('issue', 'new', '--from', PERIOD.from, '--to', PERIOD.to)).stdout.trim();
    const bad = join(dir, 'bad-cli.json');
    writeFileSync(bad, '{"sections": ');
    const plan = await cli('issue', 'edit', id, '--plan', bad);
    expect(plan.code).toBe(1);
    expect(plan.stderr).toMatch(/^jianbao: .*bad-cli\.json: 不是 JSON 格式 \(not JSON: /);
    expect(lines(plan.stderr)).toHaveLength(1);
    const edition = await cli('issue', 'new', '--from', PERIOD.from, '--to', PERIOD.to, '--edition', '无此版');
    expect(edition).toMatchObject({ code: 1, stderr: 'jianbao: edition 无此版: 没有这个版别，请先用 jianbao edition add 添加 (no such edition (add it with jianbao edition add))\n' });
    expect(await cli('issue', 'submit', id, '--who', '编辑甲')).toMatchObject({ code: 0, stdout: `issue ${id}: 待审 (submitted, version 2)\n` });
    const broken = await runCli(['issue', 'approve', id, '--db', db], { JIANBAO_CHROMIUM: join(dir, 'no-chromium') });
    expect(broken.code).toBe(69);
    expect(broken.stderr).toMatch(new RegExp(`^jianbao: issue ${id}: 无法生成 pdf 文件 \\(cannot render pdf: .*no-chromium: cannot start Chromium for PDF output`));
    expect(lines(broken.stderr)).toHaveLength(1);
  });
});

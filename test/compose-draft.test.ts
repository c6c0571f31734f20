import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HIGHLIGHT_MAX } from '../src/compose/draft.js';
import type { IssueChange, IssueDraft } from '../src/compose/types.js';
import { BACKENDS } from './backends.js';
import { runCli, SAMPLES } from './cli-run.js';
import { LATE_TITLE, REPRINT_DATE, REPRINT_SOURCE, bulletin003, composeStore, gold003, reprintedTitle } from './compose-fixture.js';

const dir = mkdtempSync(join(tmpdir(), 'jianbao-compose-draft-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const PERIOD = ['--from', '2021-10-15', '--to', '2021-10-21'];
const entriesOf = (d: IssueDraft) => d.sections.flatMap((s) => s.entries);

describe.each(BACKENDS)('composing issues on $name', (backend) => {
  let db: string;
  beforeAll(async () => {
    db = await backend.fresh();
    await composeStore(db);
  });

  async function cli(...args: string[]) {
    return runCli([...args, '--db', db]);
  }

  async function show(id: string): Promise<IssueDraft & { changes: IssueChange[] }> {
    const r = await cli('issue', 'show', id, '--json');
    expect(r).toMatchObject({ code: 0, stderr: '' });
    return JSON.parse(r.stdout);
  }

  describe('jianbao issue new', () => {
    let id = '';
    let draft: IssueDraft & { changes: IssueChange[] };
    beforeAll(async () => {
      const r = await cli('issue', 'new', ...PERIOD, '--max-per-section', '6', '--who', 'tester');
      expect(r.code, r.stderr).toBe(0);
      id = r.stdout.trim();
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

    it('logs its creation with who made it', () => {
      expect(draft.changes).toEqual([expect.objectContaining({ who: 'tester', what: 'new' })]);
    });

    it('numbers the next issue of the same publication after the last one', async () => {
      const r = await cli('issue', 'new', ...PERIOD);
      expect((await show(r.stdout.trim())).number).toBe(2);
    });

    it('refuses a period without stored issues and a reversed period in one line', async () => {
      const empty = await cli('issue', 'new', '--from', '2020-01-01', '--to', '2020-01-07');
      expect(empty.code).toBe(1);
      expect(empty.stderr).toBe('jianbao: 2020-01-01..2020-01-07: no stored issue or web article is dated in this period\n');
      const reversed = await cli('issue', 'new', '--from', '2021-10-21', '--to', '2021-10-15');
      expect(reversed.code).toBe(1);
      expect(reversed.stderr.trim().split('\n')).toHaveLength(1);
    });
  });

  describe('jianbao issue edit', () => {
    let id = '';
    beforeAll(async () => {
      id = (await cli('issue', 'new', ...PERIOD, '--max-per-section', '4')).stdout.trim();
    });

    it('drops, adds, moves and summarises, logging every change with who made it', async () => {
      const before = await show(id);
      expect(before.sections[0].name).toBe(gold003().sections[0]);
      const [first, second] = before.sections[0].entries;
      const last = before.sections.at(-1)!;
      // 003 was imported first: its articles are ids 1..37, and the 4-per-section cap leaves some of them out.
      const outside = bulletin003().articles.map((_, i) => i + 1).find((n) => !entriesOf(before).some((e) => e.articleId === n))!;
      expect(outside).toBeDefined();

      for (const args of [
        ['--drop', String(first.articleId)],
        ['--add', String(outside), '--to', before.sections[0].name],
        ['--move', String(second.articleId), '--to', last.name, '--before', String(last.entries[0].articleId)],
        ['--summary', String(outside), '这是', '编辑写的摘要'],
      ]) {
        const r = await cli('issue', 'edit', id, ...args, '--who', '编辑甲');
        expect(r, args.join(' ')).toMatchObject({ code: 0, stderr: '' });
      }
      const after = await show(id);
      const ids = entriesOf(after).map((e) => e.articleId);
      expect(ids).not.toContain(first.articleId);
      expect(after.sections[0].entries.at(-1)).toMatchObject({ articleId: outside, summary: '这是 编辑写的摘要' });
      expect(after.sections.at(-1)!.entries.map((e) => e.articleId).slice(0, 2)).toEqual([second.articleId, last.entries[0].articleId]);
      expect(after.changes.map((c) => [c.what, c.who])).toEqual([
        ['new', process.env.USER ?? expect.any(String)],
        ['drop', '编辑甲'], ['add', '编辑甲'], ['move', '编辑甲'], ['summary', '编辑甲'],
      ]);
      const text = (await cli('issue', 'show', id)).stdout;
      expect(text).toContain('这是 编辑写的摘要');
      expect(text).toMatch(/编辑甲\s+move/);
    });

    it('arranges the whole issue from a plan file', async () => {
      const before = await show(id);
      const [a, b] = entriesOf(before);
      const plan = join(dir, 'plan.json');
      writeFileSync(plan, JSON.stringify({ coverLine: '本周聚焦', sections: [{ name: '头条', entries: [b.articleId, { article: a.articleId, summary: '短摘要' }] }] }));
      const r = await cli('issue', 'edit', id, '--plan', plan);
      expect(r).toMatchObject({ code: 0, stderr: '' });
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
      for (const [content, problem] of [
        ['{"sections": [{"name": "X", "entries": ["one"]}]}', /bad\.json: at sections\.0\.entries\.0: expected an article id/],
        ['{"sections": [{"name": "X", "entries": [1, 1]}]}', /article 1: listed twice in the plan/],
        ['{"sections": [{"name": "X", "entries": [999999]}]}', /article 999999: no such article in the store/],
        ['{"sections": ', /bad\.json: not JSON/],
      ] as const) {
        writeFileSync(bad, content);
        const r = await cli('issue', 'edit', id, '--plan', bad);
        expect(r.code).toBe(1);
        expect(r.stderr).toMatch(problem);
        expect(r.stderr.trim().split('\n')).toHaveLength(1);
      }
      const drop = await cli('issue', 'edit', id, '--drop', '999999');
      expect(drop).toMatchObject({ code: 1, stderr: `jianbao: article 999999: not in issue ${id}\n` });
      expect(await show(id)).toEqual(before);
    });

    it('refuses a section the issue does not have, naming its sections, unless --new-section', async () => {
      const before = await show(id);
      const article = String(before.sections[0].entries[0].articleId);
      const r = await cli('issue', 'edit', id, '--move', article, '--to', '不存在栏目');
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(new RegExp(`^jianbao: section 不存在栏目: not a section of issue ${id} \\(its sections: ${before.sections.map((s) => s.name).join('、')}; house sections: 产业环境`));
      expect(r.stderr).toContain('--new-section');
      expect(await show(id)).toEqual(before);
      const ok = await cli('issue', 'edit', id, '--move', article, '--to', '不存在栏目', '--new-section');
      expect(ok).toMatchObject({ code: 0, stderr: '' });
      expect((await show(id)).sections.at(-1)).toMatchObject({ name: '不存在栏目', entries: [{ articleId: Number(article) }] });
    });

    it('refuses a change made on an old version, and moves the issue through 待审 and back', async () => {
      const { version } = await show(id);
      const stale = await cli('issue', 'edit', id, '--cover-line', '旧版本上的修改', '--if-version', String(version - 1));
      expect(stale.code).toBe(1);
      expect(stale.stderr).toBe(`jianbao: issue ${id}: changed by someone else since your copy was read (now version ${version}, draft); reload it and make your change again\n`);
      expect(await cli('issue', 'submit', id, '--if-version', String(version), '--who', '编辑甲')).toMatchObject({ code: 0, stdout: `issue ${id}: 待审 (submitted, version ${version + 1})\n` });
      // Sign-off renders every format first: without a working Chromium nothing changes, in one line, exit 69.
      const broken = await runCli(['issue', 'approve', id, '--db', db], { JIANBAO_CHROMIUM: join(dir, 'no-chromium') });
      expect(broken.code).toBe(69);
      expect(broken.stderr).toMatch(new RegExp(`^jianbao: issue ${id}: cannot render pdf \\(.*no-chromium: cannot start Chromium for PDF output`));
      expect(broken.stderr.trim().split('\n')).toHaveLength(1);
      expect((await show(id)).status).toBe('submitted');
      expect(await cli('issue', 'reject', id, '--note', '请补充', '--who', '主编')).toMatchObject({ code: 0, stdout: `issue ${id}: 草稿 (draft, version ${version + 2})\n` });
      const again = await cli('issue', 'reject', id);
      expect(again).toMatchObject({ code: 1, stderr: `jianbao: issue ${id}: is 草稿 (draft); only a submitted bulletin can be sent back\n` });
      expect((await cli('issue', 'list')).stdout).toMatch(new RegExp(`^#${id} .* 草稿$`, 'm'));
      expect((await show(id)).changes.slice(-2).map((c) => [c.who, c.what, c.detail])).toEqual([['编辑甲', 'submit', '草稿 → 待审'], ['主编', 'reject', '待审 → 草稿: 请补充']]);
    });
  });

  describe('jianbao edition', () => {
    it('drafts an edition with only the articles that match its tag, and its cover line', async () => {
      const add = await cli('edition', 'add', '芯片版', '--tags', '芯片', '--cover-line', '芯片产业专刊', '--sections', '企业情报');
      expect(add).toMatchObject({ code: 0, stderr: '' });
      const r = await cli('issue', 'new', ...PERIOD, '--edition', '芯片版');
      expect(r.code, r.stderr).toBe(0);
      const d = await show(r.stdout.trim());
      expect(d).toMatchObject({ edition: '芯片版', coverLine: '芯片产业专刊', number: 1 });
      expect(d.sections[0].name).toBe('企业情报');
      const entries = entriesOf(d);
      expect(entries.length).toBeGreaterThan(0);
      for (const e of entries) expect(`${e.title}\n${e.body}`).toContain('芯片');
      const all = bulletin003().articles.filter((a) => `${a.title}\n${a.body}`.includes('芯片'));
      expect(entries.length).toBeLessThanOrEqual(all.length);
    });

    it('refuses an unknown edition by name', async () => {
      const r = await cli('issue', 'new', ...PERIOD, '--edition', '无此版');
      expect(r).toMatchObject({ code: 1, stderr: 'jianbao: edition 无此版: no such edition (add it with jianbao edition add)\n' });
    });
  });

  describe('from imported samples to a draft', () => {
    it('drafts the week of the imported samples, naming the undated ones it cannot place', async () => {
      const store = await backend.fresh();
      const imported = await runCli(['import', ...SAMPLES, '--db', store]);
      expect(imported.code, imported.stderr).toBe(0);
      const r = await runCli(['issue', 'new', ...PERIOD, '--db', store]);
      expect(r.code, r.stderr).toBe(0);
      const undated = SAMPLES.filter((f) => !f.includes(gold003().file));
      expect(r.stderr).toMatch(/^jianbao: warning: 2 stored issues without a date cannot be placed in a period: /);
      for (const f of undated) expect(r.stderr).toContain(f);
      const shown = await runCli(['issue', 'show', r.stdout.trim(), '--json', '--db', store]);
      const d = JSON.parse(shown.stdout) as IssueDraft;
      expect(d.publication).toBe(gold003().publication);
      expect(d.sections.map((s) => s.name)).toEqual(gold003().sections);
      const goldTitles = new Set(gold003().articles.map((a) => a.title));
      expect(entriesOf(d).filter((e) => goldTitles.has(e.title)).length).toBeGreaterThanOrEqual(entriesOf(d).length - 2);
      // The same-event groups enrichment stored at import merge the gold duplicate pair, with both sources named.
      const [a, b] = gold003().duplicates[0];
      const pair = entriesOf(d).filter((e) => [a, b].includes(e.title));
      expect(pair).toHaveLength(1);
      expect(pair[0].alsoSeen.map((x) => x.title)).toEqual([[a, b].find((t) => t !== pair[0].title)]);
    });
  });

  describe('jianbao issue new --enrich', () => {
    it('merges the two reports the gold annotation calls one event, and gives entries summaries', async () => {
      const r = await cli('issue', 'new', ...PERIOD, '--enrich');
      expect(r.code, r.stderr).toBe(0);
      const d = await show(r.stdout.trim());
      const [a, b] = gold003().duplicates[0];
      const merged = entriesOf(d).find((e) => [a, b].includes(e.title))!;
      expect(merged.alsoSeen.map((x) => x.title)).toEqual([[a, b].find((t) => t !== merged.title)]);
      expect(entriesOf(d).filter((e) => [a, b].includes(e.title))).toHaveLength(1);
      expect(entriesOf(d).every((e) => e.summary && e.body.replace(/\s/g, '').includes(e.summary.replace(/\s/g, '').slice(0, 10)))).toBe(true);
    });
  });
});

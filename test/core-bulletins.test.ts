import { describe, expect, it } from 'vitest';
import { openJianbao, resolveConfig, type Actor, type Jianbao, type JianbaoError } from '../src/core/index.js';
import { openStore } from '../src/store/open.js';
import { StaleDraftError } from '../src/store/publishing-types.js';
import type { WebArticleInput } from '../src/store/types.js';
import { BACKENDS } from './backends.js';
import { composeStore } from './compose-fixture.js';

const editor: Actor = { id: '小王', role: 'editor' };
const editor2: Actor = { id: '小李', role: 'editor' };
const chief: Actor = { id: '张主编', role: 'chief' };
const general: Actor = { id: '读者甲', role: 'reader', edition: null };
const chipReader: Actor = { id: '芯片客户', role: 'reader', edition: '芯片版' };

const WEEK = { from: '2021-10-15', to: '2021-10-21' };

/** A web article written for these tests (not from the samples): a ministry notice, with its 来源 outlet. */
const WEB_BODY = [
  '10月20日，工业和信息化部召开新闻发布会，介绍前三季度工业通信业发展情况。',
  '发布会上，相关负责人表示，前三季度规模以上工业增加值同比增长11.8%，两年平均增长6.4%；5G基站累计开通115.9万个，覆盖全国所有地级市。',
  '下一步，工业和信息化部将加快推进新型基础设施建设，推动5G应用从试点示范走向规模推广。',
].join('\n\n');

function webArticle(n: number, title: string, publishedAt: string | null, outlet: string | null): WebArticleInput {
  return {
    sourceId: null, section: null, title, body: WEB_BODY, url: `https://news.example.cn/a/${n}.html`,
    canonicalUrl: `https://news.example.cn/a/${n}.html`, dedupKey: `news.example.cn/a/${n}.html`, publishedAt,
    fetchedAt: '2021-10-25T02:00:00.000Z', author: null, outlet,
  };
}

/** The fixture issues plus two web articles: one published in the week (with an outlet), one the week after. */
async function week(location: string): Promise<{ inWeek: number; late: number }> {
  await composeStore(location);
  const store = await openStore(location);
  try {
    const inWeek = (await store.sources.storeWebArticle(webArticle(1, '工信部介绍前三季度工业通信业发展情况', '2021-10-20T10:05:00+08:00', '人民邮电报'))).id;
    const late = (await store.sources.storeWebArticle(webArticle(2, '下周的网页文章', '2021-10-28T09:00:00+08:00', null))).id;
    return { inWeek, late };
  } finally {
    await store.close();
  }
}

async function open(location: string): Promise<Jianbao> {
  return openJianbao(resolveConfig({ flags: { store: location } }), { now: () => new Date('2021-10-22T08:00:00Z') });
}

const entriesOf = async (j: Jianbao, id: number) => (await j.bulletins.get(editor, id)).bulletin.sections.flatMap((s) => s.entries);

async function refused(p: Promise<unknown>): Promise<JianbaoError> {
  const err = await p.then(() => null, (e: unknown) => e);
  if (!err) throw new Error('expected the call to be refused');
  return err as JianbaoError;
}

describe.each(BACKENDS)('bulletins in the core on $name', (backend) => {
  it('drafts web articles of the period with their outlet and day, and adds one by id', async () => {
    const location = await backend.migrated();
    const { inWeek, late } = await week(location);
    const j = await open(location);
    try {
      const { id } = await j.bulletins.compose(editor, { ...WEEK, maxPerSection: 40 });
      const web = (await entriesOf(j, id)).find((e) => e.articleId === inWeek);
      expect(web).toMatchObject({ source: '人民邮电报', date: '2021-10-20', title: '工信部介绍前三季度工业通信业发展情况' });
      expect((await entriesOf(j, id)).some((e) => e.articleId === late)).toBe(false);

      // The late one is outside the week, but an editor may still bring it in.
      const added = await j.bulletins.edit(editor, id, { op: 'add', articleId: late, section: '产业环境' });
      expect(added.what).toBe('add');
      expect((await entriesOf(j, id)).find((e) => e.articleId === late)).toMatchObject({ section: '产业环境', source: 'news.example.cn', date: '2021-10-28' });
    } finally {
      await j.close();
    }
  });

  it('dates a web article by the China day of its time: 01:30 Beijing time on the first day is in, 00:30 after the last is out', async () => {
    const location = await backend.migrated();
    await composeStore(location);
    const store = await openStore(location);
    const body = (what: string) => `${what}。该项目总投资约120亿元，计划于2023年建成投产，建成后将形成年产30万片的生产能力。`;
    const dawn = await store.sources.storeWebArticle({ ...webArticle(3, '合肥晶圆厂项目开工', '2021-10-14T17:30:00Z', null), body: body('10月15日凌晨，合肥一座12英寸晶圆厂项目开工') });
    const after = await store.sources.storeWebArticle({ ...webArticle(4, '成都封装测试基地签约', '2021-10-21T16:30:00Z', null), body: body('10月22日，成都一座封装测试基地签约落地') });
    await store.close();
    const j = await open(location);
    try {
      const { id } = await j.bulletins.compose(editor, { ...WEEK, maxPerSection: 40 });
      const entries = await entriesOf(j, id);
      expect(entries.find((e) => e.articleId === dawn.id)).toMatchObject({ date: '2021-10-15' });
      expect(entries.some((e) => e.articleId === after.id)).toBe(false);
    } finally {
      await j.close();
    }
  });

  it('merges a web reprint of a printed article as 另见 and lets editions take web articles', async () => {
    const location = await backend.migrated();
    await week(location);
    const store = await openStore(location);
    const printed = (await store.articles.list()).find((a) => a.issueId !== null && a.body.length > 800)!;
    const reprint = (await store.sources.storeWebArticle({ ...webArticle(3, `${printed.title}（网络转载）`, '2021-10-19T08:00:00+08:00', '某门户'), body: printed.body })).id;
    const chip = (await store.sources.storeWebArticle({ ...webArticle(4, '国产芯片设计企业加快布局', '2021-10-18T08:00:00+08:00', '芯片观察'), body: `${WEB_BODY}\n\n多家芯片设计企业表示，将加大研发投入。` })).id;
    await store.close();
    const j = await open(location);
    try {
      await j.editions.save(editor, { name: '芯片版', tags: ['芯片'] });
      const general = (await j.bulletins.compose(editor, { ...WEEK, maxPerSection: 40 })).id;
      const merged = (await entriesOf(j, general)).find((e) => e.articleId === printed.id || e.articleId === reprint)!;
      expect([merged.articleId, ...merged.alsoSeen.map((a) => a.articleId)].sort()).toEqual([printed.id, reprint].sort());
      const edition = (await j.bulletins.compose(editor, { ...WEEK, edition: '芯片版', maxPerSection: 40 })).id;
      expect((await entriesOf(j, edition)).map((e) => e.articleId)).toContain(chip);
      expect((await entriesOf(j, edition)).every((e) => `${e.title}${e.body}`.includes('芯片'))).toBe(true);
    } finally {
      await j.close();
    }
  });

  it('refuses a stale save of the same field with a conflict naming who, and applies others on top', async () => {
    const location = await backend.migrated();
    await week(location);
    const j = await open(location);
    try {
      const { id } = await j.bulletins.compose(editor, WEEK);
      const read = (await j.bulletins.get(editor, id)).bulletin;
      expect(read.version).toBe(1);
      const [a, b] = read.sections[0].entries;
      const first = await j.bulletins.edit(editor, id, { op: 'summary', articleId: a.articleId, text: '第一位编辑的摘要', version: read.version });
      expect(first.version).toBe(2);
      const err = await refused(j.bulletins.edit(editor2, id, { op: 'summary', articleId: a.articleId, text: '第二位编辑的摘要', version: read.version }));
      expect(err).toMatchObject({ kind: 'conflict', input: `issue ${id}` });
      expect(err.message).toContain(`你打开之后，小王 改了同一处（第 2 版：摘要 #${a.articleId}：第一位编辑的摘要），你的修改没有保存`);
      const now = (await j.bulletins.get(editor, id)).bulletin;
      expect(now.version).toBe(2);
      expect(now.sections[0].entries.find((e) => e.articleId === a.articleId)!.summary).toBe('第一位编辑的摘要');

      // Two saves racing from the same read on one entry: exactly one wins, the other is refused.
      const race = await Promise.allSettled([
        j.bulletins.edit(editor, id, { op: 'summary', articleId: b.articleId, text: '甲', version: now.version }),
        j.bulletins.edit(editor2, id, { op: 'summary', articleId: b.articleId, text: '乙', version: now.version }),
      ]);
      expect(race.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
      expect(((race.find((r) => r.status === 'rejected') as PromiseRejectedResult).reason as JianbaoError).kind).toBe('conflict');
      const after = (await j.bulletins.get(editor, id)).bulletin;
      expect(after.version).toBe(now.version + 1);
      // …and on two entries: both land, one on top of the other.
      const c = after.sections.flatMap((s) => s.entries).find((e) => e.articleId !== a.articleId && e.articleId !== b.articleId)!;
      const both = await Promise.all([
        j.bulletins.edit(editor, id, { op: 'drop', articleId: a.articleId, version: after.version }),
        j.bulletins.edit(editor2, id, { op: 'summary', articleId: c.articleId, text: '乙', version: after.version }),
      ]);
      expect(both.map((r) => r.version).sort()).toEqual([after.version + 1, after.version + 2]);
      const entries = await entriesOf(j, id);
      expect(entries.some((e) => e.articleId === a.articleId)).toBe(false);
      expect(entries.find((e) => e.articleId === c.articleId)!.summary).toBe('乙');
    } finally {
      await j.close();
    }
  });

  it('compares and sets the version in the store itself', async () => {
    const location = await backend.migrated();
    await week(location);
    const j = await open(location);
    const { id } = await j.bulletins.compose(editor, WEEK);
    await j.close();
    const store = await openStore(location);
    try {
      const draft = (await store.drafts.get(id))!;
      const change = { at: '2021-10-22T08:00:00Z', who: 'test', what: 'cover', detail: 'x' };
      // Both saves start from version 1 at once (on PostgreSQL in two transactions): one wins, one is stale.
      const race = await Promise.allSettled(['一', '二'].map((coverLine) => store.drafts.save({ ...draft, coverLine }, change)));
      const lost = race.find((r) => r.status === 'rejected') as PromiseRejectedResult;
      expect(race.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      expect(lost.reason instanceof StaleDraftError || (lost.reason as Error).cause instanceof StaleDraftError).toBe(true);
      const won = race.findIndex((r) => r.status === 'fulfilled');
      expect(await store.drafts.get(id)).toMatchObject({ coverLine: ['一', '二'][won], version: 2 });
      expect(await store.drafts.changes(id)).toHaveLength(2);
    } finally {
      await store.close();
    }
  });

  it('refuses a section the issue does not have unless a new one is asked for', async () => {
    const location = await backend.migrated();
    await week(location);
    const j = await open(location);
    try {
      const { id } = await j.bulletins.compose(editor, WEEK);
      const draft = (await j.bulletins.get(editor, id)).bulletin;
      const article = draft.sections[0].entries[0].articleId;
      const err = await refused(j.bulletins.edit(editor, id, { op: 'move', articleId: article, section: '不存在栏目' }));
      expect(err).toMatchObject({ kind: 'invalid-input', input: 'section 不存在栏目' });
      for (const s of draft.sections) expect(err.problem).toContain(s.name);
      expect((await j.bulletins.get(editor, id)).bulletin.version).toBe(1);

      await j.bulletins.edit(editor, id, { op: 'move', articleId: article, section: '不存在栏目', newSection: true });
      const after = (await j.bulletins.get(editor, id)).bulletin;
      expect(after.sections.at(-1)).toMatchObject({ name: '不存在栏目', entries: [{ articleId: article }] });
      // A section the issue has now is fine without asking again.
      const other = draft.sections[1].entries[0].articleId;
      await j.bulletins.edit(editor, id, { op: 'move', articleId: other, section: '不存在栏目', before: article });
      expect((await j.bulletins.get(editor, id)).bulletin.sections.at(-1)!.entries.map((e) => e.articleId)).toEqual([other, article]);
    } finally {
      await j.close();
    }
  });

  it('lists the period\'s left-out articles to add from, and keeps 本期要点 written by hand', async () => {
    const location = await backend.migrated();
    await week(location);
    const j = await open(location);
    try {
      const { id } = await j.bulletins.compose(editor, { ...WEEK, maxPerSection: 2 });
      const printed = new Set((await entriesOf(j, id)).flatMap((e) => [e.articleId, ...e.alsoSeen.map((a) => a.articleId)]));
      const pool = await j.bulletins.leftOut(editor, id);
      expect(pool.length).toBeGreaterThan(10);
      expect(pool.some((p) => printed.has(p.articleId))).toBe(false);
      expect(pool.map((p) => p.score)).toEqual([...pool.map((p) => p.score)].sort((x, y) => y - x));
      expect(pool.every((p) => p.section && p.title && p.excerpt.length <= 80)).toBe(true);

      await j.bulletins.edit(editor, id, { op: 'highlights', lines: ['编辑写的第一条要点', '  ', '编辑写的第二条要点'] });
      await j.bulletins.edit(editor, id, { op: 'add', articleId: pool[0].articleId, section: pool[0].section });
      const after = (await j.bulletins.get(editor, id)).bulletin;
      expect(after.highlights).toEqual(['编辑写的第一条要点', '编辑写的第二条要点']);
      expect((await j.bulletins.leftOut(editor, id)).some((p) => p.articleId === pool[0].articleId)).toBe(false);
      expect(await refused(j.bulletins.leftOut(general, id))).toMatchObject({ kind: 'forbidden' });
    } finally {
      await j.close();
    }
  });

  it('moves 草稿 → 待审 → 已签发 by role; a published issue is read-only and keeps its files', async () => {
    const location = await backend.migrated();
    await week(location);
    const j = await open(location);
    try {
      const { id } = await j.bulletins.compose(editor, { ...WEEK, maxPerSection: 2 });
      expect(await refused(j.bulletins.approve(chief, id))).toMatchObject({ kind: 'conflict' });
      expect(await j.bulletins.submit(editor, id, { version: 1 })).toEqual({ status: 'submitted', version: 2 });
      expect(await refused(j.bulletins.approve(editor, id))).toMatchObject({ kind: 'forbidden' });
      expect(await j.bulletins.reject(chief, id, { note: '请补充海外动态' })).toEqual({ status: 'draft', version: 3 });
      await j.bulletins.submit(editor, id);
      expect(await refused(j.bulletins.approve(chief, id, { version: 3 }))).toMatchObject({ kind: 'conflict' });
      const draftHtml = new TextDecoder().decode(await j.bulletins.render(editor, id, 'html'));
      expect(await j.bulletins.approve(chief, id, { version: 4 })).toEqual({ status: 'published', version: 5 });

      const got = await j.bulletins.get(editor, id);
      expect(got.bulletin.status).toBe('published');
      expect(got.files.map((f) => f.format)).toEqual(['docx', 'html', 'md', 'pdf']);
      expect(got.files.every((f) => f.bytes > 100)).toBe(true);
      expect(got.changes.map((c) => [c.who, c.what])).toEqual([
        ['小王', 'new'], ['小王', 'submit'], ['张主编', 'reject'], ['小王', 'submit'], ['张主编', 'approve'],
      ]);
      expect(got.changes[2].detail).toContain('请补充海外动态');
      const pdf = await j.bulletins.render(editor, id, 'pdf');
      expect(Buffer.from(pdf).subarray(0, 5).toString()).toBe('%PDF-');
      expect(new TextDecoder().decode(await j.bulletins.render(editor, id, 'html'))).toBe(draftHtml);

      const err = await refused(j.bulletins.edit(chief, id, { op: 'cover', text: '改封面' }));
      expect(err).toMatchObject({ kind: 'conflict', problem: '已签发，不能再修改 (is published and read-only)' });
      expect(await refused(j.bulletins.reject(chief, id))).toMatchObject({ kind: 'conflict' });
      const audit = await j.audit.list({ id: 'admin', role: 'admin' }, { object: `bulletin:${id}` });
      expect(audit.map((a) => a.action)).toContain('bulletin.approve');
    } finally {
      await j.close();
    }
  }, 120_000);

  it('shows readers only published issues of their own edition, in list, get and render', async () => {
    const location = await backend.migrated();
    await week(location);
    const j = await open(location);
    try {
      await j.editions.save(editor, { name: '芯片版', tags: ['芯片'] });
      const generalDraft = (await j.bulletins.compose(editor, { ...WEEK, maxPerSection: 1 })).id;
      const chipDraft = (await j.bulletins.compose(editor, { ...WEEK, edition: '芯片版', maxPerSection: 1 })).id;
      const generalOpen = (await j.bulletins.compose(editor, { ...WEEK, maxPerSection: 1 })).id;
      for (const id of [generalDraft, chipDraft]) {
        await j.bulletins.submit(editor, id);
        await j.bulletins.approve(chief, id);
      }
      expect((await j.bulletins.list(general)).map((d) => d.id)).toEqual([generalDraft]);
      expect((await j.bulletins.list(chipReader)).map((d) => d.id)).toEqual([chipDraft]);
      expect((await j.bulletins.list(editor)).map((d) => d.id).sort()).toEqual([generalDraft, chipDraft, generalOpen].sort());

      expect((await j.bulletins.get(general, generalDraft)).changes).toEqual([]);
      for (const [reader, id] of [[general, chipDraft], [general, generalOpen], [chipReader, generalDraft]] as const) {
        expect(await refused(j.bulletins.get(reader, id))).toMatchObject({ kind: 'not-found', input: `issue ${id}` });
        expect(await refused(j.bulletins.render(reader, id, 'md'))).toMatchObject({ kind: 'not-found' });
      }
      const md = new TextDecoder().decode(await j.bulletins.render(chipReader, chipDraft, 'md'));
      expect(md).toContain((await j.bulletins.get(editor, chipDraft)).bulletin.sections[0].entries[0].title);
      expect(await refused(j.bulletins.edit(general, generalOpen, { op: 'cover', text: 'x' }))).toMatchObject({ kind: 'forbidden' });
      expect(await refused(j.bulletins.submit(general, generalOpen))).toMatchObject({ kind: 'forbidden' });
    } finally {
      await j.close();
    }
  }, 240_000);
});

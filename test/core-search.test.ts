import { XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { trendChart, type Jianbao } from '../src/core/index.js';
import { openStore } from '../src/store/open.js';
import type { Article } from '../src/types.js';
import { BACKENDS } from './backends.js';
import { as, openCore, rejection } from './core-fixture.js';

const art = (title: string, body: string): Article => ({ section: null, title, byline: null, subheads: [], body, captions: [], page: null, lineStart: 1, lineEnd: 1 });

/** Three issues two months apart with two articles each; one article names 华为. Written past the core, as a fixture. */
async function fixtureStore(location: string): Promise<void> {
  const store = await openStore(location);
  try {
    for (const [k, date] of ['2021-08-02', '2021-10-04', '2021-10-18'].entries()) {
      await store.issues.import(
        { path: `f${k}.txt`, sha256: String(k).repeat(64), bytes: 1, encoding: 'utf-8', kind: 'text' },
        { publication: '测试刊', issueDate: date, sections: [], warnings: [], articles: [art('芯片短缺', '汽车芯片短缺问题。'), art('数字经济', '推动数字经济健康发展。')] },
      );
    }
    const ids = (await store.articles.list()).map((a) => a.id);
    await store.articles.setFacts(ids[4], { entities: [{ name: '华为', type: 'organization', count: 1 }], tags: [{ tag: '芯片/半导体', score: 0.9 }] });
  } finally {
    await store.close();
  }
}

describe.each(BACKENDS)('the search service on $name', (backend) => {
  let jianbao: Jianbao;
  beforeAll(async () => {
    const location = await backend.migrated();
    await fixtureStore(location);
    jianbao = await openCore(location, {}, { mustExist: true });
  });
  afterAll(() => jianbao.close());

  it('searches with filters widened from months, for any role', async () => {
    const all = await jianbao.search.search(as('reader'), { query: '芯片' });
    expect(all.total).toBe(3);
    expect(all.hits[0].titleHighlight).toBe('【芯片】短缺');
    const october = await jianbao.search.search(as('reader'), { query: '芯片', filters: { from: '2021-10', to: '2021-10' }, marks: 'html' });
    expect(october.total).toBe(2);
    expect(october.hits.map((h) => h.date)).toEqual(['2021-10-18', '2021-10-04']);
    expect(october.hits[0].titleHighlight).toBe('<mark>芯片</mark>短缺');
    const paged = await jianbao.search.search(as('editor'), { query: '芯片', limit: 1, offset: 1, facets: false });
    expect(paged).toMatchObject({ total: 3, hits: [{ date: '2021-10-04' }], facets: { section: [], tag: [] } });
  });

  it('refuses a bad query, date or page as invalid input naming it, with the messages the CLI printed', async () => {
    const empty = await rejection(jianbao.search.search(as('reader'), { query: '' }));
    expect(empty).toMatchObject({ kind: 'invalid-input', message: 'query: 检索式为空，请输入检索词或筛选条件，如 tag:芯片 (empty; give words to search for, or a filter such as tag:芯片)' });
    const date = await rejection(jianbao.search.search(as('reader'), { query: '芯片', filters: { from: '2021-13' } }));
    expect(date).toMatchObject({ kind: 'invalid-input', message: 'from:2021-13: 不是日期，请写成 YYYY-MM-DD、YYYY-MM 或 YYYY (not a date (use YYYY-MM-DD, YYYY-MM or YYYY))' });
    const long = await rejection(jianbao.search.search(as('reader'), { query: '芯'.repeat(1001) }));
    expect(long).toMatchObject({ kind: 'invalid-input', message: 'query: 检索式太长：1001 个字符，最多 1000 个 (too long (1001 characters; at most 1000))' });
    expect(await rejection(jianbao.search.search(as('reader'), { query: '芯片', limit: 0 }))).toMatchObject({ kind: 'invalid-input', message: /^search\.limit: / });
  });

  it('counts a trend per month, zero-filled, by words or by entity alias', async () => {
    const points = await jianbao.search.trend(as('reader'), { query: '芯片', by: 'month' });
    expect(points.map((p) => [p.bucket, p.count])).toEqual([['2021-08', 1], ['2021-09', 0], ['2021-10', 2]]);
    const weeks = await jianbao.search.trend(as('reader'), { filters: { entities: ['华为'] }, by: 'week' });
    expect(weeks.map((p) => p.count)).toEqual([1]);
    const svg = await trendChart(points, '“芯片” 相关文章数（按月）');
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).toContain('>2021-09<');
  });

  it('ranks what rose against the previous period, leaving countries out', async () => {
    const top = await jianbao.search.top(as('reader'), { kind: 'entity', days: 30 });
    expect(top).toMatchObject({ kind: 'entity', period: { from: '2021-09-19', to: '2021-10-18' }, previous: { from: '2021-08-20', to: '2021-09-18' } });
    expect(top.risers).toEqual([{ value: '华为技术有限公司', count: 1, previous: 0, change: 1 }]);
    const tags = await jianbao.search.top(as('reader'), { kind: 'tag', from: '2021-10', to: '2021-10' });
    expect(tags).toMatchObject({ period: { from: '2021-10-01', to: '2021-10-31' }, risers: [{ value: '芯片/半导体', count: 1 }] });
    const backwards = await rejection(jianbao.search.top(as('reader'), { kind: 'tag', from: '2021-10-18', to: '2021-10-01' }));
    expect(backwards).toMatchObject({ kind: 'invalid-input', message: 'top: --from 2021-10-18 晚于 --to 2021-10-01 (--from 2021-10-18 is after --to 2021-10-01)' });
  });
});

describe.each(BACKENDS)('top and bench on an empty $name store', (backend) => {
  it('top without dated issues is not-found naming the store; bench fills it and logs it', async () => {
    const location = await backend.migrated();
    const jianbao = await openCore(location);
    try {
      expect(await rejection(jianbao.search.top(as('reader'), { kind: 'tag' }))).toMatchObject({ kind: 'not-found', message: /: 库中没有带日期的期刊，请给出 --to \(no dated issues stored; give --to\)$/ });
      expect(await rejection(jianbao.bench.generate(as('reader'), { articles: 30 }))).toMatchObject({ kind: 'forbidden', message: 'reader: 读者无权修改档案 (a reader may not fill the archive)' });
      expect(await rejection(jianbao.bench.generate(as('admin'), { articles: 30, samples: 'no-such-folder' }))).toMatchObject({ kind: 'invalid-input', message: /^no-such-folder: cannot read sample folder/ });
      const made = await jianbao.bench.generate(as('admin'), { articles: 30 });
      expect(made.articles).toBeGreaterThanOrEqual(30);
      const issues = await jianbao.issues.list(as('reader'));
      expect(issues.reduce((n, i) => n + i.articleCount, 0)).toBe(made.articles);
      expect((await jianbao.search.top(as('reader'), { kind: 'tag' })).period.to).toBe(issues.find((i) => i.issueDate)!.issueDate);
      expect(await jianbao.audit.list(as('admin'))).toMatchObject([{ action: 'archive.generate', actor: 'admin', object: 'archive' }]);
    } finally {
      await jianbao.close();
    }
  }, 60_000);
});

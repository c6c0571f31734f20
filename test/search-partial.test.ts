/**
 * Partial matches (src/search/partial-matches.ts) on both backends: a search finding fewer than ten articles holding
 * every term lists after them the articles holding all the terms but one, each naming what it misses, while the
 * total, the facets, trends and alerts stay those of the articles holding every term.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileWatch, indexedText } from '../src/alerts/match.js';
import { sharedAliases } from '../src/search/aliases.js';
import { PARTIAL_BELOW, PARTIAL_MAX_LEFT_OUT } from '../src/search/partial-matches.js';
import { sharedSegmenter } from '../src/search/segment.js';
import type { SearchRequest } from '../src/search/types.js';
import { openStore } from '../src/store/open.js';
import type { Store } from '../src/store/types.js';
import type { Article } from '../src/types.js';
import { BACKENDS } from './backends.js';

const article = (section: string, title: string, body: string): Article => ({ section, title, byline: null, subheads: [], body, captions: [], page: 1, lineStart: 1, lineEnd: 2 });
const source = (name: string) => ({ path: `fixtures/${name}.txt`, sha256: name.padEnd(64, '0'), bytes: 100, encoding: 'utf-8', kind: 'text' as const });

/** Two issues of a vehicle-technology weekly: two articles hold 智能驾驶 and 芯片, three one of them, one neither. */
const ARTICLES: [string, Article][] = [
  ['2025-03-03', article('技术情报', '智能驾驶芯片出货量增长', '多家车企的智能驾驶系统采用国产芯片，出货量同比增长。')],
  ['2025-03-03', article('企业情报', '车载AI芯片需求旺盛', '新车型搭载的算力芯片数量增加，座舱与感知计算需求上升。')],
  ['2025-03-03', article('企业情报', '智能驾驶法规征求意见', '主管部门就智能驾驶上路通行规则公开征求意见。')],
  ['2025-03-10', article('技术情报', '激光雷达成本下降', '激光雷达用于智能驾驶感知，价格一年内下降三成，芯片化方案成为主流。')],
  ['2025-03-10', article('企业情报', '激光雷达接收芯片量产', '激光雷达厂商的接收芯片进入量产阶段。')],
  ['2025-03-10', article('产业环境', '光伏装机创新高', '全国新增光伏装机容量再创新高。')],
];

describe.each(BACKENDS)('partial matches on the $name store', (backend) => {
  let store: Store;
  beforeAll(async () => {
    store = await openStore(await backend.migrated());
    for (const date of ['2025-03-03', '2025-03-10']) {
      const articles = ARTICLES.filter(([d]) => d === date).map(([, a]) => a);
      await store.issues.import(source(date), { publication: '智能汽车周刊', issueDate: date, sections: ['技术情报', '企业情报', '产业环境'], warnings: [], articles });
    }
  });
  afterAll(() => store.close());

  const listed = async (query: string, extra: Partial<SearchRequest> = {}) =>
    (await store.search.search({ query, limit: 20, ...extra })).hits.map((h) => [h.title, h.missing?.[0] ?? null]);

  it('lists the articles holding all terms but one after those holding all, each naming the term it misses', async () => {
    const r = await store.search.search({ query: '智能驾驶 芯片', limit: 20 });
    expect(r.total).toBe(2);
    expect(r.partial).toBe(3);
    const [full, partial] = [r.hits.slice(0, 2), r.hits.slice(2)];
    expect(full.map((h) => h.title).sort()).toEqual(['智能驾驶芯片出货量增长', '激光雷达成本下降']);
    expect(full.every((h) => h.missing === undefined)).toBe(true);
    expect(partial.map((h) => [h.title, h.missing]).sort()).toEqual([
      ['智能驾驶法规征求意见', ['芯片']],
      ['激光雷达接收芯片量产', ['智能驾驶']],
      ['车载AI芯片需求旺盛', ['智能驾驶']],
    ]);
    // Ranked below every full match, by their own scores; what they hold is marked, not what they miss.
    expect(Math.min(...full.map((h) => h.score))).toBeGreaterThan(0);
    for (let k = 1; k < partial.length; k++) expect(partial[k - 1].score).toBeGreaterThanOrEqual(partial[k].score);
    expect(partial.find((h) => h.title === '智能驾驶法规征求意见')!.titleHighlight).toBe('【智能驾驶】法规征求意见');
    expect(partial.find((h) => h.title === '车载AI芯片需求旺盛')!.titleHighlight).toBe('车载AI【芯片】需求旺盛');
    // The facets are those of the two articles holding every term.
    expect(r.facets.section).toEqual([{ value: '技术情报', count: 2 }]);
    expect(r.facets.month).toEqual([{ value: '2025-03', count: 2 }]);
  });

  it('never leaves out a +term or a quoted phrase; exclusions and filters hold for the partial matches too', async () => {
    expect((await listed('+智能驾驶 芯片')).filter(([, m]) => m)).toEqual([['智能驾驶法规征求意见', '芯片']]);
    expect((await listed('"智能驾驶" 芯片')).filter(([, m]) => m)).toEqual([['智能驾驶法规征求意见', '芯片']]);
    expect(await listed('+智能驾驶 +芯片')).toHaveLength(2);
    // 激光雷达 excluded: neither the full match nor the partial one naming it is listed.
    const excluded = await listed('智能驾驶 芯片 -激光雷达');
    expect(excluded.map(([t]) => t).sort()).toEqual(['智能驾驶法规征求意见', '智能驾驶芯片出货量增长', '车载AI芯片需求旺盛']);
    const filtered = await store.search.search({ query: '智能驾驶 芯片 section:企业情报', limit: 20 });
    expect([filtered.total, filtered.partial, filtered.hits.every((h) => h.missing)]).toEqual([0, 3, true]);
    // One term has nothing to leave out; a term of punctuation alone is no term.
    expect(await listed('智能驾驶')).toEqual(expect.arrayContaining([['智能驾驶法规征求意见', null]]));
    expect((await store.search.search({ query: '光伏 ，', limit: 20 })).partial).toBeUndefined();
    // Each term that may be left out costs a search: a long query is answered as asked.
    const terms = (n: number) => [...Array<string>(n - 1).fill('芯片'), '量子点'].join(' ');
    expect((await store.search.search({ query: terms(PARTIAL_MAX_LEFT_OUT), limit: 20 })).partial).toBe(4);
    expect(await store.search.search({ query: terms(PARTIAL_MAX_LEFT_OUT + 1), limit: 20 })).toMatchObject({ total: 0, hits: [] });
  });

  it('pages through the whole listing with offset and limit, the total and partial count the same on every page', async () => {
    const whole = await store.search.search({ query: '智能驾驶 芯片', limit: 20 });
    const pages = [];
    for (let offset = 0; offset < 6; offset += 2) pages.push(await store.search.search({ query: '智能驾驶 芯片', offset, limit: 2 }));
    expect(pages.flatMap((p) => p.hits.map((h) => [h.id, h.missing]))).toEqual(whole.hits.map((h) => [h.id, h.missing]));
    expect(pages.map((p) => [p.total, p.partial])).toEqual([[2, 3], [2, 3], [2, 3]]);
  });

  it('counts only the articles holding every term in trends and alerts', async () => {
    const counts = await store.search.countByDate({ query: '智能驾驶 芯片' });
    expect(counts).toEqual([{ date: '2025-03-03', count: 1 }, { date: '2025-03-10', count: 1 }]);
    const watch = compileWatch(
      { id: 1, name: '智驾芯片', owner: null, query: '智能驾驶 芯片', entity: null, tag: null, section: null, webhook: null, webhookFormat: 'json', email: null, digest: null, createdAt: '2025-03-01', sinceArticleId: 0 },
      sharedAliases(),
    );
    const alerted = ARTICLES.filter(([date, a], id) =>
      watch.test(indexedText({ id, title: a.title, body: a.body, section: a.section, date, source: '智能汽车周刊', url: null, tags: [], entities: [] }, sharedSegmenter())),
    ).map(([, a]) => a.title);
    expect(alerted.sort()).toEqual(['智能驾驶芯片出货量增长', '激光雷达成本下降']);
  });

  it(`lists none once ${PARTIAL_BELOW} articles hold every term`, async () => {
    const more = Array.from({ length: PARTIAL_BELOW - 2 }, (_, k) => article('技术情报', `第${k + 1}款智能驾驶芯片流片`, '该芯片面向智能驾驶域控制器。'));
    await store.issues.import(source('2025-03-17'), { publication: '智能汽车周刊', issueDate: '2025-03-17', sections: ['技术情报'], warnings: [], articles: more });
    const r = await store.search.search({ query: '智能驾驶 芯片', limit: 20 });
    expect([r.total, r.partial, r.hits.length, r.hits.some((h) => h.missing)]).toEqual([PARTIAL_BELOW, undefined, PARTIAL_BELOW, false]);
  });
});

/** A plant-software weekly: one article says 数字孪生, one only 孪生 (虚拟孪生), three only 数字 (the commoner), one neither. */
const PARTS_ARTICLES: Article[] = [
  article('技术情报', '钢企产线上线数字孪生系统', '炼钢产线的数字孪生系统上线，覆盖全部工序。'),
  article('技术情报', '车企共建虚拟工厂', '车企用虚拟孪生技术复现总装线，新车导入周期缩短。'),
  article('产业环境', '全市经济规模继续扩大', '全市数字经济核心产业增加值同比增长。'),
  article('产业环境', '政务服务一网通办', '数字政府建设提速，事项全程网办。'),
  article('产业环境', '消费红包开抢', '数字人民币消费红包今日发放。'),
  article('产业环境', '光伏装机创新高', '全国新增光伏装机容量再创新高。'),
];

describe.each(BACKENDS)('partial matches of a query of one term written in parts, on the $name store', (backend) => {
  let store: Store;
  beforeAll(async () => {
    store = await openStore(await backend.migrated());
    await store.issues.import(source('parts'), { publication: '工业软件周刊', issueDate: '2025-05-05', sections: ['技术情报', '产业环境'], warnings: [], articles: PARTS_ARTICLES });
  });
  afterAll(() => store.close());

  it('lists after the articles holding the term those holding all its parts but one, the rarer part first', async () => {
    const r = await store.search.search({ query: '数字孪生', limit: 20 });
    expect(r.total).toBe(1);
    expect(r.partial).toBe(4);
    expect(r.hits.slice(0, 2).map((h) => [h.title, h.missing ?? null])).toEqual([
      ['钢企产线上线数字孪生系统', null],
      ['车企共建虚拟工厂', ['数字']],
    ]);
    expect(r.hits.slice(2).map((h) => [h.title, h.missing]).sort()).toEqual([
      ['全市经济规模继续扩大', ['孪生']],
      ['政务服务一网通办', ['孪生']],
      ['消费红包开抢', ['孪生']],
    ]);
  });

  it(`answers a term of more than ${PARTIAL_MAX_LEFT_OUT} parts as asked: each part left out costs a search`, async () => {
    const industries = await openStore(await backend.migrated());
    const body = '钢铁、煤炭、电力、石油化工、建材、有色、纺织、造纸行业节能改造。';
    await industries.issues.import(source('industries'), { publication: '工业软件周刊', issueDate: '2025-05-12', sections: ['产业环境'], warnings: [], articles: [article('产业环境', '重点行业节能改造', body)] });
    // Eight parts (钢铁 … 纺织 医药): the article holds all but 医药.
    expect((await industries.search.search({ query: '钢铁煤炭电力石油化工建材有色纺织医药', limit: 20 })).partial).toBe(1);
    // Nine parts (… 造纸 医药): the same article, but nine searches would be one too many.
    expect(await industries.search.search({ query: '钢铁煤炭电力石油化工建材有色纺织造纸医药', limit: 20 })).toMatchObject({ total: 0, hits: [] });
    await industries.close();
  });

  it('lists an article holding every part too far apart for the near pair above those holding one part, missing the term as written', async () => {
    const farms = await openStore(await backend.migrated());
    const gap = '试点覆盖棉花、玉米和小麦三种作物的耕种管收全部环节，';
    await farms.issues.import(source('farms'), {
      publication: '农业周刊',
      issueDate: '2025-06-02',
      sections: ['技术情报'],
      warnings: [],
      articles: [
        article('技术情报', '新疆棉田试用无人农机', '一批无人农机在棉田完成播种。'),
        article('技术情报', '拖拉机加装自动驾驶套件', `改装后的拖拉机可无人驾驶，${gap}合作社的农机作业效率提高三成。`),
        // Each holding one part, as often as the article above holds each: scored for less.
        article('技术情报', '购置补贴资金下达', '合作社购置的农机可申领补贴。'),
        article('技术情报', '植保作业面积增长', '各地植保无人机作业面积继续增长。'),
      ],
    });
    const r = await farms.search.search({ query: '无人农机', limit: 20 });
    expect(r.total).toBe(1);
    expect(r.hits.slice(0, 2).map((h) => [h.title, h.missing ?? null])).toEqual([
      ['新疆棉田试用无人农机', null],
      ['拖拉机加装自动驾驶套件', ['无人农机']],
    ]);
    expect(r.hits.slice(2).map((h) => h.title).sort()).toEqual(['购置补贴资金下达', '植保作业面积增长'].sort());
    await farms.close();
  });

  it('reads a quoted term or a +term as written', async () => {
    for (const query of ['"数字孪生"', '+数字孪生']) {
      const r = await store.search.search({ query, limit: 20 });
      expect(r.hits.map((h) => h.title), query).toEqual(['钢企产线上线数字孪生系统']);
    }
  });
});

/** A broker's weekly: two articles on one (made-up) company, one writing 营收 and one 销售收入; a third on its peers. */
const COMPANY_ARTICLES: Article[] = [
  article('公司点评', '澜拓科技三季度营收增长', '澜拓科技三季度营收同比增长12%，毛利率稳定。'),
  article('公司点评', '澜拓科技：海外订单提速', '澜拓科技前三季度销售收入同比增长，海外订单占比提高。'),
  article('行业动态', '同业营收普遍下滑', '多家同业公司三季度营收下滑。'),
  article('行业动态', '海外订单普遍提速', '多家公司海外订单提速，其中包括澜拓科技。'),
];

describe.each(BACKENDS)('partial matches of a query of one term beside an entity filter, on the $name store', (backend) => {
  let store: Store;
  beforeAll(async () => {
    store = await openStore(await backend.migrated());
    await store.issues.import(source('company'), { publication: '证券周报', issueDate: '2025-05-19', sections: ['公司点评', '行业动态'], warnings: [], articles: COMPANY_ARTICLES });
    const ids = new Map((await store.articles.list()).map((a) => [a.title, a.id]));
    for (const title of ['澜拓科技三季度营收增长', '澜拓科技：海外订单提速', '海外订单普遍提速']) {
      await store.articles.setFacts(ids.get(title)!, { entities: [{ name: '澜拓科技', type: 'organization', count: 2 }] });
    }
  });
  afterAll(() => store.close());

  it("lists after the articles holding the term the entity's articles without it, and no article outside the filter", async () => {
    const r = await store.search.search({ query: 'entity:澜拓科技 营收', limit: 20 });
    expect([r.total, r.partial]).toEqual([1, 2]);
    // The article about the company (its name in the title) before the newer one naming it in passing.
    expect(r.hits.map((h) => [h.title, h.missing ?? null])).toEqual([
      ['澜拓科技三季度营收增长', null],
      ['澜拓科技：海外订单提速', ['营收']],
      ['海外订单普遍提速', ['营收']],
    ]);
    // The same by --entity.
    const flag = await store.search.search({ query: '营收', filters: { entities: ['澜拓科技'] }, limit: 20 });
    expect(flag.hits.map((h) => h.title)).toEqual(['澜拓科技三季度营收增长', '澜拓科技：海外订单提速', '海外订单普遍提速']);
  });

  it('keeps the query\'s exclusions for the articles listed without the term', async () => {
    const r = await store.search.search({ query: 'entity:澜拓科技 营收 -海外', limit: 20 });
    expect(r.hits.map((h) => [h.title, h.missing ?? null])).toEqual([['澜拓科技三季度营收增长', null]]);
  });

  it('leaves nothing out beside a date or section filter alone, nor a quoted term', async () => {
    expect((await store.search.search({ query: '营收 section:公司点评', limit: 20 })).partial).toBeUndefined();
    expect((await store.search.search({ query: 'entity:澜拓科技 "营收"', limit: 20 })).partial).toBeUndefined();
  });
});

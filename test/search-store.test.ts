import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSampleTexts } from '../src/search/generate-archive.js';
import { readBulletin } from '../src/pipeline/read-bulletin.js';
import { articleFacts } from '../src/search/facts.js';
import { toMatchPlan } from '../src/search/match-plan.js';
import { parseQuery } from '../src/search/query.js';
import { scoreSql, TITLE_WEIGHT } from '../src/search/rank.js';
import { sharedSegmenter } from '../src/search/segment.js';
import { materialFromTexts, syntheticIssues, type SyntheticIssue } from '../src/search/synthetic-archive.js';
import { ftsTable, quote } from '../src/store/sqlite/fts5-query.js';
import { sharedAbbreviations, sharedAliases } from '../src/search/aliases.js';
import type { MatchPlan, Phrase } from '../src/search/match-plan.js';
import { PostingsCache } from '../src/store/sqlite/phrase-postings.js';
import type { FacetCounts, SearchRequest } from '../src/search/types.js';
import { openStore } from '../src/store/open.js';
import { MIGRATIONS as PG_MIGRATIONS } from '../src/store/postgres/migrations.js';
import { MIGRATIONS } from '../src/store/sqlite/migrations.js';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js';
import type { Store } from '../src/store/types.js';
import type { Article, Bulletin } from '../src/types.js';
import { BACKENDS } from './backends.js';

/** An article of the fixture issues: sentences as printed in the samples. */
function article(section: string, title: string, body: string): Article {
  return { section, title, byline: null, subheads: [], body, captions: [], page: 1, lineStart: 1, lineEnd: 2 };
}

const source = (name: string) => ({ path: `fixtures/${name}.txt`, sha256: name.padEnd(64, '0'), bytes: 100, encoding: 'utf-8', kind: 'text' as const });

const ISSUES: { name: string; bulletin: Bulletin }[] = [
  {
    name: 'a',
    bulletin: {
      publication: '信息产业监测',
      issueDate: '2021-10-21',
      sections: ['产业环境', '企业情报'],
      warnings: [],
      articles: [
        article('产业环境', '推进动力电池回收利用体系建设 完善相关标准', '针对新能源汽车动力电池回收利用问题，罗俊杰在会上说，工信部强化溯源监管和回收。'),
        article('产业环境', '工信部：汽车芯片短缺问题预计四季度有所缓解', '全球芯片短缺正迫使汽车制造商减缓或停止生产许多汽车。'),
        article('企业情报', '爱立信在华业绩持续下滑', '爱立信在中国市场的业绩继续下滑。华为所占份额约为60%，中兴通讯获得31%的份额。'),
      ],
    },
  },
  {
    name: 'b',
    bulletin: {
      publication: '产业简报',
      issueDate: '2020-08-03',
      sections: ['综述'],
      warnings: [],
      articles: [
        article('综述', '新能源汽车电池退役潮即将来临', '车的动力蓄电池已经处于“暮年”，即将迎来一轮电池“退役潮”。储能电池是梯次利用的方向。'),
        article('综述', '5G基站建设提速', '5G基站数达115.9万个，华为与中兴通讯继续领先。'),
      ],
    },
  },
];

async function fixtureStore(location: string): Promise<Store> {
  const store = await openStore(location);
  for (const { name, bulletin } of ISSUES) await store.issues.import(source(name), bulletin);
  return store;
}

/** The titles of the articles holding every term (not those listed after them missing one: search-partial.test.ts). */
const titles = async (store: Store, query: string, extra: Partial<SearchRequest> = {}) =>
  (await store.search.search({ query, limit: 100, ...extra })).hits
    .filter((h) => !h.missing)
    .map((h) => h.title)
    .sort();

describe.each(BACKENDS)('search on the $name store', (backend) => {
  let store: Store;
  beforeAll(async () => {
    store = await fixtureStore(await backend.migrated());
  });
  afterAll(() => store.close());

  it('finds 电池 inside compounds, and "动力电池" not in 动力蓄电池 (unquoted, its parts near each other: there too)', async () => {
    expect(await titles(store, '电池')).toEqual(['推进动力电池回收利用体系建设 完善相关标准', '新能源汽车电池退役潮即将来临'].sort());
    expect(await titles(store, '"动力电池"')).toEqual(['推进动力电池回收利用体系建设 完善相关标准']);
    expect(await titles(store, '动力电池')).toEqual(['推进动力电池回收利用体系建设 完善相关标准', '新能源汽车电池退役潮即将来临'].sort());
    // Unquoted, 动力蓄电池 is a form of 动力电池 (the forms table); quoted, itself alone.
    expect(await titles(store, '动力蓄电池')).toEqual(['推进动力电池回收利用体系建设 完善相关标准', '新能源汽车电池退役潮即将来临'].sort());
    expect(await titles(store, '"动力蓄电池"')).toEqual(['新能源汽车电池退役潮即将来临']);
    expect(await titles(store, '蓄电池')).toEqual(['新能源汽车电池退役潮即将来临']);
  });

  it('finds the characters of a query however jieba cut them, any name of an organisation, and marks them', async () => {
    const extra = await openStore(await backend.migrated());
    await extra.issues.import(source('grams'), {
      publication: '产业周报',
      issueDate: '2022-03-01',
      sections: ['企业情报'],
      warnings: [],
      articles: [
        article('企业情报', '台积电扩建晶圆代工厂', '公司表示，新厂将在两年内投产。'),
        article('企业情报', '晶圆代工价格上涨', '多家晶圆代工企业上调报价。'),
        article('企业情报', '国家发展改革委部署能源保供', '国家发展改革委召开会议，部署迎峰度夏能源保供工作。'),
        article('企业情报', '工业和信息化部发布新规', '工业和信息化部发布通知，规范无线电管理。'),
        article('企业情报', '中芯国际扩产', '中芯国际宣布扩产计划，与晶圆相关的设备采购增加。'),
      ],
    });
    // jieba cuts 晶圆代工厂 as 晶圆 代工厂 (代 工厂 in the index): the characters still find it, the words rank first.
    const foundry = await extra.search.search({ query: '晶圆代工' });
    expect(foundry.hits.filter((h) => !h.missing).map((h) => h.title).sort()).toEqual(['台积电扩建晶圆代工厂', '晶圆代工价格上涨'].sort());
    // 中芯国际扩产 holds 晶圆 alone: listed after them, missing 代工.
    expect(foundry.hits.filter((h) => h.missing).map((h) => [h.title, h.missing])).toEqual([['中芯国际扩产', ['代工']]]);
    expect(foundry.hits.find((h) => h.title === '台积电扩建晶圆代工厂')!.titleHighlight).toBe('台积电扩建【晶圆代工】厂');
    // An abbreviation finds the full name, and the full name the abbreviation.
    expect(await titles(extra, '发改委')).toEqual(['国家发展改革委部署能源保供']);
    expect(await titles(extra, '国家发展和改革委员会')).toEqual(['国家发展改革委部署能源保供']);
    const miit = await extra.search.search({ query: '工信部' });
    expect(miit.hits.map((h) => h.title)).toEqual(['工业和信息化部发布新规']);
    expect(miit.hits[0].snippet).toContain('【工业和信息化部】发布通知');
    expect(await titles(extra, '能源 -发改委')).toEqual([]);
    // Phrases stay exact: the characters must be side by side.
    expect(await titles(extra, '"晶圆 设备"')).toEqual([]);
    await extra.close();
  });

  it('lets an unquoted term find its other forms (新基建, 新型基础设施建设), ranked alike and marked; a quoted one only itself', async () => {
    const extra = await openStore(await backend.migrated());
    await extra.issues.import(source('abbreviations'), {
      publication: '省情周报',
      issueDate: '2024-05-06',
      sections: ['要闻'],
      warnings: [],
      articles: [
        article('要闻', '新基建投资持续加码', '今年本省新基建项目完成投资超过千亿元，其中数据中心和5G基站占比过半。'),
        article('要闻', '加快新型基础设施建设', '会议要求加快新型基础设施建设，推进千兆光网覆盖。'),
        article('要闻', '基础设施投资稳步增长', '交通、水利等基础设施投资同比增长5%。'),
        article('要闻', '警方通报一起电诈案件', '市公安局破获电诈团伙，提醒市民提高警惕。'),
        article('要闻', '电信网络诈骗发案下降', '今年以来电信网络诈骗发案数同比下降，涉案金额减少。'),
      ],
    });
    const infrastructure = ['新基建投资持续加码', '加快新型基础设施建设'].sort();
    for (const q of ['新基建', '新型基础设施', '新型基础设施建设']) expect(await titles(extra, q), q).toEqual(infrastructure);
    const fraud = ['警方通报一起电诈案件', '电信网络诈骗发案下降'].sort();
    for (const q of ['电诈', '电信网络诈骗', '电信诈骗']) expect(await titles(extra, q), q).toEqual(fraud);
    // Every form gives the same phrases, so the same scores, whichever is typed; what matched is marked.
    const ranked = async (query: string) => (await extra.search.search({ query })).hits.map((h) => [h.title, h.score.toFixed(9)]);
    expect(await ranked('电诈')).toEqual(await ranked('电信网络诈骗'));
    const short = await extra.search.search({ query: '电诈' });
    expect(short.hits.find((h) => h.title === '电信网络诈骗发案下降')!.titleHighlight).toBe('【电信网络诈骗】发案下降');
    // Quoted, a term is itself alone; excluded, it excludes its forms too.
    expect(await titles(extra, '"电诈"')).toEqual(['警方通报一起电诈案件']);
    expect(await titles(extra, '发案')).toEqual(['电信网络诈骗发案下降']);
    expect(await titles(extra, '发案 -电诈')).toEqual([]);
    await extra.close();
  });

  it('finds the technical word for an everyday one (运费: 运价) and a broad term\'s kinds, one way (智能仓储: 仓储机器人)', async () => {
    const extra = await openStore(await backend.migrated());
    await extra.issues.import(source('everyday'), {
      publication: '物流月报',
      issueDate: '2024-07-01',
      sections: ['行业动态'],
      warnings: [],
      articles: [
        article('行业动态', '集装箱运价连续三周回落', '出口集装箱运价指数本周继续下行，多条航线的舱位供给宽松。'),
        article('行业动态', '某港口吞吐量稳步增长', '上半年港口完成货物吞吐量同比增长4%。'),
        article('行业动态', '仓储机器人出货量翻番', '多家厂商的拣选机器人订单排到年底，电商企业加快布局。'),
        article('行业动态', '智能仓储市场规模扩大', '报告认为智能仓储将保持两位数增长。'),
        article('行业动态', '医院试点AI辅助诊断', '多家医院上线AI影像系统。'),
        article('行业动态', 'OpenAI发布新版本', '新版本提升了代码能力。'),
      ],
    });
    // AI is 人工智能's form as a word of its own, not inside another name (OpenAI).
    expect(await titles(extra, '人工智能')).toEqual(['医院试点AI辅助诊断']);
    expect(await titles(extra, '运费')).toEqual(['集装箱运价连续三周回落']);
    expect(await titles(extra, '运价')).toEqual(['集装箱运价连续三周回落']);
    expect((await titles(extra, '智能仓储')).sort()).toEqual(['仓储机器人出货量翻番', '智能仓储市场规模扩大'].sort());
    // A kind does not find the broad term: an article on the market as a whole is not one on the robots.
    expect(await titles(extra, '仓储机器人')).toEqual(['仓储机器人出货量翻番']);
    await extra.close();
  });

  it('finds going abroad (出海) in articles on overseas markets and exports, one way, a colloquial short form\'s long forms (配储: 配建储能) and 市占率 its 市场份额', async () => {
    const extra = await openStore(await backend.migrated());
    await extra.issues.import(source('abroad'), {
      publication: '产业周报',
      issueDate: '2025-03-10',
      sections: ['企业动态'],
      warnings: [],
      articles: [
        article('企业动态', '某器械企业海外收入占比过半', '公司在欧洲和东南亚新设子公司，海外订单增长较快。'),
        article('企业动态', '一季度超声设备出口增长', '超声设备出口额同比增长两成。'),
        article('企业动态', '国内招标量回升', '二季度国内医院设备招标量环比回升。'),
        article('企业动态', '多省取消新能源强制配建储能', '新能源项目不再把配建储能作为并网的前置条件。'),
        article('企业动态', '储能电站集中并网', '多个独立储能电站年内并网。'),
        article('企业动态', '龙头企业市场份额升至三成', '行业集中度继续提高。'),
      ],
    });
    expect((await titles(extra, '出海')).sort()).toEqual(['一季度超声设备出口增长', '某器械企业海外收入占比过半'].sort());
    // A kind does not find the broad term: 出口 is not every article on going abroad.
    expect(await titles(extra, '出口')).toEqual(['一季度超声设备出口增长']);
    expect(await titles(extra, '配储')).toEqual(['多省取消新能源强制配建储能']);
    // An analyst's short word of any industry finds the one the press prints.
    expect(await titles(extra, '市占率')).toEqual(['龙头企业市场份额升至三成']);
    await extra.close();
  });

  it('finds a trade\'s contractions in the words they stand for (氢价: 氢气价格, also with a word between: 氢气零售价格; 绿醇: 绿色甲醇) and a kind of equipment under its broad term, one way (制氢设备: 电解槽)', async () => {
    const extra = await openStore(await backend.migrated());
    await extra.issues.import(source('hydrogen'), {
      publication: '能源周报',
      issueDate: '2025-06-16',
      sections: ['行业动态'],
      warnings: [],
      articles: [
        article('行业动态', '华东加氢站降价', '华东地区氢气价格降至每公斤三十元。'),
        article('行业动态', '远洋航运转向绿色甲醇', '多家船东签约绿色甲醇加注协议。'),
        article('行业动态', '碱性电解槽招标量增长', '一季度电解槽中标容量同比翻番。'),
        article('行业动态', '甲醇期货下跌', '甲醇价格随煤价回落。'),
        article('行业动态', '车用氢气零售价格下探', '多座加氢站下调挂牌价。'),
        article('行业动态', '储运仍是短板', '氢气储运依赖长管拖车，运距一长，到站后的终端价格便明显抬升。'),
      ],
    });
    // Its long form with a word between its parts (氢气零售价格) too, ranked below; not parts a clause apart.
    expect(await titles(extra, '氢价')).toEqual(['华东加氢站降价', '车用氢气零售价格下探']);
    expect(await titles(extra, '绿醇')).toEqual(['远洋航运转向绿色甲醇']);
    expect(await titles(extra, '制氢设备')).toEqual(['碱性电解槽招标量增长']);
    // A kind does not find the broad term.
    expect(await titles(extra, '电解槽')).toEqual(['碱性电解槽招标量增长']);
    await extra.close();
  });

  it('finds the hydrogen trade\'s short forms and its broad terms\' kinds (危化品: 危险化学品; PEM电解槽: 质子交换膜电解槽; 氢能储运: 液氢, 长管拖车)', async () => {
    const extra = await openStore(await backend.migrated());
    await extra.issues.import(source('hydrogen-kinds'), {
      publication: '氢能周报',
      issueDate: '2025-09-22',
      sections: ['行业动态'],
      warnings: [],
      articles: [
        article('行业动态', '制氢项目须进入化工园区', '氢气按危险化学品管理，项目须进入化工园区。'),
        article('行业动态', '兆瓦级电解槽示范运行', '国产质子交换膜电解槽完成示范运行。'),
        article('行业动态', '液氢工厂投产', '民用液氢工厂日产液氢1.5吨，配套长管拖车运输。'),
        article('行业动态', '加氢站数量增长', '全国建成加氢站突破500座。'),
      ],
    });
    expect(await titles(extra, '危化品')).toEqual(['制氢项目须进入化工园区']);
    expect(await titles(extra, 'PEM电解槽')).toEqual(['兆瓦级电解槽示范运行']);
    expect(await titles(extra, '氢能储运')).toEqual(['液氢工厂投产']);
    // A kind does not find the broad term's other kinds.
    expect(await titles(extra, '液氢')).toEqual(['液氢工厂投产']);
    await extra.close();
  });

  it('ranks a Latin name\'s versions as the name (HBM3E in a title above HBM in a body), and marks the name where it is a word', async () => {
    const extra = await openStore(await backend.migrated());
    await extra.issues.import(source('versions'), {
      publication: '存储周报',
      issueDate: '2024-06-17',
      sections: ['企业情报'],
      warnings: [],
      articles: [
        article('企业情报', '三星电子HBM3E通过英伟达验证受阻', '三星电子第五代高带宽内存产品的验证进度晚于预期，量产时间或推迟到下半年。'),
        article('企业情报', '长鑫存储推出LPDDR5X内存芯片', '长鑫存储发布新一代移动内存芯片，公司表示下一步将研发HBM产品，并扩充封装产能。'),
        article('企业情报', 'HBM供不应求 存储大厂加码先进封装', '受人工智能服务器需求拉动，HBM供不应求，多家存储厂商扩产。'),
      ],
    });
    const hbm = await extra.search.search({ query: 'HBM' });
    expect(hbm.hits.map((h) => h.title)).toEqual(['HBM供不应求 存储大厂加码先进封装', '三星电子HBM3E通过英伟达验证受阻', '长鑫存储推出LPDDR5X内存芯片']);
    expect(hbm.hits[0].titleHighlight).toBe('【HBM】供不应求 存储大厂加码先进封装');
    await extra.close();
  });

  it('finds every article holding any run of Chinese characters cut from the samples, however it is segmented', async () => {
    const extra = await openStore(await backend.migrated());
    const { doc, bulletin } = await readBulletin('samples/003_8913e8f3e5978f8d.txt');
    await extra.issues.import(doc, bulletin);
    const stored = await extra.articles.list();
    const runs = stored.flatMap((a) => a.body.match(/\p{Script=Han}{6,}/gu) ?? []);
    // Deterministic picks: runs of 2 to 6 characters starting anywhere in a run of the text.
    let seed = 15;
    const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    for (let k = 0; k < 40; k++) {
      const run = runs[next(runs.length)];
      const length = 2 + next(5);
      const start = next(run.length - length + 1);
      const query = run.slice(start, start + length);
      const found = new Set((await extra.search.search({ query, limit: 1000, facets: false })).hits.map((h) => h.id));
      const holding = stored.filter((a) => a.title.includes(query) || a.body.includes(query));
      expect(holding.length, query).toBeGreaterThan(0);
      for (const a of holding) expect(found.has(a.id), `${query} in ${a.title}`).toBe(true);
    }
    await extra.close();
  });

  it('honours phrases, exclusion and OR', async () => {
    expect(await titles(store, '"电池回收"')).toEqual(['推进动力电池回收利用体系建设 完善相关标准']);
    expect(await titles(store, '"回收电池"')).toEqual([]);
    expect(await titles(store, '电池 -储能')).toEqual(['推进动力电池回收利用体系建设 完善相关标准']);
    expect(await titles(store, '爱立信 OR 基站')).toEqual(['5G基站建设提速', '爱立信在华业绩持续下滑'].sort());
    expect(await titles(store, '华为 中兴通讯 -爱立信')).toEqual(['5G基站建设提速']);
    expect(await titles(store, '-电池 -芯片')).toEqual(['5G基站建设提速', '爱立信在华业绩持续下滑'].sort());
  });

  it('filters by section, source and date, in the query or beside it', async () => {
    expect(await titles(store, '华为 section:企业情报')).toEqual(['爱立信在华业绩持续下滑']);
    expect(await titles(store, '华为', { filters: { sources: ['产业简报'] } })).toEqual(['5G基站建设提速']);
    expect(await titles(store, 'from:2021 华为')).toEqual(['爱立信在华业绩持续下滑']);
    expect(await titles(store, 'to:2020-12 华为 OR 芯片')).toEqual(['5G基站建设提速']);
    expect(await titles(store, '华为', { filters: { from: '2021-01-01', to: '2021-10-20' } })).toEqual([]);
  });

  it('ranks title matches first and marks snippets', async () => {
    const r = await store.search.search({ query: '芯片' });
    expect(r.total).toBe(1);
    expect(r.hits[0].titleHighlight).toBe('工信部：汽车【芯片】短缺问题预计四季度有所缓解');
    expect(r.hits[0].snippet).toBe('全球【芯片】短缺正迫使汽车制造商减缓或停止生产许多汽车。');
    const html = await store.search.search({ query: '"动力电池"', marks: 'html' });
    expect(html.hits[0].snippet).toContain('新能源汽车<mark>动力电池</mark>回收利用');
    // The same article in an older and a newer issue: the newer ranks first.
    const twin = await openStore(await backend.migrated());
    for (const date of ['2019-01-07', '2021-06-07', '2020-03-02']) {
      await twin.issues.import(source(date), { ...ISSUES[1].bulletin, issueDate: date });
    }
    const both = await twin.search.search({ query: '中兴通讯' });
    expect(both.hits.map((h) => h.date)).toEqual(['2021-06-07', '2020-03-02', '2019-01-07']);
    expect(both.hits[0].score).toBeGreaterThan(both.hits[1].score);
    await twin.close();
  });

  it('answers odd queries with one-line errors or warnings, never SQL errors', async () => {
    await expect(store.search.search({ query: '' })).rejects.toThrow('query: 检索式为空，请输入检索词或筛选条件，如 tag:芯片 (empty; give words to search for, or a filter such as tag:芯片)');
    await expect(store.search.search({ query: '   \n\t ' })).rejects.toThrow(/^query: 检索式为空/);
    await expect(store.search.search({ query: 'x'.repeat(10_000) })).rejects.toThrow(/^query: 检索式太长：10000 个字符/);
    await expect(store.search.search({ query: '？？' })).rejects.toThrow('query: "？？" 中没有可检索的内容 (nothing searchable in "？？")');
    for (const q of [`"; DROP TABLE articles; --`, `NEAR(电池 回收) OR *`, `')) OR 1=1 --`, `col:电池`, `电池^2`, `"`, `-`, `-"`, 'AND OR NOT']) {
      const r = await store.search.search({ query: q }).catch((err: Error) => err);
      if (r instanceof Error) expect(r.message, q).toMatch(/^query: /);
      else expect(r.total, q).toBeGreaterThanOrEqual(0);
    }
    expect((await store.search.search({ query: 'foo:电池' })).warnings[0]).toMatch(/^foo:电池: 没有 foo: 这个字段.*unknown field foo:/);
    expect(await store.articles.list()).toHaveLength(5);
  });

  it('filters and facets by tags and entities once they are set', async () => {
    const [battery, chips, ericsson] = await store.articles.list({ limit: 3 });
    await store.articles.setFacts(battery.id, { tags: [{ tag: '新能源', score: 0.9 }], entities: [{ name: '工信部', type: 'organization', count: 1 }] });
    // The same ministry stored under two of its names: one entity for filters, facets and counts.
    await store.articles.setFacts(chips.id, {
      tags: [{ tag: '新能源', score: 0.4 }, { tag: '芯片', score: 0.9 }],
      entities: [{ name: '中华人民共和国工业和信息化部', type: 'organization', count: 2 }, { name: '工信部', type: 'organization', count: 1 }],
    });
    // As the enrichment stage gives them: tags by name, entities with their mention counts.
    await store.articles.setFacts(ericsson.id, articleFacts([], [{ name: '华为', type: 'org', mentions: 1 }, { name: '爱立信', type: 'org', mentions: 5 }]));
    expect(await titles(store, 'tag:新能源')).toEqual([battery.title, chips.title].sort());
    expect(await titles(store, 'tag:新能源 tag:芯片')).toEqual([chips.title]);
    for (const name of ['工信部', '工业和信息化部', '中华人民共和国工业和信息化部']) {
      expect(await titles(store, '汽车', { filters: { entities: [name] } }), name).toEqual([battery.title, chips.title].sort());
      expect(await titles(store, `entity:${name}`), name).toEqual([battery.title, chips.title].sort());
    }
    const r = await store.search.search({ query: 'section:产业环境' });
    expect(r.facets.tag).toEqual([{ value: '新能源', count: 2 }, { value: '芯片', count: 1 }]);
    expect(r.facets.entity).toEqual([{ value: '中华人民共和国工业和信息化部', count: 2 }]);
    expect(await store.search.countFacts('entity', '2000', '2030')).toContainEqual({ value: '中华人民共和国工业和信息化部', count: 2 });
    expect((await store.search.search({ query: 'entity:爱立信' })).hits.map((h) => h.title)).toEqual([ericsson.title]);
    await expect(store.articles.setFacts(1e9, { tags: [] })).rejects.toThrow('article 1000000000: 库中没有这篇文章 (no such article in this store)');
  });
});

describe.each(BACKENDS)('facet counts on the $name store are exact for the whole result set', (backend) => {
  it('match counts computed from the hits themselves on a synthetic archive', async () => {
    const store = await openStore(await backend.migrated());
    const material = materialFromTexts(readSampleTexts('samples'));
    const issues: SyntheticIssue[] = [...syntheticIssues(material, { articles: 600, seed: 7 })];
    for (const i of issues) await store.issues.import(i.source, i.bulletin);
    const facts = new Map(issues.flatMap((i) => i.bulletin.articles).map((a) => [`${a.title}\n${a.body}`, a]));
    const tag = material.tags[0];
    for (const query of ['芯片', '数字 经济', `tag:${tag}`, '华为 OR 苹果 -芯片']) {
      const r = await store.search.search({ query, limit: 5 });
      const all = await store.search.search({ query, limit: 10_000 });
      const bare = await store.search.search({ query, limit: 5, facets: false });
      expect(bare.hits, query).toEqual(r.hits);
      expect(bare.total, query).toBe(r.total);
      expect(bare.facets.section, query).toEqual([]);
      expect(r.total, query).toBe(all.hits.length);
      expect(r.total, query).toBeGreaterThan(5);
      const articles = await Promise.all(all.hits.map((h) => store.articles.get(h.id)));
      const tally = (values: (string | null | undefined)[]): FacetCounts => {
        const m = new Map<string, number>();
        for (const v of values) if (v) m.set(v, (m.get(v) ?? 0) + 1);
        return [...m].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
      };
      const fact = (a: Article) => facts.get(`${a.title}\n${a.body}`)!;
      expect(r.facets.section, query).toEqual(tally(all.hits.map((h) => h.section)));
      expect(r.facets.source, query).toEqual(tally(all.hits.map((h) => h.source)));
      expect(r.facets.month, query).toEqual(tally(all.hits.map((h) => h.date?.slice(0, 7))));
      expect(r.facets.tag, query).toEqual(tally(articles.flatMap((a) => fact(a!).tags!.map((t) => t.tag))));
      // Entities count under their canonical names, once per article.
      const canonical = sharedAliases().canonical;
      expect(r.facets.entity, query).toEqual(tally(articles.flatMap((a) => [...new Set(fact(a!).entities!.map((e) => canonical(e.name)))])));
    }
    await store.close();
  });
});

describe.each(BACKENDS)('index maintenance on the $name store', (backend) => {
  it('does not index an article twice when the same file is imported again', async () => {
    const location = await backend.migrated();
    const store = await fixtureStore(location);
    for (const { name, bulletin } of ISSUES) expect((await store.issues.import(source(name), bulletin)).status).toBe('unchanged');
    await store.close();
    const index = backend.name === 'sqlite' ? ['article_fts'] : ['search_docs', 'search_vectors', 'search_text'];
    for (const table of [...index, 'articles']) {
      expect((await backend.sql(location, `SELECT count(*) AS n FROM ${table}`))[0].n, table).toBe(5);
    }
    const again = await openStore(location);
    expect((await again.search.search({ query: '爱立信' })).total).toBe(1);
    await again.close();
  });

  it('indexes a very long article whole (PostgreSQL keeps positions up to 16,383) and finds phrases at its end', async () => {
    const store = await openStore(await backend.migrated());
    const body = `${'全球芯片短缺正迫使汽车制造商减缓生产。'.repeat(4000)}最后提到光波导。`;
    await store.issues.import(source('long'), { ...ISSUES[0].bulletin, articles: [article('综述', '长文', body)] });
    expect((await store.search.search({ query: '光波导' })).total).toBe(1);
    expect((await store.search.search({ query: '"芯片 短缺"' })).total).toBe(1);
    expect((await store.search.search({ query: '"最后 提到 光波导"' })).total).toBe(1);
    await store.close();
  });

  it('backfills the index when a store made before search is opened', async () => {
    const location = await backend.fresh();
    // The first schema step alone: a store from before search.
    if (backend.name === 'sqlite') {
      mkdirSync(dirname(location), { recursive: true });
      const old = new Database(location);
      old.exec(MIGRATIONS[0] as string);
      old.pragma('user_version = 1');
      old.close();
    } else {
      await backend.sql(location, PG_MIGRATIONS[0] as string);
      await backend.sql(location, 'CREATE TABLE schema_migrations (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())');
      await backend.sql(location, 'INSERT INTO schema_migrations (version) VALUES (1)');
    }
    const { doc, bulletin } = await readBulletin('samples/003_8913e8f3e5978f8d.txt');
    const p = (k: number) => (backend.name === 'sqlite' ? '?' : `$${k}`);
    await backend.sql(location, `INSERT INTO source_files (path, sha256, bytes, encoding, kind, imported_at) VALUES (${p(1)}, ${p(2)}, ${p(3)}, 'utf-8', 'text', '2021-10-22T00:00:00Z')`, [doc.path, doc.sha256, doc.bytes]);
    await backend.sql(location, `INSERT INTO issues (source_file_id, publication, issue_date, sections, warnings) VALUES (1, NULL, '2021-10-21', '[]', '[]')`);
    for (const [k, a] of bulletin.articles.entries()) {
      await backend.sql(
        location,
        `INSERT INTO articles (issue_id, ordinal, section, title, subheads, body, captions, line_start, line_end, content_hash)
         VALUES (1, ${p(1)}, ${p(2)}, ${p(3)}, '[]', ${p(4)}, '[]', ${p(5)}, ${p(6)}, 'x')`,
        [k, a.section, a.title, a.body, a.lineStart, a.lineEnd],
      );
    }

    const store = await openStore(location);
    const r = await store.search.search({ query: '爱立信', limit: 100 });
    expect(r.total).toBeGreaterThan(0);
    const texts = await Promise.all(r.hits.map((h) => store.articles.get(h.id)));
    for (const a of texts) expect(`${a!.title}${a!.body}`).toContain('爱立信');
    expect(r.total).toBe(bulletin.articles.filter((a) => `${a.title}${a.body}`.includes('爱立信')).length);
    // An issue without a publication is credited to its file's name, never the file's path on the server.
    expect(r.facets.source).toEqual([{ value: '003_8913e8f3e5978f8d', count: r.total }]);
    expect(new Set(r.hits.map((h) => h.source))).toEqual(new Set(['003_8913e8f3e5978f8d']));
    // The character grams were backfilled too: a run of Chinese, quoted, finds exactly the articles holding it
    // (unquoted, a run of several words also finds its words apart).
    for (const run of ['产业链', '芯片短缺', '数字经济', '电池', '运营商']) {
      const holding = bulletin.articles.filter((a) => a.title.includes(run) || a.body.includes(run)).length;
      expect(holding, run).toBeGreaterThan(0);
      expect((await store.search.search({ query: `"${run}"`, limit: 1 })).total, run).toBe(holding);
    }
    // And written again with a Latin name cut from its version: a model family finds its versions (XR in XR1
    // and XR2, WiFi in WiFi6 and WIFI5), as a word of its own and not inside a longer word.
    for (const family of ['XR', 'WiFi']) {
      const word = new RegExp(`(?<![A-Za-z])${family}(?![A-Za-z])`, 'i');
      const holding = bulletin.articles.filter((a) => word.test(a.title) || word.test(a.body)).length;
      expect(holding, family).toBeGreaterThan(0);
      expect((await store.search.search({ query: family, limit: 1 })).total, family).toBe(holding);
    }
    // An issue imported now without a publication is credited the same way.
    expect((await store.issues.import(source('deep/folder/今日简讯'), { ...ISSUES[0].bulletin, publication: null })).status).toBe('imported');
    const filed = await store.search.search({ query: '', filters: { sources: ['今日简讯'] }, limit: 100 });
    expect(filed.total).toBe(ISSUES[0].bulletin.articles.length);
    expect(filed.hits.every((h) => h.source === '今日简讯')).toBe(true);
    await store.close();
  });
});

describe('the embedded store, past the interface', () => {
  const dir = mkdtempSync(join(tmpdir(), 'jianbao-search-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('pages exactly as scoring every hit would, whether ids follow dates or not', async () => {
    const issues = [...syntheticIssues(materialFromTexts(readSampleTexts('samples')), { articles: 2000, seed: 5 })];
    for (const order of ['by date', 'newest first']) {
      const file = join(dir, `broad-${order.replace(' ', '-')}.db`);
      const store = openSqliteStore(file);
      for (const i of order === 'by date' ? issues : [...issues].reverse()) await store.issues.import(i.source, i.bulletin);
      const db = new Database(file, { readonly: true });
      for (const query of ['数据', '发展 OR 企业', '发展', '发展 企业 -数据', '数据 OR "发展 经济" 企业']) {
        const plan = toMatchPlan(parseQuery(query), sharedSegmenter(), sharedAliases(), sharedAbbreviations());
        const { sql, params } = referenceSql(plan);
        const all = db.prepare(sql).all(...params).map((r) => (r as { id: number }).id);
        expect(all.length, query).toBeGreaterThan(300);
        for (const [limit, offset] of [[20, 0], [10, 35]]) {
          const r = await store.search.search({ query, limit, offset, facets: false });
          expect(r.hits.map((h) => h.id), `${query} ${order} ${offset}`).toEqual(all.slice(offset, offset + limit));
        }
      }
      db.close();
      await store.close();
    }
  });

  it('reads each phrase\'s postings as FTS5 matches and scores it, ids alone or with scores, and again once forgotten', async () => {
    const file = join(dir, 'postings.db');
    const store = openSqliteStore(file);
    for (const i of syntheticIssues(materialFromTexts(readSampleTexts('samples')), { articles: 300, seed: 7 })) await store.issues.import(i.source, i.bulletin);
    await store.close();
    const db = new Database(file, { readonly: true });
    const fts = (phrase: Phrase) =>
      db
        .prepare<[string], { id: number; bm: number }>(
          `SELECT rowid AS id, bm25(${ftsTable(phrase)}, ${TITLE_WEIGHT}, 1) AS bm FROM ${ftsTable(phrase)} WHERE ${ftsTable(phrase)} MATCH ? ORDER BY rowid`,
        )
        .all(quote(phrase));
    const phrases: Phrase[] = [
      { stream: 'words', tokens: ['发展'] },
      { stream: 'words', tokens: ['数据'] },
      { stream: 'words', tokens: ['数字', '经济'] },
      { stream: 'grams', tokens: ['数字', '字经', '经济'] },
    ];
    // A budget smaller than any two phrases' postings: each read forgets the one before.
    const cache = new PostingsCache(db, 10);
    for (const round of [1, 2]) {
      for (const phrase of phrases) {
        const expected = fts(phrase);
        expect(expected.length, `${quote(phrase)} round ${round}`).toBeGreaterThan(10);
        const bare = cache.get(phrase, false);
        expect([...bare.ids]).toEqual(expected.map((r) => r.id));
        // The shares of some ids alone (every third, and ids the phrase lacks beside them), as FTS5 scores them.
        const some = expected.filter((_, j) => j % 3 === 0).map((r) => r.id);
        const part = cache.getFor(phrase, Int32Array.from(new Set(some.flatMap((id) => [id, id + 1]))).sort());
        expect([...part.ids]).toEqual(expected.map((r) => r.id));
        expect(expected.flatMap((_, j) => (j % 3 === 0 ? [part.share![j]] : []))).toEqual(some.map((id) => -expected.find((r) => r.id === id)!.bm));
        expect(part.share!.filter((x) => Number.isNaN(x)).length).toBeGreaterThan(0);
        const got = cache.get(phrase, true);
        expect([...got.ids]).toEqual(expected.map((r) => r.id));
        expect([...got.share!]).toEqual(expected.map((r) => -r.bm));
      }
    }
    db.close();
  });

  it('sees what another connection imported or tagged since its last search', async () => {
    const file = join(dir, 'shared.db');
    const reader = await fixtureStore(file);
    expect((await reader.search.search({ query: '爱立信' })).facets.source).toEqual([{ value: '信息产业监测', count: 1 }]);
    const writer = openSqliteStore(file);
    await writer.issues.import(source('c'), { ...ISSUES[0].bulletin, publication: '另一份简报', issueDate: '2022-01-05' });
    const [newer] = (await writer.search.search({ query: '爱立信 source:另一份简报' })).hits;
    await writer.articles.setFacts(newer.id, { tags: [{ tag: '通信', score: 1 }] });
    const r = await reader.search.search({ query: '爱立信' });
    expect(r.total).toBe(2);
    expect(r.hits[0].date).toBe('2022-01-05');
    expect(r.facets.source).toEqual([{ value: '信息产业监测', count: 1 }, { value: '另一份简报', count: 1 }]);
    expect(r.facets.tag).toEqual([{ value: '通信', count: 1 }]);
    await writer.close();
    await reader.close();
  });

  it('moves the search generation on changes to what search reads only, not on sessions, seen-marks or triage', async () => {
    const file = join(dir, 'generation.db');
    const store = await fixtureStore(file);
    const db = new Database(file, { readonly: true });
    const generation = () => (db.prepare('SELECT n FROM search_generation').get() as { n: number }).n;
    const [hit] = (await store.search.search({ query: '爱立信' })).hits;
    const at = new Date().toISOString();
    const before = generation();
    const user = await store.users.add({ name: 'li', role: 'editor', edition: null, passwordHash: 'x', createdAt: at });
    await store.users.startSession({ tokenHash: 't', userId: user.id, csrf: 'c', createdAt: at, expiresAt: '2999-01-01T00:00:00Z' });
    await store.users.markInboxSeen('li', hit.id);
    await store.triage.set([hit.id], { state: 'kept', section: '企业情报' }, at, 'li');
    expect(generation()).toBe(before);
    await store.articles.setFacts(hit.id, { tags: [{ tag: '通信', score: 1 }] });
    const tagged = generation();
    expect(tagged).toBeGreaterThan(before);
    const [{ id: issue }] = await store.issues.list();
    await store.issues.remove(issue);
    expect(generation()).toBeGreaterThan(tagged);
    db.close();
    await store.close();
  });
});

/**
 * A plan's hits scored in SQL by the formula of rank.ts, best first: each phrase's FTS5 bm25 from its stream's
 * table, summed in the plan's phrase order over the phrases the row holds, times the recency boost.
 */
function referenceSql(plan: MatchPlan): { sql: string; params: string[] } {
  const params: string[] = [];
  const ctes: string[] = [];
  const phrase = (p: Phrase) => {
    const t = ftsTable(p);
    params.push(quote(p));
    ctes.push(`p${ctes.length} AS MATERIALIZED (SELECT rowid AS id, bm25(${t}, ${TITLE_WEIGHT}, 1) AS bm FROM ${t} WHERE ${t} MATCH ?)`);
    return `p${ctes.length - 1}`;
  };
  const groups = plan.groups.map((g) => g.map(phrase));
  const excluded = plan.excluded.map(phrase);
  const all = groups.flat();
  const score = `(0.0${all.map((p) => ` + coalesce(-${p}.bm, 0)`).join('')})`;
  const age = 'julianday((SELECT max(date) FROM search_docs)) - julianday(d.date)';
  const sql = `WITH ${ctes.join(', ')}
    SELECT d.id FROM search_docs d ${all.map((p) => `LEFT JOIN ${p} ON ${p}.id = d.id`).join(' ')}
     WHERE ${[
       ...groups.map((g) => `(${g.map((p) => `${p}.id IS NOT NULL`).join(' OR ')})`),
       ...excluded.map((p) => `d.id NOT IN (SELECT id FROM ${p})`),
     ].join(' AND ')}
     ORDER BY ${scoreSql(`-${score}`, age)} DESC, d.date DESC, d.id DESC`;
  return { sql, params };
}

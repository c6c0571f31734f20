import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { understandBulletin } from '../src/pipeline/understand.js';
import { sharedAliases } from '../src/search/aliases.js';
import { companyForms } from '../src/search/entity-names.js';
import { openStore } from '../src/store/open.js';
import type { Store } from '../src/store/types.js';
import type { Article, Bulletin } from '../src/types.js';
import { BACKENDS } from './backends.js';
import { companyArticle } from './search-fixture.js';

const BULLETIN: Bulletin = {
  publication: '产业周报',
  issueDate: '2025-03-03',
  sections: ['企业情报'],
  warnings: [],
  articles: [
    companyArticle('芯片巨头发布新一代处理器', '英特尔公司发布新一代服务器处理器，称能效提升三成。'),
    companyArticle('雅克科技拟扩建前驱体产能', '江苏雅克泰和科技股份有限公司发布公告，拟投资扩建前驱体产线。雅克科技表示，新产线明年投产。'),
    companyArticle('星澜微联完成新一轮融资', '苏州星澜微联通信技术有限公司近日完成新一轮融资。星澜微联表示，资金将用于卫星终端研发。'),
    companyArticle('星澜微联卫星终端通过认证', '星澜微联的卫星终端通过入网认证。'),
  ],
};

const titles = async (store: Store, request: { query: string; filters?: { entities: string[] } }) =>
  (await store.search.search({ ...request, limit: 100, facets: false })).hits.map((h) => h.title).sort();

describe.each(BACKENDS)('entity filters on the $name store by the wording an entity is recognised from', (backend) => {
  let store: Store;
  beforeAll(async () => {
    store = await openStore(await backend.migrated());
    await store.issues.import({ path: 'fixtures/wording.txt', sha256: 'wording'.padEnd(64, '0'), bytes: 100, encoding: 'utf-8', kind: 'text' }, BULLETIN, understandBulletin(BULLETIN));
  });
  afterAll(() => store.close());

  it('accepts a name the recogniser reads as a known organisation, though the lexicon lacks it (美国英特尔公司 → 英特尔)', async () => {
    for (const name of ['美国英特尔公司', '英特尔', 'Intel']) {
      expect(await titles(store, { query: '', filters: { entities: [name] } }), name).toEqual(['芯片巨头发布新一代处理器']);
      expect(await titles(store, { query: `entity:${name}` }), name).toEqual(['芯片巨头发布新一代处理器']);
    }
  });

  it('reads a registered name as the known company the same article names by its brand head (雅克泰和 … 雅克科技)', async () => {
    const { facets } = await store.search.search({ query: 'entity:雅克科技', limit: 10 });
    expect(facets.entity.map((f) => f.value)).toContain('雅克科技');
    expect(facets.entity.map((f) => f.value)).not.toContain('江苏雅克泰和科技股份有限公司');
    expect(await titles(store, { query: '', filters: { entities: ['江苏雅克泰和科技股份有限公司'] } })).toEqual(['雅克科技拟扩建前驱体产能']);
  });

  it('finds by its short name an organisation no table knows, named by its registered name in one article, in every article printing it', async () => {
    const financed = await store.search.search({ query: 'entity:星澜微联 融资', limit: 10 });
    expect(financed.hits.filter((h) => !h.missing).map((h) => h.title)).toEqual(['星澜微联完成新一轮融资']);
    // The registered name finds the article printing its short form alone too.
    expect(await titles(store, { query: '', filters: { entities: ['苏州星澜微联通信技术有限公司'] } })).toEqual(['星澜微联卫星终端通过认证', '星澜微联完成新一轮融资']);
    // Another article prints the short name alone, too little for the recogniser: the archive's registered name says
    // it names that organisation.
    expect(await titles(store, { query: 'entity:星澜微联' })).toEqual(['星澜微联卫星终端通过认证', '星澜微联完成新一轮融资']);
    // A name no article's entity was read from, nor a short form of one, finds nothing, printed or not.
    expect(await titles(store, { query: 'entity:星澜科技' })).toEqual([]);
    expect(await titles(store, { query: 'entity:卫星终端' })).toEqual([]);
  });
});

/**
 * A device maker (made up) stored by its short name in one article, by its registered name in another (which
 * introduces its brand), printed by its brand in a third; a foreign company whose brand's characters also open a
 * river's name.
 */
const BRAND_ARTICLES: Article[] = [
  companyArticle('澜拓医疗三季度营收增长', '澜拓医疗前三季度营收增长8%，海外收入占比提高。'),
  companyArticle('电生理赛道迎来龙头', '深圳澜拓生物医疗电子股份有限公司（以下简称“澜拓”）完成对一家电生理企业的控股权收购。'),
  companyArticle('国产超声设备出口增长', '澜拓、开元等企业在海外设立子公司，高端彩超进入欧洲。'),
  companyArticle('贝敦泰将分拆糖尿病业务', '贝敦泰公司宣布分拆糖尿病业务。分析认为，贝敦泰的手术机器人在欧洲装机加速。'),
  companyArticle('心脏消融需求旺盛', '多家器械企业的心脏消融产品需求旺盛。'),
  companyArticle('贝敦河流域治理启动', '贝敦河流域综合治理工程启动，沿岸将建设湿地公园。'),
  companyArticle('柯岚获评年度工程师', '工程师柯岚获评年度优秀工程师。'),
  companyArticle('柯岚明出任研究院院长', '柯岚明出任研究院院长。'),
  companyArticle('Verdane拖拉机进入中国', 'Verdane Tractors在华发布自动驾驶套件。'),
];

/** Each article's stored organisations, as the entity layer would read them (set here: the recogniser knows none of these names). */
const BRAND_ENTITIES: Record<string, string[]> = {
  澜拓医疗三季度营收增长: ['澜拓医疗'],
  电生理赛道迎来龙头: ['深圳澜拓生物医疗电子股份有限公司'],
  贝敦泰将分拆糖尿病业务: ['贝敦泰公司'],
  柯岚获评年度工程师: ['柯岚'],
  柯岚明出任研究院院长: ['柯岚明'],
};
/** The stored names that are persons', the others being organisations. */
const BRAND_PERSONS = new Set(['柯岚', '柯岚明']);

describe.each(BACKENDS)('entity filters on the $name store by a company brand', (backend) => {
  let store: Store;
  beforeAll(async () => {
    store = await openStore(await backend.migrated());
    const bulletin = { ...BULLETIN, articles: BRAND_ARTICLES };
    await store.issues.import({ path: 'fixtures/brand.txt', sha256: 'brand'.padEnd(64, '0'), bytes: 100, encoding: 'utf-8', kind: 'text' }, bulletin);
    for (const a of await store.articles.list()) {
      const names = BRAND_ENTITIES[a.title] ?? [];
      await store.articles.setFacts(a.id, { entities: names.map((name) => ({ name, type: BRAND_PERSONS.has(name) ? 'person' : 'organization', count: 1 })) });
    }
  });
  afterAll(() => store.close());

  it('finds the company by its short name, registered name or brand, printed shorter or longer, and by the brand printed alone where the archive introduced it', async () => {
    const all = ['国产超声设备出口增长', '澜拓医疗三季度营收增长', '电生理赛道迎来龙头'];
    for (const name of ['澜拓医疗', '澜拓', '深圳澜拓生物医疗电子股份有限公司']) {
      expect(await titles(store, { query: '', filters: { entities: [name] } }), name).toEqual(all);
      expect(await titles(store, { query: `entity:${name}` }), name).toEqual(all);
    }
  });

  it('finds a foreign company stored with its generic tail by its name printed without it, not by its brand\'s characters printed in other words', async () => {
    // 贝敦 is printed only as the head of 贝敦泰 and of a river's name: no article shows it standing alone.
    for (const name of ['贝敦泰', '贝敦泰公司']) expect(await titles(store, { query: `entity:${name}` }), name).toEqual(['贝敦泰将分拆糖尿病业务']);
  });

  it('finds by a typed registered name the articles printing its brand or short name, by a Latin company name those printing its core, and reads an ordinary term as written', async () => {
    const all = ['国产超声设备出口增长', '澜拓医疗三季度营收增长', '电生理赛道迎来龙头'];
    expect(await titles(store, { query: '深圳澜拓生物医疗电子股份有限公司' })).toEqual(all);
    expect(await titles(store, { query: '"深圳澜拓生物医疗电子股份有限公司"' })).toEqual(all);
    expect(companyForms('深圳澜拓生物医疗电子股份有限公司', sharedAliases())).toContain('澜拓');
    // A term no organisation's: its first two characters are no brand.
    expect(companyForms('钠离子电池', sharedAliases())).toEqual([]);
    expect(companyForms('心脏消融', sharedAliases())).toEqual([]);
    // A Latin company name stands for its core, as the text mostly prints it (Verdane in Verdane Tractors).
    expect(companyForms('Verdane & Company', sharedAliases())).toEqual(['Verdane']);
    expect(companyForms('Northfield Holdings Inc.', sharedAliases())).toEqual(['Northfield']);
    expect(companyForms('Lumen Group', sharedAliases())).toEqual(['Lumen']);
    // The continent's and the Nordic legal forms are tails as Inc. is (Nel ASA printed as Nel).
    expect(companyForms('Fjordel ASA', sharedAliases())).toEqual(['Fjordel']);
    expect(companyForms('Verdane N.V.', sharedAliases())).toEqual(['Verdane']);
    expect(companyForms('Nordvik Oyj', sharedAliases())).toEqual(['Nordvik']);
    // No core of fewer than three letters, and no company without a legal form or group word.
    expect(companyForms('AB Group', sharedAliases())).toEqual([]);
    expect(companyForms('China Mobile', sharedAliases())).toEqual([]);
    // A tail is a word of its own, and a long name is read once (a pattern of nested runs took minutes on it).
    expect(companyForms('TENSE', sharedAliases())).toEqual([]);
    expect(companyForms('Verdane, Inc.', sharedAliases())).toEqual(['Verdane']);
    expect(companyForms(`${'abc'.repeat(3000)} Inc!`, sharedAliases())).toEqual([]);
    expect(companyForms(`Verdane ${'Inc '.repeat(3000)}Group`, sharedAliases())).toEqual(['Verdane']);
    expect(await titles(store, { query: 'Verdane & Company' })).toEqual(['Verdane拖拉机进入中国']);
    expect(await titles(store, { query: '"Verdane & Company"' })).toEqual(['Verdane拖拉机进入中国']);
  });

  it('leaves out by an excluded registered name the articles naming it, not those printing its brand\'s characters', async () => {
    // 贝敦 is the brand of the (made-up) registered name, and the head of the river's name too.
    expect(await titles(store, { query: '湿地 -江苏贝敦河环保科技有限公司' })).toEqual(['贝敦河流域治理启动']);
    expect(await titles(store, { query: '收购 -深圳澜拓生物医疗电子股份有限公司' })).toEqual([]);
  });

  it('reads no brand into a name opening with a word, nor into a name the archive stores nothing of', async () => {
    expect(await titles(store, { query: 'entity:澜拓科技' })).toEqual([]);
    expect(await titles(store, { query: 'entity:器械企业' })).toEqual([]);
  });

  it('reads no company into a person\'s name of two characters, nor accepts another person\'s name holding it', async () => {
    expect(await titles(store, { query: 'entity:柯岚' })).toEqual(['柯岚获评年度工程师']);
    expect(await titles(store, { query: '', filters: { entities: ['柯岚'] } })).toEqual(['柯岚获评年度工程师']);
  });
});

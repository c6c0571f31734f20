import { describe, expect, it } from 'vitest';
import { sharedAliases } from '../src/search/aliases.js';
import { filterAccepts } from '../src/search/entity-names.js';
import type { Bulletin } from '../src/types.js';
import { BACKENDS } from './backends.js';
import { bulletinSearch, companyArticle } from './search-fixture.js';

const BULLETIN: Bulletin = {
  publication: '物流周报',
  issueDate: '2025-05-12',
  sections: ['企业情报'],
  warnings: [],
  articles: [
    companyArticle('京东物流股份有限公司发布年报', '京东物流股份有限公司发布年度报告，一体化供应链收入增长。'),
    companyArticle('京东物流新建智能园区', '京东物流在成都的智能园区投用。'),
    companyArticle('JD Logistics expands in Europe', 'JD Logistics opened two warehouses in Poland.'),
    companyArticle('快递业务量增长', '前四个月快递业务量同比增长两成。'),
    companyArticle('澜鸥速递开通新航线', '澜鸥速递（Lanou Express）开通至曼谷的货运航线。'),
    companyArticle('东南亚快递价格战缓和', '澜鸥、顺达等快递企业在东南亚的价格竞争有所缓和。'),
  ],
};

describe('a registered name the lexicon lacks', () => {
  const aliases = sharedAliases();

  it('stands for the lexicon company its name without legal form, group word or place is', () => {
    expect(aliases.namesOf('京东物流股份有限公司')).toEqual(['京东物流', 'JD Logistics', '京东物流股份有限公司']);
    // The place it opens with left out (深圳), and a listed arm beside its group (集团有限公司): the same company.
    expect(aliases.namesOf('深圳京东物流有限公司')).toContain('JD Logistics');
    expect(aliases.namesOf('中国移动通信有限公司')).toContain('中国移动');
    // Industry words before the legal form left out too, while four characters remain (联影医疗 of …医疗科技…).
    expect(aliases.namesOf('上海联影医疗科技股份有限公司')).toEqual(['联影医疗', '上海联影医疗科技股份有限公司']);
    // Its canonical name stays its own: the recogniser may have stored it as itself.
    expect(aliases.canonical('京东物流股份有限公司')).toBe('京东物流股份有限公司');
  });

  it('stands for nothing more when no lexicon company is so named, nor for a parent of a subsidiary', () => {
    expect(aliases.namesOf('澄川物流股份有限公司')).toEqual(['澄川物流股份有限公司']);
    expect(aliases.namesOf('华为数字能源技术有限公司')).toEqual(['华为数字能源技术有限公司']);
    // Too little left without the place to be that company's name (北京银行 is not 银行).
    expect(aliases.namesOf('北京银行股份有限公司')).toEqual(['北京银行股份有限公司']);
  });
});

describe('an entity filter on a lexicon company', () => {
  it('accepts the printing of its registered names without legal form and group word, as its listed arm prints them', () => {
    // 中国移动通信集团有限公司 → 中国移动通信, printed in 中国移动通信有限公司 too.
    expect(filterAccepts('中国移动', sharedAliases(), [], []).printed).toContain('中国移动通信');
    // 华为技术有限公司 → 华为技术; a name shorter than four characters (华为) is too often another's: not taken.
    const huawei = filterAccepts('华为', sharedAliases(), [], []).printed;
    expect(huawei).toContain('华为技术');
    expect(huawei).not.toContain('华为');
  });
});

describe('an entity filter on a name no table knows', () => {
  const names = (name: string, stored: string[]) => filterAccepts(name, sharedAliases(), stored, []).names;

  it('accepts a stored registered name it is the market name of: its opening, or its characters in order', () => {
    expect(names('北岚荒', ['北岚荒农垦集团有限公司'])).toContain('北岚荒农垦集团有限公司');
    expect(names('澄平高科', ['袁澄平农业高科技股份有限公司'])).toContain('袁澄平农业高科技股份有限公司');
    expect(names('澜原股份', ['澜原食品股份有限公司'])).toContain('澜原食品股份有限公司');
  });

  it('accepts no registered name it is too short for, nor one whose first two characters it does not open with', () => {
    expect(names('澄平', ['澄平农业高科技股份有限公司'])).toEqual(['澄平']);
    expect(names('平高科技', ['袁澄平农业高科技股份有限公司'])).toEqual(['平高科技']);
    // A name that is no registered one: its characters in order say nothing.
    expect(names('澄平高科', ['袁澄平农业高科技研究院'])).toEqual(['澄平高科']);
  });

  it('takes no opening that is a place and a character, nor characters picked after a place, from two names, or beside one it opens', () => {
    expect(names('中国澜', ['中国澜海通信集团有限公司'])).toEqual(['中国澜']);
    // 中国 + 信息 picks its characters from a group of another name.
    expect(names('中国信息', ['中国电子信息产业集团有限公司'])).toEqual(['中国信息']);
    // Picked from two companies' names, the name is neither's.
    expect(names('澄平高科', ['袁澄平农业高科技股份有限公司', '澄平安居高科技股份有限公司'])).toEqual(['澄平高科']);
    // A registered name it opens is the one it names, not another whose characters it picks.
    const both = names('澜海能源', ['澜海能源投资集团有限责任公司', '澜海电网能源研究院有限公司']);
    expect(both).toContain('澜海能源投资集团有限责任公司');
    expect(both).not.toContain('澜海电网能源研究院有限公司');
  });

  it('accepts the printing of a name opening with a stored name or its lexicon name, a body or division of it', () => {
    expect(filterAccepts('澜疆农业', sharedAliases(), ['澜疆'], []).printed).toContain('澜疆农业');
    // 华为技术有限公司 stored, 华为 its lexicon name: 华为数字能源 names a body of it.
    expect(filterAccepts('华为数字能源', sharedAliases(), ['华为技术有限公司'], []).printed).toContain('华为数字能源');
    // Nothing stored it opens with: no evidence it is a name, nothing printed is taken.
    expect(filterAccepts('澜疆农业', sharedAliases(), [], []).printed).toEqual([]);
  });
});

describe.each(BACKENDS)('registered names on the $name store', (backend) => {
  const { titles, store } = bulletinSearch(backend, 'registered', BULLETIN);

  it('finds by a registered name, typed, quoted and as an entity filter, the articles naming its company otherwise', async () => {
    const all = ['JD Logistics expands in Europe', '京东物流新建智能园区', '京东物流股份有限公司发布年报'];
    expect(await titles('京东物流股份有限公司')).toEqual(all);
    expect(await titles('"京东物流股份有限公司"')).toEqual(all);
    expect(await titles('', ['京东物流股份有限公司'])).toEqual(all);
  });

  it('finds by a company name the archive printed beside another in brackets the articles printing its brand alone', async () => {
    const both = ['东南亚快递价格战缓和', '澜鸥速递开通新航线'];
    expect(await titles('澜鸥速递')).toEqual(both);
    expect(await titles('"澜鸥速递"')).toEqual(both);
    // The brand is weighted below the name: the article naming the company ranks first.
    const { hits } = await store().search.search({ query: '澜鸥速递', limit: 10, facets: false });
    expect(hits[0].title).toBe('澜鸥速递开通新航线');
  });
});

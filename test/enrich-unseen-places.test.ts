import { describe, expect, it } from 'vitest';
import { extractEntities } from '../src/enrich/entities.js';
import { knownSurfaces } from '../src/enrich/entity-lexicon.js';
import { tokenize } from '../src/enrich/segmenter.js';
import type { Entity } from '../src/enrich/types.js';

// Places inside the names of bodies, subsidiaries and projects on unseen material (#15, R10/R11). Bodies made up.
const entities = (text: string) => extractEntities(text, tokenize(text));
const names = (es: Entity[], type: string) => es.filter((e) => e.type === type).map((e) => e.name).sort();

describe('bodies a place leads', () => {
  it('reads a foreign country\'s ministries and regulators as bodies, not its companies', () => {
    const es = entities('泰国工业部表示，英国竞争与市场管理局宣布审查，日本总务省决定分配频谱，美国芯片公司关注。');
    expect(names(es, 'org')).toEqual(['日本总务省', '泰国工业部', '英国竞争与市场管理局'].sort());
    expect(names(es, 'place')).toEqual(['美国']);
  });

  it('reads a province\'s own body named by a state body\'s short name, and keeps the state one national', () => {
    const es = entities('贵州省能源局、上海市发改委和国家能源局联合发文。');
    expect(names(es, 'org')).toEqual(['上海市发改委', '国家能源局', '贵州省能源局'].sort());
    expect(names(es, 'place')).toEqual([]);
  });

  it('crosses words a leftward walk stops at and a verb before a government ending, not before a company\'s', () => {
    const es = entities('苏州市市场监管局与深圳市科技创新委员会联合检查，沈阳新松旗下公司参与。');
    expect(names(es, 'org')).toEqual(['深圳市科技创新委员会', '苏州市市场监管局'].sort());
    expect(names(es, 'org').some((n) => n.includes('旗下'))).toBe(false);
  });

  it('knows endings that were missing, so the place leading them is no place mention', () => {
    const es = entities('深圳海关、上海市人民检察院、湖南广播电视台和中国半导体产业促进会出席。');
    expect(names(es, 'org')).toEqual(['上海市人民检察院', '中国半导体产业促进会', '深圳海关', '湖南广播电视台'].sort());
    expect(names(es, 'place')).toEqual([]);
  });
});

describe('subsidiaries and names in apposition', () => {
  it('reads a subsidiary named by a country as its company, and a group\'s business subsidiary as one body', () => {
    const es = entities('中兴通讯巴西子公司签约，国家能源集团宁夏煤业有限责任公司同期启动。');
    expect(names(es, 'org')).toEqual(['国家能源集团宁夏煤业有限责任公司', knownSurfaces().get('中兴通讯')!.name].sort());
    expect(names(es, 'place')).toEqual([]);
  });

  it('reads a Latin-script name after a word for a kind of company as that company, of the country before it', () => {
    const es = entities('中兴通讯与巴西运营商Vivo签约，奇瑞汽车与西班牙Ebro公司合资，公司IPO募资完成。');
    const vivo = es.find((e) => e.name === 'Vivo');
    expect(vivo?.type).toBe('org');
    expect(vivo?.country).toBe('巴西');
    expect(names(es, 'org')).toContain('Ebro');
    expect(names(es, 'org')).not.toContain('IPO');
    expect(names(es, 'place')).toEqual(['巴西', '西班牙']);
  });

  it('takes a group\'s short form printed before its registered name as that body', () => {
    const es = entities('吉林省投资集团牵头建设。吉林省投资集团有限公司表示，算力中心进入安装阶段。');
    expect(names(es, 'org')).toEqual(['吉林省投资集团有限公司']);
  });
});

describe('places inside projects and prefectures', () => {
  it('leaves a place inside a project\'s or product\'s name out, not one where something is built', () => {
    const es = entities('长春人工智能算力中心进入安装阶段，企业在益阳建设储能电池基地。');
    expect(names(es, 'place')).toEqual(['益阳市']);
  });

  it('knows autonomous prefectures, leagues and 地区 by their full and short names', () => {
    const es = entities('数据中心在昌吉投产，锡林郭勒盟和阿克苏地区新增风电，黔东南苗族侗族自治州签约。');
    expect(names(es, 'place')).toEqual(['昌吉回族自治州', '锡林郭勒盟', '阿克苏地区', '黔东南苗族侗族自治州'].sort());
  });
});

describe('zones\' committees', () => {
  it('reads a zone and its committee as the committee, the short and the full form as one body', () => {
    const es = entities('天津港保税区管委会引进项目。天津港保税区管理委员会与企业签约。');
    expect(names(es, 'org')).toEqual(['天津港保税区管理委员会']);
    expect(names(es, 'place')).toEqual([]);
  });
});

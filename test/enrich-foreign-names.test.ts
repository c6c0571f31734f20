import { describe, expect, it } from 'vitest';
import { extractEntities } from '../src/enrich/entities.js';
import { tokenize } from '../src/enrich/segmenter.js';
import type { Entity } from '../src/enrich/types.js';

// Foreign persons in transliteration, county-level places, towns abroad and zones on unseen text (#15, the eighth
// author's round). Sentences and names made up for the rules, none from the held-out issues.
const entities = (text: string) => extractEntities(text, tokenize(text));
const names = (es: Entity[], type: string) => es.filter((e) => e.type === type).map((e) => e.name).sort();

describe('foreign persons in transliteration', () => {
  it('ends a name joined by · at a word names are followed by or a time word, not inside the clause after it', () => {
    const es = entities('波兰数字事务部长克日什托夫·加夫科夫斯基出席开幕式。荷兰前首相马克·吕特去年卸任。');
    expect(names(es, 'person')).toEqual(['克日什托夫·加夫科夫斯基', '马克·吕特'].sort());
  });

  it('reads a name joined by a hyphen as one name', () => {
    expect(names(entities('法国电信运营商董事长让-吕克·马丁表示，网络将升级。'), 'person')).toEqual(['让-吕克·马丁']);
  });

  it('reads Japanese names of four or five characters after a title, and not a clause after a title', () => {
    const es = entities('软银社长大野健一表示将扩大投资。经济产业大臣西村康稔指出补贴将延续。院士谈算力网络：要协同。');
    expect(names(es, 'person')).toEqual(['大野健一', '西村康稔'].sort());
  });

  it('knows the titles of Japanese and Korean companies and of foreign officials', () => {
    const es = entities('乐天社长田中一郎称，韩国科学技术部长官李相浩表示，欧盟委员会专员玛丽亚·罗西宣布，总统府发言人称。');
    expect(names(es, 'person')).toEqual(['李相浩', '玛丽亚·罗西', '田中一郎'].sort());
  });
});

describe('county-level places', () => {
  it('reads districts, counties and county-level cities printed in full, with their province', () => {
    const es = entities('历下区、昌平区和桐庐县的企业入驻，张家港市也在名单上。');
    expect(names(es, 'place')).toEqual(['张家港市', '昌平区', '桐庐县', '历下区'].sort());
    expect(es.find((e) => e.name === '桐庐县')?.kind).toBe('district');
  });

  it('reads a district or county before its party committee as the committee, not a place', () => {
    const es = entities('滨海新区区委书记张明出席，桐庐县委召开会议。');
    expect(names(es, 'org')).toEqual(['桐庐县委', '滨海新区区委'].sort());
    expect(names(es, 'place')).toEqual([]);
  });

  it('does not read ordinary words that share a county\'s name as places', () => {
    const es = entities('企业要适应城市发展，老城区改造和合作市场拓展同步推进，港口区域吞吐量增长。');
    expect(names(es, 'place')).toEqual([]);
  });
});

describe('places abroad', () => {
  it('knows prefectures, states and large cities by the name printed', () => {
    const es = entities('工厂分布在爱知县、福冈和大阪府，另有项目位于泰米尔纳德邦金奈与墨尔本。');
    expect(names(es, 'place')).toEqual(['大阪府', '墨尔本', '泰米尔纳德邦', '福冈', '爱知县', '金奈'].sort());
  });

  it('reads a town after its country where a phrase locates something or a facility follows, not a company after its country', () => {
    const es = entities('该公司位于捷克俄斯特拉发的工厂投产，奥地利格拉茨工厂扩产，美国艾克森美孚宣布减产。');
    expect(names(es, 'place')).toEqual(['奥地利', '捷克', '美国', '俄斯特拉发', '格拉茨'].sort());
  });

  it('reads a foreign company printed after its country as the country and the company', () => {
    const es = entities('公司拟收购德国莱尼集团的线束业务。');
    expect(names(es, 'org')).toEqual(['莱尼集团']);
    expect(names(es, 'place')).toEqual(['德国']);
  });
});

describe('zones and their committees', () => {
  it('reads a zone named by its city and characters jieba left alone, and its committee cut in two words', () => {
    const es = entities('连云港徐圩新区管理委员会表示，合肥新站高新区管委会签约三个项目。');
    expect(names(es, 'org')).toEqual(['合肥新站高新区管委会', '连云港徐圩新区管理委员会'].sort());
    expect(names(es, 'org').some((n) => n.startsWith('新区') || n.startsWith('高新区'))).toBe(false);
  });

  it('leaves a department printed after its ministry to the ministry, not a generic body of its own', () => {
    expect(names(entities('美国商务部工业与安全局近日宣布新规。'), 'org')).toEqual(['美国商务部']);
  });
});

describe('subsidiaries named by their group', () => {
  it('reads a group\'s short name and a business ending a phrase as the subsidiary, and before a noun as the group', () => {
    const es = entities('塔塔电子在阿萨姆邦建厂。小米汽车工厂二期投产。');
    expect(names(es, 'org')).toEqual(['塔塔电子', '小米集团'].sort());
  });
});

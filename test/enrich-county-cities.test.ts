import { describe, expect, it } from 'vitest';
import { extractEntities } from '../src/enrich/entities.js';
import { tokenize } from '../src/enrich/segmenter.js';
import type { Entity } from '../src/enrich/types.js';

const places = (text: string): Entity[] => extractEntities(text, tokenize(text)).filter((e) => e.type === 'place');
const named = (es: Entity[], name: string) => es.find((e) => e.name === name);

describe('county-level cities printed short', () => {
  it('reads the short form as the city where the article names its province or a place of it', () => {
    const withProvince = places('江苏一家电子厂落户昆山，昆山将再添产能。');
    expect(named(withProvince, '昆山市')?.spans.map((s) => s.text)).toEqual(['昆山', '昆山']);
    expect(named(withProvince, '昆山市')?.country).toBe('中国');
    const withCity = places('宁波市与余姚、慈溪两地共建模具产业园。');
    expect(named(withCity, '余姚市')).toBeDefined();
    expect(named(withCity, '慈溪市')).toBeDefined();
  });

  it('leaves a given name that is also a short form to the person (李永康)', () => {
    const es = extractEntities('浙江某公司董事长李永康表示，永康五金产业发达。', tokenize('浙江某公司董事长李永康表示，永康五金产业发达。'));
    expect(es.find((e) => e.type === 'person')?.name).toBe('李永康');
    expect(named(es, '永康市')?.spans.map((s) => s.text)).toEqual(['永康']);
  });

  it('leaves the short form alone in an article naming no place of its province, or another province only', () => {
    expect(named(places('昆山一家电子厂扩产。'), '昆山市')).toBeUndefined();
    expect(named(places('广东一家电子厂与昆山合作。'), '昆山市')).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { orgData } from '../src/enrich/data.js';
import { extractEntities } from '../src/enrich/entities.js';
import { knownSurfaces } from '../src/enrich/entity-lexicon.js';
import { tokenize } from '../src/enrich/segmenter.js';
import type { Entity } from '../src/enrich/types.js';

const entities = (text: string) => extractEntities(text, tokenize(text));
const names = (es: Entity[], type: string) => es.filter((e) => e.type === type).map((e) => e.name).sort();

describe('organisation coverage', () => {
  it('knows listed companies, central SOEs, universities and ports by their short names, under one canonical name each', () => {
    const es = entities('中国石化与东风汽车签约，电子科技大学、中际旭创参与。天津港集团称，天津港吞吐量增长。');
    expect(names(es, 'org')).toEqual(['中国石油化工集团有限公司', '中际旭创', '天津港（集团）有限公司', '东风汽车集团有限公司', '电子科技大学'].sort());
    expect(es.find((e) => e.name === '天津港（集团）有限公司')?.mentions).toBe(2);
    expect(names(es, 'place')).toEqual([]);
  });

  it('reads a place printed inside a company name as part of the name, not a place mention', () => {
    const es = entities('贵州茅台发布年报，上海新阳的光刻胶通过验证。');
    expect(names(es, 'org')).toEqual(['上海新阳', '贵州茅台']);
    expect(names(es, 'place')).toEqual([]);
  });

  it('takes a province or city right before an unknown brand and a company word into the company', () => {
    const es = entities('江苏恒瑞医药发布公告，上海贝岭股份和深圳华强电子发布业绩，钦州港集装箱量增长。');
    expect(names(es, 'org')).toEqual(['上海贝岭股份', '江苏恒瑞医药', '深圳华强电子', '钦州港'].sort());
    expect(names(es, 'place')).toEqual([]);
  });

  it('reads a city before a university named by generic words as another university, and a group\'s numbered institute as one body', () => {
    const es = entities('杭州电子科技大学与电子科技大学合作，中国电子科技集团公司第十四研究所参与。');
    expect(names(es, 'org')).toEqual(['中国电子科技集团公司第十四研究所', '杭州电子科技大学', '电子科技大学'].sort());
    expect(names(es, 'place')).toEqual([]);
  });

  it('reads a coined two-character name before an industry word as a company, but not a concept (具身智能, 清洁能源)', () => {
    const es = entities('晟曜机器人、钧泓导航与其他企业签约。具身智能发展迅速，清洁能源占比提高。');
    expect(names(es, 'org')).toEqual(['晟曜机器人', '钧泓导航'].sort());
  });

  it('crosses 控股 inside a company name though jieba tags it a verb, and takes a place before a coined group name', () => {
    const es = entities('深圳市投资控股有限公司与广东省广晟控股集团合作，公司控股股东表示支持。');
    expect(names(es, 'org')).toEqual(['广东省广晟控股集团', '深圳市投资控股有限公司'].sort());
    expect(names(es, 'place')).toEqual([]);
  });

  it('keeps a place before an ordinary word a place', () => {
    const es = entities('北京汽车产业投资加快，江西铜业股价上涨，在成都举行的发布会上。');
    expect(names(es, 'org')).toEqual([]);
    expect(names(es, 'place')).toEqual(['北京市', '成都市', '江西省'].sort());
  });

  it('does not take a known name cut out of a longer word (银行业, 港口, 大学生), but ends a name at a function character', () => {
    expect(names(entities('中国银行业资产规模增长，上海港口建设加快，上海大学生创业大赛开幕。'), 'org')).toEqual([]);
    expect(names(entities('工信部将出台新规，中国银行发布年报。'), 'org')).toEqual(['中华人民共和国工业和信息化部', '中国银行'].sort());
  });

  it('gives every surface form one record: no alias names two organisations, and each canonical name resolves to itself', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const o of orgData()) {
      // Compared as search compares names (src/search/aliases.ts): NFKC, no spaces, lower case.
      for (const s of new Set([o.name, ...o.aliases].map((n) => n.normalize('NFKC').replace(/\s+/g, '').toLowerCase()))) {
        const before = owner.get(s);
        if (before && before !== o.name) clashes.push(`${s}: ${before} / ${o.name}`);
        owner.set(s, o.name);
      }
    }
    expect(clashes).toEqual([]);
    const surfaces = knownSurfaces();
    const unresolved = orgData().filter((o) => surfaces.get(o.name)?.name !== o.name).map((o) => o.name);
    expect(unresolved).toEqual([]);
  });
});

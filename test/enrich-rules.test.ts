/**
 * The general rules behind entities, figures, summaries, groups and sections, on sentences written for these
 * tests (none taken from the unseen eval material).
 */
import { describe, expect, it } from 'vitest';
import { enrichArticle, isCountry, lexiconModel, sameEvent } from '../src/enrich/index.js';
import { editorSections } from '../src/pipeline/corrections.js';
import type { IssueDraft } from '../src/compose/types.js';

const names = (body: string, type?: string) =>
  enrichArticle({ title: '简讯', body }).entities.filter((e) => !type || e.type === type).map((e) => e.name);
const metrics = (body: string) => enrichArticle({ title: '简讯', body }).figures.map((f) => [f.text, f.metric]);

describe('organisations are names, not classes', () => {
  it('leaves out companies named only by their kind, industry or country', () => {
    const body = '多家上市公司披露三季报，一家网络安全公司和两家AI科技公司获得融资，国内EDA公司仍在追赶，不少中国公司开始出海。';
    expect(names(body, 'org')).toEqual([]);
  });

  it('keeps a company whose modifier is a name', () => {
    expect(names('华为公司与浙江大华技术股份有限公司签署协议。', 'org')).toEqual(['华为技术有限公司', '浙江大华技术股份有限公司']);
  });

  it('does not read a product followed by 部 as a ministry', () => {
    expect(names('该厂笔记本电脑部负责人介绍了新品。', 'org')).toEqual([]);
  });

  it('never cuts a name out of a longer one', () => {
    expect(names('二十国集团财长和央行行长会议召开。', 'org')).toContain('二十国集团');
    expect(names('二十国集团财长和央行行长会议召开。', 'org')).not.toContain('十国集团');
  });

  it('reads names joined by 和 or a hyphen whole', () => {
    expect(names('苏州市工业和信息化局与OpenRAN-X产业基金会签约。', 'org')).toEqual(['苏州市工业和信息化局', 'OpenRAN-X产业基金会']);
  });

  it('keeps a listed company printed in full apart from its group, and a department as its ministry', () => {
    expect(names('中国电信股份有限公司公布年报。', 'org')).toEqual(['中国电信股份有限公司']);
    expect(names('工业和信息化部电子信息司发布数据。', 'org')).toEqual(['中华人民共和国工业和信息化部']);
  });
});

describe('people checked against their context', () => {
  it('does not take a surname character that ends a word, or a noun for people, as a name', () => {
    expect(names('江西正向上海、浙江学习，华虹半导体高管表示将扩产。', 'person')).toEqual([]);
  });

  it('reads a foreign name after a title, and a name before the place it spoke at', () => {
    expect(names('欧盟委员会执行副主席维斯塔格表示，规则将于明年生效。', 'person')).toEqual(['维斯塔格']);
    expect(names('公司首席执行官安东尼·伍德表示，新品下月上市。', 'person')).toEqual(['安东尼·伍德']);
    expect(names('孙立平在发布会上表示，订单已排到明年。', 'person')).toEqual(['孙立平']);
  });
});

describe('figure metrics are whole noun phrases', () => {
  it('takes off linking verbs, rates and particles by word, never cutting one', () => {
    expect(metrics('今年前三季度，全国电信业务收入累计完成1.2万亿元，同比增长8.5%。')).toEqual([['1.2万亿元，同比增长8.5%', '电信业务收入']]);
    expect(metrics('一季度，芯片代工行业的产能利用率也达到了92%。')).toEqual([['92%', '产能利用率']]);
    expect(metrics('3月份，出口增速较上月加快2.1个百分点。')).toEqual([['2.1个百分点', '出口增速']]);
  });

  it('reads the counted noun after a measure word, and no duration as a count', () => {
    expect(metrics('全省新建5G基站3.2万个，计划在6个月内完工。')).toEqual([['3.2万个', '5G基站']]);
  });
});

describe('summaries', () => {
  it('skip openers that need their context and keep the sentence with the headline number', () => {
    const e = enrichArticle({
      title: '某省数字经济规模突破5000亿元',
      body: '首先，全省数字基础设施持续完善，千兆光网覆盖所有县城。可见，数字化转型已经进入快车道。' +
        '省统计局日前发布数据，去年全省数字经济规模达到5120亿元，占地区生产总值比重为38%。' +
        '此外，软件和信息技术服务业收入增长较快。',
    });
    expect(e.summary).toContain('5120亿元');
    expect(e.summary).not.toMatch(/^(?:首先|可见|此外)/);
  });
});

describe('same event: same actors and the same happening', () => {
  const fp = (keys: string[], simhash = '0123456789abcdef') => ({ simhash, keys });
  it('joins two reports sharing an organisation and two figures, or an amount on the same day', () => {
    expect(sameEvent(fp(['o:甲公司', 'f:8483|亿元', 'f:3.87|亿户']), fp(['o:甲公司', 'f:8483|亿元', 'f:3.87|亿户'], 'fedcba9876543210'))).toBe(true);
    expect(sameEvent(fp(['o:甲公司', 'f:76|亿美元', 'd:2022-09-02']), fp(['o:甲公司', 'f:76|亿美元', 'd:2022-09-02'], 'fedcba9876543210'))).toBe(true);
  });

  it('keeps apart stories sharing figures but no actor, or one rate and a day', () => {
    expect(sameEvent(fp(['o:甲公司', 'f:15|%', 'f:120|亿元']), fp(['o:乙协会', 'f:15|%', 'f:120|亿元'], 'fedcba9876543210'))).toBe(false);
    expect(sameEvent(fp(['o:甲部', 'f:15|%', 'd:2022-09-15']), fp(['o:甲部', 'f:15|%', 'd:2022-09-15'], 'fedcba9876543210'))).toBe(false);
  });

  it('does not join near-identical wording that shares no fact', () => {
    expect(sameEvent(fp(['o:甲公司']), fp(['o:乙公司']))).toBe(false);
  });
});

describe('sections from who and where the article is about (lexicon priors)', () => {
  const predict = (title: string, body: string) => enrichArticle({ title, body }, { sectionModel: lexiconModel() }).predictedSection?.name;
  it('places foreign companies, operators, ministries, launches and company deals', () => {
    expect(predict('索尼将在泰国新建图像传感器工厂', '索尼日前宣布，将投资约1000亿日元在泰国新建图像传感器工厂，预计2025年投产。')).toBe('海外借鉴');
    expect(predict('中国联通千兆宽带用户突破8000万户', '中国联通公布，千兆宽带用户已突破8000万户，5G套餐用户净增1200万户，运营商之间的竞争转向服务。')).toBe('运营竞争');
    expect(predict('财政部等四部门发布新能源汽车购置税减免政策', '财政部、税务总局、工业和信息化部等四部门日前发布公告，明确新能源汽车免征车辆购置税政策延续实施，政策对全国消费者适用。')).toBe('产业环境');
    expect(predict('中科院研制出新型光子芯片', '中国科学院半导体研究所团队研制出新型光子芯片，实验显示其能效比传统芯片提高十倍，相关论文发表在期刊上。')).toBe('技术情报');
    // A company in the headline launching a product: the product's story, not the company's move.
    expect(predict('比亚迪发布新一代刀片电池 续航提升两成', '比亚迪日前发布新一代刀片电池，能量密度较上一代提高约20%，新电池将率先搭载于旗下车型。')).toBe('技术情报');
    expect(predict('长城汽车拟收购一家零部件企业', '长城汽车发布公告，拟以12亿元收购一家汽车零部件企业全部股权，公司董事长表示将完善供应链布局。')).toBe('企业情报');
  });
});

it('knows countries by their canonical names', () => {
  expect(isCountry('中国')).toBe(true);
  expect(isCountry('美国')).toBe(true);
  expect(isCountry('北京市')).toBe(false);
  expect(isCountry('华为技术有限公司')).toBe(false);
});

it("takes editors' moves and placed additions as labels, the later draft winning, from logs in zh-CN and in the older English", () => {
  const draft = (id: number, sections: [string, number[]][]) => ({
    id, sections: sections.map(([name, ids]) => ({ name, entries: ids.map((articleId) => ({ articleId })) })),
  }) as unknown as IssueDraft;
  const change = (what: string, detail: string) => ({ at: '2022-01-01T00:00:00Z', who: 'ed', what, detail });
  const house = new Set(['企业情报', '海外借鉴']);
  const labels = editorSections([
    { draft: draft(1, [['企业情报', [3, 4]], ['海外借鉴', [5]]]), changes: [change('new', '3 articles'), change('move', 'article 5 标题 to 海外借鉴')] },
    { draft: draft(2, [['企业情报', [5]], ['其他', [6]]]), changes: [change('move', 'article 5 标题 to 企业情报'), change('add', 'article 6 标题 to 其他')] },
    {
      draft: draft(3, [['企业情报', [7, 8]], ['海外借鉴', [9, 10]]]),
      changes: [change('move', '#7 标题 到「企业情报」，排在 #8 之前'), change('add', '#8 标题 到预测栏目「企业情报」'), change('add', '#9 「标题」 到「海外借鉴」'), change('add', '#10 标题 in 海外借鉴')],
    },
  ], house);
  expect([...labels]).toEqual([[5, '企业情报'], [7, '企业情报'], [9, '海外借鉴']]);
});

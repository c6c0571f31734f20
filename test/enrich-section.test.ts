import { describe, expect, it } from 'vitest';
import { enrichArticle, trainSectionModel } from '../src/enrich/index.js';
import { articles003, briefArticles } from './enrich-samples.js';

describe('section prediction', () => {
  const articles = articles003();

  it('predicts from the text alone with the lexicon priors (003)', () => {
    const byLine = (line: number) => articles.find((a) => a.line === line)!;
    expect(enrichArticle(byLine(1443)).predictedSection?.name).toBe('运营竞争');
    expect(enrichArticle(byLine(3224)).predictedSection?.name).toBe('海外借鉴');
    expect(enrichArticle(byLine(120)).predictedSection?.name).toBe('产业环境');
    const p = enrichArticle(byLine(2965)).predictedSection!;
    expect(p.name).toBe('企业情报');
    expect(p.ranking.map((r) => r.name).sort()).toEqual(['产业环境', '企业情报', '技术情报', '海外借鉴', '运营竞争']);
    expect(p.ranking.reduce((s, r) => s + r.confidence, 0)).toBeCloseTo(1, 2);
  });

  it("reads a body named after the publication's own province or city as local government, not a ministry", () => {
    const article = {
      title: '省数据局部署公共数据授权运营试点',
      body: '省政务服务和数据管理局日前召开会议，部署公共数据授权运营试点工作。会议要求，各地要结合实际，选择交通、医疗等领域开展试点，年底前形成可推广的经验。',
    };
    expect(enrichArticle(article).predictedSection?.name).toBe('运营竞争');
  });

  it('reads a company launching a data-centre product as technology, not a data release', () => {
    const article = {
      title: '浪潮信息发布新一代数据中心液冷服务器',
      body: '浪潮信息日前发布新一代数据中心液冷服务器，采用冷板式液冷设计，散热效率较风冷提升约40%，可支持单机柜功率密度超过50千瓦。',
    };
    expect(enrichArticle(article).predictedSection?.name).toBe('技术情报');
  });

  it("reads an institute's market figures in a speaker-first headline as the industry's, not research", () => {
    const article = {
      title: '中国信通院：三季度国内智能手表出货量1200万块',
      body: '中国信息通信研究院最新数据显示，三季度国内市场智能手表出货量1200万块，同比增长12%，其中支持独立通话的产品占比提升至35%。',
    };
    expect(enrichArticle(article).predictedSection?.name).toBe('产业环境');
  });

  it('trains reproducibly into plain JSON that predicts the same after a round trip', () => {
    const labelled = articles.slice(0, 30).map((a) => ({ article: a, section: a.section! }));
    const model = trainSectionModel(labelled);
    expect(trainSectionModel(labelled)).toEqual(model);
    const restored = JSON.parse(JSON.stringify(model));
    const held = articles[33];
    expect(enrichArticle(held, { sectionModel: restored }).predictedSection).toEqual(
      enrichArticle(held, { sectionModel: model }).predictedSection,
    );
    expect(model.trainedOn).toBe(30);
  });

  it('rejects a label that is not a house section', () => {
    expect(() => trainSectionModel([{ article: briefArticles()[0], section: '体育' }])).toThrow(/体育: not a house section/);
  });
});

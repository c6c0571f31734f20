import { describe, expect, it } from 'vitest';
import { parseBulletin } from '../src/bulletin/parse.js';
import { bulletinToMarkdown } from '../src/bulletin/markdown.js';
import { sourceFromText } from '../src/bulletin/text-source.js';
import { loadDoc, SAMPLES } from './bulletin-fixtures.js';

describe('parseBulletin on a newspaper-like page (fixture, no paragraph-end marks)', () => {
  const b = parseBulletin(loadDoc(SAMPLES.newspaper));

  it('reads publication and date from the dated running header and drops the header', () => {
    expect(b.publication).toBe('经济日报');
    expect(b.issueDate).toBe('2021-10-21');
    expect(b.articles.some((a) => a.body.includes('星期四'))).toBe(false);
  });

  it('undoes the doubled headline and keeps the printed form', () => {
    const a = b.articles[0];
    expect(a.title).toBe('万亿时代，动力电池何去何从');
    expect(a.titleAsPrinted).toBe('万亿时代万亿时代，，动力电池何去何从动力电池何去何从');
    expect(a.byline).toBe('▶ 本报记者 张明');
    expect(a.captions).toEqual(['新华社记者 李鑫/摄']);
  });

  it('joins a headline split over two lines and runs its body across the page break', () => {
    const a = b.articles[1];
    expect(a.title).toBe('5G 网络覆盖全国所有地级市 千兆光网用户突破 2000 万户');
    expect(a.body).toContain('成为稳增长的重要力量。');
    expect(a.byline).toBe('（记者 王芳）');
    expect(a.body.endsWith('前景值得期待。')).toBe(true);
  });

  it('takes a bare name after the last sentence as byline and 图为… as caption', () => {
    const a = b.articles[2];
    expect(a.title).toBe('数字乡村建设按下快进键');
    expect(a.byline).toBe('李华');
    expect(a.captions).toEqual(['图为浙江一家农产品电商企业的直播间。']);
    expect(b.articles).toHaveLength(3);
  });

  it('renders readable Markdown', () => {
    const md = bulletinToMarkdown(b);
    expect(md.startsWith('# 经济日报 · 2021-10-21')).toBe(true);
    expect(md).toContain('### 万亿时代，动力电池何去何从');
    expect(md).toContain('> 图：新华社记者 李鑫/摄');
  });
});

describe('parseBulletin on odd input', () => {
  it('returns an empty bulletin with a warning for an empty file', () => {
    const b = parseBulletin(sourceFromText('empty.txt', ''));
    expect(b.articles).toEqual([]);
    expect(b.warnings).toContain('empty.txt: no text found');
  });

  it('keeps text before the first headline as an untitled article and says so', () => {
    const text = '这是一段没有标题的正文，它从第一行就开始了，而且一直写到句号为止，没有任何标题。\n\n第二段也是正文。\n';
    const b = parseBulletin(sourceFromText('plain.txt', text));
    const all = b.articles.map((a) => a.title + a.body).join('');
    expect(all.replace(/\s/g, '')).toContain('这是一段没有标题的正文');
    expect(b.warnings.join('\n')).toMatch(/untitled|headline/);
  });
});

describe('warnings on the newspaper fixture', () => {
  it('says which headline had doubled glyphs undone', () => {
    const b = parseBulletin(loadDoc(SAMPLES.newspaper));
    expect(b.warnings.some((w) => w.includes('doubled headline glyphs undone'))).toBe(true);
  });
});

describe('parseBulletin on narrow newspaper columns (fixture)', () => {
  const b = parseBulletin(loadDoc('testdata/fixtures/newspaper-columns.txt'));

  it('drops the dated page header even on a single page, and finds both headlines', () => {
    expect(b.issueDate).toBe('2021-10-21');
    expect(b.publication).toBe('人民日报');
    expect(b.articles.map((a) => a.title)).toEqual(['芯片产业链加速补短板', '秋粮收获进度过七成']);
    expect(b.articles.map((a) => a.byline)).toEqual(['▶ 本报记者 赵阳', '（记者 刘洋）']);
    expect(b.articles[0].captions).toEqual(['新华社记者 王毅/摄']);
  });

  it('says the column layout makes boundaries a best guess', () => {
    expect(b.warnings.some((w) => w.includes('multi-column'))).toBe(true);
  });
});

describe('parseBulletin on plain UTF-8 text with indented paragraphs and no hard wraps (fixture)', () => {
  const b = parseBulletin(loadDoc('testdata/fixtures/plain-indented.txt'));

  it('finds the headline, the numbered sub-heads and the author credit', () => {
    expect(b.articles).toHaveLength(1);
    const a = b.articles[0];
    expect(a.title).toBe('关于推进工业互联网高质量发展的几点思考');
    expect(a.subheads).toEqual(['一、夯实网络基础', '二、深化融合应用']);
    expect(a.byline).toBe('（作者单位：某省工业和信息化研究院）');
  });

  it('starts a paragraph at every indent', () => {
    const paras = b.articles[0].body.split('\n\n');
    expect(paras).toHaveLength(7);
    expect(paras[0].startsWith('近年来')).toBe(true);
    expect(paras[6].startsWith('要完善评价体系')).toBe(true);
  });
});

describe('a column dump that wraps a headline\'s last character onto its byline', () => {
  const text = [
    '产业观察报 2024年12月3日 星期二 第 8 版', '',
    '前三季度电信业务收入稳中有升 数据中心云计算等新兴业务贡献过半增', '量▶ 本报记者 林晓东',
    '通信业统计公报显示，前三季度三家基础电信', '企业累计完成电信业务收入一万三千亿元，同比增', '长百分之六点九，增速比上半年提高零点三个百分', '点。', '',
    '光纤光缆集采价格企稳回升', '▶ 本报记者 王振宇',
    '某运营商普通光缆集中采购结果近日揭晓，中标均', '价较上一轮上涨约百分之八，这是该品类集采价格', '连续三轮下滑后首次回升。',
  ].join('\n');
  const b = parseBulletin(sourceFromText('page.txt', text));

  it('gives the character back to the headline and keeps the byline whole', () => {
    expect(b.articles.map((a) => [a.title, a.byline])).toEqual([
      ['前三季度电信业务收入稳中有升 数据中心云计算等新兴业务贡献过半增量', '▶ 本报记者 林晓东'],
      ['光纤光缆集采价格企稳回升', '▶ 本报记者 王振宇'],
    ]);
    expect(b.articles[0].body.startsWith('通信业统计公报显示')).toBe(true);
  });
});

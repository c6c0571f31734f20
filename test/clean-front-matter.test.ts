import { describe, expect, it } from 'vitest';
import { findFrontMatter } from '../src/clean/front-matter.js';
import { findFurniture } from '../src/clean/furniture.js';
import { textToLines } from '../src/ingest/text-lines.js';
import { parseBulletin } from '../src/bulletin/parse.js';
import { sourceFromText } from '../src/bulletin/text-source.js';
import type { Line } from '../src/types.js';

const EXPORTS = [
  '海关总署数据显示，今年前五个月我国光伏组件出口量同比增长三成以上，欧洲市场需求旺盛，拉美和中东市场增势明显。',
  '业内人士表示，随着海外新能源装机规模持续扩大，国内头部企业加快海外产能布局，组件价格下行也刺激了终端采购。',
];
const STORAGE = [
  '国家能源局日前印发通知，要求新建电化学储能电站全面落实消防安全设计审查，已投运项目限期完成隐患排查整治工作。',
  '通知明确，电池舱应配置可燃气体探测和自动灭火装置，运维单位须建立值班巡检制度，发生事故须在一小时内报告。',
];

/** A text dump of a bulletin with a cover and a contents page whose entries end in dot leaders and page numbers. */
const DUMP = [
  '行业观察',
  '2023年第12期',
  '2023年6月30日',
  '',
  '目  录',
  '光伏组件出口保持较快增长……………………1',
  '储能电站安全管理新规出台…………………2',
  '',
  '光伏组件出口保持较快增长',
  '',
  ...EXPORTS,
  '',
  '储能电站安全管理新规出台',
  '',
  ...STORAGE,
].join('\n');

describe('front matter', () => {
  it('finds the cover and a dot-leader contents block, and nothing of the articles', () => {
    const lines = textToLines(DUMP);
    const found = findFrontMatter(lines, new Set());
    expect(found.map((l) => l.text)).toEqual(DUMP.split('\n').slice(0, 7).filter((t) => t !== ''));
    expect([...findFurniture(lines)]).toEqual(expect.arrayContaining(found));
  });

  it('keeps the contents out of the articles, says so, and still reads the masthead from the cover', () => {
    const b = parseBulletin({ path: 'x.txt', kind: 'text', encoding: 'utf-8', sha256: '', bytes: 0, lines: textToLines(DUMP), warnings: [] });
    expect(b.articles.map((a) => a.title)).toEqual(['光伏组件出口保持较快增长', '储能电站安全管理新规出台']);
    expect([b.publication, b.issueDate]).toEqual(['行业观察', '2023-06-30']);
    expect(b.warnings.join('\n')).toMatch(/^lines 1-7: cover, highlights or contents \(6 lines\) recognised as front matter/m);
  });

  it('leaves a document without a contents heading, or with a lone 目录 line in its text, alone', () => {
    const plain = textToLines(DUMP.split('\n').slice(8).join('\n'));
    expect(findFrontMatter(plain, new Set())).toEqual([]);
    const lone = textToLines(['目录', ...DUMP.split('\n').slice(8)].join('\n'));
    expect(findFrontMatter(lone, new Set())).toEqual([]);
  });
});

describe('a trend page among the front matter', () => {
  const articles = ['光伏组件出口保持较快增长', ...EXPORTS, '', '储能电站安全管理新规出台', ...STORAGE];
  it('sets aside a trend page printed as counted lines, not as an article', () => {
    const text = ['本期要点', '1. 光伏组件出口保持较快增长', '2. 储能电站安全管理新规出台', '', '本期趋势',
      '光伏（标签）：本期 6 篇，上期 2 篇', '国家能源局（名称）：本期 3 篇，上期 1 篇', '', ...articles].join('\n');
    const b = parseBulletin(sourceFromText('t.txt', text));
    expect(b.articles.map((a) => a.title)).toEqual(['光伏组件出口保持较快增长', '储能电站安全管理新规出台']);
  });
  it('takes a chart\'s labels and ticks on a trend page of its own as front matter, and stops at the page', () => {
    const page = (n: number, texts: string[]): Line[] => texts.map((text, k) => ({ text, lineNo: n * 100 + k, page: n, pageTop: k === 0 }));
    const lines = [
      ...page(1, ['本期要点', '1. 光伏组件出口保持较快增长', '2. 储能电站安全管理新规出台']),
      ...page(2, ['本期趋势', '本期 上期', '6', '光伏', '3', '国家能源局', '0 2 4 6']),
      ...page(3, ['产业动态', ...articles.filter(Boolean)]),
    ];
    expect(findFrontMatter(lines, new Set()).map((l) => l.page)).toEqual([1, 1, 1, 2, 2, 2, 2, 2, 2, 2]);
  });
});

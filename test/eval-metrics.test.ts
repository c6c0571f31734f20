import { describe, expect, it } from 'vitest';
import { evaluate } from '../src/eval/metrics.js';
import { parseGold } from '../src/eval/gold.js';
import { formatReport, meetsBars } from '../src/eval/report.js';
import { evaluateFiles } from '../src/eval/run.js';
import type { Article, Bulletin, Line } from '../src/types.js';

const article = (title: string, body: string, extra: Partial<Article> = {}): Article => ({
  section: 'S', title, byline: null, subheads: [], body, captions: [], page: 1, lineStart: 1, lineEnd: 2, ...extra,
});

const gold = parseGold({
  file: 'x.txt', publication: 'P', issue_date: '2021-10-21', sections: ['S'],
  articles: [
    { section: 'S', title: '标题 一', start_line: 1, body_first: '第一', body_last: '结束。', byline: null, subheads: ['小标题'] },
    { section: 'S', title: '标题二', start_line: 5, body_first: '甲', body_last: '乙。', byline: '（X 整理）', subheads: [] },
  ],
}, 'x.gold.json');

describe('evaluate', () => {
  const source = 'S\n标题一\n第一段\n小标题\n结束。\n标题二\n甲乙。\n（X 整理）\nPage 1\n';

  it('scores a perfect parse as perfect', () => {
    const b: Bulletin = {
      publication: 'P', issueDate: '2021-10-21', sections: ['S'], warnings: [],
      articles: [article('标题一', '第一段\n\n小标题\n\n结束。', { subheads: ['小标题'] }), article('标题二', '甲乙。', { byline: '（X 整理）' })],
    };
    const r = evaluate(gold, b, source);
    expect(r.titleF1).toBe(1);
    expect(r.bodyBoundaryAccuracy).toBe(1);
    expect(r.bylineAccuracy).toBe(1);
    expect(r.subheadF1).toBe(1);
    expect(r.coverage).toBeCloseTo(1, 5);
    expect(meetsBars(r)).toBe(true);
    expect(formatReport(r)).toContain('PASS');
  });

  it('counts a merged article as a missed title and a boundary error, and catches header leaks', () => {
    const b: Bulletin = {
      publication: null, issueDate: null, sections: ['S'], warnings: [],
      articles: [article('标题一', '第一段\n\n小标题\n\n结束。\n\nPage 1\n\n标题二\n\n甲乙。')],
    };
    const r = evaluate(gold, b, source);
    expect(r.titleF1).toBeCloseTo(2 / 3, 5);
    expect(r.bodyBoundaryAccuracy).toBe(0);
    expect(r.missedTitles).toEqual(['标题二 (gold line 5)']);
    expect(r.headerLeaks).toHaveLength(1);
    expect(meetsBars(r)).toBe(false);
  });

  it('scores PDF lines against their non-furniture text: flagged headers counted out once, wrapping ignored', () => {
    const texts = ['P 2021.10.21', 'S', '标题一', '第一', '段', '小标题', '结束。', '标题二', '甲', '乙。', '（X 整理）', '©2021 P 版权所有 Page 1'];
    const lines: Line[] = texts.map((text, i) => ({ text, lineNo: i + 1, page: 1, pageTop: i === 1, ...(text.includes('P') ? { furniture: true } : {}) }));
    const b: Bulletin = {
      publication: 'P', issueDate: '2021-10-21', sections: ['S'], warnings: [],
      articles: [article('标题一', '第一段\n\n小标题\n\n结束。', { subheads: ['小标题'] }), article('标题二', '甲乙。', { byline: '（X 整理）' })],
    };
    const r = evaluate(gold, b, lines);
    expect(r.coverage).toBeCloseTo(1, 5);
    expect(r.bodyBoundaryAccuracy).toBe(1);
    expect(meetsBars(r)).toBe(true);
  });
});

describe('parseGold', () => {
  it('names the file and the problem for a bad gold file', () => {
    expect(() => parseGold({ file: 'x' }, 'bad.gold.json')).toThrow(/^bad\.gold\.json: not a gold annotation/);
  });
});

describe('evaluateFiles', () => {
  it('scores a sample against its gold file', async () => {
    const r = await evaluateFiles('testdata/gold/001.gold.json', 'samples/001_3ce07ccd5b8eeddb.txt');
    expect(r.matched).toBe(5);
  });

  it('names the input and the problem when a file is missing or not JSON', async () => {
    await expect(evaluateFiles('testdata/gold/001.gold.json', 'samples/nope.txt')).rejects.toThrow('samples/nope.txt: 没有这个文件或文件夹 (no such file');
    await expect(evaluateFiles('samples/001_3ce07ccd5b8eeddb.txt', 'samples/001_3ce07ccd5b8eeddb.txt'))
      .rejects.toThrow(/^samples\/001_3ce07ccd5b8eeddb\.txt: not valid JSON/);
  });
});

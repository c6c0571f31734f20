import { describe, expect, it } from 'vitest';
import { ndcgAt, substringBaseline } from '../src/eval/search-metrics.js';

describe('search evaluation measures', () => {
  it('computes graded nDCG@k, ideal order 1, missing relevant articles cost', () => {
    const grades = { 甲: 2, 乙: 1 };
    expect(ndcgAt(10, ['甲', '乙', '丙'], grades)).toBe(1);
    const swapped = ndcgAt(10, ['乙', '甲'], grades);
    // DCG (1 + 3/log2 3) against the ideal (3 + 1/log2 3).
    expect(swapped).toBeCloseTo((1 + 3 / Math.log2(3)) / (3 + 1 / Math.log2(3)), 12);
    expect(ndcgAt(10, ['丙', '丁'], grades)).toBe(0);
    expect(ndcgAt(1, ['乙', '甲'], grades)).toBeCloseTo(1 / 3, 12);
    expect(ndcgAt(10, ['甲 ', '乙'], { '甲': 2, '乙': 1 })).toBe(1);
  });

  it('ranks by substring counts with the title weighted, leaving out exclusions', () => {
    const articles = [
      { title: '动力电池回收', body: '电池', date: '2021-01-01' },
      { title: '储能', body: '电池 电池 电池', date: '2022-01-01' },
      { title: '芯片', body: '没有', date: '2023-01-01' },
      { title: '电池储能', body: '', date: '2020-01-01' },
    ];
    expect(substringBaseline('电池', articles).map((a) => a.title)).toEqual(['动力电池回收', '电池储能', '储能']);
    expect(substringBaseline('电池 -储能', articles).map((a) => a.title)).toEqual(['动力电池回收']);
    expect(substringBaseline('entity:芯片 from:2020', articles).map((a) => a.title)).toEqual(['芯片']);
  });
});

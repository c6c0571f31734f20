import { describe, expect, it } from 'vitest';
import { toMatchPlan } from '../src/search/match-plan.js';
import { isEmptyQuery, MAX_QUERY_CHARS, parseDateBound, parseQuery } from '../src/search/query.js';
import { sharedSegmenter, unsegment } from '../src/search/segment.js';
import { renderMarked } from '../src/search/snippet.js';
import { fts5Match } from '../src/store/sqlite/fts5-query.js';

const seg = sharedSegmenter();
const match = (q: string) => {
  const plan = toMatchPlan(parseQuery(q), seg);
  return { ...fts5Match(plan), warnings: plan.warnings };
};

describe('query parser', () => {
  it('reads terms, phrases, exclusions, OR and field filters', () => {
    const q = parseQuery('电池 "动力电池 回收" -储能 华为 OR 中兴 section:产业环境 tag:芯片 entity:华为 source:"信息产业 监测" from:2021-10 to:2021');
    expect(q.groups).toEqual([
      [{ text: '电池', phrase: false }],
      [{ text: '动力电池 回收', phrase: true }],
      [{ text: '华为', phrase: false }, { text: '中兴', phrase: false }],
    ]);
    expect(q.excluded).toEqual([{ text: '储能', phrase: false }]);
    expect(q.filters).toEqual({
      sections: ['产业环境'],
      tags: ['芯片'],
      entities: ['华为'],
      sources: ['信息产业 监测'],
      from: '2021-10-01',
      to: '2021-12-31',
    });
    expect(q.warnings).toEqual([]);
  });

  it('accepts Chinese quotes and keeps lowercase or as a word', () => {
    const q = parseQuery('“数字经济” or 芯片');
    expect(q.groups.map((g) => g.map((t) => t.text))).toEqual([['数字经济'], ['or'], ['芯片']]);
    expect(q.groups[0][0].phrase).toBe(true);
  });

  it('reads unknown fields, dangling OR and unclosed quotes literally, with a warning each', () => {
    const q = parseQuery('OR foo:bar "未闭合 引号');
    expect(q.groups.map((g) => g[0].text)).toEqual(['foo:bar', '未闭合 引号']);
    expect(q.warnings).toHaveLength(3);
    expect(q.warnings.join('\n')).toMatch(/unknown field foo:/);
    expect(q.warnings.join('\n')).toMatch(/unclosed quote/);
    expect(q.warnings.join('\n')).toMatch(/OR needs a term on each side/);
  });

  it('passes hostile input only as quoted tokens', () => {
    for (const hostile of [
      `"; DROP TABLE articles; --`,
      `title:x OR body:y NEAR(a b) a* ^b`,
      `')) UNION SELECT * FROM sqlite_master --`,
      `"" ''''  """`,
      `电池" OR "1"="1`,
    ]) {
      const { match: m, exclude } = match(hostile);
      for (const expr of [m, exclude].filter((e): e is string => e !== null)) {
        // Outside quotes only our own operators and parentheses remain.
        const outside = expr.replace(/"(?:[^"]|"")*"/g, '').replace(/\b(AND|OR|NOT)\b|[()\s]/g, '');
        expect(outside, `${hostile} → ${expr}`).toBe('');
      }
    }
  });

  it('refuses a 10,000-character query and too many terms in one line, and reports emptiness', () => {
    expect(() => parseQuery('电'.repeat(10_000))).toThrow(`query: too long (10000 characters; at most ${MAX_QUERY_CHARS})`);
    expect(() => parseQuery(Array.from({ length: 100 }, (_, i) => `w${i}`).join(' '))).toThrow(/^query: too many terms/);
    expect(isEmptyQuery(parseQuery(''))).toBe(true);
    expect(isEmptyQuery(parseQuery(' \t\n  '))).toBe(true);
    expect(isEmptyQuery(parseQuery('tag:芯片'))).toBe(false);
  });

  it('checks date bounds', () => {
    expect(parseDateBound('2021/2', 'to')).toBe('2021-02-28');
    expect(parseDateBound('2020-2', 'to')).toBe('2020-02-29');
    expect(parseDateBound('2021.10.21', 'from')).toBe('2021-10-21');
    expect(() => parseQuery('from:2021-13')).toThrow('from:2021-13: not a date');
    expect(() => parseQuery('to:yesterday')).toThrow('to:yesterday: not a date');
  });
});

describe('segmentation and match expressions', () => {
  it('tiles compound words so sub-words are found and words stay phrases', () => {
    expect(seg.queryWords('动力电池')).toEqual([['动力', '电池']]);
    expect(seg.queryWords('动力蓄电池')).toEqual([['动力'], ['蓄', '电池']]);
    // Long dictionary words are tiled all the way down, preferring whole words to single characters.
    expect(seg.segmentForIndex('华为技术有限公司').split('\u200b')).toEqual(['华为', '技术', '有限', '公司']);
    expect(seg.segmentForIndex('监测数据').split('\u200b')).toEqual(['监测', '数据']);
    expect(match('动力电池').match).toBe('"动力 电池"');
    expect(match('"电池回收" OR 储能 -锂电').match).toBe('(("电池 回收" OR "储能")) NOT ("锂电")');
    expect(match('电池 -储能 -"电池回收"').match).toBe('("电池") NOT ("储能" OR "电池 回收")');
    expect(match('-储能 -"电池回收"').exclude).toBe('"储能" OR "电池 回收"');
  });

  it('segments for the index without changing the text', () => {
    const text = '新能源汽车动力电池回收，M1 Pro芯片；ＡＢＣ１２３（京东方）';
    const segmented = seg.segmentForIndex(text);
    expect(segmented).toContain('动力\u200b电池');
    expect(unsegment(segmented)).toBe('新能源汽车动力电池回收，M1 Pro芯片；ABC123（京东方）');
  });

  it('drops terms with nothing searchable, with a warning', () => {
    const m = match('！！！ 电池');
    expect(m.match).toBe('"电池"');
    expect(m.warnings).toEqual(['！！！: nothing searchable in it (only punctuation); ignored']);
  });

  it('renders marks for the terminal and escaped HTML', () => {
    const raw = `汽车\u200b\u0001动力\u0002\u200b\u0001电池\u0002 <b>&`;
    expect(renderMarked(raw, 'terminal')).toBe('汽车【动力电池】 <b>&');
    expect(renderMarked(raw, 'html')).toBe('汽车<mark>动力电池</mark> &#60;b&#62;&#38;');
  });
});

import { describe, expect, it } from 'vitest';
import { extractDates } from '../src/enrich/dates.js';

const dates = (text: string, ref: string | null) => {
  const warnings: string[] = [];
  return { found: extractDates(text, ref, warnings), warnings };
};

describe('dates', () => {
  it('resolves month-day and bare days against the issue date (003, 2021-10-21)', () => {
    const { found } = dates('8月5日，工信部发布通知。10月18日上午，全国人大常委会召开会议；19日下午继续。', '2021-10-21');
    expect(found.map((d) => d.date)).toEqual(['2021-08-05', '2021-10-18', '2021-10-19']);
  });

  it('puts a month-day well after the reference in the year before', () => {
    const { found } = dates('12月28日，该公司宣布完成交割。', '2022-01-05');
    expect(found[0].date).toBe('2021-12-28');
  });

  it('turns 近日 and 日前 into an approximate window ending at the reference', () => {
    const { found } = dates('近日，安徽省出台规划。日前，六部门决定开展活动。', '2021-10-21');
    expect(found[0]).toMatchObject({ granularity: 'window', approximate: true, to: '2021-10-21', from: '2021-10-07' });
    expect(found[1].approximate).toBe(true);
  });

  it('reads absolute dates, months and half-years without a reference (000)', () => {
    const { found, warnings } = dates('2019年上半年，该公司收入增长；2018年 3 月，七部委联合发布方案；截至 2019 年 6 月 30 日。', null);
    expect(found.map((d) => [d.granularity, d.from, d.to])).toEqual([
      ['half', '2019-01-01', '2019-06-30'],
      ['month', '2018-03-01', '2018-03-31'],
      ['day', '2019-06-30', '2019-06-30'],
    ]);
    expect(warnings).toEqual([]);
  });

  it('keeps relative dates it cannot resolve and says so', () => {
    const { found, warnings } = dates('近日，8月5日。', null);
    expect(found.map((d) => d.date)).toEqual([null, null]);
    expect(warnings[0]).toMatch(/no reference date/);
  });

  it('reads a span of months (今年1-9月)', () => {
    const { found } = dates('今年1-9月，我市数字经济核心产业增加值达1.2万亿元。', '2021-10-21');
    expect(found[0]).toMatchObject({ text: '今年1-9月', from: '2021-01-01', to: '2021-09-30' });
  });

  it('says when the reference date is malformed instead of guessing', () => {
    const { found, warnings } = dates('8月5日', '2021/10/21');
    expect(found[0].date).toBeNull();
    expect(warnings[0]).toBe('2021/10/21: not a YYYY-MM-DD date; relative dates left unresolved');
  });

  it('resolves 当日 to the day last named', () => {
    const { found } = dates('记者10月18日从紫光集团获悉，当日召开第一次债权人会议。', '2021-10-21');
    expect(found.map((d) => d.date)).toEqual(['2021-10-18', '2021-10-18']);
  });

  it('writes the days and month ends Date would: leap years, impossible days, years Date reads otherwise', () => {
    /** What Date makes of a year, month and day: an ISO day, or null when it rolls over into another. */
    const byDate = (y: number, m: number, d: number) => {
      const dt = new Date(Date.UTC(y, m - 1, d));
      return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d ? dt.toISOString().slice(0, 10) : null;
    };
    const lastByDate = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
    for (const y of [1900, 1999, 2000, 2023, 2024, 2096]) {
      for (let m = 0; m <= 13; m++) {
        for (const d of [0, 1, 28, 29, 30, 31, 32]) {
          expect(dates(`${y}年${m}月${d}日`, null).found[0].date).toBe(byDate(y, m, d));
        }
        if (m >= 1 && m <= 12) expect(dates(`${y}年${m}月`, null).found[0].to).toBe(lastByDate(y, m));
      }
    }
    // A month-day in the year before a reference in year 1000, and one in year 0001: the years Date writes differently.
    expect(dates('12月28日', '1000-01-05').found[0].date).toBe('0999-12-28');
    expect(dates('2月29日', '0001-03-01').found[0].date).toBe(byDate(1, 2, 29));
  });
});

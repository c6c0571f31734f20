import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../src/extract/charset.js';
import { toIsoDate } from '../src/extract/dates.js';

describe('decodeBytes', () => {
  const zh = '工业和信息化部召开新闻发布会，介绍今年前三季度工业和信息化发展情况。';
  const utf8Bytes = new TextEncoder().encode(zh);
  it('keeps UTF-8 when the header says GBK but the bytes are UTF-8', () => {
    const r = decodeBytes(utf8Bytes, 'text/html; charset=gbk');
    expect(r.text).toBe(zh);
    expect(r.encoding).toBe('utf-8');
    expect(r.warnings[0]).toMatch(/UTF-8/);
  });
  it('overrules a legacy declaration that names the wrong Chinese encoding', () => {
    const fixture = (name: string): Buffer => readFileSync(new URL(`../testdata/web/${name}`, import.meta.url));
    const big5 = decodeBytes(fixture('big5-no-charset.html'), 'text/html; charset=gb2312');
    expect(big5.encoding).toBe('big5');
    expect(big5.text).toContain('我國5G基站總數達115.9萬個');
    const gbk = decodeBytes(fixture('gbk-lying-meta.html'), 'text/html; charset=big5');
    expect(gbk.encoding).toBe('gb18030');
    expect(gbk.text).toContain('我国5G基站总数达到115.9万个');
  });

  it('honours a UTF-8 BOM over a wrong header', () => {
    const r = decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8Bytes]), 'text/html; charset=big5');
    expect(r.text).toBe(zh);
  });
  it('uses the header charset for plain ASCII without complaint', () => {
    const r = decodeBytes(new TextEncoder().encode('<p>hello</p>'), 'text/html; charset=iso-8859-1');
    expect(r.text).toBe('<p>hello</p>');
    expect(r.warnings).toEqual([]);
  });
  it('names an unknown charset label in a warning', () => {
    const r = decodeBytes(new TextEncoder().encode('<meta charset="x-unheard-of"><p>é</p>'));
    expect(r.text).toContain('é');
    expect(r.warnings[0]).toMatch(/x-unheard-of/);
  });
});

describe('toIsoDate', () => {
  it.each([
    ['2021-10-19 08:30', '2021-10-19T08:30:00'],
    ['2021年10月19日', '2021-10-19'],
    ['2021年10月19日 09:15', '2021-10-19T09:15:00'],
    ['2021/10/19', '2021-10-19'],
    ['2021-10-19T08:30:00+0800', '2021-10-19T08:30:00+08:00'],
    ['2021-10-19T08:30:00.000Z', '2021-10-19T08:30:00Z'],
    ['Tue, 19 Oct 2021 08:30:00 GMT', '2021-10-19T08:30:00Z'],
    ['not a date', null],
    ['2021-13-45', null],
    // Dates in Chinese numerals, as official documents print them.
    ['二〇二四年三月五日', '2024-03-05'],
    ['二○二四年十月二十二日 09:15', '2024-10-22T09:15:00'],
    ['二零二四年十一月十一日', '2024-11-11'],
    ['二〇二四年十二月三十一日', '2024-12-31'],
    ['二〇二四年十三月五日', null],
  ])('%s → %s', (raw, iso) => {
    expect(toIsoDate(raw)).toBe(iso);
  });
});

/** Running headers, footers and page numbers found by recurrence in the page margins. */
import { describe, expect, it } from 'vitest';
import { furnitureFlags, type FurniturePage } from '../src/ingest/pdf-furniture.js';

const FIRST_LINES = ['中共中央政治局10月18日下午就推动', '10月18日上午，全国人大常委会法制', '服务贸易是国际贸易的重要组成部分', '日前，工业和信息化部、中央宣传部',
  '5G基站数达115.9万个，5G终端连接', '为维护空中电波秩序，促进无线电产业', '前三季度我国工业经济运行状况如何', '在他看来，目前不少大型互联网科技'];

/** A page 800pt high: header at y=30, body lines (the first in the top margin band), footer at y=780. */
const page = (n: number, head: string, foot: string): FurniturePage => ({
  height: 800,
  frags: [
    { y: 30, text: head },
    { y: 50, text: FIRST_LINES[n % FIRST_LINES.length] },
    { y: 90, text: FIRST_LINES[(n + 4) % FIRST_LINES.length] },
    { y: 400, text: '每页中间都有的同一行字不在页边，不算。' },
    { y: 780, text: foot },
  ],
});

describe('furnitureFlags', () => {
  it('flags page numbers of any shape and a recurring header, not body lines', () => {
    for (const shape of [(n: number) => `Page ${n}`, (n: number) => `- ${n} -`, (n: number) => `${n}`, (n: number) => `第${n}页`]) {
      const pages = [1, 2, 3, 4].map((n) => page(n, '信息产业监测 2021.10.21', shape(n + 7)));
      expect(furnitureFlags(pages)).toEqual(pages.map(() => [true, false, false, false, true]));
    }
  });

  it('flags a running head naming the current section when it recurs at the same height', () => {
    const sections = ['产业环境', '产业环境', '产业环境', '技术情报', '技术情报', '技术情报', '企业情报', '海外借鉴'];
    const pages = sections.map((s, i) => page(i + 1, s, `${i + 1}`));
    const flags = furnitureFlags(pages);
    expect(flags.map((f) => f[0])).toEqual([true, true, true, true, true, true, false, false]);
    expect(flags.every((f) => !f[1] && !f[2] && !f[3] && f[4])).toBe(true);
  });

  it('needs the shape on half the pages', () => {
    const pages = [1, 2, 3, 4, 5].map((n) => page(n, n === 1 ? '封面标题' : `正文页眉 ${n}`, n <= 2 ? '2024年' : '完'));
    const flags = furnitureFlags(pages);
    expect(flags.map((f) => f[0])).toEqual([false, true, true, true, true]);
    expect(flags.map((f) => f[4])).toEqual([false, false, true, true, true]);
  });

  it('on a single page flags only a bare page number', () => {
    expect(furnitureFlags([page(1, '信息产业监测', '- 3 -')])).toEqual([[false, false, false, false, true]]);
  });
});

import { describe, expect, it } from 'vitest';
import { masthead } from '../src/segment/masthead.js';
import type { Line } from '../src/types.js';

/** Furniture lines of one front page, in the order read. */
const furniture = (texts: string[]): Line[] => texts.map((text, i) => ({ text, lineNo: i + 1, page: 1, pageTop: i === 0 }));

describe('masthead on a front page whose index box is read with the page furniture', () => {
  it('takes the name, not the index label nor a wrapped entry\'s tail, though each is read once and before it', () => {
    // A 导读 box set beside the nameplate: its label and an entry wrapped before `版）` are furniture too.
    const m = masthead(furniture(['导读', '船舶工业新接订单量保持全球领先（2', '版）', '电子制造报', '2024年12月3日 星期二 第1版']), []);
    expect(m).toEqual({ publication: '电子制造报', issueDate: '2024-12-03' });
  });

  it('keeps the name a dated header repeats over a one-off line read first', () => {
    const m = masthead(furniture(['本期共八版', '电子制造报 2024年12月3日 第1版', '电子制造报 2024年12月3日 第2版']), []);
    expect(m).toEqual({ publication: '电子制造报', issueDate: '2024-12-03' });
  });
});

/**
 * Continued stories on laid-out lines (src/ingest/pdf-blocks.ts `storyOrder`): a part under `（上接第M版）` follows the
 * `（下转第N版）` line that sends the reader to it, a story continued twice reads through both parts, and jump lines
 * that send nowhere change nothing (however many a page prints).
 */
import { describe, expect, it } from 'vitest';
import { storyOrder, type PagedLine } from '../src/ingest/pdf-blocks.js';

/** A body-size line of `page`, or a headline (larger type). */
function line(page: number, text: string, headline = false): PagedLine {
  return { page, host: page, line: { text, x: 0, y: 0, width: 100, fontSize: headline ? 20 : 10, bold: headline, column: 1, leadIn: false } };
}

const read = (lines: PagedLine[]) => storyOrder(lines).filter((l) => !l.furniture).map((l) => `${l.host}:${l.line.text}`);

describe('continued stories', () => {
  it('reads a story continued on page 2 and again on page 3 in one run, each part on the page it reads on', () => {
    const lines = [
      line(1, '头版头条', true), line(1, '第一段。'), line(1, '（下转第2版）'), line(1, '另一篇', true), line(1, '另一篇正文。'),
      line(2, '二版稿件', true), line(2, '二版正文。'), line(2, '（上接第1版）'), line(2, '第二段。'), line(2, '（下转第3版）'),
      line(3, '（上接第2版）'), line(3, '第三段。'), line(3, '三版稿件', true), line(3, '三版正文。'),
    ];
    expect(read(lines)).toEqual([
      '1:头版头条', '1:第一段。', '1:第二段。', '1:第三段。', '1:另一篇', '1:另一篇正文。',
      '2:二版稿件', '2:二版正文。', '3:三版稿件', '3:三版正文。',
    ]);
    // The jump lines guide the reader only: set aside, not dropped.
    expect(storyOrder(lines).filter((l) => l.furniture).map((l) => l.line.text).sort()).toEqual(['（上接第1版）', '（上接第2版）', '（下转第2版）', '（下转第3版）'].sort());
  });

  it('leaves the order alone where no line sends the reader to a part, for thousands of jump lines', () => {
    const lines = Array.from({ length: 20_000 }, (_, i) => line(1 + (i % 7), i % 2 ? `（上接第${i % 9}版）` : `第${i}段。`));
    expect(storyOrder(lines).map((l) => l.line.text)).toEqual(lines.map((l) => l.line.text));
  });
});

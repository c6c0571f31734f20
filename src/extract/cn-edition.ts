/**
 * A paper's edition page (数字报, 电子版) names its paper in the 版面 header beside the page number (`某江日报 2024年10月15日
 * 第03版`) or in `<title>` (`某城都市报数字报`), never on a 来源 line: that paper is where the text came from.
 */
import type { PageLine } from './page-lines.js';

/** A page of the edition (版次): `第03版`, `第A03版`, `A06版`, `05版`; not 版权 or 版本. */
export const PAGE_MARK = /第\s*[A-Z]?\d{1,3}\s*版|(?<![A-Za-z0-9])[A-Z]?\d{2}\s*版(?![权本式])/;
/** A word that is a paper's name (`某江日报`, `《某城晚报》`, `某某报社`): Han characters ending in 报. */
const PAPER = /^《?([\u4e00-\u9fff]{1,8}报)社?》?$/;
/** What a `<title>` says about the edition after the paper's name (`某城都市报数字报`, `某江日报电子版`); 中国电子报 keeps its 电子报. */
const EDITION_WORDS = /(?<=报)(数字报纸?|电子版|电子报|数字版|手机版)/g;
/** Lines on either side of a 版次 mark read with it: the 版面 header's other cells. */
const CELLS = 2;
/** Lines after the headline where the 版面 header may stand (it usually stands above it). */
const AFTER = 4;

/** A `<title>` that is only a paper's or its edition's name (`某兴日报数字报`, `某江日报电子版`, `《某城晚报》`): no headline. */
export const isEditionName = (title: string): boolean => PAPER.test(title.replace(EDITION_WORDS, '').trim());

/** The paper whose edition the page is, or null when no 版次 mark stands above or near the headline (`at`). */
export function editionPaper(lines: PageLine[], at: number, titleTag: string | null): string | null {
  const within = lines.slice(0, at < 0 ? lines.length : at + AFTER + 1);
  // The header's cells are lines of their own (`<td>某江日报</td><td>第03版：要闻</td>`): the mark's neighbours in the same
  // header (cells of one row or box, not links) are read too — not a menu's or a share bar's words beside it (`简报`, `举报`).
  const cellOf = (l: PageLine, mark: PageLine): boolean => l === mark || (!l.linkOnly && l.block !== null && l.block.parent === mark.block?.parent);
  const head = within.flatMap((l, i) => (l.text.length <= 60 && PAGE_MARK.test(l.text) ? within.slice(Math.max(0, i - CELLS), i + CELLS + 1).filter((c) => cellOf(c, l)) : []));
  if (head.length === 0) return null;
  const words = [...head.flatMap((l) => l.text.split(/\s+/)), ...(titleTag ?? '').replace(EDITION_WORDS, ' ').split(/\s*[-_|｜—–·－]\s*|\s+/)];
  for (const w of words) {
    const m = PAPER.exec(w.trim());
    if (m) return m[1];
  }
  return null;
}

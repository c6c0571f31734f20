/**
 * Front matter: the cover, the highlights box (本期要点) and the table of contents (目录) a bulletin prints before
 * its first article. None of it is an article, and a contents line must not be glued to the first real headline,
 * so these lines are treated like page furniture: taken out of the text and counted as recognised, not lost.
 */
import type { Line } from '../types.js';

/** Headings that open a contents, highlights or trend block, whitespace removed. */
const HEADING = /^(?:本期|本刊)?(?:目录|要目|要点|导读|导航|内容提要|提要|趋势|热点|热词)$|^(?:table of )?contents$/i;
/** Headings of a trend page (counts and a chart of names), whitespace removed. */
const TREND_HEADING = /^(?:本期|本刊)?(?:趋势|热点|热词)$/;
/** What a trend page prints besides names: counts, axis ticks, the legend, `名称（标签）：本期 9 篇，上期 2 篇`. */
const TREND_DATA = /^[\d\s.,%]+$|^(?:本期|上期|本周|上周)(?:\s+(?:本期|上期|本周|上周))*$|^.{1,24}[：:]\s*本期\s*\d+\s*篇/;
/** A chart's category label: a name, short and unpunctuated. */
const LABEL = /^[^，。；：,.;:！？!?]{1,16}$/;
/** A contents entry ending in its page number after dot leaders or spaces: `标题……12`, `标题 12`. */
const PAGED = /^(.+?)(?:\s*[.．·…_⋯-]{2,}\s*|\s+)\d{1,4}$/;
/** A numbered list item: `1. 标题`, `2、标题`, `（3）标题`. */
const NUMBERED = /^(?:\d{1,2}\s*[.、．]|[（(]\d{1,2}[）)])\s*(.+)$/;
/** The end of a sentence: body text, never a contents entry. */
const SENTENCE_END = /[。！？；!?;…]$/;
/** Contents and cover lines are short; a longer line is body text. */
const MAX_ENTRY_CHARS = 80;
/** Unrecognised lines (a wrapped entry's first half) allowed between two entries. */
const MAX_GAP = 2;
/** A cover holds a few short lines: name, issue number, date, maybe the publisher. */
const MAX_COVER_LINES = 8;
const MAX_COVER_CHARS = 40;

/** An entry's key: its text without numbering, leaders, page number and whitespace, for finding it again later. */
function entryKey(text: string): string {
  const t = text.trim();
  const bare = PAGED.exec(t)?.[1] ?? NUMBERED.exec(t)?.[1] ?? t;
  return bare.replace(/[\s\u3000]+/g, '');
}

const isShort = (t: string) => t.length <= MAX_ENTRY_CHARS && !SENTENCE_END.test(t);

/**
 * The lines of the front matter (the lines themselves: a -layout dump's pieces of one source line share its
 * number): a contents/highlights heading near the start of the document and the run of
 * entries under it (lines ending in a page number, numbered items, or lines whose text is printed again later as a
 * heading), plus a cover of a few short lines before it. `furniture` holds the lines already known to be
 * page furniture; they are skipped. Empty when there is no such heading or fewer than two entries follow it.
 */
export function findFrontMatter(lines: Line[], furniture: Set<Line>): Line[] {
  const content = lines.filter((l) => l.text.trim() !== '' && !furniture.has(l));
  const texts = content.map((l) => l.text.trim());
  const isHeading = (i: number) => HEADING.test(texts[i].replace(/[\s\u3000]+/g, ''));
  const limit = Math.max(60, Math.floor(content.length * 0.25));
  let start = -1;
  for (let i = 0; i < Math.min(limit, content.length) && start < 0; i++) if (isHeading(i)) start = i;
  if (start < 0) return [];

  const last = new Map<string, number>();
  texts.forEach((t, i) => last.set(entryKey(t), i));
  let end = start;
  let entries = 0;
  let gap = 0;
  // The page a trend heading opened (PDF lines say their page): its chart's labels are printed on it.
  let trendPage: number | null | undefined;
  const lastPage = content[content.length - 1]?.page ?? 0;
  for (let i = start + 1; i < content.length; i++) {
    const t = texts[i];
    if (!isShort(t)) break;
    // Only a page of its own: in a document of one page (an HTML file) the articles follow on the same one.
    const onTrendPage = trendPage !== undefined && trendPage !== null && content[i].page === trendPage && trendPage < lastPage;
    if (isHeading(i)) {
      end = i;
      gap = 0;
      trendPage = TREND_HEADING.test(t.replace(/[\s\u3000]+/g, '')) ? content[i].page : undefined;
    } else if (PAGED.test(t) || NUMBERED.test(t) || (last.get(entryKey(t)) ?? -1) > i ||
      (trendPage !== undefined && TREND_DATA.test(t)) || (onTrendPage && LABEL.test(t))) {
      end = i;
      entries++;
      gap = 0;
    } else if (++gap > MAX_GAP) break;
  }
  if (entries < 2) return [];

  const cover = texts.slice(0, start);
  const withCover = cover.length <= MAX_COVER_LINES && cover.every((t) => t.length <= MAX_COVER_CHARS && !SENTENCE_END.test(t));
  return content.slice(withCover ? 0 : start, end + 1);
}

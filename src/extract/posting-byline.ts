/**
 * Posting lines of blogs and boards, read as the information line they are: an English label before the time
 * (`posted @ 2024-11-18 16:02 handle`, `Posted on … by handle`), a board's `由 handle » 2024年11月26日 17:30` and a
 * community's `handle 于 2024-11-21 18:12:08 发布`.
 * The label is no name, and the name after the time, after `by` or between 由 and » is the poster's, as a 作者 label's
 * would be: a posting line says who posted, never which outlet.
 */

/** An English posting label before the date and a name after it (`posted @ 2024-11-18 16:02 handle`): the poster. */
const POSTED_NAME =
  /(^|\s)(?:posted|published|written)\s*(?:@|on|at)?\s*(\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)\s+(?!by\s)(?=[\u4e00-\u9fffA-Za-z])/gi;
/** …or the label alone before the date: dropped, as `已于` is. */
const POSTED = /(^|\s)(?:posted|published|written)\s*(?:@|on|at)?\s*(?=\d{4}\s*[-/.年])/gi;
/** `by handle` after the time: the writer, labelled. */
const BY = /(?<=\d\s*)\s+by\s+(?=[\u4e00-\u9fffA-Za-z])/gi;
/** `由 handle » time` (or `›`, `>>`): the poster, labelled. */
const BOARD = /(^|\s)由\s+([\u4e00-\u9fffA-Za-z0-9_.-]{2,20})\s*(?:»|›|>>)\s*(?=\d{4})/g;

/** `handle (已)于 2024-11-21 18:12:08 发布`: the name that published the post, when it is no outlet's. */
const NAME_PUBLISHED =
  /(^|\s)([\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9_.-]{1,19})\s+已?于\s*(\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?)\s*(?:发布|发表)(?=\s|$|阅读|浏览)/g;

/**
 * `s` with posting labels turned into the information line's own (`作者：`), so the line parses as one; `isOutlet` keeps
 * an outlet's name before 于 … 发布 unlabelled (it stays the source).
 */
export function postingLabels(s: string, isOutlet: (name: string) => boolean): string {
  return s
    .replace(NAME_PUBLISHED, (m: string, pre: string, name: string, date: string) => (isOutlet(name) ? m : `${pre}作者：${name} ${date} `))
    .replace(POSTED_NAME, '$1$2 作者：')
    .replace(POSTED, ' ')
    .replace(BY, ' 作者：')
    .replace(BOARD, '$1作者：$2 ');
}

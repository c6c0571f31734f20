/**
 * Dates an information line may print that are not the page's: a range (an event's days, `2026年11月20-22日`,
 * `2026.12.15-17`, `2024年5月8日至10日`), a time labelled by an event (`展会时间：…`, `报名截止日期：…`), and the time a
 * page was printed or visited (`打印时间：…`, a print view's header), a board member's (`注册时间：…` on the poster's
 * card), the date of the previous or next article linked under the text, and the time of the newest of something else
 * (`本栏最新文章于 … 发布`, `专栏最近更新于 …`: a blog's header above the post's own time). Taken out of the line before its
 * dates are read.
 */

/** A full date followed by the end of a range: the range's day, month and day, or whole date. */
const RANGE =
  /\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*[-—–~～至到]\s*(?:\d{4}\s*[-/.年]\s*)?(?:\d{1,2}\s*[-/.月]\s*)?\d{1,2}\s*日?(?!\s*[:：时\d])/g;
/** A label naming an event's or a reader's time, with the value after it up to the next space. */
const OTHER_TIME =
  /(^|\s)[\u4e00-\u9fff]{0,4}(展会|活动|会议|举办|开幕|闭幕|报名|截止|演出|比赛|展览|开展|培训|考试|论坛|直播|开放|营业|申报|打印|访问|查询|检索|下载|生成|注册|登录|加入|入会)(时间|日期)\s*[:：]\s*\S+(\s+\d{1,2}:\d{2}(:\d{2})?)?/g;

/** A time introduced by 最新/最近 and 于: when the newest of something (a column, a list) appeared, not this page. */
const NEWEST_OF =
  /(^|\s)[\u4e00-\u9fff]{0,6}(最新|最近)[\u4e00-\u9fff]{0,8}于\s*\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(\s*\d{1,2}:\d{2}(:\d{2})?)?(\s*(发布|更新|发表))?/g;

/** A link to the previous or next article with its date (`上一篇：… 发布于 2024-07-30`): that article's, not this page's. */
const PREV_NEXT = /^[«»‹›<>\s]*(上一篇|下一篇|上一条|下一条|前一篇|后一篇|上篇|下篇)\s*[:：].*$/;

/** `s` with dates that are not the page's blanked out. */
export function withoutOtherDates(s: string): string {
  return s.replace(PREV_NEXT, ' ').replace(RANGE, ' ').replace(OTHER_TIME, ' ').replace(NEWEST_OF, ' ');
}

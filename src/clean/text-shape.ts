/**
 * Character classes and display width: the measures every cleaning and segmentation step shares.
 * Width follows East Asian typesetting: CJK ideographs, full-width forms and CJK-style punctuation count 2, ASCII 1.
 */

/** True for a wide code unit: CJK ideographs, hangul, full-width forms, CJK-style quotes, dashes and ellipsis. */
function isWideCode(c: number): boolean {
  if (c < 0x1100) return c === 0xb7;
  return (c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) ||
    c === 0x2018 || c === 0x2019 || c === 0x201c || c === 0x201d || c === 0x2014 || c === 0x2026 ||
    (c >= 0xd800 && c <= 0xdbff);
}

/** Display width of a string: wide (CJK) characters count 2, everything else 1. */
export function displayWidth(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff) continue;
    n += isWideCode(c) ? 2 : 1;
  }
  return n;
}

/** True for a Han ideograph or CJK/full-width punctuation: text that joins across a wrap with no space. */
export function isCjk(ch: string): boolean {
  return ch.length > 0 && isWideCode(ch.charCodeAt(0));
}

/** True for an ASCII letter or digit: a Latin "word" character. */
export function isLatinWord(ch: string): boolean {
  return /[A-Za-z0-9]/.test(ch);
}

const CLOSERS = '"”’」』）)';

/** The last character of a text that is not a closing quote or bracket ('' when there is none). */
export function lastMark(text: string): string {
  let i = text.length - 1;
  while (i >= 0 && CLOSERS.includes(text[i])) i--;
  return i >= 0 ? text[i] : '';
}

/** True when a text ends a sentence (。！？…；, or a full stop), closing quotes and brackets aside. */
export function endsSentence(text: string): boolean {
  return '。！？!?…；;.'.includes(lastMark(text) || '\0');
}

/** True when a text ends with a question or exclamation mark, closing quotes and brackets aside. */
export function endsQuestion(text: string): boolean {
  return '？！?!'.includes(lastMark(text) || '\0');
}

/** True when a text ends where text clearly continues (a comma, a colon, an opening bracket, a dash). */
export function endsContinuing(text: string): boolean {
  return text.length > 0 && '，,、：:；;（(“‘《—-'.includes(text[text.length - 1]);
}

/** True when a text ends with a full stop or ellipsis (closers aside): a sentence, never a heading. */
export function endsFullStop(text: string): boolean {
  return '。．.…；;'.includes(lastMark(text) || '\0');
}

/** True when a text holds punctuation of a sentence or clause (，。、；：！？): never in a headline set on its own. */
export function hasClauseMark(text: string): boolean {
  return /[，,。、；;：:！？!?]/u.test(text);
}

/**
 * A figure in a table set as text, ending its cell: `13.1`, `-2.4%`, `3,545` (a dump may glue it to the cell
 * before). Tried only where a run of digits starts, so a long run is read once (linear time).
 */
const FIGURE = /(?<![\d.,])[+-]?\d[\d.,]*[%‰]?(?=\s|$)/gu;

/** A comma grouping a figure's digits (3,545): no clause mark. */
const DIGIT_GROUP = /(?<=\d),(?=\d{3}(?!\d))/gu;

/** A row of a table set as text: two figures or more, no clause in it. */
export function isFiguresRow(text: string): boolean {
  return !hasClauseMark(text.replace(DIGIT_GROUP, '')) && (text.match(FIGURE)?.length ?? 0) >= 2;
}

/** A 副题 line: a dash (——, －－ or --) before its text. */
export const DASH_LINE = /^(?:——|－－|--)\s*\S/u;

/** True when a line's clause ends within its first three characters (`一，…`, `数增长；…`): the line above was cut mid-sentence. */
export function resumesClause(text: string): boolean {
  return /^[^\s，,。；;：:、]{0,3}[，,。；;：:]/u.test(text);
}

/**
 * True when a row opens a bracket it does not close (`【新能源汽车下乡活` over `动启动】 今年…`): a 简讯 item's
 * lead-in or a title cut by the wrap, which goes on in the row under it.
 */
export function leavesBracketOpen(text: string): boolean {
  return /[【《][^】》]*$/u.test(text);
}

/** Removes all whitespace: the form used to compare text regardless of wrapping. */
export function squash(s: string): string {
  return s.replace(/\s+/gu, '');
}

/**
 * A 简讯 item's opening: its lead-in (its own short headline, unpunctuated, at least `min` characters) run into
 * the item's text after a space.
 */
export function itemLeadIn(min: number): RegExp {
  return new RegExp(`^[^\\s，,。、；;：:！？!?]{${min},30} (?=\\p{Script=Han})`, 'u');
}

/** A section's number opening a line (`一、`, `1.`, `（一）`, `(2)`), not a figure's decimal point (`3.5亿`). */
const NUMBERED = /^\s*(?:[一二三四五六七八九十\d]+\s*[、.．](?!\d)|[（(][一二三四五六七八九十\d]+[）)])/u;

/** True for a line opening a numbered section or item: the text's own, however short — no caption, subtitle or furniture. */
export function startsNumberedSection(text: string): boolean {
  return NUMBERED.test(text);
}

/**
 * Labels of the boxes a newspaper sets after a story (its links, the reporter's notes, an interviewee's profile, a
 * chart's figures), and of a column of short items (简讯): on a newspaper page each opens an article of its own,
 * though no byline stands under it and its items may be printed apart from it. The other sidebar labels (专家观点, 背景, 编者按…)
 * stay in their story.
 */
export const BOX_LABELS = ['相关链接', '链接', '延伸阅读', '记者手记', '人物简介', '人物档案', '图表', '简讯', '快讯', '短讯'];

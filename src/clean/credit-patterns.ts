/**
 * The shapes of credit lines and photo captions. These are conventions of Chinese print (who compiled,
 * who reported, who photographed), not text of any one publication.
 */

const NAME = '[\\p{Script=Han}·]{2,4}';
const NAMES = `${NAME}(?:[\\s、]+${NAME}){0,3}`;

/** A compiler/source credit in brackets: （产业所 苏楠 整理）, （记者 张三）, (来源：新华社). */
const BRACKET_CREDIT = /[（(][^（）()\n]{0,40}?(?:整理|编译|编辑|撰稿|供稿|摘编|综合|来源|记者|通讯员|执笔|作者)[^（）()\n]{0,30}[）)]$/u;

/** A reporter line: ▶ 本报记者 张三, 北京商报记者 李四, 记者 王五 通讯员 赵六. */
const REPORTER = new RegExp(
  `^(?:[▶►■□●◆◇★☆]\\s*)?(?:[\\p{Script=Han}]{0,8}?(?:记者|通讯员|实习生|撰文|作者)[\\s:：/]*${NAMES}\\s*)+$`,
  'u',
);

/** A photo credit or caption: 新华社记者 X/摄, X 摄, 图为…, 图片来源：…, （资料图）. */
const CAPTION = new RegExp(
  `(?:^图为|^图[:：]|^[（(]?(?:图片来源|资料图|图源)|(?:记者|通讯员)?\\s*${NAMES}\\s*/?\\s*摄[）)]?$|[\\s／/]摄$)`,
  'u',
);

/** A column named after the reporter's notes (记者手记, 采访札记): a box's label, not 记者 and a name. */
const NOTES_LABEL = /^(?:记者|采访)(?:手记|札记|笔记|观察|调查|随笔)$/u;

/**
 * Who signs a commentary: the house (本报, 本刊, 本台, 本网) or an outlet by its name (北疆日报, 新华社, 光明网), 特约 or not,
 * then 评论员. One spelling for the paper's credits and a web page's information lines and body edges (flag `u`).
 */
export const COMMENTATOR_SIGN = '(?:本报|本刊|本台|本网|[\\p{Script=Han}]{2,8}(?:报|社|网|台|刊))?(?:特约)?评论员';

/** A commentary's signature under its headline: 本报评论员, 本报特约评论员, 北疆日报评论员, 评论员 X. */
const COMMENTATOR = new RegExp(`^(?:[▶►■]\\s*)?${COMMENTATOR_SIGN}(?:\\s+${NAME})?$`, 'u');

/** Words without which no reporter line is one (a cheap test before the full pattern). */
const REPORTER_WORD = /记者|通讯员|实习生|撰文|作者/u;

/** True for a line that is a credit or reporter byline (not a caption). */
export function isCredit(text: string): boolean {
  const t = text.trim();
  if (t.length > 60 || isCaption(t) || NOTES_LABEL.test(t)) return false;
  return (/^[（(]/.test(t) && BRACKET_CREDIT.test(t)) || (t.length <= 30 && REPORTER_WORD.test(t) && REPORTER.test(t)) ||
    COMMENTATOR.test(t);
}

/** True for a commentary's signature (本报评论员, 特约评论员 X): a credit standing where a reporter's byline would. */
export function isCommentatorLine(text: string): boolean {
  return COMMENTATOR.test(text.trim());
}

/** True for a photo caption or photo credit. */
export function isCaption(text: string): boolean {
  const t = text.trim();
  return t.length <= 160 && (t.includes('摄') || t.includes('图')) && CAPTION.test(t);
}

const BARE_NAME = /^[\p{Script=Han}]{2,3}(?:[\s、][\p{Script=Han}]{2,3}){0,3}$/u;

/** True for a bare personal name (or a few) standing alone: a byline printed after the last sentence. */
export function isBareName(text: string): boolean {
  return BARE_NAME.test(text.trim());
}

/**
 * Splits a credit glued to the end of a paragraph (`…发展意义重大。（产业所 X 整理）`, `…未来。▶本报记者 X`).
 * Returns null when there is none; the split never drops a character.
 */
export function splitTrailingCredit(text: string): { body: string; credit: string } | null {
  const tail = text.trimEnd().slice(-1);
  if (tail !== '）' && tail !== ')' && !/[▶►■]/u.test(text)) return null;
  const bracket = /[。！？”」）)]\s*([（(][^（）()]{0,70}[）)])\s*$/u.exec(text);
  if (bracket && isCredit(bracket[1])) {
    const cut = bracket.index + bracket[0].indexOf(bracket[1]);
    return { body: text.slice(0, cut).trimEnd(), credit: text.slice(cut).trim() };
  }
  const arrow = /[。！？”」]\s*([▶►■]\s*[^。！？]{2,40})$/u.exec(text);
  if (arrow && isCredit(arrow[1])) {
    const cut = arrow.index + arrow[0].indexOf(arrow[1]);
    return { body: text.slice(0, cut).trimEnd(), credit: text.slice(cut).trim() };
  }
  return null;
}

/** A reporter's byline as newspapers set it under the headline: `▶ 本报记者 某某`, `记者 某某`. */
export function isReporterLine(text: string): boolean {
  return isCredit(text) && /记者|通讯员/u.test(text) && !/^[（(]/u.test(text.trim());
}

/**
 * Notes that close a Chinese column, feature or profile after its last paragraph, and the boxes of a person's
 * particulars printed beside it: where the piece was first printed (`（原载于《某某》第21期）`, `本文刊发于《…》`), the
 * writer's post (`（作者系…）`, `（作者为…）`, `（作者单位：…）`), the paper's page (`（《某某日报》2024年9月12日 第1版）`),
 * an official bulletin's 抄送/印发 record, and a bio or 档案 box (`【嘉宾介绍】`, `人物档案`, `某某小档案`) or any labelled block of
 * label-value lines (`出生年月：1978年11月`, `【活动信息】` / `活动地点：…`), and a paginated article's pager.
 */

/** A note that ends the text: what follows it is furniture. */
export const CLOSING_NOTE = new RegExp(
  [
    // Where the piece was printed first, bracketed or opened by 本文/文章.
    /^([（(【[]\s*(本文|文章|此文)?|(本文|文章|此文))\s*(原载|原刊|原发|刊发|刊载|刊登|首发|首刊|发表|原文刊载|原文发表)于?\s*[《“"]?/,
    // The writer's post or unit, in brackets.
    /^[（(]\s*(本文)?(作者|笔者|撰稿人)\s*(系|为|是|现为|现任|单位)/,
    // The paper and page, after a date (`（《X》2024年09月12日 第1版）`, `X日报 2024年6月5日 04版`).
    /^[（(]?\s*《[^》]{2,14}》\s*[（(]?\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日/,
    /^[^。！？]{0,30}\d{1,2}\s*日[\s\u3000]*第?\s*\d{1,2}\s*版\s*[）)]?$/,
    // An official bulletin's distribution and printing record (版记): 抄送/抄报/分送/印发 and 报/送/发 lines, `某某办公室　2024年9月3日印发`, `（共印40份）`.
    /^(抄送|抄报|主送|分送|印发|报|送|发)\s*[:：]/,
    /^[^。！？]{2,30}\d{1,2}\s*日\s*(印发|印)$/,
    /^[（(]\s*共印\s*\d+\s*份\s*[）)]$/,
    // A paginated page's link to the whole text on one page.
    /^(点击)?(全文阅读|单页阅读|余下全文|查看全文|阅读全文|显示全文|在本页阅读全文)\s*[>》»＞]*$/,
  ]
    .map((r) => r.source)
    .join('|'),
);

/** The label of a box about a person standing alone: a guest's or interviewee's bio, a profile's 档案 or 简历. */
export const PERSON_BOX_LABEL =
  /^[【[]?\s*[\u4e00-\u9fff·]{0,4}(人物名片|人物简介|人物档案|小档案|档案|个人简历|简历|嘉宾简介|嘉宾介绍|个人简介|受访者简介|受访者介绍|专家简介|人物小传)\s*[】\]]?\s*[:：]?$/;

/** One label-value line of such a box (`姓　　名：某某`, `出生年月：1978年11月`): a short label, a short value, no sentence. */
const PARTICULAR = /^[\u4e00-\u9fff][\u4e00-\u9fff\s\u3000]{1,6}[:：]\s*[^。！？：]{1,40}$/;

/** A block's label standing alone (`【活动信息】`, `会议须知`): short, no sentence, no value. */
const BLOCK_LABEL = /^[【[]?\s*[\u4e00-\u9fff]{2,8}\s*[】\]]?\s*[:：]?$/;

/** Where a labelled block of particulars starting at `i` ends (its label alone, then label-value lines: an event's or a person's), else -1. */
export function particularsBlockEnd(paragraphs: string[], i: number): number {
  if (!BLOCK_LABEL.test(paragraphs[i]) && !PERSON_BOX_LABEL.test(paragraphs[i])) return -1;
  const n = particularsRun(paragraphs, i + 1);
  return n ? i + 1 + n : -1;
}

/** Lines a run of particulars needs to be a box rather than one labelled line. */
const PARTICULARS_MIN = 2;

/**
 * A person's particular by its label (`籍贯：`, `荣誉：`): one such line is a box's already, since the page's short-line
 * filters may have dropped the box's label and its shorter lines before.
 */
const PERSON_PARTICULAR = /^(姓\s*名|性\s*别|籍\s*贯|民\s*族|出\s*生|出生年月|生\s*于|学\s*历|毕业院校|职\s*务|职\s*业|职\s*称|现\s*任|曾\s*任|单\s*位|工作单位|荣\s*誉|主要荣誉|获\s*奖|曾\s*获|代表作)\s*[:：]/;

/** How many label-value lines of a box run from `i` on (0 when fewer than a box holds). */
export function particularsRun(paragraphs: string[], i: number): number {
  let j = i;
  while (j < paragraphs.length && PARTICULAR.test(paragraphs[j])) j++;
  return j - i >= PARTICULARS_MIN || (j - i === 1 && PERSON_PARTICULAR.test(paragraphs[i])) ? j - i : 0;
}

/** A pager's words: page numbers, 上一页/下一页, 首页/尾页, 第N页, 共N页. */
const PAGER_WORD = /^(上一页|下一页|首页|尾页|末页|第\d+页|共\d+页|\d{1,3})$/;
const PAGER_MOVE = /上一页|下一页|第\d+页|共\d+页/;
const PAGER_MAX = 80;

/** A paginated article's pager, however bracketed (`[1] [2] [下一页]`, `共3页：上一页 1 2 3 下一页`): no text. */
export function isPagerLine(p: string): boolean {
  if (p.length > PAGER_MAX || !PAGER_MOVE.test(p)) return false;
  const words = p.replace(/\s*(\d+)\s*页/g, '$1页').replace(/[[\]【】()（）:：|｜<>《》«»]/g, ' ').trim().split(/\s+/);
  return words.every((w) => PAGER_WORD.test(w));
}
